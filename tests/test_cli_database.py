"""The database commands end to end: ingest, incidents, show, review, export, link."""

from __future__ import annotations

from pathlib import Path

import json

import pandas as pd
import pytest

from bilan.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEEDS, LINKING = EXAMPLES / "seeds.jsonl", EXAMPLES / "reports.jsonl"


@pytest.fixture
def database(db_url, capsys):
    assert main(["ingest", "--db", db_url, str(SEEDS), str(LINKING)]) == 0
    assert "7 documents: 7 stored" in capsys.readouterr().err
    return db_url


def _incident_ids(db_url, capsys, *options) -> list[str]:
    assert main(["incidents", "--db", db_url, *options]) == 0
    table = capsys.readouterr().out.splitlines()
    return [line.split()[0] for line in table[2:]]


def test_incidents_table_and_filters(database, capsys):
    assert main(["incidents", "--db", database]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0].split() == ["incident", "date", "place", "type", "killed", "injured",
                                                    "sources", "articles"]
    assert "Jabal Badro, Aleppo, SY" in captured.out and "31 (15-31)" in captured.out
    assert "7 of 7 incidents" in captured.err
    assert len(_incident_ids(database, capsys, "--since", "2016-05-04")) == 1
    assert len(_incident_ids(database, capsys, "--country", "SY", "--min-killed", "20")) == 2
    assert _incident_ids(database, capsys, "--source", "Syrian Civil Defence", "--type", "Air/drone strike")


def test_show_prints_claims_evidence_and_why_linked(database, capsys):
    jabal = next(i for i in _incident_ids(database, capsys, "--min-killed", "30"))
    assert main(["show", "--db", database, jabal[:12]]) == 0
    out = capsys.readouterr().out
    assert "SANA: killed Au moins 15" in out
    assert "“Au moins 31 personnes ont été tuées" in out
    assert "why these articles were linked:" in out and "same day" in out
    assert main(["show", "--db", database, jabal, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == jabal


def test_review_from_the_command_line(database, capsys):
    jabal = _incident_ids(database, capsys, "--min-killed", "30")[0]
    assert main(["review", jabal, "--set", "killed=40", "--by", "Ana", "--note", "morgue list", "--db", database]) == 0
    assert capsys.readouterr().out.strip() == jabal
    assert main(["show", "--db", database, jabal]) == 0
    out = capsys.readouterr().out
    assert "killed 40 (15-40)" in out and "Ana: set killed=40 — morgue list" in out
    assert main(["review", jabal, "--reject", "--by", "Ana", "--note", "n", "--db", database]) == 0
    capsys.readouterr()
    assert jabal not in _incident_ids(database, capsys)
    assert jabal in _incident_ids(database, capsys, "--status", "all")


@pytest.mark.parametrize("argv, message", [
    (["review", "nope", "--confirm", "--by", "A", "--note", "n"], "no incident 'nope'"),
    (["review", "x", "--set", "killed", "--by", "A", "--note", "n"], "NAME=FIELD"),
    (["show", "zzz"], "no incident 'zzz'"),
    (["incidents", "--status", "closed"], "unknown status closed"),
    (["export", "--format", "parquet"], "give -o FILE"),
])
def test_mistakes_are_clear_errors(database, capsys, argv, message):
    try:
        code = main([*argv, "--db", database])
    except SystemExit as exit_:  # argparse's own checks
        code = exit_.code
    assert code == 2
    assert message in capsys.readouterr().err


def test_export_to_files(database, tmp_path, capsys):
    for fmt in ("csv", "acled", "geojson", "jsonl", "parquet"):
        out = tmp_path / f"incidents.{fmt}"
        assert main(["export", "--db", database, "--format", fmt, "-o", str(out), "--country", "SY"]) == 0
        assert "7 incidents written" in capsys.readouterr().err
    assert len(pd.read_parquet(tmp_path / "incidents.parquet")) == 7
    assert len(pd.read_csv(tmp_path / "incidents.acled")) == 7


def test_relink_keeps_the_incidents(database, capsys):
    before = _incident_ids(database, capsys)
    assert main(["link", "--rebuild", "--db", database]) == 0
    assert "7 incidents after linking" in capsys.readouterr().err
    assert sorted(_incident_ids(database, capsys)) == sorted(before)
