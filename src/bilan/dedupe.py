"""Stage `dedupe`: the same article twice, and one wire story copied by several sites.

An exact copy (same content hash, so the same document id) is processed once: its record
says `duplicate_of` and carries no incidents. A near-identical copy (MinHash over word
shingles, Jaccard >= `NEAR_DUPLICATE`) is extracted like any article, because its source
corroborates, but says `duplicate_of` the first copy so that downstream counts do not add
its claims twice. The index lives for one run (one `Deduplicator`); the store keeps what
must survive between runs.

The index remembers the last `WINDOW` documents only: copies of a wire story appear within
days of each other, and a run over an archive of millions must not grow by 2 KB an article.
An exact copy further back than that is extracted again (the store still skips it by hash).
"""

from __future__ import annotations

import re
from collections import deque

from datasketch import MinHash, MinHashLSH

NEAR_DUPLICATE = 0.8
PERMUTATIONS = 128
SHINGLE = 5
WORDS = re.compile(r"\w+")
WINDOW = 50_000  # documents: a day or two of a busy feed, about 90 MB of signatures


def _minhash(text: str) -> MinHash:
    words = WORDS.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    signature = MinHash(num_perm=PERMUTATIONS)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


class Deduplicator:
    """Remembers the last `window` documents of a run and says which one a new document copies."""

    def __init__(self, threshold: float = NEAR_DUPLICATE, window: int = WINDOW):
        self.window = window
        self.seen: set[str] = set()
        self.index = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        self._order: deque[str] = deque()  # ids in the order first seen, for forgetting the oldest

    def exact(self, document_id: str) -> bool:
        """True when this content was seen before in the window; remembers it otherwise."""
        if document_id in self.seen:
            return True
        self.seen.add(document_id)
        self._order.append(document_id)
        while len(self._order) > self.window:
            self._forget(self._order.popleft())
        return False

    def near(self, document_id: str, text: str) -> str | None:
        """The id of an earlier near-identical document, or None; remembers this one."""
        signature = _minhash(text)
        matches = sorted(self.index.query(signature))
        if document_id not in self.seen:  # asked without `exact` first: remember it all the same
            self.exact(document_id)
        if document_id not in self.index:
            self.index.insert(document_id, signature)
        return matches[0] if matches else None

    def _forget(self, document_id: str) -> None:
        self.seen.discard(document_id)
        if document_id in self.index:
            self.index.remove(document_id)
