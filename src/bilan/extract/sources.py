"""Who said it: the source a sentence attributes its figures to.

Mentions of sources come from four places: the shared alias table (`lang/base/sources.yaml`:
OSDH = SOHR = Syrian Observatory for Human Rights), the language's unnamed sources
("la police", "medics"), anaphora ("cette organisation", "the monitor", resolved later
against the article), and organisations from NER. A mention is the sentence's source only
when a reporting cue ties it to the sentence: "selon X", "according to X", "X a affirmé",
"said X", "X said". A figure with no such cue has no source: we never invent one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..analyse import Entity
from ..language import LanguagePack, base, compiled

CUE_GAP = 45  # characters allowed between a cue and its source ("selon un photographe de l'AFP")
CLOSE_GAP = 25
ORG_LABELS = {"ORG", "PER", "PERSON"}
PERSON_LABELS = {"PER", "PERSON"}


@dataclass(frozen=True, slots=True)
class SourceMention:
    start: int
    end: int
    text: str
    name: str | None  # canonical name, None for an anaphor until it is resolved
    kind: str  # organisation, agency, ministry, police, person, ... "any" for "they"
    anaphor: bool = False
    # What an anaphor is called when nothing before it resolves it: "selon l'ONG" with no NGO
    # named is still an NGO; "cette organisation" stays nameless.
    fallback: str | None = None


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _alias_body(alias: str) -> str:
    return re.escape(alias).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]")


class SourceLexicon:
    def __init__(self, pack: LanguagePack):
        flags = re.IGNORECASE
        named = []
        for source in base().sources:
            for alias in source.aliases:
                named.append((alias, source.name, source.kind))
        named.sort(key=lambda item: -len(item[0]))
        # One alternation for all aliases (one pass per sentence, not one per alias), longest first;
        # acronyms are case-sensitive ("AP", "UN" are not "ap", "un"), longer names are not.
        self.named_by_key = {fold(alias): (name, kind) for alias, name, kind in named}
        short = [alias for alias, _, _ in named if len(alias) <= 4]
        long = [alias for alias, _, _ in named if len(alias) > 4]
        # The boundaries stand outside the alternation so the engine can scan for literals.
        self.named = [re.compile(rf"(?<![\w-])(?:{'|'.join(_alias_body(a) for a in aliases)})(?![\w-])", f)
                      for aliases, f in ((long, flags), (short, 0)) if aliases]
        # Each table is one alternation of named groups: one scan per sentence.
        self.generic_labels = [label for _, label in pack.sources.generic.items()]
        self.generic = re.compile(rf"(?<!\w)(?:{'|'.join(rf'(?P<g{n}>{p})' for n, p in enumerate(pack.sources.generic))})(?!\w)",
                                  flags)
        self.anaphora_kinds = list(pack.sources.anaphora.values())
        self.anaphora = re.compile(rf"(?<!\w)(?:{'|'.join(rf'(?P<a{n}>{p})' for n, p in enumerate(pack.sources.anaphora))})(?!\w)",
                                   flags)
        alt = lambda ps: "|".join(f"(?:{p})" for p in sorted(ps, key=len, reverse=True))  # noqa: E731
        self.according_to = re.compile(rf"(?<!\w)(?:{alt(pack.sources.according_to)})(?!\w)", flags)
        self.reporting = re.compile(rf"(?<!\w)(?:{alt(pack.sources.reporting_verbs)})(?!\w)", flags)
        self.toll_words = re.compile(rf"^\W*(?:\w+\W+){{0,2}}(?:{alt(pack.casualties.toll_nouns)}|{alt(pack.casualties.provisional)})",
                                     flags)
        self.reporting_date = re.compile(
            rf"(?<!\w)(?:{alt(pack.sources.reporting_verbs)})(?:\s+(?:the|to|à|au|(?-i:[A-ZÀ-Ý][\w.'’-]*)))*\s*(?:on|le|ce)?\s*$",
            flags)
        self.clause_verb = re.compile(
            r"^\s+(?:were|was|have|has|had|are|is|ont|a|sont|est|avaient|avait|seraient|serait)\b", flags)
        self.of = re.compile(r"^\s*(?:du|de la|de l['’]|des|d['’]|de|of the|of|by|from)\s*", flags)


def lexicon(pack: LanguagePack) -> SourceLexicon:
    return compiled(pack, SourceLexicon)


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in taken)


def find_mentions(text: str, pack: LanguagePack, entities: list[Entity] = (), offset: int = 0) -> list[SourceMention]:
    """Every source mention in a sentence, named ones first claiming their span."""
    lex = lexicon(pack)
    mentions: list[SourceMention] = []
    taken: list[tuple[int, int]] = []

    def add(start, end, name, kind, anaphor=False, fallback=None):
        if _overlaps(start, end, taken):
            return
        taken.append((start, end))
        mentions.append(SourceMention(start, end, text[start:end], name, kind, anaphor, fallback))

    for pattern in lex.named:
        for m in pattern.finditer(text):
            name, kind = lex.named_by_key[fold(re.sub(r"\s+", " ", m.group()))]
            add(m.start(), m.end(), name, kind)
    # Anaphora before generic words: "l'ONG", "the NGO" point back at the Observatory named
    # before them; the generic word inside is only what they are called if nothing was.
    for m in lex.anaphora.finditer(text):
        generic = lex.generic.search(m.group())
        add(m.start(), m.end(), None, lex.anaphora_kinds[int(m.lastgroup[1:])], anaphor=True,
            fallback=lex.generic_labels[int(generic.lastgroup[1:])] if generic else None)
    for m in lex.generic.finditer(text):
        label = lex.generic_labels[int(m.lastgroup[1:])]
        add(m.start(), m.end(), label, label)
    for entity in entities:
        if entity.label in ORG_LABELS:
            start, end = entity.start - offset, entity.end - offset
            if 0 <= start < end <= len(text):
                add(start, end, text[start:end].strip(), "person" if entity.label in PERSON_LABELS else "other")
    return sorted(mentions, key=lambda m: m.start)


def attributions(text: str, mentions: list[SourceMention], pack: LanguagePack) -> list[SourceMention]:
    """Every mention a reporting cue ties to this sentence, best first."""
    lex = lexicon(pack)
    candidates: list[tuple[int, int, SourceMention]] = []
    for cue in lex.according_to.finditer(text):
        start = cue.end()
        toll = lex.toll_words.match(text[start:start + CUE_GAP])
        if toll:
            # "selon un premier bilan" names no one, "d'après un premier bilan du ministère" does.
            start += toll.end()
            link = lex.of.match(text[start:])
            if not link:
                continue
            start += link.end()
        for mention in mentions:
            # "auprès de sources locales": the source's own "de" may overlap the cue.
            if (mention.end > start and mention.start <= start + CUE_GAP and not mention.anaphor) or (
                    mention.anaphor and 0 <= mention.start - start <= 2):
                candidates.append((max(0, mention.start - start), 0, mention))
                break
    for cue in lex.reporting.finditer(text):
        of_cue: list[tuple[int, int, SourceMention]] = []
        for mention in mentions:
            between = text[mention.end:cue.start()]
            if 0 <= cue.start() - mention.end <= CLOSE_GAP + APPOSITION and _only_filler(between):
                # "…menant au ministère des Affaires étrangères, a indiqué la police": a comma
                # before the verb ends a clause; the inverted subject after it is the source.
                loose = "," in between and not APPOSITIVE.match(between)
                of_cue.append((cue.start() - mention.end, int(loose), mention))
            elif 0 <= mention.start - cue.end() <= CLOSE_GAP and _only_filler(text[cue.end():mention.start]) \
                    and not lex.clause_verb.match(text[mention.end:]):
                # "He says 30 Taliban were killed": a name followed by its verb is what is said.
                of_cue.append((mention.start - cue.end(), 0, mention))
            elif mention.start <= SUBJECT_START and 0 < cue.start() - mention.end <= SUBJECT_SPAN \
                    and not re.search(r"[.;:!?«»\"“”]", text[mention.end:cue.start()]):
                # "The witness and medical personnel who were at the scene put the number of dead
                # at seven": the sentence's subject, however long, is who reports.
                of_cue.append((cue.start() - mention.end, 1, mention))
        # One cue, one speaker: the best mention around each reporting verb.
        candidates.extend(sorted(of_cue, key=_rank)[:1])
    # A wire agency is who reports, rarely who counted ("Ahmed Ali, a witness, told Reuters");
    # named sources beat anaphora and NER guesses at equal closeness.
    ranked = sorted(candidates, key=_rank)
    unique: list[SourceMention] = []
    for _, _, mention in ranked:
        if mention not in unique:
            unique.append(mention)
    return unique


def _rank(candidate: tuple[int, int, SourceMention]) -> tuple:
    distance, loose, mention = candidate
    return mention.kind == "wire", distance // 10, loose, mention.anaphor, mention.kind in ("other", "person")


def attribute(text: str, mentions: list[SourceMention], pack: LanguagePack) -> SourceMention | None:
    """The mention a reporting cue ties to this sentence, if any."""
    found = attributions(text, mentions, pack)
    return found[0] if found else None


def for_position(found: list[SourceMention], position: int) -> SourceMention | None:
    """With two attributed sources in one sentence ("X reported 10 dead while Y gave 12"),
    each figure goes to the nearest source of its own clause, preferring the one named before it."""
    if len(found) <= 1 or any(m.kind == "wire" for m in found):
        return found[0] if found else None
    return min(found, key=lambda m: position - m.end if m.end <= position else 2 * (m.start - position))


def is_reporting_date(text: str, start: int, pack: LanguagePack) -> bool:
    """"said Tuesday", "a déclaré mardi", "told The Associated Press on Tuesday": the day a source
    spoke, not the day of the event. Only names may stand between the verb and the date."""
    before = text[max(0, start - 60):start]
    return bool(lexicon(pack).reporting_date.search(before))


FILLER = re.compile(r"^[\s,\"«»“”'’]*(?:[\w’'-]+[\s,\"«»“”'’]+){0,4}$")
APPOSITIVE = re.compile(r"^\s*,[^,;.:!?]{1,70},\s*$")
APPOSITION = 70
SUBJECT_START = 4
SUBJECT_SPAN = 90


def _only_filler(between: str) -> bool:
    """Between a source and its verb only a few words may stand ("l'agence X a également indiqué"),
    or an apposition between commas ("Ahmed Ali, a witness at the scene, told …")."""
    if APPOSITIVE.match(between):
        return True
    return len(between) <= CLOSE_GAP and bool(FILLER.match(between + " ")) and not re.search(r"[.;:!?]", between)
