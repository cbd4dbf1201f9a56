"""Stage `dedupe`: the same article twice, and one wire story copied by several sites.

An exact copy (same content hash, so the same document id) is processed once: its record
says `duplicate_of` and carries no incidents. A near-identical copy (MinHash over word
shingles, Jaccard >= `NEAR_DUPLICATE`) is extracted like any article, because its source
corroborates, but says `duplicate_of` the first copy so that downstream counts do not add
its claims twice. The index lives for one run (one `Deduplicator`); the store (issue 4)
keeps what must survive between runs.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

NEAR_DUPLICATE = 0.8
PERMUTATIONS = 128
SHINGLE = 5
WORDS = re.compile(r"\w+")


def _minhash(text: str) -> MinHash:
    words = WORDS.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    signature = MinHash(num_perm=PERMUTATIONS)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


class Deduplicator:
    """Remembers the documents of a run and says which one a new document copies."""

    def __init__(self, threshold: float = NEAR_DUPLICATE):
        self.seen: set[str] = set()
        self.index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)

    def exact(self, document_id: str) -> bool:
        """True when this content was seen before in the run; remembers it otherwise."""
        if document_id in self.seen:
            return True
        self.seen.add(document_id)
        return False

    def near(self, document_id: str, text: str) -> str | None:
        """The id of an earlier near-identical document, or None; remembers this one."""
        signature = _minhash(text)
        matches = sorted(self.index.query(signature))
        self.index.insert(document_id, signature)
        return matches[0] if matches else None
