"""The `bilan` command: a thin layer over the library API.

    bilan extract PATH... [--published YYYY-MM-DD] [--lang auto|fr|en] [--field NAME=FIELD] [--all-entries]
                          [--workers N] [--scheduler tcp://HOST:8786|local:N] [-o FILE | --to parquet://DIR]
                          [--table]
    bilan ingest PATH... [--db URL] [same reading and worker options as extract] [--window-days N]
                         [--distance-km KM] [--threshold S] [--batch-size N]
    bilan incidents [--db URL] [--country CC] [--city NAME] [--since DATE] [--until DATE] [--type TYPE]
                    [--source NAME] [--min-killed N] [--status open,confirmed,rejected|all] [--order date|-date|
                    killed|-killed] [--limit N] [--offset N]
    bilan show INCIDENT [--db URL] [--json]
    bilan export --format csv|acled|geojson|jsonl|parquet [-o FILE] [--db URL] [same filters as incidents]
    bilan review INCIDENT (--confirm | --reject | --set FIELD=VALUE | --split CLAIM | --merge OTHER)
                 --by NAME --note TEXT [--db URL]
    bilan link --rebuild [--db URL] [--window-days N] [--distance-km KM] [--threshold S]
    bilan gazetteer build [--force]
    bilan serve [--db URL] [--host 127.0.0.1] [--port 8000] [--tiles URL] [--cors ORIGIN]
    bilan token create NAME | list | revoke NAME [--db URL]

The database is --db, else $BILAN_DB, else ./bilan.db (SQLite); postgresql://... works the same.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import language
from .analyse import PipelineMissing
from .distributed import SCHEDULER_ENV, SchedulerUnreachable
from .export import BINARY_FORMATS, FORMATS
from .link import LinkOptions
from .models import Incident, MergedIncident, Range, Record
from .pipeline import BATCH_SIZE, process_many
from .read import Document
from .readers import URL_PREFIXES, read_paths
from .store import IncidentFilter, Store, StoreError


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


def _reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="+", metavar="PATH",
                         help="files (.txt, .html, .jsonl, .json, .warc, .rss/.atom/.xml, each maybe .gz), "
                              "folders (recursively), http(s) URLs of pages or feeds, or - for stdin")
    command.add_argument("--field", action="append", default=[], metavar="NAME=FIELD", type=_field,
                         help="for JSON inputs: read bilan's NAME (text, html, id, published, lang, title, url, "
                              "site) from the input's FIELD, e.g. --field text=body --field published=date")
    command.add_argument("--all-entries", action="store_true",
                         help="read every entry of a feed, including those seen in earlier runs")
    command.add_argument("--published", type=_date, help="publication date for documents that do not give one")
    command.add_argument("--lang", default="auto", help="auto (default) or a language code: "
                         + ", ".join(language.available_languages()))


def _compute_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                         help="worker processes, each with its own spaCy pipelines (default: one per core, "
                              f"{os.cpu_count()} here); inputs of one batch or less run in this process")
    command.add_argument("--scheduler", default=os.environ.get(SCHEDULER_ENV), metavar="ADDRESS",
                         help="run the model on a Dask cluster: tcp://HOST:8786, or local:N for a local one "
                              f"(default: ${SCHEDULER_ENV})")


def _database_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--db", metavar="URL",
                         help="sqlite:///FILE, a file path, or postgresql://USER@HOST/NAME "
                              "(default: $BILAN_DB, else ./bilan.db)")


def _link_options(command: argparse.ArgumentParser) -> None:
    defaults = LinkOptions()
    command.add_argument("--window-days", type=int, default=defaults.window_days,
                         help=f"link reports whose dates are at most this many days apart (default {defaults.window_days})")
    command.add_argument("--distance-km", type=float, default=defaults.distance_km,
                         help=f"... and whose places are at most this far apart (default {defaults.distance_km:g})")
    command.add_argument("--threshold", type=float, default=defaults.threshold,
                         help=f"score a pair needs to be linked (default {defaults.threshold:g})")


def _filter_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--country", help="ISO code (SY, SYR) or English name")
    command.add_argument("--city", help="city or place name, as shown in the table")
    command.add_argument("--since", type=_date, help="incidents on or after this date")
    command.add_argument("--until", type=_date, help="incidents on or before this date")
    command.add_argument("--type", help="ACLED event type or sub-event type, e.g. 'Air/drone strike'")
    command.add_argument("--source", help="only incidents with a claim by this source, e.g. OSDH")
    command.add_argument("--min-killed", type=int, help="only incidents whose best killed figure is at least this")
    command.add_argument("--status", default="open,confirmed",
                         help="comma-separated statuses among open, confirmed, rejected, or 'all' (default open,confirmed)")
    command.add_argument("--order", default="date", choices=["date", "-date", "killed", "-killed"])
    command.add_argument("--limit", type=int)
    command.add_argument("--offset", type=int, default=0)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bilan", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract incidents from articles, one bilan/1 JSON record per document")
    _reading_options(extract)
    _compute_options(extract)
    extract.add_argument("-o", "--output", type=Path, help="write JSON Lines here instead of stdout")
    extract.add_argument("--to", metavar="parquet://DIR",
                         help="write the records to a Parquet dataset partitioned by publication date instead")
    extract.add_argument("--table", action="store_true", help="also print a table of the incidents on stderr")

    ingest = commands.add_parser("ingest", help="extract articles into the incident database and link them")
    _reading_options(ingest)
    _compute_options(ingest)
    _database_option(ingest)
    _link_options(ingest)
    ingest.add_argument("--batch-size", type=int, default=BATCH_SIZE,
                        help=f"documents per transaction (default {BATCH_SIZE}); an interrupted ingest "
                             "keeps every whole batch")

    incidents = commands.add_parser("incidents", help="print a table of the incidents in the database")
    _database_option(incidents)
    _filter_options(incidents)

    show = commands.add_parser("show", help="one incident: its claims, their evidence, why its articles were linked")
    show.add_argument("incident", help="incident id (or a unique prefix of it)")
    _database_option(show)
    show.add_argument("--json", action="store_true", help="print the incident as JSON")

    export = commands.add_parser("export", help="write the incidents to a file")
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout; required for parquet)")
    _database_option(export)
    _filter_options(export)

    review = commands.add_parser("review", help="confirm, reject, correct, split or merge an incident")
    review.add_argument("incident", help="incident id (or a unique prefix of it)")
    action = review.add_mutually_exclusive_group(required=True)
    action.add_argument("--confirm", action="store_true", help="an analyst checked it")
    action.add_argument("--reject", action="store_true", help="not an incident of armed violence, or wrong")
    action.add_argument("--set", metavar="FIELD=VALUE", type=_field,
                        help="killed=40, killed=30-45, killed=30-35-45, injured=..., sub_event_type=..., "
                             "date=YYYY-MM-DD, perpetrator=..., target=...")
    action.add_argument("--split", metavar="CLAIM", help="move this claim (see `bilan show`) to an incident of its own")
    action.add_argument("--merge", metavar="OTHER", help="the other incident is the same event")
    review.add_argument("--by", required=True, metavar="NAME", help="who decides")
    review.add_argument("--note", required=True, metavar="TEXT", help="why")
    _database_option(review)

    relink = commands.add_parser("link", help="link every report again, keeping analysts' merges and splits")
    relink.add_argument("--rebuild", action="store_true", required=True)
    _database_option(relink)
    _link_options(relink)

    gazetteer = commands.add_parser("gazetteer", help="manage the GeoNames index")
    gazetteer.add_argument("action", choices=["build"])
    gazetteer.add_argument("--force", action="store_true", help="rebuild even if the index is current")

    serve = commands.add_parser("serve", help="the web dashboard and JSON API (http://127.0.0.1:8000, API docs at /docs)")
    _database_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--tiles", metavar="URL", default=os.environ.get("BILAN_TILES"),
                       help="a map tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                            "(default $BILAN_TILES; without one the map shows a world outline that needs no internet)")
    serve.add_argument("--tiles-attribution", metavar="TEXT", default=os.environ.get("BILAN_TILES_ATTRIBUTION"),
                       help="credit line the tile provider asks for, e.g. '© OpenStreetMap contributors'")
    serve.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                       help="let pages from this origin call the API (repeatable; none by default)")

    token = commands.add_parser("token", help="API tokens for the web app's write endpoints")
    token_actions = token.add_subparsers(dest="token_action", required=True)
    create = token_actions.add_parser("create", help="create a token for NAME and print it (once)")
    create.add_argument("name", help="who holds it: recorded as the author of their reviews")
    _database_option(create)
    listing = token_actions.add_parser("list", help="the tokens' names, when created and last used")
    _database_option(listing)
    revoke = token_actions.add_parser("revoke", help="revoke NAME's token")
    revoke.add_argument("name")
    _database_option(revoke)
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
    return _table(["date", "place", "type", "killed", "injured", "sources"],
                  [_row(i) for r in records for i in r.incidents])


def format_incidents(incidents: list[MergedIncident]) -> str:
    """The database's incidents: id first, then what `format_table` shows, and how many articles."""
    flags = {"confirmed": " ✓", "rejected": " ✗", "open": ""}
    rows = [[i.id + flags[i.status], *_row(i), str(len(i.documents)) + ("!" if i.estimate.disagreement else "")]
            for i in incidents]
    return _table(["incident", "date", "place", "type", "killed", "injured", "sources", "articles"], rows)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


