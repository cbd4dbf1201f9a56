"""Score `bilan.extract` on the devset and the public corpora; gate on committed floors.

    python bench/evaluate.py                     # every dataset, tables, bench/results/evaluate.json
    python bench/evaluate.py --only devset -v    # one dataset, with the per-article listing
    python bench/evaluate.py --gate              # exit 1 when a metric falls below bench/baseline.json
    python bench/evaluate.py --write-baseline    # pin today's figures (rounded down a little) as floors

Data is read from $BILAN_SHARED (default: ../shared beside the repository); a dataset whose
folder is absent is skipped with a note. How each dataset is scored: bench/scoring.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import inspect
import json
import math
import sys
import time
import traceback
from pathlib import Path

import scoring
import shared_data

BENCH = Path(__file__).resolve().parent
DEFAULT_JSON = BENCH / "results" / "evaluate.json"
DEFAULT_BASELINE = BENCH / "baseline.json"
DEFAULT_TOLERANCE = 0.005


# ----------------------------------------------------------------------------------------
# Running bilan


def load_extract():
    return shared_data.import_bilan().extract


@functools.cache
def accepted_keywords(extract) -> set[str] | None:
    """The keyword arguments `extract` takes; None when it takes any (**kwargs)."""
    parameters = inspect.signature(extract).parameters.values()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        return None
    return {p.name for p in parameters}


def run_extract(extract, text: str, **metadata) -> dict:
    """One record as a dict; an exception becomes a per-document error, the batch goes on."""
    accepted = accepted_keywords(extract)
    keywords = {k: v for k, v in metadata.items() if accepted is None or k in accepted}
    try:
        record = extract(text, **keywords)
        return record if isinstance(record, dict) else record.to_dict()
    except Exception as exc:  # noqa: BLE001 - the benchmark must survive any extractor bug
        message = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return {"incidents": [], "cumulative_tolls": [], "errors": [{"code": "bench.exception", "message": message}]}


def extract_devset(extract, articles: list[dict]) -> list[dict]:
    return [run_extract(extract, a["raw_text"], published=a.get("published"), lang=a.get("lang"),
                        title=a.get("title"), external_id=a["id"]) for a in articles]


def extract_corpus(extract, docs: list[dict]) -> list[dict]:
    # Scores join on order; the id is passed too where the API takes one, so saved records carry it.
    return [run_extract(extract, d["text"], published=d.get("published"), lang=d.get("lang"),
                        title=d.get("title"), external_id=d["id"]) for d in docs]


# ----------------------------------------------------------------------------------------
# Datasets


def evaluate_devset(extract, devset_dir: Path) -> tuple[dict, list[dict]] | None:
    articles = shared_data.load_devset(devset_dir)
    if articles is None:
        return None
    started = time.perf_counter()
    records = extract_devset(extract, articles)
    result = scoring.score_devset(articles, records)
    result["info"] = {"docs": len(articles), "seconds": round(time.perf_counter() - started, 1),
                      "sha256": shared_data.devset_sha256(devset_dir), "path": str(devset_dir)}
    return result, records


def evaluate_corpus(extract, corpora_dir: Path, name: str) -> tuple[dict, list[dict]] | None:
    docs = shared_data.load_corpus(corpora_dir, name)
    if docs is None:
        return None
    started = time.perf_counter()
    records = extract_corpus(extract, docs)
    result = scoring.CORPUS_SCORERS[name](docs, records)
    result["metrics"]["extract_errors"] = sum(bool(r.get("errors")) for r in records)
    result["support"]["extract_errors"] = "docs with errors"
    result["lower_is_better"].append("extract_errors")
    path = shared_data.corpus_path(corpora_dir, name)
    result["info"] = {"docs": len(docs), "seconds": round(time.perf_counter() - started, 1),
                      "sha256": shared_data.file_sha256(path), "path": str(path)}
    return result, records


def flat_metrics(name: str, result: dict) -> dict[str, tuple[float | int | None, bool]]:
    """metric name -> (value, lower is better); devset languages become 'fr.toll_f1'."""
    if name != "devset":
        return {m: (v, m in result["lower_is_better"]) for m, v in result["metrics"].items()}
    parts = {"": result["all"], **{f"{lang}.": summary for lang, summary in result["by_lang"].items()}}
    return {prefix + m: (v, m in summary["lower_is_better"])
            for prefix, summary in parts.items() for m, v in summary["metrics"].items()}


# ----------------------------------------------------------------------------------------
# Tables


def format_table(rows: list[list[str]]) -> str:
    """Plain aligned text: first column left, the others right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_value(value) -> str:
    if value is None:
        return "n/a"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def format_cell(summary: dict, metric: str) -> str:
    value = format_value(summary["metrics"].get(metric))
    support = summary["support"].get(metric, "")
    # Rates show their fraction; F1 and counts carry their support in another row or column.
    return f"{value} ({support})" if "/" in support and not metric.endswith("f1") else value


