"""Language packs: what bilan knows about a language, kept as YAML data.

Each folder under `bilan/lang/` except `base` is a language, found by its name (no
central list): adding a language is adding a folder of the files in `PACK_FILES`.
`lang/base/` holds what is not tied to one language (the ACLED taxonomy, source
aliases). Every file is validated against the models below; one test runs that
check over every folder, so a typo in a lexicon fails in CI, not in production.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

LANG_ROOT = Path(str(resources.files("bilan") / "lang"))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regexes(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad regular expression {pattern!r}: {exc}") from exc
    if len(set(patterns)) != len(patterns):
        dupes = sorted({p for p in patterns if patterns.count(p) > 1})
        raise ValueError(f"duplicate entries: {dupes}")
    return patterns


class Boilerplate(_Strict):
    """Page furniture scrapers leave in article text."""

    line_patterns: list[str]  # regex; a line that matches in full is boilerplate
    glued_prompts: list[str]  # prompts scrapers glue onto the next line ("Contactez-nousEnvie")

    _v = field_validator("line_patterns")(_check_regexes)


class Qualifiers(_Strict):
    at_least: list[str]
    more_than: list[str]
    about: list[str]
    up_to: list[str]
    at_least_after: list[str]  # "Six personnes au moins"


class Numbers(_Strict):
    """How counts are written: number words (composed by text2num), qualifiers, vague quantities."""

    text2num_lang: str
    number_words: list[str]  # every word text2num may compose into a number
    number_joiners: list[str]  # words allowed inside a number ("trente et un", "one hundred and five")
    one: list[str]  # "un", "a": 1 only right before a victim noun
    qualifiers: Qualifiers
    vague: dict[str, int]  # regex -> conservative minimum ("des dizaines" -> 20)
    not_counts_after: list[str]  # regex of what follows a number that is not a count (units, months)
    not_counts_before: list[str]  # regex of what precedes a number that is not a count
    # regex of what follows a count of a part of the victims ("14 of the wounded"): a lower bound
    partitive_after: list[str] = []

    _v = field_validator("not_counts_after", "not_counts_before", "partitive_after")(_check_regexes)


class Casualties(_Strict):
    """The words that make a number a toll, and what kind of toll."""

    killed_nouns: list[str]  # regex, right after a number: "morts", "dead"
    injured_nouns: list[str]
    killed_verbs: list[str]  # regex, a verb form saying people died: "ont été tués", "were killed"
    injured_verbs: list[str]
    killed_agentive: list[str]  # regex, verb then count: "killing", "a tué", "claimed the lives of"
    injured_agentive: list[str]
    toll_nouns: list[str]  # "bilan", "death toll": a count after them is a killed count
    victims: dict[str, str | None]  # victim noun regex -> group key (None: people in general)
    # regex of one word that may stand between "a"/"un" and its victim noun ("a 23-year-old man")
    one_victim_modifiers: list[str]
    breakdown: list[str]  # regex introducing a breakdown: "dont", "including"
    scope_among: list[str]  # "parmi les" + group: the whole count belongs to that group
    others: list[str]  # "d'autres", "others": the victims continue the previous count
    total: list[str]  # regex marking a total toll ("bilan total")
    provisional: list[str]  # regex marking an earlier or provisional toll
    # Counts that are a part of a toll given elsewhere, not a toll: "Al Mukhtar hospital received 24
    # injured" (a per-facility share), "deux policiers figurent parmi les morts" (who the dead were).
    partial_before: list[str]  # regex ending the clause before the count
    partial_after: list[str]  # regex starting the clause after the count's victim noun

    _v = field_validator(
        "killed_nouns", "injured_nouns", "killed_verbs", "injured_verbs", "killed_agentive",
        "injured_agentive", "toll_nouns", "breakdown", "scope_among", "others", "total", "provisional",
        "partial_before", "partial_after", "one_victim_modifiers",
    )(_check_regexes)


class Sources(_Strict):
    """How articles attribute a figure."""

    according_to: list[str]  # regex before the source: "selon", "according to"
    reporting_verbs: list[str]  # regex: "a affirmé", "said", "told AFP"
    anaphora: dict[str, str]  # regex of a phrase standing for a source named elsewhere -> kind
    generic: dict[str, str]  # regex of unnamed sources ("la police", "medics") -> canonical label
    determiners: list[str]  # words to strip from the start of a source phrase ("l'", "the")

    _v = field_validator("according_to", "reporting_verbs")(_check_regexes)


class Scope(_Strict):
    """Phrases that make a toll not an incident's."""

    cumulative: list[str]  # regex: "depuis le début du conflit", "since the war began"
    # regex that scopes a figure only when it follows it: "180 civils tués en août" is a month's
    # count, but in "In June, al-Shabaab killed 54 soldiers at their base" June dates one event.
    cumulative_after: list[str]
    # regex that scopes a figure only when it comes before it: "une recrudescence d'attaques qui
    # ont fait près de 200 morts", but not "18 tués ... au lendemain d'une série d'attaques".
    cumulative_before: list[str]
    non_violent: list[str]  # regex: "séisme", "earthquake": tolls of other disasters

    _v = field_validator("cumulative", "cumulative_after", "cumulative_before", "non_violent")(_check_regexes)


