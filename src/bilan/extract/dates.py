"""Find date expressions in text and pin them to calendar days.

The grammar is language-neutral; every word comes from the language pack's
`dates.yaml` (`bilan.language.Dates`), so a new language needs only a new file.
One regex per lexicon (compiled once, cached) finds, in priority order:

1. night spans: "dans la nuit du mardi 28 au mercredi 29 janvier", "overnight
   Saturday to Sunday" -> the first night's date;
2. day expressions: [day part before] [lead] core [day part after], where core is
   [weekday] + day + month [+ year] ("ce vendredi 5 août", "late on Monday,
   August 6"), a weekday ("lundi soir", "last Monday"), a relative day ("hier",
   "yesterday") or a day anchored on the previous date in the text ("la veille");
3. a month named alone, after a prefix or before a year ("en août", "in August",
   "August 2022", "entre janvier et août");
4. a year after a prefix ("en 2011", "since 2009", "depuis fin 2014");
5. "il y a deux jours", "two days ago"; "la semaine dernière", "last year";
6. numeric dates (10/09/2018, 2018-10-09).

Resolution rules (the devset's "date" gold rules):
- a weekday is the one within the 6 days up to publication, the same day allowed;
  with "dernier"/"last" 1 to 7 days before, with "prochain"/"next" 1 to 7 after;
- a day and month without a year is the latest such date not after publication
  + 7 days (articles announce visits); with a year it needs no publication date;
- "la veille", "le lendemain" count from the previous day-precise date found in the
  same text (or publication when there is none);
- a month alone is the latest such month not after the publication month, a year
  alone is 1 January of that year (precision "year");
- weeks ("la semaine dernière", "il y a deux semaines") have no day: value and
  precision are None, the text is kept for the caller;
- anything relative without a publication date gets value None (its precision kept).

`text` keeps the words that introduce the date ("on Sunday", "le 22 avril",
"depuis 2014", "late on Monday"): a caller looking for cumulative scope reads
"depuis"/"since" there. dateparser is not used: it misreads "lundi soir" and
weekdays said on their own day (see STACK.md), and the grammar here is cheaper.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bilan.language import Dates

__all__ = ["DateMention", "find_dates"]

SPACE = r"[ \t]+"  # never across a line: headlines and bylines sit on their own lines
NEVER = r"(?!)"
WEEK_WINDOW = 6  # days back a bare weekday may reach
ANNOUNCE_DAYS = 7  # days after publication a year-less date may reach
# Same-length replacements only, so offsets into the normalised text are offsets into the input.
NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
                           "\u2007": " ", "\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression as written, with the day (or month, or year) it stands for."""

    start: int
    end: int
    text: str
    value: dt.date | None
    precision: str | None  # "day" | "month" | "year"; None for weeks


def find_dates(text: str, lexicon: Dates, published: dt.date | None) -> list[DateMention]:
    """Return the date expressions of `text`, in text order and non-overlapping.

    Args:
        text: a sentence or a whole article; offsets in the result index into it.
        lexicon: the language's date lexicon (`bilan.language.load(code).dates`).
        published: the article's publication date; relative and year-less dates
            resolve against it and get value None without it.
    """
    grammar = _grammar(lexicon)
    normalised = text.translate(NORMALISE)
    if not grammar.trigger.search(normalised):
        return []
    mentions: list[DateMention] = []
    anchor = published
    for match in grammar.master.finditer(normalised):
        for start, end, value, precision in grammar.resolve(match, published, anchor):
            mentions.append(DateMention(start, end, text[start:end], value, precision))
            if precision == "day" and value is not None:
                anchor = value
    return mentions


_CACHE: dict[int, tuple[Dates, _Grammar]] = {}


def _grammar(lexicon: Dates) -> _Grammar:
    # Keyed on id(): the pydantic model holds dicts, so it is not hashable; the entry keeps the
    # lexicon alive so its id cannot be reused by another object.
    entry = _CACHE.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        entry = _CACHE[id(lexicon)] = (lexicon, _Grammar(lexicon))
    return entry[1]


def _pattern(regex: str) -> str:
    return regex.replace(" ", SPACE)


def _regex_alternation(regexes) -> str:
    """Join regexes longest first, as whole words.

    Args:
        regexes: pattern strings from the lexicon.
    """
    items = sorted(regexes, key=len, reverse=True)
    if not items:
        return NEVER
    return r"(?<!\w)(?:" + "|".join(_pattern(r) for r in items) + r")(?!\w)"


def _prefix_alternation(regexes) -> str:
    """Join prefix regexes, each followed by spaces unless it ends in a hyphen or apostrophe.

    Args:
        regexes: pattern strings from the lexicon ("en", "mi-", "fin d'").
    """
    items = sorted(regexes, key=len, reverse=True)
    if not items:
        return NEVER
    return r"(?<!\w)(?:" + "|".join(_pattern(r) for r in items) + r")(?:(?<=[-'])|" + SPACE + ")"