DEVSET_LABELS = {
    "toll_precision": "toll precision",
    "toll_recall": "toll recall",
    "toll_f1": "toll F1",
    "source_right": "source right (of tolls found)",
    "city_right": "city right (of tolls found)",
    "date_right": "date right (of found, gold dated)",
    "cumulative_as_incident": "cumulative taken as incident (goal 0)",
    "false_alarms": "false alarms: incidents on negatives",
    "extract_errors": "articles with errors",
}


def devset_table(result: dict) -> str:
    langs = sorted(result["by_lang"])
    info = result["info"]
    counts = ", ".join(f"{lang} {sum(a['lang'] == lang for a in result['articles'])}" for lang in langs)
    header = (f"devset: {info['docs']} articles ({counts}), {info['seconds']} s, sha256 {info['sha256'][:12]}")
    rows = [["metric", "all", *langs]]
    for metric, label in DEVSET_LABELS.items():
        summaries = [result["all"], *(result["by_lang"][lang] for lang in langs)]
        rows.append([label, *(format_cell(summary, metric) for summary in summaries)])
    return f"{header}\n{format_table(rows)}"


def corpus_table(name: str, result: dict) -> str:
    info = result["info"]
    header = f"{name}: {info['docs']} docs, {info['seconds']} s, sha256 {info['sha256'][:12]}"
    rows = [["metric", "value", "support"]]
    for metric, value in result["metrics"].items():
        rows.append([metric, format_value(value), result["support"].get(metric, "")])
    return f"{header}\n{format_table(rows)}"


# ----------------------------------------------------------------------------------------
# Verbose listings


