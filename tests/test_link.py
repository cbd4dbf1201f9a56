"""Pair scoring: each kind of evidence moves the score the right way, in either language."""

from __future__ import annotations

import datetime as dt

from bilan.link import LinkOptions, ReportFeatures, decide, embed, names, score

OPTIONS = LinkOptions()
DAY = dt.date(2013, 2, 18)


def _report(id_: str, document: str, **fields) -> ReportFeatures:
    base = dict(sub_event_type="Shelling/artillery/missile attack", event_type="Explosions/Remote violence",
                day=DAY, day_is_stated=True, country="SY", geonameid=170063, precision="district",
                place_name="Jabal Badro", lat=36.2, lon=37.16, killed=(31, None))
    base.update(fields)
    return ReportFeatures(id=id_, document_id=document, **base)


def test_same_strike_in_french_and_english_scores_above_the_threshold():
    fr, en = embed(["Au moins 31 personnes ont été tuées par un missile sol-sol dans le quartier de Jabal Badro à Alep.",
                    "A surface-to-surface missile killed at least 29 people in the Jabal Badro district of Aleppo."])
    value, reasons = score(_report("a", "d1", embedding=fr), _report("b", "d2", embedding=en, killed=(29, None)),
                           OPTIONS)
    assert value >= OPTIONS.threshold
    assert "same district (Jabal Badro)" in reasons
    assert any(r.startswith("text similarity") and reasons[r] > 0 for r in reasons)


def test_each_contrary_fact_lowers_the_score():
    a = _report("a", "d1")
    same, _ = score(a, _report("b", "d2"), OPTIONS)
    for change in ({"sub_event_type": "Armed clash", "event_type": "Battles"},
                   {"killed": (4, 4)},
                   {"place_name": "Salaheddine"},
                   {"day": DAY + dt.timedelta(days=5)},
                   {"country": "IQ"}):
        lower, reasons = score(a, _report("b", "d2", **change), OPTIONS)
        assert lower < same, (change, reasons)


def test_a_revised_toll_is_no_evidence_against():
    _, reasons = score(_report("a", "d1", killed=(12, 12)), _report("b", "d2", killed=(15, 15)), OPTIONS)
    assert reasons["killed close (12 / 15)"] == 0.0


def test_names_are_words_capitalised_inside_sentences():
    found = names(["Two men were shot dead on Thursday near the Bourbon Street bar owned by Amyira Felder.",
                   "Shooting Leaves Two Dead"])
    assert {"bourbon", "amyira", "felder"} <= found  # "Street" is also a town in Somerset: scored as a place
    assert not found & {"two", "shooting", "leaves", "dead"}


def test_decide_respects_articles_and_analysts():
    mine = _report("new", "d9")
    twin = _report("old", "d1", incident_id="I1")
    sibling = _report("sib", "d9", incident_id="I2")
    assert decide(mine, [twin], OPTIONS).incident_id == "I1"
    assert decide(mine, [sibling], OPTIONS).incident_id is None  # another report of its own article
    assert decide(mine, [twin], OPTIONS, forbidden={"I1"}).incident_id is None  # an analyst split them
    far = _report("far", "d3", incident_id="I3", country="IQ")
    assert decide(mine, [far], OPTIONS, must_join="I3").incident_id == "I3"  # an analyst merged them
