"""Toll rules, one table per language, on sentences written for these tests."""

from __future__ import annotations

import pytest

from bilan import language
from bilan.extract.tolls import find_tolls


def _read(lang: str, sentence: str):
    result = find_tolls(sentence, language.load(lang))
    return [(t.kind, t.count.value, t.count.min, t.count.max, t.count.vague) for t in result.tolls]


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "At least 12 people were killed in the attack.", [("killed", 12, 12, None, False)]),
    ("en", "The blast tore through the market, killing three children.", [("killed", 3, 3, 3, False)]),
    ("en", "The death toll rose to 40, the health ministry said.", [("killed", 40, 40, 40, False)]),
    ("en", "Gunmen killed 15 villagers and wounded 20 others overnight.",
     [("killed", 15, 15, 15, False), ("injured", 20, 20, 20, False)]),
    ("en", "More than 20 people were wounded.", [("injured", 20, 21, None, False)]),
    ("en", "Up to eight people were injured in the blast.", [("injured", 8, None, 8, False)]),
    ("en", "Some 1,200 people have died.", [("killed", 1200, None, None, False)]),
    ("en", "Dozens of people were wounded.", [("injured", None, 20, None, True)]),
    ("en", "Five soldiers died and several others were hurt.",
     [("killed", 5, 5, 5, False), ("injured", None, 2, None, True)]),
    ("en", "No fewer than twenty-five fighters were killed.", [("killed", 25, 25, None, False)]),
    ("en", "The strike left 7 dead and 11 wounded.", [("killed", 7, 7, 7, False), ("injured", 11, 11, 11, False)]),
    ("en", "Three policemen were shot dead at a checkpoint.", [("killed", 3, 3, 3, False)]),
    ("en", "A 10-storey building was hit at 2222 GMT and 13 missiles were fired.", []),
    ("en", "The 25-year-old man was arrested on 12 March.", []),
    ("en", "The army deployed 5,800 troops to the region.", []),
    ("en", "A 23-year-old man was shot and killed outside the bar.", [("killed", 1, 1, 1, False)]),
    ("en", "Two teenagers were shot near the school and taken to hospital.", [("injured", 2, 2, 2, False)]),
    ("en", "A man carried a wounded child to an ambulance.", []),
    ("en", "Police put the number of dead at five and the wounded at up to eight.",
     [("killed", 5, 5, 5, False), ("injured", 8, None, 8, False)]),
    ("en", "The women were born in 1958 and 1962, and three others were injured.", [("injured", 3, 3, 3, False)]),
    ("fr", "Au moins 31 personnes ont été tuées dans le bombardement.", [("killed", 31, 31, None, False)]),
    ("fr", "L'explosion a fait 19 morts et 80 blessés.", [("killed", 19, 19, 19, False), ("injured", 80, 80, 80, False)]),
    ("fr", "Sept personnes ont été tuées lundi soir.", [("killed", 7, 7, 7, False)]),
    ("fr", "Les assaillants ont tué trente et un villageois.", [("killed", 31, 31, 31, False)]),
    ("fr", "Plus de vingt civils ont péri.", [("killed", 20, 21, None, False)]),
    ("fr", "Une vingtaine de personnes ont été blessées.", [("injured", None, 20, None, True)]),
    ("fr", "Six personnes au moins ont été tuées.", [("killed", 6, 6, None, False)]),
    ("fr", "Le bilan s'élève à 12 morts selon la police.", [("killed", 12, 12, 12, False)]),
    ("fr", "Deux obus sont tombés devant deux hôpitaux le 25 février.", []),
    ("fr", "Les combats durent depuis 10 jours et 4 hôpitaux ont été touchés.", []),
    ("fr", "Un soldat a été tué et deux autres blessés.", [("killed", 1, 1, 1, False), ("injured", 2, 2, 2, False)]),
    ("fr", "Le séisme du 6 février a fait 3.688 morts.", [("killed", 3688, 3688, 3688, False)]),
    ("fr", "Cette guerre a blessé au total 25 personnes.", [("injured", 25, 25, 25, False)]),
    ("fr", "Plus de cinquante chauffeurs de taxi ont été tués par la police.", [("killed", 50, 51, None, False)]),
    ("fr", "Les rebelles ont lancé 5 roquettes qui ont tué deux enfants.", [("killed", 2, 2, 2, False)]),
    ("fr", "Un kamikaze a été identifié et tué avant d'atteindre sa cible.", []),
    ("fr", "Deux policiers et deux soldats figurent parmi les morts.", []),
    # An ordinal counts one victim more: "a sixth person" is one person.
    ("fr", "Les tirs d'obus ont tué une sixième personne dans la région de Kherson.", [("killed", 1, 1, 1, False)]),
    ("fr", "Une deuxième victime est morte lundi.", [("killed", 1, 1, 1, False)]),
    ("en", "A sixth person was killed in Kherson on Monday.", [("killed", 1, 1, 1, False)]),
    ("en", "A second attack killed nobody.", []),
    ("en", "Grenades were hurled at a patrol on Saturday injuring a jawan and seven civilians.",
     [("injured", 8, 8, 8, False)]),
    ("en", "Multiple militants were killed after fierce clashes.", [("killed", None, 2, None, True)]),
    # A headline after its date: the year is no count, nor a modifier of the count after it.
    ("en", "Sat Nov 18 2017 20 civilians killed 30 injured in car bomb attack.",
     [("killed", 20, 20, 20, False), ("injured", 30, 30, 30, False)]),
    ("en", "29-06-2016 7 Civilians Killed 25 Injured in Terrorist Car Attack.",
     [("killed", 7, 7, 7, False), ("injured", 25, 25, 25, False)]),
])
def test_tolls(lang, sentence, expected):
    assert _read(lang, sentence) == expected


