"""The stages in order, for one document.

1. `read`     (done by the caller: CLI, library user) -> Document
2. `clean`    boilerplate, language, headline           -> Article
   (`published`: the publication date from metadata, option or a date line)
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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import language
from .analyse import PipelineMissing, analyse, load_pipeline
from .assemble import assemble
from .clean import Article, clean
from .dedupe import Deduplicator
from .errors import error
from .models import DocumentInfo, Record
from .published import date_from_text
from .read import Document

log = logging.getLogger(__name__)
BATCH_SIZE = 64  # articles per model call: most of spaCy's batching gain, little memory


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


@dataclass
class _Work:
    """A document between cleaning and assembly: what the model pass needs and what comes after."""

    record: Record
    article: Article | None = None
    published: dt.date | None = None


def _prepare(document: Document) -> _Work:
    """Read metadata and clean: every check that needs no model."""
    # A lone surrogate (from a broken decoder upstream) would make the model fail on the whole text.
    document.text = document.text.encode("utf-8", "replace").decode("utf-8")
    info = DocumentInfo(id=document_id(document.text), external_id=document.external_id, source=document.source,
                        title=document.title, url=document.url, lang=document.lang)
    work = _Work(Record(document=info, errors=list(document.errors)))
    errors, info = work.record.errors, work.record.document
    if not document.text.strip():
        if not errors:
            errors.append(error("E002"))
        return work
    work.published = _parse_date(document.published, errors)
    if work.published:
        info.published = work.published.isoformat()
        info.published_from = document.published_from or "option"
    lang = document.lang if document.lang not in (None, "", "auto") else None
    if lang and lang not in language.available_languages():
        errors.append(error("E007", lang=lang, supported=", ".join(language.available_languages())))
        return work
    try:
        article = clean(document.text, lang)
    except Exception as exc:  # one document must never stop a batch
        return _failed(work, document, exc)
    info.lang, info.text, info.boilerplate = article.lang, article.text, article.boilerplate
    info.title = info.title or article.title
    if work.published is None and (stated := date_from_text(document.text, language.load(article.lang))):
        work.published = stated
        info.published, info.published_from = stated.isoformat(), "text"
    if not article.text.strip():
        errors.append(error("E002"))
        return work
    work.article = article
    return work


def _finish(work: _Work, doc, document: Document) -> Record:
    """From the model's output to the record."""
    try:
        sentences = analyse(work.article, doc)
        pack = language.load(work.article.lang)
        work.record.incidents, work.record.cumulative_tolls = assemble(
            work.article, sentences, pack, work.published, work.record.document.id)
    except PipelineMissing:
        raise
    except Exception as exc:  # one document must never stop a batch
        _failed(work, document, exc)
    return work.record


def _failed(work: _Work, document: Document, exc: Exception) -> _Work:
    log.exception("extraction failed for %s", document.source)
    work.record.errors.append(error("E100", detail=f"{type(exc).__name__}: {exc}"))
    work.article = None
    return work


def process(document: Document) -> Record:
    """One document through every stage; the record carries any error."""
    work = _prepare(document)
    if work.article is None:
        return work.record
    return _finish(work, None, document)


def process_many(documents: Iterable[Document], batch_size: int = BATCH_SIZE,
                 deduplicator: Deduplicator | None = None) -> Iterator[Record]:
    """Records for documents, in input order, with the model run over batches of articles
    (spaCy is several times faster on a batch than on one text at a time). Copies of an
    article already seen in the run are marked `duplicate_of` (see `dedupe`)."""
    deduplicator = deduplicator or Deduplicator()
    for batch in _batches(documents, batch_size):
        works = [_deduplicated(_prepare(document), deduplicator) for document in batch]
        docs: dict[int, object] = {}
        for lang in {w.article.lang for w in works if w.article}:
            indexes = [i for i, w in enumerate(works) if w.article and w.article.lang == lang]
            try:
                nlp = load_pipeline(lang)
            except PipelineMissing:
                raise
            for i, doc in zip(indexes, nlp.pipe(works[i].article.text for i in indexes)):
                docs[i] = doc
        for i, (work, document) in enumerate(zip(works, batch)):
            yield work.record if work.article is None else _finish(work, docs[i], document)


def _deduplicated(work: _Work, deduplicator: Deduplicator) -> _Work:
    if work.article is None:
        return work
    info = work.record.document
    if deduplicator.exact(info.id):
        info.duplicate_of = info.id
        work.article = None  # processed once: the first copy carries the incidents
    else:
        info.duplicate_of = deduplicator.near(info.id, work.article.text)
    return work


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
