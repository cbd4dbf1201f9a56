"""The catalog of per-document errors.

A document that cannot be read or processed still yields a record, with its
`errors` filled from here, so one bad file never stops a batch.
"""

from __future__ import annotations

from .models import Error

CATALOG = {
    "E001": "The file could not be read: {detail}",
    "E002": "The document is empty after cleaning.",
    "E003": "The file is not text (it looks binary).",
    "E004": "The text is not valid UTF-8; undecodable bytes were replaced: {detail}",
    "E005": "A JSON line could not be parsed: {detail}",
    "E006": "A JSON document has no text field {field!r}.",
    "E007": "The language {lang!r} has no language pack; supported: {supported}.",
    "E008": "The publication date {value!r} is not a YYYY-MM-DD date; it was ignored.",
    "E009": "The document is too long ({size} characters); only the first {limit} were read.",
    "E100": "Extraction failed with an internal error: {detail}",
}


def error(code: str, **fields) -> Error:
    return Error(code=code, message=CATALOG[code].format(**fields))
