"""Feeds from files and URLs against a local server: entries fetched and extracted, failures kept, seen ones skipped."""

from __future__ import annotations

import gzip
from dataclasses import replace

import pytest
from http_server import ARTICLES, Reply, atom, rss

from bilan.readers.feed import (
    SeenStore,
    default_seen_path,
    entry_date,
    entry_text,
    looks_like_feed,
    read_feed,
    read_feed_file,
    read_url,
)
from bilan.readers.fetch import Fetcher

pytestmark = pytest.mark.usefixtures("private_cache")

FEED_DAYS = ["2024-06-10", "2024-06-11", "2024-06-12"]
BROKEN_FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut sh'  # cut before any item


def quick(**options) -> Fetcher:
    """A fetcher with short waits, so failure paths stay fast."""
    return Fetcher(**{"timeout": 2.0, "backoff": 0.01, **options})


def codes(document) -> list[str]:
    return [e.code for e in document.errors]


def assert_extracted(documents, server, articles=ARTICLES):
    """Each document is its article's page, extracted: page-only text, the entry's link, a date."""
    assert len(documents) == len(articles)
    for document, article, day in zip(documents, articles, FEED_DAYS):
        assert article.marker in document.text, document.text
        assert article.summary not in document.text
        assert document.url == document.source == server.url(article.path)
        assert document.title and article.title in document.title
        assert document.published == (article.published or day)
        assert document.published_from == "metadata"
        assert document.errors == []


def test_rss_file_entries_are_fetched_and_extracted(site, tmp_path):
    path = tmp_path / "veilleur.rss"
    path.write_bytes(rss(site.base, ARTICLES))
    with quick() as fetcher:
        documents = list(read_feed_file(path, fetcher=fetcher, seen=False))
    assert_extracted(documents, site)
    assert documents[0].external_id == "veilleur-burkina-attaque-poste-militaire"
    assert documents[0].site == "Le Veilleur"  # the page's own name, not the feed's title
    # The third page has no title and no date: both come from its entry.
    assert documents[2].title == ARTICLES[2].title
    assert documents[2].published == "2024-06-12"
    assert sorted(r.path for r in site.requests) == sorted(a.path for a in ARTICLES)


def test_the_date_missing_from_the_page_is_the_entrys_as_written():
    # The third page has no date: the feed's "00:30 +02:00" is the 12th, not UTC's 11th.
    assert entry_date({"published": "2024-06-12T00:30:00+02:00"}) == "2024-06-12"
    assert entry_date({"published": "Wed, 12 Jun 2024 00:30:00 +0200"}) == "2024-06-12"
    assert entry_date({"updated": "2024-06-11T22:30:00Z"}) == "2024-06-11"
    assert entry_date({"title": "undated"}) is None


def test_atom_feed_from_a_url(site):
    with quick() as fetcher:
        documents = list(read_url(site.url("/feed.atom"), fetcher=fetcher, seen=False))
    assert_extracted(documents, site)
    assert documents[1].external_id == f"tag:veilleur.example,2024:{ARTICLES[1].path}"


def test_rss_feed_from_a_url_with_the_default_fetcher_and_store(site, private_cache):
    documents = list(read_url(site.url("/feed.rss")))
    assert_extracted(documents, site)
    assert default_seen_path() == private_cache / "seen-entries.sqlite"
    assert default_seen_path().exists()
    assert list(read_url(site.url("/feed.rss"))) == []


