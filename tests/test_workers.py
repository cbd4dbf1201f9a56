"""The process pool writes the records `process_many` writes, and loses no document when a worker dies."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from bilan import Document, process_many
from bilan.pipeline import extract_batch
from bilan.workers import IN_FLIGHT_PER_WORKER, WorkerPool, process_parallel

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds.jsonl"
WORKERS = 2
BATCH = 2  # small, so that a dozen documents make several batches in flight at once
# A worker handed a document holding one of these dies as the kernel's OOM killer would kill it.
KILLS_ITS_WORKER = "POISON-PILL"
KILLS_ITS_WORKER_ONCE = "KILL-ONCE:"  # followed by the path of a flag file: the second time, it is extracted

ENGLISH = [
    "A suicide bomber killed 12 people at a market in Mogadishu on Friday, police said.",
    "The city council approved the new budget on Tuesday after a long debate.",
    "At least 23 civilians were killed in the shelling of Douma, the Syrian Observatory for Human Rights said.",
    "Gunmen killed 15 villagers and wounded 20 others in Zamfara state overnight, residents said.",
    "The central bank kept its main rate at 4.25 percent, as economists had expected.",
    "Three policemen were shot dead at a checkpoint near Quetta on Sunday.",
    "A suicide bomber killed 12 people at a market in Mogadishu on Friday, police said.",  # an exact copy
    "",  # an empty document still gets its record
]


def chaos_stage(tasks):
    """`extract_batch`, except that a marked document kills the worker process extracting it."""
    for task in tasks:
        text = task.article.text
        if KILLS_ITS_WORKER_ONCE in text:
            flag = Path(text.split(KILLS_ITS_WORKER_ONCE, 1)[1].split()[0])
            if not flag.exists():
                flag.touch()
                os.kill(os.getpid(), signal.SIGKILL)
        elif KILLS_ITS_WORKER in text:
            os.kill(os.getpid(), signal.SIGKILL)
    return extract_batch(tasks)


def _documents(texts: list[str], lang: str | None = "en") -> list[Document]:
    return [Document(text=text, lang=lang, published="2024-05-03", external_id=str(i)) for i, text in enumerate(texts)]


def _seed_documents() -> list[Document]:
    rows = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Document(text=r["text"], published=r["published"], lang=r["lang"], external_id=r["id"]) for r in rows]


def _corpus() -> list[Document]:
    seeds = _seed_documents()
    near_copy = Document(text=seeds[1].text + "\nAvec Reuters.", published=seeds[1].published, lang="fr",
                         external_id="near copy")
    return [*seeds, *_documents(ENGLISH), near_copy, Document(text="Texte sans langue connue.", lang="xx")]


def _expected(documents: list[Document]) -> list[dict]:
    return [record.to_dict() for record in process_many(documents, batch_size=BATCH)]


@pytest.fixture(scope="module")
def pool():
    with WorkerPool(WORKERS, stage=chaos_stage) as shared:
        yield shared


def test_records_are_those_of_process_many(pool):
    records = [record.to_dict() for record in pool.process(_corpus(), batch_size=BATCH)]
    assert records == _expected(_corpus())
    assert [r["document"]["external_id"] for r in records] == [d.external_id for d in _corpus()]
    duplicates = [r for r in records if r["document"]["duplicate_of"]]
    assert len(duplicates) == 2 and any(r["incidents"] for r in duplicates)  # an exact copy, a near one


def test_a_worker_killed_mid_run_loses_nothing(pool, tmp_path):
    texts = [*ENGLISH[:5], f"{KILLS_ITS_WORKER_ONCE}{tmp_path / 'killed'} Two soldiers were killed in an ambush.",
             *ENGLISH[5:]]
    records = [record.to_dict() for record in pool.process(_documents(texts), batch_size=BATCH)]
    assert (tmp_path / "killed").exists()  # a worker did die
    assert records == _expected(_documents(texts))


def test_a_worker_that_dies_while_the_next_batch_is_read_loses_nothing(pool, tmp_path):
    flag = tmp_path / "killed"
    texts = [f"{KILLS_ITS_WORKER_ONCE}{flag} Two soldiers were killed in an ambush.", *ENGLISH[:5]]

    def slow_reader():
        # The first batch goes out; the next is read only once its worker is dead.
        for i, document in enumerate(_documents(texts)):
            if i == BATCH:
                deadline = time.monotonic() + 60
                while not flag.exists() and time.monotonic() < deadline:
                    time.sleep(0.05)
                time.sleep(1)
            yield document

    records = [record.to_dict() for record in pool.process(slow_reader(), batch_size=BATCH)]
    assert flag.exists()
    assert records == _expected(_documents(texts))


def test_a_document_that_always_kills_its_worker_gets_an_error(pool):
    texts = [*ENGLISH[:3], f"{KILLS_ITS_WORKER}: four people were killed in a blast in Kabul.", *ENGLISH[3:]]
    records = [record.to_dict() for record in pool.process(_documents(texts), batch_size=BATCH)]
    expected = _expected(_documents(texts))
    assert [r["document"]["external_id"] for r in records] == [str(i) for i in range(len(texts))]
    poisoned = records.pop(3)
    assert [e["code"] for e in poisoned["errors"]] == ["E101"]
    assert not poisoned["incidents"] and poisoned["document"] == expected.pop(3)["document"]
    assert records == expected


def test_documents_are_read_a_bounded_number_of_batches_ahead():
    read = 0

    def documents():
        nonlocal read
        for i in range(1000):
            read += 1
            yield Document(text=f"Le concert numéro {i} aura lieu samedi à Lyon.", lang="fr")

    with WorkerPool(WORKERS) as pool:
        records = pool.process(documents(), batch_size=10)
        next(records)
        assert read <= (IN_FLIGHT_PER_WORKER * WORKERS + 1) * 10


def test_one_worker_runs_in_this_process():
    assert [r.to_dict() for r in process_parallel(_documents(ENGLISH), workers=1)] == _expected(_documents(ENGLISH))
