"""A fake OpenAI Batch API on loopback, driven through the real `openai` client:
/v1/files (upload, content), /v1/batches (create, retrieve, list, cancel), and
/v1/chat/completions as FakeOpenAI serves it (live calls and `--reask live`).

Each request line of a batch is answered by FakeOpenAI's own logic (`_next`:
the script, the responder, the staged views), so the answers a batch gives are
the answers a live run gets from the same script. A batch stays `in_progress`
for `polls` retrievals, then completes; knobs make some lines fail, expire or
the whole batch fail.
"""

from __future__ import annotations

import json
import re
import threading
import time
from email.parser import BytesParser
from email.policy import default as email_policy
from typing import Callable

from support.fake_openai import FakeOpenAI, completion_body


class FakeBatchAPI(FakeOpenAI):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict] = {}
        self.polls = 1  # retrievals that see `in_progress` before a batch is over
        self.fail_line: Callable[[dict], bool] = lambda line: False  # -> that line gets HTTP 500
        self.expire_line: Callable[[dict], bool] = lambda line: False  # -> the batch expires before that line
        self.fail_batch: str | None = None  # the next batch fails as a whole with this message
        self.lines: list[dict] = []  # every request line of every batch, in order
        self._ids = 0
        self._batch_lock = threading.Lock()

    # -- routing -----------------------------------------------------------------

    def route(self, handler, method: str, raw: bytes) -> bool:  # noqa: ANN001
        path = handler.path.split("?")[0]
        m = re.fullmatch(r"/v1/(files|batches)(?:/([^/]+))?(?:/(content|cancel))?", path)
        if not m:
            return False
        kind, ident, action = m.groups()
        with self._batch_lock:
            if kind == "files" and method == "POST":
                status, body = 200, self._upload(handler, raw)
            elif kind == "files" and action == "content":
                data = self.files.get(ident)
                status, body = (200, data) if data is not None else (404, None)
            elif kind == "batches" and method == "POST" and ident is None:
                status, body = 200, self._create(json.loads(raw))
            elif kind == "batches" and ident is None:
                status, body = 200, {"object": "list", "data": [self._view(b) for b in self.batches.values()],
                                     "has_more": False}
            elif kind == "batches" and ident in self.batches:
                batch = self.batches[ident]
                if action == "cancel":
                    batch["status"] = "cancelling"
                    batch["cancel"] = True
                else:
                    self._advance(batch)
                status, body = 200, self._view(batch)
            else:
                status, body = 404, {"error": {"message": "not found"}}
        if isinstance(body, (bytes, type(None))):
            data, kind_header = body or b"", "application/octet-stream"
        else:
            data, kind_header = json.dumps(body).encode(), "application/json"
        handler.send_response(status)
        handler.send_header("content-type", kind_header)
        handler.send_header("content-length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
        return True

    def _id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}-{self._ids:04d}"

    def _upload(self, handler, raw: bytes) -> dict:  # noqa: ANN001
        head = f"Content-Type: {handler.headers['content-type']}\r\n\r\n".encode()
        message = BytesParser(policy=email_policy).parsebytes(head + raw)
        parts = {p.get_param("name", header="content-disposition"): p for p in message.iter_parts()}
        data = parts["file"].get_payload(decode=True)
        file_id = self._id("file")
        self.files[file_id] = data
        return {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
                "filename": parts["file"].get_filename(), "purpose": "batch", "status": "processed"}

    # -- batches -------------------------------------------------------------------

    def _create(self, params: dict) -> dict:
        lines = [json.loads(x) for x in self.files[params["input_file_id"]].splitlines() if x.strip()]
        batch = {"id": self._id("batch"), "input_file_id": params["input_file_id"], "lines": lines,
                 "status": "in_progress", "polls": 0, "created_at": int(time.time()),
                 "metadata": params.get("metadata"), "fail": self.fail_batch}
        self.fail_batch = None
        self.batches[batch["id"]] = batch
        self.lines.extend(lines)
        return self._view(batch)

    def _advance(self, batch: dict) -> None:
        if batch["status"] in ("completed", "failed", "expired", "cancelled"):
            return
        batch["polls"] += 1
        if batch.get("cancel"):
            self._finish(batch, "cancelled", run=lambda line: False)
        elif batch["polls"] > self.polls:
            if batch["fail"]:
                batch["status"] = "failed"
                batch["errors"] = {"object": "list", "data": [{"code": "invalid", "message": batch["fail"]}]}
            else:
                expired = {line["custom_id"] for line in batch["lines"] if self.expire_line(line)}
                self._finish(batch, "expired" if expired else "completed",
                             run=lambda line: line["custom_id"] not in expired)

    def _finish(self, batch: dict, status: str, run: Callable[[dict], bool]) -> None:
        output, errors = [], []
        for n, line in enumerate(batch["lines"]):
            cid = line["custom_id"]
            if not run(line):
                code = "batch_expired" if status == "expired" else "batch_cancelled"
                errors.append({"id": f"req-{n}", "custom_id": cid, "response": None,
                               "error": {"code": code, "message": f"not run: the batch was {status}"}})
            elif self.fail_line(line):
                errors.append({"id": f"req-{n}", "custom_id": cid, "error": None, "response": {
                    "status_code": 500, "request_id": f"r{n}",
                    "body": {"error": {"message": "fake line failure", "type": "server_error"}}}})
            else:
                reply = self._next(dict(line["body"]))
                body = completion_body(reply.content or "", reply.prompt_tokens, reply.completion_tokens,
                                       reply.finish_reason)
                output.append({"id": f"req-{n}", "custom_id": cid, "error": None,
                               "response": {"status_code": 200, "request_id": f"r{n}", "body": body}})
        for name, rows in (("output_file_id", output), ("error_file_id", errors)):
            if rows:
                file_id = self._id("file")
                self.files[file_id] = b"".join(json.dumps(r).encode() + b"\n" for r in rows)
                batch[name] = file_id
        batch["done"], batch["failed"] = len(output), len([e for e in errors if e.get("response")])
        batch["status"] = status

    def _view(self, batch: dict) -> dict:
        total = len(batch["lines"])
        return {
            "id": batch["id"], "object": "batch", "endpoint": "/v1/chat/completions",
            "input_file_id": batch["input_file_id"], "completion_window": "24h",
            "status": batch["status"], "created_at": batch["created_at"],
            "output_file_id": batch.get("output_file_id"), "error_file_id": batch.get("error_file_id"),
            "errors": batch.get("errors"), "metadata": batch.get("metadata"),
            "request_counts": {"total": total, "completed": batch.get("done", 0), "failed": batch.get("failed", 0)},
        }
