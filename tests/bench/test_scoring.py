"""bench/scoring.py on hand-written gold and records: no shared data, no bilan, no spaCy."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import scoring  # noqa: E402


def count(value=None, *, minimum=None, vague=False, approx=False, text=""):
    minimum = value if minimum is None and not vague else minimum
    return {"min": minimum, "max": None, "value": value, "approx": approx or vague, "vague": vague, "text": text}


def claim(killed=None, injured=None, source=None, source_text=None):
    return {"source": source, "source_text": source_text, "killed": killed, "injured": injured,
            "groups": {}, "evidence": {"start": 0, "end": 1, "text": "evidence"}}


def incident(*claims, city=None, precision="city", date=None, ordinal=1, event_type="Explosions/Remote violence"):
    return {"id": f"doc-{ordinal}", "event_type": event_type, "sub_event_type": None,
            "date": {"value": date, "text": None, "precision": "day" if date else None},
            "location": {"name": city, "city": city, "admin1": None, "country": None, "precision": precision},
            "claims": list(claims), "estimate": {}}


def record(*incidents):
    return {"schema": "bilan/1", "incidents": list(incidents), "cumulative_tolls": [], "errors": []}


def gold_claim(killed=None, injured=None, source=None, **extra):
    return {"killed": killed, "injured": injured, "source": source, "text": "gold text", **extra}


def article(*incidents, cumulative=(), negative=False, lang="fr", article_id="fr_99"):
    return {"id": article_id, "lang": lang, "gold": {
        "incidents": list(incidents), "negatives": negative,
        "cumulative_tolls": [{"killed": k, "scope": "war", "source": None, "text": ""} for k in cumulative]}}


def gold_incident(*claims, city="Aleppo", date=None):
    return {"event_type": "air_strike", "location": {"name": city, "city": city}, "date": date, "claims": list(claims)}


# -- tolls ---------------------------------------------------------------------------------


def test_a_matching_toll_is_a_true_positive():
    gold = article(gold_incident(gold_claim(killed=31, injured=20, source="OSDH")))
    predicted = record(incident(claim(killed=count(31), injured=count(20), source_text="OSDH"), city="Aleppo"))
    score = scoring.score_devset_article(gold, predicted)
    assert (score["tp"], score["fp"], score["fn"]) == (2, 0, 0)
    assert score["source_right"] == score["city_right"] == 2


def test_a_wrong_number_is_one_false_positive_and_one_miss():
    gold = article(gold_incident(gold_claim(killed=31)))
    predicted = record(incident(claim(killed=count(13))))
    score = scoring.score_devset_article(gold, predicted)
    assert (score["tp"], score["fp"], score["fn"]) == (0, 1, 1)
    assert [m["pairs"] for m in score["missed"]] == [["killed 31"]]
    assert [s["pairs"] for s in score["spurious"]] == [["killed 13"]]


def test_vague_quantities_count_on_neither_side():
    vague_gold = gold_claim(killed=21, injured_vague={"text": "des dizaines de blessés", "conservative_min": 20})
    gold = article(gold_incident(vague_gold))
    predicted = record(incident(claim(killed=count(21), injured=count(None, minimum=20, vague=True))))
    score = scoring.score_devset_article(gold, predicted)
    assert (score["tp"], score["fp"], score["fn"]) == (1, 0, 0)


def test_more_than_twenty_scores_as_written_not_as_its_min():
    # "plus de vingt": gold killed 20 (killed_min 21), bilan value 20 min 21.
    gold = article(gold_incident(gold_claim(killed=20, killed_min=21)))
    predicted = record(incident(claim(killed=count(20, minimum=21))))
    assert scoring.score_devset_article(gold, predicted)["tp"] == 1


def test_a_count_without_value_scores_as_its_min():
    assert scoring.count_number({"min": 6, "max": None, "approx": False}) == 6


def test_the_same_toll_told_twice_is_one_pair():
    gold = article(gold_incident(gold_claim(killed=5)))
    predicted = record(incident(claim(killed=count(5))), incident(claim(killed=count(5)), ordinal=2))
    assert scoring.score_devset_article(gold, predicted)["fp"] == 0


def test_prf_is_micro_over_articles():
    perfect = scoring.score_devset_article(article(gold_incident(gold_claim(killed=3))),
                                           record(incident(claim(killed=count(3)))))
    empty = scoring.score_devset_article(article(gold_incident(gold_claim(killed=4))), record())
    summary = scoring.summarise_devset([perfect, empty])["metrics"]
    assert summary["toll_precision"] == 1.0
    assert summary["toll_recall"] == 0.5
    assert summary["toll_f1"] == pytest.approx(0.6667, abs=1e-4)


# -- sources --------------------------------------------------------------------------------


@pytest.mark.parametrize(("gold_source", "source_text", "source"), [
    ("l’Observatoire syrien des droits de l’homme (OSDH)", "OSDH", None),
    ("The Syrian Observatory for Human Rights", "the Observatory", None),
    ("OSDH", "SOHR", "Syrian Observatory for Human Rights"),
    ("le ministère syrien de la Défense", "Syria's defence ministry", None),
    ("la police et des témoins", "police", None),
    ("Sadik Ali, the police spokesperson", "Sadik Ali", None),
    ("des médias ; des témoins cités par les agences", "des témoins", None),
    ("le communiqué (armée)", "l'armée", None),
    ("l'agence Saba", "SABA", None),
    (None, None, None),
])
def test_source_matches(gold_source, source_text, source):
    assert scoring.source_matches(gold_source, claim(source=source, source_text=source_text))


@pytest.mark.parametrize(("gold_source", "source_text"), [
    ("OSDH", None),
    (None, "SANA"),
    ("OSDH", "SANA"),
    ("Sadik Ali, the police spokesperson", "Ahmed Ali"),
    ("l'ONU", "un témoin"),
    ("une ONG", "le gouvernement"),
])
def test_source_does_not_match(gold_source, source_text):
    assert not scoring.source_matches(gold_source, claim(source_text=source_text))


def test_a_toll_with_the_wrong_source_is_listed():
    gold = article(gold_incident(gold_claim(killed=14, source="SANA")))
    predicted = record(incident(claim(killed=count(14), source_text="OSDH")))
    score = scoring.score_devset_article(gold, predicted)
    assert score["source_right"] == 0
    assert score["wrong_source"] == [{"pair": "killed 14", "gold": ["SANA"], "predicted": ["OSDH"]}]


# -- places and dates ----------------------------------------------------------------------


@pytest.mark.parametrize(("gold_city", "predicted", "right"), [
    ("Khan Yunis", {"city": "Khan Younis", "precision": "city"}, True),
    ("Pisky-Radkivski", {"city": "Pisky Radkivski", "precision": "district"}, True),
    ("Huliaipole", {"city": "Hulyaypole", "precision": "city"}, True),
    ("Huliaipole", {"city": "Houliaïpole", "precision": "city"}, True),
    ("Baghdad", {"city": "Sadr City", "precision": "city"}, False),
    ("Gaza", {"city": "Giza", "precision": "city"}, False),
    ("Damascus", {"city": None, "precision": "country"}, False),
    (None, {"city": None, "precision": "admin1"}, True),
    (None, {"city": "Kabul", "precision": "admin1"}, True),
    (None, {"city": "Kabul", "precision": "city"}, False),
])
def test_city_matches(gold_city, predicted, right):
    assert scoring.city_matches({"city": gold_city}, predicted) is right


def test_date_is_scored_only_where_the_gold_has_one():
    gold = article(gold_incident(gold_claim(killed=7), date="2018-08-06"), gold_incident(gold_claim(killed=5)))
    predicted = record(incident(claim(killed=count(7)), date="2018-08-07"), incident(claim(killed=count(5))))
    score = scoring.score_devset_article(gold, predicted)
    assert (score["date_scored"], score["date_right"]) == (1, 0)
    assert score["wrong_date"][0]["gold"] == ["2018-08-06"]


# -- cumulative tolls and negatives --------------------------------------------------------


def test_a_cumulative_toll_taken_as_incident_is_counted():
    gold = article(gold_incident(gold_claim(killed=7)), cumulative=[20000])
    predicted = record(incident(claim(killed=count(7))), incident(claim(killed=count(20000)), ordinal=2))
    score = scoring.score_devset_article(gold, predicted)
    assert score["cumulative_as_incident"] == ["killed 20000"]
    assert score["fp"] == 1


def test_a_cumulative_value_that_is_also_an_incident_toll_is_not_counted():
    gold = article(gold_incident(gold_claim(killed=15)), cumulative=[15])
    predicted = record(incident(claim(killed=count(15))))
    assert scoring.score_devset_article(gold, predicted)["cumulative_as_incident"] == []


def test_incidents_on_a_negative_article_are_false_alarms():
    gold = article(negative=True)
    predicted = record(incident(claim(killed=count(3))), incident(ordinal=2))
    score = scoring.score_devset_article(gold, predicted)
    assert score["false_alarms"] == 2
    assert score["fp"] == 1
    assert scoring.summarise_devset([score])["metrics"]["false_alarms"] == 2


def test_a_quiet_negative_article_scores_nothing():
    score = scoring.score_devset_article(article(negative=True), record())
    assert (score["tp"], score["fp"], score["fn"], score["false_alarms"]) == (0, 0, 0, 0)


def test_devset_is_split_by_language():
    fr = article(gold_incident(gold_claim(killed=3)))
    en = article(gold_incident(gold_claim(killed=4)), lang="en", article_id="en_99")
    result = scoring.score_devset([fr, en], [record(incident(claim(killed=count(3)))), record()])
    assert result["by_lang"]["fr"]["metrics"]["toll_recall"] == 1.0
    assert result["by_lang"]["en"]["metrics"]["toll_recall"] == 0.0
    assert result["all"]["metrics"]["toll_recall"] == 0.5


# -- corpora ---------------------------------------------------------------------------------


def gva_doc(killed, injured, city="Pittsburgh (Mount Oliver)"):
    return {"id": "gva:1", "gold": {"incident": {"num_killed": killed, "num_injured": injured, "city_or_county": city,
                                                  "state": "Pennsylvania", "date": "2015-12-11"}}}


def test_gva_compares_the_lead_incident_with_the_registry():
    untolled = incident(city="Pittsburgh", ordinal=1)
    lead = incident(claim(killed=count(1), injured=count(3)), city="Mount Oliver", date="2015-12-11", ordinal=2)
    recalled = incident(claim(killed=count(13)), city="Houston", ordinal=3)
    metrics = scoring.score_gva([gva_doc(1, 4)], [record(untolled, lead, recalled)])["metrics"]
    assert metrics["killed_exact"] == 1.0
    assert metrics["injured_exact"] == 0.0
    assert metrics["injured_within_1"] == 1.0
    assert metrics["city_right"] == metrics["date_right"] == 1.0


def test_gva_no_incident_misses_everything():
    metrics = scoring.score_gva([gva_doc(0, 4)], [record()])["metrics"]
    assert metrics["found"] == metrics["killed_exact"] == 0.0


def popcorn_doc(*relations):
    return {"id": "popcorn:1", "gold": {"casualty_relations": [
        {"relation": rel, "quantity_type": qtype, "value": value, "event_type": event}
        for rel, qtype, value, event in relations]}}


def test_popcorn_scores_exact_figures_and_counts_tolls_on_accidents():
    violent = popcorn_doc(("DEATHS_NUMBER", "QUANTITY_EXACT", "5", "RIOT"),
                          ("INJURED_NUMBER", "QUANTITY_FUZZY", "10", "RIOT"))
    accident = popcorn_doc(("DEATHS_NUMBER", "QUANTITY_EXACT", "10", "FIRE"))
    records = [record(incident(claim(killed=count(5), injured=count(None, minimum=10, vague=True)))),
               record(incident(claim(killed=count(10))))]
    metrics = scoring.score_popcorn_fr([violent, accident], records)["metrics"]
    assert metrics["toll_f1"] == 1.0
    assert metrics["fuzzy_read_as_vague"] == 1.0
    assert metrics["negative_tolls"] == 1


def test_case2021_maps_subtypes_and_counts_false_alarms():
    docs = [{"id": "c:1", "gold": {"subtype": "SUIC_BOMB"}}, {"id": "c:2", "gold": {"subtype": "DIPLO"}}]
    bombing = incident()
    bombing["sub_event_type"] = "Suicide bomb"
    talks = incident(event_type="Strategic developments")
    metrics = scoring.score_case2021_task2(docs, [record(bombing), record(talks)])["metrics"]
    assert metrics["sub_event_type_right"] == 1.0
    assert metrics["false_alarm_docs"] == 0


def test_fakes_accepts_the_governorate_and_a_date_up_to_two_days_before():
    doc = {"id": "fakes:1", "gold": {"location": "deir ezzor", "date": "2017-11-10", "credibility_label": 0}}
    found = incident(city="Deir ez-Zor", date="2017-11-08")
    metrics = scoring.score_fakes_syria([doc], [record(found)])["metrics"]
    assert metrics["governorate_right"] == metrics["date_right"] == 1.0


def test_hrdsattack_maps_country_names_to_codes():
    assert scoring.country_code("Palestine") == "PS"
    assert scoring.country_code("Iraq") == "IQ"
    assert scoring.country_code("None") is None