class Trigger(_Strict):
    pattern: str
    sub_event_type: str
    weapon: str | None = None


class Events(_Strict):
    triggers: list[Trigger]
    not_violence: list[str]  # regex of contexts where triggers mean something else (sport, "tir au but")

    @field_validator("triggers")
    @classmethod
    def _compile(cls, triggers: list[Trigger]) -> list[Trigger]:
        _check_regexes([t.pattern for t in triggers])
        return triggers


class Places(_Strict):
    prepositions: list[str]  # regex before a place name: "à", "dans", "in", "near"
    district_nouns: list[str]  # regex: "quartier", "district": parts of a town
    facility_nouns: list[str]  # regex: "poste", "market": "poste de Madjoari" is in the town Madjoari
    relative_markers: list[str]  # regex ending right before a town the event is only near: "southwest of"
    settlement_nouns: list[str]  # regex: "village", "localité", "town": a name after one is a settlement
    directions: list[str]  # regex: "l'est de", "western": a part of the city
    divisions_before: list[str]  # regex right before a name that makes it a region: "province de", "bande de"
    divisions_after: list[str]  # regex right after a name that makes it a region: "province", "state"
    city_anaphora: list[str]  # regex for "la ville", "the city": the city in context
    not_places: list[str]  # words NER tags as places that are not ("Envie", "Sana")
    toponym_prefixes: list[str]  # first words of place names NER often misses ("Jabal", "Kafr", "Tell")

    _v = field_validator("prepositions", "district_nouns", "facility_nouns", "relative_markers", "settlement_nouns",
                         "directions", "city_anaphora",
                         "divisions_before", "divisions_after")(
        _check_regexes)


