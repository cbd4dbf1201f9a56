"""Stage `clean`: raw document text -> `Article` (clean text, language, title, boilerplate).

Boilerplate goes line by line, by three rules, each conservative enough never to eat
an article sentence:
1. the language pack's `line_patterns` (a line must match in full);
2. lines a scraper glued together ("Contactez-nousEnvie d'afficher…") are split at the
   pack's `glued_prompts`, and the line goes only if every piece is boilerplate;
3. a short line (no sentence punctuation) seen twice, and runs of three or more
   menu-like short lines, are page furniture whatever the language.
Removed lines are kept verbatim in `Article.boilerplate`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import py3langid

from . import language
from .language import LanguagePack

INVISIBLE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ", "\ufeff": " ", "\t": " "})
SENTENCE_END = re.compile(r"[.!?»\"”…:;]\s*$")
MENU_LINE_WORDS = 4
MENU_RUN = 3
TITLE_MAX_CHARS = 300
TITLE_MIN_WORDS = 4
TITLE_SEARCH_LINES = 3
# Page furniture is short; a long line that happens to start like a prompt ("Posted on April 2
# 2017 by … <the whole article>") is article text and must stay.
PATTERN_MAX_CHARS = 160


@dataclass
class Article:
    text: str
    lang: str
    title: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # (start, end) offsets into text


def _line_patterns(pack: LanguagePack) -> re.Pattern:
    return language.compiled(pack, _compile_line_patterns)


def _compile_line_patterns(pack: LanguagePack) -> re.Pattern:
    joined = "|".join(f"(?:{p})" for p in pack.boilerplate.line_patterns)
    return re.compile(rf"^\s*(?:{joined})\s*$", re.IGNORECASE)


def _glue_splitter(pack: LanguagePack) -> re.Pattern | None:
    return language.compiled(pack, _compile_glue_splitter)


def _compile_glue_splitter(pack: LanguagePack) -> re.Pattern | None:
    prompts = pack.boilerplate.glued_prompts
    if not prompts:
        return None
    alternatives = "|".join(re.escape(p) for p in prompts)
    # A prompt glued to what follows shows as the prompt then a capital with no space.
    return re.compile(rf"({alternatives})(?=[A-ZÀ-Ý])")


def detect_language(text: str) -> str:
    """The most likely of the languages bilan has a pack for."""
    supported = language.available_languages()
    identifier = _identifier(tuple(supported))
    lang, _ = identifier.classify(text[:2000])
    return lang


@cache
def _identifier(languages: tuple[str, ...]):
    # A private identifier, so restricting its languages does not change py3langid's global one.
    return py3langid.langid._load_identifier(langs=list(languages))


def _is_pattern_boilerplate(line: str, pack: LanguagePack) -> bool:
    if len(line) > PATTERN_MAX_CHARS:
        return False
    pattern = _line_patterns(pack)
    if pattern.match(line):
        return True
    splitter = _glue_splitter(pack)
    if splitter is None:
        return False
    pieces = [p for p in splitter.split(line) if p.strip()]
    return len(pieces) > 1 and all(pattern.match(p) for p in pieces)


def _is_short(line: str) -> bool:
    return len(line.split()) <= MENU_LINE_WORDS and not SENTENCE_END.search(line)


def _furniture(lines: list[str]) -> set[int]:
    """Indexes of lines that are furniture by shape alone: repeated short lines and menu runs."""
    counts = Counter(line.strip().casefold() for line in lines if line.strip())
    found = {
        i for i, line in enumerate(lines)
        if line.strip() and counts[line.strip().casefold()] > 1 and len(line) < 100 and not SENTENCE_END.search(line)
    }
    run: list[int] = []
    for i, line in enumerate([*lines, "."]):
        if line.strip() and _is_short(line) and not re.search(r"\d", line):
            run.append(i)
            continue
        if not line.strip() and run:
            continue
        if len(run) >= MENU_RUN:
            found.update(run)
        run = []
    return found


def _looks_like_title(line: str) -> bool:
    """A headline: a few words, not a sentence ending in a full stop, not page furniture like "202"."""
    return len(line.split()) >= TITLE_MIN_WORDS and len(line) <= TITLE_MAX_CHARS and not line.endswith(".")


def clean(text: str, lang: str | None = None) -> Article:
    """Remove boilerplate lines, detect the language, find the headline."""
    text = text.translate(INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    code = lang or detect_language(text)
    pack = language.load(code)
    lines = text.split("\n")
    furniture = _furniture(lines)
    kept: list[str] = []
    removed: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if i in furniture or _is_pattern_boilerplate(line, pack):
            removed.append(line.strip())
        else:
            kept.append(line.strip())
    paragraphs = []
    offset = 0
    for line in kept:
        paragraphs.append((offset, offset + len(line)))
        offset += len(line) + 1
    title = next((line for line in kept[:TITLE_SEARCH_LINES] if _looks_like_title(line)), None) if len(kept) > 1 else None
    return Article(text="\n".join(kept), lang=code, title=title, boilerplate=removed, paragraphs=paragraphs)
