"""Counts as written: digits ("70.000", "1,200"), words ("trente et un"), vague quantities
("des dizaines", "dozens"), with the qualifier in front ("au moins", "more than").

A count here is only a quantity; whether it counts the dead, the wounded or shells is
decided in `tolls`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from ..language import LanguagePack, compiled

DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:(?:[.,]| (?=\d{3}\b))\d{3})+|\d+)(?![\w]|[.,]\d)")
WORD = re.compile(r"[\w]+(?:-[\w]+)*", re.UNICODE)
# "29-06-2016", "2017/11/18", "18.11.2017": a date, whose parts are no counts.
NUMERIC_DATE = re.compile(r"(?<![\w.,/-])\d{1,4}([-/.])\d{1,2}\1\d{2,4}(?![\w/-]|[.,]\d)")


@dataclass(frozen=True, slots=True)
class Count:
    start: int  # the whole phrase, qualifier included
    end: int
    number_start: int  # the number itself
    value: int | None  # as written; None for vague quantities
    min: int | None
    max: int | None
    approx: bool
    vague: bool
    one_word: bool  # "un", "a": a count only in front of a victim noun
    text: str


class NumberLexicon:
    """A language pack's number knowledge, compiled once."""

    def __init__(self, pack: LanguagePack):
        numbers = pack.numbers
        self.lang = numbers.text2num_lang
        self.words = {w.casefold() for w in numbers.number_words}
        self.joiners = {w.casefold() for w in numbers.number_joiners}
        self.one = {w.casefold() for w in numbers.one}
        vague = sorted(numbers.vague.items(), key=lambda item: -len(item[0]))
        self.vague = [(re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), minimum) for pattern, minimum in vague]
        q = numbers.qualifiers
        self.qualifiers = {
            kind: _ending_with(phrases)
            for kind, phrases in (("at_least", q.at_least), ("more_than", q.more_than),
                                  ("about", q.about), ("up_to", q.up_to))
        }
        self.at_least_after = re.compile(rf"^\s*,?\s*(?:{_alternatives(q.at_least_after)})\b", re.IGNORECASE)
        self.not_after = [re.compile(p, re.IGNORECASE) for p in numbers.not_counts_after]
        self.not_before = [re.compile(p, re.IGNORECASE) for p in numbers.not_counts_before]
        self.partitive = [re.compile(p, re.IGNORECASE) for p in numbers.partitive_after]


def _alternatives(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def _ending_with(phrases: list[str]) -> re.Pattern:
    # The qualifier must end right before the number ("au moins 31", "at least 12").
    return re.compile(rf"(?:^|(?<=[\s(«\"“,]))(?:{_alternatives(phrases)})\s*$", re.IGNORECASE)


def lexicon(pack: LanguagePack) -> NumberLexicon:
    return compiled(pack, NumberLexicon)


def _digits_value(text: str) -> int:
    return int(re.sub(r"[.,\s]", "", text))


def _is_number_word(word: str, lex: NumberLexicon) -> bool:
    if word in lex.words:
        return True
    parts = word.split("-")  # "twenty-five", "vingt-trois", "vingt-et-un"
    return len(parts) > 1 and parts[0] in lex.words and parts[-1] in lex.words and all(
        p in lex.words or p in lex.joiners for p in parts)


def _word_runs(text: str, lex: NumberLexicon):
    """Maximal runs of number words, yielded as (start, end, value, one_word)."""
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if not _is_number_word(word, lex) and word not in lex.one:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens):
            following = tokens[j + 1][2]
            gap = text[tokens[j][1]:tokens[j + 1][0]]
            if gap.strip(" -") or following in lex.one:
                break
            if _is_number_word(following, lex):
                j += 1
            elif following in lex.joiners and j + 2 < len(tokens) and _is_number_word(tokens[j + 2][2], lex):
                j += 2
            else:
                break
        span = text[start:tokens[j][1]]
        words = [t[2] for t in tokens[i:j + 1]]
        i = j + 1
        if words == [word] and word in lex.one and word not in lex.words - lex.one:
            yield start, tokens[j][1], 1, True
            continue
        try:
            value = text2num(span.lower(), lex.lang)
        except ValueError:
            continue
        yield start, tokens[j][1], value, words == [word] and word in lex.one


def _qualify(text: str, number_start: int, lex: NumberLexicon) -> tuple[int, str | None]:
    """Where the count phrase starts and its qualifier ("au moins", "more than"), if any."""
    before = text[max(0, number_start - 40):number_start]
    for kind, pattern in lex.qualifiers.items():
        match = pattern.search(before)
        if match:
            start = number_start - (len(before) - match.start())
            return start, kind
    return number_start, None


def _range(value: int, qualifier: str | None) -> tuple[int | None, int | None, bool]:
    if qualifier == "at_least":
        return value, None, False
    if qualifier == "more_than":
        return value + 1, None, False
    if qualifier == "about":
        return None, None, True
    if qualifier == "up_to":
        return None, value, False
    return value, value, False


def find_counts(text: str, pack: LanguagePack) -> list[Count]:
    """Every count in a sentence, in order, with overlapping matches resolved longest first."""
    lex = lexicon(pack)
    found: list[Count] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    taken.extend(m.span() for m in NUMERIC_DATE.finditer(text))

    for pattern, minimum in lex.vague:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            qualified_start, qualifier = _qualify(text, match.start(), lex)
            taken.append((match.start(), match.end()))
            found.append(Count(qualified_start, match.end(), match.start(), None, minimum, None, True, True,
                               False, text[qualified_start:match.end()]))
    numbers = [(m.start(), m.end(), _digits_value(m.group()), False) for m in DIGITS.finditer(text)]
    numbers += list(_word_runs(text, lex))
    for start, end, value, one_word in sorted(numbers):
        if not free(start, end):
            continue
        taken.append((start, end))
        qualified_start, qualifier = _qualify(text, start, lex)
        # "14 of the wounded lost legs": a part of the wounded, so at least as many in all.
        if qualifier is None and (lex.at_least_after.match(text[end:])
                                  or any(p.match(text[end:end + 40]) for p in lex.partitive)):
            qualifier = "at_least"
        low, high, approx = _range(value, qualifier)
        found.append(Count(qualified_start, end, start, value, low, high, approx, False, one_word,
                           text[qualified_start:end]))
    return sorted(found, key=lambda c: c.start)


def is_excluded(text: str, count: Count, pack: LanguagePack) -> bool:
    """Numbers that are units, dates or ages, whatever follows."""
    if count.vague:
        return False
    lex = lexicon(pack)
    after = text[count.end:count.end + 30]
    before = text[max(0, count.number_start - 30):count.number_start]
    return any(p.search(after) for p in lex.not_after) or any(p.search(before) for p in lex.not_before)
