"""`bilan extract --to parquet://DIR`: a dataset partitioned by date that tools read back, and
that a re-run does not fill with copies."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from bilan.cli import main
from bilan.sink import records

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
INPUTS = [str(EXAMPLES / "seeds.jsonl"), str(EXAMPLES / "reports.jsonl")]


def test_dataset_partitioned_by_date_reads_back(tmp_path, capsys):
    target = f"parquet://{tmp_path / 'records'}"
    assert main(["extract", *INPUTS, "--to", target, "--workers", "1"]) == 0
    assert "7 documents, 10 incidents, 0 with errors" in capsys.readouterr().err
    partitions = sorted(p.name for p in (tmp_path / "records").iterdir())
    assert partitions == ["published=2013-02-19", "published=2013-02-20", "published=2016-05-03",
                          "published=2016-05-05"]
    frame = pd.read_parquet(tmp_path / "records")
    assert len(frame) == 7 and frame["incidents"].sum() == 10
    seed = frame[frame["external_id"] == "000_fd50a8c8dfb6c8ed"].iloc[0]
    assert seed["killed_best"] == 31
    found = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/records/*/*.parquet', hive_partitioning=1) "
                       "WHERE published = '2016-05-05'").fetchall()
    assert found == [(2,)]
    assert {r["schema"] for r in records(tmp_path / "records")} == {"bilan/1"}

    # The same run again replaces its own files.
    assert main(["extract", *INPUTS, "--to", target, "--workers", "1"]) == 0
    assert len(pd.read_parquet(tmp_path / "records")) == 7


def test_to_needs_a_known_target(tmp_path, capsys):
    assert main(["extract", *INPUTS, "--to", f"s3://{tmp_path}"]) == 2
    assert "parquet://DIR" in capsys.readouterr().err
