"""Exports read back by the tools their users open them with: pandas, pyarrow, DuckDB,
a GeoJSON validator, and bilan's own model for jsonl."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from bilan.export import ACLED_COLUMNS, FLAT_COLUMNS, write
from bilan.models import MergedIncident


@pytest.fixture(scope="module")
def incidents(linked_store):
    return linked_store.incidents()


def _text(incidents, fmt: str) -> str:
    buffer = io.StringIO()
    assert write(incidents, fmt, buffer) == len(incidents)
    return buffer.getvalue()


def test_csv_reads_back_in_pandas(incidents):
    frame = pd.read_csv(io.StringIO(_text(incidents, "csv")))
    assert list(frame.columns) == list(FLAT_COLUMNS)
    assert len(frame) == len(incidents) == 7
    jabal = frame[frame["location"] == "Jabal Badro"].iloc[0]
    assert (jabal["killed_low"], jabal["killed_best"], jabal["killed_high"]) == (15, 31, 31)
    assert jabal["documents"] == 3 and "SANA" in jabal["sources"]


def test_acled_columns_and_codes(incidents):
    frame = pd.read_csv(io.StringIO(_text(incidents, "acled")), dtype={"iso": "Int64"})
    assert list(frame.columns) == list(ACLED_COLUMNS)
    jabal = frame[frame["notes"].str.contains("Jabal Badro")].iloc[0]
    assert jabal["event_id_cnty"].startswith("SYR")
    assert (jabal["country"], jabal["iso"], jabal["event_date"], jabal["year"]) == ("Syria", 760, "2013-02-18", 2013)
    assert (jabal["time_precision"], jabal["geo_precision"]) == (1, 1)
    assert jabal["disorder_type"] == "Political violence"
    assert jabal["fatalities"] == 15  # ACLED codes the most conservative figure
    assert frame["event_id_cnty"].is_unique


def test_geojson_is_valid_rfc7946(incidents):
    import geojson

    collection = geojson.loads(_text(incidents, "geojson"))
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 7
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 35 < lat < 37.5 and 36 < lon < 38.5  # longitude first, WGS 84 (northern Syria)
        assert "crs" not in feature


def test_parquet_opens_in_pandas_pyarrow_and_duckdb(incidents, tmp_path):
    import duckdb
    import pyarrow.parquet as pq

    path = tmp_path / "incidents.parquet"
    with path.open("wb") as out:
        assert write(incidents, "parquet", out) == 7
    table = pq.read_table(path)
    assert table.column_names == list(FLAT_COLUMNS)
    assert str(table.schema.field("date").type) == "date32[day]"
    frame = pd.read_parquet(path)
    assert frame["killed_best"].max() == 31
    assert duckdb.sql(f"SELECT count(*), max(killed_best) FROM '{path}'").fetchall() == [(7, 31)]


def test_empty_parquet_still_has_the_columns(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    with path.open("wb") as out:
        write([], "parquet", out)
    assert pq.read_table(path).column_names == list(FLAT_COLUMNS)


def test_jsonl_is_one_merged_incident_per_line_with_its_documents(incidents):
    lines = _text(incidents, "jsonl").splitlines()
    assert len(lines) == 7
    for line in lines:
        data = json.loads(line)
        MergedIncident.model_validate(data)  # the bilan/1 incident fields plus the extra ones
        assert "links" not in data
        for document in data["documents"]:
            assert set(document) >= {"id", "external_id", "source", "title", "published"}
    jabal = next(json.loads(line) for line in lines if json.loads(line)["location"]["name"] == "Jabal Badro")
    assert {d["external_id"] for d in jabal["documents"]} >= {"sana-jabal-badro", "wire-jabal-badro"}
    assert all(c["evidence"]["text"] for c in jabal["claims"])


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format"):
        write([], "xlsx", io.StringIO())
