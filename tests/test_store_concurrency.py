"""Several ingests writing to one database at once: every document once, no error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bilan.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_concurrent_ingests_of_overlapping_inputs(db_url):
    Store(db_url).close()
    inputs = [[EXAMPLES / "seeds.jsonl", EXAMPLES / "reports.jsonl"], [EXAMPLES / "reports.jsonl"],
              [EXAMPLES / "reports.jsonl", EXAMPLES / "seeds.jsonl"]]
    runs = [subprocess.Popen([sys.executable, "-m", "bilan.cli", "ingest", "--db", db_url, "--batch-size", "1",
                              "--workers", "1", *map(str, paths)], stderr=subprocess.PIPE) for paths in inputs]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err.decode()
    store = Store(db_url)
    assert store.stats()["documents"] == 7
    assert store.stats()["reports"] == 10
    jabal = [i for i in store.incidents() if i.location.name == "Jabal Badro"]
    assert len(jabal) == 1 and len(jabal[0].documents) == 3
