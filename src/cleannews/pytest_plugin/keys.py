"""Where a snapshot is stored: ``<test dir>/__snapshots__/<module>/<test>[--<name>].json``.

The key is the test (its name with its parameters, so ``test_story[rferl/putin]`` and
``test_story[voa/index]`` differ) and the snapshot's ``name`` when a test stores more
than one. Characters a file name cannot hold become ``_``.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["SNAPSHOT_DIR", "SNAPSHOT_SUFFIX", "safe_part", "snapshot_path", "stem_owner"]

SNAPSHOT_DIR = "__snapshots__"
SNAPSHOT_SUFFIX = ".json"
#: between a test's part and a snapshot name in a file name
NAME_SEPARATOR = "--"
_UNSAFE = re.compile(r"[^A-Za-z0-9._\[\]@+=,-]+")
_MAX_PART = 120


def safe_part(text: str) -> str:
    """``text`` as one file-name component (``/`` and other unsafe runs become ``_``)."""
    # no "--" inside a part: it separates the test from the snapshot name
    cleaned = re.sub("-{2,}", "-", _UNSAFE.sub("_", text)).strip("._") or "_"
    return cleaned[:_MAX_PART]


def snapshot_path(module: Path, test_name: str, name: str | None) -> Path:
    stem = safe_part(test_name)
    if name is not None:
        stem += NAME_SEPARATOR + safe_part(name)
    return module.parent / SNAPSHOT_DIR / module.stem / (stem + SNAPSHOT_SUFFIX)


def stem_owner(file_name: str) -> str:
    """The test part of a snapshot file name."""
    stem = file_name.removesuffix(SNAPSHOT_SUFFIX)
    return stem.split(NAME_SEPARATOR, 1)[0]
