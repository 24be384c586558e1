"""The pytest plugin's pages, marker and collection, through pytester runs; the
snapshot fixture is tested in test_pytest_plugin_snapshots.py.

The inner test projects compare mappings and Articles the tests build themselves, so
nothing here depends on how well cleannews extracts a page.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from cleannews.pytest_plugin.cases import bundled_dir
from cleannews.pytest_plugin.diff import MAX_DIFF_LINES, diff_fields
from cleannews.pytest_plugin.snapshot import write_atomic

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "plugin-demo"

# Inner runs skip the cache and hypothesis' plugin (slow to import, unused here).
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
BODY = [{"kind": "paragraph", "text": f"Paragraph number {i} of the story."} for i in range(1, 10)]
ARTICLE: dict[str, Any] = {
    "url": "https://news.test/a/1",
    "site": "news.test",
    "parser": "generic",
    "language": "en",
    "headline": "Old headline",
    "subheadline": None,
    "section": "World",
    "authors": ["Jane Roe"],
    "published": "2026-01-02T03:04:05+00:00",
    "modified": None,
    "tags": ["a", "b"],
    "captions": [{"text": "A lead photo.", "credit": "AP Photo/X", "image_url": None, "alt": None}],
    "body": BODY,
    "credits": [],
    "disclaimers": [],
    "stripped": [],
}


def make_case(
    root: Path,
    name: str,
    *,
    expected: Any = None,
    html: bytes = b"<html><body><h1>Hi</h1><p>One.</p></body></html>",
    text: str | None = None,
    url: str | None = "https://news.test/a/1",
) -> Path:
    """A case folder under ``root``: an input file, meta.json, and expected.json if given."""
    case = root.joinpath(*name.split("/"))
    case.mkdir(parents=True, exist_ok=True)
    if text is None:
        (case / "input.html").write_bytes(html)
    else:
        (case / "input.txt").write_text(text, encoding="utf-8")
    (case / "meta.json").write_text(json.dumps({"url": url, "description": "t"}), encoding="utf-8")
    if expected is not None:
        (case / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    return case


OPT_IN = "[pytest]\ncleannews_plugin = true\n"


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """An isolated test project with a tests/pages folder and an ini file that turns the
    plugin on."""
    pytester.makeini(OPT_IN)
    (pytester.path / "tests" / "pages").mkdir(parents=True)
    return pytester


def pages(p: pytest.Pytester) -> Path:
    return p.path / "tests" / "pages"


# --- packaging --------------------------------------------------------------------------


def test_import_cleannews_never_imports_pytest() -> None:
    code = "import sys, cleannews; cleannews.extract; sys.exit('pytest' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True)
    assert result.returncode == 0, result.stderr.decode()


def test_registered_under_the_pytest11_entry_point() -> None:
    found = [ep.value for ep in entry_points(group="pytest11") if ep.name == "cleannews"]
    assert found == ["_cleannews_pytest"]


def test_help_lists_the_option_group_and_ini_keys(project: pytest.Pytester) -> None:
    result = project.runpytest("--help")
    result.stdout.fnmatch_lines(
        [
            "cleannews: saved news pages and snapshots:",
            "*--cleannews-update*",
            "*--cleannews-unused*",
            "*--cleannews-fixtures=DIR*",
        ]
    )
    result.stdout.fnmatch_lines(["*cleannews_fixtures (string):*", "*cleannews_collect (bool):*"])


# --- news_page ----------------------------------------------------------------------------


def test_news_page_reads_a_case_folder(project: pytest.Pytester) -> None:
    make_case(pages(project), "site/story", expected=ARTICLE, html=b"<p>\xe9</p>")
    make_case(pages(project), "site/dump", text="Headline\n\nBody.", url=None)
    project.makepyfile(
        test_it="""
        from pathlib import Path
        from cleannews import Article

        def test_html(news_page):
            page = news_page("site/story")
            assert page.name == "site/story"
            assert page.kind == "html"
            assert page.input == b"<p>\\xe9</p>"
            assert page.url == "https://news.test/a/1"
            assert page.meta["description"] == "t"
            assert isinstance(page.expected, Article)
            assert page.expected.headline == "Old headline"
            assert page.expected_dict["section"] == "World"
            assert page.path == Path("tests/pages/site/story").resolve()

        def test_text(news_page):
            page = news_page("site/dump")
            assert (page.kind, page.input, page.url) == ("text", "Headline\\n\\nBody.", None)
            assert page.expected is None and page.expected_dict is None
        """
    )
    project.runpytest(*QUIET).assert_outcomes(passed=2)


def test_news_page_names_a_missing_or_bad_case(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_it="""
        def test_missing(news_page):
            news_page("site/nowhere")

        def test_escape(news_page):
            news_page("../outside")
        """
    )
    result = project.runpytest(*QUIET)
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        ["*no case folder 'site/nowhere'*", "*invalid case name '../outside'*"]
    )


def test_bundled_pages_are_read_with_the_cleannews_prefix(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_it="""
        import pytest

        def test_ap(news_page):
            page = news_page("cleannews:ap-wire")
            assert page.kind == "html"
            assert page.expected.headline == (
                "Wildfire forces evacuation of 2,000 homes near Boise as winds pick up"
            )
            assert page.expected.disclaimers[0].kind == "copyright"

        def test_legacy_bytes(news_page):
            page = news_page("cleannews:legacy-encoding-cp1251")
            assert b'charset="windows-1251"' in page.input
            assert "Приволжске".encode("cp1251") in page.input

        @pytest.mark.cleannews_pages("cleannews:*")
        def test_each(news_case):
            assert news_case.name.startswith("cleannews:")
            assert news_case.expected_dict is not None
        """
    )
    result = project.runpytest(*QUIET, "-v")
    result.stdout.fnmatch_lines(
        [
            "*test_each?cleannews:no-article-index? PASSED*",
            "*test_each?cleannews:wordpress-post? PASSED*",
        ]
    )
    bundled = [d for d in bundled_dir().iterdir() if (d / "expected.json").is_file()]
    result.assert_outcomes(passed=2 + len(bundled))


def test_fixtures_dir_from_the_option_and_the_ini(project: pytest.Pytester) -> None:
    make_case(project.path / "saved", "x", expected={"k": 1})
    project.makepyfile(
        test_it="""
        def test_it(news_page, cleannews_fixtures_dir):
            assert cleannews_fixtures_dir.name == "saved"
            assert news_page("x").expected_dict == {"k": 1}
        """
    )
    project.runpytest(*QUIET, "--cleannews-fixtures", "saved").assert_outcomes(passed=1)
    project.makeini(OPT_IN + "cleannews_fixtures = saved\n")
    project.runpytest(*QUIET).assert_outcomes(passed=1)


# --- the cleannews_pages marker -----------------------------------------------------------


def test_marker_parametrizes_over_matching_cases_with_their_names(
    project: pytest.Pytester,
) -> None:
    for name in ("rferl/one", "rferl/two", "voa/three"):
        make_case(pages(project), name, expected={"name": name})
    project.makepyfile(
        test_it="""
        import pytest

        @pytest.mark.cleannews_pages("rferl/*")
        def test_site(news_case):
            assert news_case.expected_dict == {"name": news_case.name}

        @pytest.mark.cleannews_pages("*", argname="page_case")
        def test_all(page_case):
            assert page_case.input.startswith(b"<html>")
        """
    )
    result = project.runpytest(*QUIET, "-v")
    result.assert_outcomes(passed=5)
    result.stdout.fnmatch_lines(
        [
            "*test_site?rferl/one? PASSED*",
            "*test_site?rferl/two? PASSED*",
            "*test_all?rferl/one? PASSED*",
            "*test_all?rferl/two? PASSED*",
            "*test_all?voa/three? PASSED*",
        ]
    )


def test_marker_errors_are_named(project: pytest.Pytester) -> None:
    make_case(pages(project), "site/a")
    project.makepyfile(
        test_a="""
        import pytest

        @pytest.mark.cleannews_pages("nomatch/*")
        def test_nomatch(news_case):
            pass
        """,
        test_b="""
        import pytest

        @pytest.mark.cleannews_pages("site/*")
        def test_no_argument():
            pass
        """,
    )
    result = project.runpytest(*QUIET)
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(
        [
            "*no case folder matches 'nomatch/*'*",
            "*the test must take an argument named 'news_case'*",
        ]
    )


def test_news_case_without_the_marker_explains_itself(project: pytest.Pytester) -> None:
    project.makepyfile(test_it="def test_it(news_case):\n    pass\n")
    result = project.runpytest(*QUIET)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*news_case comes from @pytest.mark.cleannews_pages*"])


# --- optional collection ------------------------------------------------------------------

SCRAPER_CONFTEST = """
def pytest_cleannews_extract(page):
    if page.name.startswith("own/"):
        return {"headline": "H", "authors": ["A"], "body": ["one", "two"]}
    return None
