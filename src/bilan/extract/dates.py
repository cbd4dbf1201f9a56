"""Find date expressions in text and pin them to calendar days.

The grammar is language-neutral; every word comes from the language pack's
`dates.yaml` (`bilan.language.Dates`), so a new language needs only a new file.
A first pass looks for trigger words (weekday and month names, years, the words
of the relative phrases) in a set of the text's words: most sentences stop there.
Otherwise one regex (compiled once per lexicon and per kinds of trigger words
found, cached) finds, in priority order:

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
- relative days count from publication: "aujourd'hui", "ce matin", "today", "tonight"
  0; "hier", "yesterday" -1; "cette nuit", "last night" -1 (wire copy goes out in
  the morning, so the night meant began the evening before); offsets live in the YAML;
- "la veille", "le lendemain" count from the previous day-precise date found in the
  same text (or `anchor`, or publication); "au lendemain d'un attentat" dates the
  attack it introduces, one day before that anchor;
- a month alone is the latest such month not after the publication month, a year
  alone is 1 January of that year (precision "year");
- weeks ("la semaine dernière", "il y a deux semaines") have no day: value and
  precision are None, the text is kept for the caller;
- anything relative without a publication date gets value None (its precision kept).

Mentions never overlap: at one position the first alternative above wins, and each
takes its longest form ("late on Monday, August 6" rather than "Monday").
`text` keeps the words that introduce the date ("on Sunday", "le 22 avril",
"depuis 2014", "late on Monday"): a caller looking for cumulative scope reads
"depuis"/"since" there. dateparser is not used: it misreads "lundi soir" and
weekdays said on their own day (see STACK.md), and the grammar here is cheaper.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import re._parser as sre  # the parser behind re: lists the finite set of strings a lexicon regex matches
from dataclasses import dataclass

from bilan.language import Dates, compiled

__all__ = ["DateMention", "find_dates"]

SPACE = r"[ \t]+"  # never across a line: headlines and bylines sit on their own lines
NEVER = r"(?!)"
ANNOUNCE_DAYS = 7  # days after publication a year-less date may reach
REACH = 80  # characters; longer than any run of prefixes before a date word
# Same-length replacements only, so offsets into the normalised text are offsets into the input.
NORMALISE = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u00a0", " "), ("\u202f", " "),
             ("\u2007", " "), ("\u2010", "-"), ("\u2011", "-"))
# What splits words for the trigger. str.replace in a loop: on this scale it beats re and str.translate.
SEPARATORS = ".,;:!?()[]{}\"'«»“”/-–—…*|"
EXPANSION_LIMIT = 512  # strings per lexicon regex; beyond that the trigger gives up (always runs)
# Kinds of trigger words; each lets in only the alternatives that contain such a word.
WEEKDAY, MONTH, YEAR, OTHER = "weekday", "month", "year", "other"
KINDS = (WEEKDAY, MONTH, YEAR, OTHER)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression as written, with the day (or month, or year) it stands for."""

    start: int
    end: int
    text: str
    value: dt.date | None
    precision: str | None  # "day" | "month" | "year"; None for weeks


def find_dates(text: str, lexicon: Dates, published: dt.date | None, *,
               anchor: dt.date | None = None) -> list[DateMention]:
    """Return the date expressions of `text`, in text order and non-overlapping.

    Args:
        text: a sentence or a whole article; offsets in the result index into it.
        lexicon: the language's date lexicon (`bilan.language.load(code).dates`).
        published: the article's publication date; relative and year-less dates
            resolve against it and get value None without it.
        anchor: the last day-precise date before `text` in the article, for "la veille"
            / "the day before" when sentences are read one by one; defaults to `published`.
    """
    grammar = compiled(lexicon, _Grammar)  # once per lexicon object
    normalised = text
    if not text.isascii():
        for old, new in NORMALISE:
            normalised = normalised.replace(old, new)
    trigger = grammar.first_trigger(normalised)
    if trigger is None:
        return []
    first, kinds = trigger
    mentions: list[DateMention] = []
    anchor = anchor or published
    # No match starts more than REACH characters before its first trigger word ("in the early hours of").
    for match in grammar.master(kinds).finditer(normalised, max(0, first - REACH)):
        for start, end, value, precision in grammar.resolve(match, published, anchor):
            mentions.append(DateMention(start, end, text[start:end], value, precision))
            if precision == "day" and value is not None:
                anchor = value
    return mentions


