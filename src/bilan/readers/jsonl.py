"""JSON dumps -> Documents: JSON Lines (.jsonl, .ndjson), JSON (.json: an array of objects, or one object),
gzipped or not, with the input's field names mapped to bilan's.

One bad line costs that line only (E005, E006); a truncated gzip costs what follows the damage, and
the documents before it all come out first (then E011).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from ..errors import error
from ..models import Error
from ..read import MAX_CHARS, Document
from .html import document_from_html
from .text import Damaged, byte_blocks, decode, read_prefix, repair, unreadable

FIELD_NAMES = ("text", "html", "id", "published", "lang", "title", "url", "site")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T t])")


def check_fields(fields: Mapping[str, str] | None) -> dict[str, str]:
    """bilan field name -> input field name, defaults filled in; ValueError on a name bilan does not know.

    fields: e.g. {"text": "body", "published": "date"}; a dotted input name ("meta.date") reaches into
    nested objects.
    """
    unknown = set(fields or {}) - set(FIELD_NAMES)
    if unknown:
        raise ValueError(f"unknown field name(s) {sorted(unknown)}; bilan's names are {', '.join(FIELD_NAMES)}")
    if any(not isinstance(v, str) or not v for v in (fields or {}).values()):
        raise ValueError("each field must map to a non-empty input field name")
    return {name: name for name in FIELD_NAMES} | dict(fields or {})


def published_date(value) -> str | None:
    """A date as YYYY-MM-DD when it is an ISO date or datetime, or an RFC 2822 date; else the value as text
    (the pipeline reports it, E008). The date is the one written, in the publisher's own time zone."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    match = _ISO_DATE.match(text)
    if match:
        try:
            return dt.date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            return text
    if "," in text or " " in text:  # "Tue, 03 May 2016 10:00:00 GMT", as RSS dumps carry
        try:
            return email.utils.parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return text


def _get(item: dict, name: str):
    if name in item:
        return item[name]
    value = item
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _str(value) -> str | None:
    return None if value is None else str(value)


def document_from_item(item: dict, where: str, fields: Mapping[str, str] | None = None,
                       errors: list[Error] | None = None) -> Document:
    """A Document from one JSON object; its `html`, when it has no text, goes through the HTML reader."""
    names = check_fields(fields)
    errors = list(errors or [])
    text, html = _get(item, names["text"]), _get(item, names["html"])
    url = _str(_get(item, names["url"]))
    own = {"external_id": _str(_get(item, names["id"])), "published": published_date(_get(item, names["published"])),
           "lang": _str(_get(item, names["lang"])), "title": _str(_get(item, names["title"])), "url": url,
           "site": _str(_get(item, names["site"]))}
    if isinstance(text, str) and (text.strip() or not isinstance(html, str)):
        if len(text) > MAX_CHARS:
            errors.append(error("E009", size=len(text), limit=MAX_CHARS))
            text = text[:MAX_CHARS]
        document = Document(text=repair(text), source=url or where, errors=errors, **own)
    elif isinstance(html, str):
        document = document_from_html(html, url or where, url=url, errors=errors)
        # the dump's own fields beat what the page says about itself: the user mapped them
        for name, value in own.items():
            if value is not None:
                setattr(document, name, value)
    else:
        return Document(text="", source=url or where, external_id=own["external_id"],
                        errors=[*errors, error("E006", field=names["text"])])
    if own["published"]:
        document.published_from = "metadata"
    return document


def _decode_line(line: bytes | str, number: int) -> tuple[str, list[Error]]:
    if isinstance(line, str):
        text, errors = line, []
    else:
        try:
            text, errors = line.decode("utf-8"), []
        except UnicodeDecodeError:
            text, errors = decode(line)
    return (text.lstrip("\ufeff") if number == 1 else text), errors


