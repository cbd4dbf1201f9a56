"""Scoring of `bilan/1` records against gold annotations: pure functions, no bilan import.

Devset scoring follows DESIGN.md "How accuracy is measured":

1. Per article, the distinct (kind, value) pairs of the claims of the predicted incidents
   (kind is killed or injured; value is the number as written, else the claim's min; vague
   quantities are not counted) against the same pairs of the gold claims (`killed`/`injured`,
   non-null; `*_vague` never counts). Toll P/R/F1 is micro over articles.
2. Over the tolls found (true-positive pairs): the share whose claim names the right source,
   whose incident has the right city, and, where the gold incident has a date, the right date.
   A pair can sit in several claims (two witnesses saying "7 dead"): it is right when any
   predicted claim carrying it agrees with any gold claim carrying it.
3. Cumulative tolls taken as incident tolls: predicted pairs whose value equals one of the
   article's gold `cumulative_tolls[].killed` and that are not also gold incident pairs (goal 0).
4. False alarms: incidents on articles marked `negatives: true`.

Corpora scoring has one function per dataset, each scoring only what that dataset's gold
can score (see /work/shared/corpora/README.md, "What each dataset can score").

Every scorer returns a dict {"metrics", "support", "lower_is_better", "details"} built by
`Scorecard`: metrics are gated by bench/evaluate.py, support says "23/30", details feed
the --verbose listing.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

KINDS = ("killed", "injured")

# ----------------------------------------------------------------------------------------
# Scorecard: the figures a scorer hands back


class Scorecard:
    """Collects rates and counts with their support, in the order they are added."""

    def __init__(self) -> None:
        self.metrics: dict[str, float | int | None] = {}
        self.support: dict[str, str] = {}
        self.lower_is_better: list[str] = []
        self.details: list[dict] = []

    def rate(self, name: str, hits: int, total: int) -> None:
        # A rate over nothing is unknown, not 0 or 1: the gate skips it.
        self.metrics[name] = round(hits / total, 4) if total else None
        self.support[name] = f"{hits}/{total}"

    def prf(self, prefix: str, tp: int, fp: int, fn: int) -> None:
        self.rate(f"{prefix}precision", tp, tp + fp)
        self.rate(f"{prefix}recall", tp, tp + fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        self.metrics[f"{prefix}f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        self.support[f"{prefix}f1"] = f"tp {tp} fp {fp} fn {fn}"

    def count(self, name: str, n: int, note: str = "goal 0") -> None:
        """A count of errors: the gate treats it as a ceiling."""
        self.metrics[name] = n
        self.support[name] = note
        self.lower_is_better.append(name)

    def as_dict(self) -> dict:
        return {
            "metrics": self.metrics,
            "support": self.support,
            "lower_is_better": self.lower_is_better,
            "details": self.details,
        }


# ----------------------------------------------------------------------------------------
# Text folding


def fold(text: str | None) -> str:
    """Lower case, no accents, apostrophes/hyphens/punctuation as spaces, single spaces."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.sub(r"[^\w;]+", " ", no_marks.lower())
    return " ".join(words.split())


# Words that carry no identity in a source or place name ("la police" = "police").
STOPWORDS = frozenset(
    "a an the of and in at by from for to its his her their "
    "l le la les un une des de du d et en au aux a par selon son sa ses leur".split()
)


def content_words(text: str | None) -> list[str]:
    return [w for w in fold(text).split() if w not in STOPWORDS and w != ";"]


# ----------------------------------------------------------------------------------------
# Counts and pairs


def count_number(count: dict | None) -> int | None:
    """The number a claim's count scores as: as written, else its min; vague counts score nothing."""
    if not count or count.get("vague"):
        return None
    value = count.get("value")
    return value if value is not None else count.get("min")


def predicted_pairs(record: dict) -> dict[tuple[str, int], list[tuple[dict, dict]]]:
    """(kind, value) -> the (incident, claim) pairs of the record that carry it."""
    pairs: dict[tuple[str, int], list[tuple[dict, dict]]] = defaultdict(list)
    for incident in record.get("incidents") or []:
        for claim in incident.get("claims") or []:
            for kind in KINDS:
                number = count_number(claim.get(kind))
                if number is not None:
                    pairs[(kind, number)].append((incident, claim))
    return pairs


def gold_pairs(gold: dict) -> dict[tuple[str, int], list[tuple[dict, dict]]]:
    """(kind, value) -> the gold (incident, claim) pairs that carry it; vague never counts."""
    pairs: dict[tuple[str, int], list[tuple[dict, dict]]] = defaultdict(list)
    for incident in gold.get("incidents") or []:
        for claim in incident.get("claims") or []:
            for kind in KINDS:
                if claim.get(kind) is not None:
                    pairs[(kind, claim[kind])].append((incident, claim))
    return pairs


