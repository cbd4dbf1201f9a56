"""Assembly rules on whole articles written for these tests (English and French)."""

from __future__ import annotations

import pytest

import bilan


def _claims(record):
    return [(c.source, c.killed and c.killed.value, c.injured and c.injured.value)
            for i in record.incidents for c in i.claims]


def test_two_sources_two_claims_one_incident_with_disagreement():
    text = ("Mogadishu (Reuters) - A suicide bomber blew himself up at a tea shop in Mogadishu on Friday.\n"
            "Police said five people were killed and six wounded.\n"
            "The Syrian Observatory for Human Rights is not involved; al-Shabaab said it had killed 11 people.")
    record = bilan.extract(text, published="2023-09-29", lang="en")
    assert len(record.incidents) == 1
    incident = record.incidents[0]
    assert incident.sub_event_type == "Suicide bomb"
    assert incident.location.city == "Mogadishu" and incident.location.country == "SO"
    assert incident.date.value == "2023-09-29"
    assert sorted(_claims(record), key=str) == sorted([("police", 5, 6), ("Al-Shabaab", 11, None)], key=str)
    assert incident.estimate.killed.low == 5 and incident.estimate.killed.high == 11
    assert incident.estimate.disagreement is True


def test_war_toll_is_cumulative_not_an_incident():
    text = ("An air strike on a market in Idlib killed 12 civilians on Monday, the monitor said.\n"
            "The war has killed more than 300,000 people since it began in 2011.")
    record = bilan.extract(text, published="2019-07-23", lang="en")
    assert [c.killed.value for c in record.cumulative_tolls] == [300000]
    assert _claims(record) == [(None, 12, None)]
    assert record.incidents[0].date.value == "2019-07-22"
    assert record.incidents[0].sub_event_type == "Air/drone strike"


def test_anaphor_resolves_to_the_source_named_before():
    text = ("The Syrian Observatory for Human Rights reported heavy shelling of Douma.\n"
            "At least 23 civilians were killed in the shelling of Douma, the monitor said.")
    record = bilan.extract(text, published="2018-02-20", lang="en")
    claim = record.incidents[0].claims[0]
    assert claim.source == "Syrian Observatory for Human Rights"
    assert claim.killed.min == 23 and claim.killed.max is None
    assert claim.groups == {"civilians": 23}



@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un attentat à la voiture piégée a tué quatre soldats lundi à Alep, a rapporté l'Observatoire syrien "
           "des droits de l'Homme (OSDH).\nL'explosion a également blessé deux civils, selon l'ONG."),
    ("en", "A car bomb killed four soldiers in Aleppo on Monday, the Syrian Observatory for Human Rights said.\n"
           "The blast also wounded two civilians, the NGO said."),
])
def test_the_ngo_is_the_observatory_named_before(lang, text):
    record = bilan.extract(text, published="2013-02-19", lang=lang)
    assert {c.source for c in record.incidents[0].claims} == {"Syrian Observatory for Human Rights"}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Deux civils ont été tués lundi à Alep, selon l'ONG."),
    ("en", "Two civilians were killed in Aleppo on Monday, the NGO said."),
])
def test_an_ngo_named_nowhere_is_still_an_ngo(lang, text):
    record = bilan.extract(text, published="2013-02-19", lang=lang)
    assert [c.source for c in record.incidents[0].claims] == ["NGO"]

def test_headline_sum_of_two_incidents_is_cumulative():
    text = ("Taliban attacks kill 15 policemen\n"
            "A Taliban assault in Jawzjan province killed 12 policemen on Monday, an official said.\n"
            "In a separate attack in Ghazni province, the Taliban killed three policemen, police said.")
    record = bilan.extract(text, published="2018-10-09", lang="en")
    assert sorted(c.killed.value for i in record.incidents for c in i.claims) == [3, 12]
    assert [c.killed.value for c in record.cumulative_tolls] == [15]
    assert len(record.incidents) == 2 and {i.location.country for i in record.incidents} == {"AF"}
    assert "Ghazni" in {i.location.admin1 for i in record.incidents}


def test_earthquake_toll_is_not_armed_violence():
    text = ("Une frappe israélienne a tué 15 personnes à Damas dimanche, selon l'OSDH.\n"
            "Le séisme du 6 février a fait 3.688 morts en Syrie.")
    record = bilan.extract(text, published="2023-02-19", lang="fr")
    assert _claims(record) == [("Syrian Observatory for Human Rights", 15, None)]
    assert record.cumulative_tolls[0].killed.value == 3688
    assert record.incidents[0].location.city == "Damascus"


def test_relative_day_resolves_against_publication():
    text = "Boko Haram a tué sept personnes lundi soir dans le village de Munduri, dans l'État de Borno."
    record = bilan.extract(text, published="2018-08-08", lang="fr")
    incident = record.incidents[0]
    assert incident.date.value == "2018-08-06" and incident.date.text == "lundi soir"
    assert incident.location.city == "Munduri" and incident.location.admin1 == "Borno"
    assert incident.location.country == "NG"


def test_without_publication_date_relative_dates_stay_unresolved():
    text = "Boko Haram a tué sept personnes lundi soir dans le village de Munduri, dans l'État de Borno."
    incident = bilan.extract(text, lang="fr").incidents[0]
    assert incident.date.value is None and incident.date.text == "lundi soir"


def test_football_report_has_no_incident():
    text = ("Lorient et Le Havre se quittent sur un nul 3-3.\n"
            "L'attaquant a fauché le défenseur avant une frappe du gauche qui a tué le match.\n"
            "Deux joueurs blessés ont quitté le terrain à la mi-temps.")
    record = bilan.extract(text, published="2024-01-28", lang="fr")
    assert record.incidents == []


def test_enumerated_victims_make_one_toll():
    text = ("Gunmen opened fire in a bar in Irapuato on Saturday, killing a child, three women and a man, "
            "the municipal government said.")
    record = bilan.extract(text, published="2022-10-16", lang="en")
    claim = record.incidents[0].claims[0]
    assert claim.killed.value == 5
    assert claim.groups == {"children": 1, "women": 3, "men": 1}
    assert record.incidents[0].location.city == "Irapuato"


def test_same_toll_told_twice_is_one_claim():
    text = ("Au moins 31 personnes ont été tuées mardi à Alep, selon l'OSDH.\n"
            "La ville d'Alep enterrait mercredi 31 morts.")
    record = bilan.extract(text, published="2013-02-20", lang="fr")
    assert _claims(record) == [("Syrian Observatory for Human Rights", 31, None)]