@pytest.mark.parametrize(("lang", "sentence", "groups"), [
    ("fr", "Au moins 31 personnes ont été tuées, dont cinq femmes et 14 enfants.", {"women": 5, "children": 14}),
    ("fr", "Les tirs ont fait au moins 11 morts parmi les civils, dont un enfant.", {"children": 1}),
    ("en", "Twelve people, including six men and six women, were killed.", {"men": 6, "women": 6}),
    ("en", "The strike killed five people, among them a soldier.", {"soldiers": 1}),
])
def test_breakdowns_are_groups_not_tolls(lang, sentence, groups):
    result = find_tolls(sentence, language.load(lang))
    assert len(result.tolls) == 1
    assert result.tolls[0].groups == groups


@pytest.mark.parametrize(("lang", "sentence", "value", "groups"), [
    ("en", "At least six men and six women were killed.", 12, {"men": 6, "women": 6}),
    ("en", "The strike killed a child, three women and a man.", 5, {"children": 1, "women": 3, "men": 1}),
    ("en", "Three children and their mother were killed in the strike.", 4, {"children": 3, "women": 1}),
    ("fr", "Le missile a tué un homme et une femme.", 2, {"men": 1, "women": 1}),
])
def test_enumerated_victims_are_one_toll(lang, sentence, value, groups):
    (toll,) = find_tolls(sentence, language.load(lang)).tolls
    assert (toll.count.value, toll.groups) == (value, groups)


@pytest.mark.parametrize(("lang", "sentence", "group"), [
    ("fr", "Au moins 14 civils ont été tués.", "civilians"),
    ("fr", "Les tirs ont fait 11 morts parmi les civils.", "civilians"),
    ("en", "Three children were killed.", "children"),
    ("en", "The attack killed 12 security forces.", "security_forces"),
])
def test_victim_noun_names_the_group(lang, sentence, group):
    assert find_tolls(sentence, language.load(lang)).tolls[0].group == group


@pytest.mark.parametrize(("lang", "sentence", "total", "provisional"), [
    ("fr", "L'OSDH donne un bilan total de 19 morts.", True, False),
    ("fr", "Trois femmes ont été tuées selon un premier bilan.", False, True),
    ("en", "The strike killed, in a preliminary toll, five people.", False, True),
    ("en", "In total, 30 people were killed.", True, False),
])
def test_total_and_provisional_tolls(lang, sentence, total, provisional):
    result = find_tolls(sentence, language.load(lang))
    assert (result.total, result.provisional) == (total, provisional)