def format_pair(pair: tuple[str, int]) -> str:
    return f"{pair[0]} {pair[1]}"


def pair_order(pair: tuple[str, int]) -> tuple[int, int]:
    """Killed before injured, then by value."""
    return KINDS.index(pair[0]), pair[1]


# ----------------------------------------------------------------------------------------
# Sources

# Names that denote the same source. Matching is on folded text, exact for short names
# (so that the French article "un" is not the UN) and whole-word containment for long ones.
SOURCE_ALIASES: dict[str, tuple[str, ...]] = {
    "SOHR": (
        "osdh", "sohr", "syrian observatory for human rights", "syrian observatory",
        "observatoire syrien des droits de l homme", "observatoire syrien", "observatory",
        "observatoire", "war monitor", "monitor", "britain based monitor",
    ),
    "SANA": (
        "sana", "syrian arab news agency", "agence officielle syrienne",
        "agence officielle sana", "agence de presse officielle sana", "syrian state news agency",
    ),
    "Saba": ("saba", "agence saba", "saba news agency", "saba government agency"),
    "UN": ("un", "onu", "united nations", "nations unies", "organisation des nations unies"),
    "AFP": ("afp", "agence france presse"),
    "defence ministry": (
        "ministere de la defense", "ministere syrien de la defense", "defence ministry",
        "defense ministry", "ministry of defence", "ministry of defense",
        "syrian defence ministry", "syrian defense ministry", "syria s defense ministry",
    ),
    "interior ministry": (
        "ministere de l interieur", "interior ministry", "ministry of interior",
        "ministry of the interior",
    ),
    "health ministry": (
        "ministere de la sante", "health ministry", "ministry of health",
        "gaza health ministry", "ministere gazaoui", "ministere gazaoui de la sante",
    ),
    "Israeli army": ("armee israelienne", "israeli army", "israeli military", "idf", "tsahal"),
    "al-Shabaab": ("al shabaab", "shabaab", "shebab", "al shebab", "islamistes shebab"),
}

_ALIAS_TO_GROUP = {alias: group for group, aliases in SOURCE_ALIASES.items() for alias in aliases}
_LONG_ALIAS_MIN = 8


def alias_groups(name: str) -> set[str]:
    """The alias groups a folded source name belongs to."""
    words = " ".join(content_words(name))
    groups = {_ALIAS_TO_GROUP[words]} if words in _ALIAS_TO_GROUP else set()
    padded = f" {fold(name)} "
    for alias, group in _ALIAS_TO_GROUP.items():
        if len(alias) >= _LONG_ALIAS_MIN and f" {alias} " in padded:
            groups.add(group)
    return groups


def source_variants(gold_source: str) -> list[str]:
    """The names a gold attribution allows: each ';' part, and each part without / inside its parentheses.

    "l'Observatoire syrien des droits de l'homme (OSDH)" allows the long name and OSDH;
    "le communiqué (armée)" allows "le communiqué" and "armée" (the clarification).
    """
    variants = []
    for part in gold_source.split(";"):
        part = part.strip()
        if not part:
            continue
        variants.append(part)
        outside = re.sub(r"\([^)]*\)", " ", part).strip()
        if outside and outside != part:
            variants.append(outside)
        variants.extend(inner.strip() for inner in re.findall(r"\(([^)]*)\)", part) if inner.strip())
    return variants


def names_match(gold_name: str, predicted_name: str) -> bool:
    """Same source: a shared alias group, or one name's content words inside the other's."""
    if alias_groups(gold_name) & alias_groups(predicted_name):
        return True
    gold_words, predicted_words = content_words(gold_name), content_words(predicted_name)
    if not gold_words or not predicted_words:
        return False
    shorter, longer = sorted((" ".join(gold_words), " ".join(predicted_words)), key=len)
    # token_set_ratio is 100 exactly when one word set contains the other.
    if fuzz.token_set_ratio(shorter, longer) >= 100:
        return True
    # Padding keeps the fuzzy window on word edges ("ong" must not match "longtemps").
    return len(shorter) >= 5 and fuzz.partial_ratio(f" {shorter} ", f" {longer} ") >= 90


def source_matches(gold_source: str | None, claim: dict) -> bool:
    """Does a predicted claim name the gold source? Both unattributed is right, one is wrong."""
    predicted_names = [n for n in (claim.get("source_text"), claim.get("source")) if n]
    if gold_source is None or not gold_source.strip():
        return not predicted_names
    if not predicted_names:
        return False
    return any(
        names_match(variant, name) for variant in source_variants(gold_source) for name in predicted_names
    )


