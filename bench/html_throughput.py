"""Pages per second of the HTML reader, alone and followed by `bilan.process_many`.

    python bench/html_throughput.py            # the 30 devset articles in news pages, cycled to 300
    python bench/html_throughput.py --n 1000

The pages are tests/readers/news_page.py's template (nav, cookie banner, ads, "read also" box,
comments, related articles, JSON-LD) around each devset article's `raw_text`, one <p> per line.
The texts are read from the shared folder at run time, never stored in the repository. Besides
speed, the table counts what the reader got wrong: article lines lost and furniture let through.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from itertools import cycle, islice
from pathlib import Path

import shared_data

NEWS_PAGE = shared_data.REPO / "tests" / "readers" / "news_page.py"


def load_news_page():
    """The test template module, loaded by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("news_page", NEWS_PAGE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_pages(articles: list[dict], n: int | None = None) -> list[dict]:
    """n pages cycling through the articles (one each by default), with the paragraphs expected back and the
    furniture that must not come back. Copies after the first end with their own line, so that the
    pipeline's deduplication (exact copies are processed once) does not skip them."""
    template = load_news_page()
    pages = []
    for copy, article in enumerate(islice(cycle(articles), n or len(articles))):
        paragraphs = [line.strip() for line in article["raw_text"].splitlines() if line.strip()]
        if copy >= len(articles):
            paragraphs.append(f"Ref. {copy}.")
        html = template.news_page(paragraphs, lang=article["lang"], headline=article.get("title") or paragraphs[0][:90],
                                  published=article.get("published"), slug=article["id"])
        furniture = list(template.FURNITURE[article["lang"]].values())
        pages.append({"html": html, "paragraphs": paragraphs, "furniture": furniture, "bytes": len(html.encode("utf-8"))})
    return pages


def reader_pass(pages: list[dict]) -> tuple[float, list]:
    from bilan.readers.html import document_from_html

    started = time.perf_counter()
    documents = [document_from_html(p["html"], source=f"page-{i}.html") for i, p in enumerate(pages)]
    return time.perf_counter() - started, documents


def pipeline_pass(pages: list[dict]) -> tuple[float, int]:
    bilan = shared_data.import_bilan()
    from bilan.readers.html import document_from_html

    started = time.perf_counter()
    documents = (document_from_html(p["html"], source=f"page-{i}.html") for i, p in enumerate(pages))
    incidents = sum(len(record.incidents) for record in bilan.process_many(documents))
    return time.perf_counter() - started, incidents


def quality(pages: list[dict], documents: list) -> dict:
    lost = leaked = exact = 0
    for page, document in zip(pages, documents):
        lines = document.text.splitlines()
        lost += sum(1 for p in page["paragraphs"] if p not in lines)
        leaked += sum(1 for marker in page["furniture"] if marker in document.text)
        exact += lines == page["paragraphs"]
    return {"lost": lost, "paragraphs": sum(len(p["paragraphs"]) for p in pages), "leaked": leaked,
            "exact": exact, "dated": sum(1 for d in documents if d.published_from == "metadata")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300, help="pages per pass (the devset's 30 repeat)")
    parser.add_argument("--devset", type=Path, default=shared_data.default_devset_dir(), help="devset folder")
    args = parser.parse_args(argv)
    articles = shared_data.load_devset(args.devset)
    if not articles:
        print(f"no devset at {args.devset}", file=sys.stderr)
        return 2
    shared_data.import_bilan()
    distinct = build_pages(articles)
    pages = build_pages(articles, args.n)

    reader_pass(distinct[:3])  # imports and trafilatura's first-call setup are not throughput
    reader_s, documents = reader_pass(pages)
    checks = quality(distinct, documents[: len(distinct)])

    bilan = shared_data.import_bilan()
    loading = time.perf_counter()
    for warm in ("Au moins 3 personnes ont été tuées à Alep.", "At least 3 people were killed in Aleppo."):
        bilan.extract(warm)
    load_s = time.perf_counter() - loading
    pipeline_s, incidents = pipeline_pass(pages)

    size_kb = sum(p["bytes"] for p in pages) / len(pages) / 1024
    n = len(pages)
    rows = [("pass", "pages", "seconds", "pages/s", "ms/page"),
            ("HTML reader (document_from_html)", n, reader_s, n / reader_s, reader_s / n * 1e3),
            ("HTML reader + bilan.process_many", n, pipeline_s, n / pipeline_s, pipeline_s / n * 1e3)]
    print(f"{len(distinct)} devset articles in news pages of {size_kb:.0f} kB on average, cycled to {len(pages)}"
          f" (copies made unique); models loaded beforehand ({load_s:.1f} s)")
    print(f"{rows[0][0]:<34} {rows[0][1]:>6} {rows[0][2]:>8} {rows[0][3]:>8} {rows[0][4]:>8}")
    for name, count, seconds, rate, ms in rows[1:]:
        print(f"{name:<34} {count:>6} {seconds:>8.2f} {rate:>8.1f} {ms:>8.1f}")
    print(f"reader share of the whole: {reader_s / pipeline_s:.0%}; incidents found: {incidents}")
    print(f"quality on the {len(distinct)} distinct pages: {checks['lost']}/{checks['paragraphs']} paragraphs lost,"
          f" {checks['leaked']} furniture blocks leaked, {checks['exact']}/{len(distinct)} texts exact,"
          f" {checks['dated']} dated from metadata")
    return 0


if __name__ == "__main__":
    sys.exit(main())
