"""The `bilan` command: a thin layer over the library API.

    bilan extract PATH... [--published YYYY-MM-DD] [--lang auto|fr|en] [--field NAME=FIELD] [--all-entries]
                          [-o FILE] [--table]
    bilan gazetteer build [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from pathlib import Path

from . import language
from .analyse import PipelineMissing
from .models import Incident, Range, Record
from .pipeline import process_many
from .read import Document
from .readers import URL_PREFIXES, read_paths


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _field(value: str) -> tuple[str, str]:
    name, sep, field = value.partition("=")
    if not sep or not name or not field:
        raise argparse.ArgumentTypeError(f"{value!r} is not of the form NAME=FIELD (e.g. text=body)")
    return name, field


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bilan", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract incidents from articles, one bilan/1 JSON record per document")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="files (.txt, .html, .jsonl, .json, .warc, .rss/.atom/.xml, each maybe .gz), "
                              "folders (recursively), http(s) URLs of pages or feeds, or - for stdin")
    extract.add_argument("--field", action="append", default=[], metavar="NAME=FIELD", type=_field,
                         help="for JSON inputs: read bilan's NAME (text, html, id, published, lang, title, url, "
                              "site) from the input's FIELD, e.g. --field text=body --field published=date")
    extract.add_argument("--all-entries", action="store_true",
                         help="read every entry of a feed, including those seen in earlier runs")
    extract.add_argument("--published", type=_date, help="publication date for documents that do not give one")
    extract.add_argument("--lang", default="auto", help="auto (default) or a language code: "
                         + ", ".join(language.available_languages()))
    extract.add_argument("-o", "--output", type=Path, help="write JSON Lines here instead of stdout")
    extract.add_argument("--table", action="store_true", help="also print a table of the incidents on stderr")

    gazetteer = commands.add_parser("gazetteer", help="manage the GeoNames index")
    gazetteer.add_argument("action", choices=["build"])
    gazetteer.add_argument("--force", action="store_true", help="rebuild even if the index is current")
    return parser


def _with_defaults(documents: Iterable[Document], published: str | None, lang: str) -> Iterable[Document]:
    for document in documents:
        if published and not document.published:
            document.published, document.published_from = published, "option"
        if lang != "auto" and not document.lang:
            document.lang = lang
        yield document


def _range(r: Range) -> str:
    if r.best is None and r.low is None:
        return "-"
    low = r.low if r.low is not None else "?"
    high = r.high if r.high is not None else "?"
    best = r.best if r.best is not None else low
    return str(best) if low == high == best else f"{best} ({low}-{high})"


def _row(incident: Incident) -> list[str]:
    where = incident.location
    place = ", ".join(x for x in (where.name, where.city if where.city != where.name else None, where.country) if x)
    sources = sorted({c.source or "unattributed" for c in incident.claims})
    return [incident.date.value or (incident.date.text or "?"), place or "?", incident.sub_event_type or "?",
            _range(incident.estimate.killed), _range(incident.estimate.injured), "; ".join(sources)]


def format_table(records: list[Record]) -> str:
    header = ["date", "place", "type", "killed", "injured", "sources"]
    rows = [_row(i) for r in records for i in r.incidents]
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def _extract(args: argparse.Namespace) -> int:
    if args.lang != "auto" and args.lang not in language.available_languages():
        print(f"bilan: no language pack for {args.lang!r}", file=sys.stderr)
        return 2
    missing = [p for p in args.paths if p != "-" and not p.lower().startswith(URL_PREFIXES) and not Path(p).exists()]
    if missing:
        print(f"bilan: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        documents = read_paths(args.paths, fields=dict(args.field), all_entries=args.all_entries)
    except ValueError as exc:
        print(f"bilan: {exc}", file=sys.stderr)
        return 2
    documents = _with_defaults(documents, args.published, args.lang)
    if sys.stderr.isatty():
        from tqdm import tqdm
        documents = tqdm(documents, desc="extracting", unit="doc", file=sys.stderr)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    records: list[Record] = []
    counts = {"documents": 0, "incidents": 0, "errors": 0, "duplicates": 0}
    try:
        for record in process_many(documents):
            out.write(record.to_json() + "\n")
            counts["documents"] += 1
            counts["incidents"] += len(record.incidents)
            counts["errors"] += bool(record.errors)
            counts["duplicates"] += record.document.duplicate_of is not None
            if args.table:
                records.append(record)
    except PipelineMissing as exc:
        print(f"bilan: {exc}", file=sys.stderr)
        return 3
    finally:
        if args.output:
            out.close()
    if args.table:
        print(format_table(records), file=sys.stderr)
    print(f"{counts['documents']} documents, {counts['incidents']} incidents, {counts['errors']} with errors, "
          f"{counts['duplicates']} duplicates"
          + (f"; written to {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def _gazetteer(args: argparse.Namespace) -> int:
    from .gazetteer import build_index
    path = build_index(force=args.force)
    print(f"gazetteer index: {path}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"extract": _extract, "gazetteer": _gazetteer}[args.command]
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
