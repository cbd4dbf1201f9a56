"""Cleaning: boilerplate goes, article sentences stay, headline and language are found."""

from __future__ import annotations

import pytest

from bilan.clean import clean

FR_PAGE = """Attentat à Kaboul: au moins six morts
Au moins six civils ont été tués lundi à Kaboul, a indiqué la police.
Lire aussi : Afghanistan, les talibans revendiquent
Contactez-nousEnvie d'afficher votre publicité ?
L'espace des commentaires est réservé aux abonnés.
Le porte-parole a ajouté que l'enquête était en cours."""

EN_PAGE = """Home
World
Politics
Sport
Bomb kills five in Quetta
A bomb blast killed five people in Quetta on Friday, police said.
Advertisement
Leave a comment
Log in to comment
The police said the device was attached to a bicycle.
Advertisement"""


def test_french_prompts_and_glued_lines_go():
    article = clean(FR_PAGE, "fr")
    assert article.boilerplate == [
        "Lire aussi : Afghanistan, les talibans revendiquent",
        "Contactez-nousEnvie d'afficher votre publicité ?",
        "L'espace des commentaires est réservé aux abonnés.",
    ]
    assert "Au moins six civils ont été tués lundi à Kaboul, a indiqué la police." in article.text
    assert article.text.endswith("Le porte-parole a ajouté que l'enquête était en cours.")


def test_english_menu_run_ads_and_prompts_go():
    article = clean(EN_PAGE, "en")
    assert article.text.split("\n") == [
        "Bomb kills five in Quetta",
        "A bomb blast killed five people in Quetta on Friday, police said.",
        "The police said the device was attached to a bicycle.",
    ]
    assert article.title == "Bomb kills five in Quetta"
    assert {"Home", "World", "Politics", "Sport", "Advertisement", "Leave a comment"} <= set(article.boilerplate)


@pytest.mark.parametrize("line", [
    "Posted on April 2 2017 by admin: Government warplanes struck the town of Khan Sheikhoun, killing at least "
    "58 people, including 11 children, according to the Syrian Observatory for Human Rights, which said the toll "
    "would rise.",
    "Contactez-nous pour tout renseignement : la police a ouvert une enquête après la mort de trois personnes "
    "dans l'explosion d'une voiture piégée devant le marché central.",
])
def test_a_long_line_is_never_boilerplate(line):
    assert clean(line + "\nSecond line of the article.", None).text.startswith(line)


def test_paragraph_offsets_point_into_the_text():
    article = clean(FR_PAGE, "fr")
    for start, end in article.paragraphs:
        assert article.text[start:end] in FR_PAGE


@pytest.mark.parametrize(("text", "lang"), [
    ("Au moins douze personnes ont été tuées dans un attentat à la voiture piégée.", "fr"),
    ("At least twelve people were killed in a car bomb attack on Sunday.", "en"),
])
def test_language_is_detected(text, lang):
    assert clean(text).lang == lang
