"""The pre-filter never turns away an article the full pipeline finds an incident or a toll in.

Recall is checked on every violent text at hand: the seeds, the articles and rule sentences the
other tests are written on, and the shared devset and corpora when `../shared` is there.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import bilan
from bilan import language, pipeline
from bilan.extract.tolls import find_tolls
from bilan.language import Casualties
from bilan.prefilter import CUE_LEXICONS, fold, may_hold_incident, required_literals, trie_pattern

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
# Tests whose strings are articles and sentences about violence, written for them.
TEXT_SOURCES = sorted([*(TESTS / "extract").glob("test_*.py"), TESTS / "test_assemble.py", TESTS / "test_analyse.py"])


def _strings(path: Path, min_chars: int = 20) -> list[tuple[str, ast.Constant]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(f"{path.relative_to(TESTS)}:{node.lineno}", node) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= min_chars]


def _rule_sentences() -> list:
    """(lang, sentence) rows of the rule tables in tests/extract."""
    rows = []
    for path in sorted((TESTS / "extract").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple) and len(node.elts) >= 2 and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts[:2]) \
                    and node.elts[0].value in language.available_languages():
                rows.append(pytest.param(node.elts[0].value, node.elts[1].value,
                                         id=f"{path.name}:{node.lineno}"))
    return rows


def _articles() -> list:
    """Documents as (id, text, lang, published): seeds, test texts, then the shared sets if present."""
    found = []
    for line in (ROOT / "examples" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            found.append(pytest.param(row["text"], row.get("lang"), row.get("published"), id=f"seed:{row['id']}"))
    for path in TEXT_SOURCES:
        found += [pytest.param(node.value, None, None, id=where) for where, node in _strings(path, 40)]
    for path in sorted((SHARED / "devset").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        found.append(pytest.param(article["raw_text"], article["lang"], article["published"], id=f"devset:{path.stem}"))
    for path in sorted((SHARED / "corpora").glob("*/docs.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                found.append(pytest.param(doc["text"], doc.get("lang"), doc.get("published"), id=doc["id"]))
    return found


@pytest.mark.parametrize(("text", "lang", "published"), _articles())
def test_what_the_filter_turns_away_holds_no_incident(text, lang, published, monkeypatch):
    # Only what the filter turns away needs the model here: the rest goes to it anyway.
    turned_away = pipeline.prepare(bilan.Document(text=text, lang=lang, published=published))
    if turned_away.task is not None or not turned_away.record.document.text:
        return
    monkeypatch.setattr(pipeline, "may_hold_incident", lambda text, pack: True)
    unfiltered = bilan.process(bilan.Document(text=text, lang=lang, published=published))
    assert not unfiltered.incidents and not unfiltered.cumulative_tolls
    assert unfiltered.to_dict() == turned_away.record.to_dict()


@pytest.mark.parametrize(("lang", "sentence"), _rule_sentences())
def test_a_sentence_with_a_toll_passes(lang, sentence):
    pack = language.load(lang)
    assert may_hold_incident(sentence, pack) or not find_tolls(sentence, pack).tolls


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le chômage a atteint 7,5 % au deuxième trimestre, selon l'Insee."),
    ("fr", "Les exportations de vins et spiritueux ont atteint 16 milliards d'euros."),
    ("fr", "Le groupe a présenté mardi son bilan annuel ; le résultat net atteint 812 millions d'euros."),
    ("fr", "Le château, situé à 30 km de Lyon, accueille 5.000 visiteurs par an."),
    ("en", "The first train left the central station at 6.05am carrying 420 passengers."),
    ("en", "Shares rose 4 percent after the results, leaving the index at a record high."),
    ("en", "Sinner came back from two sets down to win 3-6, 4-6, 7-6, 6-3, 6-4."),
])
def test_news_that_is_not_about_violence_is_turned_away(lang, text):
    assert not may_hold_incident(text, language.load(lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Trois civils ont été tués lundi à Alep."),
    ("fr", "TROIS CIVILS ONT ÉTÉ TUÉS LUNDI À ALEP."),
    ("fr", "Trois civils ont ete tues lundi a Alep."),
    ("fr", "L’attaque a fait dix-sept blessés."),
    ("fr", "Un enfant a été tué par un obus."),
    ("fr", "Le bilan s'élève désormais à 40."),
    ("en", "The strike killed, in a preliminary toll, five people."),
    ("en", "A man was shot dead outside the bar."),
    ("en", "Dozens of people were wounded."),
    ("en", "The death toll rose to 40, the ministry said."),
])
def test_tolls_pass_whatever_their_case_and_accents(lang, text):
    assert may_hold_incident(text, language.load(lang))


def test_an_article_turned_away_skips_the_model_and_keeps_its_record(monkeypatch):
    document = {"text": "Le FC Nantes a obtenu le match nul (2-2) dimanche soir à la Beaujoire.\n"
                        "Plus de 31.000 spectateurs avaient pris place dans les tribunes.",
                "published": "2024-03-10", "lang": "fr"}
    expected = bilan.process(bilan.Document(**document)).to_dict()

    def no_model(*args, **kwargs):
        raise AssertionError("the model ran on an article the filter turned away")

    monkeypatch.setattr(pipeline, "load_pipeline", no_model)
    monkeypatch.setattr(pipeline, "analyse", no_model)
    record = next(bilan.process_many([bilan.Document(**document)]))
    assert record.to_dict() == expected
    assert record.document.text and record.document.published == "2024-03-10"
    assert not record.incidents and not record.cumulative_tolls and not record.errors


def test_every_casualty_lexicon_is_a_cue_or_only_qualifies_a_toll():
    # A new lexicon that can make a count a toll must be added to the filter's cues, or recall drops.
    qualifiers = {"victims", "one_victim_modifiers", "breakdown", "scope_among", "others", "total", "provisional",
                  "partial_before", "partial_after"}
    assert set(Casualties.model_fields) == set(CUE_LEXICONS) | qualifiers


@pytest.mark.parametrize("code", language.available_languages())
def test_every_cue_pattern_has_literals_for_the_first_pass(code):
    casualties = language.load(code).casualties
    patterns = [p for name in CUE_LEXICONS for p in getattr(casualties, name)]
    assert [p for p in patterns if not required_literals(p)] == []


@pytest.mark.parametrize(("pattern", "literals"), [
    ("morts?", {"mort"}),
    ("\\btuant", {"tuant"}),
    ("décédée?s?", {"decede"}),
    ("(ont|a) (péri|succombé)", {"ont peri", "ont succombe", "a peri", "a succombe"}),
    ("(were|was) (also )?(killed|dead)", {f"{aux} {also}{what}" for aux in ("were", "was") for also in ("", "also ")
                                           for what in ("killed", "dead")}),
    ("\\b(killed|killing)\\b[^.]*$", {"killed", "killing"}),
    ("\\w+ killed", {" killed"}),
    ("\\w+", set()),
])
def test_required_literals(pattern, literals):
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", ["(were|was) (reportedly |also )?(killed|dead)", "(ont|a) (péri|succombé)",
                                     "(?:tués?|tuées?|tuant)", "\\b(killed|killing)\\b[^.]*$"])
@pytest.mark.parametrize("text", ["they were reportedly killed", "il a péri", "deux tuées", "a tuant",
                                  "nothing killing", "no match here"])
def test_every_match_contains_one_of_its_literals(pattern, text):
    literals = re.compile(trie_pattern(required_literals(pattern)))
    if re.search(fold(pattern), fold(text), re.IGNORECASE):
        assert literals.search(fold(text))


def test_trie_pattern_keeps_the_shortest_literal_of_a_branch():
    assert trie_pattern({"tue", "tues", "tuant"}) == "tu(?:ant|e)"


def test_fold():
    assert fold("TUÉES d’autres Ça") == "tuees d'autres ca"
