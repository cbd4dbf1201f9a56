"""What the pre-filter lets through, what it turns away, and the time it saves.

    python bench/prefilter.py            # recall per dataset, what it turns away, speed-up on 1,000 mixed articles
    python bench/prefilter.py --n 3000

- recall: of the documents in which the full pipeline, filter off, finds an incident or a
  cumulative toll, the share the filter lets through to the model (the goal is all of them);
- turned away: the share of documents that skip the model, among those with something and
  those without;
- speed-up: `process_many` over bench/throughput.py's mixed corpus (three in four articles not
  about violence), with the filter and without, each in a fresh subprocess.
Reads ../shared/devset and ../shared/corpora (or $BILAN_SHARED) and skips what is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import shared_data
import throughput

DEFAULT_JSON = throughput.BENCH / "results" / "prefilter.json"


def datasets(devset_dir: Path, corpora_dir: Path) -> dict[str, list[dict]]:
    """Documents as bilan reads them (text, lang, published), by dataset."""
    found = {"examples": [{"text": t["text"], "lang": t["lang"]} for t in throughput.example_texts()],
             "non_violent_news": throughput.corpus_texts(throughput.NON_VIOLENT)}
    if devset := shared_data.load_devset(devset_dir):
        found["devset"] = [{"text": a["raw_text"], "lang": a["lang"], "published": a["published"]} for a in devset]
    for name in shared_data.CORPORA:
        if docs := shared_data.load_corpus(corpora_dir, name):
            found[name] = [{"text": d["text"], "lang": d.get("lang"), "published": d.get("published")} for d in docs]
    return found


def judge(docs: list[dict]) -> dict:
    """The filter's decisions against what the unfiltered pipeline finds."""
    bilan = shared_data.import_bilan()
    from bilan import pipeline

    let_through, filter_seconds = [], 0.0
    for doc in docs:
        pending = pipeline.prepare(bilan.Document(**doc))
        article = pending.task.article.text if pending.task else pending.record.document.text
        if not article:
            let_through.append(None)  # nothing to filter: empty, unreadable
            continue
        started = time.perf_counter()
        pipeline.may_hold_incident(article, bilan.language.load(pending.record.document.lang))
        filter_seconds += time.perf_counter() - started
        let_through.append(pending.task is not None)
    real_filter = pipeline.may_hold_incident
    pipeline.may_hold_incident = lambda text, pack: True
    try:
        holds = [bool(r.incidents or r.cumulative_tolls) for r in bilan.process_many(bilan.Document(**d) for d in docs)]
    finally:
        pipeline.may_hold_incident = real_filter
    judged = [(passed, held) for passed, held in zip(let_through, holds) if passed is not None]
    holding = [passed for passed, held in judged if held]
    empty = [passed for passed, held in judged if not held]
    return {"documents": len(docs), "with_incidents": len(holding), "let_through_of_those": sum(holding),
            "missed": len(holding) - sum(holding), "recall": sum(holding) / len(holding) if holding else None,
            "without_incidents": len(empty), "turned_away_of_those": len(empty) - sum(empty),
            "filter_ms_per_document": 1000 * filter_seconds / max(1, len(judged))}


def speed_up(n: int, devset_dir: Path, corpora_dir: Path) -> dict:
    pools = throughput.corpus_pools(devset_dir, corpora_dir)
    texts = throughput.repeat_to(throughput.mixed(pools["violent"], pools["non_violent"], n), n)
    langs = sorted({t["spacy_lang"] for t in texts})
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.jsonl"
        throughput.write_texts(texts, path)
        for setting in ("on", "off"):
            done = subprocess.run([sys.executable, __file__, "--worker", setting, "--texts", str(path),
                                   "--langs", ",".join(langs)], capture_output=True, text=True, check=False)
            results[setting] = throughput._last_json(done.stdout, done.stderr, done.returncode)
    on, off = results["on"], results["off"]
    if "run_s" in on and "run_s" in off:
        results["articles"] = n
        results["speed_up"] = off["run_s"] / on["run_s"]
        results["cpu_speed_up"] = off["cpu_s"] / on["cpu_s"]
        results["same_records"] = on["records_digest"] == off["records_digest"]
    return results


def run_worker(setting: str, texts_path: Path, langs: list[str]) -> None:
    if setting == "off":
        shared_data.import_bilan()
        from bilan import pipeline

        pipeline.may_hold_incident = lambda text, pack: True
    print(json.dumps(throughput.bilan_pass(texts_path, langs)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles of the mixed corpus timed with and without")
    parser.add_argument("--devset", type=Path, default=shared_data.default_devset_dir(), help="devset folder")
    parser.add_argument("--corpora-dir", type=Path, default=shared_data.default_corpora_dir(), help="corpora folder")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the figures")
    parser.add_argument("--worker", choices=("on", "off"), help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--langs", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        run_worker(args.worker, args.texts, args.langs.split(","))
        return 0
    judged = {name: judge(docs) for name, docs in datasets(args.devset, args.corpora_dir).items()}
    rows = [["dataset", "documents", "with incidents", "let through", "missed", "recall", "without", "turned away",
             "filter ms/doc"]]
    for name, r in judged.items():
        rows.append([name, r["documents"], r["with_incidents"], r["let_through_of_those"], r["missed"],
                     f"{r['recall']:.3f}" if r["recall"] is not None else "-", r["without_incidents"],
                     r["turned_away_of_those"], f"{r['filter_ms_per_document']:.2f}"])
    total = {key: sum(r[key] for r in judged.values())
             for key in ("documents", "with_incidents", "let_through_of_those", "missed", "without_incidents",
                         "turned_away_of_those")}
    rows.append(["all", *(total[k] for k in ("documents", "with_incidents", "let_through_of_those", "missed")),
                 f"{total['let_through_of_those'] / max(1, total['with_incidents']):.3f}", total["without_incidents"],
                 total["turned_away_of_those"], ""])
    print(format_table(rows))
    timing = speed_up(args.n, args.devset, args.corpora_dir)
    if "speed_up" in timing:
        print(f"\nprocess_many on {args.n} mixed articles: {timing['off']['run_s']:.1f} s without the filter, "
              f"{timing['on']['run_s']:.1f} s with it: {timing['speed_up']:.2f}x faster "
              f"({timing['cpu_speed_up']:.2f}x less CPU); same records: {timing['same_records']}")
    else:
        print(f"\ntiming failed: {timing}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"datasets": judged, "all": total, "timing": timing}, indent=1) + "\n")
    print(f"figures written to {args.json}")
    return 0 if total["missed"] == 0 else 1


def format_table(rows: list[list]) -> str:
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = ["  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:]))]) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