class _Usage(Exception):
    """A mistake in the command line: message and exit code 2."""


def _documents(args: argparse.Namespace, verb: str) -> Iterable[Document]:
    if args.lang != "auto" and args.lang not in language.available_languages():
        raise _Usage(f"no language pack for {args.lang!r}")
    missing = [p for p in args.paths if p != "-" and not p.lower().startswith(URL_PREFIXES) and not Path(p).exists()]
    if missing:
        raise _Usage(f"no such file or folder: {', '.join(missing)}")
    try:
        documents = read_paths(args.paths, fields=dict(args.field), all_entries=args.all_entries)
    except ValueError as exc:
        raise _Usage(str(exc)) from None
    documents = _with_defaults(documents, args.published, args.lang)
    if sys.stderr.isatty():
        from tqdm import tqdm
        documents = tqdm(documents, desc=verb, unit="doc", file=sys.stderr)
    return documents


def _extractor(args: argparse.Namespace) -> Callable[[Iterable[Document]], Iterator[Record]]:
    """The stage functions on a Dask cluster, in a process pool, or in this process."""
    if args.workers < 1:
        raise _Usage("--workers must be at least 1")
    if args.scheduler:
        from .distributed import process_on_dask
        return lambda documents: process_on_dask(documents, args.scheduler)

    def run(documents: Iterable[Document]) -> Iterator[Record]:
        documents = iter(documents)
        first = list(itertools.islice(documents, BATCH_SIZE + 1))
        if args.workers == 1 or len(first) <= BATCH_SIZE:
            # A pool costs every worker a model load: not worth it for one batch.
            return process_many(itertools.chain(first, documents))
        from .workers import process_parallel
        return process_parallel(itertools.chain(first, documents), workers=args.workers)
    return run


