"""Event triggers -> ACLED sub-event types, most specific first."""

from __future__ import annotations

import pytest

from bilan import language
from bilan.extract.events import find_events, is_not_violence


@pytest.mark.parametrize(("lang", "sentence", "sub_event_type", "weapon"), [
    ("fr", "Un attentat suicide a frappé le marché.", "Suicide bomb", "suicide explosives"),
    ("fr", "Une voiture piégée a explosé devant le commissariat.", "Remote explosive/landmine/IED", "car bomb"),
    ("fr", "La chute d'un missile sol-sol sur un quartier populaire.", "Shelling/artillery/missile attack",
     "surface-to-surface missile"),
    ("fr", "Des frappes aériennes ont visé la ville.", "Air/drone strike", "aircraft"),
    ("fr", "Deux obus de mortier sont tombés près du palais.", "Shelling/artillery/missile attack", "artillery"),
    ("fr", "Des combats opposent l'armée aux rebelles.", "Armed clash", None),
    ("fr", "Des hommes armés ont massacré les villageois.", "Attack", None),
    ("en", "Two female suicide bombers blew themselves up at a market.", "Suicide bomb", "suicide explosives"),
    ("en", "A roadside bomb hit a police patrol.", "Remote explosive/landmine/IED", "improvised explosive device"),
    ("en", "An Israeli air strike hit a building in Damascus.", "Air/drone strike", "aircraft"),
    ("en", "Militants abducted 20 students from the school.", "Abduction/forced disappearance", None),
    ("en", "Gunmen opened fire on customers in a bar.", "Attack", None),
])
def test_most_specific_trigger_first(lang, sentence, sub_event_type, weapon):
    first = find_events(sentence, language.load(lang))[0]
    assert (first.sub_event_type, first.weapon) == (sub_event_type, weapon)


@pytest.mark.parametrize(("lang", "sentence", "sport"), [
    ("fr", "L'attaquant a fauché le défenseur avant une frappe du gauche.", True),
    ("en", "He curled an exquisite shot into the net after half-time.", True),
    ("fr", "Une frappe aérienne a tué cinq civils.", False),
])
def test_sport_is_not_violence(lang, sentence, sport):
    assert is_not_violence(sentence, language.load(lang)) is sport
