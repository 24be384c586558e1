"""A pool of worker processes that survives every page.

Each worker holds at most one job, so the jobs in flight never exceed the worker count
and inputs are pulled from their (lazy) stream only as workers free up: memory stays
bounded whatever the corpus size. A job still running after the time limit gets its
worker killed and replaced, and a worker that dies (segfault, out of memory) is replaced
too; either way the document gets an error record and the batch goes on.

``multiprocessing.Pool`` and ``ProcessPoolExecutor`` cannot kill one hung task without
tearing the whole pool down, hence this small loop over pipes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType

from .errors import DocumentTimeout, WorkerCrashed
from .inputs import Job, Refused
from .work import Outcome, WorkOptions, error_outcome, run_job

__all__ = ["RunLimits", "WorkerPool", "run_jobs"]


@dataclass(frozen=True, slots=True)
class RunLimits:
    workers: int = 1
    #: Seconds one document may take, fetch included; None for no limit.
    timeout: float | None = 60.0
    #: Address-space cap per worker in bytes (Linux ``RLIMIT_AS``); None for no cap.
    max_memory: int | None = None


def _serve(conn: Connection, options: WorkOptions, max_memory: int | None) -> None:
    """A worker's loop: receive a job, send back its outcome, until told to stop."""
    # Ctrl-C goes to the whole process group; the parent decides, workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if max_memory is not None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(run_job(job, options))


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    job: Job | None = None
    started: float = 0.0


@dataclass(slots=True)
class WorkerPool:
    """Worker processes running :func:`run_job`; use as a context manager."""

    options: WorkOptions
    limits: RunLimits
    _workers: list[_Worker] = field(default_factory=list)

    def __enter__(self) -> WorkerPool:
        self._workers = [self._start() for _ in range(max(1, self.limits.workers))]
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for worker in self._workers:
            if exc_type is None and worker.job is None:
                with contextlib.suppress(OSError):  # already gone: joined below
                    worker.conn.send(None)
            else:
                worker.process.kill()
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers = []

    def _start(self) -> _Worker:
        context = multiprocessing.get_context()
        parent_end, child_end = context.Pipe(duplex=True)
        process = context.Process(
            target=_serve,
            args=(child_end, self.options, self.limits.max_memory),
            name="cleannews-worker",
            daemon=True,
        )
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        fresh = self._start()
        worker.process, worker.conn, worker.job = fresh.process, fresh.conn, None

    def _dispatch(self, worker: _Worker, job: Job) -> None:
        try:
            worker.conn.send(job)
        except OSError:
            # The idle worker died (killed from outside, OOM killer): start another.
            self._replace(worker)
            worker.conn.send(job)
        worker.job, worker.started = job, time.monotonic()

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        """Outcomes of ``jobs`` in completion order; one per job, whatever happens."""
        pending = iter(jobs)
        exhausted = False
        while True:
            for worker in self._workers:
                while worker.job is None and not exhausted:
                    job = next(pending, None)
                    if job is None:
                        exhausted = True
                    elif isinstance(job.payload, Refused):
                        yield run_job(job, self.options)  # nothing for a worker to do
                    else:
                        self._dispatch(worker, job)
            busy = [worker for worker in self._workers if worker.job is not None]
            if not busy:
                return
            yield from self._collect(busy)

    def _collect(self, busy: list[_Worker]) -> Iterator[Outcome]:
        limit = self.limits.timeout
        wait_for = None
        if limit is not None:
            oldest = min(worker.started for worker in busy)
            wait_for = max(0.0, oldest + limit - time.monotonic())
        ready = set(wait([worker.conn for worker in busy], timeout=wait_for))
        now = time.monotonic()
        for worker in busy:
            job = worker.job
            if job is None:
                continue
            if worker.conn in ready:
                try:
                    outcome: Outcome = worker.conn.recv()
                except (EOFError, OSError):
                    code = worker.process.exitcode
                    self._replace(worker)
                    message = f"the worker process died (exit code {code}) on this document"
                    yield error_outcome(job.source, WorkerCrashed.__name__, message)
                    continue
                worker.job = None
                yield outcome
            elif limit is not None and now - worker.started >= limit:
                self._replace(worker)
                message = f"no result within {limit:g} s; the worker was killed and replaced"
                yield error_outcome(job.source, DocumentTimeout.__name__, message)


def run_jobs(
    jobs: Iterable[Job],
    options: WorkOptions,
    limits: RunLimits,
    on_outcome: Callable[[Outcome], None],
) -> None:
    """Run every job through a fresh pool, handing each outcome to ``on_outcome``."""
    with WorkerPool(options, limits) as pool:
        for outcome in pool.run(jobs):
            on_outcome(outcome)
