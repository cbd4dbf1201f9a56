"""The same article twice is processed once; a wire story copied by another site is marked."""

from __future__ import annotations

import bilan
from bilan import Document

STORY = ("Au moins 31 personnes ont été tuées lundi soir dans le bombardement de Jabal Badro, un quartier "
         "de l'est d'Alep, a indiqué l'Observatoire syrien des droits de l'homme (OSDH). Le nombre de morts "
         "pourrait augmenter car beaucoup de corps se trouvent encore sous les décombres, selon l'organisation. "
         "Les bâtiments ont subi des dégâts considérables, selon des photos transmises par des militants.")
COPY = STORY.replace("Le nombre de morts", "Le bilan") + "\nPublicité\nPartager sur Facebook"
OTHER = "Une frappe aérienne a tué douze civils dimanche à Idleb, selon l'OSDH."


def test_exact_and_near_copies():
    documents = [Document(text=t, lang="fr", published="2013-02-20") for t in (STORY, OTHER, STORY, COPY)]
    first, other, again, copy = bilan.process_many(documents)
    assert first.document.duplicate_of is None and other.document.duplicate_of is None
    assert again.document.id == first.document.id
    assert again.document.duplicate_of == first.document.id and again.incidents == []
    assert copy.document.duplicate_of == first.document.id
    assert copy.incidents[0].claims[0].killed.min == 31  # a copy still corroborates


def test_the_index_forgets_documents_past_its_window():
    from bilan.dedupe import Deduplicator

    deduplicator = Deduplicator(window=3)
    texts = [f"{STORY} Ref. {n}" for n in range(5)]
    for n, text in enumerate(texts):
        assert deduplicator.exact(str(n)) is False
        found = deduplicator.near(str(n), text)
        assert found == (None if n == 0 else str(max(0, n - 2)))  # the oldest of the 3 it remembers
    assert len(deduplicator.seen) == 3 and {str(n) for n in range(2, 5)} <= deduplicator.seen
    assert all(str(n) not in deduplicator.index for n in range(2))
    assert deduplicator.exact("0") is False  # forgotten: seen as new
