"""The incident database, on a SQLite file and on the PostgreSQL server: ingest, link,
reconcile, review, query. The articles are the seeds and examples/reports.jsonl:
the Jabal Badro missile told by AFP (OSDH, 31 killed), SANA (15) and an English wire
(OSDH, 29, a day earlier); a car bomb in another district of Aleppo the same day; an air
strike near Sarmada told in French and in English."""

from __future__ import annotations

from pathlib import Path

import json

import pytest
from sqlalchemy import select

from bilan import schema
from bilan.read import Document, read_paths
from bilan.store import IncidentFilter, Store, StoreError, database_url

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEEDS, LINKING = EXAMPLES / "seeds.jsonl", EXAMPLES / "reports.jsonl"

SEED_2013, SEED_2016 = "000_fd50a8c8dfb6c8ed", "002_4a3d8cf1c663f490"
LINKING_DOCS = {json.loads(line)["id"]: json.loads(line) for line in LINKING.read_text().splitlines()}


def _by_external(store: Store) -> dict[str, str]:
    """external id of each article -> the incident that holds its (first) report."""
    found = {}
    for incident in store.incidents(IncidentFilter(status=["open", "confirmed", "rejected"])):
        for document in incident.documents:
            found.setdefault(document.external_id, incident.id)
    return found


def _jabal_badro(store: Store):
    return store.incident(_by_external(store)[SEED_2013])


def test_one_incident_told_by_three_articles_in_two_languages(linked_store):
    incident = _jabal_badro(linked_store)
    assert {d.external_id for d in incident.documents} == {SEED_2013, "sana-jabal-badro", "wire-jabal-badro"}
    assert incident.location.name == "Jabal Badro" and incident.location.country == "SY"
    assert incident.date.value == "2013-02-18"
    assert incident.sub_event_type == "Shelling/artillery/missile attack"
    sources = {(c.source, c.killed.min if c.killed else None) for c in incident.claims}
    assert ("Syrian Observatory for Human Rights", 31) in sources
    assert ("Syrian Observatory for Human Rights", 29) in sources
    assert ("SANA", 15) in sources
    # Every claim of every article is kept, with the article it came from.
    assert {c.document for c in incident.claims} == {d.id for d in incident.documents}


def test_reconciled_estimate_of_the_merged_incident(linked_store):
    killed = _jabal_badro(linked_store).estimate.killed
    # low: SANA's 15; best: OSDH's latest word (31, the day after its 29); high: 31.
    assert (killed.low, killed.best, killed.high) == (15, 31, 31)
    assert not _jabal_badro(linked_store).estimate.disagreement  # "at least 15" and "at least 31" can both be true


def test_links_are_stored_with_score_and_reasons(linked_store):
    incident = _jabal_badro(linked_store)
    assert len(incident.links) == 2
    for link in incident.links:
        assert link.score >= linked_store.options.threshold
        assert any(reason.startswith("same day") for reason in link.reasons)
        assert any(reason.startswith("text similarity") for reason in link.reasons)


def test_two_incidents_in_one_city_on_one_day_stay_apart(linked_store):
    incidents = _by_external(linked_store)
    assert incidents["aleppo-car-bomb"] != incidents[SEED_2013]
    car_bomb = linked_store.incident(incidents["aleppo-car-bomb"])
    assert car_bomb.location.name == "Salaheddine"
    assert car_bomb.estimate.killed.best == 4
    assert [d.external_id for d in car_bomb.documents] == ["aleppo-car-bomb"]


def test_french_and_english_reports_merge(linked_store):
    incidents = _by_external(linked_store)
    assert incidents["idlib-strike-fr"] == incidents["idlib-strike-en"]
    strike = linked_store.incident(incidents["idlib-strike-fr"])
    assert {d.lang for d in strike.documents} == {"fr", "en"}
    assert strike.estimate.killed.best == 28


def test_incidents_of_one_article_never_merge(linked_store):
    incidents = _by_external(linked_store)
    seed_2016 = [i for i in linked_store.incidents() if any(d.external_id == SEED_2016 for d in i.documents)]
    assert len(seed_2016) == 4
    assert incidents[SEED_2016] != incidents[SEED_2013]