def shorten(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def devset_listing(result: dict) -> str:
    lines = ["devset, article by article (✓ = nothing to report)"]
    for article in result["articles"]:
        lines.extend(article_lines(article))
    return "\n".join(lines)


def article_lines(article: dict) -> list[str]:
    head = f"{article['id']} [{article['lang']}]{' NEGATIVE' if article['negative'] else ''}"
    head += f"  tolls: tp {article['tp']}  fp {article['fp']}  fn {article['fn']}"
    body = []
    for miss in article["missed"]:
        uncertain = "  (gold: uncertain)" if miss["uncertain"] else ""
        body.append(f"  missed    {' + '.join(miss['pairs'])}   gold source: {miss['source'] or 'none'}{uncertain}")
        body.append(f"            gold text: \"{shorten(miss['text'], 220)}\"")
    for extra in article["spurious"]:
        read_as = " / ".join(f'"{text}"' for text in extra["count_texts"])
        body.append(f"  spurious  {' + '.join(extra['pairs'])}   #{extra['incident']} read from {read_as}"
                    f"   source: {extra['source']}")
        body.append(f"            evidence: \"{shorten(extra['evidence'], 220)}\"")
    for what in ("source", "city", "date"):
        for wrong in article[f"wrong_{what}"]:
            body.append(f"  {what} ✗{'':<{7 - len(what)}} {wrong['pair']:<13} gold: {' | '.join(wrong['gold'])}"
                        f"   bilan: {' | '.join(wrong['predicted'])}")
    if article["cumulative_as_incident"]:
        body.append(f"  cumulative taken as incident: {', '.join(article['cumulative_as_incident'])}")
    for incident in article["false_alarm_incidents"]:
        body.append(f"  false alarm #{incident['id']} {incident['event_type']} / {incident['sub_event_type']}"
                    f" at {incident['location']} tolls: {', '.join(incident['tolls']) or 'none'}")
    for error in article["errors"]:
        body.append(f"  error {error.get('code')}: {shorten(error.get('message'))}")
    return [f"{head}  {'✓' if not body else ''}".rstrip(), *body]


def corpus_listing(name: str, result: dict) -> str:
    lines = [f"{name}, document by document"]
    for detail in result["details"]:
        gold = "  ".join(f"{k}={v}" for k, v in detail["gold"].items())
        lines.append(f"{detail['id']}  gold: {shorten(gold, 160)}")
        for key in ("lead", "missed", "spurious"):
            value = detail.get(key)
            if isinstance(value, dict):
                value = "  ".join(f"{k}={v}" for k, v in value.items())
            elif isinstance(value, list):
                value = ", ".join(value)
            if value:
                lines.append(f"  {key}: {value}")
        for incident in detail["incidents"]:
            lines.append(f"  #{incident['id']} {incident['event_type']} / {incident['sub_event_type']}"
                         f" at {incident['location']} tolls: {', '.join(incident['tolls']) or 'none'}")
        if not detail["incidents"]:
            lines.append("  no incident")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------
# Gate and baseline


def check_gate(results: dict, baseline: dict, tolerance: float) -> tuple[list[str], list[str]]:
    """(failures, notes): a floor crossed by more than the tolerance, or a ceiling exceeded."""
    failures, notes = [], []
    not_run = [name for name in baseline.get("datasets", {}) if name not in results]
    if not_run:
        notes.append(f"not run, not gated: {', '.join(not_run)}")
    for name, pinned in baseline.get("datasets", {}).items():
        if name not in results:
            continue
        if results[name]["info"]["sha256"] != pinned["sha256"]:
            notes.append(f"{name}: data changed (sha256 {results[name]['info']['sha256'][:12]} != pinned "
                         f"{pinned['sha256'][:12]}): reported, not gated; re-pin with --write-baseline")
            continue
        current = flat_metrics(name, results[name])
        for metric, floor in pinned.get("floors", {}).items():
            value = current.get(metric, (None, False))[0]
            if value is None:
                notes.append(f"{name}.{metric}: no value today (floor {floor})")
            elif value < floor - tolerance:
                failures.append(f"{name}.{metric} = {value:.3f} is below its floor {floor:.3f}")
        for metric, ceiling in pinned.get("ceilings", {}).items():
            value = current.get(metric, (None, True))[0]
            if value is not None and value > ceiling:
                failures.append(f"{name}.{metric} = {value} is above its ceiling {ceiling}")
    for name in results:
        if name not in baseline.get("datasets", {}):
            notes.append(f"{name}: no baseline yet, not gated")
    return failures, notes


def floor_of(value: float) -> float:
    """A floor a little under today's figure: one point down, then rounded down to 0.01."""
    return max(0.0, math.floor(value * 100 - 1) / 100)


def pinned_figures(name: str, result: dict) -> dict:
    floors, ceilings = {}, {}
    for metric, (value, lower_is_better) in flat_metrics(name, result).items():
        if value is None:
            continue
        if lower_is_better:
            ceilings[metric] = value
        else:
            floors[metric] = floor_of(value)
    return {"sha256": result["info"]["sha256"], "floors": floors, "ceilings": ceilings}


def regressions(old: dict, new: dict) -> list[str]:
    """Floors the new pin would lower, ceilings it would raise, on unchanged data."""
    if old.get("sha256") != new["sha256"]:
        return []
    lowered = [f"floor {m}: {v} -> {new['floors'].get(m)}" for m, v in old.get("floors", {}).items()
               if m in new["floors"] and new["floors"][m] < v]
    raised = [f"ceiling {m}: {v} -> {new['ceilings'].get(m)}" for m, v in old.get("ceilings", {}).items()
              if m in new["ceilings"] and new["ceilings"][m] > v]
    return lowered + raised


def write_baseline(results: dict, path: Path, allow_regression: bool) -> bool:
    """Pin the datasets that ran; the others keep their entries. False when it refused."""
    baseline = json.loads(path.read_text()) if path.is_file() else {}
    pinned = baseline.setdefault("datasets", {})
    baseline.setdefault("tolerance", DEFAULT_TOLERANCE)
    refused = False
    for name, result in results.items():
        new = pinned_figures(name, result)
        lost = regressions(pinned.get(name, {}), new)
        if lost and not allow_regression:
            print(f"{name}: not re-pinned, it would weaken the gate (use --allow-regression):")
            print("\n".join(f"  {line}" for line in lost))
            refused = True
            continue
        pinned[name] = new
    baseline["datasets"] = dict(sorted(pinned.items()))
    path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n")
    print(f"baseline written to {path}")
    return not refused


# ----------------------------------------------------------------------------------------
# Command line


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devset", type=Path, default=shared_data.default_devset_dir(),
                        help="devset folder (default: $BILAN_SHARED/devset or ../shared/devset)")
    parser.add_argument("--corpora", type=Path, default=shared_data.default_corpora_dir(),
                        help="corpora folder (default: $BILAN_SHARED/corpora or ../shared/corpora)")
    parser.add_argument("--only", action="append", choices=shared_data.DATASETS, metavar="DATASET",
                        help=f"run only this dataset (repeatable): {', '.join(shared_data.DATASETS)}")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write all figures")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every article / document")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a metric falls below its floor")
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help="floors file")
    parser.add_argument("--tolerance", type=float, default=None,
                        help=f"how far under a floor still passes (default: the baseline's, else {DEFAULT_TOLERANCE})")
    parser.add_argument("--write-baseline", action="store_true", help="pin today's figures as floors")
    parser.add_argument("--allow-regression", action="store_true",
                        help="let --write-baseline lower a floor on unchanged data")
    parser.add_argument("--save-records", type=Path, metavar="DIR",
                        help="also write bilan's records, one JSONL per dataset (e.g. bench/results/records)")
    return parser.parse_args(argv)


