"""A local HTTP server for the reader tests: programmable routes, request log, concurrency count.

Only ever binds 127.0.0.1; the tests never touch the internet.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Reply:
    """What a route answers: status, headers, a body (or chunks streamed slowly), after a delay."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line
    chunks: Iterable[bytes] | None = None  # streamed instead of `body`, without Content-Length
    chunk_delay: float = 0.0


Route = Callable[["Request"], Reply]


@dataclass
class Request:
    path: str
    query: str
    headers: dict[str, str]


class LocalServer:
    """A threaded HTTP/1.0 server on 127.0.0.1 with routes set per test.

    Args:
        routes: path -> a Reply, or a function of the Request returning one.
    """

    def __init__(self, routes: dict[str, Reply | Route] | None = None) -> None:
        self.routes: dict[str, Reply | Route] = dict(routes or {})
        self.hits: Counter[str] = Counter()
        self.requests: list[Request] = []
        self.active = 0
        self.max_active = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        """The absolute URL of a path on this server."""
        return self.base + path

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def wait(self, seconds: float) -> None:
        """Sleep, but wake up when the server closes so no handler outlives its test by long."""
        self.stopping.wait(seconds)

    def flaky(self, path: str, failures: int, then: Reply, status: int = 500, headers: dict | None = None) -> None:
        """A route answering `status` for the first `failures` requests, then `then`."""

        def route(request: Request) -> Reply:
            if self.hits[path] <= failures:
                return Reply(status=status, body=b"try again", content_type="text/plain", headers=headers or {})
            return then

        self.routes[path] = route

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):  # keep test output clean
                pass

            def do_GET(self):
                parts = urlsplit(self.path)
                request = Request(parts.path, parts.query, {k.lower(): v for k, v in self.headers.items()})
                with server._lock:
                    server.hits[parts.path] += 1
                    server.requests.append(request)
                    server.active += 1
                    server.max_active = max(server.max_active, server.active)
                try:
                    self._answer(request)
                except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                    pass  # the client hung up (timeout or size cap): expected
                finally:
                    with server._lock:
                        server.active -= 1

            def _answer(self, request: Request) -> None:
                route = server.routes.get(request.path)
                if route is None:
                    reply = Reply(status=404, body=b"<html><body>Not here</body></html>")
                else:
                    reply = route(request) if callable(route) else route
                if reply.delay:
                    server.wait(reply.delay)
                    if server.stopping.is_set():
                        return
                self.send_response(reply.status)
                if reply.content_type:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.chunks is None:
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                    return
                self.end_headers()  # HTTP/1.0: the body ends when the connection closes
                for chunk in reply.chunks:
                    if server.stopping.is_set():
                        return
                    self.wfile.write(chunk)
                    self.wfile.flush()
                    if reply.chunk_delay:
                        server.wait(reply.chunk_delay)

        return Handler


def endless(chunk_size: int = 64 * 1024, total: int = 64 * 1024 * 1024) -> Iterable[bytes]:
    """Chunks of filler, `total` bytes in all: a body far beyond any size cap."""
    chunk = b"<p>" + b"x" * (chunk_size - 7) + b"</p>\n"
    sent = 0
    while sent < total:
        yield chunk
        sent += len(chunk)


def timed(function, *args, **kwargs):
    """(result, seconds) of a call."""
    started = time.monotonic()
    result = function(*args, **kwargs)
    return result, time.monotonic() - started
