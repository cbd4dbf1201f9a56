"""The stages in order, for one document.

1. `read`     (done by the caller: CLI, library user) -> Document
2. `clean`    boilerplate, language, headline           -> Article
3. `analyse`  spaCy sentences and entities              -> Sentences
4. `extract`  + 5. `assemble`  mentions -> incidents with claims
6. `estimate` low / best / high per incident (inside assemble)

Every failure of one document becomes an error in its record, never an exception out
of a batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

from . import language
from .analyse import PipelineMissing, analyse
from .assemble import assemble
from .clean import clean
from .errors import error
from .models import DocumentInfo, Record
from .read import Document

log = logging.getLogger(__name__)


def document_id(text: str) -> str:
    """A stable id from the content, so the same article processed twice is recognised."""
    return hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()[:16]


def _parse_date(value: str | None, errors: list) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        errors.append(error("E008", value=value))
        return None


def process(document: Document) -> Record:
    """One document through every stage; the record carries any error."""
    info = DocumentInfo(id=document_id(document.text), external_id=document.external_id, source=document.source,
                        title=document.title, url=document.url, lang=document.lang)
    record = Record(document=info, errors=list(document.errors))
    errors, info = record.errors, record.document
    if not document.text.strip():
        if not errors:
            errors.append(error("E002"))
        return record
    published = _parse_date(document.published, errors)
    if published:
        info.published, info.published_from = published.isoformat(), "option"
    lang = document.lang if document.lang not in (None, "", "auto") else None
    if lang and lang not in language.available_languages():
        errors.append(error("E007", lang=lang, supported=", ".join(language.available_languages())))
        return record
    try:
        article = clean(document.text, lang)
        info.lang, info.text, info.boilerplate = article.lang, article.text, article.boilerplate
        info.title = info.title or article.title
        if not article.text.strip():
            errors.append(error("E002"))
            return record
        sentences = analyse(article)
        pack = language.load(article.lang)
        record.incidents, record.cumulative_tolls = assemble(article, sentences, pack, published, info.id)
    except PipelineMissing:
        raise  # an installation problem, not a document problem: stop with its message
    except Exception as exc:  # one document must never stop a batch
        log.exception("extraction failed for %s", document.source)
        errors.append(error("E100", detail=f"{type(exc).__name__}: {exc}"))
    return record


def extract(text: str, published: str | dt.date | None = None, lang: str | None = None,
            title: str | None = None, external_id: str | None = None, source: str | None = None) -> Record:
    """Extract the incidents of one article.

    text: the article as plain text. published: its publication date (YYYY-MM-DD), which
    relative dates ("lundi soir") resolve against. lang: "fr", "en" or None to detect.
    """
    if isinstance(published, dt.date):
        published = published.isoformat()
    return process(Document(text=text, published=published, lang=lang, title=title, external_id=external_id,
                            source=source))
