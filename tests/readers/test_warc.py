"""The WARC reader on archives written with warcio: HTML pages in, everything else skipped, damage reported."""

from __future__ import annotations

import gzip
from io import BytesIO

import pytest
from news_page import FURNITURE, news_page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bilan.readers import read_path, read_paths

KIRKUK = ["At least nine people were killed when a car bomb exploded near a checkpoint in Kirkuk on Tuesday, "
          "police said.",
          "The blast went off shortly after 8 a.m. as commuters queued at the southern edge of the city.",
          "No group immediately claimed responsibility for the attack."]
GAO = ["Deux soldats maliens ont été tués et quatre autres blessés dimanche dans l'explosion d'une mine "
       "au passage de leur véhicule près de Gao, a-t-on appris de source militaire.",
       "L'engin a explosé vers 10 heures sur la route reliant Gao à Ansongo, selon la même source.",
       "Aucune revendication n'a été faite dans l'immédiat."]
CRAWLED = "2024-11-02T10:00:00Z"  # years after the articles: must never become their date
URLS = {"kirkuk": "https://www.dailyledger.example/world/kirkuk-bomb.html",
        "gao": "https://www.courrier-levant.example/afrique/gao-mine.html",
        "logo": "https://www.dailyledger.example/logo.png",
        "missing": "https://www.dailyledger.example/gone.html"}


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK",
              extra: list[tuple[str, str]] = ()) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": CRAWLED})
    writer.write_record(record)


def write_archive(path, gzipped: bool = True) -> None:
    """A crawl: warcinfo, a request, 2 HTML pages (one cp1252, one gzip-encoded and chunked), a PNG, a 404."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test crawler"}))
        request = StatusAndHeaders("GET /world/kirkuk-bomb.html HTTP/1.1", [("Host", "www.dailyledger.example")],
                                   is_http_request=True)
        writer.write_record(writer.create_warc_record(URLS["kirkuk"], "request", payload=BytesIO(b""),
                                                      http_headers=request))
        kirkuk = news_page(KIRKUK, lang="en", headline="Car bomb kills nine in Kirkuk", published="2016-05-03",
                           dated_url=False, charset="windows-1252")
        _response(writer, URLS["kirkuk"], kirkuk.encode("cp1252"), "text/html; charset=windows-1252")
        _response(writer, URLS["logo"], b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png")
        gao = gzip.compress(news_page(GAO, lang="fr", headline="Mali : deux soldats tués", published=None).encode())
        chunked = b"".join(b"%x\r\n%s\r\n" % (len(gao[i:i + 500]), gao[i:i + 500]) for i in range(0, len(gao), 500))
        _response(writer, URLS["gao"], chunked + b"0\r\n\r\n", "text/html",
                  extra=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])
        _response(writer, URLS["missing"], news_page(["Page introuvable, désolé pour la gêne occasionnée."]).encode(),
                  "text/html; charset=utf-8", status="404 Not Found")


@pytest.mark.parametrize("name, gzipped", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_html_responses_become_documents(tmp_path, name, gzipped):
    write_archive(tmp_path / name, gzipped)
    documents = list(read_path(tmp_path / name))
    assert [d.url for d in documents] == [URLS["kirkuk"], URLS["gao"]]
    kirkuk, gao = documents
    assert kirkuk.text.splitlines() == KIRKUK
    assert gao.text.splitlines() == GAO
    assert all(d.errors == [] for d in documents)
    assert not any(marker in kirkuk.text for marker in FURNITURE["en"].values())
    assert (kirkuk.title, kirkuk.site) == ("Car bomb kills nine in Kirkuk", "The Daily Ledger")
    # the page's own date, never the crawl's; an undated page stays undated
    assert (kirkuk.published, kirkuk.published_from) == ("2016-05-03", "metadata")
    assert (gao.published, gao.published_from) == (None, None)
    assert all(d.source.startswith(f"{tmp_path / name}@") for d in documents)
    offsets = [int(d.source.rsplit("@", 1)[1]) for d in documents]
    assert 0 < offsets[0] < offsets[1]


@pytest.mark.parametrize("name, gzipped", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_truncated_archive_keeps_the_pages_before_the_damage(tmp_path, name, gzipped):
    write_archive(tmp_path / name, gzipped)
    data = (tmp_path / name).read_bytes()
    (tmp_path / f"cut-{name}").write_bytes(data[: len(data) - 300])  # inside the last record (the 404)
    documents = list(read_paths([str(tmp_path / f"cut-{name}"), str(tmp_path / name)]))
    assert [d.url for d in documents] == [URLS["kirkuk"], URLS["gao"], None, URLS["kirkuk"], URLS["gao"]]
    assert [len(d.errors) for d in documents] == [0, 0, 1, 0, 0]
    damage = documents[2].errors[0]
    assert damage.code == "E012" and "ends inside this record" in damage.message
    assert documents[0].text.splitlines() == KIRKUK and documents[1].text.splitlines() == GAO


def test_archive_cut_inside_a_page_keeps_what_it_read(tmp_path):
    write_archive(tmp_path / "a.warc", gzipped=False)
    data = (tmp_path / "a.warc").read_bytes()
    end_of_kirkuk = data.index(b"</article>", data.index(KIRKUK[-1].encode("cp1252")))
    (tmp_path / "cut.warc").write_bytes(data[:end_of_kirkuk])  # the rest of the page and archive are lost
    [kirkuk] = read_path(tmp_path / "cut.warc")
    assert kirkuk.url == URLS["kirkuk"] and [e.code for e in kirkuk.errors] == ["E012"]
    assert kirkuk.text.splitlines() == KIRKUK


def test_gzip_cut_in_the_first_record_is_reported(tmp_path):
    write_archive(tmp_path / "a.warc.gz")
    (tmp_path / "cut.warc.gz").write_bytes((tmp_path / "a.warc.gz").read_bytes()[:200])
    [document] = read_path(tmp_path / "cut.warc.gz")
    assert [e.code for e in document.errors] == ["E012"]


def test_garbage_in_the_middle_gives_an_error_document(tmp_path):
    write_archive(tmp_path / "a.warc", gzipped=False)
    good = (tmp_path / "a.warc").read_bytes()
    (tmp_path / "bad.warc").write_bytes(good + b"this is not a WARC record at all\r\n\r\n" + good)
    documents = list(read_path(tmp_path / "bad.warc"))
    assert [d.url for d in documents[:2]] == [URLS["kirkuk"], URLS["gao"]]
    last = documents[-1]
    assert [e.code for e in last.errors] == ["E012"] and last.text == ""
    assert f"byte {len(good)}" in last.errors[0].message


def test_not_a_warc_at_all(tmp_path):
    (tmp_path / "empty.warc").write_bytes(b"")
    assert list(read_path(tmp_path / "empty.warc")) == []
    (tmp_path / "text.warc").write_bytes(b"Hello\r\n\r\nThis is plain text, not an archive.\r\n")
    [document] = read_path(tmp_path / "text.warc")
    assert [e.code for e in document.errors] == ["E012"]