def run(args: argparse.Namespace, extract) -> dict[str, tuple[dict, list[dict]]]:
    outcomes = {}
    for name in args.only or shared_data.DATASETS:
        if name == "devset":
            outcome = evaluate_devset(extract, args.devset)
            where = args.devset
        else:
            outcome = evaluate_corpus(extract, args.corpora, name)
            where = shared_data.corpus_path(args.corpora, name)
        if outcome is None:
            print(f"{name}: absent ({where}), skipped")
            continue
        outcomes[name] = outcome
        result = outcome[0]
        print(devset_table(result) if name == "devset" else corpus_table(name, result))
        print()
    return outcomes


def save_records(outcomes: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (_, records) in outcomes.items():
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    print(f"records written to {folder}/")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        extract = load_extract()
    except (ImportError, AttributeError) as exc:
        print(f"cannot load bilan.extract: {exc}", file=sys.stderr)
        return 2
    outcomes = run(args, extract)
    results = {name: result for name, (result, _) in outcomes.items()}
    if args.verbose:
        for name, result in results.items():
            print(devset_listing(result) if name == "devset" else corpus_listing(name, result))
            print()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"generated": dt.datetime.now().isoformat(timespec="seconds"),
                                     "datasets": results}, indent=1, ensure_ascii=False) + "\n")
    print(f"figures written to {args.json}")
    if args.save_records:
        save_records(outcomes, args.save_records)
    status = 0
    if args.write_baseline and not write_baseline(results, args.baseline, args.allow_regression):
        status = 1
    if args.gate:
        baseline = json.loads(args.baseline.read_text()) if args.baseline.is_file() else {}
        tolerance = args.tolerance if args.tolerance is not None else baseline.get("tolerance", DEFAULT_TOLERANCE)
        failures, notes = check_gate(results, baseline, tolerance)
        for note in notes:
            print(f"gate note: {note}")
        for failure in failures:
            print(f"GATE FAIL: {failure}")
        print("gate: " + ("FAILED" if failures else "passed"))
        status = status or (1 if failures else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