def test_an_entry_whose_page_is_gone_keeps_its_summary(site, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(rss(site.base, ARTICLES, links={ARTICLES[1].path: "/world/removed.html"}))
    with quick() as fetcher:
        first, second, third = read_feed_file(path, fetcher=fetcher, seen=False)
    assert ARTICLES[0].marker in first.text and ARTICLES[2].marker in third.text
    assert second.text == ARTICLES[1].summary
    assert second.url == site.url("/world/removed.html")
    assert second.title == ARTICLES[1].title
    assert (second.published, second.published_from) == ("2024-06-11", "metadata")
    assert codes(second) == ["E030", "E041"]
    assert second.errors[0].message == f"GET {site.url('/world/removed.html')} returned 404 Not Found."


def test_an_entry_page_that_fails_once_is_retried(site, tmp_path):
    article = ARTICLES[0]
    site.flaky(article.path, failures=1, then=Reply(body=article.html()))
    path = tmp_path / "feed.rss"
    path.write_bytes(rss(site.base, [article]))
    with quick() as fetcher:
        (document,) = read_feed_file(path, fetcher=fetcher, seen=False)
    assert article.marker in document.text and document.errors == []
    assert site.hits[article.path] == 2


def test_an_entry_page_that_times_out_keeps_its_summary(site, tmp_path):
    article = ARTICLES[1]
    site.routes[article.path] = Reply(body=article.html(), delay=5)
    path = tmp_path / "feed.rss"
    path.write_bytes(rss(site.base, [article]))
    with quick(timeout=0.3, retries=0) as fetcher:
        (document,) = read_feed_file(path, fetcher=fetcher, seen=False)
    assert document.text == article.summary
    assert codes(document) == ["E033", "E041"]
    assert "timed out after 0.3 s (1 try)" in document.errors[0].message


def test_an_entry_link_that_redirects_is_followed(site, tmp_path):
    article = ARTICLES[2]
    site.routes["/r/123"] = Reply(status=302, headers={"Location": article.path}, content_type=None)
    path = tmp_path / "feed.rss"
    path.write_bytes(rss(site.base, [article], links={article.path: "/r/123"}))
    with quick() as fetcher:
        (document,) = read_feed_file(path, fetcher=fetcher, seen=False)
    assert article.marker in document.text
    assert document.url == site.url("/r/123")  # the entry's link, as the feed gave it


def test_entry_pages_are_fetched_at_most_concurrency_at_once(site, tmp_path):
    stories = [replace(ARTICLES[i % 3], path=f"/world/story-{i}.html") for i in range(8)]
    for story in stories:
        site.routes[story.path] = Reply(body=story.html(), delay=0.1)
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(site.base, stories))
    with quick(concurrency=2) as fetcher:
        documents = list(read_feed_file(feed, fetcher=fetcher, seen=False))
    assert [d.url for d in documents] == [site.url(s.path) for s in stories]
    assert all(d.errors == [] for d in documents)
    assert site.max_active == 2


def test_seen_entries_are_skipped_on_the_next_run(site, tmp_path):
    store_path = tmp_path / "seen.sqlite"
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(site.base, ARTICLES[:2]))
    with quick() as fetcher:
        with SeenStore(store_path) as store:
            assert len(list(read_feed_file(feed, fetcher=fetcher, seen=store))) == 2
            assert list(read_feed_file(feed, fetcher=fetcher, seen=store)) == []
        requests = len(site.requests)
        # A new store on the same file: the memory outlives the process.
        feed.write_bytes(rss(site.base, ARTICLES))
        again = list(read_feed_file(feed, fetcher=fetcher, seen=store_path))
    assert [d.url for d in again] == [site.url(ARTICLES[2].path)]
    assert len(site.requests) == requests + 1  # seen entries' pages are not even fetched
    # The same articles from the Atom feed of the site: the links are already known.
    with quick() as fetcher:
        assert list(read_url(site.url("/feed.atom"), fetcher=fetcher, seen=store_path)) == []


def test_an_entry_is_remembered_once_the_caller_comes_back_for_more(site, tmp_path):
    # At least once: a caller that stops (or dies) while handling an entry gets it again next run.
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(site.base, ARTICLES))
    with quick() as fetcher, SeenStore(tmp_path / "seen.sqlite") as store:
        documents = read_feed_file(feed, fetcher=fetcher, seen=store)
        next(documents)
        next(documents)
        documents.close()
        assert len(store) == 2  # the first entry's link and guid
        rest = list(read_feed_file(feed, fetcher=fetcher, seen=store))
        assert [d.url for d in rest] == [site.url(a.path) for a in ARTICLES[1:]]
        assert list(read_feed_file(feed, fetcher=fetcher, seen=store)) == []


def test_seen_can_be_disabled(site, tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss(site.base, ARTICLES))
    for _ in range(2):
        documents = list(read_feed_file(feed, seen=False, fetch_pages=False))
        assert [d.text for d in documents] == [a.summary for a in ARTICLES]
    assert site.requests == []


