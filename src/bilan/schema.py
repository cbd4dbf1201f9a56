"""The tables of the incident database (SQLite or PostgreSQL, one schema, Alembic migrations).

A *document* is one article as read. A *report* is one article's view of one incident:
the `bilan/1` incident extraction produced, with its *claims*. Linking groups reports
into *incidents* (the merged incident an analyst works on); its fields and estimate are
derived from its reports, claims and *reviews*, and stored so that queries are plain SQL.
A report never changes once written: linking only changes which incident it belongs to,
which is why reviews (kept forever) can be replayed after a re-linking.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Run(Base):
    """One `bilan ingest` (or re-linking): what was asked and what it did."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command: Mapped[str] = mapped_column(String(40))
    options: Mapped[dict] = mapped_column(JSON, default=dict)
    bilan_version: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    documents: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    reports: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    external_id: Mapped[str | None] = mapped_column(String(500), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    published_from: Mapped[str | None] = mapped_column(String(20))
    lang: Mapped[str | None] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text, default="")
    boilerplate: Mapped[list] = mapped_column(JSON, default=list)
    duplicate_of: Mapped[str | None] = mapped_column(String(64), index=True)
    errors: Mapped[list] = mapped_column(JSON, default=list)
    cumulative_tolls: Mapped[list] = mapped_column(JSON, default=list)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Copy(Base):
    """Another outlet, file or URL that carried exactly the same text as a stored document."""

    __tablename__ = "copies"
    __table_args__ = (UniqueConstraint("document_id", "key", name="uq_copies_document_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    key: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str | None] = mapped_column(String(500))
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)


class Source(Base):
    """Who said a toll: OSDH, SANA, "the health ministry"."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)


class Place(Base):
    __tablename__ = "places"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)
    geonameid: Mapped[int | None] = mapped_column(Integer, index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str | None] = mapped_column(String(300))
    admin1: Mapped[str | None] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    precision: Mapped[str | None] = mapped_column(String(20))


class Incident(Base):
    """A merged incident; every column but `id`, `anchor_report_id` and timestamps is derived."""

    __tablename__ = "incidents"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    anchor_report_id: Mapped[str] = mapped_column(String(80), unique=True)
    event_type: Mapped[str | None] = mapped_column(String(80), index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String(80), index=True)
    weapon: Mapped[str | None] = mapped_column(String(80))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    date_text: Mapped[str | None] = mapped_column(Text)
    date_inferred_from: Mapped[str | None] = mapped_column(String(20))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(300), index=True)
    perpetrator: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    killed_low: Mapped[int | None] = mapped_column(Integer)
    killed_best: Mapped[int | None] = mapped_column(Integer, index=True)
    killed_high: Mapped[int | None] = mapped_column(Integer)
    injured_low: Mapped[int | None] = mapped_column(Integer)
    injured_best: Mapped[int | None] = mapped_column(Integer)
    injured_high: Mapped[int | None] = mapped_column(Integer)
    disagreement: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    independent_documents: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Report(Base):
    __tablename__ = "reports"
    __table_args__ = (Index("ix_reports_date_place", "date", "lat", "lon"),)
    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    incident_id: Mapped[str | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    split_from: Mapped[str | None] = mapped_column(String(80))
    event_type: Mapped[str | None] = mapped_column(String(80))
    sub_event_type: Mapped[str | None] = mapped_column(String(80))
    weapon: Mapped[str | None] = mapped_column(String(80))
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    date_text: Mapped[str | None] = mapped_column(Text)
    date_inferred_from: Mapped[str | None] = mapped_column(String(20))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    perpetrator: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)


class Claim(Base):
    __tablename__ = "claims"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    source_text: Mapped[str | None] = mapped_column(Text)
    killed: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    injured: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))
    groups: Mapped[dict] = mapped_column(JSON, default=dict)
    injured_groups: Mapped[dict] = mapped_column(JSON, default=dict)
    total: Mapped[bool] = mapped_column(Boolean, default=False)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)


class Link(Base):
    """Why a report was put in an incident: the report it matched best, the score, the reasons."""

    __tablename__ = "links"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    other_report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[dict] = mapped_column(JSON, default=dict)
    method: Mapped[str] = mapped_column(String(20), default="auto")  # auto | review
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Review(Base):
    """An analyst's decision. Reviews are never deleted; the newest one of a kind wins.

    `report_id` is the incident's anchor report at review time: incident ids can change
    when incidents are merged or re-linked, reports never do.
    """

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[str] = mapped_column(String(80), index=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # confirm | reject | set | split | merge
    field: Mapped[str | None] = mapped_column(String(40))
    value: Mapped[str | None] = mapped_column(Text)
    claim_id: Mapped[str | None] = mapped_column(String(100))
    other_report_id: Mapped[str | None] = mapped_column(String(80))
    separated_from: Mapped[list] = mapped_column(JSON, default=list)
    by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Token(Base):
    """An API token of the web app: who may submit articles and record reviews. Only the token's
    SHA-256 is kept, so a copy of the database gives no one the right to write."""

    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
