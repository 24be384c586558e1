"""Peak memory of each system, measured apart from the timed run.

Memory cannot be told apart per system inside the interleaved run (they share one heap),
and tracemalloc sees only Python's allocator, not libxml2's or resiliparse's C++ heap. So
each (system, corpus) runs in a forked child process that holds the corpus' pages already
read, and reports resident-set sizes (RSS, from ``/proc/self/statm`` and ``getrusage``):

- ``peak_mib``: the child's peak RSS minus its RSS after one warm-up call, i.e. the most
  memory the system held at once on top of the loaded interpreter and pages;
- ``growth_mib``: RSS after a second pass over the same pages minus RSS after the first.
  The first pass has already met the largest page, so the allocator's high-water mark is
  reached; what still grows in the second pass is memory kept per page processed (a
  leak, an unbounded cache). Near 0 means memory is flat in the page count.

Linux only (fork, /proc); elsewhere memory is reported as not measured.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
from dataclasses import dataclass

from .runner import CALL_TIMEOUT_S
from .systems import System, decode_page

__all__ = ["Memory", "measure"]

_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Memory:
    peak_mib: float
    growth_mib: float
    pages: int


def _rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _run(system: System, data: bytes, text: str, url: str | None) -> None:
    # a hang kills the child (SIGALRM's default action), which reports "not measured"
    signal.alarm(int(CALL_TIMEOUT_S))
    try:
        system.run(data, text, url)
    except Exception:  # the batch loop: failures are counted by the timed run, not here
        pass
    finally:
        signal.alarm(0)


def _child(system: System, pages: list[tuple[bytes, str | None]]) -> Memory:
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    texts = [(data, decode_page(data), url) for data, url in pages]
    _run(system, *texts[0])
    base = _rss()
    after: list[int] = []
    for _ in range(2):
        for data, text, url in texts:
            _run(system, data, text, url)
        after.append(_rss())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    # getrusage and statm round differently: a peak "below" the base is no growth, i.e. 0
    return Memory(max(0, peak - base) / _MIB, (after[1] - after[0]) / _MIB, len(texts))


def measure(system: System, pages: list[tuple[bytes, str | None]]) -> Memory | None:
    """Run ``system`` over ``pages`` (bytes, url) in a forked child; None where not possible."""
    if not pages or not sys.platform.startswith("linux"):
        return None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: measure, report through the pipe, exit without cleanup
        code = 0
        try:
            os.close(read_end)
            result = _child(system, pages)
            os.write(write_end, json.dumps(_as_dict(result)).encode())
        except BaseException:  # the child must never return into the parent's code
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        payload = fh.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not payload:
        return None
    values = json.loads(payload)
    return Memory(float(values["peak_mib"]), float(values["growth_mib"]), int(values["pages"]))


def _as_dict(memory: Memory) -> dict[str, float]:
    return {"peak_mib": memory.peak_mib, "growth_mib": memory.growth_mib, "pages": memory.pages}