def predicted_source_label(claim: dict) -> str:
    text, canonical = claim.get("source_text"), claim.get("source")
    if text and canonical and fold(text) != fold(canonical):
        return f"{text} [{canonical}]"
    return text or canonical or "none"


# ----------------------------------------------------------------------------------------
# Places and dates


def place_key(name: str | None) -> str:
    """Folded name with the commonest transliteration variants merged.

    Huliaipole / Hulyaypole / Houliaïpole and Khan Younis / Khan Yunis differ only in
    y-for-i and the French ou-for-u.
    """
    return fold(name).replace("ou", "u").replace("y", "i")


def place_names_match(gold_name: str | None, predicted_name: str | None) -> bool:
    """Place names equal after folding and transliteration, or very close (Mosul / Mossoul)."""
    gold_key, predicted_key = place_key(gold_name), place_key(predicted_name)
    if not gold_key or not predicted_key:
        return False
    return gold_key == predicted_key or fuzz.ratio(gold_key, predicted_key) >= 90


def city_matches(gold_location: dict | None, predicted_location: dict | None) -> bool:
    """Right city; where the gold has none, right only if bilan claims no city-level place."""
    gold_city = (gold_location or {}).get("city")
    predicted_location = predicted_location or {}
    predicted_city = predicted_location.get("city")
    if gold_city is None:
        return predicted_city is None or predicted_location.get("precision") in ("admin1", "country")
    return place_names_match(gold_city, predicted_city)


def incident_date(incident: dict) -> str | None:
    return ((incident.get("date") or {}).get("value") or None)


def location_label(location: dict | None) -> str:
    location = location or {}
    parts = [location.get("name"), location.get("city"), location.get("admin1"), location.get("country")]
    label = " / ".join(str(p) if p else "-" for p in parts)
    return f"{label} ({location.get('precision') or 'no precision'})"


# ----------------------------------------------------------------------------------------
# Devset


def score_devset_article(article: dict, record: dict) -> dict:
    """Counts and readable details for one devset article."""
    gold = article["gold"]
    predicted, expected = predicted_pairs(record), gold_pairs(gold)
    found = sorted(set(predicted) & set(expected), key=pair_order)
    result = {
        "id": article["id"],
        "lang": article["lang"],
        "negative": bool(gold.get("negatives")),
        "tp": len(found),
        "fp": len(set(predicted) - set(expected)),
        "fn": len(set(expected) - set(predicted)),
        "missed": _missed_by_claim(set(expected) - set(predicted), expected),
        "spurious": _spurious_by_claim(set(predicted) - set(expected), predicted),
    }
    result.update(_judge_found_pairs(found, predicted, expected))
    result["cumulative_as_incident"] = _cumulative_taken_as_incident(gold, predicted, expected)
    incidents = record.get("incidents") or []
    result["false_alarms"] = len(incidents) if result["negative"] else 0
    result["false_alarm_incidents"] = (
        [_incident_summary(incident) for incident in incidents] if result["negative"] else []
    )
    result["errors"] = record.get("errors") or []
    return result


def _judge_found_pairs(found, predicted, expected) -> dict:
    judged = {"source_right": 0, "city_right": 0, "date_right": 0, "date_scored": 0,
              "wrong_source": [], "wrong_city": [], "wrong_date": []}
    for pair in found:
        predicted_claims, gold_claims = predicted[pair], expected[pair]
        if any(source_matches(g_claim.get("source"), p_claim)
               for _, g_claim in gold_claims for _, p_claim in predicted_claims):
            judged["source_right"] += 1
        else:
            judged["wrong_source"].append({
                "pair": format_pair(pair),
                "gold": sorted({str(g_claim.get("source")) for _, g_claim in gold_claims}),
                "predicted": sorted({predicted_source_label(p_claim) for _, p_claim in predicted_claims}),
            })
        if any(city_matches(g_inc.get("location"), p_inc.get("location"))
               for g_inc, _ in gold_claims for p_inc, _ in predicted_claims):
            judged["city_right"] += 1
        else:
            judged["wrong_city"].append({
                "pair": format_pair(pair),
                "gold": sorted({str((g_inc.get("location") or {}).get("city")) for g_inc, _ in gold_claims}),
                "predicted": sorted({location_label(p_inc.get("location")) for p_inc, _ in predicted_claims}),
            })
        gold_dates = {g_inc["date"] for g_inc, _ in gold_claims if g_inc.get("date")}
        if gold_dates:
            judged["date_scored"] += 1
            predicted_dates = {incident_date(p_inc) for p_inc, _ in predicted_claims}
            if gold_dates & predicted_dates:
                judged["date_right"] += 1
            else:
                judged["wrong_date"].append({
                    "pair": format_pair(pair),
                    "gold": sorted(gold_dates),
                    "predicted": sorted(_date_label(p_inc) for p_inc, _ in predicted_claims),
                })
    return judged


