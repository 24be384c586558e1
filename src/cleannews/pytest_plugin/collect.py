"""Optional collection (ini ``cleannews_collect = true``): case folders as test items.

Each case folder's input file becomes a collector whose items are the fields its
``expected.json`` lists (``tests/pages/site/story/input.html::headline``), so a site's
layout drift shows up as a named failing field. The page is extracted once per collector,
by a conftest's ``pytest_cleannews_extract`` hook if one answers, else by cleannews.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .._article import Article
from .._errors import CleannewsError
from .cases import INPUT_FILES, CaseError, NewsPage
from .diff import diff_fields
from .ledger import LEDGER, Rewrite
from .snapshot import (
    UPDATE_HINT,
    SnapshotError,
    article_view,
    as_json_mapping,
    dump_json,
    shown_path,
    write_atomic,
)

__all__ = ["CaseFile", "FieldItem", "FieldMismatch", "is_case_input"]

ERROR_FIELD = "error"
MISSING_FIELD = "expected.json"
_INPUT_NAMES = frozenset(name for name, _kind in INPUT_FILES)


class FieldMismatch(CleannewsError, AssertionError):
    """A collected field that differs from its expected value; shown without a traceback."""


def is_case_input(path: Path) -> bool:
    return path.name in _INPUT_NAMES


@dataclass(frozen=True, slots=True)
class _Extraction:
    """What extracting a page gave: its JSON form, or the CleannewsError it raised."""

    data: Mapping[str, Any] | None
    error: str | None = None
    message: str = ""
    is_article: bool = False


class CaseFile(pytest.File):
    """One case folder, collected through its input file."""

    def __init__(self, *, fixtures_dir: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        case_dir = self.path.parent
        kind = dict(INPUT_FILES)[self.path.name]
        try:
            name = case_dir.resolve().relative_to(fixtures_dir).as_posix()
        except ValueError:
            name = case_dir.name
        self.page = NewsPage(name=name, path=case_dir, kind=kind)
        self._extraction: _Extraction | None = None

    def collect(self) -> Iterator[FieldItem]:
        expected = self.page.expected_dict  # a broken file is a collection error, named
        if expected is None:
            yield FieldItem.from_parent(self, name=MISSING_FIELD, field=MISSING_FIELD)
        elif self.page.expected_error is not None:
            yield FieldItem.from_parent(self, name=ERROR_FIELD, field=ERROR_FIELD)
        else:
            for field in expected:
                yield FieldItem.from_parent(self, name=field, field=field)

    def extraction(self) -> _Extraction:
        """Extract the page once for all the fields of this case."""
        if self._extraction is None:
            self._extraction = self._extract()
        return self._extraction

    def _extract(self) -> _Extraction:
        try:
            value = self.config.hook.pytest_cleannews_extract(page=self.page)
            if value is None:
                value = self.page.extract()
        except CleannewsError as exc:
            return _Extraction(None, error=type(exc).__name__, message=str(exc))
        try:
            return _Extraction(as_json_mapping(value), is_article=isinstance(value, Article))
        except SnapshotError as exc:
            return _Extraction(None, error=type(exc).__name__, message=str(exc))

    def rewrite(self) -> None:
        """Under --cleannews-update: store what the extraction gave (all fields)."""
        got = self.extraction()
        data = got.data if got.data is not None else {"error": got.error}
        before = self.page.expected_dict
        diff = ("new file",) if before is None else tuple(diff_fields(before, data))
        write_atomic(self.page.expected_path, dump_json(data))
        self.config.stash[LEDGER].rewrites.append(Rewrite(self.page.expected_path, diff))


class FieldItem(pytest.Item):
    """One field of a collected case."""

    def __init__(self, *, field: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.field = field

    @property
    def case(self) -> CaseFile:
        parent = self.parent
        assert isinstance(parent, CaseFile)
        return parent

    def runtest(self) -> None:
        problem = self._problem()
        if problem is None:
            return
        if self.config.getoption("cleannews_update"):
            self.case.rewrite()
            return
        raise FieldMismatch(problem)

    def _problem(self) -> str | None:
        page = self.case.page
        got = self.case.extraction()
        if self.field == MISSING_FIELD:
            shown = shown_path(page.expected_path, self.config.rootpath)
            return f"no expected file: {shown} does not exist. {UPDATE_HINT}"
        if self.field == ERROR_FIELD:
            wanted = page.expected_error
            if got.error == wanted:
                return None
            what = f"raised {got.error}" if got.error else "gave an article"
            return f"expected {wanted}, but the extraction {what}"
        if got.data is None:
            return f"extraction raised {got.error}: {got.message}"
        expected = page.expected_dict or {}
        view = article_view(expected) if got.is_article else expected
        if self.field not in got.data:
            return f"{self.field} missing from the extraction"
        diff = diff_fields({self.field: view[self.field]}, {self.field: got.data[self.field]})
        return "\n".join(diff) if diff else None

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        if isinstance(excinfo.value, FieldMismatch | CaseError | SnapshotError):
            return f"{self.case.page.name}: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.case.page.name}::{self.field}"
