"""RSS and Atom feeds, from a file or a URL -> one `Document` per new entry, its page fetched and extracted.

An entry whose page cannot be had is not lost: its own summary from the feed becomes the
text, with an error saying so. Entries already read are remembered in a small sqlite
store (`SeenStore`) so that reading the same feed again yields only what is new.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import io
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from ..errors import error
from ..read import Document
from .fetch import Fetcher, FetchResult, exception_detail
from .text import GZIP_MAGIC, unreadable

log = logging.getLogger(__name__)

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
MAX_FEED_BYTES = 50 * 1024 * 1024  # a gzipped feed is cut here rather than inflated without end
HTML_TYPES = {"text/html", "application/xhtml+xml"}
SEEN_FILE = "seen-entries.sqlite"

_FEED_START = re.compile(rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:rdf)\b", re.S)
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.S)
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "tr", "table", "section", "article", "figcaption", "pre", "hr"}


# ---------------------------------------------------------------------------
# Seen entries


def default_seen_path() -> Path:
    """`$BILAN_CACHE/seen-entries.sqlite`, else `~/.cache/bilan/seen-entries.sqlite`."""
    from ..gazetteer import cache_dir

    return cache_dir() / SEEN_FILE


class SeenStore:
    """A persistent set of feed entries already read (sqlite3), shared by every feed.

    Args:
        path: the database file; `default_seen_path()` when None; ":memory:" for a store
            that lasts as long as the object.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = ":memory:" if str(path) == ":memory:" else Path(path) if path else default_seen_path()
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # Several bilan processes may share the file: sqlite's lock plus a wait, not a failure.
        self._db = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False, isolation_level=None)
        self._db.execute("CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, first_seen TEXT NOT NULL)")
        self._lock = threading.Lock()

    def __enter__(self) -> SeenStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __contains__(self, key: str) -> bool:
        return self.has_any([key])

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0]

    def has_any(self, keys: Iterable[str]) -> bool:
        """True when any of `keys` was recorded.

        Args:
            keys: keys of one entry, as made by `entry_keys`.
        """
        keys = list(keys)
        if not keys:
            return False
        with self._lock:
            marks = ",".join("?" * len(keys))
            return self._db.execute(f"SELECT 1 FROM seen WHERE key IN ({marks}) LIMIT 1", keys).fetchone() is not None

    def add(self, keys: Iterable[str]) -> None:
        """Record keys (already recorded ones are kept with their first date).

        Args:
            keys: keys of one entry, as made by `entry_keys`.
        """
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._lock:
            self._db.executemany("INSERT OR IGNORE INTO seen (key, first_seen) VALUES (?, ?)", [(k, now) for k in keys])

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


def _open_store(seen: SeenStore | str | Path | bool | None) -> tuple[SeenStore | None, bool]:
    """The store to use and whether this call owns (and so closes) it."""
    if isinstance(seen, SeenStore):
        return seen, False
    if seen is None or seen is False:
        return None, False
    path = None if seen is True else seen
    try:
        return SeenStore(path), True
    except (OSError, sqlite3.Error) as exc:
        # Without the store every entry is new again; worth a warning, not a lost batch.
        log.warning("the seen-entries store %s could not be opened (%s); entries are not remembered", path, exc)
        return SeenStore(":memory:"), True


def _normal_link(link: str) -> str:
    """The link without fragment and utm_* parameters, which feeds vary between fetches."""
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return link.strip()
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in pairs if not k.lower().startswith("utm_")])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, query, ""))


def entry_keys(entry: dict, feed_key: str) -> list[str]:
    """The keys under which an entry is remembered: its link (any feed) and its id (within its feed).

    Args:
        entry: a feedparser entry.
        feed_key: the feed's identity (its site link, else where it was read from), since
            ids such as "12345" are only unique within one feed.
    """
    keys = []
    link = (entry.get("link") or "").strip()
    if link:
        keys.append("link:" + _normal_link(link))
    entry_id = (entry.get("id") or "").strip()
    if entry_id and entry_id != link:
        keys.append(f"id:{feed_key}\t{entry_id}")
    if not keys:
        digest = hashlib.sha1(f"{entry.get('title', '')}\n{entry.get('summary', '')}".encode()).hexdigest()
        keys.append(f"hash:{feed_key}\t{digest}")
    return keys


# ---------------------------------------------------------------------------
# Entry text and dates


