"""The JSON reader: JSON Lines, JSON arrays and objects, gzip, field mapping, and one bad line costing one line."""

from __future__ import annotations

import gzip
import json

import pytest
from news_page import news_page

from bilan.readers import read_path, read_paths
from bilan.readers.jsonl import published_date, read_jsonl

QUETTA = "A bomb blast killed five people and wounded several others in Quetta on Friday, police said."
KABUL = "Au moins six civils ont été tués lundi lors d'un attentat suicide à Kaboul, a indiqué la police."


def _lines(*items) -> str:
    return "\n".join(item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in items) + "\n"


def test_field_mapping_and_dates(tmp_path):
    (tmp_path / "dump.jsonl").write_text(_lines(
        {"body": QUETTA, "date": "2016-05-03T10:00:00Z", "guid": 17, "headline": "Quetta",
         "link": "https://x.example/q", "language": "en", "meta": {"outlet": "Dawn"}},
        {"body": KABUL, "date": "Tue, 03 May 2016 23:30:00 -0500"},
        {"body": KABUL, "date": "2016-05-03 23:30:00+05:30"},
        {"body": KABUL, "date": "hier"},
    ), encoding="utf-8")
    fields = {"text": "body", "published": "date", "id": "guid", "title": "headline", "url": "link",
              "lang": "language", "site": "meta.outlet"}
    first, rfc, spaced, vague = read_path(tmp_path / "dump.jsonl", fields=fields)
    assert (first.text, first.external_id, first.title, first.url, first.lang, first.site) == (
        QUETTA, "17", "Quetta", "https://x.example/q", "en", "Dawn")
    assert first.source == "https://x.example/q"  # the URL when there is one, else "path:line"
    assert (first.published, first.published_from) == ("2016-05-03", "metadata")
    assert rfc.published == "2016-05-03"  # the date as the publisher wrote it, not moved to UTC
    assert spaced.published == "2016-05-03"
    assert (vague.published, vague.source) == ("hier", f"{tmp_path / 'dump.jsonl'}:4")  # left for the pipeline (E008)


def test_unknown_field_names_fail_at_once():
    with pytest.raises(ValueError, match="unknown field"):
        read_paths(["whatever.jsonl"], fields={"body": "text"})
    with pytest.raises(ValueError):
        read_path("whatever.jsonl", fields={"text": ""})


def test_bad_lines_cost_only_themselves(tmp_path):
    path = tmp_path / "batch.ndjson"
    path.write_bytes(_lines(
        {"id": "a", "text": QUETTA},
        "{not json",
        "",
        "[1, 2]",
        {"id": "e", "content": "no text field"},
        {"id": "f", "text": None},
        {"id": "g", "text": KABUL},
    ).encode("utf-8") + "{\"text\": \"Deux morts à Gao.\"}\n".encode("latin-1"))
    documents = list(read_path(path))
    assert [d.source.rsplit(":", 1)[1] for d in documents] == ["1", "2", "4", "5", "6", "7", "8"]
    assert [[e.code for e in d.errors] for d in documents] == [[], ["E005"], ["E005"], ["E006"], ["E006"], [], ["E004"]]
    assert [d.external_id for d in documents] == ["a", None, None, "e", "f", "g", None]
    assert "'text'" in documents[3].errors[0].message
    assert documents[-1].text == "Deux morts à Gao."  # stray latin-1 bytes read as such, and reported


def test_missing_text_names_the_mapped_field(tmp_path):
    (tmp_path / "d.jsonl").write_text(_lines({"text": "not the mapped one"}), encoding="utf-8")
    [document] = read_path(tmp_path / "d.jsonl", fields={"text": "body"})
    assert [e.code for e in document.errors] == ["E006"] and "'body'" in document.errors[0].message


