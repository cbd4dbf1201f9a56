"""Stage `read`: inputs -> `Document`s. The readers live in `bilan.readers`; this module keeps `Document`
and `MAX_CHARS`, which the rest of bilan imports from here, and re-exports the dispatcher.

Reading never raises for one bad input: the document comes back with `errors`,
so the caller writes a record for it and the batch goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Error

MAX_CHARS = 2_000_000  # a wire story is ~5 kB; beyond this it is a dump, not an article


@dataclass
class Document:
    """What every reader produces: the article's text and what is known about it."""

    text: str
    source: str | None = None  # path (":line" for JSON Lines, "#item" for a JSON array, "@offset" for WARC) or URL
    external_id: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_from: str | None = None  # "metadata" when the input itself dated it
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    site: str | None = None
    errors: list[Error] = field(default_factory=list)


# Imported last: the readers import Document and MAX_CHARS from this module.
from .readers import read_path, read_paths  # noqa: E402

__all__ = ["MAX_CHARS", "Document", "read_path", "read_paths"]
