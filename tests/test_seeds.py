"""The two founding articles, read as `seeds/expected.json` says a careful analyst reads them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

EXPECTED_DOCUMENTS = json.loads((Path(__file__).parent / "data" / "seeds_expected.json").read_text(encoding="utf-8"))[
    "documents"]
SEED_NAMES = ["000_fd50a8c8dfb6c8ed", "002_4a3d8cf1c663f490"]


def _canonical(source: str | None) -> str | None:
    # expected.json writes "Syrian Observatory for Human Rights (OSDH)": the canonical name comes first.
    return re.sub(r"\s*\(.*\)$", "", source) if source else None


def _figure(count: dict) -> int | None:
    return count["value"] if count["value"] is not None else count["min"]


def _tolls(record: dict) -> set[tuple[str, int]]:
    return {
        (kind, _figure(claim[kind]))
        for incident in record["incidents"] for claim in incident["claims"]
        for kind in ("killed", "injured") if claim[kind] and not claim[kind]["vague"]
    }


def _expected_claims(expected):
    for name in SEED_NAMES:
        for number, incident in enumerate(expected[f"{name}.txt"]["incidents"]):
            for claim in incident["claims"]:
                for kind in ("killed", "injured"):
                    if claim.get(kind) and "min" in claim[kind]:
                        yield pytest.param(name, number, kind, claim, id=f"{name[:3]}-{kind}-{claim[kind]['min']}")


def _find_claim(record: dict, kind: str, value: int):
    for incident in record["incidents"]:
        for claim in incident["claims"]:
            if claim[kind] and not claim[kind]["vague"] and _figure(claim[kind]) == value:
                return incident, claim
    return None, None


@pytest.mark.parametrize("name", SEED_NAMES)
def test_boilerplate_lines_removed_and_nothing_else(name, seed_documents, seed_records, expected):
    record = seed_records[name]
    wanted = expected[f"{name}.txt"]["boilerplate_lines"]
    assert record["document"]["boilerplate"] == wanted
    raw_lines = [line.strip() for line in seed_documents[name]["text"].splitlines() if line.strip()]
    assert record["document"]["text"].split("\n") == [line for line in raw_lines if line not in wanted]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_exactly_the_expected_tolls(name, seed_records, expected):
    wanted = {(kind, value) for kind, value in expected[f"{name}.txt"]["tolls"]}
    assert _tolls(seed_records[name]) == wanted


@pytest.mark.parametrize("name", SEED_NAMES)
def test_distractor_numbers_are_not_claims(name, seed_records, expected):
    found = {value for _, value in _tolls(seed_records[name])}
    for distractor in expected[f"{name}.txt"]["must_not_be_incident_tolls"]:
        assert distractor["value"] not in found, distractor["why"]


@pytest.mark.parametrize(("name", "number", "kind", "claim"), list(_expected_claims(EXPECTED_DOCUMENTS)))
def test_each_toll_is_a_claim_of_the_right_incident(name, number, kind, claim, seed_records, expected):
    gold_incident = expected[f"{name}.txt"]["incidents"][number]
    incident, found = _find_claim(seed_records[name], kind, claim[kind]["min"])
    assert found is not None, f"no claim {kind}={claim[kind]['min']}"
    assert found["source"] == _canonical(claim["source"])
    if claim[kind].get("at_least"):
        assert found[kind]["min"] == claim[kind]["min"] and found[kind]["max"] is None
    for group, value in claim.get("groups", {}).items():
        assert found["groups" if kind == "killed" else "injured_groups"].get(group) == value or (
            kind == "injured" and found["groups"].get(group) == value)
    where = incident["location"]
    assert where["city"] == gold_incident["location"]["city"]
    assert where["country"] == gold_incident["location"]["country"]
    assert where["lat"] is not None and where["lon"] is not None
    assert incident["date"]["value"] == gold_incident["date"]
    if gold_incident.get("date_text"):
        assert incident["date"]["text"] == gold_incident["date_text"]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_tolls_of_one_event_share_one_incident(name, seed_records, expected):
    for gold_incident in expected[f"{name}.txt"]["incidents"]:
        figures = [(kind, c[kind]["min"]) for c in gold_incident["claims"] for kind in ("killed", "injured")
                   if c.get(kind) and "min" in c[kind]]
        homes = {id(_find_claim(seed_records[name], kind, value)[0]) for kind, value in figures}
        assert len(homes) <= 1, gold_incident["summary"]


def test_jabal_badro_missile(seed_records):
    record = seed_records["000_fd50a8c8dfb6c8ed"]
    incident, claim = _find_claim(record, "killed", 31)
    assert incident["location"]["name"] == "Jabal Badro"
    assert incident["location"]["precision"] == "district"
    assert incident["sub_event_type"] == "Shelling/artillery/missile attack"
    assert incident["weapon"] == "surface-to-surface missile"
    assert claim["source_text"] in ("OSDH", "l'OSDH")
    unsourced = [c for c in incident["claims"] if c["source"] is None]
    assert [c["injured"]["text"] for c in unsourced] == ["des dizaines d'autres"]
    assert unsourced[0]["injured"]["vague"] and unsourced[0]["killed"] is None
    assert incident["estimate"]["killed"] == {"low": 31, "best": 31, "high": 31}
    assert incident["estimate"]["injured"] == {"low": 20, "best": 20, "high": None}


def test_un_war_toll_is_cumulative(seed_records):
    cumulative = seed_records["000_fd50a8c8dfb6c8ed"]["cumulative_tolls"]
    assert [(c["killed"]["value"], c["source"]) for c in cumulative] == [(70000, "United Nations")]
    assert cumulative[0]["killed"]["approx"] is True


def test_two_sources_two_claims_one_incident(seed_records):
    record = seed_records["002_4a3d8cf1c663f490"]
    incident, sana = _find_claim(record, "killed", 14)
    _, osdh = _find_claim(record, "killed", 19)
    assert sana in incident["claims"] and osdh in incident["claims"]
    assert sana["groups"] == {"civilians": 14}
    assert osdh["injured"]["value"] == 80 and osdh["total"] is True
    assert incident["estimate"]["killed"]["low"] == 14 and incident["estimate"]["killed"]["high"] == 19
    assert incident["estimate"]["disagreement"] is False  # "at least 14" and 19 can both be true


@pytest.mark.parametrize("name", SEED_NAMES)
def test_evidence_points_into_the_clean_text(name, seed_records):
    record = seed_records[name]
    text = record["document"]["text"]
    for incident in record["incidents"]:
        for claim in incident["claims"]:
            evidence = claim["evidence"]
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]
            for kind in ("killed", "injured"):
                if claim[kind]:
                    assert claim[kind]["text"] in evidence["text"]