def test_gzip_json_array_and_single_object(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(_lines({"text": QUETTA}, {"text": KABUL}).encode()))
    (tmp_path / "b.json").write_text(json.dumps([{"text": QUETTA, "id": 1}, "oops", {"text": KABUL}]), encoding="utf-8")
    (tmp_path / "c.json.gz").write_bytes(gzip.compress(json.dumps({"text": KABUL, "published": "2016-05-03"}).encode()))
    (tmp_path / "d.json").write_text(_lines({"text": QUETTA}, {"text": KABUL}), encoding="utf-8")  # JSON Lines really
    (tmp_path / "e.json").write_text("{\"text\": ", encoding="utf-8")
    documents = list(read_paths([str(tmp_path)]))
    names = [d.source.rsplit("/", 1)[1] for d in documents]
    assert names == ["a.jsonl.gz:1", "a.jsonl.gz:2", "b.json#1", "b.json#2", "b.json#3", "c.json.gz",
                     "d.json:1", "d.json:2", "e.json"]
    assert [d.text for d in documents] == [QUETTA, KABUL, QUETTA, "", KABUL, KABUL, QUETTA, KABUL, ""]
    assert [[e.code for e in d.errors] for d in documents] == [[], [], [], ["E005"], [], [], [], [], ["E005"]]
    assert documents[5].published == "2016-05-03"


def test_truncated_gzip_gives_every_document_before_the_damage_then_an_error(tmp_path):
    lines = [{"id": str(i), "text": f"{QUETTA} ({i})"} for i in range(2000)]
    data = gzip.compress(_lines(*lines).encode("utf-8"))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    documents = list(read_path(tmp_path / "cut.jsonl.gz"))
    good, last = documents[:-1], documents[-1]
    assert len(good) > 1000
    assert [d.external_id for d in good] == [str(i) for i in range(len(good))]  # in order, none lost or torn
    assert all(d.errors == [] and d.text.startswith(QUETTA) for d in good)
    assert [e.code for e in last.errors] == ["E011"] and f"after {len(good)} documents" in last.errors[0].message
    # corrupt (not cut) data: same story
    corrupt = bytearray(data)
    corrupt[len(data) // 2: len(data) // 2 + 64] = bytes(64)
    (tmp_path / "bad.jsonl.gz").write_bytes(bytes(corrupt))
    *good, last = read_path(tmp_path / "bad.jsonl.gz")
    assert good and [e.code for e in last.errors] == ["E011"]


def test_html_field_goes_through_the_html_reader(tmp_path):
    page = news_page([QUETTA, "Police said the toll could rise as several of the wounded were in critical condition.",
                      "No group claimed the attack."], lang="en", headline="Blast in Quetta", published="2016-05-03")
    (tmp_path / "pages.jsonl").write_text(_lines(
        {"id": "p1", "html": page},
        {"id": "p2", "html": page, "published": "2016-05-04", "title": "Our title"},
        {"id": "p3", "html": "<html><body><nav>Home</nav></body></html>"},
    ), encoding="utf-8")
    first, second, empty = read_path(tmp_path / "pages.jsonl")
    assert first.text.splitlines()[0] == QUETTA and first.errors == []
    assert (first.title, first.site, first.published, first.published_from, first.external_id) == (
        "Blast in Quetta", "The Daily Ledger", "2016-05-03", "metadata", "p1")
    assert (second.published, second.title) == ("2016-05-04", "Our title")  # the dump's own fields win
    assert [e.code for e in empty.errors] == ["E010"] and empty.external_id == "p3"


def test_read_jsonl_on_text_lines_keeps_its_old_signature():
    documents = list(read_jsonl([json.dumps({"text": QUETTA}), "", "nope"], "memory"))
    assert [(d.source, [e.code for e in d.errors]) for d in documents] == [("memory:1", []), ("memory:3", ["E005"])]


@pytest.mark.parametrize("value, expected", [
    ("2016-05-03", "2016-05-03"), ("2016-05-03T10:00:00Z", "2016-05-03"), ("2016-05-03t10:00", "2016-05-03"),
    ("Tue, 3 May 2016 10:00:00 GMT", "2016-05-03"), (None, None), ("", None), ("2016-13-45", "2016-13-45"),
    ("03/05/2016", "03/05/2016"), (20160503, "20160503"),
])
def test_published_date(value, expected):
    assert published_date(value) == expected
