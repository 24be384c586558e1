"""Case folders for the pytest plugin: finding them, and reading one into a :class:`NewsPage`.

A case folder holds one page and what is expected of it::

    <case>/input.html     the page as bytes, in whatever encoding it declares
    <case>/input.txt      or: a flattened text dump, UTF-8
    <case>/meta.json      optional: {"url": str|null, "description": str, ...}
    <case>/expected.json  optional: an Article dict (or any mapping), or {"error": "Name"}

A case is named by its folder's path relative to the fixtures directory, with ``/``
(``"rferl/putin-erdogan"``). The name ``cleannews:<case>`` reads the pages bundled with
cleannews. This module never imports pytest: the plugin module does.
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path, PurePosixPath
from typing import Any

from .._api import extract, extract_text
from .._article import ARTICLE_KEYS, Article
from .._document import InputKind
from .._errors import CleannewsError

__all__ = [
    "BUNDLED_PREFIX",
    "CaseError",
    "NewsPage",
    "bundled_dir",
    "find_cases",
    "load_case",
    "read_json",
    "resolve_case_dir",
]

#: Case names starting with this prefix read the pages that ship with cleannews.
BUNDLED_PREFIX = "cleannews:"

INPUT_FILES: tuple[tuple[str, InputKind], ...] = (("input.html", "html"), ("input.txt", "text"))
EXPECTED_FILE = "expected.json"
META_FILE = "meta.json"


class CaseError(CleannewsError, LookupError):
    """A case folder that is missing, malformed or named in a way that is not allowed."""


def bundled_dir() -> Path:
    """Where the bundled pages live: ``cleannews/_fixtures`` in an installed wheel, else
    the repository's ``fixtures/`` (an editable install of a checkout)."""
    installed = resources.files("cleannews") / "_fixtures"
    if installed.is_dir():
        return Path(str(installed))
    # src/cleannews/pytest_plugin/cases.py -> the checkout's fixtures/ folder
    return Path(__file__).resolve().parents[3] / "fixtures"


def _check_name(name: str) -> PurePosixPath:
    rel = PurePosixPath(name)
    if not name or rel.is_absolute() or any(part in ("", ".", "..") for part in rel.parts):
        raise CaseError(f"invalid case name {name!r}: use a relative path like 'site/story'")
    return rel


def resolve_case_dir(name: str, fixtures_dir: Path) -> Path:
    """The folder a case name points to (it may not exist yet, e.g. before an update)."""
    if name.startswith(BUNDLED_PREFIX):
        return bundled_dir().joinpath(*_check_name(name[len(BUNDLED_PREFIX) :]).parts)
    return fixtures_dir.joinpath(*_check_name(name).parts)


def _input_file(case_dir: Path) -> tuple[Path, InputKind] | None:
    found = [
        (case_dir / fname, kind) for fname, kind in INPUT_FILES if (case_dir / fname).is_file()
    ]
    if len(found) > 1:
        raise CaseError(f"{case_dir} holds both input.html and input.txt: keep one")
    return found[0] if found else None


