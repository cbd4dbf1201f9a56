"""Stage `prefilter`: can this article hold an incident at all?

Most of a news feed is not about violence, and the model is the cost (STACK.md): an article
the filter clears skips the spaCy pass and assembly, and its record is the one those stages
would have written, with no incidents and no cumulative tolls.

Incidents and cumulative tolls are only ever made of tolls (`assemble`), and a toll is a count
read with a casualty word in one of five ways (`extract.tolls`): a noun or a verb after the count,
in its clause ("19 morts", "12 people were killed"); an agentive verb, a toll noun or a casualty
noun before it ("killing three", "the death toll rose to 40", "the number of dead at seven").
The filter asks the same of the whole text, with the pack's own lexicons, the same clause
boundaries and wider distances, so it says yes whenever the rules could find a toll, and more
often. Event triggers alone never make an incident, so they are not asked for.

Matching is done on a folded copy of the text (casefolded, accents and curly apostrophes
removed), with the lexicon's patterns folded the same way. A first pass looks only for the
literal words that every casualty pattern must contain (one trie-shaped alternation, which the
regex engine runs without backtracking into alternatives); most articles not about violence
stop there.
"""

from __future__ import annotations

import re
import unicodedata
from re import _constants as sre  # the stdlib's own regex parser: what a lexicon pattern means, not a guess
from re import _parser as sre_parse

from .extract.numbers import DIGITS
from .language import LanguagePack, compiled

# The distances `extract.tolls` allows, rounded up: a verb within VERB_WINDOW (110) characters
# of the victim phrase that follows the count (lead, two modifiers, victim noun: under 100);
# an agentive verb or toll noun within 80 characters before the count phrase, whose qualifier
# ("au moins", "no fewer than") takes up to 40 more. Wider only costs precision.
AFTER_COUNT = 250
BEFORE_COUNT = 130
# What may stand between a count and the noun or verb after it: `tolls.CLAUSE_END` ends the
# clause the verb is looked for in, and a sentence never spans two paragraphs (lines).
CLAUSE = r"[^.;:!?«»\"“”\n]"
# Between an agentive verb or toll noun and its count: their patterns stop at "." and ";".
SENTENCE = r"[^.;\n]"
LITERALS_PER_PATTERN = 2000  # beyond, a pattern's literals are looked for in a smaller part of it
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
# Combining marks: Latin, Greek and Cyrillic diacritics, then Arabic and Hebrew vowel signs.
COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
                       "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
CASE_SENSITIVE_GROUP = re.compile(r"\(\?([a-zA-Z]*)-i([a-zA-Z]*):")
# The `casualties` lexicons that make a count a toll; the others only qualify a toll found.
CUE_LEXICONS = ("killed_nouns", "injured_nouns", "killed_verbs", "injured_verbs", "killed_agentive",
                "injured_agentive", "toll_nouns")


def fold(text: str) -> str:
    """Casefolded, without accents or curly apostrophes: "Tuées" and "tuees" read the same."""
    return COMBINING.sub("", unicodedata.normalize("NFD", text.casefold())).translate(APOSTROPHES)


def may_hold_incident(text: str, pack: LanguagePack) -> bool:
    """False only when no rule of `extract.tolls` can find a toll anywhere in `text`."""
    return compiled(pack, IncidentCues).search(fold(text))


class IncidentCues:
    """A language pack's casualty lexicons compiled for the filter."""

    def __init__(self, pack: LanguagePack):
        c, n = pack.casualties, pack.numbers
        cue_patterns = [p for name in CUE_LEXICONS for p in getattr(c, name)]
        literals = [required_literals(p) for p in cue_patterns]
        # A pattern with no literal of its own would be missed by the first pass: then only the second runs.
        self.words = None if any(not found for found in literals) else \
            re.compile(trie_pattern(set().union(*literals)))
        # One modifier may stand between "a" and its victim noun ("a 23-year-old man"): any word here.
        one_word_count = rf"\b(?:{_alternatives(n.one)})\s+(?:[^\s]+\s+)?(?:{_alternatives(c.victims)})"
        count = "|".join([DIGITS.pattern, rf"\b(?:{_alternatives(map(re.escape, _count_words(pack)))})\b",
                          rf"\b(?:{_alternatives(n.vague)})\b", one_word_count])
        # Nouns, verbs and toll nouns start a word wherever `extract.tolls` reads them; agentive
        # patterns carry their own boundaries.
        nouns = rf"\b(?:{_alternatives([*c.killed_nouns, *c.injured_nouns])})"
        verbs = rf"\b(?:{_alternatives([*c.killed_verbs, *c.injured_verbs])})"
        before = rf"{_alternatives([*c.killed_agentive, *c.injured_agentive])}|\b(?:{_alternatives(c.toll_nouns)})|{nouns}"
        self.count_then_cue = _compile(rf"(?:{count}){CLAUSE}{{0,{AFTER_COUNT}}}?(?:{nouns}|{verbs})")
        self.cue_then_count = _compile(rf"(?:{before}){SENTENCE}{{0,{BEFORE_COUNT}}}?(?:{count})")

    def search(self, folded: str) -> bool:
        if self.words is not None and not self.words.search(folded):
            return False
        return bool(self.cue_then_count.search(folded) or self.count_then_cue.search(folded))


