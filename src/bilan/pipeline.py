"""The stages in order, for one document.

1. `read`      (done by the caller: CLI, library user) -> Document
2. `clean`     boilerplate, language, headline           -> Article
   (`published`: the publication date from metadata, option or a date line)
   `dedupe`    copies of an article already seen in the run
   `prefilter` an article no casualty rule can read a toll in stops here, before the model
3. `analyse`   spaCy sentences and entities              -> Sentences
4. `extract`  + 5. `assemble`  mentions -> incidents with claims
6. `estimate`  low / best / high per incident (inside assemble)

`prepare` runs the stages before the model, `extract_batch` the model and what follows: a
process pool (`bilan.workers`) runs the first in the parent, in input order, and the second
in its workers. Every failure of one document becomes an error in its record, never an
exception out of a batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace

from . import language
from .analyse import PipelineMissing, analyse, load_pipeline
from .assemble import assemble
from .clean import Article, clean
from .dedupe import Deduplicator
from .errors import error
from .models import CumulativeToll, DocumentInfo, Error, Incident, Record
from .prefilter import may_hold_incident
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


@dataclass(frozen=True)
class Task:
    """What the model pass and assembly need of one article. It is what crosses to a worker
    process (`bilan.workers`), so it carries nothing else: no raw text, no boilerplate."""

    article: Article
    published: dt.date | None
    document_id: str
    source: str | None  # for the log line of a failure


@dataclass
class Extraction:
    """What the model pass and assembly add to a record."""

    incidents: list[Incident] = field(default_factory=list)
    cumulative_tolls: list[CumulativeToll] = field(default_factory=list)
    errors: list[Error] = field(default_factory=list)


@dataclass
class Pending:
    """A record after every stage that needs no model; `task` is None when it is already complete."""

    record: Record
    task: Task | None = None

    def complete(self, extraction: Extraction) -> Record:
        self.record.incidents = extraction.incidents
        self.record.cumulative_tolls = extraction.cumulative_tolls
        self.record.errors.extend(extraction.errors)
        return self.record


def _prepare(document: Document) -> tuple[Record, Article | None, dt.date | None]:
    """Read metadata and clean: every check that needs no model."""
    # A lone surrogate (from a broken decoder upstream) would make the model fail on the whole text.
    document.text = document.text.encode("utf-8", "replace").decode("utf-8")
    info = DocumentInfo(id=document_id(document.text), external_id=document.external_id, source=document.source,
                        title=document.title, url=document.url, lang=document.lang)
    record = Record(document=info, errors=list(document.errors))
    errors = record.errors
    if not document.text.strip():
        if not errors:
            errors.append(error("E002"))
        return record, None, None
    published = _parse_date(document.published, errors)
    if published:
        info.published = published.isoformat()
        info.published_from = document.published_from or "option"
    lang = document.lang if document.lang not in (None, "", "auto") else None
    if lang and lang not in language.available_languages():
        errors.append(error("E007", lang=lang, supported=", ".join(language.available_languages())))
        return record, None, published
    try:
        article = clean(document.text, lang)
    except Exception as exc:  # one document must never stop a batch
        _log_failure(document.source)
        errors.append(_internal_error(exc))
        return record, None, published
    info.lang, info.text, info.boilerplate = article.lang, article.text, article.boilerplate
    info.title = info.title or article.title
    if published is None and (stated := date_from_text(document.text, language.load(article.lang))):
        published = stated
        info.published, info.published_from = stated.isoformat(), "text"
    if not article.text.strip():
        errors.append(error("E002"))
        return record, None, published
    return record, article, published


def prepare(document: Document, deduplicator: Deduplicator | None = None) -> Pending:
    """Every stage before the model: metadata, cleaning, duplicates (when given the run's
    `deduplicator`; call in input order), and the pre-filter. Cheap next to the model."""
    record, article, published = _prepare(document)
    if article is None:
        return Pending(record)
    info = record.document
    if deduplicator is not None:
        if deduplicator.exact(info.id):
            info.duplicate_of = info.id  # processed once: the first copy carries the incidents
            return Pending(record)
        info.duplicate_of = deduplicator.near(info.id, article.text)
    if not may_hold_incident(article.text, language.load(article.lang)):
        return Pending(record)
    return Pending(record, Task(replace(article, boilerplate=[]), published, info.id, document.source))


# What a worker (process pool or Dask) runs over a batch; `extract_batch`, or a test's wrapper of it.
Stage = Callable[[list[Task]], list[Extraction]]


def extract_batch(tasks: list[Task]) -> list[Extraction]:
    """The model over a batch of articles (spaCy is several times faster on a batch than on one
    text at a time), one language at a time, then assembly; in the order of `tasks`."""
    docs: dict[int, object] = {}
    with ExitStack() as zones:
        for lang in {task.article.lang for task in tasks}:
            indexes = [i for i, task in enumerate(tasks) if task.article.lang == lang]
            nlp = load_pipeline(lang)
            # What spaCy learns of these texts (new words' strings and lexemes) is freed after the
            # batch, so a worker reading millions of articles does not grow with every new name.
            zones.enter_context(nlp.memory_zone())
            for i, doc in zip(indexes, nlp.pipe(tasks[i].article.text for i in indexes)):
                docs[i] = doc
        return [_extract(task, docs[i]) for i, task in enumerate(tasks)]


def warm_up(langs: Iterable[str], stage: Stage = extract_batch) -> None:
    """Load, in this process, everything extracting `langs` needs (spaCy pipelines, language
    packs, the gazetteer): a one-line article through every stage loads what each caches."""
    stage([Task(Article(text="1.", lang=lang, paragraphs=[(0, 2)]), None, "warm-up", None) for lang in sorted(set(langs))])


def _extract(task: Task, doc=None) -> Extraction:
    """From the model's output (or, without one, the model run on this article alone) to incidents."""
    try:
        sentences = analyse(task.article, doc)
        incidents, cumulative = assemble(task.article, sentences, language.load(task.article.lang), task.published,
                                         task.document_id)
    except PipelineMissing:
        raise
    except Exception as exc:  # one document must never stop a batch
        _log_failure(task.source)
        return Extraction(errors=[_internal_error(exc)])
    return Extraction(incidents, cumulative)


def _log_failure(source: str | None) -> None:
    log.exception("extraction failed for %s", source)


def _internal_error(exc: Exception) -> Error:
    return error("E100", detail=f"{type(exc).__name__}: {exc}")


def process(document: Document) -> Record:
    """One document through every stage; the record carries any error."""
    pending = prepare(document)
    if pending.task is None:
        return pending.record
    return pending.complete(_extract(pending.task))


def process_many(documents: Iterable[Document], batch_size: int = BATCH_SIZE,
                 deduplicator: Deduplicator | None = None) -> Iterator[Record]:
    """Records for documents, in input order, with the model run over batches of articles
    (spaCy is several times faster on a batch than on one text at a time). Copies of an
    article already seen in the run are marked `duplicate_of` (see `dedupe`)."""
    deduplicator = deduplicator or Deduplicator()
    for batch in batches(documents, batch_size):
        pending = [prepare(document, deduplicator) for document in batch]
        extractions = iter(extract_batch([p.task for p in pending if p.task is not None]))
        for p in pending:
            yield p.record if p.task is None else p.complete(next(extractions))


def batches(items: Iterable, size: int) -> Iterator[list]:
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
