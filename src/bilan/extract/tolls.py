"""Casualty tolls in one sentence: which counts count the killed or the injured.

A count becomes a toll in one of five ways, tried in this order (all words come from
the language pack's `casualties` file):
1. a casualty noun right after it, maybe through a victim noun: "19 morts", "14 civils tués",
   "des dizaines de morts", "80 blessés";
2. a victim noun after it and, further in the clause, a casualty verb: "31 personnes, dont
   des femmes…, ont été tuées", "12 people were killed";
3. a casualty verb right before it: "killing three children", "a tué sept personnes",
   "The strike killed, in a preliminary toll, five people";
4. a toll noun before it: "the death toll rose to 40", "un bilan de 40";
and counts that follow a breakdown word ("dont cinq femmes et 14 enfants", "including
3 children") are not tolls but the groups of the toll before them. A victim noun with a
group ("14 civils", "three women") fills that group too, and "parmi les civils" gives
the whole toll to a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..language import LanguagePack, compiled
from .numbers import Count, find_counts, is_excluded
from .numbers import lexicon as numbers_lexicon

KILLED, INJURED = "killed", "injured"
CLAUSE_END = re.compile(r"[.;:!?«»\"“”]|\s-\s|\n")
VERB_WINDOW = 110
UNNAMED_VICTIM_WORDS = 4


@dataclass
class Toll:
    kind: str
    count: Count
    group: str | None = None  # the victim noun's group: "civilians" for "14 civils"
    groups: dict[str, int] = field(default_factory=dict)  # from a breakdown: {"women": 5}
    end: int = 0  # end of the phrase the toll was read from (count, nouns, breakdown)


@dataclass
class SentenceTolls:
    tolls: list[Toll]
    total: bool
    provisional: bool


def _alt(patterns) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


class TollLexicon:
    def __init__(self, pack: LanguagePack):
        c = pack.casualties
        flags = re.IGNORECASE
        victim_items = sorted(c.victims.items(), key=lambda kv: -len(kv[0]))
        self.victims = [(re.compile(rf"(?:{p})\b", flags), group) for p, group in victim_items]
        victim_alt = _alt(c.victims)
        others = _alt(c.others)
        killed_nouns, injured_nouns = _alt(c.killed_nouns), _alt(c.injured_nouns)
        # Up to two modifiers may stand between the count and its noun ("15 Palestinian civilians"),
        # but not another number: in "Nov 18 2017 20 civilians killed" the count is 20, not 2017.
        lead = rf"^\s*(?:(?:{others})\s+)?(?:de\s+|d['’]\s*|of\s+)?"
        modifier = r"(?:(?!\d)[\w’'-]+\s+){0,2}?"
        self.noun = {
            KILLED: re.compile(rf"{lead}(?:{modifier}(?P<victim>{victim_alt})\s+)?(?:{killed_nouns})\b", flags),
            INJURED: re.compile(rf"{lead}(?:{modifier}(?P<victim>{victim_alt})\s+)?(?:{injured_nouns})\b", flags),
        }
        # "wounded 15 others": "others" alone stands for victims of no stated group.
        self.victim = re.compile(rf"{lead}{modifier}(?P<victim>{victim_alt})\b|^\s*(?:{others})\b", flags)
        self.verb = {
            KILLED: re.compile(rf"\b(?:{_alt(c.killed_verbs)})", flags),
            INJURED: re.compile(rf"\b(?:{_alt(c.injured_verbs)})", flags),
        }
        # "The strike killed, in a preliminary toll, five people": an aside may sit between.
        aside = rf"(?:\s*,[^,.;]{{0,45}},|\s+(?:{_alt(c.total)}))?"
        tail = rf"{aside}(?:\s+(?:{others}))?\s*[\"«“]?\s*$"
        self.agentive = {
            KILLED: re.compile(rf"(?:{_alt(c.killed_agentive)}){tail}", flags),
            INJURED: re.compile(rf"(?:{_alt(c.injured_agentive)}){tail}", flags),
        }
        # "put the number of dead at seven and the wounded at up to eight"
        self.noun_before = {
            KILLED: re.compile(rf"\b(?:{killed_nouns})\s+(?:at|à|de|:)\s*$", flags),
            INJURED: re.compile(rf"\b(?:{injured_nouns})\s+(?:at|à|de|:)\s*$", flags),
        }
        # After "a"/"un" at most one modifier: "One Ukrainian soldier", "a 23-year-old man",
        # not "a Taliban assault".
        one_modifier = _alt(c.one_victim_modifiers)
        self.bare_victim = re.compile(
            rf"^\s*(?:(?:{one_modifier})\s+)?(?P<victim>{victim_alt})\b(?!\s+(?:assault|attack|attaque|offensive))", flags)
        self.relative = re.compile(rf"^\s*(?:,\s*)?(?:and|et)\s+(?:his|her|their|leur|sa|son)\s+(?P<victim>{victim_alt})\b",
                                   flags)
        self.enumeration_gap = re.compile(r"^\s*(?:,\s*)?(?:(?:and|et)\s+)?(?:(?:his|her|their|leurs?|sa|son|ses)\s+)?$",
                                          flags)
        self.relative_pronoun = re.compile(r"\b(?:qui|que|dont|which|that|who|whose)\b|[,(]", flags)
        self.toll_noun = re.compile(
            rf"\b(?:{_alt(c.toll_nouns)})\b[^.;]{{0,40}}?(?:\bto|\bat|\bof|\bà|\bde|\bd['’]|:)\s*$", flags)
        self.breakdown = re.compile(
            rf"(?:{_alt(c.breakdown)})\s+(?:[^.;:«»\"]{{0,70}}?(?:\bet|\band|,)\s+)?$", flags)
        self.scope_among = re.compile(rf"^\s*,?\s*(?:{_alt(c.scope_among)})\s+(?P<victim>{victim_alt})\b", flags)
        self.total = re.compile(rf"\b(?:{_alt(c.total)})\b", flags)
        self.provisional = re.compile(rf"\b(?:{_alt(c.provisional)})\b", flags)
        self.partial_before = [re.compile(p, flags) for p in c.partial_before]
        self.partial_after = [re.compile(p, flags) for p in c.partial_after]

    def group_of(self, victim_text: str | None) -> str | None:
        if not victim_text:
            return None
        for pattern, group in self.victims:
            if pattern.fullmatch(victim_text):
                return group
        return None


def lexicon(pack: LanguagePack) -> TollLexicon:
    return compiled(pack, TollLexicon)


def _clause_after(text: str, start: int) -> str:
    window = text[start:start + VERB_WINDOW]
    end = CLAUSE_END.search(window)
    return window[: end.start()] if end else window


def _first_verb(lex: TollLexicon, clause: str) -> tuple[str, int] | None:
    found = [(m.start(), kind) for kind, p in lex.verb.items() if (m := p.search(clause))]
    if not found:
        return None
    position, kind = min(found)
    return kind, position


def _classify(text: str, count: Count, lex: TollLexicon) -> Toll | None:
    after = text[count.end:]
    if _looks_like_year(count) and not any(p.match(after) for p in lex.noun.values()):
        return None
    if not count.one_word:
        for kind, pattern in lex.noun.items():
            match = pattern.match(after)
            if match:
                return Toll(kind, count, lex.group_of(match.group("victim")), end=count.end + match.end())
    # "a"/"un" is a count only right before a victim noun ("a child", not "a Taliban assault").
    victim = (lex.bare_victim if count.one_word else lex.victim).match(after)
    if count.one_word and not victim:
        return None
    group = lex.group_of(victim.group("victim")) if victim else None
    phrase_end = count.end + (victim.end() if victim else 0)
    before = text[max(0, count.start - 80):count.start]
    # A verb right before the count wins over one later in the clause: in "avaient tué
    # trois femmes et fait 17 blessés" the three are killed, not wounded.
    for kind, pattern in lex.agentive.items():
        if pattern.search(before):
            return Toll(kind, count, group, end=phrase_end)
    for kind, pattern in lex.noun_before.items():
        if pattern.search(before):
            return Toll(kind, count, group, end=phrase_end)
    clause = _clause_after(text, phrase_end)
    found = _first_verb(lex, clause)
    words_before_verb = len(clause[: found[1]].split()) if found else 99
    # "a man was killed" yes, "a man carried a wounded child" no: "a" needs the verb at once.
    if found and (words_before_verb == 0 or (victim and not count.one_word)):
        return Toll(found[0], count, group, end=phrase_end)
    # "plus de cinquante chauffeurs de taxi ont été tués": victims the lexicon does not name,
    # if nothing but a few words stand before the verb ("5 roquettes qui ont tué" is no toll).
    if found and not count.one_word and words_before_verb <= UNNAMED_VICTIM_WORDS \
            and not lex.relative_pronoun.search(clause[: found[1]]):
        return Toll(found[0], count, group, end=phrase_end)
    if lex.toll_noun.search(before) and not count.one_word:
        return Toll(KILLED, count, group, end=phrase_end)
    return None


def _looks_like_year(count: Count) -> bool:
    """"nés en 1958 et 1962": a four-digit number in the years' range is a year unless a casualty noun follows."""
    return count.value is not None and 1900 <= count.value <= 2100 and count.text.strip().isdigit()


