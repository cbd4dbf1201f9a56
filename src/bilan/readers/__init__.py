"""Readers: every input -> `Document`s. One module per kind of input, and this dispatcher.

    read_paths(["articles/", "dump.jsonl.gz", "crawl.warc.gz", "-"], fields={"text": "body"})

Files go by extension, each also gzipped (".gz"): .txt/.text (text), .html/.htm/.xhtml (html),
.jsonl/.ndjson and .json (jsonl), .warc (warc, gzipped or not). Folders are read recursively in
sorted order, skipping hidden entries and unknown extensions, so mixed folders just work. A file
named explicitly with another extension, and stdin ("-"), are sniffed: HTML, WARC, JSON Lines (starts
with "{"), a JSON array (starts with "[{"), else text. http:// and https:// go to bilan.readers.feed.

No reader raises for bad input: the document comes back with `errors` (catalog in bilan.errors), so
the caller writes a record for it and the batch goes on.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain
from pathlib import Path

from ..errors import error
from ..read import Document
from .html import (
    MAX_HTML_BYTES,
    document_from_html,
    document_from_html_bytes,
    read_html_file,
)
from .jsonl import (
    FIELD_NAMES,
    check_fields,
    read_json_blocks,
    read_json_file,
    read_jsonl_blocks,
)
from .text import (
    GZIP_MAGIC,
    MAX_TEXT_BYTES,
    Damaged,
    blocks,
    gunzip,
    read_prefix,
    read_text_file,
    text_from_bytes,
    unreadable,
)
from .warc import read_warc_file, read_warc_stream

__all__ = ["FIELD_NAMES", "KINDS", "Document", "document_from_html", "kind_of", "read_path", "read_paths"]

KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
         ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".warc": "warc",
         ".rss": "feed", ".atom": "feed", ".xml": "feed"}
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_JSON_ARRAY_START = re.compile(rb"\s*\[\s*\{")
URL_PREFIXES = ("http://", "https://")


def kind_of(path: Path | str) -> str | None:
    """The reader a file name calls for ("text", "html", "jsonl", "json", "warc"), or None; ".gz" looked through."""
    name = Path(path).name.lower().removesuffix(".gz")
    return KINDS.get(os.path.splitext(name)[1])


def read_paths(paths: Iterable[str | Path], fields: Mapping[str, str] | None = None,
               all_entries: bool = False) -> Iterator[Document]:
    """Documents from paths, in order: files, folders (recursively, sorted), "-" for stdin, http(s) URLs.

    fields: for JSON inputs, bilan's field names -> the input's, e.g. {"text": "body", "published": "date"};
    checked at once (ValueError), before anything is read.
    all_entries: read every entry of a feed, including those seen in earlier runs.
    """
    names = check_fields(fields)
    if isinstance(paths, (str, Path)):  # one path given bare would otherwise be read letter by letter
        paths = [paths]
    return (document for raw in paths for document in _read_one(raw, names, all_entries))


def read_path(path: str | Path, fields: Mapping[str, str] | None = None, all_entries: bool = False
              ) -> Iterator[Document]:
    """Documents from one path: a file, a folder, "-" or a URL (see read_paths)."""
    return _read_one(path, check_fields(fields), all_entries)


def _read_one(raw: str | Path, names: dict[str, str], all_entries: bool = False) -> Iterator[Document]:
    if isinstance(raw, str) and raw == "-":
        yield from _read_sniffed(blocks(sys.stdin.buffer), "<stdin>", names)
        return
    if isinstance(raw, str) and raw.lower().startswith(URL_PREFIXES):
        yield from _read_url(raw, all_entries)
        return
    path = Path(raw)
    if path.is_dir():
        for child in _files_under(path):
            yield from _read_file(child, kind_of(child), names, all_entries)
    else:
        yield from _read_file(path, kind_of(path), names, all_entries)


def _read_url(url: str, all_entries: bool = False) -> Iterator[Document]:
    # Imported when needed: reading files must not pay for the HTTP client.
    try:
        from .feed import read_url
    except ImportError as exc:
        yield Document(text="", source=url, url=url, errors=[error("E014", detail=str(exc))])
        return
    yield from read_url(url, seen=not all_entries)


def _files_under(folder: Path) -> list[Path]:
    """Readable files under a folder, sorted as paths; hidden files and folders (".git", "._x.txt") skipped."""
    found = []
    for root, dirs, files in os.walk(folder):  # os.walk does not follow symlinked folders: no loops
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files if not f.startswith(".") and kind_of(f)]
    return sorted(found)


def _read_file(path: Path, kind: str | None, names: dict[str, str], all_entries: bool = False
               ) -> Iterator[Document]:
    if kind == "feed":
        from .feed import read_feed_file
        yield from read_feed_file(path, seen=not all_entries)
    elif kind == "text":
        yield read_text_file(path)
    elif kind == "html":
        yield read_html_file(path)
    elif kind in ("jsonl", "json"):
        yield from read_json_file(path, names)
    elif kind == "warc":
        yield from read_warc_file(path)
    else:
        try:
            stream = path.open("rb")
        except OSError as exc:
            yield unreadable(path, exc)
            return
        with stream:
            yield from _read_sniffed(blocks(stream), str(path), names)


def _read_sniffed(raw_blocks: Iterator[bytes], source: str, names: dict[str, str]) -> Iterator[Document]:
    """An input of unknown kind (stdin, an unknown extension): gunzipped if gzip, then sniffed."""
    seen: list[bytes] = []
    sniffing = True

    def recorded() -> Iterator[bytes]:
        for block in raw_blocks:
            if sniffing:  # kept only until the kind is known: a WARC must be replayed from its start
                seen.append(block)
            yield block

    raw = recorded()
    first = next(raw, b"")
    content = gunzip(chain([first], raw)) if first[:2] == GZIP_MAGIC else chain([first], raw)
    try:
        head = next(content, b"")
    except Damaged as exc:
        yield Document(text="", source=source, errors=[error("E011", detail=str(exc))])
        return
    content = chain([head], content)
    sniffing = False
    if head.startswith(b"WARC/"):
        # warcio reads gzip itself: give it the raw bytes, those already consumed first
        yield from read_warc_stream(_BlockStream(chain(list(seen), raw_blocks)), source)
    elif re.match(rb"\s*\{", head.removeprefix(b"\xef\xbb\xbf")):
        yield from read_jsonl_blocks(content, source, names)
    elif _JSON_ARRAY_START.match(head.removeprefix(b"\xef\xbb\xbf")):
        yield from read_json_blocks(content, source, names)
    elif _HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")):
        data, errors = read_prefix(content, MAX_HTML_BYTES)
        yield document_from_html_bytes(data, source, errors=errors)
    else:
        data, errors = read_prefix(content, MAX_TEXT_BYTES)
        yield text_from_bytes(data, source, errors)


class _BlockStream(io.RawIOBase):
    """A readable binary stream over an iterator of blocks (for warcio, which wants a file)."""

    def __init__(self, source: Iterator[bytes]):
        self._source, self._pending = source, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            self._pending = next(self._source, None)
            if self._pending is None:
                self._pending = b""
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size
