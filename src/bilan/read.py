"""Stage `read`: inputs (files, folders, stdin, JSON Lines) -> `Document`s.

Reading never raises for one bad input: the document comes back with `errors`,
so the caller writes a record for it and the batch goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import error
from .models import Error

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_CHARS = 2_000_000  # a wire story is ~5 kB; beyond this it is a dump, not an article


@dataclass
class Document:
    """What every reader produces: the article's text and what is known about it."""

    text: str
    source: str | None = None  # path (with ":line" for JSON Lines) or URL it came from
    external_id: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_from: str | None = None  # "metadata" when the input itself dated it
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    site: str | None = None
    errors: list[Error] = field(default_factory=list)


def _decode(data: bytes, source: str) -> Document:
    if b"\x00" in data[:8192]:
        return Document(text="", source=source, errors=[error("E003")])
    try:
        text = data.decode("utf-8-sig")
        errors = []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        errors = [error("E004", detail=str(exc))]
    if len(text) > MAX_CHARS:
        errors.append(error("E009", size=len(text), limit=MAX_CHARS))
        text = text[:MAX_CHARS]
    return Document(text=text, source=source, errors=errors)


def read_text_file(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Document(text="", source=str(path), errors=[error("E001", detail=exc.strerror or str(exc))])
    return _decode(data, str(path))


def read_jsonl(lines: Iterable[str], source: str) -> Iterator[Document]:
    """One document per line: `text` required; `id`, `published`, `lang`, `title`, `url` optional."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("the line is not a JSON object")
        except ValueError as exc:
            yield Document(text="", source=where, errors=[error("E005", detail=str(exc))])
            continue
        text = item.get("text")
        if not isinstance(text, str):
            yield Document(text="", source=where, external_id=_str(item.get("id")),
                           errors=[error("E006", field="text")])
            continue
        yield Document(
            text=text,
            source=item.get("url") or where,
            external_id=_str(item.get("id")),
            published=_str(item.get("published")),
            lang=_str(item.get("lang")),
            title=_str(item.get("title")),
            url=_str(item.get("url")),
        )


def _str(value) -> str | None:
    return None if value is None else str(value)


def _read_jsonl_file(path: Path) -> Iterator[Document]:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            yield from read_jsonl(handle, str(path))
    except OSError as exc:
        yield Document(text="", source=str(path), errors=[error("E001", detail=exc.strerror or str(exc))])


def _files_under(folder: Path) -> list[Path]:
    wanted = TEXT_SUFFIXES | JSONL_SUFFIXES
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in wanted)


def read_paths(paths: Iterable[str]) -> Iterator[Document]:
    """Documents from paths, in order: files, folders (recursively, sorted), and `-` for stdin."""
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            yield _decode(data, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _files_under(path):
                yield from read_path(child)
        else:
            yield from read_path(path)


def read_path(path: Path) -> Iterator[Document]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path)
    else:
        yield read_text_file(path)
