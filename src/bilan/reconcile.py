"""Stage `reconcile`: the reports of one merged incident, and its reviews -> the incident.

Rules (also in the README, *How incidents are reconciled*):
- **Claims.** Every claim of every report is kept. For the estimate, a source that spoke
  in several articles is taken at its latest word: its claims in articles published
  earlier count as provisional (tolls are revised upwards as bodies are found). The same
  figure from the same source in several articles is one claim, corroborated.
- **Estimate.** Then `estimate.estimate` (UCDP's spirit: low = lowest credible, high =
  highest credible, best = the most specific well-sourced figure) over those claims, and
  `disagreement` when sources' latest figures cannot all be true.
- **Fields.** The date is the day most reports state in their text (ties: the earliest);
  reports that only inherit their article's publication date count when no report states
  one. The place is the most specific one (district > city > region > country), the most
  often given at that level. Event type, perpetrator and target: the most frequent.
- **Reviews** win over all of this. `--set killed=40` makes 40 the best figure (low and high
  widen to include it); `--set killed=30-45` sets low and high (best is kept inside them);
  `--set killed=30-35-45` sets all three. The newest review of a field wins;
  `--confirm` / `--reject` set the status (the newest wins).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from . import language
from .estimate import estimate
from .models import Claim, Estimate, Location, Range

PRECISION_RANK = {"district": 0, "city": 1, "admin1": 2, "country": 3, None: 4}
SETTABLE = ("killed", "injured", "sub_event_type", "date", "perpetrator", "target")


@dataclass
class ReportView:
    """One report as reconciliation reads it."""

    id: str
    seq: int
    document_id: str
    published: dt.date | None
    event_type: str | None
    sub_event_type: str | None
    weapon: str | None
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    date_inferred_from: str | None
    location: Location
    perpetrator: str | None
    target: str | None
    claims: list[Claim] = field(default_factory=list)


@dataclass
class ReviewView:
    action: str
    field: str | None
    value: str | None
    at: dt.datetime
    id: int


@dataclass
class Reconciled:
    event_type: str | None
    sub_event_type: str | None
    weapon: str | None
    date: dt.date | None
    date_precision: str | None
    date_text: str | None
    date_inferred_from: str | None
    location: Location
    perpetrator: str | None
    target: str | None
    estimate: Estimate
    status: str


def _most_common(values: list, order: list[int]) -> object | None:
    """The most frequent non-null value; ties go to the one seen first (in report order)."""
    present = [(v, o) for v, o in zip(values, order) if v is not None]
    if not present:
        return None
    counts = Counter(v for v, _ in present)
    first = {}
    for v, o in present:
        first.setdefault(v, o)
    return max(counts, key=lambda v: (counts[v], -first[v]))


def _date(reports: list[ReportView]) -> tuple:
    stated = [r for r in reports if r.date and r.date_inferred_from == "text"]
    pool = stated or [r for r in reports if r.date]
    if not pool:
        return None, None, None, None
    counts = Counter(r.date for r in pool)
    day = max(counts, key=lambda d: (counts[d], -d.toordinal()))
    chosen = next(r for r in sorted(pool, key=lambda r: r.seq) if r.date == day)
    return chosen.date, chosen.date_precision, chosen.date_text, chosen.date_inferred_from


def _location(reports: list[ReportView]) -> Location:
    located = [r for r in reports if r.location.precision]
    if not located:
        return Location()
    sharpest = min(PRECISION_RANK[r.location.precision] for r in located)
    level = [r for r in located if PRECISION_RANK[r.location.precision] == sharpest]
    key = lambda r: (r.location.geonameid, r.location.name)  # noqa: E731
    counts = Counter(key(r) for r in level)
    best = max(counts, key=lambda k: (counts[k], -min(r.seq for r in level if key(r) == k)))
    return next(r.location for r in sorted(level, key=lambda r: r.seq) if key(r) == best)


def claims_for_estimate(reports: list[ReportView]) -> list[Claim]:
    """Claims with a source's earlier word marked provisional and repeated figures folded."""
    latest: dict[str, dt.date] = {}
    for report in reports:
        if report.published:
            for claim in report.claims:
                if claim.source and report.published > latest.get(claim.source, dt.date.min):
                    latest[claim.source] = report.published
    kept: list[Claim] = []
    seen: set[tuple] = set()
    for report in sorted(reports, key=lambda r: r.seq):
        for claim in report.claims:
            superseded = (claim.source is not None and report.published is not None
                          and report.published < latest.get(claim.source, dt.date.min))
            key = (claim.source, _figure_key(claim.killed), _figure_key(claim.injured))
            if key in seen:
                continue
            seen.add(key)
            kept.append(claim.model_copy(update={"provisional": True}) if superseded else claim)
    return kept


