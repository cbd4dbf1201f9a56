"""Every language folder is checked against one schema: a typo in a lexicon fails here."""

from __future__ import annotations

import re

import pytest
import yaml

from bilan import language

LANGUAGES = language.available_languages()


def test_french_and_english_are_there():
    assert {"fr", "en"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_pack_validates(code):
    pack = language.load(code)
    assert pack.code == code


@pytest.mark.parametrize("code", LANGUAGES)
def test_pack_has_exactly_the_schema_files(code):
    files = {p.stem for p in (language.LANG_ROOT / code).glob("*.yaml")}
    assert files == set(language.PACK_FILES)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", language.PACK_FILES)
def test_unknown_keys_are_refused(code, name):
    data = yaml.safe_load((language.LANG_ROOT / code / f"{name}.yaml").read_text(encoding="utf-8"))
    model = language.LanguagePack.model_fields[name].annotation
    with pytest.raises(Exception, match="Extra inputs are not permitted"):
        model(**data, not_a_field=[])


@pytest.mark.parametrize("code", LANGUAGES)
def test_vague_quantities_and_triggers_compile(code):
    pack = language.load(code)
    for pattern in [*pack.numbers.vague, *pack.sources.anaphora, *pack.sources.generic, *pack.casualties.victims]:
        re.compile(pattern)
    sub_event_types = set(language.base().event_types)
    assert {t.sub_event_type for t in pack.events.triggers} <= sub_event_types


def test_bad_regex_is_refused():
    with pytest.raises(ValueError, match="bad regular expression"):
        language.Scope(cumulative=["(unclosed"], non_violent=[])


def test_base_source_aliases_are_unique():
    seen: dict[str, str] = {}
    for source in language.base().sources:
        for alias in source.aliases:
            assert seen.setdefault(alias, source.name) == source.name, alias
