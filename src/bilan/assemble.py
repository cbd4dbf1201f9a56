"""Stage `assemble`: the mentions of one article -> incidents with claims (the bilan/1 record).

The rules, in order:
1. **Claims.** The tolls of one sentence form claims: killed and injured figures join one
   claim until a kind repeats ("12 soldiers were killed ... 30 Taliban were killed" is two).
   A claim takes the sentence's attributed source; an anaphor ("cette organisation", "the
   monitor") is the source of that kind last named in the article, or failing that the one
   named in the next two sentences (scraped copy sometimes loses the sentence that named it).
2. **Not incidents.** A claim whose clause carries a cumulative scope ("depuis le début du
   conflit", "since the war began", "en août") or another cause of death (an earthquake) is a
   cumulative toll; so is a figure for a trend ("une recrudescence d'attaques qui ont fait
   près de 200 morts"). A sentence about sport is skipped: its "frappe" and "blessés" are
   not violence.
3. **Anchors.** Each claim is anchored to the place, date and event of its own sentence
   (the nearest to its figures, never across a quotation mark when avoidable); what the
   sentence lacks comes from the sentences before it in the paragraph, then the article.
4. **One incident per event.** A claim joins an earlier incident when it repeats one of its
   figures in a compatible place (the same toll told twice is one event); a "total" toll
   joins the article's main incident; a claim with no place of its own joins the incident
   in context, unless a sentence in between introduced another place; otherwise it joins
   the incident of the same place and date, or starts a new one.
5. **Duplicates.** Within an incident, a figure repeated without a source is dropped when a
   sourced claim gives it, and a vague unsourced figure when a precise one exists.
6. **Sums and parts.** An unsourced figure with no place of its own (often a headline) that
   adds up the tolls of two or more incidents ("Taliban attacks kill 15" = 12 + 3) is a
   cumulative toll; figures told after a total that add up to it ("two guards ... one
   soldier" after "three killed") are its parts, folded into its groups.
7. **The incident** takes the most specific place of its claims, the earliest date its
   claims state, and the most specific event type; `estimate` reconciles the figures.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from . import estimate as estimate_stage
from .analyse import Sentence
from .clean import Article
from .extract import dates as dates_mod
from .extract import events as events_mod
from .extract import places as places_mod
from .extract import sources as sources_mod
from .extract import tolls as tolls_mod
from .gazetteer import Gazetteer, Place
from .language import LanguagePack, compiled
from .models import Claim, Count, CumulativeToll, DateRef, Evidence, Incident, Location
from .published import dateline_head

QUOTES = re.compile(r"[«»\"“”]")
SCOPE_BREAK = re.compile(r"[.;«»\"“”]|\n")
LEFT_BREAK = re.compile(r"[.;,«»\"“”]|\n")
SCOPE_WINDOW = 110
SOURCE_LOOKAHEAD = 2
MAX_ADDENDS = 8  # figures a total may add up; beyond, the search costs more than it finds
STORY_WINDOW = 3  # a lead often says "in Mexico" and names the town in the next sentences


@dataclass
class SentenceInfo:
    sentence: Sentence
    tolls: tolls_mod.SentenceTolls
    mentions: list[sources_mod.SourceMention]
    attributed: list[sources_mod.SourceMention]
    places: list[places_mod.PlaceMention]
    dates: list[dates_mod.DateMention]
    events: list[events_mod.EventMention]
    city_anaphor: bool
    not_violence: bool


@dataclass
class Draft:
    """A claim being assembled, with what it is anchored to."""

    info: SentenceInfo
    index: int  # the sentence's position in the article
    tolls: list[tolls_mod.Toll]
    source: str | None = None
    source_text: str | None = None
    place: places_mod.PlaceMention | None = None
    own_place: bool = False
    date: dates_mod.DateMention | None = None
    context_date: dates_mod.DateMention | None = None  # from the paragraph before, or the lead
    story_place: places_mod.PlaceMention | None = None  # a town the next sentences name
    event: events_mod.EventMention | None = None
    claim: Claim | None = None

    @property
    def position(self) -> int:
        return self.tolls[0].count.start

    def figures(self) -> set[tuple[str, int]]:
        return {(t.kind, _figure(t.count)) for t in self.tolls if not t.count.vague and _figure(t.count) is not None}


@dataclass
class Group:
    drafts: list[Draft] = field(default_factory=list)


def _figure(count) -> int | None:
    return count.value if count.value is not None else count.min


class ScopeLexicon:
    def __init__(self, pack: LanguagePack):
        self.cumulative = [re.compile(p, re.IGNORECASE) for p in pack.scope.cumulative]
        self.cumulative_after = [re.compile(p, re.IGNORECASE) for p in pack.scope.cumulative_after]
        self.cumulative_before = [re.compile(p, re.IGNORECASE) for p in pack.scope.cumulative_before]
        self.non_violent = [re.compile(p, re.IGNORECASE) for p in pack.scope.non_violent]


def _scope_windows(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause around a figure, as (before and figure, after): back to the nearest comma or
    quotation mark, forward to the nearest sentence or quotation boundary; plus the sentence's
    opening phrase, since "Depuis 2011, 300 000 personnes ont été tuées" scopes the main clause."""
    left = text[max(0, start - SCOPE_WINDOW):start]
    breaks = list(LEFT_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    right = text[end:end + SCOPE_WINDOW]
    stop = SCOPE_BREAK.search(right)
    if stop:
        right = right[:stop.start()]
    opening = text[:start].split(",", 1)[0] if "," in text[:start] else ""
    return opening + " … " + left + text[start:end], right


def _scope(text: str, tolls: list[tolls_mod.Toll], pack: LanguagePack) -> str | None:
    lex = compiled(pack, ScopeLexicon)
    before, after = _scope_windows(text, tolls[0].count.start, tolls[-1].end or tolls[-1].count.end)
    for pattern in lex.non_violent:
        if m := pattern.search(before + after):
            return f"another cause of death: {m.group()}"
    for pattern in lex.cumulative:
        if m := pattern.search(before + " " + after):
            return m.group()
    for pattern in lex.cumulative_after:
        if m := pattern.search(after):
            return m.group()
    for pattern in lex.cumulative_before:
        if m := pattern.search(before):
            return m.group()
    return None


# --- 1. per-sentence mentions -------------------------------------------------------------

def read_sentences(article: Article, sentences: list[Sentence], pack: LanguagePack,
                   published: dt.date | None, gazetteer: Gazetteer) -> list[SentenceInfo]:
    infos = []
    anchor: dt.date | None = None  # "la veille" counts from the last day the text fixed
    for sentence in sentences:
        text = sentence.text
        mentions = sources_mod.find_mentions(text, pack, sentence.entities, sentence.start)
        dates = [d for d in dates_mod.find_dates(text, pack.dates, published, anchor=anchor)
                 if not sources_mod.is_reporting_date(text, d.start, pack)]
        anchor = next((d.value for d in reversed(dates) if d.value and d.precision == "day"), anchor)
        infos.append(SentenceInfo(
            sentence=sentence,
            tolls=tolls_mod.find_tolls(text, pack),
            mentions=mentions,
            attributed=sources_mod.attributions(text, mentions, pack),
            places=places_mod.find_places(text, pack, sentence.entities, sentence.start, gazetteer),
            dates=dates,
            events=events_mod.find_events(text, pack),
            city_anaphor=places_mod.mentions_city_anaphor(text, pack),
            not_violence=events_mod.is_not_violence(text, pack),
        ))
    return infos


def _split_claims(info: SentenceInfo) -> list[list[tolls_mod.Toll]]:
    claims: list[list[tolls_mod.Toll]] = []
    for toll in info.tolls.tolls:
        if not claims or any(t.kind == toll.kind for t in claims[-1]):
            claims.append([])
        claims[-1].append(toll)
    return claims


# --- 2. sources -----------------------------------------------------------------------------

SPEAKERS = {"person", "officials", "police", "army", "witnesses", "residents", "medical sources", "security sources"}


def _compatible(anaphor_kind: str, kind: str) -> bool:
    """Can a pronoun or a general word ("il", "she", "the monitor") stand for a source of `kind`?"""
    if anaphor_kind == "person":
        return kind in SPEAKERS
    if anaphor_kind == "any":
        return kind not in ("other", "wire")
    if anaphor_kind == "organisation":
        return kind in ("organisation", "NGO")
    return anaphor_kind == kind


def _resolve_source(infos: list[SentenceInfo], index: int, position: int) -> tuple[str | None, str | None]:
    mention = sources_mod.for_position(infos[index].attributed, position)
    if mention is None:
        return None, None
    if not mention.anaphor:
        return mention.name, mention.text
    for info in reversed(infos[:index + 1]):
        for named in reversed(info.mentions):
            # "«… pris en charge par les services de santé», ajoute-t-il": a pronoun after a
            # quote stands for someone named before the sentence, not for a name inside it.
            if info is infos[index] and (named.start > mention.start or mention.kind == "person"):
                continue
            if not named.anaphor and named.name and _compatible(mention.kind, named.kind):
                return named.name, named.text
    for info in infos[index + 1:index + 1 + SOURCE_LOOKAHEAD]:
        for named in info.mentions:
            if not named.anaphor and named.name and _compatible(mention.kind, named.kind):
                return named.name, named.text
    return mention.fallback, mention.text


# --- 3. context -----------------------------------------------------------------------------

COUNTRY_VOTE = {"country": 3, "admin1": 2, "city": 1}
LEAD_SENTENCES = 5


def _article_country(infos: list[SentenceInfo]) -> str | None:
    """The country the article is about: named countries weigh most, then regions, then towns."""
    votes: Counter[str] = Counter()
    for n, info in enumerate(infos):
        lead = 2 if n < LEAD_SENTENCES else 1  # the story is told first; page furniture comes last
        for mention in info.places:
            if mention.candidates:
                best = mention.candidates[0]
                votes[best.country] += COUNTRY_VOTE[best.kind] * lead
    return votes.most_common(1)[0][0] if votes else None


def _distance(text: str, mention_start: int, mention_end: int, position: int) -> int:
    lo, hi = sorted((mention_end if mention_end <= position else mention_start, position))
    penalty = 500 if QUOTES.search(text[lo:hi]) else 0
    return hi - lo + penalty


def _nearest(items, text: str, position: int):
    return min(items, key=lambda m: _distance(text, m.start, m.end, position), default=None)


def _city_of(mention: places_mod.PlaceMention | None, country: str | None) -> Place | None:
    place = places_mod.resolve(mention, country) if mention else None
    return place if place and place.kind == "city" else None


# --- 4-6. grouping ---------------------------------------------------------------------------

def _place_key(draft: Draft, country: str | None) -> tuple[str | None, str | None]:
    """(city, district) the draft is anchored to; None when it has no place of its own."""
    if not draft.own_place or draft.place is None:
        return (None, None)
    place = places_mod.resolve(draft.place, country)
    if place is None:
        return ("?", draft.place.text)
    # "at their base southwest of Mogadishu" is another place than "in Mogadishu".
    return (place.name, "near" if draft.place.relative else None)


def _cities(group: Group, country: str | None, context_city: dict[int, Place | None]) -> set[str]:
    found = set()
    for draft in group.drafts:
        place = places_mod.resolve(draft.place, country) if draft.own_place and draft.place else None
        if place and place.kind == "city":
            found.add(place.name)
    return found


def _same_place(draft: Draft, group: Group, country: str | None, context_city) -> bool:
    if not draft.own_place:
        return True
    mine = _cities(Group([draft]), country, context_city)
    theirs = _cities(group, country, context_city)
    return not mine or not theirs or bool(mine & theirs)


def _group(drafts: list[Draft], infos: list[SentenceInfo], country: str | None, context_city) -> list[Group]:
    groups: list[Group] = []
    current: Group | None = None
    for draft in drafts:
        target = None
        figures = draft.figures()
        for group in groups:
            if any(figures & other.figures() for other in group.drafts) and _same_place(draft, group, country, context_city):
                target = group
                break
        if target is None and draft.info.tolls.total and groups and _same_place(draft, groups[0], country, context_city):
            target = groups[0]
        if target is None and not draft.own_place and current is not None:
            last = current.drafts[-1]
            here = _group_place_names(current, country)
            moved = any(info.city_anaphor or any(_place_name(p, country) not in here for p in info.places)
                        for info in infos[last.index + 1:draft.index])
            if not moved or draft.index == last.index:
                target = current
        if target is None and draft.own_place:
            key = _place_key(draft, country)
            for group in groups:
                if any(_place_key(other, country) == key for other in group.drafts) and _dates_agree(draft, group):
                    target = group
                    break
        if target is None:
            target = Group()
            groups.append(target)
        target.drafts.append(draft)
        current = target
    return groups


def _place_name(mention: places_mod.PlaceMention, country: str | None) -> str:
    place = places_mod.resolve(mention, country)
    return place.name if place else mention.text


def _group_place_names(group: Group, country: str | None) -> set[str]:
    """Every place the group's sentences name, so that a sentence naming one of them again
    ("the attack took place in Jawzjan") does not move the story elsewhere."""
    return {_place_name(p, country) for d in group.drafts for p in d.info.places}


def _dates_agree(draft: Draft, group: Group) -> bool:
    mine = draft.date.value if draft.date else None
    theirs = {d.date.value for d in group.drafts if d.date and d.date.value}
    return mine is None or not theirs or any(abs((mine - other).days) <= 1 for other in theirs)


def _count_model(count) -> Count:
    return Count(min=count.min, max=count.max, value=count.value, approx=count.approx, vague=count.vague,
                 text=count.text)


def _make_claim(draft: Draft, article_text: str) -> Claim:
    sentence = draft.info.sentence
    claim = Claim(source=draft.source, source_text=draft.source_text, total=draft.info.tolls.total,
                  provisional=draft.info.tolls.provisional,
                  evidence=Evidence(start=sentence.start, end=sentence.end, text=article_text[sentence.start:sentence.end]))
    for toll in draft.tolls:
        groups = claim.groups if toll.kind == tolls_mod.KILLED else claim.injured_groups
        setattr(claim, toll.kind, _count_model(toll.count))
        if toll.group and _figure(toll.count) is not None and not toll.count.vague:
            groups.setdefault(toll.group, _figure(toll.count))
        for key, number in toll.groups.items():
            groups.setdefault(key, number)
    return claim


def _same_figure(a: Count | None, b: Count | None) -> bool:
    return a is not None and b is not None and not a.vague and not b.vague and _figure(a) == _figure(b)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    kept: list[Claim] = []
    for claim in claims:
        for other in kept:
            if claim.source == other.source and _same_figure(claim.killed, other.killed) and (
                    claim.injured is None or _same_figure(claim.injured, other.injured)):
                _merge_groups(other, claim)
                claim = None
                break
        if claim is not None:
            kept.append(claim)
    # Unsourced repeats give way to a sourced claim or an earlier one with the same figure.
    for claim in kept:
        if claim.source is not None:
            continue
        for kind in ("killed", "injured"):
            mine = getattr(claim, kind)
            if mine is None:
                continue
            others = [o for o in kept if o is not claim and getattr(o, kind) is not None]
            if any(_same_figure(mine, getattr(o, kind)) and (o.source is not None or kept.index(o) < kept.index(claim))
                   for o in others) or (mine.vague and any(not getattr(o, kind).vague for o in others)):
                for o in others:
                    if _same_figure(mine, getattr(o, kind)):
                        _merge_groups(o, claim, kind)
                setattr(claim, kind, None)
                (claim.groups if kind == "killed" else claim.injured_groups).clear()
    return [c for c in kept if c.killed is not None or c.injured is not None]


def _fold_parts(claims: list[Claim]) -> list[Claim]:
    """Figures that add up to another claim's figure of the same incident are its parts:
    "Three people were killed ... Two security guards were killed ... One soldier was also killed".
    Parts come after the whole, each in a sentence of its own: two figures in one sentence
    ("10 dead and 32 wounded per Defence, 12 and 45 per Interior") are versions, not parts."""
    for kind in ("killed", "injured"):
        figures = [(c, _figure(getattr(c, kind))) for c in claims
                   if getattr(c, kind) is not None and not getattr(c, kind).vague]
        for whole, total in sorted(figures, key=lambda item: -(item[1] or 0)):
            if getattr(whole, kind) is None:
                continue
            parts = [(c, f) for c, f in figures if c is not whole and f and total and f < total
                     and getattr(c, kind) is not None and c.evidence.start > whole.evidence.start]
            if len({c.evidence.start for c, _ in parts}) != len(parts):
                continue
            subset = _subset_with_sum(parts, total)
            for part, _ in subset or ():
                _merge_groups(whole, part, kind)
                setattr(part, kind, None)
                (part.groups if kind == "killed" else part.injured_groups).clear()
    return [c for c in claims if c.killed is not None or c.injured is not None]


def _subset_with_sum(items: list[tuple[object, int]], total: int, accept=lambda combo: True) -> tuple | None:
    """Two or more (tag, figure) items whose figures add up to `total` (and that `accept` takes):
    the fewest items, then the first in the items' order.

    The profiler found the plain walk over every combination up to MAX_ADDENDS items taking 8% of
    extraction on articles listing many figures; figures are positive, so a branch stops as soon
    as what it has exceeds the total or what is left cannot reach it."""
    figures = [f for _, f in items]
    largest_from = list(itertools.accumulate(reversed(figures), max, initial=0))[::-1]  # max(figures[i:])

    def search(start: int, left: int, remaining: int, chosen: list[int]) -> tuple | None:
        if left == 0:
            combo = tuple(items[i] for i in chosen)
            return combo if remaining == 0 and accept(combo) else None
        if remaining < left or largest_from[start] * left < remaining:
            return None
        for i in range(start, len(items) - left + 1):
            if figures[i] <= remaining:
                chosen.append(i)
                if found := search(i + 1, left - 1, remaining - figures[i], chosen):
                    return found
                chosen.pop()
        return None

    for size in range(2, min(len(items), MAX_ADDENDS) + 1):
        if found := search(0, size, total, []):
            return found
    return None


def _merge_groups(into: Claim, source: Claim, kind: str | None = None) -> None:
    if kind in (None, "killed"):
        for key, value in source.groups.items():
            into.groups.setdefault(key, value)
    if kind in (None, "injured"):
        for key, value in source.injured_groups.items():
            into.injured_groups.setdefault(key, value)


def _take_out_sums(groups: list[Group], article_text: str, headline: list[Draft]) -> list[CumulativeToll]:
    """An unsourced figure with no place of its own that adds up figures of two or more incidents
    ("Israeli Strikes Across Gaza Kill 18" = 4 + 5 + 5 + 4) is a total, not an incident's toll."""
    taken: list[CumulativeToll] = []
    for group in groups:
        for draft in list(group.drafts):
            if draft.source is not None or (draft.own_place and draft not in headline):
                continue
            killed = [f for kind, f in draft.figures() if kind == tolls_mod.KILLED]
            if not killed:
                continue
            pool = [(n, f) for n, other in enumerate(groups) for d in other.drafts if d is not draft
                    for kind, f in d.figures() if kind == tolls_mod.KILLED and f and f < killed[0]]
            # The addends must come from two incidents at least: parts of one are its breakdown.
            if _subset_with_sum(pool, killed[0], accept=lambda combo: len({n for n, _ in combo}) >= 2):
                group.drafts.remove(draft)
                taken.append(_cumulative(draft, "the sum of incidents reported separately", article_text))
    groups[:] = [g for g in groups if g.drafts]
    return taken


def _location(group: Group, country: str | None, context_city: dict[int, Place | None],
              gazetteer: Gazetteer) -> Location:
    own = [d for d in group.drafts if d.own_place and d.place]
    # Places the claims' own sentences give; failing that, those their paragraphs gave before them.
    anchored = own or [d for d in group.drafts if d.place]
    district = next((d.place for d in anchored if d.place.named_district), None)
    settlement = next((d.place for d in anchored if d.place.settlement), None)
    resolved = [p for d in anchored if (p := places_mod.resolve(d.place, country))]
    # Regions and countries may come from anywhere in the claims' sentences ("le village de
    # Munduri, dans l'État de Borno"): they frame the most specific place, they don't compete.
    framing = [p for d in own for m in d.info.places if (p := places_mod.resolve(m, country))]
    cities = [p for p in resolved if p.kind == "city"]
    regions = [p for p in resolved + framing if p.kind == "admin1"]
    countries = [p for p in resolved + framing if p.kind == "country"]
    city = cities[0] if cities else None
    # A claim that names only a region or a country takes no city from context:
    # "in northern Jawzjan province" is not the Kabul of the dateline.
    names_only_broad = bool(own) and not (cities or district or settlement)
    if city is None and not settlement and not names_only_broad:
        anchor = next((d for d in anchored if d.place is district), None) or (anchored or group.drafts)[0]
        city = context_city.get(anchor.index) or next(
            (context_city[d.index] for d in group.drafts if context_city.get(d.index)), None)
    broad = regions[0] if regions else (countries[0] if countries else None)
    if names_only_broad and not regions:
        story = next((d.story_place for d in group.drafts if d.story_place), None)
        story_city = places_mod.resolve(story, country) if story else None
        if story and story.settlement:
            settlement = story
        elif story_city and story_city.kind == "city" and (broad is None or story_city.country == broad.country):
            city = story_city
    if broad is None and country:
        broad = gazetteer.country(country)
    if settlement and not city:
        # A village the gazetteer lacks: its name is known, its point only to the region.
        location = _location_from(broad, name=settlement.text, precision=broad.kind) if broad else Location()
        return location.model_copy(update={"name": settlement.text, "city": settlement.text})
    if district and city:
        return _location_from(city, name=district.text, precision="district")
    if city:
        name = next((d.place.text for d in anchored if places_mod.resolve(d.place, country) is city), city.name)
        metropolis = gazetteer.metropolis(city)
        if metropolis:
            # "Sadr City" is a part of Baghdad: the town's point, the big city's name.
            return _location_from(city, name=name, precision="district").model_copy(
                update={"city": metropolis.name, "admin1": metropolis.admin1})
        return _location_from(city, name=name, precision="city")
    if broad:
        return _location_from(broad, name=district.text if district else broad.name,
                              precision="admin1" if broad.kind == "admin1" else "country")
    return Location(name=district.text if district else None)


def _location_from(place: Place, name: str, precision: str) -> Location:
    return Location(name=name, city=place.name if place.kind == "city" else None,
                    admin1=place.admin1 if place.kind != "country" else None,
                    country=place.country, lat=place.lat, lon=place.lon, precision=precision,
                    geonameid=place.geonameid)


def _date(group: Group, fallback: DateRef) -> DateRef:
    dated = [d.date for d in group.drafts if d.date and d.date.value and d.date.precision == "day"]
    if dated:
        # Reports follow events: when claims disagree, the earliest stated day is the event's.
        first = min(dated, key=lambda m: m.value)
        return DateRef(value=first.value.isoformat(), text=first.text, precision="day", inferred_from="text")
    texts = [d.date for d in group.drafts if d.date]
    if texts:
        return DateRef(value=None, text=texts[0].text, precision=texts[0].precision, inferred_from=None)
    context = next((d.context_date for d in group.drafts if d.context_date), None)
    if context:
        return DateRef(value=context.value.isoformat(), text=context.text, precision="day", inferred_from="article")
    return fallback


def _event(group: Group):
    events = [d.event for d in group.drafts if d.event]
    return min(events, key=lambda e: e.rank, default=None)


# --- the stage ------------------------------------------------------------------------------

def assemble(article: Article, sentences: list[Sentence], pack: LanguagePack, published: dt.date | None,
             document_id: str, gazetteer: Gazetteer | None = None) -> tuple[list[Incident], list[CumulativeToll]]:
    """Group the mentions of one article into incidents and cumulative tolls."""
    gazetteer = gazetteer or Gazetteer.load()
    infos = read_sentences(article, sentences, pack, published, gazetteer)
    country = _article_country(infos)
    # A sentence is about violence when it has an event trigger, or a killed/injured figure
    # ("Boko Haram a tué sept personnes"), unless it is about sport.
    violent = [i for i, info in enumerate(infos) if (info.events or info.tolls.tolls) and not info.not_violence]

    context_city: dict[int, Place | None] = {}
    last_city: Place | None = None
    first_city: Place | None = None
    for i, info in enumerate(infos):
        # A dateline ("KABUL, Afghanistan (AP) —") says where the reporter files from: it may place
        # its own sentence's figures, but it is not the setting of the rest of the story.
        own = [p for m in info.places if (p := _city_of(m, country)) and not _is_dateline(info.sentence.text, m)]
        if own:
            last_city = own[0]
            first_city = first_city or own[0]
        context_city[i] = last_city

    lead_date = _lead_date(infos)
    drafts: list[Draft] = []
    cumulative: list[CumulativeToll] = []
    for i, info in enumerate(infos):
        if not info.tolls.tolls or info.not_violence:
            continue
        for tolls in _split_claims(info):
            source, source_text = _resolve_source(infos, i, tolls[0].count.start)
            draft = Draft(info=info, index=i, tolls=tolls, source=source, source_text=source_text)
            scope = _scope(info.sentence.text, tolls, pack)
            if scope:
                cumulative.append(_cumulative(draft, scope, article.text))
                continue
            _anchor(draft, infos, i, violent, lead_date, country)
            drafts.append(draft)
    if not violent:
        drafts = []

    # A headline restates the story: its figures join the incident they repeat, or the main one.
    headline = [d for d in drafts if article.title and article.text[d.info.sentence.start:].startswith(article.title)
                or (article.title and d.info.sentence.text in article.title)]
    drafts = [d for d in drafts if d not in headline]
    groups = _group(drafts, infos, country, context_city)
    for draft in headline:
        home = next((g for g in groups if any(draft.figures() & o.figures() for o in g.drafts)), None)
        if home is None and not groups:
            groups.append(Group())
        draft.own_place = False
        (home or groups[0]).drafts.append(draft)
    cumulative.extend(_take_out_sums(groups, article.text, headline))
    fallback = DateRef(value=published.isoformat(), text=None, precision="day", inferred_from="published") \
        if published else DateRef()
    incidents: list[Incident] = []
    for group in groups:
        for draft in group.drafts:
            draft.claim = _make_claim(draft, article.text)
        claims = _fold_parts(_dedupe([d.claim for d in group.drafts]))
        if not claims:
            continue
        event = _event(group)
        incidents.append(Incident(
            id="",
            event_type=event.event_type if event else None,
            sub_event_type=event.sub_event_type if event else None,
            weapon=event.weapon if event else None,
            date=_date(group, fallback),
            location=_location(group, country, context_city, gazetteer),
            claims=claims,
        ))
    for n, incident in enumerate(incidents, start=1):
        incident.id = f"{document_id}-{n}"
        incident.estimate = estimate_stage.estimate(incident.claims)
    return incidents, cumulative


SPECIFICITY = {"city": 1, "admin1": 2, "country": 3}


def _is_dateline(text: str, mention: places_mod.PlaceMention) -> bool:
    head = dateline_head(text)
    return head is not None and mention.start <= 2 and mention.end <= len(head)


def _specificity(mention: places_mod.PlaceMention, country: str | None = None) -> int:
    if mention.named_district:
        return 0
    if mention.settlement:
        return 1
    place = places_mod.resolve(mention, country)
    return SPECIFICITY[place.kind] if place else 4


def _day_dates(mentions: list[dates_mod.DateMention]) -> list[dates_mod.DateMention]:
    return [m for m in mentions if m.value and m.precision == "day"]


def _lead_date(infos: list[SentenceInfo]) -> dates_mod.DateMention | None:
    """The first day the article gives for a violent event: what undated figures most likely refer to."""
    for info in infos:
        if (info.tolls.tolls or info.events) and not info.not_violence and (day := _day_dates(info.dates)):
            return day[0]
    return None


def _anchor(draft: Draft, infos: list[SentenceInfo], index: int, violent: list[int],
            lead_date: dates_mod.DateMention | None, country: str | None) -> None:
    info = draft.info
    text = info.sentence.text
    if info.places:
        # The most specific place the sentence gives, the nearest one among equals.
        tier = min(_specificity(p, country) for p in info.places)
        draft.place = _nearest([p for p in info.places if _specificity(p, country) == tier], text, draft.position)
        draft.own_place = True
    else:
        for previous in reversed(infos[:index]):
            if previous.sentence.paragraph != info.sentence.paragraph:
                break
            if previous.places:
                draft.place = previous.places[0]
                break
    draft.date = _nearest(info.dates, text, draft.position) if info.dates else None
    draft.story_place = next((p for later in infos[index + 1:index + 1 + STORY_WINDOW] for p in later.places
                              if _specificity(p, country) <= 1), None)
    for previous in reversed(infos[:index]):
        if previous.sentence.paragraph != info.sentence.paragraph:
            break
        if day := _day_dates(previous.dates):
            draft.context_date = day[-1]
            break
    draft.context_date = draft.context_date or lead_date
    if info.events:
        draft.event = info.events[0]
    else:
        for previous in reversed(infos[:index]):
            if previous.events and not previous.not_violence:
                draft.event = previous.events[0]
                break
        else:
            later = [i for i in violent if i > index and infos[i].events]
            draft.event = infos[later[0]].events[0] if later else None


def _cumulative(draft: Draft, scope: str, article_text: str) -> CumulativeToll:
    sentence = draft.info.sentence
    killed = next((t.count for t in draft.tolls if t.kind == tolls_mod.KILLED), None)
    injured = next((t.count for t in draft.tolls if t.kind == tolls_mod.INJURED), None)
    return CumulativeToll(
        killed=_count_model(killed) if killed else None,
        injured=_count_model(injured) if injured else None,
        source=draft.source, source_text=draft.source_text, scope=scope,
        evidence=Evidence(start=sentence.start, end=sentence.end, text=article_text[sentence.start:sentence.end]),
    )