def _with_relative(text: str, toll: Toll, lex: TollLexicon) -> Toll:
    """"three children and their mother were killed": the relative adds one."""
    if toll.group is None and not toll.groups or toll.count.vague:
        return toll
    match = lex.relative.match(text[toll.end:])
    if not match or (group := lex.group_of(match.group("victim"))) is None:
        return toll
    total = _add_to_groups(toll, group, 1)
    toll.count = replace(toll.count, value=total, min=total, max=None if toll.count.max is None else total)
    toll.end += match.end()
    return toll


def _add_to_groups(toll: Toll, group: str, number: int) -> int:
    """Grow a toll by `number` victims of `group`; its own victim noun becomes a group too. Returns the total."""
    if not toll.groups:
        toll.groups[toll.group] = _number(toll.count)
        toll.group = None
    toll.groups[group] = toll.groups.get(group, 0) + number
    return sum(toll.groups.values())


def _enumerated(text: str, toll: Toll, count: Count, lex: TollLexicon) -> Toll | None:
    """"six men and six women were killed", "killing a child, three women and a man": one toll.

    Returns the toll grown by `count` when `count` continues the enumeration, else None.
    """
    if (toll.group is None and not toll.groups) or count.vague or toll.count.vague:
        return None
    if not lex.enumeration_gap.match(text[toll.end:count.start]):
        return None
    victim = lex.bare_victim.match(text[count.end:])
    if not victim or (group := lex.group_of(victim.group("victim"))) is None:
        return None
    total = _add_to_groups(toll, group, _number(count))
    open_ended = toll.count.max is None or count.max is None
    toll.count = replace(toll.count, end=count.end, value=total, min=total, max=None if open_ended else total,
                         text=text[toll.count.start:count.end], one_word=False)
    toll.end = count.end + victim.end()
    return toll


