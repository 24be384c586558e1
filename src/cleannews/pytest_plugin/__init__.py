"""The cleannews pytest plugin: saved news pages, and snapshots of what is extracted.

Dormant until a project opts in: the ``pytest11`` entry point is the tiny module
``_cleannews_pytest``, which registers this module only under ``-p cleannews`` or the
ini key ``cleannews_plugin = true`` (or list ``cleannews.pytest_plugin`` in a root
conftest's ``pytest_plugins``). ``import cleannews`` never imports this module (nor pytest).

* ``news_page`` (function scope): a factory, ``news_page("site/story") -> NewsPage``.
* ``article_snapshot`` (function scope): ``assert_match(value, name=None, *, ignore=,
  matchers=, raises=)`` against ``__snapshots__/<module>/<test>[--<name>].json`` beside
  the test module, with a per-field diff; ``--cleannews-update`` writes the file instead
  and shows what it changed; ``--cleannews-unused`` lists the files no test asserted.
* ``@pytest.mark.cleannews_pages("glob", argname="news_case")``: one test per case folder.
* ini ``cleannews_collect = true``: every case folder under the fixtures directory is
  collected as items, one per field of its ``expected.json``, run through cleannews (or
  through a ``pytest_cleannews_extract`` hook a conftest provides).

See docs/pytest-plugin.md.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from .assertion import ArticleSnapshot
from .cases import CaseError, NewsPage, find_cases, load_case
from .collect import CaseFile, is_case_input
from .keys import safe_part, snapshot_path
from .ledger import LEDGER, Ledger
from .snapshot import shown_path

__all__ = ["ArticleSnapshot", "NewsPage", "NewsPageFactory"]

DEFAULT_FIXTURES = "tests/pages"
DEFAULT_ARGNAME = "news_case"
_WIRE_KEY = "cleannews"


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
    group = parser.getgroup("cleannews", "cleannews: saved news pages and snapshots")
    group.addoption(
        "--cleannews-update",
        action="store_true",
        default=False,
        help="write or rewrite the snapshots (and, with cleannews_collect, the expected.json "
        "files), showing each change; with --cleannews-unused, remove unused snapshots "
        "(default: off)",
    )
    group.addoption(
        "--cleannews-unused",
        action="store_true",
        default=False,
        help="after the run, list the snapshot files no test asserted (default: off)",
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
    config.stash[LEDGER] = Ledger()


def fixtures_dir_of(config: pytest.Config) -> Path:
    """The fixtures directory: --cleannews-fixtures (from the invocation directory), else
    the ini value (from the rootdir)."""
    option = config.getoption("cleannews_fixtures")
    if option:
        return (config.invocation_params.dir / str(option)).resolve()
    return (config.rootpath / str(config.getini("cleannews_fixtures"))).resolve()


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


def _snapshot_folder(item: pytest.Item) -> Path | None:
    path = Path(str(item.path))
    return snapshot_path(path, "_", None).parent if path.suffix == ".py" else None


def _test_key(item: pytest.Item) -> tuple[Path, str] | None:
    folder = _snapshot_folder(item)
    return None if folder is None else (folder, safe_part(item.name))


def pytest_itemcollected(item: pytest.Item) -> None:
    key = _test_key(item)
    if key is not None:
        ledger = item.config.stash[LEDGER]
        ledger.folders.add(key[0])
        ledger.collected.add(key)


def pytest_deselected(items: list[pytest.Item]) -> None:
    for item in items:
        key = _test_key(item)
        if key is not None:  # did not run: its snapshots are neither used nor unused
            item.config.stash[LEDGER].unknown.add(key)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    key = _test_key(item)
    if key is not None:
        ledger = item.config.stash[LEDGER]
        if report.failed or report.skipped:
            ledger.unknown.add(key)  # it may not have reached its assert_match calls
        elif report.when == "call":
            ledger.passed.add(key)
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if isinstance(workeroutput, dict):  # a pytest-xdist worker: the controller reports
        workeroutput[_WIRE_KEY] = session.config.stash[LEDGER].to_wire()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's controller: merge a finished worker's ledger into its own."""
    wire = getattr(node, "workeroutput", {}).get(_WIRE_KEY)
    if isinstance(wire, dict):
        node.config.stash[LEDGER].merge_wire(wire)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    ledger = config.stash.get(LEDGER, None)
    if ledger is None or hasattr(config, "workerinput"):
        return  # an xdist worker: the controller reports, from every worker's ledger
    if ledger.rewrites:
        terminalreporter.write_sep("-", f"cleannews: wrote {len(ledger.rewrites)} file(s)")
        for rewrite in sorted(ledger.rewrites, key=lambda r: r.path):
            terminalreporter.write_line(f"  {shown_path(rewrite.path, config.rootpath)}")
            for line in rewrite.diff:
                terminalreporter.write_line(f"      {line}")
    if config.getoption("cleannews_unused"):
        _report_unused(terminalreporter, config, ledger)


def _report_unused(
    reporter: pytest.TerminalReporter, config: pytest.Config, ledger: Ledger
) -> None:
    unused = ledger.unused()
    remove = bool(config.getoption("cleannews_update"))
    verb = "removed" if remove else "found"
    reporter.write_sep("-", f"cleannews: {verb} {len(unused)} unused snapshot file(s)")
    for path in unused:
        if remove:
            path.unlink(missing_ok=True)
        reporter.write_line(f"  {shown_path(path, config.rootpath)}")
    if unused and not remove:
        reporter.write_line("  (run with --cleannews-update to remove them)")


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


@pytest.fixture(scope="session")
def cleannews_fixtures_dir(pytestconfig: pytest.Config) -> Path:
    """Session scope, ``pathlib.Path``: the folder holding the case folders.

    Default: ``<rootdir>/tests/pages``; set by ini ``cleannews_fixtures`` or
    ``--cleannews-fixtures DIR``. Override this fixture in a conftest.py to point
    ``news_page`` elsewhere for the tests below it.
    """
    return fixtures_dir_of(pytestconfig)


@pytest.fixture
def news_page(cleannews_fixtures_dir: Path) -> NewsPageFactory:
    """Function scope, :class:`NewsPageFactory`: ``news_page("site/story")`` reads the case
    folder into a :class:`NewsPage`; ``news_page("cleannews:<case>")`` reads a bundled page.
    """
    return NewsPageFactory(cleannews_fixtures_dir)


@pytest.fixture
def article_snapshot(request: pytest.FixtureRequest) -> ArticleSnapshot:
    """Function scope, :class:`ArticleSnapshot`: ``assert_match(value, name=None, *,
    ignore=(), matchers=None, raises=None)`` compares with this test's snapshot ``name``."""
    return ArticleSnapshot(request)


@pytest.fixture
def news_case() -> NewsPage:
    """Function scope, :class:`NewsPage`: given by ``@pytest.mark.cleannews_pages(glob)``."""
    pytest.fail(
        "news_case comes from @pytest.mark.cleannews_pages('glob') on the test", pytrace=False
    )
