"""Stored expected files for the pytest plugin: comparing with them, and rewriting them.

Writes are atomic (a temporary file in the same folder, then ``os.replace``), so two
pytest-xdist workers updating the same case never leave a half-written file, and a file
whose content would not change is not touched.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .._article import ARTICLE_KEYS, Article
from .._errors import CleannewsError
from .cases import read_json
from .diff import diff_fields
from .matchers import Matcher, apply_matchers, drop_ignored

__all__ = [
    "UPDATE_HINT",
    "Outcome",
    "SnapshotError",
    "SnapshotResult",
    "article_view",
    "as_json_mapping",
    "check_snapshot",
    "dump_json",
    "shown_path",
    "write_atomic",
]

#: ``match``: equal; ``written``: written under update (``diff``: what changed);
#: ``differs``: a diff to report; ``missing``: no stored file and no update.
Outcome = Literal["match", "written", "differs", "missing"]


_NEW_FILE_MODE = 0o644
UPDATE_HINT = "Run pytest with --cleannews-update to write it."


class SnapshotError(CleannewsError, ValueError):
    """A value that cannot be stored as an expected file, or a file that cannot be written."""


@dataclass(frozen=True, slots=True)
class SnapshotResult:
    outcome: Outcome
    path: Path
    diff: tuple[str, ...] = ()


def as_json_mapping(value: object) -> dict[str, Any]:
    """An Article, a mapping or an object with ``to_dict()``, as plain JSON data."""
    if isinstance(value, Article):
        data: object = value.to_dict()
    elif isinstance(value, Mapping):
        data = dict(value)
    elif callable(getattr(value, "to_dict", None)):
        data = value.to_dict()  # type: ignore[attr-defined]
    else:
        data = None
    if not isinstance(data, Mapping):
        raise SnapshotError(
            f"cannot compare a {type(value).__name__}: pass an Article or a mapping"
        )
    try:
        # A JSON round trip makes tuples lists and keys strings, as the stored file has them.
        loaded: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False))
    except (TypeError, ValueError) as exc:
        raise SnapshotError(f"the value is not JSON-serialisable: {exc}") from exc
    return loaded


def shown_path(path: Path, root: Path) -> str:
    """A path relative to the rootdir when it lies below it, for messages."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def dump_json(data: Mapping[str, Any]) -> str:
    """The stored form: UTF-8 characters kept, two-space indent, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old content or the new, never a part."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise SnapshotError(f"cannot write {path}: {exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        # mkstemp makes the file private (0600); an expected file is shared like any source.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else _NEW_FILE_MODE)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise SnapshotError(f"cannot write {path}: {exc}") from exc


def article_view(stored: Mapping[str, Any]) -> Mapping[str, Any]:
    """A hand-written Article file may list only some keys and omit caption sub-keys
    (they mean null): fill those in, keeping only the keys it lists."""
    if not set(stored) <= set(ARTICLE_KEYS):
        return stored
    try:
        full = Article.from_dict(stored).to_dict()
    except (KeyError, TypeError, ValueError):
        return stored  # malformed: compare it as written, the diff will show where
    return {key: full[key] for key in stored}


def check_snapshot(
    path: Path,
    value: object,
    *,
    update: bool,
    ignore: Iterable[str] = (),
    matchers: Mapping[str, Matcher] | None = None,
) -> SnapshotResult:
    """Compare ``value`` with the file at ``path``; under ``update`` write it instead.

    ``ignore`` fields are left out of the comparison and of the file; ``matchers`` are
    applied to both sides before comparing (see :mod:`.matchers`). A rewrite carries the
    diff of what it changed.
    """
    actual = drop_ignored(as_json_mapping(value), ignore)
    is_article = isinstance(value, Article)
    if not path.is_file():
        if not update:
            return SnapshotResult("missing", path)
        write_atomic(path, dump_json(actual))
        return SnapshotResult("written", path, ("new file",))
    stored = read_json(path)
    if not isinstance(stored, dict):
        stored = {"<file>": stored}
    stored = drop_ignored(stored, ignore)
    if is_article and set(stored) == {"error"}:
        diff = [f"expected error {stored['error']!r}, got an article"]
    else:
        view = article_view(stored) if is_article else stored
        diff = diff_fields(
            apply_matchers(view, matchers or {}),
            apply_matchers(actual, matchers or {}),
            subset=is_article,
        )
    if not diff:
        return SnapshotResult("match", path)
    if update:
        write_atomic(path, dump_json(actual))
        return SnapshotResult("written", path, tuple(diff))
    return SnapshotResult("differs", path, tuple(diff))
