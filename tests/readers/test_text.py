"""The text reader: encodings detected or reported, mojibake repaired, binaries refused, big files cut quickly."""

from __future__ import annotations

import gzip
import time

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252", to make mojibake with)
import pytest

from bilan.read import MAX_CHARS
from bilan.readers import read_path
from bilan.readers.text import MAX_TEXT_BYTES, decode, repair

FR = ("Au moins 31 personnes ont été tuées mardi à Alep, selon l'Observatoire syrien des droits de l'homme. "
      "« Le bilan pourrait s'alourdir », a déclaré un responsable à Damas ; l'armée a démenti. "
      "Où sont les secours ? Ça reste flou, d'après des témoins arrivés à l'hôpital.\n"
      "Les rebelles, qui contrôlent l'est de la ville, accusent le régime d'avoir tiré un missile sol-sol.\n")
CP1252 = ("Le « bilan » – provisoire – fait état de 31 morts… et d’« au moins » 60 blessés, dont l’œil "
          "d’un photographe ; coût estimé : 10 000 €.\n")
EN = "Five people were killed in \u201cQuetta\u201d \u2014 police said \u2013 on Friday.\n"


def _read(path):
    [document] = read_path(path)
    return document


@pytest.mark.parametrize("name, text, encoding", [
    ("latin1.txt", FR, "latin-1"),
    ("cp1252.txt", FR + CP1252, "cp1252"),
    ("english.txt", EN * 3, "cp1252"),
    ("utf16.txt", FR + CP1252, "utf-16"),
    ("bom.text", FR, "utf-8-sig"),
])
def test_encodings_are_detected(tmp_path, name, text, encoding):
    (tmp_path / name).write_bytes(text.encode(encoding))
    document = _read(tmp_path / name)
    assert document.text == text
    assert document.errors == []


def test_too_little_to_detect_is_read_as_cp1252_and_reported(tmp_path):
    # one accented byte says nothing about the encoding: read it as Windows-1252, and say so
    (tmp_path / "short.txt").write_bytes("Deux morts à Alep, selon l'OSDH.".encode("latin-1"))
    document = _read(tmp_path / "short.txt")
    assert document.text == "Deux morts à Alep, selon l'OSDH."
    assert [e.code for e in document.errors] == ["E004"] and "byte 11" in document.errors[0].message


def test_utf8_with_stray_cp1252_bytes(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(FR.encode("utf-8") + "Deux blessés.".encode("cp1252"))
    document = _read(tmp_path / "mixed.txt")
    assert document.text == FR + "Deux blessés."
    assert [e.code for e in document.errors] == ["E004"]


def test_mojibake_is_repaired_and_quotes_and_spaces_kept(tmp_path):
    clean = "Deux morts\u00a0: «\u202fAlep\u202f» — l’armée a démenti “tout tir” ½ heure après."
    # what a UTF-8 text becomes when read as Windows-1252 and saved again as UTF-8
    (tmp_path / "moji.txt").write_text(clean.encode("utf-8").decode("sloppy-windows-1252"), encoding="utf-8")
    assert "Ã©" in (tmp_path / "moji.txt").read_text(encoding="utf-8")
    assert _read(tmp_path / "moji.txt").text == clean
    assert repair(clean) == clean  # curly quotes, « », no-break spaces and ½ untouched
    assert repair("ont Ã©tÃ© tuÃ©s") == "ont été tués"
    assert repair("l&#039;armée &amp; la police") == "l'armée & la police"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40,
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<\x00/Length 5>>stream\n\x00\x01\x02",
    bytes(range(1, 32)) * 64,  # no NUL, but nothing but control characters
])
def test_binary_files_are_refused(tmp_path, data):
    (tmp_path / "x.txt").write_bytes(data)
    document = _read(tmp_path / "x.txt")
    assert (document.text, [e.code for e in document.errors]) == ("", ["E003"])


def test_empty_and_missing_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert (_read(tmp_path / "empty.txt").text, _read(tmp_path / "empty.txt").errors) == ("", [])
    assert [e.code for e in _read(tmp_path / "nope.txt").errors] == ["E001"]


def test_large_file_is_cut_quickly_without_reading_it_all(tmp_path):
    line = ("Au moins 31 personnes ont été tuées à Alep. " * 4 + "\n").encode("utf-8")
    with (tmp_path / "dump.txt").open("wb") as out:
        for _ in range(60_000_000 // (len(line) * 1000) + 1):
            out.write(line * 1000)
    assert (tmp_path / "dump.txt").stat().st_size > 60_000_000
    start = time.perf_counter()
    document = _read(tmp_path / "dump.txt")
    elapsed = time.perf_counter() - start
    assert len(document.text) == MAX_CHARS
    assert document.text.startswith("Au moins 31 personnes ont été tuées")
    assert [e.code for e in document.errors] == ["E009"] and "more than" in document.errors[0].message
    assert elapsed < 10


def test_long_file_under_the_read_limit_says_how_long(tmp_path):
    (tmp_path / "long.txt").write_text("x" * (MAX_CHARS + 10), encoding="utf-8")
    document = _read(tmp_path / "long.txt")
    assert len(document.text) == MAX_CHARS
    assert [e.code for e in document.errors] == ["E009"] and str(MAX_CHARS + 10) in document.errors[0].message


def test_cut_inside_a_character_at_the_read_limit_is_not_an_encoding_error():
    data = ("é" * 10).encode("utf-8")[:-1]
    assert decode(data, cut=True) == ("é" * 9, [])
    assert [e.code for e in decode(data)[1]] == ["E004"]
    assert MAX_TEXT_BYTES >= 4 * MAX_CHARS


def test_gzipped_text_and_a_truncated_gzip(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(FR.encode("utf-8")))
    assert _read(tmp_path / "a.txt.gz").text == FR
    big = (FR * 2000).encode("utf-8")
    packed = gzip.compress(big)
    (tmp_path / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    document = _read(tmp_path / "cut.txt.gz")
    assert [e.code for e in document.errors] == ["E011"]
    assert len(document.text) > 1000 and (FR * 2000).startswith(document.text)