def _cumulative_taken_as_incident(gold, predicted, expected) -> list[str]:
    cumulative = {toll["killed"] for toll in gold.get("cumulative_tolls") or [] if toll.get("killed") is not None}
    return [format_pair(pair) for pair in sorted(predicted, key=pair_order)
            if pair[0] == "killed" and pair[1] in cumulative and pair not in expected]


def _group_by_claim(pairs, carriers_of) -> list[tuple[list[str], dict, dict]]:
    """Pairs that come from one claim listed together: (pairs, incident, claim), in pair order."""
    groups: dict[int, tuple[list[str], dict, dict]] = {}
    for pair in sorted(pairs, key=pair_order):
        incident, claim = carriers_of[pair][0]
        groups.setdefault(id(claim), ([], incident, claim))[0].append(format_pair(pair))
    return list(groups.values())


def _missed_by_claim(pairs, expected) -> list[dict]:
    return [{"pairs": pairs, "source": claim.get("source"), "uncertain": bool(claim.get("uncertain")),
             "text": claim.get("text") or ""}
            for pairs, _, claim in _group_by_claim(pairs, expected)]


def _spurious_by_claim(pairs, predicted) -> list[dict]:
    return [{"pairs": pairs, "incident": incident.get("id"), "source": predicted_source_label(claim),
             "count_texts": [(claim.get(kind) or {}).get("text") or "" for kind in KINDS if claim.get(kind)],
             "evidence": (claim.get("evidence") or {}).get("text") or ""}
            for pairs, incident, claim in _group_by_claim(pairs, predicted)]


def _date_label(incident: dict) -> str:
    date = incident.get("date") or {}
    return f"{date.get('value') or 'none'} ({date.get('text') or 'no text'})"


def _incident_summary(incident: dict) -> dict:
    return {
        "id": incident.get("id"),
        "event_type": incident.get("event_type"),
        "sub_event_type": incident.get("sub_event_type"),
        "location": location_label(incident.get("location")),
        "tolls": [format_pair(pair) for pair in sorted(predicted_pairs({"incidents": [incident]}), key=pair_order)],
    }


def summarise_devset(article_scores: list[dict]) -> dict:
    """Micro-averaged figures over a list of per-article scores."""
    total = {key: sum(s[key] for s in article_scores)
             for key in ("tp", "fp", "fn", "source_right", "city_right", "date_right", "date_scored", "false_alarms")}
    card = Scorecard()
    card.prf("toll_", total["tp"], total["fp"], total["fn"])
    card.rate("source_right", total["source_right"], total["tp"])
    card.rate("city_right", total["city_right"], total["tp"])
    card.rate("date_right", total["date_right"], total["date_scored"])
    card.count("cumulative_as_incident", sum(len(s["cumulative_as_incident"]) for s in article_scores))
    negatives = sum(s["negative"] for s in article_scores)
    card.count("false_alarms", total["false_alarms"], f"incidents on {negatives} negative articles")
    card.count("extract_errors", sum(bool(s["errors"]) for s in article_scores), "articles with errors")
    summary = card.as_dict()
    del summary["details"]  # the articles carry their own
    return summary


def score_devset(articles: list[dict], records: list[dict]) -> dict:
    """Devset figures overall and per language, plus per-article details."""
    article_scores = [score_devset_article(a, r) for a, r in zip(articles, records, strict=True)]
    by_lang = {lang: summarise_devset([s for s in article_scores if s["lang"] == lang])
               for lang in sorted({s["lang"] for s in article_scores})}
    return {"all": summarise_devset(article_scores), "by_lang": by_lang, "articles": article_scores}


# ----------------------------------------------------------------------------------------
# Shared helpers for corpora


# Event types that are not armed violence: an incident of these types on a negative
# document is not a false alarm unless it carries a casualty claim.
NON_VIOLENT_EVENT_TYPES = frozenset({"Protests", "Strategic developments"})


def is_false_alarm(incident: dict) -> bool:
    """An armed-violence incident, or any incident with a casualty figure."""
    has_claim = any(claim.get(kind) for claim in incident.get("claims") or [] for kind in KINDS)
    return has_claim or incident.get("event_type") not in NON_VIOLENT_EVENT_TYPES


