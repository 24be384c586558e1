"""What a run did with snapshot files: who claimed each, what was rewritten, what is unused.

Snapshots are keyed by test and name, so two tests never share a file; the ledger
catches the remaining clash (one test asserting twice under one name) and, after a run,
finds the snapshot files no test asserted (``--cleannews-unused``), like syrupy:

* a file is *used* when an ``assert_match`` of this run claimed it;
* a file of a test that did not pass, was skipped, was deselected (``-k``) or never ran
  (``-x`` stopped the run, Ctrl-C) is *unknown*: the test did not get to assert, so its
  files are kept and not reported;
* any other file in the snapshot folder of a module that ran, and every file of a
  snapshot folder whose test module is gone, is *unused*.

Under pytest-xdist each worker keeps its own ledger and sends it to the controller in
``workeroutput``; the controller merges them before reporting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .keys import SNAPSHOT_SUFFIX, stem_owner

__all__ = ["LEDGER", "Ledger", "Rewrite"]


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A snapshot or expected file written by ``--cleannews-update``, with its diff."""

    path: Path
    diff: tuple[str, ...]


@dataclass
class Ledger:
    """One run's record (one worker's, under xdist)."""

    #: snapshot file -> the test (and name) that claimed it
    claims: dict[Path, str] = field(default_factory=dict)
    #: (snapshot folder, test stem) of the tests that failed, were skipped or deselected
    unknown: set[tuple[Path, str]] = field(default_factory=set)
    #: (snapshot folder, test stem) of every test collected, and of every test that passed:
    #: a test collected that never passed (anywhere, under xdist) keeps its files
    collected: set[tuple[Path, str]] = field(default_factory=set)
    passed: set[tuple[Path, str]] = field(default_factory=set)
    #: the snapshot folders (``__snapshots__/<module>``) of the modules that ran
    folders: set[Path] = field(default_factory=set)
    rewrites: list[Rewrite] = field(default_factory=list)

    def claim(self, path: Path, owner: str) -> str | None:
        """Record that ``owner`` asserts ``path``; the earlier owner when it was taken."""
        earlier = self.claims.get(path)
        if earlier is not None:
            return earlier
        self.claims[path] = owner
        self.folders.add(path.parent)
        return None

    def to_wire(self) -> dict[str, Any]:
        """A form xdist can send (strings and lists only)."""
        return {
            "claims": {str(p): o for p, o in self.claims.items()},
            "unknown": [[str(folder), stem] for folder, stem in self.unknown],
            "collected": [[str(folder), stem] for folder, stem in self.collected],
            "passed": [[str(folder), stem] for folder, stem in self.passed],
            "folders": [str(p) for p in self.folders],
            "rewrites": [[str(r.path), list(r.diff)] for r in self.rewrites],
        }

    def merge_wire(self, wire: dict[str, Any]) -> None:
        self.claims.update({Path(p): o for p, o in wire.get("claims", {}).items()})
        for key in ("unknown", "collected", "passed"):
            getattr(self, key).update((Path(f), stem) for f, stem in wire.get(key, []))
        self.folders.update(Path(p) for p in wire.get("folders", []))
        self.rewrites.extend(Rewrite(Path(p), tuple(d)) for p, d in wire.get("rewrites", []))

    def unused(self) -> list[Path]:
        """Snapshot files no test of this run asserted (see the module docstring)."""
        found: set[Path] = set()
        keep = self.unknown | (self.collected - self.passed)
        roots = {folder.parent for folder in self.folders}
        for root in roots:
            for folder in root.iterdir() if root.is_dir() else ():
                module_gone = not (root.parent / f"{folder.name}.py").is_file()
                if folder in self.folders or (folder.is_dir() and module_gone):
                    found.update(self._unused_in(folder, keep, every=module_gone))
        return sorted(found)

    def _unused_in(self, folder: Path, keep: set[tuple[Path, str]], *, every: bool) -> list[Path]:
        out = []
        for path in folder.glob(f"*{SNAPSHOT_SUFFIX}"):
            if path in self.claims:
                continue
            if not every and (folder, stem_owner(path.name)) in keep:
                continue
            out.append(path)
        return out


LEDGER = pytest.StashKey[Ledger]()
