"""kill -9 in the middle of an ingest, run it again: the database holds exactly what an
uninterrupted run gives (timestamps, run ids and sequence numbers aside)."""

from __future__ import annotations

from pathlib import Path

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import create_engine, text

from bilan.store import Store, database_url

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEEDS, LINKING = EXAMPLES / "seeds.jsonl", EXAMPLES / "reports.jsonl"

BILAN = [sys.executable, "-m", "bilan.cli"]
TABLES = {
    "documents": "id, external_id, published, lang, duplicate_of, errors",
    "reports": "id, document_id, incident_id, sub_event_type, date, lat, lon",
    "claims": "id, report_id, document_id, source_id, killed, injured, evidence_start, evidence_end",
    "incidents": "id, anchor_report_id, sub_event_type, date, country, city, killed_low, killed_best, killed_high, "
                 "injured_low, injured_best, injured_high, disagreement, status, documents, independent_documents",
    "links": "report_id, other_report_id, score",
    "sources": "name",
    "places": "key",
}


def _corpus(path) -> int:
    """The seeds and linking texts, plus variants of the linking texts a week later each."""
    rows = [json.loads(line) for line in SEEDS.read_text().splitlines() + LINKING.read_text().splitlines()]
    for week in (1, 2):
        for row in [json.loads(line) for line in LINKING.read_text().splitlines()]:
            published = dt.date.fromisoformat(row["published"]) + dt.timedelta(days=7 * week)
            row.update(id=f"{row['id']}-w{week}", published=published.isoformat(),
                       text=f"Mise à jour {week}.\n\n" + row["text"].replace("19 février", f"{19 + 7 * week} février"))
            rows.append(row)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def _snapshot(url: str) -> dict:
    engine = create_engine(database_url(url))
    with engine.connect() as connection:
        found = {table: sorted(tuple(_plain(v) for v in row) for row in connection.execute(
            text(f"SELECT {columns} FROM {table}"))) for table, columns in TABLES.items()}
    engine.dispose()
    return found


def _plain(value) -> str:
    """One spelling for both databases: JSON text (SQLite) or objects (PostgreSQL), 0/1 or booleans."""
    if isinstance(value, str) and value[:1] in "[{":
        value = json.loads(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.6f}"
    return str(value)


def _documents(url: str) -> int:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM documents")).scalar()
    except Exception:  # the tables are not there yet
        return 0
    finally:
        engine.dispose()


def _ingest(url: str, corpus) -> subprocess.Popen:
    return subprocess.Popen([*BILAN, "ingest", "--db", url, "--batch-size", "1", str(corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONHASHSEED": "0"})


def test_kill_9_mid_ingest_then_rerun_gives_the_uninterrupted_database(db_url, tmp_path, request):
    corpus = tmp_path / "corpus.jsonl"
    total = _corpus(corpus)
    Store(db_url).close()  # create the tables, so that progress can be watched

    run = _ingest(db_url, corpus)
    deadline = time.monotonic() + 240
    while _documents(db_url) < 3 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert run.poll() is None, "the ingest ended before it could be killed: " + run.stderr.read().decode()
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    interrupted = _documents(db_url)
    assert 3 <= interrupted < total

    rerun = _ingest(db_url, corpus)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert f"{interrupted} already stored" in err.decode()

    reference = str(tmp_path / "reference.db")
    with_no_kill = _ingest(reference, corpus)
    _, err = with_no_kill.communicate(timeout=300)
    assert with_no_kill.returncode == 0, err.decode()
    assert _snapshot(db_url) == _snapshot(reference)
    assert _documents(db_url) == total
