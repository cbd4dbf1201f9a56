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
    # Readers (bilan.readers): HTML, compressed files, WARC, size limits, URLs.
    "E010": "No article text was found in the page.",
    "E011": "The compressed file is truncated or corrupt ({detail}); only what came before the damage was read.",
    "E012": "The WARC archive is damaged at byte {offset} ({detail}); {what}.",
    "E013": "The file is larger than {limit} bytes; only its beginning was read.",
    "E014": "URLs cannot be read: the feed reader bilan.readers.feed is not available ({detail}).",
    "E015": "The page could not be parsed as HTML: {detail}",
    # Fetching over HTTP (bilan.readers.fetch); {tries} reads "1 try" or "3 tries".
    "E030": "GET {url} returned {status} {reason}.",
    "E031": "GET {url} returned {status} {reason} ({tries}).",
    "E032": "GET {url} returned {status} {reason} and asked to retry after {seconds} s, longer than bilan waits.",
    "E033": "GET {url} timed out after {timeout} s ({tries}).",
    "E034": "GET {url} failed: {detail} ({tries}).",
    "E035": "GET {url} was redirected more than {limit} times.",
    "E036": "GET {url} returned more than {limit} bytes; only the first {limit} were kept.",
    "E037": "GET {url} failed: {detail}.",
    # Feeds (bilan.readers.feed).
    "E040": "The feed {source} could not be parsed: {detail}.",
    "E041": "The entry's page could not be fetched; its summary from the feed was used instead.",
    "E042": "{url} is neither a feed nor an HTML page (Content-Type {content_type}).",
    "E043": "The feed entry has no web link; its summary from the feed was used instead.",
    "E044": "The entry's page {url} gave no text; its summary from the feed was used instead.",
    "E045": "The entry's page {url} is not HTML (Content-Type {content_type}); its summary from the feed was used instead.",
    "E046": "The page {url} could not be extracted: {detail}.",
    "E100": "Extraction failed with an internal error: {detail}",
    "E101": "A worker process died while extracting this document (killed, out of memory, or a crash in "
            "native code), also when it was run on its own; it was not extracted.",
}


def error(code: str, **fields) -> Error:
    return Error(code=code, message=CATALOG[code].format(**fields))
