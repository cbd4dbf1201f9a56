"""Attribution: which source a sentence ties its figures to, if any."""

from __future__ import annotations

import pytest

from bilan import language
from bilan.analyse import Entity
from bilan.extract.sources import attribute, find_mentions


def _source(lang: str, sentence: str):
    pack = language.load(lang)
    mention = attribute(sentence, find_mentions(sentence, pack), pack)
    return (mention.name, mention.text, mention.anaphor) if mention else None


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fr", "Au moins 14 civils ont été tués, a affirmé l'agence officielle syrienne Sana.",
     ("SANA", "agence officielle syrienne Sana", False)),
    ("fr", "Selon l'OSDH, 19 personnes ont été tuées.", ("Syrian Observatory for Human Rights", "OSDH", False)),
    ("fr", "Les services de la Défense civile ont fait état de deux morts.",
     ("Syrian Civil Defence", "Défense civile", False)),
    ("fr", "Six civils ont été tués près du ministère des Affaires étrangères, a indiqué la police.",
     ("police", "la police", False)),
    ("fr", "«Au moins 31 personnes ont été tuées», a précisé cette organisation.", (None, "cette organisation", True)),
    ("fr", "Sept personnes ont été tuées, a-t-on appris auprès de sources locales.",
     ("local sources", "de sources locales", False)),
    ("fr", "Trois femmes ont été tuées selon un premier bilan.", None),
    ("en", "The Syrian Observatory for Human Rights said the strike had killed 15 people.",
     ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", False)),
    ("en", "The strike killed five people, the ministry added.", (None, "the ministry", True)),
    ("en", "At least 12 people were killed, according to the health ministry.",
     ("ministry", "the health ministry", False)),
    ("en", "A bomb blast killed five people in Quetta on Friday, police said.", ("police", "police", False)),
    ("en", "“I counted seven dead,” said a witness at the scene.", ("witnesses", "a witness", False)),
    ("en", "Twelve people were killed in the attack.", None),
])
def test_attribution(lang, sentence, expected):
    assert _source(lang, sentence) == expected


def test_a_witness_beats_the_wire_that_quotes_him():
    pack = language.load("en")
    sentence = "“I counted seven dead,” Ahmed Ali, a witness at the scene, told Reuters."
    start = sentence.index("Ahmed Ali")
    entities = [Entity(start, start + len("Ahmed Ali"), "PERSON", "Ahmed Ali")]
    mention = attribute(sentence, find_mentions(sentence, pack, entities), pack)
    assert mention.text in ("Ahmed Ali", "a witness")
