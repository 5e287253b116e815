"""The lean transport for plain-http model servers (summarizer.extract.transport):
what openai gets from it is what httpx's own transport would give."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import openai
import pytest

from summarizer.extract.client import ModelClient
from summarizer.extract.transport import PlainHTTPTransport

BODY = json.dumps({"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": [
    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "fourteen killed"}}]}).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive unless a mode closes

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        server = self.server
        self.rfile.read(int(self.headers.get("content-length", 0)))
        mode = self.path.split("/")[1]
        with server.lock:
            server.requests.append((mode, self.client_address[1], self.headers.get("accept-encoding")))
        if mode == "stall":
            server.release.wait(5)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        if mode == "chunked":
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for part in (BODY[:20], BODY[20:]):
                self.wfile.write(b"%x\r\n" % len(part) + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            return
        body = gzip.compress(BODY) if mode == "gzip" else BODY
        if mode == "gzip":
            self.send_header("content-encoding", "gzip")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if mode == "hangup":  # closes the kept-alive connection without saying so
            self.close_connection = True


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    srv.requests, srv.lock, srv.release = [], threading.Lock(), threading.Event()
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


def _client(srv, mode: str, timeout: float = 5.0) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"http://127.0.0.1:{srv.server_address[1]}/{mode}", api_key="k", max_retries=0,
                         timeout=timeout, http_client=openai.DefaultHttpxClient(transport=PlainHTTPTransport()))


def _ask(client: openai.OpenAI) -> str:
    reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "how many?"}])
    return reply.choices[0].message.content


@pytest.mark.parametrize("mode", ["plain", "chunked", "gzip"])
def test_bodies_of_every_framing_are_read_whole(server, mode):
    client = _client(server, mode)
    assert [_ask(client) for _ in range(3)] == ["fourteen killed"] * 3
    # One connection, kept alive; no compression asked for.
    assert {port for _, port, _ in server.requests} == {server.requests[0][1]}
    assert {encoding for _, _, encoding in server.requests} == {"identity"}


def test_a_connection_the_server_closed_is_not_reused_and_nothing_is_sent_twice(server):
    client = _client(server, "hangup")
    answers = []
    for _ in range(3):
        answers.append(_ask(client))
        # The server's close reaches this side (a request racing it fails like
        # one on httpx's own transport would: tenacity retries it, not this).
        time.sleep(0.1)
    assert answers == ["fourteen killed"] * 3
    assert len(server.requests) == 3  # one request each: none resent
    assert len({port for _, port, _ in server.requests}) == 3  # a new connection each time


def test_each_thread_has_its_own_connection(server):
    client = _client(server, "plain")
    threads = [threading.Thread(target=lambda: [_ask(client) for _ in range(2)]) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    ports = [port for _, port, _ in server.requests]
    assert len(ports) == 6 and len(set(ports)) == 3


def test_a_stalled_answer_is_a_timeout_and_a_closed_port_a_connection_error(server):
    with pytest.raises(openai.APITimeoutError):
        _ask(_client(server, "stall", timeout=0.3))
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there
    refused = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0,
                            http_client=openai.DefaultHttpxClient(transport=PlainHTTPTransport()))
    with pytest.raises(openai.APIConnectionError) as caught:
        _ask(refused)
    assert not isinstance(caught.value, openai.APITimeoutError)


def test_only_plain_http_servers_get_the_lean_transport():
    def transport_of(url: str):
        return ModelClient(url, "k", "m").openai._client._transport

    assert isinstance(transport_of("http://127.0.0.1:8080/v1"), PlainHTTPTransport)
    assert not isinstance(transport_of("https://api.example.com/v1"), PlainHTTPTransport)