class Dates(_Strict):
    """How dates are written; `bilan.extract.dates` holds the language-neutral grammar.

    Regex entries are matched case-insensitively, a space stands for any run of
    spaces or tabs, and ’ in the text is read as ' (write ' in patterns). Name keys
    (weekdays, months, abbreviations, numbers) are plain lowercase words.
    """

    capitalised_names: bool  # month names count only when capitalised ("May" yes, the verb "may" no)
    weekdays: dict[str, int]  # full name -> 0 (Monday) .. 6
    weekday_abbreviations: dict[str, int]  # "dim", "mon": a weekday only right before a dated day
    months: dict[str, int]  # full name -> 1..12
    month_abbreviations: dict[str, int]  # "aug", "sept": a month only beside a day number or a year
    abbreviation_period: bool  # abbreviations need their "." (French "sept" is also seven)
    day_suffixes: list[str]  # regex of ordinal endings after a day number: "er", "st|nd|rd|th"
    orders: list[str]  # "day_month" ("22 avril") and/or "month_day" ("August 6")
    day_month_links: list[str]  # regex between day and month: "of" ("6th of August")
    numeric_order: str  # "dmy" or "mdy" for 10/09/2018 (ISO 2018-10-09 always works)
    leads: list[str]  # regex right before a day expression, kept in its text: "le", "ce", "on"
    day_parts_before: list[str]  # regex before a weekday or relative day: "late", "in the early hours of"
    day_parts: list[str]  # regex after a weekday or relative day: "soir", "matin", "night"
    weekday_modifiers: dict[str, int]  # regex beside a weekday: "dernier"/"last" -> -1, "prochain"/"next" -> 1
    relative_days: dict[str, int]  # regex -> offset in days from publication ("hier" -> -1)
    anchored_days: dict[str, int]  # regex -> offset from the previous dated day in the text ("la veille" -> -1)
    ago: list[str]  # regex with {n} and {unit}: "il y a {n} {unit}", "{n} {unit} ago"
    units: dict[str, str]  # regex of a unit word -> day | week | month | year
    numbers: dict[str, int]  # number words for `ago` ("deux" -> 2); digits always work
    relative_periods: dict[str, tuple[str, int]]  # regex -> (week | month | year, offset): "last week" -> (week, -1)
    month_prefixes: list[str]  # regex before a month named alone: "en", "début", "in", "early"
    year_prefixes: list[str]  # regex before a year alone: "en", "depuis", "in", "since"
    joiners: list[str]  # regex between two months or two years: "et", "and", "to"
    night_spans: list[str]  # regex with {first} and {second}: "dans la nuit du {first} au {second}"

    _v = field_validator(
        "day_suffixes", "day_month_links", "leads", "day_parts_before", "day_parts", "month_prefixes",
        "year_prefixes", "joiners",
    )(_check_regexes)

    @field_validator("weekday_modifiers", "relative_days", "anchored_days", "units", "relative_periods")
    @classmethod
    def _regex_keys(cls, value: dict) -> dict:
        _check_regexes(list(value))
        return value

    @field_validator("weekdays", "weekday_abbreviations")
    @classmethod
    def _weekday_numbers(cls, value: dict[str, int]) -> dict[str, int]:
        if bad := {k: v for k, v in value.items() if not 0 <= v <= 6}:
            raise ValueError(f"weekdays run from 0 (Monday) to 6: {bad}")
        return value

    @field_validator("months", "month_abbreviations")
    @classmethod
    def _month_numbers(cls, value: dict[str, int]) -> dict[str, int]:
        if bad := {k: v for k, v in value.items() if not 1 <= v <= 12}:
            raise ValueError(f"months run from 1 to 12: {bad}")
        return value

    @field_validator("orders")
    @classmethod
    def _orders(cls, value: list[str]) -> list[str]:
        if not value or set(value) - {"day_month", "month_day"}:
            raise ValueError(f"orders must be day_month and/or month_day, not {value}")
        return value

    @field_validator("numeric_order")
    @classmethod
    def _numeric_order(cls, value: str) -> str:
        if value not in ("dmy", "mdy"):
            raise ValueError(f"numeric_order must be dmy or mdy, not {value!r}")
        return value

    @field_validator("units")
    @classmethod
    def _units(cls, value: dict[str, str]) -> dict[str, str]:
        if bad := {k: v for k, v in value.items() if v not in ("day", "week", "month", "year")}:
            raise ValueError(f"units must be day, week, month or year: {bad}")
        return value

    @field_validator("relative_periods")
    @classmethod
    def _periods(cls, value: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
        if bad := {k: v for k, v in value.items() if v[0] not in ("week", "month", "year")}:
            raise ValueError(f"relative periods count in week, month or year: {bad}")
        return value

    @field_validator("ago", "night_spans")
    @classmethod
    def _templates(cls, value: list[str], info) -> list[str]:
        slots = ("{n}", "{unit}") if info.field_name == "ago" else ("{first}", "{second}")
        for template in value:
            if missing := [slot for slot in slots if slot not in template]:
                raise ValueError(f"{template!r} lacks {missing}")
        filled = [t.replace(slots[0], "(?:x)").replace(slots[1], "(?:y)") for t in value]
        _check_regexes(filled)
        return value


class LanguagePack(_Strict):
    code: str
    boilerplate: Boilerplate
    numbers: Numbers
    casualties: Casualties
    sources: Sources
    scope: Scope
    events: Events
    places: Places
    dates: Dates


class SourceAlias(_Strict):
    name: str  # canonical English name
    kind: str  # organisation, agency, ministry, army, police, medical, ...
    aliases: list[str]


class Base(_Strict):
    """What holds for every language."""

    event_types: dict[str, str]  # ACLED sub-event type -> event type
    sources: list[SourceAlias]


PACK_FILES = tuple(name for name in LanguagePack.model_fields if name != "code")


def available_languages() -> list[str]:
    return sorted(p.name for p in LANG_ROOT.iterdir() if p.is_dir() and p.name != "base")


def _read_yaml(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@cache
def load(code: str) -> LanguagePack:
    """Load and validate one language pack (cached per process)."""
    folder = LANG_ROOT / code
    if not folder.is_dir():
        raise KeyError(f"no language pack for {code!r}; available: {', '.join(available_languages())}")
    parts = {name: _read_yaml(folder / f"{name}.yaml") for name in PACK_FILES}
    return LanguagePack(code=code, **parts)


@cache
def base() -> Base:
    folder = LANG_ROOT / "base"
    return Base(**{name: _read_yaml(folder / f"{name}.yaml") for name in Base.model_fields})


_COMPILED: dict[tuple[int, type], object] = {}


def compiled(pack: BaseModel, factory: type):
    """`factory(pack)` built once per pack object: regexes compiled from a lexicon, kept for the process."""
    key = (id(pack), factory)
    if key not in _COMPILED:
        _COMPILED[key] = (pack, factory(pack))  # holding `pack` keeps its id from being reused
    return _COMPILED[key][1]