def _pattern(regex: str) -> str:
    """A lexicon regex with each space widened to any run of spaces or tabs.

    Args:
        regex: a pattern string from the lexicon.
    """
    return regex.replace(" ", SPACE)


def _alternation(regexes) -> str:
    """Join lexicon regexes into one group; the finite ones are merged into a trie.

    Args:
        regexes: pattern strings from the lexicon.
    """
    strings, others = [], []
    for regex in regexes:
        # Lookarounds are dropped by the expansion: such entries keep their own branch.
        expanded = None if re.search(r"\(\?<?[=!]", regex) else _expand(regex)
        if expanded is None or "" in expanded:
            others.append(regex)
        else:
            strings.extend(expanded)
    branches = [_trie([s.lower() for s in strings], False)] if strings else []
    branches += [_pattern(r) for r in sorted(others, key=len, reverse=True)]
    return "(?:" + "|".join(branches) + ")" if branches else NEVER


def _regex_alternation(regexes) -> str:
    """Join regexes as whole words.

    Args:
        regexes: pattern strings from the lexicon.
    """
    return r"(?<!\w)" + _alternation(regexes) + r"(?!\w)"


def _prefix_alternation(regexes) -> str:
    """Join prefix regexes, each followed by spaces unless it ends in a hyphen or apostrophe.

    Args:
        regexes: pattern strings from the lexicon ("en", "mi-", "fin d'").
    """
    return r"(?<!\w)" + _alternation(regexes) + r"(?:(?<=[-'])|" + SPACE + ")"


def _names(words, capitalised: bool, abbreviated: bool = False, period: bool = False) -> str:
    """Join literal names longest first, as whole words.

    Args:
        words: lowercase names.
        capitalised: require an upper-case first letter (English months).
        abbreviated: allow (or with `period`, require) a final ".".
        period: the abbreviation must end with ".".
    """
    if not words:
        return NEVER
    body = r"(?<!\w)" + _trie(words, capitalised)
    if not abbreviated:
        return body + r"(?!\w)"
    return body + (r"\." if period else r"(?:\.|(?!\w))")


def _trie(words, capitalised: bool) -> str:
    """A regex matching any of `words`, factored by shared prefixes.

    Args:
        words: lowercase literal words.
        capitalised: the first letter must be upper case.
    """
    # re tries alternatives one by one: a trie fails at the first letter instead of once per word.
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict, first: bool) -> str:
        ends = "" in node
        branches = []
        for char in sorted(k for k in node if k):
            if char == " ":
                head = SPACE
            elif first and capitalised:
                head = f"(?-i:{re.escape(char.upper())})"
            else:
                head = re.escape(char)
            branches.append(head + emit(node[char], False))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            # Longest first: an optional tail is tried before stopping here.
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(root, True) + ")"


def _tokens(text: str) -> list[str]:
    """The words of `text`, split at spaces and punctuation, hyphens and apostrophes included.

    Args:
        text: any text (the trigger passes it lower-cased).
    """
    for char in SEPARATORS:
        text = text.replace(char, " ")
    return text.split()


def _expand(regex: str) -> list[str] | None:
    """Every string `regex` can match (lookarounds ignored), or None if infinite or too many.

    Args:
        regex: a lexicon regex, before spaces are widened.
    """

    def sequence(items) -> list[str] | None:
        out = [""]
        for op, av in items:
            options = element(op, av)
            if options is None:
                return None
            out = [head + tail for head in out for tail in options]
            if len(out) > EXPANSION_LIMIT:
                return None
        return out

    def element(op, av) -> list[str] | None:
        if op is sre.LITERAL:
            return [chr(av)]
        if op is sre.IN:
            return [chr(a) for o, a in av] if all(o is sre.LITERAL for o, a in av) else None
        if op is sre.SUBPATTERN:
            return sequence(av[3])
        if op is sre.BRANCH:
            out = []
            for branch in av[1]:
                options = sequence(branch)
                if options is None:
                    return None
                out.extend(options)
            return out
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[1] <= 2:
            options = sequence(av[2])
            if options is None:
                return None
            out, power = [], [""]
            for count in range(av[1] + 1):
                if count >= av[0]:
                    out.extend(power)
                power = [head + tail for head in power for tail in options]
            return out
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return [""]
        return None

    try:
        return sequence(sre.parse(regex))
    except re.error:
        return None