def best_count(incident: dict, kind: str) -> int | None:
    """The incident's best figure: its estimate, else the largest number its claims state."""
    best = (((incident.get("estimate") or {}).get(kind)) or {}).get("best")
    if best is not None:
        return best
    numbers = [count_number(claim.get(kind)) for claim in incident.get("claims") or []]
    numbers = [n for n in numbers if n is not None]
    return max(numbers) if numbers else None


def lead_incident(record: dict) -> dict | None:
    """The first incident that carries a toll, else the first incident: the article's lead.

    Not the incident with the largest toll: local news recalls other shootings ("the
    13 killed in ..."), and on gva the largest toll picked such a recall far more often
    (killed exact 0.28 against 0.41 for the lead, on the first full run).
    """
    incidents = record.get("incidents") or []
    with_toll = [incident for incident in incidents if predicted_pairs({"incidents": [incident]})]
    return (with_toll or incidents or [None])[0]


def incident_place_names(incident: dict) -> list[str]:
    location = incident.get("location") or {}
    return [location[key] for key in ("name", "city", "admin1") if location.get(key)]


def any_place_matches(incidents: Iterable[dict], gold_names: Iterable[str]) -> bool:
    gold_names = list(gold_names)
    return any(
        place_names_match(gold, name) or names_match(gold, name)
        for incident in incidents for name in incident_place_names(incident) for gold in gold_names
    )


def _doc_detail(doc_id: str, record: dict, **gold) -> dict:
    return {"id": doc_id, "gold": gold, "incidents": [_incident_summary(i) for i in record.get("incidents") or []]}


# ----------------------------------------------------------------------------------------
# gva_semeval2018t5


def gva_city_names(city_or_county: str) -> list[str]:
    """'Pittsburgh (Mount Oliver)' -> ['Pittsburgh', 'Mount Oliver']: either is the right city."""
    outside = re.sub(r"\([^)]*\)", " ", city_or_county).strip()
    inside = [s.strip() for s in re.findall(r"\(([^)]*)\)", city_or_county) if s.strip()]
    return [n for n in [outside, *inside] if n]


def score_gva(docs: list[dict], records: list[dict]) -> dict:
    """Agreement of bilan's lead incident with the Gun Violence Archive record.

    The registry holds the incident's final figures, not what each article says (an early
    article may say fewer), so a miss is not a certain error. The incident compared is
    `lead_incident`; its figures are the estimate's best, else the largest stated claim.
    A figure bilan leaves empty counts as 0: the registry writes 0 where nobody was hurt,
    and a shooting report that names no wounded usually has none. A document with no
    incident misses every figure.
    """
    card = Scorecard()
    hits = defaultdict(int)
    for doc, record in zip(docs, records, strict=True):
        registry = doc["gold"]["incident"]
        incident = lead_incident(record)
        detail = _doc_detail(doc["id"], record, killed=registry["num_killed"], injured=registry["num_injured"],
                             city=registry["city_or_county"], state=registry["state"], date=registry["date"])
        card.details.append(detail)
        if incident is None:
            continue
        hits["found"] += 1
        killed, injured = (best_count(incident, kind) or 0 for kind in KINDS)
        hits["killed_exact"] += killed == registry["num_killed"]
        hits["killed_within_1"] += abs(killed - registry["num_killed"]) <= 1
        hits["injured_exact"] += injured == registry["num_injured"]
        hits["injured_within_1"] += abs(injured - registry["num_injured"]) <= 1
        hits["both_exact"] += killed == registry["num_killed"] and injured == registry["num_injured"]
        hits["city_right"] += any_place_matches([incident], gva_city_names(registry["city_or_county"]))
        hits["state_right"] += place_names_match(registry["state"], (incident.get("location") or {}).get("admin1"))
        hits["date_right"] += incident_date(incident) == registry["date"]
        detail["lead"] = {"incident": incident.get("id"), "killed": killed, "injured": injured,
                          "location": location_label(incident.get("location")), "date": _date_label(incident)}
    for name in ("found", "killed_exact", "killed_within_1", "injured_exact", "injured_within_1",
                 "both_exact", "city_right", "state_right", "date_right"):
        card.rate(name, hits[name], len(docs))
    return card.as_dict()


# ----------------------------------------------------------------------------------------
# popcorn_fr

POPCORN_NON_VIOLENT = frozenset({"ACCIDENT", "FIRE", "EPIDEMIC", "NATURAL_EVENT"})
POPCORN_KIND = {"DEATHS_NUMBER": "killed", "INJURED_NUMBER": "injured"}


def popcorn_is_negative(doc: dict) -> bool:
    """Every casualty event is an accident, fire, epidemic or natural event."""
    relations = doc["gold"]["casualty_relations"]
    return bool(relations) and all(r["event_type"] in POPCORN_NON_VIOLENT for r in relations)


