"""Publication date: metadata, then option, then a date line in the text; never a guess."""

from __future__ import annotations

import pytest

import bilan
from bilan import Document

BODY = "Au moins 14 civils ont été tués mardi à Alep, a affirmé l'agence Sana."


@pytest.mark.parametrize(("text", "lang", "published"), [
    ("ALEP, 3 mai 2016 (AFP) - " + BODY, "fr", "2016-05-03"),
    ("Publié le 3 mai 2016\n" + BODY, "fr", "2016-05-03"),
    ("Published Tuesday 3 May 2016\nAt least 14 civilians were killed on Tuesday in Aleppo, SANA said.", "en",
     "2016-05-03"),
    ("By The Associated Press October 9, 2018 3:07 am\nTwelve policemen were killed on Monday, officials said.",
     "en", "2018-10-09"),
    # A page copied as one line opens with its date, in digits, in either order.
    ("27-07-2015 Syria Civilian Killed Others Injured in Mortar Shells Attack. A civilian was killed on Monday "
     "in Damascus, SANA said.", "en", "2015-07-27"),
    ("21.02.2015 At least four people were killed on Saturday in an explosion in Qardaha, media said.", "en",
     "2015-02-21"),
])
def test_date_line_in_the_text(text, lang, published):
    record = bilan.extract(text, lang=lang)
    assert (record.document.published, record.document.published_from) == (published, "text")
    assert record.incidents[0].date.value is not None


def test_a_sentence_with_a_date_is_no_date_line():
    record = bilan.extract("On 15 March 2011, protests began. Twelve people were killed on Monday in Homs, "
                           "activists said.", lang="en")
    assert record.document.published is None
    assert record.incidents[0].date.value is None and record.incidents[0].date.text == "on Monday"


def test_metadata_beats_option_beats_text():
    text = "ALEP, 3 mai 2016 (AFP) - " + BODY
    from_metadata = bilan.process(Document(text=text, lang="fr", published="2016-05-04", published_from="metadata"))
    from_option = bilan.extract(text, lang="fr", published="2016-05-05")
    assert (from_metadata.document.published, from_metadata.document.published_from) == ("2016-05-04", "metadata")
    assert (from_option.document.published, from_option.document.published_from) == ("2016-05-05", "option")
