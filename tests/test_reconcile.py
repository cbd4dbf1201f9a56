"""Reconciling the reports of one incident: the latest word of each source, the fields, the reviews."""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.models import Claim, Count, Evidence, Location
from bilan.reconcile import ReportView, ReviewView, check_setting, parse_figure, reconcile


def _claim(source, low, high=None) -> Claim:
    return Claim(source=source, killed=Count(min=low, max=high, value=low), evidence=Evidence(start=0, end=1, text="x"))


def _report(seq, published, claims, **fields) -> ReportView:
    base = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", weapon=None,
                date=dt.date(2016, 5, 5), date_precision="day", date_text="jeudi", date_inferred_from="text",
                location=Location(name="Sarmada", country="SY", precision="city", geonameid=1), perpetrator=None,
                target=None)
    base.update(fields)
    return ReportView(id=f"r{seq}", seq=seq, document_id=f"d{seq}", published=published, claims=claims, **base)


def test_a_source_is_taken_at_its_latest_word():
    early = _report(1, dt.date(2016, 5, 5), [_claim("OSDH", 20, 20)])
    late = _report(2, dt.date(2016, 5, 6), [_claim("OSDH", 28, 28)])
    result = reconcile([early, late], [])
    assert (result.estimate.killed.low, result.estimate.killed.best, result.estimate.killed.high) == (20, 28, 28)
    assert not result.estimate.disagreement  # a revision, not a dispute


def test_two_sources_that_cannot_both_be_right_disagree():
    result = reconcile([_report(1, dt.date(2016, 5, 5), [_claim("police", 2, 2)]),
                        _report(2, dt.date(2016, 5, 5), [_claim("hospital", 5, 5)])], [])
    assert result.estimate.disagreement
    assert result.estimate.killed.best == 5


def test_fields_come_from_the_most_specific_and_most_stated_reports():
    vague = _report(1, None, [], location=Location(name="Idlib", country="SY", precision="admin1"),
                    date=dt.date(2016, 5, 6), date_inferred_from="published")
    precise = _report(2, None, [])
    result = reconcile([vague, precise], [])
    assert result.location.name == "Sarmada"
    assert result.date == dt.date(2016, 5, 5)


def test_reviews_win_and_the_newest_wins():
    at = dt.datetime(2026, 1, 1)
    reports = [_report(1, None, [_claim("OSDH", 28, 28)])]
    reviews = [ReviewView("set", "killed", "40", at, 1), ReviewView("reject", None, None, at, 2),
               ReviewView("confirm", None, None, at + dt.timedelta(hours=1), 3),
               ReviewView("set", "sub_event_type", "Shelling/artillery/missile attack", at, 4)]
    result = reconcile(reports, reviews)
    assert (result.estimate.killed.low, result.estimate.killed.best, result.estimate.killed.high) == (28, 40, 40)
    assert result.status == "confirmed"
    assert result.event_type == "Explosions/Remote violence"
    assert result.sub_event_type == "Shelling/artillery/missile attack"


def test_settings_are_checked():
    assert parse_figure("40") == (None, 40, None)
    assert parse_figure("30-45") == (30, None, 45)
    assert parse_figure("30-35-45") == (30, 35, 45)
    with pytest.raises(ValueError):
        parse_figure("45-30")
    assert check_setting("sub_event_type", "air/drone strike") == "Air/drone strike"
    assert check_setting("date", "2016-05-05") == "2016-05-05"
    with pytest.raises(ValueError):
        check_setting("date", "yesterday")
