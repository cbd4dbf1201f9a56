"""bilan: news reports of armed violence -> sourced, geocoded incidents with reconciled tolls.

    >>> import bilan
    >>> record = bilan.extract(text, published="2013-02-20", lang="fr")
    >>> record.incidents[0].estimate.killed.best
"""

from .models import Record
from .pipeline import extract, process, process_many
from .read import Document, read_paths

__all__ = ["Document", "Record", "extract", "process", "process_many", "read_paths"]
__version__ = "0.1.0"
