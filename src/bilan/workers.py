"""The stages of `process_many` on several cores, in a pool of worker processes.

The parent reads, cleans, dedupes and pre-filters (`pipeline.prepare`: cheap, and duplicates
must be judged in input order for the result to match one process); the workers run the model
and assembly (`pipeline.extract_batch`) on the batches' `Task`s, which carry the cleaned article
and no more. Workers live as long as the pool, so each loads its spaCy pipelines once
(`analyse.load_pipeline` is cached per process). They are started with "spawn": spaCy and the
BLAS thread pools under it are not safe to fork.

Records come out in input order. At most `IN_FLIGHT_PER_WORKER` batches per worker are read
ahead of the record being written, so memory does not grow with the corpus.

A worker that dies (killed, out of memory, a crash in native code) takes the pool down with
the batches it had not returned. The pool is restarted and those batches run again one at a
time, so that a second crash names its batch; that batch then runs one document at a time, and
a document that still kills its worker gets error E101. Every document comes out once, in order.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context

from .dedupe import Deduplicator
from .errors import error
from .models import Record
from .pipeline import (BATCH_SIZE, Extraction, Pending, Stage, Task, batches, extract_batch, prepare, process_many,
                       warm_up)
from .read import Document

log = logging.getLogger(__name__)
IN_FLIGHT_PER_WORKER = 2  # one batch running, one queued: a worker never waits for the parent
WARM_UP_TIMEOUT = 600  # seconds for every worker to load its pipelines



def process_parallel(documents: Iterable[Document], workers: int | None = None, batch_size: int = BATCH_SIZE,
                     deduplicator: Deduplicator | None = None, *, stage: Stage = extract_batch) -> Iterator[Record]:
    """What `process_many` yields, computed by `workers` processes (default: one per CPU).

    With one worker it is `process_many`, in this process. stage: what a worker runs over a
    batch of tasks; a module-level function, since it is sent to the workers by name.
    """
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        yield from process_many(documents, batch_size, deduplicator)
        return
    with WorkerPool(workers, stage) as pool:
        yield from pool.process(documents, batch_size, deduplicator)


@dataclass
class _Batch:
    pending: list[Pending]
    tasks: list[Task] = field(default_factory=list)
    outcome: Future | None = None  # None: no document of the batch needs the model


class WorkerPool:
    """Worker processes that run `stage` over batches; reusable across runs, restarted when one dies.

        with WorkerPool(2) as pool:
            for record in pool.process(documents):
                ...
    """

    def __init__(self, workers: int, stage: Stage = extract_batch):
        self.workers = workers
        self.stage = stage
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def warm_up(self, langs: Iterable[str]) -> None:
        """Start every worker and load in each what extracting `langs` needs (spaCy pipelines,
        language packs, the gazetteer), so that what follows (a benchmark, the first request
        of a service) does not wait for it."""
        executor = self._pool()
        langs = sorted(set(langs))
        # Each worker blocks on the barrier once loaded, so no worker can take two of these.
        for loading in [executor.submit(_warm_up, self.stage, langs) for _ in range(self.workers)]:
            loading.result()

    def process(self, documents: Iterable[Document], batch_size: int = BATCH_SIZE,
                deduplicator: Deduplicator | None = None) -> Iterator[Record]:
        """Records for documents, in input order, as `pipeline.process_many` makes them."""
        deduplicator = deduplicator or Deduplicator()
        window: deque[_Batch] = deque()
        for documents_batch in batches(documents, batch_size):
            batch = _Batch([prepare(document, deduplicator) for document in documents_batch])
            batch.tasks = [p.task for p in batch.pending if p.task is not None]
            if batch.tasks:
                batch.outcome = self._submit(batch.tasks)
            window.append(batch)
            while len(window) > IN_FLIGHT_PER_WORKER * self.workers:
                yield from self._records(window)
        while window:
            yield from self._records(window)

    def _records(self, window: deque[_Batch]) -> list[Record]:
        batch = window[0]
        extractions = iter(self._outcome(batch, window) if batch.outcome else [])
        window.popleft()
        return [p.record if p.task is None else p.complete(next(extractions)) for p in batch.pending]

    def _outcome(self, batch: _Batch, window: deque[_Batch]) -> list[Extraction]:
        try:
            return batch.outcome.result()
        except BrokenProcessPool:
            pass
        # The batches the dead pool had not returned run again, one at a time: a second crash names its batch.
        lost = [b for b in window if b.outcome and not _returned(b.outcome)]
        log.warning("a worker process died; restarting the pool and running %d batches again, one at a time",
                    len(lost))
        self._restart()
        for suspect in lost:
            suspect.outcome = _done(self._run_alone(suspect.tasks))
        return batch.outcome.result()

    def _run_alone(self, tasks: list[Task]) -> list[Extraction]:
        try:
            return self._pool().submit(self.stage, tasks).result()
        except BrokenProcessPool:
            self._restart()
        log.warning("a batch killed its worker twice; running it one document at a time")
        extractions = []
        for task in tasks:
            try:
                extractions += self._pool().submit(self.stage, [task]).result()
            except BrokenProcessPool:
                self._restart()
                log.error("a worker process died on %s; its record gets error E101", task.source or task.document_id)
                extractions.append(Extraction(errors=[error("E101")]))
        return extractions

    def _submit(self, tasks: list[Task]) -> Future:
        try:
            return self._pool().submit(self.stage, tasks)
        except BrokenProcessPool as exc:  # a worker died since the last batch: this one is lost with the others
            lost: Future = Future()
            lost.set_exception(exc)
            return lost

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = get_context("spawn")
            self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                                 initargs=(context.Barrier(self.workers), os.getpid()))
        return self._executor

    def _restart(self) -> None:
        self.close()
        self._pool()


def _returned(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _done(result) -> Future:
    future: Future = Future()
    future.set_result(result)
    return future


# ------------------------------------------------------------------------------------------
# In the worker processes

_warm_up_barrier = None


def _start_worker(barrier, parent_pid: int) -> None:
    global _warm_up_barrier
    _warm_up_barrier = barrier
    # Ctrl-C goes to the whole process group: the parent alone handles it, by closing the pool,
    # instead of every worker dying mid-batch with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker of a parent killed outright would wait for work forever, holding its models.
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()


def _exit_with_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(1)
    os._exit(1)


def _warm_up(stage: Stage, langs: list[str]) -> int:
    warm_up(langs, stage)
    _warm_up_barrier.wait(WARM_UP_TIMEOUT)
    return os.getpid()
