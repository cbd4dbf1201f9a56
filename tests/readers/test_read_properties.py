"""Property tests: whatever bytes a file holds, whatever markup a page has, no reader raises and a valid
document read in the same batch always comes out whole."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilan.readers import read_paths
from bilan.readers.html import document_from_html, document_from_html_bytes
from bilan.readers.jsonl import read_jsonl

VALID = "Au moins trois personnes ont été tuées jeudi dans une explosion à Gao, selon une source militaire."
NAMES = ["x.txt", "x.text", "x.html", "x.htm", "x.jsonl", "x.ndjson", "x.json", "x.warc", "x.warc.gz",
         "x.txt.gz", "x.html.gz", "x.jsonl.gz", "x.json.gz", "x.data"]
HEADERS = [b"", b"\x1f\x8b\x08\x00", b"WARC/1.0\r\n", b"{\"text\": ", b"[{", b"<html><body>", b"\xef\xbb\xbf",
           b"\xff\xfe", b"%PDF-1.4\n"]
TAGS = ["<p>", "</p>", "<div class='pub'>", "</div>", "<article>", "</article>", "<br>", "<html>", "<body>",
        "<!DOCTYPE html>", "<meta charset='latin-1'>", "<script>", "</script>", "<table><tr><td>", "<!--", "-->",
        "<h1>", "</h1>", "<a href='x'>", "</a>", "&amp;", "&#0;", "&#xD800;", "<?xml version='1.0' encoding='utf-8'?>",
        "<title>", "</title>", "<script type='application/ld+json'>{\"datePublished\": \"", "\"}</script>",
        "<![CDATA[", "]]>", "<p class=\"", "\x00"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check_batch(folder: Path, bad: Path) -> None:
    good = folder / "zz_valid.txt"
    good.write_text(VALID, encoding="utf-8")
    documents = list(read_paths([str(bad), str(good)]))
    assert documents and documents[-1].text == VALID and documents[-1].errors == []
    for document in documents:
        assert isinstance(document.text, str) and all(e.code and e.message for e in document.errors)


@SETTINGS
@given(name=st.sampled_from(NAMES), header=st.sampled_from(HEADERS), body=st.binary(max_size=2000),
       gzipped=st.booleans())
def test_random_bytes_in_any_kind_of_file(name, header, body, gzipped):
    data = header + body
    if gzipped or name.endswith(".gz"):
        data = gzip.compress(data)[: max(10, len(data) // (1 if gzipped else 2))]  # sometimes cut short
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        _check_batch(Path(tmp), path)


@SETTINGS
@given(parts=st.lists(st.one_of(st.text(max_size=40), st.sampled_from(TAGS)), max_size=40))
def test_random_html_strings(parts):
    markup = "".join(parts)
    document = document_from_html(markup, source="random")
    assert isinstance(document.text, str)
    assert document_from_html_bytes(markup.encode("utf-8", errors="surrogatepass"), source="random").text is not None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(markup, encoding="utf-8", errors="surrogatepass")
        _check_batch(Path(tmp), path)


@SETTINGS
@given(values=st.lists(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30),
                                 st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5),
                                                                                     st.text(max_size=5), max_size=3)),
                        min_size=8, max_size=8))
def test_random_json_values_in_every_field(values):
    item = dict(zip(["text", "html", "id", "published", "lang", "title", "url", "site"], values))
    lines = [json.dumps(item), json.dumps({"text": VALID})]
    documents = list(read_jsonl(lines, "random"))
    assert len(documents) == 2 and documents[-1].text == VALID
    assert all(isinstance(d.text, str) for d in documents)
    assert all(v is None or isinstance(v, str) for d in documents
               for v in (d.published, d.title, d.url, d.external_id, d.lang, d.site))