def popcorn_gold_pairs(doc: dict) -> set[tuple[str, int]]:
    """Exact and at-least figures on violent events; both are numbers as written.

    QUANTITY_FUZZY values are the annotators' numbers for vague words ("une dizaine" -> 10),
    so they are scored apart, as vague, by `popcorn_fuzzy_read_as_vague`.
    """
    return {
        (POPCORN_KIND[r["relation"]], int(r["value"]))
        for r in doc["gold"]["casualty_relations"]
        if r["quantity_type"] in ("QUANTITY_EXACT", "QUANTITY_MIN") and r["event_type"] not in POPCORN_NON_VIOLENT
    }


def popcorn_fuzzy_read_as_vague(doc: dict, record: dict) -> tuple[int, int]:
    """(fuzzy figures that bilan read as vague or approximate, fuzzy figures)."""
    fuzzy_kinds = [POPCORN_KIND[r["relation"]] for r in doc["gold"]["casualty_relations"]
                   if r["quantity_type"] == "QUANTITY_FUZZY" and r["event_type"] not in POPCORN_NON_VIOLENT]
    claims = [claim for incident in record.get("incidents") or [] for claim in incident.get("claims") or []]
    hits = sum(
        any((claim.get(kind) or {}).get("vague") or (claim.get(kind) or {}).get("approx") for claim in claims)
        for kind in fuzzy_kinds
    )
    return hits, len(fuzzy_kinds)


def popcorn_gold_summary(doc: dict) -> list[str]:
    return [f"{POPCORN_KIND[r['relation']]} {r['value']} ({r['quantity_type'].removeprefix('QUANTITY_').lower()}"
            f" on {r['event_type']})" for r in doc["gold"]["casualty_relations"]]


def score_popcorn_fr(docs: list[dict], records: list[dict]) -> dict:
    """Toll F1 over DEATHS_NUMBER / INJURED_NUMBER figures; tolls on the non-violent documents."""
    card = Scorecard()
    tp = fp = fn = fuzzy_hits = fuzzy_total = negatives = negative_tolls = negative_alarm_docs = 0
    for doc, record in zip(docs, records, strict=True):
        predicted = set(predicted_pairs(record))
        detail = _doc_detail(doc["id"], record, casualties=popcorn_gold_summary(doc))
        card.details.append(detail)
        if popcorn_is_negative(doc):
            negatives += 1
            negative_tolls += len(predicted)
            negative_alarm_docs += any(is_false_alarm(i) for i in record.get("incidents") or [])
            detail["spurious"] = [format_pair(p) for p in sorted(predicted, key=pair_order)]
            continue
        expected = popcorn_gold_pairs(doc)
        tp, fp, fn = tp + len(predicted & expected), fp + len(predicted - expected), fn + len(expected - predicted)
        hits, total = popcorn_fuzzy_read_as_vague(doc, record)
        fuzzy_hits, fuzzy_total = fuzzy_hits + hits, fuzzy_total + total
        detail["missed"] = [format_pair(p) for p in sorted(expected - predicted, key=pair_order)]
        detail["spurious"] = [format_pair(p) for p in sorted(predicted - expected, key=pair_order)]
    card.prf("toll_", tp, fp, fn)
    card.rate("fuzzy_read_as_vague", fuzzy_hits, fuzzy_total)
    card.count("negative_tolls", negative_tolls, f"toll pairs on {negatives} non-violent docs")
    card.count("negative_docs_alarmed", negative_alarm_docs, f"of {negatives} non-violent docs")
    return card.as_dict()


# ----------------------------------------------------------------------------------------
# case2021_task2

CASE2021_SUBTYPES = {
    "AIR_STRIKE": "Air/drone strike",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ARMED_CLASH": "Armed clash",
    "SUIC_BOMB": "Suicide bomb",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
}

ACLED_EVENT_TYPE = {
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Armed clash": "Battles",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
}


def score_case2021_task2(docs: list[dict], records: list[dict]) -> dict:
    """Sub-event type of the lead incident on the violent snippets; false alarms on the others.

    Place is not scored: the organisers replaced place names in this test set.
    """
    card = Scorecard()
    violent = found = subtype_right = type_right = negatives = alarms = 0
    for doc, record in zip(docs, records, strict=True):
        label = doc["gold"]["subtype"]
        card.details.append(_doc_detail(doc["id"], record, subtype=label))
        if label not in CASE2021_SUBTYPES:
            negatives += 1
            alarms += any(is_false_alarm(i) for i in record.get("incidents") or [])
            continue
        violent += 1
        incident = lead_incident(record)
        if incident is None:
            continue
        found += 1
        expected = CASE2021_SUBTYPES[label]
        subtype_right += incident.get("sub_event_type") == expected
        type_right += incident.get("event_type") == ACLED_EVENT_TYPE[expected]
    card.rate("found", found, violent)
    card.rate("sub_event_type_right", subtype_right, violent)
    card.rate("event_type_right", type_right, violent)
    card.count("false_alarm_docs", alarms, f"of {negatives} non-violent snippets")
    return card.as_dict()


