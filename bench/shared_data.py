"""Where the shared evaluation data lives, how to read it, and the hashes that pin it.

The texts belong to their publishers: they are read at run time from the shared folder
(`../shared` beside the repository, or $BILAN_SHARED) and never copied into the repository.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Dataset name -> the docs file under corpora/ that is scored (and hashed for the gate).
CORPORA = {
    "gva": "gva_semeval2018t5/docs.jsonl",
    "popcorn_fr": "popcorn_fr/docs.jsonl",
    "case2021_task2": "case2021_task2/docs.jsonl",
    "wikievents": "wikievents/docs.jsonl",
    "rams": "rams/docs.jsonl",
    "fakes_syria": "fakes_syria/docs.jsonl",
    "hrdsattack": "hrdsattack/docs.jsonl",
}
DATASETS = ("devset", *CORPORA)


def import_bilan():
    """The bilan package: the installed one (pip install -e .), else the repository's src/."""
    try:
        import bilan
    except ImportError:
        sys.path.insert(0, str(REPO / "src"))
        import bilan
    return bilan


def shared_dir() -> Path:
    return Path(os.environ.get("BILAN_SHARED") or REPO.parent / "shared")


def default_devset_dir() -> Path:
    return shared_dir() / "devset"


def default_corpora_dir() -> Path:
    return shared_dir() / "corpora"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def devset_files(devset_dir: Path) -> list[Path]:
    return sorted(devset_dir.glob("*.json"))


def devset_sha256(devset_dir: Path) -> str:
    """One hash over the sorted article files: each file's name, a NUL, then its bytes."""
    digest = hashlib.sha256()
    for path in devset_files(devset_dir):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def load_devset(devset_dir: Path) -> list[dict] | None:
    """The devset articles sorted by file name; None when the folder is absent."""
    files = devset_files(devset_dir) if devset_dir.is_dir() else []
    return [json.loads(path.read_text(encoding="utf-8")) for path in files] or None


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def corpus_path(corpora_dir: Path, name: str) -> Path:
    return corpora_dir / CORPORA[name]


def load_corpus(corpora_dir: Path, name: str) -> list[dict] | None:
    """The documents of one corpus; None when its file is absent."""
    path = corpus_path(corpora_dir, name)
    return load_jsonl(path) if path.is_file() else None