def test_filters(linked_store):
    everything = linked_store.incidents()
    assert len(everything) == 7
    assert linked_store.count() == 7
    assert {i.location.country for i in linked_store.incidents(IncidentFilter(country="SYR"))} == {"SY"}
    assert linked_store.incidents(IncidentFilter(country="FR")) == []
    since = linked_store.incidents(IncidentFilter(since=__import__("datetime").date(2016, 5, 4)))
    assert [i.sub_event_type for i in since] == ["Air/drone strike"]
    strikes = linked_store.incidents(IncidentFilter(type="air/drone strike"))
    assert len(strikes) == 2
    assert {i.id for i in linked_store.incidents(IncidentFilter(type="Explosions/Remote violence"))} >= \
        {i.id for i in strikes}
    by_sana = linked_store.incidents(IncidentFilter(source="SANA"))
    assert all(any(c.source == "SANA" for c in i.claims) for i in by_sana) and len(by_sana) == 4
    heavy = linked_store.incidents(IncidentFilter(min_killed=20, order="-killed"))
    assert [i.estimate.killed.best for i in heavy] == [31, 28]
    page = linked_store.incidents(IncidentFilter(order="date", limit=2, offset=1))
    assert [i.id for i in page] == [i.id for i in everything[1:3]]


def test_reingesting_is_a_no_op(linked_store):
    before = linked_store.stats()
    summary = linked_store.ingest(read_paths([str(SEEDS), str(LINKING)]))
    assert (summary.documents, summary.stored, summary.skipped, summary.reports) == (7, 0, 7, 0)
    assert linked_store.stats() == before


def test_the_same_text_from_another_outlet_is_a_copy(db_url):
    store = Store(db_url)
    text = LINKING_DOCS["idlib-strike-en"]["text"]
    store.ingest([Document(text=text, published="2016-05-05", lang="en", source="https://a.example/1")])
    summary = store.ingest([Document(text=text, published="2016-05-05", lang="en", source="https://b.example/2"),
                            Document(text=text, published="2016-05-05", lang="en", source="https://b.example/2")])
    assert (summary.stored, summary.copies) == (0, 1)
    assert store.stats()["copies"] == 1


def test_near_copy_of_a_wire_story_corroborates_but_is_not_independent(db_url):
    store = Store(db_url)
    original = LINKING_DOCS["idlib-strike-en"]
    copy = original["text"].replace("It was not immediately clear who carried out the strike.",
                                    "It was not clear who carried out the strike, the monitor added.")
    store.ingest([Document(text=original["text"], published="2016-05-05", lang="en", source="wire"),
                  Document(text=copy, published="2016-05-05", lang="en", source="https://site.example/copy")])
    [listed] = store.incidents()
    incident = store.incident(listed.id)
    assert len(incident.documents) == 2
    assert incident.independent_documents == 1
    assert sum(d.duplicate_of is not None for d in incident.documents) == 1
    assert any("copies of one story" in reason for link in incident.links for reason in link.reasons)


def test_bad_documents_are_stored_with_their_error_and_do_not_stop_the_batch(db_url):
    store = Store(db_url)
    summary = store.ingest([Document(text="", source="empty.txt"),
                            Document(text=LINKING_DOCS["idlib-strike-fr"]["text"], published="2016-05-05"),
                            Document(text="Quelque chose.", published="pas une date", source="bad-date.txt")])
    assert (summary.stored, summary.errors) == (3, 2)
    with store.sessions() as session:
        errors = {d.source: [e["code"] for e in d.errors] for d in session.scalars(select(schema.Document))}
    assert errors["empty.txt"] == ["E002"] and errors["bad-date.txt"] == ["E008"]
    assert len(store.incidents()) == 1


def test_linking_is_incremental(db_url):
    store = Store(db_url)
    store.ingest(read_paths([str(SEEDS)]))
    first = {i.id: len(i.documents) for i in store.incidents()}
    jabal = next(i for i in store.incidents() if i.location.name == "Jabal Badro").id
    summary = store.ingest(read_paths([str(LINKING)]))
    assert summary.joined == 3
    after = {i.id: len(i.documents) for i in store.incidents()}
    assert set(first) <= set(after)  # existing incidents keep their ids
    assert after[jabal] == 3


# ----------------------------------------------------------------------------------------
# Reviews


@pytest.fixture
def reviewed(db_url):
    store = Store(db_url)
    store.ingest(read_paths([str(SEEDS), str(LINKING)]))
    return store