def _anchor_words(regexes: list[str], known: set[str]) -> set[str] | None:
    """Words such that every match of one of `regexes` holds one of them, or None if unknown.

    Args:
        regexes: lexicon regexes.
        known: anchor words already chosen (names); reused when a match holds one.
    """
    anchors = set(known)
    strings = []
    for regex in regexes:
        expanded = _expand(regex)
        if expanded is None:
            return None
        strings.extend(expanded)
    # Shortest first, so "avant-hier" reuses the anchor of "hier" instead of adding the common "avant".
    for string in sorted(strings, key=len):
        words = [w for w in _tokens(string.lower()) if not w.isdigit()]
        if not words:
            return None
        if anchors.isdisjoint(words):
            # Phrases open with determiners ("cette nuit", "this morning"): the last word is rarer.
            content = [w for w in words if len(w) >= 3]
            anchors.add(content[-1] if content else max(words, key=len))
    return anchors - known


def _compile_table(table: dict) -> list[tuple[re.Pattern, object]]:
    """Compile the regex keys of a lexicon table, keeping their values.

    Args:
        table: regex -> value, from the lexicon.
    """
    return [(re.compile(_pattern(key), re.IGNORECASE), value) for key, value in table.items()]


def _lookup(table: list[tuple[re.Pattern, object]], match: re.Match, group: str):
    """Value of the first entry whose regex matches exactly the span of `group`.

    Args:
        table: compiled (regex, value) pairs from `_compile_table`.
        match: a match of the master pattern.
        group: the group whose span is looked up.
    """
    # Matched in place, not on the extracted text: keys may end in a lookahead ("au lendemain(?= de)").
    start, end = match.span(group)
    for pattern, value in table:
        found = pattern.match(match.string, start)
        if found and found.end() == end:
            return value
    raise KeyError(match.group(group))


