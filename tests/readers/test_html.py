"""The HTML reader on realistic news pages: the article's paragraphs kept one per line, the furniture gone,
the metadata (title, site, canonical URL, publication date) found by trafilatura."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from news_page import FURNITURE, SITE, news_page

import bilan
from bilan.readers import read_path
from bilan.readers.html import document_from_html, document_from_html_bytes

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"

FR = [
    "Au moins douze civils ont été tués jeudi soir dans un bombardement aérien sur un marché de Saraqeb, "
    "dans la province d'Idleb, a indiqué l'Observatoire syrien des droits de l'homme (OSDH).",
    "Selon l'ONG, qui dispose d'un vaste réseau de sources dans le pays, une trentaine de personnes ont "
    "également été blessées, dont plusieurs grièvement.",
    "« Les avions ont frappé à l'heure où le marché était le plus fréquenté », a raconté à l'AFP un "
    "habitant joint par téléphone, Abou Mohammed.",
    "Les secouristes des Casques blancs continuaient vendredi matin de fouiller les décombres à la "
    "recherche de survivants.",
    "Le régime de Damas n'a pas commenté ces informations ; Moscou dément régulièrement viser des civils.",
    "Le conflit en Syrie a fait plus de 350 000 morts depuis mars 2011, selon l'OSDH.",
]
EN = [
    "At least nine people were killed and 23 wounded when a car bomb exploded near a busy checkpoint "
    "in the Iraqi city of Kirkuk on Tuesday, police and hospital sources said.",
    "The blast went off shortly after 8 a.m. as commuters queued to pass through the checkpoint on the "
    "southern edge of the city, a police colonel told Reuters.",
    "\u201cThe explosion shattered windows hundreds of metres away,\u201d said Ahmed Karim, a shopkeeper.",
    "No group immediately claimed responsibility for the attack, which bore the hallmarks of Islamic State.",
    "Health officials warned that the toll could rise as several of the wounded were in critical condition.",
    "Kirkuk has seen a series of attacks on security forces in recent months.",
]
HEADLINES = {"fr": "Syrie : au moins douze civils tués dans un bombardement à Idleb",
             "en": "Car bomb kills nine at Kirkuk checkpoint"}


@pytest.mark.parametrize("lang, paragraphs", [("fr", FR), ("en", EN)])
def test_article_kept_furniture_gone_metadata_found(lang, paragraphs):
    page = news_page(paragraphs, lang=lang, headline=HEADLINES[lang], published="2016-05-03", slug="attaque")
    document = document_from_html(page, source="page.html")
    assert document.errors == []
    assert document.text.splitlines() == paragraphs  # one paragraph per line, in order, nothing else
    leaked = [kind for kind, marker in FURNITURE[lang].items() if marker in document.text]
    assert leaked == []
    site, host = SITE[lang]
    assert document.title == HEADLINES[lang]
    assert document.site == site
    assert document.url == f"https://{host}/2016/05/03/attaque.html"
    assert (document.published, document.published_from) == ("2016-05-03", "metadata")
    assert document.source == "page.html"


@pytest.mark.parametrize("where", [
    dict(dated_url=False, markup_date=False),  # JSON-LD datePublished only
    dict(json_ld=False, dated_url=False),  # article:published_time and <time> only
    dict(json_ld=False, markup_date=False),  # the URL's /2016/05/03/ only
])
def test_publication_date_from_each_kind_of_metadata(where):
    document = document_from_html(news_page(FR, published="2016-05-03", **where), source="p.html")
    assert (document.published, document.published_from) == ("2016-05-03", "metadata")


def test_undated_page_has_no_date_not_even_the_copyright_year():
    document = document_from_html(news_page(FR, published=None), source="p.html")
    assert "© 2016" in news_page(FR, published=None)
    assert (document.published, document.published_from) == (None, None)
    assert document.text.splitlines() == FR


def test_page_without_article_text_is_an_error_with_its_metadata():
    document = document_from_html(news_page([""], headline="Vidéo : le marché après la frappe"), source="v.html")
    assert document.text == ""
    assert [e.code for e in document.errors] == ["E010"]
    assert document.title == "Vidéo : le marché après la frappe"
    for empty in ["", "<html></html>", "<html><body><nav><a href='/'>Accueil</a></nav></body></html>"]:
        assert [e.code for e in document_from_html(empty, source="x").errors] == ["E010"]


def test_fragments_from_feeds_are_read():
    fragment = "<p>Five people were killed in Quetta on Friday.</p><p>Police said the toll could rise.</p>"
    document = document_from_html(fragment, source="feed", url="https://example.org/a")
    assert document.text == "Five people were killed in Quetta on Friday.\nPolice said the toll could rise."
    assert document.url == "https://example.org/a" and document.errors == []
    assert document_from_html("Deux morts &amp; trois blessés<br>à Gao.", source="f").text == \
        "Deux morts & trois blessés\nà Gao."


@pytest.mark.parametrize("paragraphs", [EN[:1], EN[:2], [EN[0], "Police said."]])
def test_short_article_is_not_glued_to_the_page_around_it(paragraphs):
    # trafilatura's default "rescues" articles under 250 characters with the whole page in one line
    document = document_from_html(news_page(paragraphs, lang="en"), source="brief.html")
    assert document.text.splitlines() == paragraphs


def test_article_cut_mid_word_is_still_an_article():
    cut = [FR[0], FR[1][:60]]  # copies of articles are often cut short, mid-word
    document = document_from_html(news_page(cut, inline_ad=False), source="cut.html")
    assert document.text.splitlines() == cut and document.errors == []


def test_layout_table_keeps_paragraphs_apart_and_drops_the_menu():
    body = "".join(f"<p>{p}</p>" for p in FR)
    page = (f"<html><head><title>Idleb</title></head><body><table width='100%'><tr>"
            f"<td class='menu'><a href='/'>Accueil</a> <a href='/monde'>Monde</a></td>"
            f"<td><h1>Idleb</h1>{body}</td></tr></table></body></html>")
    document = document_from_html(page, source="old.html")
    assert document.text.splitlines() == FR


def test_encodings_declared_detected_and_misdeclared(tmp_path):
    (tmp_path / "cp1252.html").write_bytes(news_page(FR, charset="windows-1252").encode("cp1252"))
    # latin-1 pages write what latin-1 lacks ("›" in the breadcrumb) as character references
    latin1 = news_page(FR, charset="iso-8859-1").encode("latin-1", errors="xmlcharrefreplace")
    (tmp_path / "latin1.htm").write_bytes(latin1)
    # UTF-8 bytes behind a latin-1 declaration: a common mistake, read as what the bytes are
    (tmp_path / "lying.html").write_bytes(news_page(FR, charset="iso-8859-1").encode("utf-8"))
    (tmp_path / "zipped.html.gz").write_bytes(gzip.compress(news_page(FR).encode("utf-8")))
    for name in ["cp1252.html", "latin1.htm", "lying.html", "zipped.html.gz"]:
        [document] = read_path(tmp_path / name)
        assert document.text.splitlines() == FR, name
        assert document.errors == [] and document.published == "2016-05-03", name
    # the HTTP Content-Type's charset comes before a missing or wrong <meta>
    raw = news_page(FR, charset="utf-8").encode("cp1252")
    document = document_from_html_bytes(raw, source="x", content_type="text/html; charset=windows-1252")
    assert document.text.splitlines() == FR


def test_mojibake_in_the_page_is_repaired():
    broken = [p.encode("utf-8").decode("cp1252", errors="replace") for p in FR[:2]]
    assert "Ã©" in broken[0]
    document = document_from_html(news_page(broken + FR[2:]), source="x")
    assert document.text.splitlines() == FR


def test_binary_and_unreadable_files(tmp_path):
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert [e.code for e in next(read_path(tmp_path / "image.html")).errors] == ["E003"]
    assert [e.code for e in next(read_path(tmp_path / "missing.html")).errors] == ["E001"]


def _seeds() -> list[dict]:
    return [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _tolls(record) -> list[tuple]:
    return [(i.estimate.killed.low, i.estimate.killed.best, i.estimate.killed.high,
             i.estimate.injured.low, i.estimate.injured.best, i.estimate.injured.high) for i in record.incidents]


@pytest.mark.parametrize("row", _seeds(), ids=lambda row: row["id"][:3])
def test_seed_in_a_page_gives_the_tolls_of_its_plain_text(row):
    paragraphs = [line.strip() for line in row["text"].splitlines() if line.strip()]
    page = news_page(paragraphs, lang=row["lang"], headline="Syrie", published=row["published"], dated_url=False)
    document = document_from_html(page, source="seed.html")
    assert document.text.splitlines() == paragraphs
    from_page = bilan.process(document)
    plain = bilan.extract(row["text"], published=row["published"])
    assert _tolls(from_page) and _tolls(from_page) == _tolls(plain)
    assert from_page.document.published == row["published"]
    assert from_page.document.published_from == "metadata"
