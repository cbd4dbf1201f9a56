"""Date rules, one table per rule, on sentences written for these tests (FR and EN)."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from bilan import language
from bilan.extract import dates as dates_module
from bilan.extract.dates import DateMention, find_dates
from bilan.language import LANG_ROOT, Dates, compiled

D = dt.date.fromisoformat


def _lexicon(lang: str) -> Dates:
    # Built from the one file, not language.load(): the date rules do not depend on the other packs.
    return Dates(**yaml.safe_load((LANG_ROOT / lang / "dates.yaml").read_text(encoding="utf-8")))


LEXICONS = {lang: _lexicon(lang) for lang in ("fr", "en")}


def _find(lang: str, sentence: str, published: str | None, **kwargs) -> list[DateMention]:
    mentions = find_dates(sentence, LEXICONS[lang], D(published) if published else None, **kwargs)
    for mention in mentions:
        assert sentence[mention.start:mention.end] == mention.text
    return mentions


# (lang, sentence, published, expected text, expected value, expected precision)
ONE_DATE = [
    # Seeds: weekday with a day part, in the 6 days up to publication, the same day allowed.
    ("fr", "Sept morts au cours du bombardement lundi soir de Jabal Badro.", "2013-02-20",
     "lundi soir", "2013-02-18", "day"),
    ("fr", "Les tirs ont duré toute la nuit et mardi matin.", "2016-05-03", "mardi matin", "2016-05-03", "day"),
    ("fr", "Les rebelles ont attaqué le village mercredi.", "2016-05-03", "mercredi", "2016-04-27", "day"),
    ("fr", "La frappe a visé vendredi à l’aube un dépôt.", "2023-09-29", "vendredi à l’aube", "2023-09-29", "day"),
    ("fr", "Les combats ont repris mercredi dernier.", "2024-01-31", "mercredi dernier", "2024-01-24", "day"),
    ("fr", "Une réunion aura lieu lundi prochain.", "2024-01-31", "lundi prochain", "2024-02-05", "day"),
    ("fr", "Ce dimanche, le stade était plein.", "2024-01-28", "Ce dimanche", "2024-01-28", "day"),
    ("en", "Gunmen attacked the post late on Monday, police said.", "2018-10-09",
     "late on Monday", "2018-10-08", "day"),
    ("en", "Two people died in the strike on Sunday.", "2023-02-19", "on Sunday", "2023-02-19", "day"),
    ("en", "Gunmen stormed a bar late Friday night.", "2022-10-16", "late Friday night", "2022-10-14", "day"),
    ("en", "Shelling continued Sunday night in the east.", "2022-07-25", "Sunday night", "2022-07-24", "day"),
    ("en", "A missile struck in the early hours of Tuesday.", "2021-06-01",
     "in the early hours of Tuesday", "2021-06-01", "day"),
    ("en", "Saturday's attack was the deadliest in years.", "2021-09-25", "Saturday", "2021-09-25", "day"),
    # Day and month without a year: the latest one up to publication + 7 days.
    ("fr", "Les morts se comptent par dizaines depuis la reprise le 22 avril des hostilités.", "2016-05-03",
     "le 22 avril", "2016-04-22", "day"),
    ("fr", "Le cessez-le-feu entré en vigueur le 27 février a volé en éclats.", "2016-05-03",
     "le 27 février", "2016-02-27", "day"),
    ("fr", "Le ministre se rendrait à Moscou le 25 février.", "2013-02-20", "le 25 février", "2013-02-25", "day"),
    ("fr", "Un cortège est prévu le 1er mai.", "2023-04-28", "le 1er mai", "2023-05-01", "day"),
    ("fr", "Le 29 février, un obus est tombé sur l'école.", "2023-05-01", "Le 29 février", "2020-02-29", "day"),
    ("fr", "Onze personnes ont été tuées ce vendredi 5 août dans la bande.", "2022-08-06",
     "ce vendredi 5 août", "2022-08-05", "day"),
    ("fr", "Il a été enlevé depuis le 26 novembre !", "2024-01-28", "depuis le 26 novembre", "2023-11-26", "day"),
    ("en", "Families still mourn those killed in the Oct. 7 attack.", "2024-08-27", "Oct. 7", "2023-10-07", "day"),
    ("en", "Militants on motorcycles late on Monday, August 6 stormed the village.", "2018-08-07",
     "late on Monday, August 6", "2018-08-06", "day"),
    ("en", "Residents fled on Aug. 6 as the fighting spread.", "2018-08-10", "on Aug. 6", "2018-08-06", "day"),
    ("en", "The blast happened on 6 August near the port.", "2018-08-10", "on 6 August", "2018-08-06", "day"),
    ("en", "The vote was held on May 5 despite the threats.", "2019-05-10", "on May 5", "2019-05-05", "day"),
    ("en", "The siege began on the 3rd of March.", "2019-05-10", "3rd of March", "2019-03-03", "day"),
    # With a year: that date, publication or not.
    ("fr", "Le soulèvement a commencé le 15 mars 2011 à Deraa.", None, "le 15 mars 2011", "2011-03-15", "day"),
    ("fr", "Le scrutin du 3 mai 2016 a été reporté.", None, "3 mai 2016", "2016-05-03", "day"),
    ("fr", "Dim. 28 janv. 2024, 15h00 : coup d'envoi.", None, "Dim. 28 janv. 2024", "2024-01-28", "day"),
    ("en", "He took office on March 15, 2011, after the vote.", None, "on March 15, 2011", "2011-03-15", "day"),
    ("en", "Posted October 9, 2018 3:07 am", None, "October 9, 2018", "2018-10-09", "day"),
    ("en", "Updated 10/09/2018 by the desk", None, "10/09/2018", "2018-10-09", "day"),
    ("fr", "Mis à jour le 10/09/2018 par la rédaction", None, "10/09/2018", "2018-09-10", "day"),
    # Night spans: the first night's date.
    ("fr", "Dans la nuit du mardi 28 au mercredi 29 janvier, les assaillants ont frappé.", "2020-01-30",
     "Dans la nuit du mardi 28 au mercredi 29 janvier", "2020-01-28", "day"),
    ("fr", "L'attaque a eu lieu dans la nuit de samedi à dimanche.", "2020-02-03",
     "dans la nuit de samedi à dimanche", "2020-02-01", "day"),
    ("fr", "La fête a mal tourné dans la nuit du 31 au 1er janvier.", "2024-01-02",
     "dans la nuit du 31 au 1er janvier", "2023-12-31", "day"),
    ("en", "Fighting raged overnight Saturday to Sunday in the north.", "2022-07-25",
     "overnight Saturday to Sunday", "2022-07-23", "day"),
    # Relative days.
    ("fr", "Deux civils ont été tués hier à Alep.", "2016-05-03", "hier", "2016-05-02", "day"),
    ("fr", "Le convoi a été visé avant-hier près de la frontière.", "2016-05-03", "avant-hier", "2016-05-01", "day"),
    ("fr", "Aujourd’hui encore, les combats se poursuivent.", "2016-05-03", "Aujourd’hui", "2016-05-03", "day"),
    ("fr", "Nous y sommes retournés ce matin avec les secours.", "2016-05-03", "ce matin", "2016-05-03", "day"),
    ("fr", "Des tirs ont été entendus cette nuit dans le centre.", "2016-05-03", "cette nuit", "2016-05-02", "day"),
    ("fr", "Le bâtiment s'est effondré il y a deux jours.", "2016-05-03", "il y a deux jours", "2016-05-01", "day"),
    ("en", "A car bomb exploded yesterday near the ministry.", "2012-04-11", "yesterday", "2012-04-10", "day"),
    ("en", "Rockets hit the city last night, residents said.", "2012-04-11", "last night", "2012-04-10", "day"),
    ("en", "Officials said 12 soldiers were killed today.", "2012-04-11", "today", "2012-04-11", "day"),
    ("en", "The army says it repelled an assault two days ago.", "2012-04-11", "two days ago", "2012-04-09", "day"),
    # Months and years alone.
    ("fr", "Il y a eu 180 morts en août au Yémen.", "2015-10-01", "en août", "2015-08-01", "month"),
    ("fr", "Les massacres ont commencé début novembre.", "2019-12-10", "début novembre", "2019-11-01", "month"),
    ("fr", "Il avait été arrêté mi-août.", "2019-12-10", "mi-août", "2019-08-01", "month"),
    ("fr", "Les deux camps se battent depuis mars 2015.", None, "depuis mars 2015", "2015-03-01", "month"),
    ("fr", "En mai, l'armée a repris la ville.", "2019-12-10", "En mai", "2019-05-01", "month"),
    ("fr", "L'insurrection a fait 20 000 morts depuis 2009.", None, "depuis 2009", "2009-01-01", "year"),
    ("fr", "Chassés de la capitale en 2011, ils ont reculé.", None, "en 2011", "2011-01-01", "year"),
    ("en", "In September, armed attackers killed ten people.", "2022-10-01", "In September", "2022-09-01", "month"),
    ("en", "Exports fell to a record low in August 2022.", None, "in August 2022", "2022-08-01", "month"),
    ("en", "The insurgency has killed 20,000 people since 2009.", None, "since 2009", "2009-01-01", "year"),
    # Periods: weeks have no day; months and years are dated at their first day.
    ("fr", "La semaine dernière, cinq personnes ont été tuées.", "2018-08-07", "La semaine dernière", None, None),
    ("fr", "L'an dernier, les attaques ont doublé.", "2018-08-07", "L'an dernier", "2017-01-01", "year"),
    ("en", "Markets reopened last week after the truce.", "2018-08-07", "last week", None, None),
    ("en", "Two similar raids took place earlier this month.", "2018-08-07",
     "earlier this month", "2018-08-01", "month"),
    ("en", "The vote was postponed last year.", "2018-08-07", "last year", "2017-01-01", "year"),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "text", "value", "precision"), ONE_DATE)
def test_one_date(lang, sentence, published, text, value, precision):
    found = [(m.text, m.value, m.precision) for m in _find(lang, sentence, published)]
    assert found == [(text, D(value) if value else None, precision)]


# Without a publication date, what is relative or has no year cannot be fixed (the text is kept).
UNRESOLVABLE = [
    ("fr", "Sept morts au cours du bombardement lundi soir de Jabal Badro.", "lundi soir", "day"),
    ("fr", "Des hommes armés ont tué neuf villageois dimanche 2 septembre.", "dimanche 2 septembre", "day"),
    ("fr", "Les corps ont été retrouvés hier.", "hier", "day"),
    ("fr", "La veille, au moins 20 civils avaient péri.", "La veille", "day"),
    ("fr", "Il y a eu 180 morts en août au Yémen.", "en août", "month"),
    ("en", "Rockets hit the city on Friday, residents said.", "on Friday", "day"),
    ("en", "Families still mourn those killed in the Oct. 7 attack.", "Oct. 7", "day"),
    ("en", "The vote was postponed last year.", "last year", "year"),
]


@pytest.mark.parametrize(("lang", "sentence", "text", "precision"), UNRESOLVABLE)
def test_unresolvable_without_publication(lang, sentence, text, precision):
    found = [(m.text, m.value, m.precision) for m in _find(lang, sentence, None)]
    assert found == [(text, None, precision)]


NOT_DATES = [
    ("fr", "Au moins 31 personnes ont été tuées et 70.000 autres déplacées."),
    ("fr", "La victime, âgée de 25 ans, a succombé à ses blessures."),
    ("fr", "Le conflit a fait 2,6 millions de déplacés et 1 200 blessés."),
    ("fr", "Sept personnes ont été tuées et sept. autres blessées."),
    ("fr", "Les assaillants sont arrivés vers 22h avec 39 véhicules."),
    ("fr", "La sonde a été lancée vers Mars par l'agence."),
    ("fr", "Plus de 2000 soldats ont été déployés."),
    ("en", "At least 1,200 people were killed when a 10-storey building collapsed at 2222 GMT."),
    ("en", "Officials said the attackers may return to the village."),
    ("en", "Protesters vowed to march on the capital."),
    ("en", "March on, the commander told the 5,800 troops."),
    ("en", "The 25-year-old man was arrested with 13 others."),
    ("en", "The ministry said 340,000 people were displaced."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_DATES)
def test_not_dates(lang, sentence):
    assert _find(lang, sentence, "2016-05-03") == []


# Several mentions: text order, no overlap, "la veille" counted from the previous date.
SEVERAL = [
    ("fr", "Trois civils ont été tués hier. La veille, au moins 20 civils étaient morts.", "2015-09-10",
     [("hier", "2015-09-09", "day"), ("La veille", "2015-09-08", "day")]),
    ("fr", "Cinq morts vendredi ; cette attaque intervient au lendemain d'un attentat.", "2023-09-29",
     [("vendredi", "2023-09-29", "day")]),
    ("fr", "Les combats ont eu lieu entre janvier et août 2022.", None,
     [("entre janvier", "2022-01-01", "month"), ("août 2022", "2022-08-01", "month")]),
    ("fr", "Un homme et une femme nés en 1958 et 1962 ont été tués samedi.", "2022-07-24",
     [("en 1958", "1958-01-01", "year"), ("1962", "1962-01-01", "year"), ("samedi", "2022-07-23", "day")]),
    ("en", "The region saw 2,115 homicides between January and August.", "2022-10-03",
     [("between January", "2022-01-01", "month"), ("August", "2022-08-01", "month")]),
    ("en", "The assault began late on Monday. Also on Monday, a second post was hit.", "2018-10-09",
     [("late on Monday", "2018-10-08", "day"), ("on Monday", "2018-10-08", "day")]),
    ("en", "A strike late Monday killed four; another early Tuesday killed five.", "2024-08-27",
     [("late Monday", "2024-08-26", "day"), ("early Tuesday", "2024-08-27", "day")]),
]


@pytest.mark.parametrize(("lang", "sentence", "published", "expected"), SEVERAL)
def test_several_dates(lang, sentence, published, expected):
    found = [(m.text, m.value, m.precision) for m in _find(lang, sentence, published)]
    assert found == [(text, D(value) if value else None, precision) for text, value, precision in expected]


def test_anchor_carries_across_sentences():
    found = _find("fr", "La veille, au moins 20 civils avaient péri.", "2015-09-10", anchor=D("2015-09-09"))
    assert [(m.text, m.value) for m in found] == [("La veille", D("2015-09-08"))]


def test_invalid_day_is_not_a_date():
    assert _find("fr", "Le 31 février, rien ne s'est passé.", "2016-05-03") == []


def test_offsets_index_the_input():
    sentence = "Selon l’ONG, les frappes ont tué 15 personnes dimanche à Damas."
    (mention,) = _find("fr", sentence, "2023-02-19")
    assert (mention.start, mention.end) == (sentence.index("dimanche"), sentence.index("dimanche") + 8)


def test_a_new_language_is_only_a_lexicon():
    spanish = Dates(
        capitalised_names=False,
        weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6},
        weekday_abbreviations={}, months={"enero": 1, "febrero": 2, "agosto": 8}, month_abbreviations={},
        abbreviation_period=True, day_suffixes=[], orders=["day_month"], day_month_links=["de"],
        numeric_order="dmy", leads=["el"], day_parts_before=[], day_parts=["por la noche"],
        weekday_modifiers={"pasado": -1}, relative_days={"ayer": -1, "anteayer": -2}, anchored_days={},
        ago=["hace {n} {unit}"], units={"días?": "day"}, numbers={"dos": 2}, relative_periods={},
        month_prefixes=["en"], year_prefixes=["desde"], joiners=["y"],
        night_spans=["la noche del {first} al {second}"],
    )
    sentence = "El lunes por la noche, hace dos días y desde 2015, el 6 de agosto; ayer."
    found = [(m.text, m.value) for m in find_dates(sentence, spanish, D("2018-08-08"))]
    assert found == [
        ("El lunes por la noche", D("2018-08-06")), ("hace dos días", D("2018-08-06")),
        ("desde 2015", D("2015-01-01")), ("el 6 de agosto", D("2018-08-06")), ("ayer", D("2018-08-07")),
    ]


def test_lexicon_errors_are_refused():
    data = yaml.safe_load((LANG_ROOT / "en" / "dates.yaml").read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="lacks"):
        Dates(**{**data, "night_spans": ["overnight {first}"]})
    with pytest.raises(ValueError, match="orders"):
        Dates(**{**data, "orders": ["year_first"]})


def test_first_pass_never_hides_a_date(monkeypatch):
    # The word-set first pass only saves time: without it every table gives the same mentions.
    cases = [(lang, sentence, published) for lang, sentence, published, *_ in ONE_DATE]
    cases += [(lang, sentence, None) for lang, sentence, *_ in UNRESOLVABLE]
    cases += [(lang, sentence, "2016-05-03") for lang, sentence in NOT_DATES]
    cases += [(lang, sentence, published) for lang, sentence, published, _ in SEVERAL]
    fast = [_find(lang, sentence, published) for lang, sentence, published in cases]
    for lexicon in LEXICONS.values():
        monkeypatch.setattr(compiled(lexicon, dates_module._Grammar), "always", True)
    assert [_find(lang, sentence, published) for lang, sentence, published in cases] == fast


def test_whole_text_with_lines():
    text = "Attaque meurtrière au Nord\nMardi 3 mai 2016\nDes tirs ont retenti hier soir. Le lendemain, le calme."
    found = [(m.text, m.value) for m in _find("fr", text, "2016-05-03")]
    assert found == [("Mardi 3 mai 2016", D("2016-05-03")), ("hier soir", D("2016-05-02")),
                     ("Le lendemain", D("2016-05-03"))]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Updated 10/09/2018", dt.date(2018, 10, 9)),  # the language's order: month first
    ("en", "Updated 27-07-2015", dt.date(2015, 7, 27)),  # no 27th month: the day comes first
    ("fr", "Mis à jour le 10.09.2018", dt.date(2018, 9, 10)),
    ("fr", "Mis à jour le 2018-09-10", dt.date(2018, 9, 10)),
])
def test_numeric_dates(lang, text, value):
    assert [d.value for d in find_dates(text, language.load(lang).dates, None)] == [value]