def _extract(args: argparse.Namespace) -> int:
    documents = _documents(args, "extracting")
    if args.to:
        return _extract_to_dataset(args, documents)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    records: list[Record] = []
    counts = {"documents": 0, "incidents": 0, "errors": 0, "duplicates": 0}
    try:
        for record in _extractor(args)(documents):
            out.write(record.to_json() + "\n")
            counts["documents"] += 1
            counts["incidents"] += len(record.incidents)
            counts["errors"] += bool(record.errors)
            counts["duplicates"] += record.document.duplicate_of is not None
            if args.table:
                records.append(record)
    finally:
        if args.output:
            out.close()
    if args.table:
        print(format_table(records), file=sys.stderr)
    print(f"{counts['documents']} documents, {counts['incidents']} incidents, {counts['errors']} with errors, "
          f"{counts['duplicates']} duplicates"
          + (f"; written to {args.output}" if args.output else ""), file=sys.stderr)
    return 0


def _extract_to_dataset(args: argparse.Namespace, documents: Iterable[Document]) -> int:
    from .pipeline import batches
    from .sink import SCHEMES, ParquetDataset

    if not args.to.startswith(SCHEMES):
        raise _Usage(f"--to {args.to!r}: the supported target is parquet://DIR")
    if args.output or args.table:
        raise _Usage("--to writes the records itself: leave out -o and --table")
    dataset = ParquetDataset(args.to)
    counts = {"documents": 0, "incidents": 0, "errors": 0}
    for records in batches(_extractor(args)(documents), BATCH_SIZE):
        dataset.write(records)
        counts["documents"] += len(records)
        counts["incidents"] += sum(len(r.incidents) for r in records)
        counts["errors"] += sum(bool(r.errors) for r in records)
    print(f"{counts['documents']} documents, {counts['incidents']} incidents, {counts['errors']} with errors; "
          f"{dataset.files} files written under {dataset.root}", file=sys.stderr)
    return 0


