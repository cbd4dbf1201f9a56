"""Where: place mentions of a sentence and what the gazetteer makes of them."""

from __future__ import annotations

import pytest

import bilan
from bilan import language
from bilan.extract.places import find_places


def _names(lang: str, sentence: str) -> list[str]:
    return [m.text for m in find_places(sentence, language.load(lang))]


@pytest.mark.parametrize(("lang", "sentence", "names"), [
    # The word before "town of" qualifies the town; the name is after it.
    ("en", "An explosion rocked the Syrian town of al-Qardaha on Saturday.", ["al-Qardaha"]),
    ("en", "A woman was killed south of the Syrian city of Homs.", ["Homs"]),
    ("fr", "Trois civils ont été tués dans la ville syrienne de Deraa.", ["Deraa"]),
    ("en", "Four people were killed in Kafr Nabl town on Monday.", ["Kafr Nabl"]),
])
def test_place_names(lang, sentence, names):
    assert _names(lang, sentence) == names


def test_a_town_the_text_calls_a_town_resolves_however_small():
    # GeoNames gives al-Qardaha no population: the text's "town of" is what vouches for it.
    record = bilan.extract("At least four people were killed in an explosion that rocked the Syrian town of "
                           "al-Qardaha on Saturday, media said.", lang="en", published="2015-02-22")
    location = record.incidents[0].location
    assert (location.country, location.admin1, location.precision) == ("SY", "Latakia", "city")