def _int(digits: str) -> int:
    """The number a day is written with ("1er" -> 1, "6th" -> 6).

    Args:
        digits: the day as matched.
    """
    return int(re.match(r"\d+", digits).group())


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
        year = r"(?<![\w.,/:-])(?:1[89]|20)\d\d(?![\w]|[.,:/-]\d)"
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
        # The cores of a day expression, by the trigger kind each needs.
        cores = {
            MONTH: f"(?:(?:(?P<wd>{weekday})|(?P<wda>{weekday_abbr})),?{SPACE})?{date('')}",
            WEEKDAY: f"(?:(?P<modb>{modifier}){SPACE})?(?P<wd2>{weekday})(?:{SPACE}(?P<moda>{modifier}))?",
            OTHER: (f"(?P<rel>{_regex_alternation(lex.relative_days)})"
                    f"|(?P<anc>{_regex_alternation(lex.anchored_days)})"),
        }
        day_head = (f"(?P<dayexpr>(?:{_regex_alternation(lex.day_parts_before)}{SPACE})?"
                    f"(?:{_regex_alternation(lex.leads)}{SPACE})?(?:")
        day_tail = f")(?:{SPACE}{_regex_alternation(lex.day_parts)})?)"
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
        numeric = (r"(?P<num>(?<![\w.,/:-])(?P<p1>\d{1,2})(?P<sep>[/.-])(?P<p2>\d{1,2})(?P=sep)(?P<p3>(?:19|20)\d\d)"
                   r"|(?<![\w.,/:-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\w]|[.,:/-]\d)")
        self.nights = len(nights)
        self.agos = len(agos)

        def master(kinds: frozenset[str]) -> str:
            # Priority order: night spans, day expressions, months, years, "ago", periods, numeric.
            present = [core for kind, core in cores.items() if kind in kinds]
            parts = list(nights) if kinds & {WEEKDAY, MONTH, OTHER} else []
            parts += [day_head + "|".join(present) + day_tail] if present else []
            parts += [month_alone] if MONTH in kinds else []
            parts += [year_alone] if YEAR in kinds else []
            parts += [*agos, period] if OTHER in kinds else []
            parts += [numeric] if YEAR in kinds else []
            # Every match starts a word: the guard spares the branches at every other position.
            return r"(?<!\w)(?=\w)(?:" + "|".join(parts) + ")"

        self._source = master
        full = re.compile(master(frozenset(KINDS)), re.IGNORECASE)
        self._masters: dict[frozenset[str], re.Pattern] = {frozenset(KINDS): full}
        # Every combination is compiled up front (a few tenths of a second once per language)
        # so that the first articles of a run do not pay for it.
        for size in range(1, len(KINDS)):
            for kinds in itertools.combinations(sorted(KINDS), size):
                self.master(frozenset(kinds))
        self.groups = dict.fromkeys(full.groupindex)
        self._build_trigger(lex)
        self.modifiers = _compile_table(lex.weekday_modifiers)
        self.relative = _compile_table(lex.relative_days)
        self.anchored = _compile_table(lex.anchored_days)
        self.units = _compile_table(lex.units)
        self.periods = _compile_table(lex.relative_periods)

    def master(self, kinds: frozenset[str]) -> re.Pattern:
        """The pattern with only the alternatives these trigger kinds can start (compiled once).

        Args:
            kinds: the kinds of trigger words found in the text.
        """
        pattern = self._masters.get(kinds)
        if pattern is None:
            pattern = self._masters[kinds] = re.compile(self._source(kinds), re.IGNORECASE)
        return pattern

    def _build_trigger(self, lex: Dates) -> None:
        """Set the word sets of the first pass: every match holds one of them, few sentences do.

        Args:
            lex: the lexicon.
        """
        month_names = {*lex.months, *([] if lex.abbreviation_period else lex.month_abbreviations)}
        # Weekday abbreviations need not be listed: they only count before a month.
        names = {*lex.weekdays, *month_names} | {str(year) for year in range(1800, 2100)}
        units = "(?:" + "|".join(lex.units) + ")"
        templates = [t.replace("{n}", "0").replace("{unit}", units) for t in lex.ago]
        templates += [t.replace("{first}", "0").replace("{second}", "0") for t in lex.night_spans]
        extra = _anchor_words([*lex.relative_days, *lex.anchored_days, *lex.relative_periods, *templates], names)
        self.always = extra is None  # a regex we cannot list: skip the first pass, stay correct
        self.anchors = names | (extra or set())
        # The kind of each word; a word of two kinds is OTHER, which brings the most alternatives.
        self.kinds = {word: YEAR for word in names if word.isdigit()}
        self.kinds.update({word: MONTH for word in month_names})
        self.kinds.update({word: WEEKDAY for word in lex.weekdays})
        self.kinds.update({word: OTHER for word in extra or ()})
        # Words that count only capitalised (English months) or only with their period ("sept.").
        self.cased = (month_names - (extra or set())) if lex.capitalised_names else set()
        self.dotted = [f"{a}." for a in lex.month_abbreviations] if lex.abbreviation_period else []

    def first_trigger(self, text: str) -> tuple[int, frozenset[str]] | None:
        """Where the first trigger word is (never after it) and the kinds found; None if there is none.

        Args:
            text: normalised text.
        """
        if self.always:
            return 0, frozenset(KINDS)
        lower = text.lower()
        hits = self.anchors.intersection(_tokens(lower))
        if self.cased:
            hits = {h for h in hits if h not in self.cased or h.capitalize() in text or h.upper() in text}
        places = [lower.find(h) for h in hits]
        kinds = {self.kinds[h] for h in hits}
        for abbreviation in self.dotted:
            if (place := lower.find(abbreviation)) >= 0:
                places.append(place)
                kinds.add(MONTH)
        if not places:
            return None
        # lower() may change the length of a few characters (İ): then start from the beginning.
        return (min(places) if len(lower) == len(text) else 0), frozenset(kinds)

    def resolve(self, match: re.Match, published: dt.date | None, anchor: dt.date | None):
        """Yield (start, end, value, precision) for one match of the master pattern.

        Args:
            match: a match of `self.master`.
            published: the publication date or None.
            anchor: the previous day-precise date of the text, else `published`.
        """
        g = {**self.groups, **match.groupdict()}  # groups of the alternatives left out are None
        lex = self.lex
        if g["dayexpr"] is not None:
            value = self._day_expression(match, g, published, anchor)
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
            unit, offset = _lookup(self.periods, match, "per")
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
                unit = _lookup(self.units, match, f"au{i}")
                yield (match.start(), match.end(), *_shift(published, unit, -n))
                return

    def _day_expression(self, match: re.Match, g: dict, published: dt.date | None, anchor: dt.date | None):
        """The day of a day expression: None if it cannot be fixed, False if it is no date.

        Args:
            match: a match of the master pattern.
            g: its groups, all present.
            published: the publication date or None.
            anchor: the previous day-precise date of the text, else `published`.
        """
        lex = self.lex
        # Only the orders the language allows have groups: d/m for day_month, e/n for month_day.
        if g.get("m") or g.get("n"):
            day, month = (g["d"], g["m"]) if g.get("m") else (g["e"], g["n"])
            return _day_month(_int(day), _month(lex, month),
                              int(g["y"]) if g["y"] else None, published)
        if g["wd2"]:
            modifier = g["modb"] or g["moda"]
            step = _lookup(self.modifiers, match, "modb" if g["modb"] else "moda") if modifier else 0
            return _weekday(lex.weekdays[g["wd2"].lower()], published, step)
        if g["rel"]:
            return published + dt.timedelta(days=_lookup(self.relative, match, "rel")) if published else None
        return anchor + dt.timedelta(days=_lookup(self.anchored, match, "anc")) if anchor else None

    def _months(self, match: re.Match, g: dict, published: dt.date | None):
        """Yield (start, end, value, precision) for a month alone and the one joined to it.

        Args:
            match: a match of the master pattern.
            g: its groups, all present.
            published: the publication date or None.
        """
        lex = self.lex
        first = _month(lex, g["mo"] or g["mo2"])
        year = g["my"] or g["my2"]
        second = _month(lex, g["mo3"]) if g["mo3"] else None
        if year is None and g["my3"] and second is not None and first <= second:
            year = g["my3"]  # "entre janvier et août 2022": the year closes both
        end = match.end("my" if g["my"] else "mo") if g["mo"] else match.end("my2")
        yield match.start(), end, _month_value(first, year, published), "month"
        if second is not None:
            end = match.end("my3") if g["my3"] else match.end("mo3")
            yield match.start("mo3"), end, _month_value(second, g["my3"], published), "month"

    def _numeric(self, g: dict) -> dt.date | None:
        """The date written in digits, in the lexicon's order; None when no calendar has it.

        Args:
            g: the groups of the match, all present.
        """
        if g["iy"]:
            parts = int(g["iy"]), int(g["im"]), int(g["id"])
        else:
            first, second, year = int(g["p1"]), int(g["p2"]), int(g["p3"])
            parts = (year, second, first) if self.lex.numeric_order == "dmy" else (year, first, second)
            # "27-07-2015" in an American text: no 27th month, so the other order is meant.
            if parts[1] > 12 >= parts[2]:
                parts = (year, parts[2], parts[1])
        try:
            return dt.date(*parts)
        except ValueError:
            return None

    def _night(self, g: dict, a: str, b: str, published: dt.date | None):
        """The date of the first night of a span; None if it cannot be fixed, False if it is no date.

        Args:
            g: the groups of the match, all present.
            a: suffix of the first day's groups.
            b: suffix of the second day's groups.
            published: the publication date or None.
        """
        lex = self.lex
        day = g[f"d{a}"] or g[f"e{a}"]
        if day is None:
            return _weekday(lex.weekdays[g[f"w{a}"].lower()], published, 0)
        day = _int(day)
        month_word = g[f"m{a}"] or g[f"m{b}"]
        year = g[f"y{a}"] or g[f"y{b}"]
        if month_word is None:
            return _day_only(day, published)
        month = _month(lex, month_word)
        later = g[f"d{b}"] or g[f"e{b}"]
        if not g[f"m{a}"] and later and day > _int(later):
            # "la nuit du 31 janvier au 1er février" written "du 31 au 1er février": the month turned.
            month, year = (month - 1, year) if month > 1 else (12, str(int(year) - 1) if year else None)
        return _day_month(day, month, int(year) if year else None, published)


def _month(lex: Dates, word: str) -> int:
    """The number of a month name or abbreviation.

    Args:
        lex: the lexicon.
        word: the name as matched ("Août", "Aug.").
    """
    key = word.lower().rstrip(".")
    return lex.months[key] if key in lex.months else lex.month_abbreviations[key]


def _weekday(weekday: int, published: dt.date | None, step: int) -> dt.date | None:
    """The weekday in the 6 days up to publication; with a modifier, 1-7 days before or after it.

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
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
    except ValueError:
        return False
    if year is not None:
        return dt.date(year, month, day)
    if published is None:
        return None
    limit = published + dt.timedelta(days=ANNOUNCE_DAYS)
    for candidate_year in range(limit.year, limit.year - 8, -1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue  # 29 February: go back to a leap year
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
    """The first day of a month: of `year`, else the latest such month not after publication.

    Args:
        month: 1..12.
        year: as written, or None.
        published: the publication date or None.
    """
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