class _TextOfHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed summary): tags dropped, one line per block.

    Args:
        markup: the fragment.
    """
    parser = _TextOfHTML()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient, but a summary is not worth a crash
        return re.sub(r"<[^>]+>", " ", markup).strip()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def entry_text(entry: dict) -> str:
    """The entry's own text: its longest content (full text feeds), else its summary.

    Args:
        entry: a feedparser entry.
    """
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if entry.get("summary"):
        kind = (entry.get("summary_detail") or {}).get("type", "text/html")
        candidates.append({"value": entry["summary"], "type": kind})
    if not candidates:
        return ""
    best = max(candidates, key=lambda c: len(c["value"]))
    value = best["value"]
    if best.get("type") == "text/plain" and "<" not in value:
        return value.strip()
    return html_to_text(value)


def entry_date(entry: dict) -> str | None:
    """YYYY-MM-DD of the entry's published (else updated) date, as the feed wrote it.

    The day is taken in the feed's own time zone, not UTC, because a story filed at
    00:30 in Paris belongs to that day.

    Args:
        entry: a feedparser entry.
    """
    for name in ("published", "updated", "created"):
        raw = entry.get(name)
        if raw:
            day = _day_as_written(raw)
            if day:
                return day
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _day_as_written(raw: str) -> str | None:
    raw = raw.strip()
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None


# ---------------------------------------------------------------------------
# Pages


def _looks_html(result: FetchResult) -> bool:
    head = result.content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return result.media_type in HTML_TYPES or bool(_HTML_START.match(head))


def looks_like_feed(content: bytes) -> bool:
    """True when the bytes open like an RSS, Atom or RDF feed (for sniffing inputs of unknown kind).

    Args:
        content: the input's first bytes (2 kB are enough).
    """
    return bool(_FEED_START.match(content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()))


def _looks_feed(result: FetchResult) -> bool:
    if looks_like_feed(result.content):
        return True
    # Servers label feeds every which way (text/xml, application/octet-stream); let feedparser judge.
    return not _looks_html(result)


def _page_document(result: FetchResult, url: str) -> Document:
    """One document from a fetched HTML page, through the HTML reader (which decodes it as it does files)."""
    from .html import document_from_html_bytes

    # A body cut at the size cap comes with its E036, which also tells the decoder the end may be torn.
    return document_from_html_bytes(result.content, source=url, url=url, content_type=result.content_type,
                                    errors=[result.error] if result.error is not None else None)


# ---------------------------------------------------------------------------
# Feeds


def _parse(content: bytes, content_type: str | None = None, base_url: str | None = None):
    headers = {}
    if content_type:
        headers["content-type"] = content_type
    if base_url:
        headers["content-location"] = base_url  # so relative entry links resolve
    return feedparser.parse(io.BytesIO(content), response_headers=headers)


def _is_feed(parsed) -> bool:
    # A feed cut short still yields the entries before the cut; one with none left is broken, not empty.
    return bool(parsed.get("entries")) or (bool(parsed.get("version")) and not parsed.get("bozo"))


def _parse_failure(parsed) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc).strip().rstrip(".") if exc else ""
    return text or "it is neither RSS nor Atom"


def _entry_document(entry: dict, page: FetchResult | None, feed: dict, source: str, fetch_pages: bool) -> Document:
    """The entry's document: its page through the HTML reader, else the entry's own text."""
    link = (entry.get("link") or "").strip() or None
    own_text = entry_text(entry)
    document, errors = None, []
    if page is not None and page.ok and _looks_html(page):
        try:
            document = _page_document(page, link)
        except Exception as exc:  # the HTML reader's bug must not lose the entry
            detail = exception_detail(exc, with_type=True)
            errors = [error("E046", url=link, detail=detail), error("E044", url=link)]
        else:
            if not document.text.strip() and own_text:
                document.text = own_text
                document.errors.append(error("E044", url=link))
    elif page is None:
        errors = [error("E043")] if fetch_pages else []
    elif page.ok:
        errors = [error("E045", url=link, content_type=page.media_type or "none")]
    else:
        errors = [page.error, error("E041")] if page.error else [error("E041")]
    if document is None:
        document = Document(text=own_text, source=link or source, errors=errors)
    if link:
        document.url = link
        document.source = link
    document.title = document.title or (entry.get("title") or "").strip() or None
    if not document.published:
        day = entry_date(entry)
        if day:
            document.published, document.published_from = day, "metadata"
    document.external_id = document.external_id or (entry.get("id") or "").strip() or None
    document.site = document.site or (feed.get("title") or "").strip() or None
    return document


def _fetchable(link: str | None) -> bool:
    return bool(link) and link.lower().startswith(("http://", "https://"))


def _read_parsed(
    parsed,
    source: str,
    fetcher: Fetcher | None,
    seen: SeenStore | str | Path | bool | None,
    fetch_pages: bool,
) -> Iterator[Document]:
    feed = parsed.get("feed") or {}
    feed_key = (feed.get("link") or "").strip() or source
    store, own_store = _open_store(seen)
    own_fetcher = fetcher is None and fetch_pages
    if own_fetcher:
        fetcher = Fetcher()
    try:
        fresh, taken = [], set()
        for entry in parsed.get("entries") or []:
            keys = entry_keys(entry, feed_key)
            if taken.intersection(keys) or (store is not None and store.has_any(keys)):
                continue
            taken.update(keys)
            fresh.append((entry, keys))
        # Fetch in batches so the first documents come out before the whole feed is downloaded.
        batch = max(8, 4 * fetcher.concurrency) if fetcher else len(fresh) or 1
        for start in range(0, len(fresh), batch):
            chunk = fresh[start:start + batch]
            pages: list[FetchResult | None] = [None] * len(chunk)
            if fetch_pages:
                wanted = [i for i, (entry, _) in enumerate(chunk) if _fetchable(entry.get("link"))]
                for i, result in zip(wanted, fetcher.fetch_many(chunk[i][0]["link"].strip() for i in wanted)):
                    pages[i] = result
            for (entry, keys), page in zip(chunk, pages):
                yield _entry_document(entry, page, feed, source, fetch_pages)
                # Recorded only once the caller took the document: a crash mid-batch re-reads it.
                if store is not None:
                    store.add(keys)
    finally:
        if own_fetcher:
            fetcher.close()
        if own_store:
            store.close()


def read_feed(
    content: bytes,
    source: str,
    *,
    content_type: str | None = None,
    base_url: str | None = None,
    fetcher: Fetcher | None = None,
    seen: SeenStore | str | Path | bool | None = True,
    fetch_pages: bool = True,
) -> Iterator[Document]:
    """One document per new entry of an RSS/Atom feed given as bytes; one error document if it is not a feed.

    Args:
        content: the feed.
        source: where it came from (path or URL), for errors and entries without a link.
        content_type: the Content-Type it was served with, if any (helps with its encoding).
        base_url: the feed's address, to resolve relative entry links.
        fetcher: fetches entry pages; a default `Fetcher()` when None.
        seen: True for the default `SeenStore`, a store or a path for that one, False/None to
            read every entry every time.
        fetch_pages: False to use the entries' own summaries without fetching their pages.
    """
    parsed = _parse(content, content_type, base_url)
    if not _is_feed(parsed):
        broken = error("E040", source=source, detail=_parse_failure(parsed))
        yield Document(text="", source=source, url=base_url, errors=[broken])
        return
    yield from _read_parsed(parsed, source, fetcher, seen, fetch_pages)


def read_feed_file(
    path: str | Path,
    *,
    fetcher: Fetcher | None = None,
    seen: SeenStore | str | Path | bool | None = True,
    fetch_pages: bool = True,
) -> Iterator[Document]:
    """One document per new entry of an RSS/Atom file (.rss, .atom, .xml, gzipped or not), each entry's page fetched.

    Args:
        path: the feed file.
        fetcher: fetches entry pages; a default `Fetcher()` when None.
        seen: True for the default `SeenStore`, a store or a path for that one, False/None to
            read every entry every time.
        fetch_pages: False to use the entries' own summaries without fetching their pages.
    """
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        yield unreadable(path, exc)
        return
    if content[:2] == GZIP_MAGIC:  # archived feeds (.rss.gz) are common
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(content)) as unzipped:
                content = unzipped.read(MAX_FEED_BYTES)
        except (OSError, EOFError) as exc:
            broken = error("E040", source=str(path), detail=exception_detail(exc))
            yield Document(text="", source=str(path), errors=[broken])
            return
    yield from read_feed(content, str(path), fetcher=fetcher, seen=seen, fetch_pages=fetch_pages)


def read_url(
    url: str,
    *,
    fetcher: Fetcher | None = None,
    seen: SeenStore | str | Path | bool | None = True,
    fetch_pages: bool = True,
) -> Iterator[Document]:
    """Documents from a URL: a feed's new entries, or the one article of an HTML page, or one error document.

    Args:
        url: an http:// or https:// address.
        fetcher: a default `Fetcher()` when None.
        seen: for feeds: True for the default `SeenStore`, a store or a path for that one,
            False/None to read every entry every time.
        fetch_pages: for feeds: False to use the entries' own summaries without fetching their pages.
    """
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        result = fetcher.fetch(url)
        if not result.ok:
            yield Document(text="", source=url, url=url, errors=[result.error])
            return
        if _looks_feed(result):
            parsed = _parse(result.content, result.content_type, result.final_url or url)
            if _is_feed(parsed):
                yield from _read_parsed(parsed, url, fetcher, seen, fetch_pages)
                return
            if looks_like_feed(result.content):
                broken = error("E040", source=url, detail=_parse_failure(parsed))
                yield Document(text="", source=url, url=url, errors=[e for e in (result.error, broken) if e])
                return
        if _looks_html(result):
            try:
                yield _page_document(result, url)
            except Exception as exc:  # the HTML reader's bug must not stop the batch
                failed = error("E046", url=url, detail=exception_detail(exc, with_type=True))
                yield Document(text="", source=url, url=url, errors=[failed])
            return
        other = error("E042", url=url, content_type=result.media_type or "none")
        yield Document(text="", source=url, url=url, errors=[other])
    finally:
        if own_fetcher:
            fetcher.close()