"""


def test_collection_makes_one_item_per_field(project: pytest.Pytester) -> None:
    project.makeini(OPT_IN + "cleannews_collect = true\n")
    project.makeconftest(SCRAPER_CONFTEST)
    make_case(pages(project), "own/good", expected={"headline": "H", "authors": ["A"]})
    make_case(pages(project), "own/drifted", expected={"headline": "H", "body": ["one", "three"]})
    result = project.runpytest(*QUIET, "-v")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "tests/pages/own/drifted/input.html::headline PASSED*",
            "tests/pages/own/drifted/input.html::body FAILED*",
            "tests/pages/own/good/input.html::headline PASSED*",
            "tests/pages/own/good/input.html::authors PASSED*",
        ]
    )
    result.stdout.fnmatch_lines(["own/drifted: body item 2 differs: 'three' -> 'two'"])


def test_collection_runs_cleannews_by_default(project: pytest.Pytester) -> None:
    project.makeini(OPT_IN + "cleannews_collect = true\n")
    # blank input: cleannews raises InputError whatever its parsers do
    make_case(pages(project), "blank", text="  \n", expected={"error": "InputError"})
    make_case(pages(project), "wrong", text="  \n", expected={"error": "NoArticleFound"})
    result = project.runpytest(*QUIET, "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*expected NoArticleFound, but the extraction raised InputError*"])


def test_collection_update_writes_every_field(project: pytest.Pytester) -> None:
    project.makeini(OPT_IN + "cleannews_collect = true\n")
    project.makeconftest(SCRAPER_CONFTEST)
    new = make_case(pages(project), "own/new")
    old = make_case(pages(project), "own/old", expected={"headline": "X"})
    result = project.runpytest(*QUIET, "--cleannews-update")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "  tests/pages/own/new/expected.json",
            "      new file",
            "  tests/pages/own/old/expected.json",
            "      headline changed: 'X' -> 'H'",
            '      authors unexpected: ["A"]',
        ]
    )
    want = {"headline": "H", "authors": ["A"], "body": ["one", "two"]}
    for case in (new, old):
        assert json.loads((case / "expected.json").read_text(encoding="utf-8")) == want
    project.runpytest(*QUIET).assert_outcomes(passed=6)


def test_collection_is_off_by_default(project: pytest.Pytester) -> None:
    make_case(pages(project), "own/good", expected={"headline": "H"})
    project.makepyfile(test_it="def test_it():\n    pass\n")
    project.runpytest(*QUIET).assert_outcomes(passed=1)


# --- the example project CI runs ------------------------------------------------------------


def test_example_project_passes_fails_with_a_diff_and_updates(pytester: pytest.Pytester) -> None:
    shutil.copytree(EXAMPLE / "tests", pytester.path / "tests")
    shutil.copy(EXAMPLE / "pytest.ini", pytester.path / "pytest.ini")
    pytester.runpytest(*QUIET).assert_outcomes(passed=5)

    snapshots = pytester.path / "tests" / "__snapshots__" / "test_scraper"
    stored = snapshots / "test_budget_story.json"
    data = json.loads(stored.read_text(encoding="utf-8"))
    data["headline"] = "Council rejects budget"
    stored.write_text(json.dumps(data), encoding="utf-8")
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=4, failed=1)
    diff_line = (
        "  headline changed: 'Council rejects budget' -> "
        "'Council passes budget after five-hour meeting'"
    )
    result.stdout.fnmatch_lines([diff_line])

    updated = pytester.runpytest(*QUIET, "--cleannews-update")
    updated.assert_outcomes(passed=5)
    # the rewrite is shown field by field, under the file's name
    updated.stdout.fnmatch_lines(
        [
            "*cleannews: wrote 1 file(s)*",
            "  tests/__snapshots__/test_scraper/test_budget_story.json",
            "    " + diff_line,
        ]
    )
    assert json.loads(stored.read_text(encoding="utf-8"))["headline"] == (
        "Council passes budget after five-hour meeting"
    )
    pytester.runpytest(*QUIET, "--cleannews-unused").stdout.fnmatch_lines(
        ["*cleannews: found 0 unused snapshot file(s)*"]
    )


# --- the diff and the writer, directly ----------------------------------------------------


def test_diff_aligns_lists_so_one_dropped_paragraph_is_one_line() -> None:
    got = [b for i, b in enumerate(BODY) if i != 2]
    assert diff_fields({"body": BODY}, {"body": got}) == [
        "body has 8 items, expected 9",
        "body paragraph 3 missing: 'Paragraph number 3 of the story.'",
    ]


def test_diff_of_long_texts_shows_where_they_part() -> None:
    long_a = "word " * 40 + "alpha " + "tail " * 20
    long_b = "word " * 40 + "beta " + "tail " * 20
    [line] = diff_fields({"subheadline": long_a}, {"subheadline": long_b})
    assert line.startswith("subheadline changed: expected '…")
    # 25 characters either side of the first difference, the cut ends marked
    assert "expected '…word word word word word alpha tail tail tail tail…'" in line
    assert "got '…word word word word word beta tail tail tail tail …'" in line
    assert line.endswith("(at character 201)")


def test_diff_subset_ignores_fields_the_expected_file_leaves_out() -> None:
    assert diff_fields({"headline": "H"}, {"headline": "H", "tags": ["x"]}, subset=True) == []
    assert diff_fields({"headline": "H"}, {"headline": "H", "tags": ["x"]}) == [
        'tags unexpected: ["x"]'
    ]


def test_diff_is_cut_to_a_readable_length() -> None:
    many = {f"k{i}": i for i in range(100)}
    lines = diff_fields(many, {})
    assert len(lines) == MAX_DIFF_LINES
    assert lines[-1] == f"… and {100 - MAX_DIFF_LINES + 1} more differences"


def test_atomic_write_replaces_whole_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "expected.json"
    write_atomic(target, "one\n")
    os.chmod(target, 0o664)
    write_atomic(target, "two\n")
    assert target.read_text(encoding="utf-8") == "two\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o664)
    assert [p.name for p in target.parent.iterdir()] == ["expected.json"]


def test_docs_show_the_example_file_ci_runs() -> None:
    doc = (ROOT / "docs" / "pytest-plugin.md").read_text(encoding="utf-8")
    example = (EXAMPLE / "tests" / "test_scraper.py").read_text(encoding="utf-8")
    assert f"```python\n{example}```" in doc


def test_plugin_is_dormant_until_the_project_opts_in(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\n")
    pytester.makepyfile(test_it="def test_it(news_page):\n    pass\n")
    dormant = pytester.runpytest(*QUIET)
    dormant.assert_outcomes(errors=1)
    dormant.stdout.fnmatch_lines(["*fixture 'news_page' not found*"])
    helped = pytester.runpytest(*QUIET, "--help")
    assert "--cleannews-update" not in helped.stdout.str()
    helped.stdout.fnmatch_lines(["*cleannews_plugin (bool):*"])
    # -p cleannews turns it on for one run, as the ini key does for every run
    pytester.runpytest(*QUIET, "-p", "cleannews").assert_outcomes(passed=1)
    pytester.makeini(OPT_IN)
    pytester.runpytest(*QUIET).assert_outcomes(passed=1)


def test_plugin_can_be_disabled(project: pytest.Pytester) -> None:
    project.makepyfile(test_it="def test_it(news_page):\n    pass\n")
    result = project.runpytest(*QUIET, "-p", "no:cleannews")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'news_page' not found*"])