def test_set_killed_overrides_the_best_figure_and_is_kept(reviewed):
    jabal = _jabal_badro(reviewed).id
    result = reviewed.review(jabal[:10], "set", by="Ana", note="hospital list has 40 names", setting=("killed", "40"))
    assert result.incident == jabal
    incident = reviewed.incident(jabal)
    assert (incident.estimate.killed.low, incident.estimate.killed.best, incident.estimate.killed.high) == (15, 40, 40)
    [review] = incident.reviews
    assert (review.action, review.field, review.value, review.by, review.note) == \
        ("set", "killed", "40", "Ana", "hospital list has 40 names")
    reviewed.review(jabal, "set", by="Ana", note="range", setting=("killed", "30-45"))
    killed = reviewed.incident(jabal).estimate.killed
    assert (killed.low, killed.best, killed.high) == (30, 40, 45)


def test_confirm_and_reject(reviewed):
    car_bomb = _by_external(reviewed)["aleppo-car-bomb"]
    reviewed.review(car_bomb, "reject", by="Bo", note="army checkpoint, not a bombing")
    assert car_bomb not in {i.id for i in reviewed.incidents()}
    assert reviewed.incident(car_bomb).status == "rejected"
    reviewed.review(car_bomb, "confirm", by="Bo", note="checked again")
    assert reviewed.incident(car_bomb).status == "confirmed"


def test_bad_reviews_are_refused_with_a_clear_message(reviewed):
    jabal = _jabal_badro(reviewed).id
    with pytest.raises(StoreError, match="not a figure"):
        reviewed.review(jabal, "set", by="Ana", note="x", setting=("killed", "forty"))
    with pytest.raises(StoreError, match="cannot set"):
        reviewed.review(jabal, "set", by="Ana", note="x", setting=("colour", "red"))
    with pytest.raises(StoreError, match="no incident"):
        reviewed.review("nope", "confirm", by="Ana", note="x")
    with pytest.raises(StoreError, match="needs --by"):
        reviewed.review(jabal, "confirm", by=" ", note="x")
    with pytest.raises(StoreError, match="not a claim of incident"):
        reviewed.review(jabal, "split", by="Ana", note="x", claim="nope.1")
    assert _jabal_badro(reviewed).reviews == []


def test_split_and_merge_survive_relinking_and_reingest(reviewed):
    incidents = _by_external(reviewed)
    jabal = reviewed.incident(incidents[SEED_2013])
    sana_claim = next(c for c in jabal.claims if c.source == "SANA")
    split = reviewed.review(jabal.id, "split", by="Ana", note="SANA means another strike", claim=sana_claim.id)
    assert split.incident != jabal.id
    assert [c.id for c in reviewed.incident(split.incident).claims] == [sana_claim.id]
    assert reviewed.incident(jabal.id).estimate.killed.low == 29

    fr, en = incidents["idlib-strike-fr"], incidents["aleppo-car-bomb"]
    merged = reviewed.review(fr, "merge", by="Bo", note="test merge", other=en).incident
    assert len(reviewed.incident(merged).documents) == 3
    reviewed.review(jabal.id, "set", by="Ana", note="n", setting=("killed", "33"))

    def shape():
        return sorted(sorted(d.external_id for d in i.documents) for i in reviewed.incidents())

    before = shape()
    reviewed.relink()
    assert shape() == before
    assert reviewed.incident(jabal.id).estimate.killed.best == 33
    reviewed.ingest(read_paths([str(SEEDS), str(LINKING)]))
    assert shape() == before
    # The old id of a merged incident still finds it.
    assert reviewed.resolve(en) == merged


def test_merge_keeps_the_older_incident_id(reviewed):
    incidents = _by_external(reviewed)
    result = reviewed.review(incidents["aleppo-car-bomb"], "merge", by="Bo", note="n", other=incidents[SEED_2013])
    assert result.incident == incidents[SEED_2013]
    with pytest.raises(StoreError, match="itself"):
        reviewed.review(result.incident, "merge", by="Bo", note="n", other=incidents["aleppo-car-bomb"])


def test_database_url():
    assert database_url("bilan.db") == "sqlite:///bilan.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_unreachable_database_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot open the database"):
        Store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_the_migration_gives_exactly_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = Store(db_url)
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), schema.Base.metadata)
    assert diff == []
