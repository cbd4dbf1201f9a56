"""The dispatcher: files by extension (also gzipped), mixed folders in sorted order, stdin sniffed, URLs handed on."""

from __future__ import annotations

import gzip
import io
import json
import sys

from news_page import news_page

import bilan.read
from bilan.readers import kind_of, read_path, read_paths

QUETTA = "A bomb blast killed five people and wounded several others in Quetta on Friday, police said."
KABUL = "Au moins six civils ont été tués lundi lors d'un attentat suicide à Kaboul, a indiqué la police."
PAGE = news_page([QUETTA, "Police said the toll could rise as several of the wounded were in critical condition."],
                 lang="en", headline="Blast in Quetta", published="2016-05-03")


def test_kinds_by_extension():
    assert [kind_of(n) for n in ["a.txt", "B.TEXT", "c.html", "d.htm.gz", "e.jsonl", "f.ndjson.gz", "g.json",
                                 "h.warc", "i.warc.gz", "j.pdf", "k.gz", "l.arc"]] == [
        "text", "text", "html", "html", "jsonl", "jsonl", "json", "warc", "warc", None, None, None]


def test_mixed_folder_just_works(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.txt").write_text(KABUL, encoding="utf-8")
    (folder / "b.html").write_text(PAGE, encoding="utf-8")
    (folder / "c.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": QUETTA, "id": "q"}) + "\n").encode()))
    (folder / "sub" / "d.txt.gz").write_bytes(gzip.compress(QUETTA.encode()))
    (folder / "e.pdf").write_bytes(b"%PDF-1.4")
    (folder / "._a.txt").write_bytes(b"\x00\x05\x16\x07AppleDouble")
    (folder / ".git" / "f.txt").write_text("not an article", encoding="utf-8")
    documents = list(read_paths([str(folder)]))
    assert [d.source.rsplit("/", 1)[1] for d in documents] == ["a.txt", "b.html", "c.jsonl.gz:1", "d.txt.gz"]
    assert [d.text.splitlines()[0] for d in documents] == [KABUL, QUETTA, QUETTA, QUETTA]
    assert documents[1].published_from == "metadata" and documents[2].external_id == "q"
    assert all(d.errors == [] for d in documents)


def test_named_file_with_another_extension_is_sniffed(tmp_path):
    (tmp_path / "page.php").write_text(PAGE, encoding="utf-8")
    (tmp_path / "dump.data").write_text(json.dumps({"text": KABUL}) + "\n", encoding="utf-8")
    (tmp_path / "notes").write_text(QUETTA, encoding="utf-8")
    (tmp_path / "page.bin").write_bytes(gzip.compress(PAGE.encode()))
    documents = list(read_paths([str(tmp_path / n) for n in ["page.php", "dump.data", "notes", "page.bin"]]))
    assert [d.text.splitlines()[0] for d in documents] == [QUETTA, KABUL, QUETTA, QUETTA]
    assert documents[0].title == "Blast in Quetta" and documents[1].source.endswith("dump.data:1")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_jsonl_html_and_gzip(monkeypatch):
    _stdin(monkeypatch, KABUL.encode("latin-1"))
    [document] = read_paths(["-"])
    assert document.text == KABUL and document.source == "<stdin>"
    lines = "\n".join(json.dumps({"body": t}) for t in (QUETTA, KABUL)) + "\n{oops\n"
    _stdin(monkeypatch, lines.encode())
    documents = list(read_paths(["-"], fields={"text": "body"}))
    assert [d.text for d in documents] == [QUETTA, KABUL, ""]
    assert [d.source for d in documents] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    _stdin(monkeypatch, gzip.compress(PAGE.encode()))
    [document] = read_paths(["-"])
    assert document.text.splitlines()[0] == QUETTA and document.published == "2016-05-03"
    _stdin(monkeypatch, json.dumps([{"text": QUETTA}, {"text": KABUL}]).encode())
    assert [d.text for d in read_paths(["-"])] == [QUETTA, KABUL]


def test_stdin_warc(monkeypatch, tmp_path):
    from test_warc import URLS, write_archive

    write_archive(tmp_path / "a.warc.gz")
    _stdin(monkeypatch, (tmp_path / "a.warc.gz").read_bytes())
    assert [d.url for d in read_paths(["-"])] == [URLS["kirkuk"], URLS["gao"]]


def test_url_without_the_feed_reader_is_one_error_document(monkeypatch):
    monkeypatch.setitem(sys.modules, "bilan.readers.feed", None)  # what an absent module looks like to import
    documents = list(read_paths(["https://example.org/feed.xml"]))
    assert [(d.source, [e.code for e in d.errors]) for d in documents] == [("https://example.org/feed.xml", ["E014"])]


def test_read_module_keeps_its_names():
    assert bilan.read.read_paths is read_paths and bilan.read.read_path is read_path
    assert bilan.read.Document is bilan.Document and bilan.read.MAX_CHARS == 2_000_000