def _figure_key(count) -> tuple | None:
    return None if count is None else (count.min, count.max, count.value, count.vague)


_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?(?:-\s*(\d+)\s*)?$")


def parse_figure(value: str) -> tuple[int | None, int | None, int | None]:
    """'40' -> (None, 40, None); '30-45' -> (30, None, 45); '30-35-45' -> (30, 35, 45)."""
    match = _RANGE.match(value or "")
    if not match:
        raise ValueError(f"{value!r} is not a figure: write N, LOW-HIGH or LOW-BEST-HIGH")
    numbers = [int(g) for g in match.groups() if g is not None]
    if numbers != sorted(numbers):
        raise ValueError(f"{value!r}: LOW <= BEST <= HIGH")
    if len(numbers) == 1:
        return None, numbers[0], None
    if len(numbers) == 2:
        return numbers[0], None, numbers[1]
    return numbers[0], numbers[1], numbers[2]


def _override(current: Range, value: str) -> Range:
    low, best, high = parse_figure(value)
    if best is not None and low is None:  # one figure: it is the best, the range widens to hold it
        low = best if current.low is None else min(current.low, best)
        high = best if current.high is None else max(current.high, best)
    if best is None:
        best = current.best if current.best is not None else low
        best = min(max(best, low), high)
    return Range(low=low, best=best, high=high)


def check_setting(field_name: str, value: str) -> str:
    """A review's `--set` value, checked before it is stored; the canonical form is returned."""
    if field_name in ("killed", "injured"):
        parse_figure(value)
        return value.replace(" ", "")
    if field_name == "date":
        return dt.date.fromisoformat(value).isoformat()
    if field_name == "sub_event_type":
        types = language.base().event_types
        match = next((t for t in types if t.casefold() == value.strip().casefold()), None)
        if match is None:
            raise ValueError(f"{value!r} is not an ACLED sub-event type: " + "; ".join(types))
        return match
    if field_name in ("perpetrator", "target"):
        return value.strip()
    raise ValueError(f"cannot set {field_name!r}; settable: {', '.join(SETTABLE)}")


def reconcile(reports: list[ReportView], reviews: list[ReviewView]) -> Reconciled:
    reports = sorted(reports, key=lambda r: r.seq)
    order = [r.seq for r in reports]
    sub_event_type = _most_common([r.sub_event_type for r in reports], order)
    event_type = next((r.event_type for r in reports if r.sub_event_type == sub_event_type and r.event_type), None) \
        if sub_event_type else _most_common([r.event_type for r in reports], order)
    weapon = _most_common([r.weapon for r in reports], order)
    day, precision, date_text, inferred = _date(reports)
    result = Reconciled(
        event_type=event_type, sub_event_type=sub_event_type, weapon=weapon,
        date=day, date_precision=precision, date_text=date_text, date_inferred_from=inferred,
        location=_location(reports),
        perpetrator=_most_common([r.perpetrator for r in reports], order),
        target=_most_common([r.target for r in reports], order),
        estimate=estimate(claims_for_estimate(reports)),
        status="open",
    )
    for review in sorted(reviews, key=lambda r: (r.at, r.id)):
        if review.action == "confirm":
            result.status = "confirmed"
        elif review.action == "reject":
            result.status = "rejected"
        elif review.action == "set":
            _apply_setting(result, review.field, review.value)
    return result


def _apply_setting(result: Reconciled, field_name: str, value: str) -> None:
    if field_name in ("killed", "injured"):
        setattr(result.estimate, field_name, _override(getattr(result.estimate, field_name), value))
    elif field_name == "sub_event_type":
        result.sub_event_type = value
        result.event_type = language.base().event_types.get(value, result.event_type)
    elif field_name == "date":
        result.date, result.date_precision = dt.date.fromisoformat(value), "day"
        result.date_text, result.date_inferred_from = None, "review"
    elif field_name in ("perpetrator", "target"):
        setattr(result, field_name, value)
