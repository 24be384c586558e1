"""The timed loop: every system on every page, interleaved in one process.

For each page: the page is read and decoded (untimed), then the plain lxml parse is timed,
then every system in an order that rotates by one place from page to page, so no system
always runs right after the baseline, and a slow spell of the shared machine is spread
over all systems instead of falling on one. Each system is called once on the first page
before timing starts, so imports and lazy set-up are not charged to a page.

A call that raises is recorded as that page's error and the run goes on; a call running
longer than :data:`CALL_TIMEOUT_S` is interrupted (SIGALRM) and recorded as an error too.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

from .corpus import Page
from .scoring import PageResult, score
from .systems import Extraction, System, decode_page, lxml_parse

__all__ = ["CALL_TIMEOUT_S", "CallTimedOut", "run_pages"]

#: No extractor needs this long for one page; past it, the call is a hang, recorded as such.
CALL_TIMEOUT_S = 60.0

T = TypeVar("T")


class CallTimedOut(Exception):
    """A system call ran past :data:`CALL_TIMEOUT_S`."""


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise CallTimedOut(f"no result after {CALL_TIMEOUT_S:.0f} s")


@contextmanager
def _deadline() -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _timed(call: Callable[[], T]) -> tuple[T, float]:
    """The call's result and its wall time in ms, under the per-call timeout."""
    signal.setitimer(signal.ITIMER_REAL, CALL_TIMEOUT_S)
    try:
        start = time.perf_counter_ns()
        result = call()
        elapsed = time.perf_counter_ns() - start
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return result, elapsed / 1e6


def _call(system: System, data: bytes, text: str, url: str | None) -> tuple[Extraction, float]:
    start = time.perf_counter_ns()
    try:
        return _timed(lambda: system.run(data, text, url))
    except Exception as exc:  # the batch loop: one page's failure is recorded, never fatal
        ms = (time.perf_counter_ns() - start) / 1e6
        return system.failed(f"{type(exc).__name__}: {exc}"[:500]), ms


def _warm_up(systems: tuple[System, ...], page: Page) -> None:
    data = page.html_bytes()
    text = decode_page(data)
    lxml_parse(text)
    for system in systems:
        _call(system, data, text, page.truth.get("url"))


def run_pages(
    pages: Iterable[Page],
    systems: tuple[System, ...],
    on_page: Callable[[Page, list[PageResult]], None] | None = None,
) -> list[PageResult]:
    """Run and score every system on every page; ``on_page`` reports progress."""
    results: list[PageResult] = []
    warmed = False
    with _deadline():
        for index, page in enumerate(pages):
            if not warmed:
                _warm_up(systems, page)
                warmed = True
            data = page.html_bytes()
            text = decode_page(data)
            url = page.truth.get("url")
            try:
                _, lxml_ms = _timed(lambda: lxml_parse(text))  # noqa: B023 - called at once
            except Exception:  # a page lxml cannot parse still gets the systems' results
                lxml_ms = float("nan")
            shift = index % len(systems) if systems else 0
            order = systems[shift:] + systems[:shift]
            got = {s.name: _call(s, data, text, url) for s in order}
            page_results = [
                score(page, s.name, s.fields, got[s.name][0], ms=got[s.name][1], lxml_ms=lxml_ms)
                for s in systems
            ]
            results.extend(page_results)
            if on_page is not None:
                on_page(page, page_results)
    return results