def read_json(path: Path) -> Any:
    """Read a JSON file, turning any failure into a :class:`CaseError` that names it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CaseError(f"cannot read {path}: {exc}") from exc


@dataclass(frozen=True)
class NewsPage:
    """One case folder: a page, its URL and metadata, and the article expected from it.

    Files are read on first access and kept, so a glob over many cases stays cheap to
    collect.
    """

    #: the case name as given (``"site/story"`` or ``"cleannews:wordpress-post"``)
    name: str
    #: the case folder
    path: Path
    #: ``"html"`` for ``input.html``, ``"text"`` for ``input.txt``
    kind: InputKind

    @property
    def input_path(self) -> Path:
        return self.path / ("input.html" if self.kind == "html" else "input.txt")

    @cached_property
    def input(self) -> str | bytes:
        """``bytes`` for an HTML page (decoding is the extractor's job), ``str`` for text."""
        try:
            if self.kind == "html":
                return self.input_path.read_bytes()
            return self.input_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CaseError(f"cannot read {self.input_path}: {exc}") from exc

    @cached_property
    def meta(self) -> Mapping[str, Any]:
        """``meta.json`` as a mapping; empty when the file is absent."""
        path = self.path / META_FILE
        if not path.is_file():
            return {}
        data = read_json(path)
        if not isinstance(data, dict):
            raise CaseError(f"{path} must hold a JSON object")
        return data

    @property
    def url(self) -> str | None:
        url = self.meta.get("url")
        return url if isinstance(url, str) and url else None

    @property
    def expected_path(self) -> Path:
        return self.path / EXPECTED_FILE

    @cached_property
    def expected_dict(self) -> Mapping[str, Any] | None:
        """``expected.json`` as stored (any mapping), or None when there is none yet."""
        if not self.expected_path.is_file():
            return None
        data = read_json(self.expected_path)
        if not isinstance(data, dict):
            raise CaseError(f"{self.expected_path} must hold a JSON object")
        return data

    @property
    def expected_error(self) -> str | None:
        """The error class name the case expects (``{"error": "NoArticleFound"}``), if any."""
        data = self.expected_dict
        if data is not None and set(data) == {"error"}:
            return str(data["error"])
        return None

    @property
    def expected(self) -> Article | None:
        """The expected :class:`Article`; None when there is no expected.json or it
        records an error. Keys it omits take the Article's defaults."""
        data = self.expected_dict
        if data is None or self.expected_error is not None:
            return None
        unknown = sorted(set(data) - set(ARTICLE_KEYS))
        if unknown:
            raise CaseError(
                f"{self.expected_path} is not an Article (keys {unknown}): "
                "read it with .expected_dict"
            )
        try:
            return Article.from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise CaseError(f"{self.expected_path} is not a valid Article: {exc}") from exc

    def extract(self) -> Article:
        """Run cleannews on the page: the text parser for ``input.txt``, else auto.

        A charset the server sent (``meta.json``: ``"charset_from": "http"``, as
        ``cleannews save-case`` writes it) decodes the page first, as a browser would.
        """
        if self.kind == "text":
            return extract_text(self.input, url=self.url)
        page = self.input
        charset = self.meta.get("charset")
        if isinstance(page, bytes) and self.meta.get("charset_from") == "http" and charset:
            # a lying or unknown header: the page's own declaration decides
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                page = page.decode(str(charset))
        return extract(page, url=self.url)


def load_case(name: str, fixtures_dir: Path) -> NewsPage:
    """Read the case folder a name points to; :class:`CaseError` when it holds no page."""
    case_dir = resolve_case_dir(name, fixtures_dir)
    if not case_dir.is_dir():
        where = "the bundled pages" if name.startswith(BUNDLED_PREFIX) else str(fixtures_dir)
        raise CaseError(f"no case folder {name!r} in {where} (looked for {case_dir})")
    found = _input_file(case_dir)
    if found is None:
        raise CaseError(f"case {name!r} ({case_dir}) has no input.html or input.txt")
    return NewsPage(name=name, path=case_dir, kind=found[1])


def _case_dirs(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for fname, _kind in INPUT_FILES:
        for path in root.rglob(fname):
            yield path.parent


def find_cases(pattern: str, fixtures_dir: Path) -> list[NewsPage]:
    """Every case whose name matches a glob (``*`` also crosses ``/``), sorted by name.

    ``cleannews:*`` globs over the bundled pages.
    """
    prefix = ""
    root = fixtures_dir
    if pattern.startswith(BUNDLED_PREFIX):
        prefix, pattern, root = BUNDLED_PREFIX, pattern[len(BUNDLED_PREFIX) :], bundled_dir()
    names = sorted(
        {d.relative_to(root).as_posix() for d in _case_dirs(root) if d != root},
    )
    return [
        load_case(prefix + name, fixtures_dir)
        for name in names
        if fnmatch.fnmatchcase(name, pattern)
    ]
