"""WARC archives (.warc, .warc.gz) -> one Document per HTML page captured, through the HTML reader.

A page is a `response` record with HTTP status 200 and an HTML Content-Type (or a `resource` record
with an HTML Content-Type, as some crawlers store pages); everything else (requests, metadata,
redirects, 404s, images, scripts) is skipped. `url` is the record's WARC-Target-URI, the address
the page was captured at. WARC-Date is deliberately NOT used as `published`: it is the date of the
crawl, which can be years after publication; the date comes from the page's own metadata or not at
all. Documents are sourced "path@offset", the record's byte offset in the (compressed) file.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import error
from ..read import Document
from .html import MAX_HTML_BYTES, document_from_html_bytes
from .text import unreadable

HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 1 << 16
# What warcio raises on damage; garbage headers can also surface as other errors (IndexError,
# KeyError...), and one archive must not stop a batch, hence Exception at the end.
_DAMAGE = (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error, Exception)


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def _page(record) -> tuple[bool, str | None]:
    """Whether a record is a captured HTML page, and its Content-Type."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or headers.get_statuscode() != "200":
            return False, None
        content_type = headers.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    else:
        return False, None
    return _is_html(content_type), content_type


def _truncated(record) -> bool:
    """Read the record to its end; True when the archive ended before its Content-Length did, or inside
    its header (warcio itself says nothing about either: it just stops)."""
    stream = record.raw_stream
    while stream.read(CHUNK):
        pass
    return record.length is None or getattr(stream, "limit", 0) > 0


def read_warc_stream(stream: BinaryIO, source: str) -> Iterator[Document]:
    """Documents from a WARC stream (gzipped or not); damage gives an E012 document (or an E012 on the page
    it cut), then the reading goes on with the next record when warcio can, else stops there."""
    iterator = ArchiveIterator(stream)
    records = iter(iterator)
    read_any = False
    while True:
        try:
            record = next(records)
        except StopIteration:
            if not read_any and iterator.fh.tell() > 0:  # bytes, but warcio found no record in them
                yield Document(text="", source=f"{source}@0", errors=[error(
                    "E012", offset=0, detail="no WARC record could be read", what="nothing was read")])
            return
        except _DAMAGE as exc:
            offset = iterator.offset  # the start of the record warcio could not read
            yield Document(text="", source=f"{source}@{offset}",
                           errors=[error("E012", offset=offset, detail=_detail(exc), what="reading stopped there")])
            return
        offset = iterator.offset  # this record's start: warcio moves it on to the next one's when done
        read_any = True
        where = f"{source}@{offset}"
        is_page, url = False, None
        try:
            is_page, content_type = _page(record)
            url = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read(MAX_HTML_BYTES) if is_page else b""
            cut = _truncated(record)
        except _DAMAGE as exc:
            yield Document(text="", source=where, url=url if is_page else None,
                           errors=[error("E012", offset=offset, detail=_detail(exc), what="this record was skipped")])
            continue
        damage = [error("E012", offset=offset, detail="the archive ends inside this record",
                        what="what the record held was read")] if cut else []
        if not is_page:
            if damage:
                yield Document(text="", source=where, errors=damage)
            continue
        document = document_from_html_bytes(data, where, url=url, content_type=content_type, errors=damage)
        document.url = url or document.url  # the captured address, not the canonical one the page claims
        yield document


def _detail(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def read_warc_file(path: Path) -> Iterator[Document]:
    """A .warc or .warc.gz file."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield unreadable(path, exc)
        return
    with stream:
        yield from read_warc_stream(stream, str(path))