def test_without_fetching_the_entry_gives_title_date_and_summary(tmp_path):
    feed = tmp_path / "feed.atom"
    feed.write_bytes(atom("https://veilleur.example", ARTICLES))
    documents = list(read_feed_file(feed, seen=False, fetch_pages=False))
    assert [d.title for d in documents] == [a.title for a in ARTICLES]
    assert [d.published for d in documents] == FEED_DAYS
    assert documents[0].site == "Le Veilleur - World"
    assert all(d.errors == [] for d in documents)


@pytest.mark.parametrize(
    "reply, code",
    [
        (Reply(status=404, body=b"no feed here"), "E030"),
        (Reply(status=500, body=b"oops", content_type="text/plain"), "E031"),
        (Reply(body=b"late", delay=5), "E033"),
        (Reply(body=b"%PDF-1.7 ...", content_type="application/pdf"), "E042"),
        (Reply(body=BROKEN_FEED, content_type="text/xml"), "E040"),
    ],
    ids=["404", "500", "timeout", "pdf", "broken-feed"],
)
def test_a_feed_url_that_fails_is_one_document_with_the_error(server, reply, code):
    server.routes["/feed"] = reply
    with quick(timeout=0.3, retries=0) as fetcher:
        documents = list(read_url(server.url("/feed"), fetcher=fetcher, seen=False))
    (document,) = documents
    assert codes(document) == [code]
    assert document.text == "" and document.source == document.url == server.url("/feed")
    assert server.url("/feed") in document.errors[0].message


def test_a_url_to_an_html_page_is_one_article(site):
    with quick() as fetcher:
        (document,) = read_url(site.url(ARTICLES[0].path), fetcher=fetcher)
    assert ARTICLES[0].marker in document.text
    assert document.url == site.url(ARTICLES[0].path)
    assert document.published == "2024-06-10"


def test_a_file_that_is_not_a_feed(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("just some notes, not XML at all", encoding="utf-8")
    (document,) = read_feed_file(path, seen=False)
    assert codes(document) == ["E040"] and str(path) in document.errors[0].message
    (missing,) = read_feed_file(tmp_path / "absent.rss", seen=False)
    assert codes(missing) == ["E001"]


def test_a_gzipped_feed_file(tmp_path):
    path = tmp_path / "veilleur.rss.gz"
    path.write_bytes(gzip.compress(rss("https://veilleur.example", ARTICLES)))
    documents = list(read_feed_file(path, seen=False, fetch_pages=False))
    assert [d.text for d in documents] == [a.summary for a in ARTICLES]
    path.write_bytes(gzip.compress(rss("https://veilleur.example", ARTICLES))[:200])
    (broken,) = read_feed_file(path, seen=False, fetch_pages=False)
    assert codes(broken) == ["E040"]


def test_looks_like_feed():
    assert looks_like_feed(rss("", ARTICLES)) and looks_like_feed(atom("", ARTICLES))
    assert looks_like_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- hi -->\n<rdf:RDF xmlns="x">')
    assert not looks_like_feed(ARTICLES[0].html())
    assert not looks_like_feed(b'<?xml version="1.0"?><urlset>')


def test_read_feed_from_bytes_resolves_relative_links(site):
    content = rss("", ARTICLES[:1])  # links like "/afrique/...html"
    with quick() as fetcher:
        (document,) = read_feed(content, "feed", base_url=site.url("/feed.rss"), fetcher=fetcher, seen=False)
    assert ARTICLES[0].marker in document.text


def test_entry_text_prefers_full_content_and_drops_markup():
    entry = {
        "summary": "<p>Short.</p>",
        "content": [{"type": "text/html",
                     "value": "<p>Un <b>long</b> texte&nbsp;:</p><p>deux paragraphes.</p><script>x()</script>"}],
    }
    assert entry_text(entry) == "Un long texte :\ndeux paragraphes."
    plain = {"summary": "Plain & simple", "summary_detail": {"type": "text/plain"}}
    assert entry_text(plain) == "Plain & simple"
    assert entry_text({}) == ""
