"""Shared fixtures: the bundled seed articles and what an analyst reads out of them."""

from __future__ import annotations

import json
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