def _names(words, capitalised: bool, abbreviated: bool = False, period: bool = False) -> str:
    """Join literal names longest first, as whole words.

    Args:
        words: lowercase names.
        capitalised: require an upper-case first letter (English months).
        abbreviated: allow (or with `period`, require) a final ".".
        period: the abbreviation must end with ".".
    """
    items = sorted(words, key=len, reverse=True)
    if not items:
        return NEVER
    if capitalised:
        parts = [f"(?-i:{re.escape(w[0].upper())}){re.escape(w[1:])}" for w in items]
    else:
        parts = [re.escape(w) for w in items]
    body = r"(?<!\w)(?:" + "|".join(parts) + ")"
    if not abbreviated:
        return body + r"(?!\w)"
    return body + (r"\." if period else r"(?:\.|(?!\w))")


def _lookup(table: dict, found: str):
    """Value of the first key of `table` whose regex matches all of `found`.

    Args:
        table: regex (or name) -> value, from the lexicon.
        found: the matched text, normalised.
    """
    for key, value in table.items():
        if re.fullmatch(_pattern(key), found, re.IGNORECASE):
            return value
    raise KeyError(found)


def _name_value(table: dict[str, int], found: str) -> int:
    return table[found.lower().rstrip(".")]


class _Grammar:
    """The compiled patterns of one lexicon and the rules that turn a match into dates."""

    def __init__(self, lex: Dates) -> None:
        self.lex = lex
        cap = lex.capitalised_names
        weekday = _names(lex.weekdays, False)
        weekday_abbr = _names(lex.weekday_abbreviations, False, True, lex.abbreviation_period)
        month_full = _names(lex.months, cap)
        month_any = "(?:" + month_full + "|" + _names(lex.month_abbreviations, cap, True,
                                                       lex.abbreviation_period) + ")"
        suffix = "(?:" + "|".join(lex.day_suffixes) + ")?" if lex.day_suffixes else ""
        # Digits glued to separators are counts ("70.000", "1,200") or times, never days.
        day = r"(?<![\w.,/:-])(?:3[01]|[12]\d|0?[1-9])" + suffix + r"(?![\w]|[.,:/-]\d)"
        year = r"(?<![\w.,/:-])(?:1[89]\d\d|20\d\d)(?![\w]|[.,:/-]\d)"
        link = "(?:" + _regex_alternation(lex.day_month_links) + SPACE + ")?" if lex.day_month_links else ""

        def date(tag: str) -> str:
            branches = []
            if "day_month" in lex.orders:
                branches.append(f"(?P<d{tag}>{day}){SPACE}{link}(?P<m{tag}>{month_any})")
            if "month_day" in lex.orders:
                branches.append(f"(?P<n{tag}>{month_any}),?{SPACE}(?P<e{tag}>{day})")
            return "(?:" + "|".join(branches) + f")(?:,?{SPACE}(?P<y{tag}>{year}))?"

        def night_day(tag: str) -> str:
            return (f"(?:(?P<w{tag}>{weekday})(?:{SPACE}(?P<d{tag}>{day}))?|(?P<e{tag}>{day}))"
                    f"(?:{SPACE}(?P<m{tag}>{month_any}))?(?:,?{SPACE}(?P<y{tag}>{year}))?")

        nights = [
            f"(?P<night{i}>" + _pattern(t).replace("{first}", night_day(f"{i}a"))
            .replace("{second}", night_day(f"{i}b")) + ")"
            for i, t in enumerate(lex.night_spans)
        ]
        modifier = _regex_alternation(lex.weekday_modifiers)
        day_expr = (
            f"(?P<dayexpr>(?:{_regex_alternation(lex.day_parts_before)}{SPACE})?"
            f"(?:{_regex_alternation(lex.leads)}{SPACE})?"
            f"(?:(?:(?P<wd>{weekday})|(?P<wda>{weekday_abbr})),?{SPACE})?{date('')}"
            f"|(?:(?P<modb>{modifier}){SPACE})?(?P<wd2>{weekday})(?:{SPACE}(?P<moda>{modifier}))?"
            f"|(?P<rel>{_regex_alternation(lex.relative_days)})"
            f"|(?P<anc>{_regex_alternation(lex.anchored_days)}))"
            f"(?:{SPACE}{_regex_alternation(lex.day_parts)})?)"
        )
        joiner = _regex_alternation(lex.joiners)
        month_prefix = _prefix_alternation(lex.month_prefixes)
        month_alone = (
            f"(?P<months>(?:(?:{month_prefix}){{1,2}}(?P<mo>{month_full})(?:,?{SPACE}(?P<my>{year}))?"
            f"|(?P<mo2>{month_any}),?{SPACE}(?P<my2>{year}))"
            f"(?:{SPACE}{joiner}{SPACE}(?P<mo3>{month_full})(?:,?{SPACE}(?P<my3>{year}))?)?)"
        )
        year_alone = (
            f"(?P<years>(?:{_prefix_alternation(lex.year_prefixes)}){{1,2}}(?P<yr>{year})"
            f"(?:{SPACE}{joiner}{SPACE}(?P<yr2>{year}))?)"
        )
        number = r"(?:(?<!\w)\d{1,3}(?!\w)|" + _names(lex.numbers, False) + ")"
        unit = _regex_alternation(lex.units)
        agos = [
            f"(?P<ago{i}>" + _pattern(t).replace("{n}", f"(?P<an{i}>{number})")
            .replace("{unit}", f"(?P<au{i}>{unit})") + r")(?!\w)"
            for i, t in enumerate(lex.ago)
        ]
        period = f"(?P<per>{_regex_alternation(lex.relative_periods)})"
        numeric = (r"(?P<num>(?<![\w.,/:-])(?P<p1>\d{1,2})(?P<sep>[/.])(?P<p2>\d{1,2})(?P=sep)(?P<p3>(?:19|20)\d\d)"
                   r"|(?<![\w.,/:-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\w]|[.,:/-]\d)")
        alternatives = [*nights, day_expr, month_alone, year_alone, *agos, period, numeric]
        self.nights = len(nights)
        self.agos = len(agos)
        self.master = re.compile("|".join(alternatives), re.IGNORECASE)
        # A cheap first pass: almost every sentence has no date word and no 4-digit year.
        words = [*lex.weekdays, *lex.weekday_abbreviations, *lex.months, *lex.month_abbreviations]
        starts = [*lex.relative_days, *lex.anchored_days, *lex.relative_periods, *lex.ago, *lex.night_spans]
        triggers = [re.escape(w) for w in words] + [_pattern(s) for s in starts]
        self.trigger = re.compile(
            r"(?<!\w)(?:" + "|".join(sorted(triggers, key=len, reverse=True)) + r")(?!\w)"
            + r"|\d/\d|(?:19|20)\d\d",
            re.IGNORECASE,
        )

    def resolve(self, match: re.Match, published: dt.date | None, anchor: dt.date | None):
        """Yield (start, end, value, precision) for one match of the master pattern.

        Args:
            match: a match of `self.master`.
            published: the publication date or None.
            anchor: the previous day-precise date of the text, else `published`.
        """
        g = match.groupdict()
        lex = self.lex
        if g["dayexpr"] is not None:
            value = self._day_expression(g, published, anchor)
            if value is not False:
                yield match.start(), match.end(), value, "day"
            return
        if g["months"] is not None:
            yield from self._months(match, g, published)
            return
        if g["years"] is not None:
            yield match.start(), match.end("yr"), dt.date(int(g["yr"]), 1, 1), "year"
            if g["yr2"]:
                yield match.start("yr2"), match.end("yr2"), dt.date(int(g["yr2"]), 1, 1), "year"
            return
        if g["per"] is not None:
            unit, offset = _lookup(lex.relative_periods, g["per"])
            yield (match.start(), match.end(), *_shift(published, unit, offset))
            return
        if g["num"] is not None:
            value = self._numeric(g)
            if value is not None:
                yield match.start(), match.end(), value, "day"
            return
        for i in range(self.nights):
            if g[f"night{i}"] is not None:
                value = self._night(g, f"{i}a", f"{i}b", published)
                if value is not False:
                    yield match.start(), match.end(), value, "day"
                return
        for i in range(self.agos):
            if g[f"ago{i}"] is not None:
                count = g[f"an{i}"]
                n = int(count) if count.isdigit() else lex.numbers[count.lower()]
                unit = _lookup(lex.units, g[f"au{i}"])
                yield (match.start(), match.end(), *_shift(published, unit, -n))
                return

    def _day_expression(self, g: dict, published: dt.date | None, anchor: dt.date | None):
        lex = self.lex
        if g["m"] or g["n"]:
            day, month = (g["d"], g["m"]) if g["m"] else (g["e"], g["n"])
            return _day_month(int(day.rstrip("erstndh")), _month(lex, month),
                              int(g["y"]) if g["y"] else None, published)
        if g["wd2"]:
            modifier = g["modb"] or g["moda"]
            step = _lookup(lex.weekday_modifiers, modifier) if modifier else 0
            return _weekday(lex.weekdays[g["wd2"].lower()], published, step)
        if g["rel"]:
            return published + dt.timedelta(days=_lookup(lex.relative_days, g["rel"])) if published else None
        return anchor + dt.timedelta(days=_lookup(lex.anchored_days, g["anc"])) if anchor else None

    def _months(self, match: re.Match, g: dict, published: dt.date | None):
        lex = self.lex
        first = _month(lex, g["mo"] or g["mo2"])
        year = g["my"] or g["my2"]
        second = _month(lex, g["mo3"]) if g["mo3"] else None
        if year is None and g["my3"] and second is not None and first <= second:
            year = g["my3"]  # "entre janvier et août 2022": the year closes both
        end = match.end("my") if g["my"] else match.end("my2") if g["my2"] else match.end("mo") if g["mo"] else None
        yield match.start(), end or match.end("mo2"), _month_value(first, year, published), "month"
        if second is not None:
            end = match.end("my3") if g["my3"] else match.end("mo3")
            yield match.start("mo3"), end, _month_value(second, g["my3"], published), "month"

    def _numeric(self, g: dict) -> dt.date | None:
        if g["iy"]:
            parts = int(g["iy"]), int(g["im"]), int(g["id"])
        else:
            first, second, year = int(g["p1"]), int(g["p2"]), int(g["p3"])
            parts = (year, second, first) if self.lex.numeric_order == "dmy" else (year, first, second)
        try:
            return dt.date(*parts)
        except ValueError:
            return None

    def _night(self, g: dict, a: str, b: str, published: dt.date | None):
        lex = self.lex
        day = g[f"d{a}"] or g[f"e{a}"]
        if day is None:
            return _weekday(lex.weekdays[g[f"w{a}"].lower()], published, 0)
        day = int(day.rstrip("erstndh"))
        month_word = g[f"m{a}"] or g[f"m{b}"]
        year = g[f"y{a}"] or g[f"y{b}"]
        if month_word is None:
            return _day_only(day, published)
        month = _month(lex, month_word)
        later = g[f"d{b}"] or g[f"e{b}"]
        if not g[f"m{a}"] and later and day > int(later.rstrip("erstndh")):
            # "la nuit du 31 janvier au 1er février" written "du 31 au 1er février": the month turned.
            month, year = (month - 1, year) if month > 1 else (12, str(int(year) - 1) if year else None)
        return _day_month(day, month, int(year) if year else None, published)