# ----------------------------------------------------------------------------------------
# wikievents and rams: event detection and place

WIKIEVENTS_TYPES = ("Conflict.Attack", "Life.Die", "Life.Injure")
RAMS_TYPES = ("conflict.attack", "life.die", "life.injure")


def wikievents_places(doc: dict) -> list[str]:
    """Named places among the Place arguments of the attack/die/injure events.

    Only GPE/LOC arguments written with a capital: the others are nouns a gazetteer
    cannot resolve ("campus", "line", "the area", "southeastern").
    """
    return [arg["text"] for event in doc["gold"]["events"] if event["type"].startswith(WIKIEVENTS_TYPES)
            for arg in event["arguments"]
            if arg["role"] == "Place" and arg.get("entity_type") in ("GPE", "LOC") and arg["text"][:1].isupper()]


def _score_detection_and_place(docs, records, places_of, relevant) -> Scorecard:
    card = Scorecard()
    scored = found = place_scored = place_right = 0
    for doc, record in zip(docs, records, strict=True):
        if not relevant(doc):
            continue
        scored += 1
        incidents = record.get("incidents") or []
        places = places_of(doc)
        card.details.append(_doc_detail(doc["id"], record, places=places))
        if not incidents:
            continue
        found += 1
        if places:
            place_scored += 1
            place_right += any_place_matches(incidents, places)
    card.rate("found", found, scored)
    card.rate("place_right", place_right, place_scored)
    return card


def score_wikievents(docs: list[dict], records: list[dict]) -> dict:
    """Documents with an attack/die/injure event where bilan finds an incident; place among them.

    Place is right when an incident's name/city/admin1 matches a GPE/LOC Place argument of
    those events. Victim arguments are head nouns, not numbers: no toll is scored.
    """
    def relevant(doc):
        return any(e["type"].startswith(WIKIEVENTS_TYPES) for e in doc["gold"]["events"])
    return _score_detection_and_place(docs, records, wikievents_places, relevant).as_dict()


def score_rams(docs: list[dict], records: list[dict]) -> dict:
    """Windows with an attack/die/injure event where bilan finds an incident; place and attacker."""
    def relevant(doc):
        return doc["gold"]["event"]["type"].startswith(RAMS_TYPES)

    def places(doc):
        return [a["text"] for a in doc["gold"]["event"]["arguments"] if a["role"] == "place"]
    card = _score_detection_and_place(docs, records, places, relevant)
    attacker_scored = attacker_right = 0
    for doc, record in zip(docs, records, strict=True):
        attackers = [a["text"] for a in doc["gold"]["event"]["arguments"] if a["role"] in ("attacker", "killer")]
        perpetrators = [i.get("perpetrator") for i in record.get("incidents") or [] if i.get("perpetrator")]
        if attackers and record.get("incidents"):
            attacker_scored += 1
            attacker_right += any(names_match(a, p) for a in attackers for p in perpetrators)
    card.rate("attacker_right", attacker_right, attacker_scored)
    return card.as_dict()


# ----------------------------------------------------------------------------------------
# fakes_syria

# The dataset's lower-case governorate names, with the spellings a gazetteer may use.
SYRIAN_GOVERNORATES = {
    "aleppo": ("aleppo", "alep", "halab"),
    "damascus": ("damascus", "damas", "dimashq", "rif dimashq", "damascus countryside", "rif damascus"),
    "idlib": ("idlib", "idleb"),
    "deir ezzor": ("deir ez zor", "deir ezzor", "deir el zour", "dayr az zawr", "deir ez zour", "deir ezzor"),
    "raqqa": ("raqqa", "ar raqqah", "raqqah", "raqa"),
    "homs": ("homs", "hims"),
    "hasakeh": ("hasakeh", "al hasakah", "hasakah", "hasaka", "al hasaka", "hassakeh"),
    "hama": ("hama", "hamah"),
    "daraa": ("daraa", "dara a", "deraa", "dar a"),
    "lattakia": ("lattakia", "latakia", "al ladhiqiyah", "lattaquie"),
    "quneitra": ("quneitra", "al qunaytirah", "qunaytirah", "kuneitra"),
}