def _count_words(pack: LanguagePack) -> list[str]:
    # "un", "a" are counts only before a victim noun: the one-word alternative asks for it.
    one = {w.casefold() for w in pack.numbers.one}
    return sorted({fold(w) for w in pack.numbers.number_words if w.casefold() not in one})


def _alternatives(patterns) -> str:
    folded = sorted({_fold_pattern(p) for p in patterns}, key=len, reverse=True)
    return "|".join(f"(?:{p})" for p in folded)


def _fold_pattern(pattern: str) -> str:
    # Accents and apostrophes are never regex syntax, so a pattern folds like text; its case is
    # left alone ("\W" is not "\w") and `_compile` ignores case when a pattern needs it. The text
    # is casefolded, so a part that asks for capitals ("(?-i:[A-Z]…)": a name) must not.
    folded = COMBINING.sub("", unicodedata.normalize("NFD", pattern)).translate(APOSTROPHES)
    return CASE_SENSITIVE_GROUP.sub(r"(?\1\2:", folded)


def _compile(pattern: str) -> re.Pattern:
    # The text is casefolded: only a pattern that spells a capital needs the slower IGNORECASE.
    return re.compile(pattern, re.IGNORECASE if any(ch.isupper() for ch in pattern) else 0)


# ------------------------------------------------------------------------------------------
# Literals every match of a pattern contains


def required_literals(pattern: str) -> set[str]:
    """Folded strings one of which every match of `pattern` contains, as long as can be found;
    empty when there are none ("\\w+")."""
    found = _required(sre_parse.parse(_fold_pattern(pattern), re.IGNORECASE))
    return found if found and "" not in found else set()


def _required(items) -> set[str] | None:
    options = [_item_literals(op, av) for op, av in items]
    candidates = []
    # Any run of consecutive parts that can each match only a few strings is matched as a whole.
    for start in range(len(options)):
        run = {""}
        for part in options[start:]:
            if part is None:
                break
            run = {a + b for a in run for b in part}
            if len(run) > LITERALS_PER_PATTERN:
                break
            candidates.append(run)
    for op, av in items:
        if op is sre.SUBPATTERN:
            candidates.append(_required(av[3]))
        elif op is sre.ATOMIC_GROUP:
            candidates.append(_required(av))
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(branches):
                candidates.append(set().union(*branches))
        elif op in REPEATS and av[0] >= 1:
            candidates.append(_required(av[2]))
    return max(filter(None, candidates), key=_selectivity, default=None)


def _selectivity(literals: set[str]) -> tuple[int, int]:
    return min(map(len, literals)), -len(literals)


def _literals(items) -> set[str] | None:
    """Every string the parsed pattern can match, when there are few; None otherwise."""
    result = {""}
    for op, av in items:
        part = _item_literals(op, av)
        if part is None:
            return None
        result = {a + b for a in result for b in part}
        if len(result) > LITERALS_PER_PATTERN:
            return None
    return result


def _item_literals(op, av) -> set[str] | None:
    if op is sre.LITERAL:
        return {fold(chr(av))}
    if op is sre.IN:
        return _class_literals(av)
    if op is sre.SUBPATTERN:
        return _literals(av[3])
    if op is sre.ATOMIC_GROUP:
        return _literals(av)
    if op is sre.BRANCH:
        branches = [_literals(branch) for branch in av[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    if op in REPEATS:
        low, high, item = av
        one = _literals(item)
        if one is None or high > 3:
            return None
        result, repeated = set(), {""}
        for times in range(high + 1):
            if times >= low:
                result |= repeated
            repeated = {a + b for a in repeated for b in one}
        return result
    if op in ZERO_WIDTH:  # "\b", "$", lookarounds: leaving them out only widens the match
        return {""}
    return None  # ".", "\w", "[^x]", back-references: too many strings


def _class_literals(items) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(fold(chr(av)))
        elif op is sre.RANGE and av[1] - av[0] < 64:
            chars.update(fold(chr(code)) for code in range(av[0], av[1] + 1))
        else:  # a negated class or a category ("\d")
            return None
    return chars


def trie_pattern(literals: set[str]) -> str:
    """One regex for a set of literals, shaped as their trie ("tu(?:ant|e)"): the engine follows
    one path per position instead of trying every word in turn. A literal that extends another
    is dropped: whatever contains "tues" contains "tue"."""
    trie: dict = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    if "" in node:
        return ""
    alternatives = [re.escape(char) + _branches(child) for char, child in sorted(node.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
