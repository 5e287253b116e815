"""A fake OpenAI-compatible server on loopback, for pipeline, batch and fault tests.

Each POST /v1/chat/completions takes the next scripted `Reply` (or asks the
`responder` when the script is empty). A Reply is either a model answer
(`content`) or a fault: an HTTP status with headers, a stall, a body cut short,
or a connection closed without an answer.
"""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from support.staged import (
    Views,
    as_draft,
    events_answer,
    fields_answer,
    is_reask,
    refence,
    stage_of,
)


@dataclass
class Reply:
    content: str | None = None  # the assistant message
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    truncate: bool = False  # send only half the body, then close
    drop: bool = False  # close the connection without any answer
    raw_body: str | None = None  # send this body verbatim (e.g. invalid JSON)
    prompt_tokens: int = 100
    completion_tokens: int = 50
    finish_reason: str = "stop"  # "length": the answer was cut off at max_tokens


def completion_body(content: str, prompt_tokens: int = 100, completion_tokens: int = 50,
                    finish_reason: str = "stop") -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "fake-model",
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content},
            "finish_reason": finish_reason,
        }],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


class FakeOpenAI:
    def __init__(self, responder: Callable[[dict], Reply | str] | None = None, port: int = 0):
        self.script: deque[Reply] = deque()
        self.responder = responder
        self.requests: list[dict] = []
        self.models = ["fake-model"]  # what GET /v1/models lists
        self.views = Views()  # drafts answered to events questions (support/staged.py)
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # The headers and the body go out in two writes; with Nagle's algorithm on,
            # the body waited for the client's delayed ACK of the headers: ~40 ms a
            # request on loopback, which a real model server does not add.
            disable_nagle_algorithm = True

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                if outer.route(self, "GET", b""):
                    return
                body = json.dumps({"object": "list", "data": [{"id": m, "object": "model"} for m in outer.models]})
                self._send(200, body, {})

            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                if outer.route(self, "POST", raw):
                    return
                request = json.loads(raw or b"{}")
                request["_headers"] = {k.lower(): v for k, v in self.headers.items()}
                reply = outer._next(request)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.drop:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                body = reply.raw_body
                if body is None:
                    if reply.status == 200:
                        body = json.dumps(completion_body(
                            reply.content or "", reply.prompt_tokens, reply.completion_tokens,
                            reply.finish_reason))
                    else:
                        body = json.dumps({"error": {"message": f"fake error {reply.status}"}})
                self._send(reply.status, body, reply.headers, truncate=reply.truncate)

            def _send(self, status, body, headers, truncate=False):
                data = body.encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if truncate:
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                else:
                    self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        # A short poll interval: shutdown() waits for it, at the end of every test.
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def route(self, handler, method: str, raw: bytes) -> bool:  # noqa: ANN001
        """Serve another API on the same server (support/fake_batch.py); True when served."""
        return False

    def _next(self, request: dict) -> Reply:
        stage = stage_of(request)
        with self.lock:
            self.requests.append(request)
            if stage == "fields" and not is_reask(request):
                view = self.views.find(request)
                if view is not None:  # the model's view of this article, from its events answer
                    return Reply(content=fields_answer(view, request))
            reply = self.script.popleft() if self.script else None
        if reply is None:
            if self.responder is None:
                return Reply(status=500)
            reply = self.responder(request)
            reply = Reply(content=reply) if isinstance(reply, str) else reply
        draft = as_draft(reply.content) if stage else None
        if draft is not None:
            if stage == "events":
                with self.lock:
                    self.views.remember(request, draft)
            content = events_answer(draft) if stage == "events" else fields_answer(draft, request)
            reply = dataclasses.replace(reply, content=refence(reply.content, content))
        return reply

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def add(self, *replies: Reply | str) -> None:
        for r in replies:
            self.script.append(Reply(content=r) if isinstance(r, str) else r)

    def __enter__(self) -> "FakeOpenAI":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