def governorate_matches(gold_governorate: str, incident: dict) -> bool:
    """admin1 or city equals the governorate or its capital (they share the name)."""
    spellings = SYRIAN_GOVERNORATES.get(gold_governorate, (gold_governorate,))
    location = incident.get("location") or {}
    return any(place_names_match(spelling, location.get(key))
               for key in ("admin1", "city") for spelling in spellings)


def date_within(value: str | None, report_date: str, days_before: int) -> bool:
    """The event date is the report date or up to `days_before` days earlier."""
    try:
        event = dt.date.fromisoformat(value or "")
    except ValueError:
        return False
    report = dt.date.fromisoformat(report_date)
    return report - dt.timedelta(days=days_before) <= event <= report


def score_fakes_syria(docs: list[dict], records: list[dict]) -> dict:
    """Governorate (admin1) and date of any incident, split by credibility label.

    The gold date is the report date; the event may be up to 2 days earlier. There is no
    toll gold: the tolls bilan reads are listed with --verbose for review by hand.
    """
    card = Scorecard()
    found = place_right = date_right = 0
    found_by_label = defaultdict(lambda: [0, 0])
    for doc, record in zip(docs, records, strict=True):
        gold = doc["gold"]
        incidents = record.get("incidents") or []
        label = "credible" if gold["credibility_label"] == 1 else "fake"
        found_by_label[label][1] += 1
        card.details.append(_doc_detail(doc["id"], record, location=gold["location"], date=gold["date"], label=label))
        if not incidents:
            continue
        found += 1
        found_by_label[label][0] += 1
        place_right += any(governorate_matches(gold["location"], i) for i in incidents)
        date_right += any(date_within(incident_date(i), gold["date"], 2) for i in incidents)
    card.rate("found", found, len(docs))
    for label in ("credible", "fake"):
        card.rate(f"found_{label}", *found_by_label[label])
    card.rate("governorate_right", place_right, len(docs))
    card.rate("date_right", date_right, len(docs))
    return card.as_dict()


# ----------------------------------------------------------------------------------------
# hrdsattack

# Country names the dataset writes that babel's English names do not spell the same way.
COUNTRY_ALIASES = {"usa": "US", "us": "US", "palestine": "PS", "russia": "RU", "uk": "GB"}


def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code of an English country name; None for "None", "-", continents."""
    folded = fold(name)
    if not folded or folded in ("none", "nan"):
        return None
    if folded in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[folded]
    return _english_country_codes().get(folded)


_COUNTRY_CODES: dict[str, str] = {}


def _english_country_codes() -> dict[str, str]:
    if not _COUNTRY_CODES:
        from babel import Locale  # imported late: only hrdsattack needs it

        _COUNTRY_CODES.update({fold(name): code for code, name in Locale("en").territories.items()
                               if len(code) == 2 and code.isalpha()})
    return _COUNTRY_CODES


def _stated(value: str | None) -> str | None:
    return None if value is None or fold(value) in ("", "none", "nan") else value


def score_hrdsattack(docs: list[dict], records: list[dict]) -> dict:
    """Killings found (an incident with a killed figure); their country and city; false alarms.

    The gold has no tolls; its dates are often not the killing's (a birth year, a past war)
    so they are not scored.
    """
    card = Scorecard()
    killing = found = country_scored = country_right = city_scored = city_right = negatives = alarms = 0
    for doc, record in zip(docs, records, strict=True):
        merged = doc["gold"]["merged"]
        incidents = record.get("incidents") or []
        gold_country, gold_city = country_code(merged.get("country")), _stated(merged.get("city"))
        card.details.append(_doc_detail(doc["id"], record, violations=merged["violation_types"],
                                        country=merged.get("country"), city=merged.get("city")))
        if "killing" not in merged["violation_types"]:
            negatives += 1
            alarms += any(is_false_alarm(i) for i in incidents)
            continue
        killing += 1
        killings = [i for i in incidents if any((c.get("killed") or {}) for c in i.get("claims") or [])]
        found += bool(killings)
        if killings and gold_country:
            country_scored += 1
            country_right += any((i.get("location") or {}).get("country") == gold_country for i in killings)
        if killings and gold_city:
            city_scored += 1
            city_right += any_place_matches(killings, [gold_city])
    card.rate("killing_found", found, killing)
    card.rate("country_right", country_right, country_scored)
    card.rate("city_right", city_right, city_scored)
    card.count("false_alarm_docs", alarms, f"of {negatives} docs with no violation")
    return card.as_dict()


CORPUS_SCORERS = {
    "gva": score_gva,
    "popcorn_fr": score_popcorn_fr,
    "case2021_task2": score_case2021_task2,
    "wikievents": score_wikievents,
    "rams": score_rams,
    "fakes_syria": score_fakes_syria,
    "hrdsattack": score_hrdsattack,
}
