"""The stages of `process_many` on a Dask cluster: past one machine, the same functions.

The client reads, cleans, dedupes and pre-filters (`pipeline.prepare`, in input order, as on
one machine); each batch's `Task`s go to a worker as one Dask task running
`pipeline.extract_batch`, and the records are completed in the client, in input order. So
the records are those of a single process, and writing them (to the incident database, see
`Store.ingest`, or to a Parquet dataset, see `sink`) happens in one place, once per document.

A worker that dies loses only tasks, which the scheduler runs again on another worker
(Dask's own retries). A batch that keeps killing workers (Dask raises `KilledWorker`) runs
again one document at a time, and a document that still kills its worker gets error E101:
every document comes out exactly once.

    scheduler: "tcp://host:8786" (a running cluster: `dask scheduler` + `dask worker`, or
    dask-kubernetes, dask-jobqueue, dask-ssh), "local" or "local:N" (a LocalCluster of N
    worker processes on this machine), or a `distributed.Client`.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .dedupe import Deduplicator
from .errors import error
from .models import Record
from .pipeline import BATCH_SIZE, Extraction, Pending, Stage, batches, extract_batch, prepare
from .pipeline import warm_up as warm_up_here
from .read import Document


log = logging.getLogger(__name__)
IN_FLIGHT_PER_WORKER = 2
SCHEDULER_ENV = "BILAN_SCHEDULER"
# Two of Dask's defaults, measured costly on bilan's batches (a task is 64 articles, ~200 KB):
# - every connection (client to scheduler, scheduler to each worker) keeps its last 1,000
#   messages under 1 MB for debugging, so each batch sent stayed in memory: +260 MB in the
#   client and its local scheduler per 20,000 articles, growing with every worker;
# - workers sample their own call stacks every 10 ms and keep an hour of samples: +20 MB a
#   worker per 2,000 articles, and 4% of the time.
# A cluster started elsewhere takes the same from its environment (README, "Running at scale"):
# DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH=16 and DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False.
DASK_CONFIG = {"distributed.admin.low-level-log-length": 16, "distributed.worker.profile.enabled": False}


class SchedulerUnreachable(RuntimeError):
    pass


def connect(scheduler):
    """A `distributed.Client` for a scheduler address, "local[:N]", or a client given as is;
    and whether this call owns it (and its local cluster) and must close it. `session` is
    what to use: it sets `DASK_CONFIG` for as long as the client lives."""
    from distributed import Client

    if isinstance(scheduler, Client):
        return scheduler, False
    address = str(scheduler)
    if address == "local" or address.startswith("local:"):
        return Client(_local_cluster(int(address.partition(":")[2] or os.cpu_count() or 1))), True
    try:
        return Client(address, timeout="20s"), True
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def _local_cluster(workers: int):
    from distributed import LocalCluster

    # One thread per worker process: spaCy's model holds the GIL, threads would only queue.
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


@contextmanager
def session(scheduler) -> Iterator:
    """A client for `scheduler` (as `connect` takes it), closed on leaving with the local
    cluster it started, unless it was given as a client.

    Dask's connections and workers read their configuration when they open or start, some
    during the run (a worker restarted after a crash): `DASK_CONFIG` holds in this process
    (the client's and a local scheduler's) until the session ends."""
    import dask

    with dask.config.set(DASK_CONFIG):
        client, owned = connect(scheduler)
        try:
            yield client
        finally:
            if owned:
                cluster = getattr(client, "cluster", None)
                client.close()
                if cluster is not None:
                    cluster.close()


def warm_up(client, langs: Iterable[str], stage: Stage = extract_batch) -> None:
    """Load on every worker of the cluster what extracting `langs` needs, so that what follows (a
    benchmark, a service's first request) does not wait for it. Workers that join later load
    lazily, on their first batch."""
    client.run(warm_up_here, list(langs), stage)


def process_on_dask(documents: Iterable[Document], scheduler, batch_size: int = BATCH_SIZE,
                    deduplicator: Deduplicator | None = None, *, stage: Stage = extract_batch) -> Iterator[Record]:
    """What `process_many` yields, with the model run on a Dask cluster.

    stage: what a worker runs over a batch of tasks; a module-level function, which the
    workers import by name (so bilan must be installed on them)."""
    with session(scheduler) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
        yield from _process(client, documents, batch_size, deduplicator or Deduplicator(),
                            IN_FLIGHT_PER_WORKER * workers, stage)


def _key(pending: list[Pending]) -> str:
    # A task key from the content: the same batch submitted twice is the same task.
    digest = hashlib.sha256("".join(p.record.document.id for p in pending).encode()).hexdigest()[:20]
    return f"bilan-extract-{digest}"


def _process(client, documents: Iterable[Document], batch_size: int, deduplicator: Deduplicator,
             in_flight: int, stage: Stage) -> Iterator[Record]:
    queue: deque[tuple[list[Pending], object]] = deque()
    for batch in batches(documents, batch_size):
        pending = [prepare(document, deduplicator) for document in batch]
        tasks = [p.task for p in pending if p.task is not None]
        future = client.submit(stage, tasks, key=_key(pending), retries=2) if tasks else None
        queue.append((pending, future))
        while len(queue) > in_flight:
            yield from _collect(client, *queue.popleft(), stage)
    while queue:
        yield from _collect(client, *queue.popleft(), stage)


def _collect(client, pending: list[Pending], future, stage: Stage) -> Iterator[Record]:
    extractions = iter(_result(client, pending, future, stage) if future is not None else [])
    for p in pending:
        yield p.record if p.task is None else p.complete(next(extractions))


def _result(client, pending: list[Pending], future, stage: Stage) -> list[Extraction]:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        log.warning("a batch kept killing Dask workers; running its documents one at a time")
    finally:
        future.release()
    extractions = []
    for p in pending:
        if p.task is None:
            continue
        single = client.submit(stage, [p.task], key=f"bilan-one-{p.record.document.id}", retries=1)
        try:
            extractions.extend(single.result())
        except KilledWorker:
            extractions.append(Extraction(errors=[error("E101")]))
        finally:
            single.release()
    return extractions
