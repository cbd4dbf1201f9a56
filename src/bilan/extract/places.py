"""Where: place mentions of a sentence, resolved against the GeoNames gazetteer.

Three ways in, because NER alone misses places in wire copy (STACK.md: "Jabal Badro"
tagged PER): location entities; names that start with a toponym word ("Jabal", "Kafr");
and names after a district noun ("quartier du Gouvernorat", "village of Munduri").
A name the gazetteer knows becomes a city, region or country; one it does not know
but that the text presents as a place becomes a district of the city in context.
Candidates are kept so that the article's country can settle ambiguous names later.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..analyse import Entity
from ..gazetteer import Gazetteer, Place
from ..language import LanguagePack, base, compiled
from .sources import fold

PLACE_LABELS = {"LOC", "GPE", "FAC"}
MIN_CITY_POPULATION = 1000  # tiny namesakes of common words ("Envie") stay out
NAME = r"(?:al-|el-|Al-|El-|ad-|as-|ar-)?[A-ZÀ-Ý][\w'’-]+"
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|ar)-")  # "al-Qardaha" is a name all the same


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    named_district: bool  # the text presents it as a part of a town (quartier, district) the gazetteer lacks
    settlement: bool = False  # the text presents it as a village or town the gazetteer lacks
    relative: bool = False  # the event is only near it: "southwest of Mogadishu"


class PlaceLexicon:
    def __init__(self, pack: LanguagePack):
        places = pack.places
        alt = lambda ps: "|".join(f"(?:{p})" for p in sorted(ps, key=len, reverse=True))  # noqa: E731
        # Sources are not places: "Saba" the Yemeni agency is also a town in Burkina Faso.
        aliases = [alias for source in base().sources for alias in source.aliases]
        self.not_places = {fold(p) for p in [*places.not_places, *aliases]}
        # "la maternité al-Dabbit" names the facility; "le poste de Madjoari" names its town.
        self.facility_named = re.compile(
            rf"\b(?:{alt(places.facility_nouns)})\s+(?P<name>(?:al-|el-|Al-|El-)[A-ZÀ-Ý][\w'’-]+(?:\s+{NAME})?)",
            re.IGNORECASE)
        self.facility_town = re.compile(
            rf"\b(?:{alt(places.facility_nouns)})\s+(?:de|du|d'|d’|of|in|à)\s*(?P<name>(?-i:{NAME})(?:\s+(?-i:{NAME}))?)",
            re.IGNORECASE)
        self.relative = re.compile(rf"(?:{alt(places.relative_markers)})", re.IGNORECASE)
        self.settlement = re.compile(
            rf"\b(?:{alt(places.settlement_nouns)})\s+(?:(?:de|du|d'|d’|of|called)\s*)(?P<name>{NAME}(?:\s+{NAME})?)"
            # "the Syrian town of al-Qardaha": the name is after the noun, the word before qualifies it.
            rf"|(?P<before>{NAME}(?:\s+{NAME})?)\s+(?:{alt(places.settlement_nouns)})\b"
            rf"(?!\s+(?:of|de|du|d'|d’|called)\s*{NAME})")
        self.toponym = re.compile(rf"\b(?:{alt(re.escape(p) for p in places.toponym_prefixes)})\s+{NAME}(?:\s+{NAME})?")
        self.district = re.compile(
            rf"\b(?:{alt(places.district_nouns)})\s+(?:(?:de|du|des|d'|d’|of|of the|dit|called)\s*)?(?:la\s+|l'|l’)?"
            rf"(?P<name>{NAME}(?:\s+{NAME})?)", re.IGNORECASE)
        # "quartiers rebelles de l'est", "western districts": a part of the town named by direction.
        self.direction_district = re.compile(
            rf"\b(?:{alt(places.district_nouns)})(?:\s+[\w-]+)?\s+(?:de\s+l['’]\s*|du\s+|of\s+the\s+)(?:{alt(places.directions)})\b"
            rf"|\b(?:{alt(places.directions)})\s+(?:{alt(places.district_nouns)})\b", re.IGNORECASE)
        self.division_before = re.compile(rf"(?:{alt(places.divisions_before)})$", re.IGNORECASE)
        self.division_after = re.compile(rf"^\s+(?:{alt(places.divisions_after)})\b") if places.divisions_after else None
        # "northeast Nigeria", "central Mogadishu": the direction is not part of the name.
        self.leading_direction = re.compile(
            rf"^(?:{alt(places.directions)})(?:ern|al)?\s+(?=[A-ZÀ-Ý])|^(?:central|centre|northern|southern|eastern|western)\s+(?=[A-ZÀ-Ý])")
        # "Munduri, a village 13 km north of Maiduguri": an apposition presents a settlement.
        self.apposition = re.compile(
            rf"(?P<name>{NAME}(?:\s+{NAME})?),\s+(?:a|an|un|une)\s+(?:[\w-]+\s+)?(?:{alt(places.settlement_nouns)})\b")
        # "in Irapuato", "à Kaboul": a capitalised name after a place preposition, for what NER missed.
        self.after_preposition = re.compile(rf"(?<!\w)(?:{alt(places.prepositions)})\s+(?P<name>{NAME}(?:\s+{NAME})?)")
        generic = "|".join(f"(?:{p})" for p in pack.sources.generic)
        self.source_after = re.compile(rf"^\s+(?:{generic})\b(?!\s+(?:station|headquarters|post|base|commissariat))",
                                       re.IGNORECASE)
        self.town_preposition = re.compile(r"(?:\bà|\bin|\bnear|\bprès de|\bnear the town of)\s+$", re.IGNORECASE)
        self.city_anaphora = re.compile(rf"\b(?:{alt(places.city_anaphora)})\b", re.IGNORECASE)
        determiners = [re.escape(d) for d in pack.sources.determiners]
        self.leading_determiner = re.compile(rf"^(?:{'|'.join(determiners)})\s*(?<=['’\s])", re.IGNORECASE)


def lexicon(pack: LanguagePack) -> PlaceLexicon:
    return compiled(pack, PlaceLexicon)


def _usable(place: Place) -> bool:
    return place.kind != "city" or place.population >= MIN_CITY_POPULATION


MIN_UNTAGGED_POPULATION = 20000  # a name NER did not tag must be a real town to count


def _known_town(name: str, gazetteer: Gazetteer) -> bool:
    return any(p.kind != "city" or p.population >= MIN_UNTAGGED_POPULATION for p in _lookup(gazetteer, name)[:3])


@functools.lru_cache(maxsize=100_000)
def _lookup(gazetteer: Gazetteer, name: str) -> tuple[Place, ...]:
    """Names recur across articles ("Gaza", "Kaboul"): each is looked up once per process."""
    return tuple(gazetteer.lookup(name))


OWN_NAME_SHARE = 0.1


def _candidates(name: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """Usable places for a name, best first. A place whose own name is the query goes first
    unless a namesake is ten times bigger: "Katy" is Katy, Texas, not Kati in Mali whose
    alternate names include "Katy"; "Alep" stays Aleppo whatever village is called Alep."""
    found = [p for p in _lookup(gazetteer, name) if _usable(p)]
    if len(found) > 1:
        key = fold(name)
        top = max(p.population for p in found) or 1
        own = [p for p in found if fold(p.name) == key and p.population >= OWN_NAME_SHARE * top]
        found = own[:1] + [p for p in found if p not in own[:1]]
    return tuple(found)


def _with_division(text: str, start: int, end: int, name: str, lex: PlaceLexicon) -> str:
    """"la province de Ghazni", "Borno state", "la bande de Gaza": the name with its division word,
    so that the gazetteer ranks the region before its namesake city."""
    before = lex.division_before.search(text[max(0, start - 30):start])
    if before:
        return lex.leading_determiner.sub("", before.group()) + name
    if lex.division_after and (after := lex.division_after.match(text[end:])):
        return name + after.group()
    return name


def find_places(text: str, pack: LanguagePack, entities: list[Entity] = (), offset: int = 0,
                gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Place mentions of one sentence, in order."""
    lex = lexicon(pack)
    gazetteer = gazetteer or Gazetteer.load()
    found: dict[tuple[int, int], PlaceMention] = {}

    def add(start: int, end: int, named_district: bool, from_entity: bool, settlement: bool = False) -> None:
        raw = text[start:end]
        name = lex.leading_direction.sub("", lex.leading_determiner.sub("", raw).strip(" ,.;:()\"«»"))
        if not name or fold(name) in lex.not_places or not ARTICLE_PREFIX.sub("", name)[:1].isupper():
            return
        start += raw.index(name) if name in raw else 0
        end = start + len(name)
        if any(s <= start and end <= e for s, e in found):
            return
        divided = _with_division(text, start, end, name, lex)
        if from_entity and lex.source_after.match(text[end:]):
            return  # "Kabul officials said": the town qualifies who speaks, it is not where
        candidates = _candidates(divided, gazetteer) or _candidates(name, gazetteer)
        if not candidates and settlement:
            # "the town of al-Qardaha": the text says it is a town, so a hamlet-sized entry (GeoNames
            # often has no population for them) is no namesake of a common word.
            candidates = tuple(p for p in _lookup(gazetteer, name) if p.kind == "city")
        if not candidates and divided != name:
            return  # a region the gazetteer lacks ("Jawzjan province") is no town
        if not candidates and not (named_district or settlement):
            return
        for key in [k for k in found if start <= k[0] and k[1] <= end]:
            del found[key]
        relative = bool(lex.relative.search(text[max(0, start - 40):start]))
        found[(start, end)] = PlaceMention(start, end, name, candidates, named_district and not candidates,
                                           settlement and not candidates, relative)

    for m in lex.facility_named.finditer(text):
        add(m.start("name"), m.end("name"), True, False)
    for m in lex.facility_town.finditer(text):
        add(m.start("name"), m.end("name"), False, False, settlement=True)
    for m in lex.apposition.finditer(text):
        add(m.start("name"), m.end("name"), False, False, settlement=True)
    for m in lex.settlement.finditer(text):
        group = "name" if m.group("name") else "before"
        add(m.start(group), m.end(group), False, False, settlement=True)
    for m in lex.district.finditer(text):
        add(m.start("name"), m.end("name"), True, False)
    for m in lex.direction_district.finditer(text):
        if not any(s <= m.start() < e for s, e in found):
            found[(m.start(), m.end())] = PlaceMention(m.start(), m.end(), m.group(), (), True)
    for m in lex.toponym.finditer(text):
        add(m.start(), m.end(), True, False)
    for entity in entities:
        start, end = entity.start - offset, entity.end - offset
        if entity.label in PLACE_LABELS and 0 <= start < end <= len(text):
            # "attaqué à Seytenga": a located name the gazetteer lacks is still a town.
            after_preposition = bool(lex.town_preposition.search(text[max(0, start - 12):start]))
            add(start, end, False, True, settlement=after_preposition)
    taken = [(e.start - offset, e.end - offset) for e in entities if e.label in ("PER", "PERSON")]
    for m in lex.after_preposition.finditer(text):
        start, end = m.span("name")
        if not any(s < end and start < e for s, e in taken) and _known_town(m.group("name"), gazetteer):
            add(start, end, False, True)
    return sorted(found.values(), key=lambda m: m.start)


def mentions_city_anaphor(text: str, pack: LanguagePack) -> bool:
    """"la ville", "the capital": the sentence speaks of the city already in context."""
    return bool(lexicon(pack).city_anaphora.search(text))


FOREIGN_TOWN_POPULATION = 100_000


def resolve(mention: PlaceMention, country: str | None) -> Place | None:
    """The best candidate, preferring the article's country; a small town abroad that shares the
    name of a place in an article about another country is a false friend ("Séno" is not in Laos)."""
    if not mention.candidates:
        return None
    if country:
        for place in mention.candidates:
            if place.country == country:
                return place
        return next((p for p in mention.candidates
                     if p.kind != "city" or p.population >= FOREIGN_TOWN_POPULATION), None)
    return mention.candidates[0]
