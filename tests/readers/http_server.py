"""A local HTTP server for the reader tests (programmable routes, request log, concurrency count),
and the news pages and RSS/Atom feeds it serves.

Only ever binds 127.0.0.1; the tests never touch the internet.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from html import escape
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
        self.active = 0  # requests received and not yet answered
        self.max_active = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

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

            def _answer(self, request: Request) -> None:
                try:
                    route = server.routes.get(request.path)
                    if route is None:
                        reply = Reply(status=404, body=b"<html><body>Not here</body></html>")
                    else:
                        reply = route(request) if callable(route) else route
                    if reply.delay:
                        server.wait(reply.delay)
                finally:
                    # Uncounted before the response goes out: once the client has it, it may send its
                    # next request, which must not find this one still counted.
                    with server._lock:
                        server.active -= 1
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


# ---------------------------------------------------------------------------
# What the server serves


@dataclass
class Article:
    path: str
    title: str
    lang: str
    published: str | None  # in the page's metadata; None: the page carries no date
    feed_date: str  # RFC 3339, as the feed gives it
    summary: str
    paragraphs: list[str]
    marker: str  # a phrase found in the page's text only, never in the feed
    bare: bool = False  # a page with neither <title> nor <h1>: the title must come from the feed

    def html(self) -> bytes:
        meta = ""
        if self.published:
            meta = f'<meta property="article:published_time" content="{self.published}T08:15:00+00:00">'
        title = "" if self.bare else f"<title>{escape(self.title)} | Le Veilleur</title>"
        heading = "" if self.bare else f"<h1>{escape(self.title)}</h1>"
        body = "\n".join(f"<p>{escape(p)}</p>" for p in self.paragraphs)
        return f"""<!DOCTYPE html>
<html lang="{self.lang}">
<head>
<meta charset="utf-8">
{title}
<meta property="og:site_name" content="Le Veilleur">
{meta}
</head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/afrique">Afrique</a></nav></header>
<main>
<article>
{heading}
{body}
</article>
</main>
<footer><p>Tous droits réservés. Abonnez-vous à notre lettre d'information.</p></footer>
</body>
</html>""".encode()


ARTICLES = [
    Article(
        path="/afrique/burkina-attaque-poste-militaire.html",
        title="Burkina Faso : au moins douze soldats tués dans l'attaque d'un poste militaire",
        lang="fr",
        published="2024-06-10",
        feed_date="2024-06-10T09:00:00+00:00",
        summary="Au moins douze soldats ont été tués lors de l'attaque d'un poste militaire dans le nord du pays.",
        paragraphs=[
            "Au moins douze soldats ont été tués et plusieurs autres blessés dimanche lors de l'attaque "
            "d'un poste militaire près de Djibo, dans la province du Soum, a indiqué lundi une source sécuritaire.",
            "Des dizaines d'hommes armés à moto ont encerclé le poste peu avant l'aube, selon des habitants "
            "joints par téléphone, qui ont décrit des échanges de tirs pendant près de deux heures.",
            "L'armée a affirmé dans un communiqué avoir « neutralisé une vingtaine de terroristes » lors de la "
            "riposte, un bilan qui n'a pas pu être vérifié de manière indépendante.",
            "Le nord du pays est confronté depuis 2015 à des attaques de groupes armés qui ont fait des milliers "
            "de morts et plus de deux millions de déplacés, selon les Nations unies.",
        ],
        marker="encerclé le poste peu avant l'aube",
    ),
    Article(
        path="/world/mali-villagers-killed.html",
        title="Gunmen kill seven villagers in central Mali",
        lang="en",
        published="2024-06-11",
        feed_date="2024-06-11T14:30:00+00:00",
        summary="Seven villagers were killed when gunmen attacked a village in central Mali.",
        paragraphs=[
            "Gunmen killed seven villagers and wounded at least four others in an attack on a village in "
            "central Mali's Mopti region on Monday night, a local official said on Tuesday.",
            "The attackers arrived on motorbikes shortly after dark and opened fire on residents gathered "
            "near the mosque, the official said, speaking on condition of anonymity.",
            "No group has claimed responsibility for the attack. Armed groups linked to al Qaeda and Islamic "
            "State have carried out repeated attacks on civilians in the area.",
            "The United Nations says violence in central Mali has forced hundreds of thousands of people "
            "from their homes over the past five years.",
        ],
        marker="opened fire on residents gathered near the mosque",
    ),
    Article(
        path="/world/mogadishu-market-bomb.html",
        title="Car bomb wounds fifteen near Mogadishu market",
        lang="en",
        published=None,
        # Just after midnight in Paris: the day as written is the 12th, in UTC still the 11th.
        feed_date="2024-06-12T00:30:00+02:00",
        summary="A car bomb wounded fifteen people near a busy market in the Somali capital.",
        paragraphs=[
            "A car bomb exploded near a busy market in the Somali capital, wounding at least fifteen people, "
            "police and witnesses said.",
            "The blast shattered shop windows along the main road and sent a column of smoke over the district, "
            "a trader who was nearby told reporters.",
            "Ambulances took the wounded to hospitals in the city, where doctors said three were in a serious "
            "condition. Police cordoned off the area and began an investigation.",
            "The al Shabaab group has carried out frequent bombings in the capital as part of its insurgency "
            "against the federal government.",
        ],
        marker="shattered shop windows along the main road",
        bare=True,
    ),
]


def rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso))


def rss(base: str, articles: list[Article], links: dict[str, str] | None = None) -> bytes:
    """An RSS 2.0 feed of `articles` on the server at `base` (`links` overrides an article's link path)."""
    links = links or {}
    items = "\n".join(
        f"""    <item>
      <title>{escape(a.title)}</title>
      <link>{base}{links.get(a.path, a.path)}</link>
      <guid isPermaLink="false">veilleur-{a.path.rsplit('/', 1)[-1].removesuffix('.html')}</guid>
      <pubDate>{rfc822(a.feed_date)}</pubDate>
      <dc:creator>Rédaction</dc:creator>
      <description>{escape("<p>" + escape(a.summary) + "</p>")}</description>
    </item>"""
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Le Veilleur - Afrique et monde</title>
    <link>{base}/</link>
    <description>Les dernières informations</description>
    <language>fr-FR</language>
    <atom:link href="{base}/feed.rss" rel="self" type="application/rss+xml"/>
{items}
  </channel>
</rss>
""".encode()


def atom(base: str, articles: list[Article]) -> bytes:
    """An Atom 1.0 feed of `articles` on the server at `base`."""
    entries = "\n".join(
        f"""  <entry>
    <title>{escape(a.title)}</title>
    <link rel="alternate" type="text/html" href="{base}{a.path}"/>
    <id>tag:veilleur.example,2024:{a.path}</id>
    <published>{a.feed_date}</published>
    <updated>{a.feed_date}</updated>
    <author><name>Rédaction</name></author>
    <summary type="html">{escape("<p>" + escape(a.summary) + "</p>")}</summary>
  </entry>"""
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Le Veilleur - World</title>
  <link rel="self" href="{base}/feed.atom"/>
  <link rel="alternate" href="{base}/"/>
  <id>tag:veilleur.example,2024:world</id>
  <updated>2024-06-12T00:30:00+02:00</updated>
{entries}
</feed>
""".encode()