def _month(lex: Dates, word: str) -> int:
    key = word.lower().rstrip(".")
    return lex.months[key] if key in lex.months else lex.month_abbreviations[key]


def _weekday(weekday: int, published: dt.date | None, step: int) -> dt.date | None:
    """The weekday nearest publication: within the 6 days before it, or 1-7 days past/future with a modifier.

    Args:
        weekday: 0 (Monday) .. 6.
        published: the publication date or None.
        step: 0 for a bare weekday, -1 for "last", 1 for "next".
    """
    if published is None:
        return None
    back = (published.weekday() - weekday) % 7
    if step < 0:
        back = back or 7
    elif step > 0:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - dt.timedelta(days=back)


def _day_month(day: int, month: int, year: int | None, published: dt.date | None):
    """The date of a day and month; False when no calendar has it ("31 février").

    Args:
        day: 1..31.
        month: 1..12.
        year: as written, or None.
        published: the publication date or None.
    """
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return False
    limit = published + dt.timedelta(days=ANNOUNCE_DAYS) if published else None
    for candidate_year in range(limit.year if limit else 2000, (limit.year if limit else 2000) - 8, -1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue  # 29 February: go back to a leap year
        if limit is None:
            return None
        if candidate <= limit:
            return candidate
    return False


def _day_only(day: int, published: dt.date | None) -> dt.date | None:
    """The latest date with this day of the month not after publication + 7 days.

    Args:
        day: 1..31.
        published: the publication date or None.
    """
    if published is None:
        return None
    limit = published + dt.timedelta(days=ANNOUNCE_DAYS)
    year, month = limit.year, limit.month
    for _ in range(13):
        try:
            candidate = dt.date(year, month, day)
            if candidate <= limit:
                return candidate
        except ValueError:
            pass
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _month_value(month: int, year: str | None, published: dt.date | None) -> dt.date | None:
    if year is not None:
        return dt.date(int(year), month, 1)
    if published is None:
        return None
    return dt.date(published.year if month <= published.month else published.year - 1, month, 1)


def _shift(published: dt.date | None, unit: str, offset: int) -> tuple[dt.date | None, str | None]:
    """The date `offset` units from publication and its precision; weeks give (None, None).

    Args:
        published: the publication date or None.
        unit: day, week, month or year.
        offset: signed number of units.
    """
    if unit == "week":
        return None, None
    if published is None:
        return None, unit
    if unit == "day":
        return published + dt.timedelta(days=offset), "day"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        return dt.date(index // 12, index % 12 + 1, 1), "month"
    return dt.date(published.year + offset, 1, 1), "year"