def _gazetteer(args: argparse.Namespace) -> int:
    from .gazetteer import build_index
    path = build_index(force=args.force)
    print(f"gazetteer index: {path}", file=sys.stderr)
    return 0


def _store(args: argparse.Namespace) -> Store:
    options = LinkOptions()
    if hasattr(args, "window_days"):
        options = LinkOptions(window_days=args.window_days, distance_km=args.distance_km, threshold=args.threshold)
    return Store(args.db, options)


def _ingest(args: argparse.Namespace) -> int:
    documents = _documents(args, "ingesting")
    store = _store(args)
    if args.batch_size < 1:
        raise _Usage("--batch-size must be at least 1")
    summary = store.ingest(documents, extractor=_extractor(args), batch_size=args.batch_size)
    print(f"{summary.line()}; database {store.display_url}", file=sys.stderr)
    return 0


def _filter(args: argparse.Namespace) -> IncidentFilter:
    statuses = ["open", "confirmed", "rejected"] if args.status == "all" else \
        [s.strip() for s in args.status.split(",") if s.strip()]
    if bad := [s for s in statuses if s not in ("open", "confirmed", "rejected")]:
        raise _Usage(f"unknown status {', '.join(bad)}: open, confirmed, rejected or all")
    return IncidentFilter(country=args.country, city=args.city, since=_as_date(args.since), until=_as_date(args.until),
                          type=args.type, source=args.source, min_killed=args.min_killed, status=statuses,
                          limit=args.limit, offset=args.offset, order=args.order)


