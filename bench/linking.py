"""Cross-article linking measured on the Gun Violence Archive articles of the shared corpora.

    python bench/linking.py                    # pairwise precision / recall, written to bench/results/linking.json
    python bench/linking.py --threshold 0.4    # try other link options
    python bench/linking.py --verbose          # every scored gold pair and its reasons

The 39 articles are ingested into a fresh SQLite database in publication order, as a
monitor would receive them; then two measures:
- **pairs.jsonl**: the 62 annotated pairs (30 same incident, 32 hard negatives: same
  state, close dates). A pair is predicted "same" when both articles' reports are in one
  incident.
- **clusters**: every pair of the 39 articles, same incident when GVA's incident ids agree.
Articles for which extraction found no incident cannot be linked: they count as misses,
and the number is printed, since that part is extraction's, not linking's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import shared_data

BENCH = Path(__file__).resolve().parent


def _scores(predicted: list[bool], gold: list[bool]) -> dict:
    tp = sum(p and g for p, g in zip(predicted, gold))
    fp = sum(p and not g for p, g in zip(predicted, gold))
    fn = sum(g and not p for p, g in zip(predicted, gold))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn, "pairs": len(gold)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=shared_data.default_corpora_dir())
    parser.add_argument("--window-days", type=int)
    parser.add_argument("--distance-km", type=float)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", type=Path, default=BENCH / "results" / "linking.json")
    args = parser.parse_args(argv)

    bilan = shared_data.import_bilan()
    from bilan.link import LinkOptions
    from bilan.store import Store

    folder = args.corpora / "gva_semeval2018t5"
    if not folder.is_dir():
        print(f"no GVA corpus at {folder}", file=sys.stderr)
        return 2
    docs = shared_data.load_jsonl(folder / "docs.jsonl")
    pairs = shared_data.load_jsonl(folder / "pairs.jsonl")
    clusters = shared_data.load_jsonl(folder / "clusters.jsonl")
    defaults = LinkOptions()
    options = LinkOptions(window_days=args.window_days if args.window_days is not None else defaults.window_days,
                          distance_km=args.distance_km or defaults.distance_km,
                          threshold=args.threshold if args.threshold is not None else defaults.threshold)
    docs.sort(key=lambda d: (d.get("published") or "", d["id"]))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/gva.db", options)
        store.ingest(bilan.Document(text=d["text"], external_id=d["id"], published=d.get("published"),
                                    lang=d.get("lang"), title=d.get("title"), url=d.get("url"), source="gva")
                     for d in docs)
        incidents_of: dict[str, set[str]] = {}
        for incident in store.incidents(bilan.IncidentFilter(status=["open", "confirmed", "rejected"])):
            for document in incident.documents:
                incidents_of.setdefault(document.external_id, set()).add(incident.id)
        store.close()

    def same(a: str, b: str) -> bool:
        return bool(incidents_of.get(a, set()) & incidents_of.get(b, set()))

    gold_incident = {doc_id: c["incident_id"] for c in clusters for doc_id in c["doc_ids"]}
    ids = sorted(gold_incident)
    all_pairs = list(itertools.combinations(ids, 2))
    result = {
        "options": options.to_dict(),
        "documents": len(docs),
        "documents_without_incident": sum(1 for d in docs if d["id"] not in incidents_of),
        "annotated_pairs": _scores([same(p["a"], p["b"]) for p in pairs], [p["same_incident"] for p in pairs]),
        "hard_negatives_linked": sum(same(p["a"], p["b"]) for p in pairs if not p["same_incident"]),
        "all_pairs_from_clusters": _scores([same(a, b) for a, b in all_pairs],
                                           [gold_incident[a] == gold_incident[b] for a, b in all_pairs]),
    }
    if args.verbose:
        for p in pairs:
            print(("SAME " if p["same_incident"] else "DIFF ") + ("linked  " if same(p["a"], p["b"]) else "apart   ")
                  + f"{p['a']} {p['b']}")
    print(json.dumps(result, indent=2))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
