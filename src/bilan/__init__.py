"""bilan: news reports of armed violence -> sourced, geocoded incidents with reconciled tolls.

    >>> import bilan
    >>> record = bilan.extract(text, published="2013-02-20", lang="fr")
    >>> record.incidents[0].estimate.killed.best

    >>> store = bilan.Store("sqlite:///bilan.db")       # the incident database
    >>> store.ingest(bilan.read_paths(["articles/"]))
    >>> store.incidents(bilan.IncidentFilter(country="SY"))
"""

__version__ = "0.1.0"

from .models import Record  # noqa: E402
from .pipeline import extract, process, process_many  # noqa: E402
from .read import Document, read_paths  # noqa: E402


def __getattr__(name: str):
    # The database layer pulls in SQLAlchemy and the sentence encoder: only when asked for.
    if name in ("Store", "IncidentFilter", "LinkOptions"):
        from . import link, store
        return getattr(store, name, None) or getattr(link, name)
    raise AttributeError(f"module 'bilan' has no attribute {name!r}")


__all__ = ["Document", "IncidentFilter", "LinkOptions", "Record", "Store", "extract", "process", "process_many",
           "read_paths"]