def read_jsonl(lines: Iterable[bytes | str], source: str,
               fields: Mapping[str, str] | None = None) -> Iterator[Document]:
    """One document per line, sourced "source:N" (N the line number): `text` (or `html`) required;
    `id`, `published`, `lang`, `title`, `url`, `site` optional, under the names `fields` maps them to."""
    names = check_fields(fields)
    for number, raw in enumerate(lines, start=1):
        line, errors = _decode_line(raw, number)
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("the line is not a JSON object")
        except (ValueError, RecursionError) as exc:
            yield Document(text="", source=where, errors=[*errors, error("E005", detail=str(exc))])
            continue
        yield document_from_item(item, where, names, errors)


def split_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines of a block stream, without their ends; a last line without "\\n" included."""
    pending = bytearray()
    for chunk in chunks:
        pending += chunk
        start = 0
        while (end := pending.find(b"\n", start)) >= 0:
            yield bytes(pending[start:end])
            start = end + 1
        del pending[:start]
    if pending:
        yield bytes(pending)


def read_jsonl_stream(stream: BinaryIO, source: str, fields: Mapping[str, str] | None = None) -> Iterator[Document]:
    """JSON Lines from a binary stream, gunzipped if gzip; E011 after the last good document if the gzip is cut."""
    return read_jsonl_blocks(byte_blocks(stream), source, fields)


def read_jsonl_blocks(chunks: Iterable[bytes], source: str,
                      fields: Mapping[str, str] | None = None) -> Iterator[Document]:
    """JSON Lines from decompressed blocks; a Damaged stream ends with an E011 document after the good ones."""
    count = 0
    try:
        for document in read_jsonl(split_lines(chunks), source, fields):
            count += 1
            yield document
    except Damaged as exc:
        yield Document(text="", source=source, errors=[error("E011", detail=f"{exc}, after {count} documents")])


def read_json_stream(stream: BinaryIO, source: str, fields: Mapping[str, str] | None = None) -> Iterator[Document]:
    """A JSON file: an array of objects (sourced "source#N", N from 1), one object, or JSON Lines after all."""
    return read_json_blocks(byte_blocks(stream), source, fields)


def read_json_blocks(chunks: Iterable[bytes], source: str,
                     fields: Mapping[str, str] | None = None) -> Iterator[Document]:
    """A whole JSON value from decompressed blocks (read into memory: use JSON Lines for big dumps)."""
    names = check_fields(fields)
    data, errors = read_prefix(chunks, None)
    text, decode_errors = decode(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # JSON Lines saved as .json, as many exporters do
            yield from read_jsonl(text.splitlines(), source, names)
            yield from (Document(text="", source=source, errors=[e]) for e in errors)
        else:
            yield Document(text="", source=source, errors=[*errors, *decode_errors, error("E005", detail=str(exc))])
        return
    except RecursionError as exc:
        yield Document(text="", source=source, errors=[*errors, error("E005", detail=str(exc))])
        return
    if isinstance(value, dict):
        yield document_from_item(value, source, names, [*errors, *decode_errors])
        return
    if not isinstance(value, list):
        yield Document(text="", source=source, errors=[*errors, error("E005", detail="not an object or an array")])
        return
    for number, item in enumerate(value, start=1):
        where = f"{source}#{number}"
        if isinstance(item, dict):
            yield document_from_item(item, where, names, decode_errors)
        else:
            yield Document(text="", source=where, errors=[error("E005", detail="the item is not a JSON object")])
    yield from (Document(text="", source=source, errors=[e]) for e in errors)


def read_json_file(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[Document]:
    """A .jsonl/.ndjson/.json file, gzipped or not."""
    name = path.name.lower().removesuffix(".gz")
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield unreadable(path, exc)
        return
    with stream:
        reader = read_json_stream if name.endswith(".json") else read_jsonl_stream
        try:
            yield from reader(stream, str(path), fields)
        except OSError as exc:  # the disk, not the data: a read error midway
            yield unreadable(path, exc)
