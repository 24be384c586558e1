"""The cleannews pytest plugin: saved news pages and the articles expected from them.

Registered under the ``pytest11`` entry point, so it is active once cleannews is
installed; ``import cleannews`` never imports this module (nor pytest).

* ``news_page`` (function scope): a factory, ``news_page("site/story") -> NewsPage``.
* ``article_snapshot`` (function scope): ``assert_match(article_or_mapping, name=None)``
  against the case's ``expected.json``, with a per-field diff; ``--cleannews-update``
  writes the file instead.
* ``@pytest.mark.cleannews_pages("glob", argname="news_case")``: one test per case folder.
* ini ``cleannews_collect = true``: every case folder under the fixtures directory is
  collected as items, one per expected field, run through cleannews (or through a
  ``pytest_cleannews_extract`` hook a conftest provides).

See docs/pytest-plugin.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .cases import (
    BUNDLED_PREFIX,
    CaseError,
    NewsPage,
    find_cases,
    load_case,
    resolve_case_dir,
)
from .collect import WRITTEN, CaseFile, is_case_input
from .snapshot import UPDATE_HINT, SnapshotError, check_snapshot, shown_path

__all__ = ["ArticleSnapshot", "NewsPage", "NewsPageFactory"]

DEFAULT_FIXTURES = "tests/pages"
DEFAULT_ARGNAME = "news_case"


class CleannewsHookspecs:
    """Hooks a conftest.py may implement."""

    @pytest.hookspec(firstresult=True)
    def pytest_cleannews_extract(self, page: NewsPage) -> Any:
        """Extract a collected case (``cleannews_collect = true``) with your own scraper.

        Return an Article or a mapping; return None to let cleannews extract the page.
        """


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    pluginmanager.add_hookspecs(CleannewsHookspecs)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cleannews", "cleannews: saved news pages and expected articles")
    group.addoption(
        "--cleannews-update",
        action="store_true",
        default=False,
        help="write or rewrite the expected.json files that article_snapshot compares with",
    )
    group.addoption(
        "--cleannews-fixtures",
        metavar="DIR",
        default=None,
        help=f"the folder holding the case folders (default: ini cleannews_fixtures, "
        f"else {DEFAULT_FIXTURES})",
    )
    parser.addini(
        "cleannews_fixtures",
        help=f"the folder holding the case folders, relative to the rootdir ({DEFAULT_FIXTURES})",
        type="string",
        default=DEFAULT_FIXTURES,
    )
    parser.addini(
        "cleannews_collect",
        help="collect every case folder as test items, one per expected field (false)",
        type="bool",
        default=False,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"cleannews_pages(glob, argname='{DEFAULT_ARGNAME}'): run the test once per case "
        "folder whose name matches the glob ('cleannews:*' for the bundled pages), passing "
        "the NewsPage as the named argument; the case names are the test ids.",
    )
    config.stash[WRITTEN] = []


def fixtures_dir_of(config: pytest.Config) -> Path:
    """The fixtures directory: --cleannews-fixtures (from the invocation directory), else
    the ini value (from the rootdir)."""
    option = config.getoption("cleannews_fixtures")
    if option:
        return (config.invocation_params.dir / str(option)).resolve()
    return (config.rootpath / str(config.getini("cleannews_fixtures"))).resolve()


def update_mode(config: pytest.Config) -> bool:
    return bool(config.getoption("cleannews_update"))


def record_written(config: pytest.Config, path: Path) -> None:
    config.stash[WRITTEN].append(path)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marker = metafunc.definition.get_closest_marker("cleannews_pages")
    if marker is None:
        return
    where = f"{metafunc.definition.nodeid}: @pytest.mark.cleannews_pages"
    if len(marker.args) != 1 or not isinstance(marker.args[0], str):
        pytest.fail(f"{where} takes one glob string, e.g. ('site/*')", pytrace=False)
    argname = marker.kwargs.get("argname", DEFAULT_ARGNAME)
    if argname not in metafunc.fixturenames:
        pytest.fail(f"{where}: the test must take an argument named {argname!r}", pytrace=False)
    root = fixtures_dir_of(metafunc.config)
    try:
        pages = find_cases(marker.args[0], root)
    except CaseError as exc:
        pytest.fail(f"{where}: {exc}", pytrace=False)
    if not pages:
        pytest.fail(f"{where}: no case folder matches {marker.args[0]!r} in {root}", pytrace=False)
    metafunc.parametrize(argname, pages, ids=[page.name for page in pages])


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> CaseFile | None:
    config = parent.config
    if not config.getini("cleannews_collect") or not is_case_input(file_path):
        return None
    root = fixtures_dir_of(config)
    if not file_path.resolve().is_relative_to(root):
        return None
    return CaseFile.from_parent(parent, path=file_path, fixtures_dir=root)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    written = config.stash.get(WRITTEN, [])
    if written:
        terminalreporter.write_sep("-", f"cleannews: wrote {len(written)} expected file(s)")
        for path in written:
            terminalreporter.write_line(f"  {shown_path(path, config.rootpath)}")


class NewsPageFactory:
    """``news_page(name) -> NewsPage``; remembers the pages a test loaded."""

    def __init__(self, fixtures_dir: Path) -> None:
        self.fixtures_dir = fixtures_dir
        self.loaded: list[NewsPage] = []

    def __call__(self, name: str) -> NewsPage:
        try:
            page = load_case(name, self.fixtures_dir)
            page.meta  # noqa: B018 - read now so a broken case fails here, named
            page.input  # noqa: B018
        except CaseError as exc:
            pytest.fail(str(exc), pytrace=False)
        self.loaded.append(page)
        return page


class ArticleSnapshot:
    """Compares what a test extracted with the ``expected.json`` of a case folder."""

    def __init__(
        self, request: pytest.FixtureRequest, pages: NewsPageFactory, fixtures_dir: Path
    ) -> None:
        self._request = request
        self._pages = pages
        self.fixtures_dir = fixtures_dir
        self.update = update_mode(request.config)

    def _current_case(self) -> NewsPage | None:
        node = self._request.node
        marker = node.get_closest_marker("cleannews_pages")
        callspec = getattr(node, "callspec", None)
        if marker is not None and callspec is not None:
            page = callspec.params.get(marker.kwargs.get("argname", DEFAULT_ARGNAME))
            if isinstance(page, NewsPage):
                return page
        return self._pages.loaded[-1] if self._pages.loaded else None

    def target(self, name: str | None = None) -> tuple[str, Path]:
        """The case name and the expected.json that ``assert_match(..., name)`` uses."""
        if name is not None:
            try:
                return name, resolve_case_dir(name, self.fixtures_dir) / "expected.json"
            except CaseError as exc:
                pytest.fail(str(exc), pytrace=False)
        page = self._current_case()
        if page is None:
            pytest.fail(
                "article_snapshot: which case? Pass name='site/story', load a page with "
                "news_page(...) first, or use @pytest.mark.cleannews_pages",
                pytrace=False,
            )
        return page.name, page.expected_path

    def assert_match(self, value: object, name: str | None = None) -> None:
        """Compare an Article or a mapping with the stored expected.json, field by field.

        ``name`` is a case name (``"site/story"``); by default, the case of this test (the
        ``cleannews_pages`` parameter, else the last page ``news_page`` loaded). Under
        ``--cleannews-update`` the file is written instead (bundled pages are read-only).
        """
        label, path = self.target(name)
        if self.update and label.startswith(BUNDLED_PREFIX):
            pytest.fail(f"the bundled page {label!r} is read-only", pytrace=False)
        try:
            result = check_snapshot(path, value, update=self.update)
        except (SnapshotError, CaseError) as exc:
            pytest.fail(f"article_snapshot {label!r}: {exc}", pytrace=False)
        shown = shown_path(path, self._request.config.rootpath)
        if result.outcome == "written":
            record_written(self._request.config, path)
        elif result.outcome == "missing":
            pytest.fail(
                f"no expected file for {label!r}: {shown} does not exist. {UPDATE_HINT}",
                pytrace=False,
            )
        elif result.outcome == "differs":
            lines = "\n".join(f"  {line}" for line in result.diff)
            pytest.fail(
                f"article {label!r} differs from {shown}:\n{lines}\n"
                "Run pytest with --cleannews-update to rewrite it.",
                pytrace=False,
            )


@pytest.fixture(scope="session")
def cleannews_fixtures_dir(pytestconfig: pytest.Config) -> Path:
    """Session scope, ``pathlib.Path``: the folder holding the case folders.

    Default: ``<rootdir>/tests/pages``; set by ini ``cleannews_fixtures`` or
    ``--cleannews-fixtures DIR``. Override this fixture in a conftest.py to point
    ``news_page`` and ``article_snapshot`` elsewhere for the tests below it.
    """
    return fixtures_dir_of(pytestconfig)


@pytest.fixture
def news_page(cleannews_fixtures_dir: Path) -> NewsPageFactory:
    """Function scope, :class:`NewsPageFactory`: ``news_page("site/story")`` reads the case
    folder into a :class:`NewsPage`; ``news_page("cleannews:<case>")`` reads a bundled page.
    """
    return NewsPageFactory(cleannews_fixtures_dir)


@pytest.fixture
def article_snapshot(
    request: pytest.FixtureRequest, news_page: NewsPageFactory, cleannews_fixtures_dir: Path
) -> ArticleSnapshot:
    """Function scope, :class:`ArticleSnapshot`: ``assert_match(article_or_mapping, name=None)``
    compares with the case's expected.json; the case defaults to this test's case."""
    return ArticleSnapshot(request, news_page, cleannews_fixtures_dir)


@pytest.fixture
def news_case() -> NewsPage:
    """Function scope, :class:`NewsPage`: given by ``@pytest.mark.cleannews_pages(glob)``."""
    pytest.fail(
        "news_case comes from @pytest.mark.cleannews_pages('glob') on the test", pytrace=False
    )
