"""Shared fixtures: the bundled seed articles and what an analyst reads out of them."""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds.jsonl"
EXPECTED = Path(__file__).parent / "data" / "seeds_expected.json"


@pytest.fixture(scope="session")
def seed_documents() -> dict[str, dict]:
    rows = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["id"]: row for row in rows}


@pytest.fixture(scope="session")
def expected() -> dict:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="session")
def seed_records(seed_documents) -> dict[str, dict]:
    import bilan

    return {
        name: bilan.extract(row["text"], published=row["published"], lang=row["lang"], external_id=name).to_dict()
        for name, row in seed_documents.items()
    }


# ----------------------------------------------------------------------------------------
# Databases: every store test runs on a SQLite file and on the PostgreSQL server.

POSTGRES = os.environ.get("BILAN_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
LINKING = ROOT / "examples" / "reports.jsonl"


def _postgres_admin():
    import psycopg

    try:
        return psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL is not reachable at {POSTGRES} ({exc}); set BILAN_TEST_POSTGRES to test it"
        if os.environ.get("BILAN_REQUIRE_POSTGRES"):
            pytest.fail(message)  # CI: the PostgreSQL path must be tested, never skipped
        pytest.skip(message)


@contextlib.contextmanager
def _database(kind: str, tmp_path: Path):
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'bilan.db'}"
        return
    admin = _postgres_admin()
    name = f"bilan_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES.rsplit("/", 1)[0] + "/" + name
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database URL of each kind."""
    with _database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def linked_store(request, tmp_path_factory):
    """A store holding the seeds and the linking texts (examples/reports.jsonl), ingested once per module."""
    from bilan.read import read_paths
    from bilan.store import Store

    with _database(request.param, tmp_path_factory.mktemp("db")) as url:
        store = Store(url)
        store.ingest(read_paths([str(SEEDS), str(LINKING)]))
        yield store
        store.close()
