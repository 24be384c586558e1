"""The ``article_snapshot`` fixture's object: compare a value with its stored snapshot."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from .cases import CaseError
from .keys import snapshot_path
from .ledger import LEDGER, Rewrite
from .matchers import Matcher
from .snapshot import UPDATE_HINT, SnapshotError, check_snapshot, shown_path

__all__ = ["ArticleSnapshot", "error_snapshot"]

_NO_VALUE: Any = object()


def error_snapshot(exc: BaseException) -> dict[str, str]:
    """An exception as a snapshot value: its type's name and its message."""
    return {"error": type(exc).__name__, "message": str(exc)}


def _outcome_of(raises: BaseException | Callable[[], object]) -> object:
    """What ``raises`` stands for: an exception's snapshot, or what the callable gave."""
    if isinstance(raises, BaseException):
        return error_snapshot(raises)
    if not callable(raises):
        raise TypeError("raises= takes an exception or a function of no arguments")
    try:
        return raises()
    except Exception as exc:  # the scraper's own exception is the value under test
        return error_snapshot(exc)


class ArticleSnapshot:
    """Compares values with snapshot files keyed by the test and a name.

    The file is ``<test dir>/__snapshots__/<module>/<test>[--<name>].json``.
    """

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request
        self.update = bool(request.config.getoption("cleannews_update"))

    def path(self, name: str | None = None) -> Path:
        """The snapshot file ``assert_match(..., name=name)`` uses in this test."""
        node = self._request.node
        return snapshot_path(Path(str(node.path)), node.name, name)

    def assert_match(
        self,
        value: object = _NO_VALUE,
        name: str | None = None,
        *,
        ignore: Iterable[str] = (),
        matchers: Mapping[str, Matcher] | None = None,
        raises: BaseException | Callable[[], object] | None = None,
    ) -> None:
        """Compare ``value`` (an Article, a mapping, or an object with ``to_dict()``) with
        this test's snapshot ``name``; under ``--cleannews-update`` write it instead.

        ``ignore``: field paths left out; ``matchers``: field path -> function applied to
        both sides before comparing (:mod:`cleannews.pytest_plugin.matchers`).
        ``raises``: an exception, or a function whose exception (type and message) or
        return value is the snapshot, so a page that must fail is a case too.
        """
        if (value is _NO_VALUE) == (raises is None):
            pytest.fail("assert_match takes a value or raises=..., one of them", pytrace=False)
        if raises is not None:
            value = _outcome_of(raises)
        config = self._request.config
        path = self.path(name)
        shown = shown_path(path, config.rootpath)
        owner = self._request.node.nodeid + (f" (name={name!r})" if name is not None else "")
        earlier = config.stash[LEDGER].claim(path, owner)
        if earlier is not None:
            by = f"twice by {owner}" if earlier == owner else f"by {earlier} and by {owner}"
            pytest.fail(
                f"snapshot conflict: {shown} is asserted {by}; "
                "give each assert_match its own name=",
                pytrace=False,
            )
        try:
            result = check_snapshot(
                path, value, update=self.update, ignore=ignore, matchers=matchers
            )
        except (SnapshotError, CaseError, ValueError, TypeError) as exc:
            pytest.fail(f"article_snapshot {shown}: {exc}", pytrace=False)
        if result.outcome == "written":
            config.stash[LEDGER].rewrites.append(Rewrite(path, result.diff))
        elif result.outcome == "missing":
            pytest.fail(f"no snapshot {shown} yet. {UPDATE_HINT}", pytrace=False)
        elif result.outcome == "differs":
            lines = "\n".join(f"  {line}" for line in result.diff)
            pytest.fail(
                f"snapshot {shown} differs:\n{lines}\n"
                "Run pytest with --cleannews-update to rewrite it.",
                pytrace=False,
            )
