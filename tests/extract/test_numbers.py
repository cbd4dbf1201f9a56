"""Counts as written: the range a number, a qualifier or its context allows."""

from __future__ import annotations

import pytest

from bilan import language
from bilan.extract.numbers import find_counts


@pytest.mark.parametrize(("lang", "sentence", "low", "high"), [
    # A part of the victims: the whole is at least as large.
    ("en", "Nine of the wounded lost legs in the blasts.", 9, None),
    ("en", "Three of those killed were children.", 3, None),
    ("fr", "Douze des blessés sont dans un état grave.", 12, None),
    # A part of a population is what it says: twelve passengers were killed, not at least twelve.
    ("en", "Gunmen killed 12 of the passengers.", 12, 12),
    ("fr", "Les assaillants ont tué douze des passagers.", 12, 12),
    ("en", "At least 14 people were wounded.", 14, None),
    ("fr", "Quatre personnes ont été tuées.", 4, 4),
])
def test_count_range(lang, sentence, low, high):
    count = find_counts(sentence, language.load(lang))[0]
    assert (count.min, count.max) == (low, high)


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("en", "On 29-06-2016 7 people were killed.", [7]),
    ("en", "Updated 2017/11/18: 12 dead.", [12]),
    ("fr", "Le 18.11.2017, 3.688 morts et 1.200.000 déplacés.", [3688, 1200000]),
])
def test_the_parts_of_a_numeric_date_are_no_counts(lang, text, values):
    assert [c.value for c in find_counts(text, language.load(lang))] == values
