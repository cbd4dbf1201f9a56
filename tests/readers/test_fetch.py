"""The polite HTTP client, against a local server: retries, timeouts, redirects, size cap, concurrency."""

from __future__ import annotations

import socket
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import pytest
from http_server import Reply, endless, timed

from bilan.readers.fetch import MAX_BYTES, USER_AGENT, Fetcher, FetchResult, _retry_after


def quick(**options) -> Fetcher:
    """A fetcher with short waits, so failure paths stay fast."""
    return Fetcher(**{"timeout": 2.0, "backoff": 0.01, **options})


def test_fetch_returns_the_body_and_sends_the_user_agent(server):
    server.routes["/page.html"] = Reply(body=b"<html><body>hello</body></html>")
    with quick() as fetcher:
        result = fetcher.fetch(server.url("/page.html"))
    assert result.ok and result.error is None
    assert result.status == 200 and result.tries == 1
    assert result.content == b"<html><body>hello</body></html>"
    assert result.media_type == "text/html" and result.charset == "utf-8"
    assert result.final_url == server.url("/page.html")
    agent = server.requests[0].headers["user-agent"]
    assert agent == USER_AGENT
    assert agent.startswith("bilan/") and "news extractor" in agent


def test_a_404_is_not_retried_and_says_so(server):
    url = server.url("/gone.html")
    with quick() as fetcher:
        result = fetcher.fetch(url)
    assert not result.ok and result.status == 404
    assert result.error.code == "E030"
    assert result.error.message == f"GET {url} returned 404 Not Found."
    assert server.hits["/gone.html"] == 1


def test_a_500_then_success_is_retried(server):
    server.flaky("/flaky.html", failures=2, then=Reply(body=b"<html>finally</html>"))
    with quick(retries=3) as fetcher:
        result = fetcher.fetch(server.url("/flaky.html"))
    assert result.ok and result.error is None
    assert result.content == b"<html>finally</html>"
    assert result.tries == 3 and server.hits["/flaky.html"] == 3


def test_a_500_that_lasts_gives_up_after_the_retries(server):
    server.routes["/down"] = Reply(status=503, body=b"down", content_type="text/plain")
    with quick(retries=2) as fetcher:
        result = fetcher.fetch(server.url("/down"))
    assert result.status == 503 and result.tries == 3
    assert result.error.code == "E031"
    assert result.error.message == f"GET {server.url('/down')} returned 503 Service Unavailable (3 tries)."
    assert server.hits["/down"] == 3


def test_a_small_retry_after_is_honoured(server):
    server.flaky("/busy", failures=1, status=429, headers={"Retry-After": "1"}, then=Reply(body=b"ok"))
    with quick() as fetcher:
        result, seconds = timed(fetcher.fetch, server.url("/busy"))
    assert result.ok and result.tries == 2
    assert seconds >= 0.9  # waited as asked, not the 0.01 s back-off


def test_a_long_retry_after_is_not_waited_for(server):
    later = format_datetime(datetime.now(timezone.utc) + timedelta(hours=1), usegmt=True)
    server.routes["/busy"] = Reply(status=429, body=b"", content_type="text/plain", headers={"Retry-After": later})
    with quick() as fetcher:
        result, seconds = timed(fetcher.fetch, server.url("/busy"))
    assert result.error.code == "E032" and "asked to retry after" in result.error.message
    assert server.hits["/busy"] == 1 and seconds < 1


def test_retry_after_values():
    assert _retry_after("5") == 5.0
    assert _retry_after(" 0 ") == 0.0
    assert _retry_after("soon") is None
    assert _retry_after(None) is None
    assert 100 < _retry_after(format_datetime(datetime.now(timezone.utc) + timedelta(seconds=120), usegmt=True)) <= 120


def test_a_slow_response_times_out_quickly(server):
    server.routes["/slow"] = Reply(body=b"late", delay=5)
    with quick(timeout=0.3, retries=1) as fetcher:
        result, seconds = timed(fetcher.fetch, server.url("/slow"))
    assert result.status is None and not result.ok
    assert result.error.code == "E033"
    assert result.error.message == f"GET {server.url('/slow')} timed out after 0.3 s (2 tries)."
    assert seconds < 2 and server.hits["/slow"] == 2


