"""A pool of worker processes that survives every page.

Each worker holds at most :data:`PREFETCH` jobs, so the jobs in flight stay a small
multiple of the worker count and inputs are pulled from their (lazy) stream only as
workers free up: memory stays bounded whatever the corpus size. A job still running
after the time limit gets its worker killed and replaced, and a worker that dies
(segfault, out of memory) is replaced too; either way the document gets an error record,
the jobs queued behind it go to the new worker, and the batch goes on.

``multiprocessing.Pool`` and ``ProcessPoolExecutor`` cannot kill one hung task without
tearing the whole pool down, hence this small loop over pipes.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType

from .errors import DocumentTimeout, WorkerCrashed
from .jobs import Inline, Job, Refused
from .work import Outcome, WorkOptions, error_outcome, run_job

__all__ = ["PREFETCH", "RunLimits", "WorkerPool", "run_jobs"]

#: Jobs a worker holds at most: the one it runs and the next, so it never idles waiting
#: for the parent to be scheduled (which, on a loaded machine, costs milliseconds a page).
PREFETCH = 2


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
    #: jobs sent and not yet answered, in the order the worker runs them
    queue: deque[Job] = field(default_factory=deque)
    #: when the job at the head of the queue started (as far as the parent can tell)
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
            if exc_type is None and not worker.queue:
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

    def _replace(self, worker: _Worker) -> list[Job]:
        """Kill the worker, start a fresh one in its place; return the jobs it had queued."""
        queued = list(worker.queue)
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        fresh = self._start()
        worker.process, worker.conn, worker.queue = fresh.process, fresh.conn, deque()
        return queued

    def _dispatch(self, worker: _Worker, job: Job) -> None:
        if not worker.queue:
            worker.started = time.monotonic()
        worker.queue.append(job)
        try:
            worker.conn.send(job)
        except OSError:
            # The worker died between jobs (killed from outside, the OOM killer): none of
            # its queued jobs has a result yet, so all go to its replacement.
            for queued in self._replace(worker):
                self._dispatch(worker, queued)

    @staticmethod
    def _accepts(worker: _Worker, job: Job) -> bool:
        """Whether ``job`` may join the worker's queue now.

        A second job is queued only when both are small (a path, a URL): a worker then
        never waits on the parent between documents, and no send can fill a pipe while
        the worker is itself blocked sending a large result back.
        """
        if not worker.queue:
            return True
        if len(worker.queue) >= PREFETCH:
            return False
        return not any(isinstance(queued.payload, Inline) for queued in (*worker.queue, job))

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        """Outcomes of ``jobs`` in completion order; one per job, whatever happens."""
        pending = iter(jobs)
        held: Job | None = None  # pulled, waiting for a worker that accepts it
        exhausted = False
        while True:
            for worker in self._workers:
                while held is not None or not exhausted:
                    if held is None:
                        held = next(pending, None)
                        if held is None:
                            exhausted = True
                            break
                        if isinstance(held.payload, Refused):
                            yield run_job(held, self.options)  # nothing for a worker to do
                            held = None
                            continue
                    if not self._accepts(worker, held):
                        break
                    self._dispatch(worker, held)
                    held = None
            busy = [worker for worker in self._workers if worker.queue]
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
            if worker.conn in ready:
                try:
                    outcome: Outcome = worker.conn.recv()
                except (EOFError, OSError):
                    code = worker.process.exitcode
                    message = f"the worker process died (exit code {code}) on this document"
                    yield from self._give_up(worker, WorkerCrashed.__name__, message)
                    continue
                worker.queue.popleft()
                # a worker runs its queue in order: the next job starts as this one ends
                worker.started = now
                yield outcome
            elif limit is not None and now - worker.started >= limit:
                message = f"no result within {limit:g} s; the worker was killed and replaced"
                yield from self._give_up(worker, DocumentTimeout.__name__, message)

    def _give_up(self, worker: _Worker, error_type: str, message: str) -> Iterator[Outcome]:
        """Record the worker's current job as failed; requeue the rest on a fresh worker."""
        current, *rest = self._replace(worker)
        yield error_outcome(current.source, error_type, message)
        for job in rest:
            self._dispatch(worker, job)


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
