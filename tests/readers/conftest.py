"""Fixtures for the reader tests: a local server with three article pages and RSS/Atom feeds of them."""

from __future__ import annotations

import pytest
from http_server import ARTICLES, LocalServer, Reply, atom, rss


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    """$BILAN_CACHE in a temporary folder, so the default seen-entries store is never the user's real one."""
    # Not autouse: other reader tests may run the pipeline, whose gazetteer lives in that cache too.
    cache = tmp_path / "cache"
    monkeypatch.setenv("BILAN_CACHE", str(cache))
    return cache


@pytest.fixture
def server():
    """A local server with nothing routed yet (every path 404s)."""
    local = LocalServer().start()
    yield local
    local.close()


@pytest.fixture
def site(server):
    """The server with the three article pages and /feed.rss, /feed.atom listing them."""
    for article in ARTICLES:
        server.routes[article.path] = Reply(body=article.html())
    rss_type = "application/rss+xml; charset=utf-8"
    server.routes["/feed.rss"] = Reply(body=rss(server.base, ARTICLES), content_type=rss_type)
    server.routes["/feed.atom"] = Reply(body=atom(server.base, ARTICLES), content_type="application/atom+xml")
    return server