def test_a_body_that_trickles_in_is_cut_by_the_deadline(server):
    server.routes["/drip"] = Reply(chunks=(b"." for _ in range(100)), chunk_delay=0.1)
    with quick(timeout=1.0, max_time=0.5, retries=0) as fetcher:
        result, seconds = timed(fetcher.fetch, server.url("/drip"))
    assert result.error.code == "E033" and "timed out after 0.5 s (1 try)" in result.error.message
    assert seconds < 2


def test_a_refused_connection_is_an_error_not_an_exception():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with quick(retries=1) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{port}/")
    assert result.error.code == "E034" and result.tries == 2
    assert "could not connect" in result.error.message and result.error.message.endswith("(2 tries).")


@pytest.mark.parametrize("url", ["ftp://example.org/feed.xml", "not a url", "http://"])
def test_a_bad_url_is_an_error_not_an_exception(url):
    with quick() as fetcher:
        result = fetcher.fetch(url)
    assert isinstance(result, FetchResult) and not result.ok
    assert result.error.code in {"E037", "E034"} and url in result.error.message
    assert not result.error.message.endswith("..")


def test_redirects_are_followed(server):
    server.routes["/old"] = Reply(status=301, headers={"Location": "/new"}, content_type=None)
    server.routes["/new"] = Reply(body=b"<html>moved</html>")
    with quick() as fetcher:
        result = fetcher.fetch(server.url("/old"))
    assert result.ok and result.content == b"<html>moved</html>"
    assert result.url == server.url("/old") and result.final_url == server.url("/new")


def test_a_redirect_loop_stops(server):
    server.routes["/loop"] = Reply(status=302, headers={"Location": "/loop"}, content_type=None)
    with quick(max_redirects=3) as fetcher:
        result = fetcher.fetch(server.url("/loop"))
    assert result.error.code == "E035" and "more than 3 times" in result.error.message
    assert server.hits["/loop"] == 4


def test_a_404_after_a_redirect_names_both_addresses(server):
    server.routes["/old"] = Reply(status=302, headers={"Location": "/nowhere"}, content_type=None)
    with quick() as fetcher:
        result = fetcher.fetch(server.url("/old"))
    assert result.error.message == (
        f"GET {server.url('/old')} (redirected to {server.url('/nowhere')}) returned 404 Not Found."
    )


def test_a_huge_body_is_capped(server):
    server.routes["/huge"] = Reply(chunks=endless())
    with quick() as fetcher:
        result = fetcher.fetch(server.url("/huge"))
    assert result.ok and result.truncated
    assert len(result.content) == MAX_BYTES == 10 * 1024 * 1024
    assert result.error.code == "E036"


def test_a_declared_huge_body_is_capped_too(server):
    server.routes["/big"] = Reply(body=b"y" * 300_000)
    with quick(max_bytes=100_000) as fetcher:
        result = fetcher.fetch(server.url("/big"))
    assert result.truncated and len(result.content) == 100_000


def test_fetch_many_keeps_order_and_the_concurrency_limit(server):
    for i in range(10):
        server.routes[f"/p{i}"] = Reply(body=f"page {i}".encode(), delay=0.15)
    server.routes["/p4"] = Reply(status=404)
    urls = [server.url(f"/p{i}") for i in range(10)]
    with quick(concurrency=3) as fetcher:
        results, seconds = timed(fetcher.fetch_many, urls)
    assert [r.url for r in results] == urls
    assert [r.content for r in results if r.ok] == [f"page {i}".encode() for i in range(10) if i != 4]
    assert results[4].error.code == "E030"
    assert server.max_active <= 3
    assert server.max_active >= 2  # it did run in parallel
    assert seconds < 10 * 0.15


def test_fetch_many_of_nothing():
    with quick() as fetcher:
        assert fetcher.fetch_many([]) == []