def _as_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _incidents(args: argparse.Namespace) -> int:
    store = _store(args)
    where = _filter(args)
    found = store.incidents(where)
    print(format_incidents(found))
    total = store.count(where)
    print(f"{len(found)} of {total} incidents" + (" (✓ confirmed, ✗ rejected, ! sources disagree)" if found else ""),
          file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    incident = _store(args).incident(args.incident)
    if args.json:
        print(json.dumps(incident.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_incident(incident))
    return 0


def format_incident(incident: MergedIncident) -> str:
    where = incident.location
    place = ", ".join(x for x in (where.name, where.city if where.city != where.name else None, where.admin1,
                                  where.country) if x) or "place unknown"
    lines = [f"incident {incident.id}  [{incident.status}]",
             f"  {incident.date.value or 'date unknown'}  {place}"
             + (f"  ({where.lat:.4f}, {where.lon:.4f})" if where.lat is not None else ""),
             f"  {incident.event_type or 'event type unknown'} / {incident.sub_event_type or '?'}"
             + (f", {incident.weapon}" if incident.weapon else ""),
             f"  killed {_range(incident.estimate.killed)}   injured {_range(incident.estimate.injured)}"
             + ("   SOURCES DISAGREE" if incident.estimate.disagreement else ""),
             f"  {len(incident.documents)} article(s), {incident.independent_documents} independent", "",
             "claims:"]
    titles = {d.id: d for d in incident.documents}
    for claim in incident.claims:
        figures = ", ".join(f"{kind} {getattr(claim, kind).text or _count(getattr(claim, kind))}"
                            for kind in ("killed", "injured") if getattr(claim, kind))
        flags = "".join(f" [{f}]" for f, on in (("total", claim.total), ("provisional", claim.provisional)) if on)
        document = titles.get(claim.document)
        lines.append(f"  {claim.id}  {claim.source or 'unattributed'}: {figures}{flags}")
        lines.append(f"      \u201c{claim.evidence.text}\u201d")
        if document:
            lines.append(f"      — {document.title or document.id}, {document.published or 'undated'}"
                         + (f", {document.url}" if document.url else "")
                         + (" (copy of another article)" if document.duplicate_of else ""))
    if incident.links:
        lines += ["", "why these articles were linked:"]
        for link_info in incident.links:
            reasons = "; ".join(f"{reason} ({weight:+.2f})" for reason, weight in link_info.reasons.items())
            lines.append(f"  {link_info.report} -> {link_info.other_report}: score {link_info.score:.2f}"
                         + (" (analyst)" if link_info.method == "review" else "") + f": {reasons}")
    if incident.reviews:
        lines += ["", "reviews:"]
        for review in incident.reviews:
            what = {"set": f"set {review.field}={review.value}", "split": f"split claim {review.claim}",
                    "merge": f"merged with {review.other_incident}"}.get(review.action, review.action)
            lines.append(f"  {review.at}  {review.by}: {what} — {review.note}")
    return "\n".join(lines)


def _count(count) -> str:
    return str(count.value if count.value is not None else count.min)


def _export(args: argparse.Namespace) -> int:
    from .export import write

    if args.format in BINARY_FORMATS and not args.output:
        raise _Usage(f"--format {args.format} writes a binary file: give -o FILE")
    store = _store(args)
    incidents = store.iter_incidents(_filter(args))
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        mode = "wb" if args.format in BINARY_FORMATS else "w"
        with args.output.open(mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as out:
            count = write(incidents, args.format, out)
        print(f"{count} incidents written to {args.output}", file=sys.stderr)
    else:
        count = write(incidents, args.format, sys.stdout)
        print(f"{count} incidents", file=sys.stderr)
    return 0


def _review(args: argparse.Namespace) -> int:
    action = next(a for a in ("confirm", "reject", "set", "split", "merge") if getattr(args, a))
    result = _store(args).review(args.incident, action, by=args.by, note=args.note,
                                 setting=args.set if action == "set" else None, claim=args.split, other=args.merge)
    print(result.message, file=sys.stderr)
    print(result.incident)
    return 0


def _link(args: argparse.Namespace) -> int:
    count = _store(args).relink()
    print(f"{count} incidents after linking every report again", file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .web.app import create_app

    try:
        app = create_app(_store(args), tile_url=args.tiles, cors_origins=args.cors or None,
                         tile_attribution=args.tiles_attribution)
    except ValueError as exc:
        raise _Usage(str(exc)) from None
    print(f"bilan: dashboard on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _token(args: argparse.Namespace) -> int:
    from .tokens import create_token, list_tokens, revoke_token

    store = _store(args)
    if args.token_action == "create":
        print(create_token(store, args.name))
        print(f"token for {args.name.strip()} created: it is shown only this once; send it as "
              "`Authorization: Bearer TOKEN`", file=sys.stderr)
    elif args.token_action == "list":
        rows = [[info.name, info.created_at.isoformat(timespec="seconds"),
                 info.last_used_at.isoformat(timespec="seconds") if info.last_used_at else "never"]
                for info in list_tokens(store)]
        print(_table(["name", "created", "last used"], rows))
    else:
        revoke_token(store, args.name)
        print(f"token of {args.name} revoked", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler = {"extract": _extract, "ingest": _ingest, "incidents": _incidents, "show": _show, "export": _export,
               "review": _review, "link": _link, "gazetteer": _gazetteer, "serve": _serve,
               "token": _token}[args.command]
    try:
        return handler(args)
    except (_Usage, StoreError, SchedulerUnreachable) as exc:
        print(f"bilan: {exc}", file=sys.stderr)
        return 2
    except PipelineMissing as exc:
        print(f"bilan: {exc}", file=sys.stderr)
        return 3
    except BrokenPipeError:
        # `bilan export ... | head`: the reader has what it wanted.
        sys.stdout = open(os.devnull, "w")
        return 0


if __name__ == "__main__":
    sys.exit(main())
