"""A lean HTTP/1.1 transport for plain-http model servers (the embedded
llama.cpp server, a local vLLM or Ollama, a gateway on the same network).

Why: httpx's own transport (httpcore) costs ~0.8 ms of Python per request of
what is ~5 ms of the tool's own CPU per article against an endpoint
(benchmarks/speed_report.py); batch throughput on a 2-core machine is bounded
by that CPU. For `http://` URLs the request is a POST with a JSON body on a
kept-alive connection, which `http.client` does with far less machinery.

`https://` URLs keep httpx's transport (TLS, HTTP/2, its connection pool): the
saving matters where the server is near, and there TLS is rare. Proxies from the
environment still apply: httpx mounts them before this transport is used.

Errors come out as httpx's (a timeout as ReadTimeout/ConnectTimeout, anything
else as ConnectError/ReadError), so openai turns them into APITimeoutError or
APIConnectionError and tenacity retries them as before (summarizer.extract.client).
"""

from __future__ import annotations

import http.client
import select
import socket
import threading

import httpx2


def _closed_by_server(sock: socket.socket) -> bool:
    """An idle kept-alive socket that is readable has been closed by the server
    (or holds bytes nobody asked for): it is not reused. Checked before sending,
    so a request is never sent twice by this transport (tenacity retries, with
    its backoff and its status line, when a connection fails mid-request)."""
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


class PlainHTTPTransport(httpx2.BaseTransport):
    """One kept-alive `http.client` connection per thread and server (a batch's
    workers are threads; each sends one request at a time)."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._opened: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()

    def _connection(self, host: str, port: int) -> http.client.HTTPConnection:
        """The thread's connection to host:port (connected when used)."""
        pool = self._local.__dict__.setdefault("pool", {})
        conn = pool.get((host, port))
        if conn is None:
            conn = pool[(host, port)] = http.client.HTTPConnection(host, port)
            with self._lock:
                self._opened.append(conn)
        elif conn.sock is not None and _closed_by_server(conn.sock):
            conn.close()
        return conn

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.url.scheme != "http":
            raise httpx2.UnsupportedProtocol(f"{request.url.scheme!r} needs httpx's own transport",
                                             request=request)
        timeouts = request.extensions.get("timeout") or {}
        body = request.read()
        path = request.url.raw_path.decode("ascii")
        # No compression asked for: the body is read whole, near the server.
        # (http.client sends "Accept-Encoding: identity" in its place.)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in request.headers.raw
                   if k.lower() != b"accept-encoding"}
        conn = self._connection(request.url.host, request.url.port or 80)
        connecting = conn.sock is None
        try:
            if connecting:
                conn.timeout = timeouts.get("connect")
                conn.connect()
            connecting = False
            if conn.sock is not None:  # (None under vcrpy's replay: no socket at all)
                conn.sock.settimeout(timeouts.get("read"))
            conn.request(request.method, path, body, headers)
            response = conn.getresponse()
            content = response.read()
        except socket.timeout as exc:
            conn.close()
            kind = httpx2.ConnectTimeout if connecting else httpx2.ReadTimeout
            raise kind(f"timed out: {exc}", request=request) from exc
        except (OSError, http.client.HTTPException) as exc:
            conn.close()
            kind = httpx2.ConnectError if connecting else httpx2.ReadError
            raise kind(str(exc) or type(exc).__name__, request=request) from exc
        if getattr(response, "will_close", False):
            conn.close()
        return httpx2.Response(response.status, headers=response.getheaders(), content=content,
                               request=request, extensions={"http_version": b"HTTP/1.1"})

    def close(self) -> None:
        with self._lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
