"""Where `bilan extract --to` writes records: a Parquet dataset partitioned by date.

    bilan extract corpus/ --to parquet://out/records

One row per document, in hive partitions `published=YYYY-MM-DD` (`published=unknown` when
the article has no date), so that pandas, DuckDB, Spark or Dask read a day or a month
without touching the rest. Each batch of records is one file per partition, named after the
documents it holds: a batch written again (a re-run, a retried task) replaces its own files
instead of adding copies. Columns: the document's fields, counts, the best killed and
injured figures summed over its incidents, and the whole `bilan/1` record as JSON.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from .models import Record

SCHEMES = ("parquet://",)


def _schema():
    import pyarrow as pa

    return pa.schema([
        ("id", pa.string()), ("external_id", pa.string()), ("source", pa.string()), ("title", pa.string()),
        ("url", pa.string()), ("published_date", pa.date32()), ("lang", pa.string()),
        ("duplicate_of", pa.string()), ("incidents", pa.int32()), ("cumulative_tolls", pa.int32()),
        ("errors", pa.string()), ("killed_best", pa.int32()), ("injured_best", pa.int32()), ("record", pa.string()),
    ])


def _row(record: Record) -> dict:
    info = record.document
    sums = {kind: sum(getattr(i.estimate, kind).best or 0 for i in record.incidents) for kind in ("killed", "injured")}
    return {
        "id": info.id, "external_id": info.external_id, "source": info.source, "title": info.title, "url": info.url,
        "published_date": dt.date.fromisoformat(info.published) if info.published else None, "lang": info.lang,
        "duplicate_of": info.duplicate_of, "incidents": len(record.incidents),
        "cumulative_tolls": len(record.cumulative_tolls), "errors": ",".join(e.code for e in record.errors),
        "killed_best": sums["killed"] if record.incidents else None,
        "injured_best": sums["injured"] if record.incidents else None, "record": record.to_json(),
    }


class ParquetDataset:
    """Writes batches of records under `root`, one file per batch and date partition."""

    def __init__(self, target: str | Path):
        text = str(target)
        for scheme in SCHEMES:
            if text.startswith(scheme):
                text = text[len(scheme):]
        if not text:
            raise ValueError("parquet:// needs a folder, e.g. parquet://out/records")
        self.root = Path(text)
        self.root.mkdir(parents=True, exist_ok=True)
        self.files = 0
        self.rows = 0

    def write(self, records: Iterable[Record]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        partitions: dict[str, list[dict]] = {}
        for record in records:
            row = _row(record)
            day = row["published_date"].isoformat() if row["published_date"] else "unknown"
            partitions.setdefault(day, []).append(row)
        for day, rows in partitions.items():
            name = hashlib.sha256("".join(r["id"] for r in rows).encode()).hexdigest()[:24]
            folder = self.root / f"published={day}"
            folder.mkdir(parents=True, exist_ok=True)
            final = folder / f"part-{name}.parquet"
            # Written aside under a name readers skip (a leading dot), then renamed: a reader never
            # sees half a file, and a crash leaves no torn one in the dataset.
            partial = folder / f".part-{name}.tmp"
            pq.write_table(pa.Table.from_pylist(rows, schema=_schema()), partial)
            partial.replace(final)
            self.files += 1
            self.rows += len(rows)


def read(root: str | Path):
    """The dataset as a pyarrow Table (with the `published` partition column)."""
    import pyarrow.dataset as ds

    return ds.dataset(str(root).removeprefix("parquet://"), format="parquet", partitioning="hive").to_table()


def records(root: str | Path) -> list[dict]:
    """Every record in the dataset, as `bilan/1` dicts."""
    return [json.loads(value) for value in read(root).column("record").to_pylist()]
