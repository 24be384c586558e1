"""A pool of worker processes that survives every page.

Each worker holds at most :data:`PREFETCH` jobs, so the jobs in flight stay a small
multiple of the worker count and inputs are pulled from their (lazy) stream only as
workers free up: memory stays bounded whatever the corpus size. A job still running
after the time limit gets its worker killed and replaced, and a worker that dies
(segfault, out of memory) is replaced too; either way the document gets an error record,
the jobs queued behind it go to the new worker, and the batch goes on.

``multiprocessing.Pool`` and ``ProcessPoolExecutor`` cannot kill one hung task without
tearing the whole pool down, hence this small loop over pipes.

Workers never outlive the parent, however it ends (SIGKILL, the OOM killer included): on
Linux the kernel kills them when it dies (``PR_SET_PDEATHSIG``), elsewhere a watchdog
thread sees the parent change; and a worker closes the pipe ends of its siblings that a
fork hands it, so none waits forever on a pipe whose other end it holds itself. Workers
ignore SIGINT and SIGTERM: the parent decides what a signal means, and kills them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
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

__all__ = ["PREFETCH", "RunLimits", "WorkerPool", "default_max_memory", "run_jobs"]

#: Jobs a worker holds at most: the one it runs and the next, so it never idles waiting
#: for the parent to be scheduled (which, on a loaded machine, costs milliseconds a page).
PREFETCH = 2


#: The smallest default address-space cap: a worker needs about 200 MiB before any page.
MIN_DEFAULT_MAX_MEMORY = 512 * 1024 * 1024


def default_max_memory(workers: int) -> int | None:
    """Three quarters of the machine's memory shared among ``workers``, at least 512 MiB;
    None where the memory size is unknown. Pages can need 150 times their size in memory:
    without a cap, a few of them at once would take the whole machine."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None
    if total <= 0:
        return None
    return max(MIN_DEFAULT_MAX_MEMORY, total * 3 // 4 // max(1, workers))


@dataclass(frozen=True, slots=True)
class RunLimits:
    workers: int = 1
    #: Seconds one document may take, fetch included; None for no limit.
    timeout: float | None = 60.0
    #: Address-space cap per worker in bytes (Linux ``RLIMIT_AS``); None for no cap.
    max_memory: int | None = None


#: How often a worker's watchdog checks that its parent is alive, in seconds.
_WATCHDOG_INTERVAL = 0.5
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Make this worker die when the parent process does, whatever kills it."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCHDOG_INTERVAL)
        os._exit(1)

    # the parent may have died before prctl: the watchdog sees it at once
    threading.Thread(target=watch, name="cleannews-watchdog", daemon=True).start()


def _serve(
    conn: Connection,
    options: WorkOptions,
    max_memory: int | None,
    parent: int,
    inherited: tuple[int, ...] = (),
) -> None:
    """A worker's loop: receive a job, send back its outcome, until told to stop."""
    # Ctrl-C goes to the whole process group, a service manager's SIGTERM to every
    # process: the parent decides, kills the workers, and writes the summary.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _die_with_parent(parent)
    for fd in inherited:  # siblings' pipe ends, copied by fork
        with contextlib.suppress(OSError):
            os.close(fd)
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
        self._workers = []
        for _ in range(max(1, self.limits.workers)):
            # one at a time: each new worker is told the pipe ends of the earlier ones
            self._workers.append(self._start())
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
        # a forked worker holds a copy of every pipe end the parent has open
        inherited = (
            tuple(worker.conn.fileno() for worker in self._workers if not worker.conn.closed)
            if context.get_start_method() == "fork"
            else ()
        )
        process = context.Process(
            target=_serve,
            args=(child_end, self.options, self.limits.max_memory, os.getpid(), inherited),
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
                    message = f"the worker process died ({_death(worker.process)}) on this document"
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


def _death(process: BaseProcess) -> str:
    """How a worker ended: its exit code, or the signal that killed it."""
    process.join(timeout=1)  # its pipe closed as it died: the exit status follows at once
    code = process.exitcode
    if code is None:
        return "still running, its pipe broken"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (the OOM killer, or a kill from outside)" if name == "SIGKILL" else ""
        return f"killed by {name}{hint}"
    return f"exit code {code}"


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