def _is_partial(text: str, toll: Toll, lex: TollLexicon) -> bool:
    before = text[max(0, toll.count.start - 80):toll.count.start]
    after = text[toll.end:toll.end + 80]
    if any(p.search(after) for p in lex.partial_after):
        return True
    # One hospital "received no fewer than 12 bodies" is a toll; three hospitals each receiving
    # some is a breakdown of a toll given elsewhere.
    shares = sum(len(re.findall(p.pattern.rstrip("$").replace("[^,;]*", ""), text, re.IGNORECASE))
                 for p in lex.partial_before)
    return shares >= 2 and any(p.search(before) for p in lex.partial_before)


def _number(count: Count) -> int:
    return count.value if count.value is not None else (count.min or 0)


def _at_least_after(text: str, toll: Toll, pack: LanguagePack) -> Toll:
    """"Six personnes au moins": the qualifier comes after the victim noun."""
    count = toll.count
    if count.vague or count.min != count.max:
        return toll
    if numbers_lexicon(pack).at_least_after.match(text[toll.end:]):
        toll.count = replace(count, max=None)
    return toll


def _breakdown_item(text: str, count: Count, lex: TollLexicon, previous: Toll | None) -> tuple[str, int] | None:
    """A count inside "dont cinq femmes et 14 enfants": (group, number) of the toll before."""
    if previous is None or count.vague:
        return None
    between = text[previous.count.end:count.start]
    if CLAUSE_END.search(between) or len(between) > 160:
        return None
    if not lex.breakdown.search(text[max(previous.count.end, count.start - 90):count.start]):
        return None
    victim = lex.victim.match(text[count.end:])
    group = lex.group_of(victim.group("victim")) if victim else None
    if group is None:
        return None
    return group, count.min if count.min is not None else count.value


def find_tolls(text: str, pack: LanguagePack) -> SentenceTolls:
    """The tolls of one sentence, each with its groups."""
    lex = lexicon(pack)
    tolls: list[Toll] = []
    for count in find_counts(text, pack):
        if is_excluded(text, count, pack):
            continue
        previous = tolls[-1] if tolls else None
        if previous and _enumerated(text, previous, count, lex):
            continue
        item = _breakdown_item(text, count, lex, previous)
        if item:
            group, number = item
            if number is not None:
                previous.groups.setdefault(group, number)
            continue
        toll = _classify(text, count, lex)
        if toll is None:
            continue
        if _is_partial(text, toll, lex):
            continue
        toll = _with_relative(text, _at_least_after(text, toll, pack), lex)
        among = lex.scope_among.match(text[toll.end:])
        if among and (group := lex.group_of(among.group("victim"))):
            toll.group = group
        tolls.append(toll)
    return SentenceTolls(tolls, bool(lex.total.search(text)), bool(lex.provisional.search(text)))
