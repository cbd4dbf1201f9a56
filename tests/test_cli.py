"""`bilan extract` end to end: real files, real pipeline, one record per document in input order."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bilan.cli import main

KABUL = "Au moins six civils ont été tués lundi lors d'un attentat suicide à Kaboul, a indiqué la police."
QUETTA = "A bomb blast killed five people and wounded several others in Quetta on Friday, police said."


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_kabul.txt").write_text(KABUL, encoding="utf-8")
    (folder / "sub" / "b_quetta.txt").write_text(QUETTA, encoding="utf-8")
    (folder / "c_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "d_binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "e_batch.jsonl").write_text("\n".join([
        json.dumps({"id": "doc-1", "text": QUETTA, "published": "2016-01-15", "lang": "en", "title": "Quetta"}),
        "{not json",
        json.dumps({"id": "doc-3", "body": "no text field"}),
        json.dumps({"id": "doc-4", "text": KABUL, "published": "not a date"}),
    ]), encoding="utf-8")
    (folder / "f_latin1.txt").write_bytes("Deux morts à Alep, selon l'OSDH.".encode("latin-1"))
    (folder / "ignored.pdf").write_bytes(b"%PDF")
    return folder


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_batch_keeps_order_and_reports_each_bad_document(corpus, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus), "--published", "2023-03-27", "-o", str(out)]) == 0
    records = _records(out)
    sources = [r["document"]["source"] for r in records]
    assert [s.rsplit("/", 1)[-1] for s in sources] == [
        "a_kabul.txt", "c_empty.txt", "d_binary.txt", "e_batch.jsonl:1", "e_batch.jsonl:2", "e_batch.jsonl:3",
        "e_batch.jsonl:4", "f_latin1.txt", "b_quetta.txt"]
    codes = [[e["code"] for e in r["errors"]] for r in records]
    assert codes == [[], ["E002"], ["E003"], [], ["E005"], ["E006"], ["E008"], ["E004"], []]
    kabul, quetta_jsonl = records[0], records[3]
    assert kabul["document"]["published"] == "2023-03-27" and kabul["document"]["published_from"] == "option"
    assert kabul["incidents"][0]["claims"][0]["killed"]["min"] == 6
    assert kabul["incidents"][0]["location"]["city"] == "Kabul"
    assert quetta_jsonl["document"]["external_id"] == "doc-1"
    assert quetta_jsonl["document"]["published"] == "2016-01-15"  # the document's own date wins
    assert records[5]["document"]["external_id"] == "doc-3"
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith("9 documents, ") and "6 with errors" in summary


def test_table_is_printed_on_request(corpus, tmp_path, capsys):
    main(["extract", str(corpus / "a_kabul.txt"), "--published", "2023-03-27", "--table", "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert "date" in err.splitlines()[0] and "Kabul" in err and "Suicide bomb" in err


def test_stdin_and_stdout(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bilan.cli", "extract", "-", "--lang", "en",
                             "--published", "2016-01-15"], input=QUETTA.encode(), capture_output=True, check=True)
    (record,) = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert record["schema"] == "bilan/1"
    assert record["incidents"][0]["claims"][0]["source"] == "police"
    assert "\r" not in result.stderr.decode()  # no progress bar when stderr is not a terminal


@pytest.mark.parametrize("argv", [
    ["extract", "/no/such/file.txt"],
    ["extract", "x.txt", "--published", "20-01-2016"],
    ["extract", "x.txt", "--lang", "xx"],
])
def test_usage_errors_exit_non_zero(argv, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(QUETTA, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        code = main(argv)
        raise SystemExit(code)
    assert exit_info.value.code != 0


def test_the_same_article_gets_the_same_id(tmp_path):
    out = tmp_path / "o.jsonl"
    (tmp_path / "one.txt").write_text(QUETTA, encoding="utf-8")
    (tmp_path / "two.txt").write_text(QUETTA, encoding="utf-8")
    main(["extract", str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "-o", str(out)])
    first, second = _records(out)
    assert first["document"]["id"] == second["document"]["id"]
    assert first["incidents"][0]["id"].startswith(first["document"]["id"])


def test_field_names_of_a_scraper_dump(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"uid": "x1", "body": QUETTA, "date": "2016-01-15T08:00:00Z"}) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(dump), "--field", "text=body", "--field", "published=date", "--field", "id=uid",
                 "-o", str(out)]) == 0
    (record,) = _records(out)
    assert record["document"]["external_id"] == "x1"
    assert record["document"]["published"] == "2016-01-15"
    assert record["incidents"][0]["claims"][0]["killed"]["value"] == 5


def test_bad_field_option_is_a_usage_error(tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(tmp_path), "--field", "text"])
    assert exit_info.value.code == 2


def test_lone_surrogate_does_not_break_the_document():
    import bilan
    record = bilan.extract("Trois civils ont été tués \ud800 à Alep, selon l'OSDH.", lang="fr")
    assert record.errors == [] and record.incidents[0].claims[0].killed.value == 3
