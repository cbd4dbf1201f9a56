"""Read-only queries the web app needs beyond `Store`'s: documents page by page, the daily
timeline, the values the filters offer, and the incidents one article fed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from .. import schema
from ..store import IncidentFilter, Store


@dataclass
class DocumentPage:
    total: int
    items: list[schema.Document]


def documents(store: Store, limit: int = 50, offset: int = 0, source: str | None = None,
              lang: str | None = None) -> DocumentPage:
    """Documents, the newest ingested first (their text left out: the list would be megabytes)."""
    D = schema.Document
    where = []
    if source:
        where.append(func.lower(D.source) == source.strip().lower())
    if lang:
        where.append(D.lang == lang.strip().lower())
    with store.sessions() as session:
        total = session.scalar(select(func.count()).select_from(D).where(*where))
        rows = list(session.scalars(select(D).where(*where).order_by(D.seq.desc()).offset(offset).limit(limit)))
        return DocumentPage(total=total or 0, items=rows)


def incidents_per_document(store: Store, document_ids: list[str]) -> dict[str, int]:
    R = schema.Report
    with store.sessions() as session:
        rows = session.execute(select(R.document_id, func.count(func.distinct(R.incident_id)))
                               .where(R.document_id.in_(document_ids)).group_by(R.document_id)).all()
    return dict(rows)


@dataclass
class Day:
    date: dt.date
    incidents: int
    killed: int
    injured: int


def daily(store: Store, where: IncidentFilter) -> list[Day]:
    """Per day: incidents, and the sums of their best killed and injured figures. The filter is the
    incident list's own, so the timeline always agrees with the list and the map beside it."""
    where = IncidentFilter(**{**where.__dict__, "limit": None, "offset": 0})
    matching = store.select_incidents(where, ordered=False).subquery()
    with store.sessions() as session:
        rows = session.execute(
            select(matching.c.date, func.count(), func.coalesce(func.sum(matching.c.killed_best), 0),
                   func.coalesce(func.sum(matching.c.injured_best), 0))
            .where(matching.c.date.is_not(None)).group_by(matching.c.date).order_by(matching.c.date)).all()
    return [Day(date=day, incidents=n, killed=int(killed), injured=int(injured)) for day, n, killed, injured in rows]


def facets(store: Store) -> dict[str, list[str]]:
    """What the filters can choose from: the countries, cities, sub-event types and sources present."""
    I = schema.Incident  # noqa: E741
    shown = I.status.in_(("open", "confirmed"))
    with store.sessions() as session:
        def distinct(column, *where):
            return [v for v in session.scalars(select(column).where(column.is_not(None), *where)
                                               .distinct().order_by(column)) if v]

        return {"countries": distinct(I.country, shown), "cities": distinct(I.city, shown),
                "types": distinct(I.sub_event_type, shown), "sources": distinct(schema.Source.name)}


def incidents_of_documents(store: Store, document_ids: list[str]) -> list[str]:
    """The ids of the incidents holding a report of these documents, oldest report first."""
    R = schema.Report
    with store.sessions() as session:
        found = session.scalars(select(R.incident_id).where(R.document_id.in_(document_ids),
                                                            R.incident_id.is_not(None)).order_by(R.seq))
        return list(dict.fromkeys(found))
