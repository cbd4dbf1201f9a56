"""A Dask LocalCluster writes the records one process writes, and loses no document when a worker dies."""

from __future__ import annotations

import copy
import gc
import json
import os
import signal
import time
from pathlib import Path

import dask
import pytest

from bilan import Document, process_many
from bilan.distributed import process_on_dask, session, warm_up
from bilan.pipeline import Extraction, Task, extract_batch

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
POISON = "POISON-PILL"  # a document holding this kills the worker extracting it, every time


def slow_stage(tasks):
    """`extract_batch`, slowly enough that a worker can be killed with batches in flight."""
    time.sleep(0.4)
    return extract_batch(tasks)


def empty_stage(tasks):
    return [Extraction() for _ in tasks]


def poisoned_stage(tasks):
    if any(POISON in task.article.text for task in tasks):
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_batch(tasks)


def _corpus() -> list[Document]:
    rows = [json.loads(line) for path in ("seeds.jsonl", "reports.jsonl")
            for line in (EXAMPLES / path).read_text(encoding="utf-8").splitlines()]
    documents = [Document(text=r["text"], published=r["published"], lang=r["lang"], external_id=r["id"]) for r in rows]
    documents.append(Document(text="The central bank kept its rate at 4.25 percent.", lang="en", external_id="bank"))
    documents.append(copy.deepcopy(documents[0]))  # an exact copy: judged in input order, in the client
    return documents


@pytest.fixture(scope="module")
def cluster():
    # One failure is enough to call a batch a killer: the fallback is tested without waiting for three.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), session("local:2") as client:
        yield client


@pytest.fixture(scope="module")
def reference() -> list[dict]:
    return [r.to_dict() for r in process_many(_corpus(), batch_size=2)]


def _pipelines_loaded() -> int:
    from bilan.analyse import load_pipeline

    return load_pipeline.cache_info().currsize


def _profiling() -> bool:
    return dask.config.get("distributed.worker.profile.enabled")


def test_local_workers_do_not_profile_themselves(cluster):
    assert set(cluster.run(_profiling).values()) == {False}


def test_warm_up_loads_the_pipelines_on_every_worker(cluster):
    cluster.restart()
    assert set(cluster.run(_pipelines_loaded).values()) == {0}
    warm_up(cluster, ["fr", "en"])
    assert set(cluster.run(_pipelines_loaded).values()) == {2}


def test_local_cluster_gives_the_single_process_records(cluster, reference):
    records = [r.to_dict() for r in process_on_dask(_corpus(), cluster, batch_size=2)]
    assert records == reference


def test_a_worker_killed_mid_run_loses_no_document(cluster, reference):
    records = []
    for record in process_on_dask(_corpus(), cluster, batch_size=1, stage=slow_stage):
        if not records:
            pids = cluster.run(os.getpid)
            os.kill(next(iter(pids.values())), signal.SIGKILL)
        records.append(record.to_dict())
    assert records == [r for r in reference]
    cluster.wait_for_workers(2, timeout=60)


def test_a_document_that_kills_every_worker_gets_an_error(cluster):
    documents = _corpus()[:3] + [Document(text=f"{POISON} Three people were shot dead in Quetta.", lang="en",
                                          external_id="poison")]
    records = list(process_on_dask(documents, cluster, batch_size=4, stage=poisoned_stage))
    assert [r.document.external_id for r in records] == [d.external_id for d in documents]
    assert [e.code for e in records[-1].errors] == ["E101"]
    assert all(r.incidents for r in records[:3])
    cluster.wait_for_workers(2, timeout=60)


def test_the_client_keeps_no_batch_it_has_sent(cluster):
    # Dask keeps each connection's last messages for debugging; with its default (1,000) every
    # batch of a long run stayed in the client's memory (DASK_CONFIG).
    documents = [Document(text=f"Twelve people were killed in Quetta on Monday, police said. Ref {n}.", lang="en")
                 for n in range(400)]
    assert sum(1 for _ in process_on_dask(documents, cluster, batch_size=2, stage=empty_stage)) == 400
    gc.collect()
    assert sum(isinstance(o, Task) for o in gc.get_objects()) < 200
