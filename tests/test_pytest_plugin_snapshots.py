"""The ``article_snapshot`` fixture through pytester runs: snapshots keyed by test and
name, conflicts, unused files, field matchers, exceptions as values, and what
``--cleannews-update`` reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleannews.pytest_plugin.keys import safe_part, snapshot_path, stem_owner
from cleannews.pytest_plugin.matchers import (
    apply_matchers,
    as_set,
    by_day,
    drop_ignored,
    whitespace,
)

pytest_plugins = ["pytester"]

QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini("[pytest]\ncleannews_plugin = true\n")
    return pytester


def snapshots(p: pytest.Pytester, module: str = "test_it") -> Path:
    return p.path / "__snapshots__" / module


def read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


# --- keys and conflicts -------------------------------------------------------------------

TWO_TESTS_ONE_PAGE = """
import pytest

PAGE = {"headline": "Budget passes", "body": ["One.", "Two."]}

def scraper_a(page):
    return {"headline": page["headline"]}

def scraper_b(page):
    return {"paragraphs": len(page["body"])}

def test_a(article_snapshot):
    article_snapshot.assert_match(scraper_a(PAGE))
    article_snapshot.assert_match(scraper_b(PAGE), name="counts")

def test_b(article_snapshot):
    article_snapshot.assert_match(scraper_b(PAGE))

@pytest.mark.parametrize("n", [1, 2])
def test_params(article_snapshot, n):
    article_snapshot.assert_match({"n": n})
"""


def test_snapshots_are_keyed_by_test_and_name(project: pytest.Pytester) -> None:
    project.makepyfile(test_it=TWO_TESTS_ONE_PAGE)
    missing = project.runpytest(*QUIET)
    missing.assert_outcomes(failed=4)
    missing.stdout.fnmatch_lines(
        ["*no snapshot __snapshots__/test_it/test_a.json yet. Run pytest with --cleannews-update*"]
    )
    project.runpytest(*QUIET, "--cleannews-update").assert_outcomes(passed=4)
    folder = snapshots(project)
    assert sorted(p.name for p in folder.iterdir()) == [
        "test_a--counts.json",
        "test_a.json",
        "test_b.json",
        "test_params[1].json",
        "test_params[2].json",
    ]
    # the two tests of the same page, and the two snapshots of one test, kept apart
    assert read(folder / "test_a.json") == {"headline": "Budget passes"}
    assert read(folder / "test_a--counts.json") == {"paragraphs": 2}
    assert read(folder / "test_b.json") == {"paragraphs": 2}
    assert read(folder / "test_params[2].json") == {"n": 2}
    project.runpytest(*QUIET).assert_outcomes(passed=4)


def test_one_key_asserted_twice_is_a_conflict(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_it="""
        def test_twice(article_snapshot):
            article_snapshot.assert_match({"a": 1}, name="x")
            article_snapshot.assert_match({"a": 2}, name="x")
        """
    )
    result = project.runpytest(*QUIET, "--cleannews-update")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snapshot conflict: __snapshots__/test_it/test_twice--x.json is asserted twice by "
            "test_it.py::test_twice (name='x'); give each assert_match its own name="
        ]
    )
    # the first value stands; the second never overwrote it
    assert read(snapshots(project) / "test_twice--x.json") == {"a": 1}


def test_update_shows_what_it_changed_field_by_field(project: pytest.Pytester) -> None:
    write(snapshots(project) / "test_story.json", {"headline": "Old", "tags": ["a", "b"]})
    project.makepyfile(
        test_it="""
        def test_story(article_snapshot):
            article_snapshot.assert_match({"headline": "New", "tags": ["a"]})

        def test_new(article_snapshot):
            article_snapshot.assert_match({"k": 1})
        """
    )
    result = project.runpytest(*QUIET, "--cleannews-update")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "*cleannews: wrote 2 file(s)*",
            "  __snapshots__/test_it/test_new.json",
            "      new file",
            "  __snapshots__/test_it/test_story.json",
            "      headline changed: 'Old' -> 'New'",
            "      tags has 1 items, expected 2",
            "      tag 2 missing: 'b'",
        ]
    )
    # an unchanged file is neither rewritten nor listed
    before = (snapshots(project) / "test_story.json").stat().st_mtime_ns
    again = project.runpytest(*QUIET, "--cleannews-update")
    assert "cleannews: wrote" not in again.stdout.str()
    assert (snapshots(project) / "test_story.json").stat().st_mtime_ns == before


def test_an_article_is_compared_on_the_fields_its_file_lists(project: pytest.Pytester) -> None:
    # a hand-written snapshot may check only some fields of an Article
    write(snapshots(project) / "test_it.json", {"headline": "H", "authors": ["A. Writer"]})
    project.makepyfile(
        test_it="""
        from cleannews import Article

        def test_it(article_snapshot):
            got = Article(parser="generic", headline="H", authors=("B. Writer",), tags=("x",))
            article_snapshot.assert_match(got)
        """
    )
    result = project.runpytest(*QUIET)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["  author 1 differs: 'A. Writer' -> 'B. Writer'"])
    assert "tags" not in result.stdout.str()


# --- unused snapshot files ----------------------------------------------------------------


def test_unused_snapshots_are_listed_then_removed_with_update(project: pytest.Pytester) -> None:
    folder = snapshots(project)
    for name in ("test_kept", "test_kept--old-name", "test_gone", "test_failing--x"):
        write(folder / f"{name}.json", {"k": 1})
    write(folder / "test_deselected.json", {"k": 1})
    write(snapshots(project, "test_deleted_module") / "test_x.json", {"k": 1})
    project.makepyfile(
        test_it="""
        def test_kept(article_snapshot):
            article_snapshot.assert_match({"k": 1})

        def test_failing(article_snapshot):
            assert False, "fails before it asserts its snapshot"

        def test_deselected(article_snapshot):
            article_snapshot.assert_match({"k": 1})
        """
    )
    result = project.runpytest(*QUIET, "--cleannews-unused", "-k", "not deselected")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*cleannews: found 3 unused snapshot file(s)*",
            "  __snapshots__/test_deleted_module/test_x.json",
            "  __snapshots__/test_it/test_gone.json",
            "  __snapshots__/test_it/test_kept--old-name.json",
            "  (run with --cleannews-update to remove them)",
        ]
    )
    # without the option, nothing is reported or removed
    quiet = project.runpytest(*QUIET, "-k", "not deselected")
    assert "unused snapshot" not in quiet.stdout.str()

    removed = project.runpytest(*QUIET, "--cleannews-unused", "--cleannews-update", "-k", "kept")
    removed.stdout.fnmatch_lines(["*cleannews: removed 3 unused snapshot file(s)*"])
    left = sorted(p.name for p in folder.iterdir())
    # the failing and deselected tests' files are kept: those tests did not get to assert
    assert left == ["test_deselected.json", "test_failing--x.json", "test_kept.json"]
    assert not (snapshots(project, "test_deleted_module") / "test_x.json").exists()


def test_tests_a_stopped_run_never_reached_keep_their_files(project: pytest.Pytester) -> None:
    write(snapshots(project) / "test_b.json", {"k": 1})
    write(snapshots(project) / "test_b--old-name.json", {"k": 1})
    project.makepyfile(
        test_it="""
        def test_a():
            assert False

        def test_b(article_snapshot):
            article_snapshot.assert_match({"k": 1})
        """
    )
    stopped = project.runpytest(*QUIET, "-x", "--cleannews-unused", "--cleannews-update")
    stopped.assert_outcomes(failed=1)
    stopped.stdout.fnmatch_lines(["*cleannews: removed 0 unused snapshot file(s)*"])
    # the whole run reaches test_b, which no longer asserts "old-name"
    whole = project.runpytest(*QUIET, "--cleannews-unused")
    whole.stdout.fnmatch_lines(
        ["*found 1 unused snapshot file(s)*", "  __snapshots__/test_it/test_b--old-name.json"]
    )


def test_update_and_unused_under_xdist(project: pytest.Pytester) -> None:
    write(snapshots(project) / "test_old.json", {"k": 1})
    project.makepyfile(
        test_it="""
        import pytest

        @pytest.mark.parametrize("n", range(8))
        def test_n(article_snapshot, n):
            article_snapshot.assert_match({"n": n, "body": ["x"] * 200})
        """
    )
    result = project.runpytest_subprocess(
        *QUIET, "-p", "xdist", "-n", "2", "--cleannews-update", "--cleannews-unused"
    )
    result.assert_outcomes(passed=8)
    # every worker's writes and claims reach the controller's summary
    result.stdout.fnmatch_lines(
        ["*cleannews: wrote 8 file(s)*", "*cleannews: removed 1 unused snapshot file(s)*"]
    )
    folder = snapshots(project)
    assert sorted(p.name for p in folder.iterdir()) == [f"test_n[{n}].json" for n in range(8)]
    assert [read(folder / f"test_n[{n}].json")["n"] for n in range(8)] == list(range(8))


# --- field matchers -----------------------------------------------------------------------


def test_matchers_and_ignored_fields(project: pytest.Pytester) -> None:
    stored = {
        "headline": "Council  passes\nbudget",
        "published": "2026-03-11T07:15:00-05:00",
        "tags": ["b", "a"],
        "captions": [{"text": "A photo.", "credit": "AP"}],
    }
    write(snapshots(project) / "test_loose.json", stored)
    write(snapshots(project) / "test_strict.json", stored)
    project.makepyfile(
        test_it="""
        from cleannews.pytest_plugin.matchers import as_set, by_day, whitespace

        GOT = {
            "headline": "Council passes budget",
            "published": "2026-03-11T23:59:00-05:00",
            "tags": ["a", "b", "a"],
            "captions": [{"text": "A photo.", "credit": "Reuters"}],
            "fetched_at": "2026-12-04T16:00:00Z",
        }
        LOOSE = {"headline": whitespace, "published": by_day, "tags": as_set}

        def test_loose(article_snapshot):
            article_snapshot.assert_match(
                GOT, ignore=["fetched_at", "captions.credit"], matchers=LOOSE
            )

        def test_strict(article_snapshot):
            article_snapshot.assert_match(GOT, ignore=["fetched_at"])
        """
    )
    result = project.runpytest(*QUIET)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*headline changed: 'Council  passes\\nbudget' -> 'Council passes budget'",
            "*published changed: '2026-03-11T07:15:00-05:00' -> '2026-03-11T23:59:00-05:00'",
            "*caption 1 credit changed: 'AP' -> 'Reuters'",
        ]
    )
    # an ignored field is not stored either
    project.runpytest(*QUIET, "--cleannews-update").assert_outcomes(passed=2)
    assert "fetched_at" not in read(snapshots(project) / "test_strict.json")


def test_matchers_directly() -> None:
    assert by_day("2026-03-11T07:15:00-05:00") == by_day("2026-03-11") == "2026-03-11"
    assert by_day("yesterday") == "yesterday"
    assert whitespace({"t": [" a \n b "]}) == {"t": ["a b"]}
    assert as_set(["b", "a", "b"]) == as_set(["a", "b"]) == ["a", "b"]
    data = {"captions": [{"text": "x", "credit": "AP"}, {"text": "y"}], "k": 1}
    assert drop_ignored(data, ["captions.credit", "nope"]) == {
        "captions": [{"text": "x"}, {"text": "y"}],
        "k": 1,
    }
    assert apply_matchers(data, {"captions.text": str.upper})["captions"][1] == {"text": "Y"}
    with pytest.raises(ValueError, match="invalid field path"):
        drop_ignored(data, ["captions..credit"])


def test_keys_are_file_names() -> None:
    path = snapshot_path(Path("/p/tests/test_x.py"), "test_s[rferl/a--b]", "lead image")
    assert path == Path("/p/tests/__snapshots__/test_x/test_s[rferl_a-b]--lead_image.json")
    assert stem_owner(path.name) == safe_part("test_s[rferl/a--b]")


# --- exceptions as snapshot values --------------------------------------------------------

RAISING = """
import pytest

class NoStory(Exception):
    pass

def scrape(page):
    if "story" not in page:
        raise NoStory(f"no story in {page!r}")
    return {"story": page}

def test_index_page(article_snapshot):
    article_snapshot.assert_match(raises=lambda: scrape("index"))

def test_story_page(article_snapshot):
    article_snapshot.assert_match(raises=lambda: scrape("story one"))

def test_caught(article_snapshot):
    with pytest.raises(NoStory) as caught:
        scrape("listing")
    article_snapshot.assert_match(raises=caught.value)

def test_neither(article_snapshot):
    article_snapshot.assert_match()
"""


def test_an_exception_is_a_snapshot_value(project: pytest.Pytester) -> None:
    project.makepyfile(test_it=RAISING)
    result = project.runpytest(*QUIET, "--cleannews-update")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*assert_match takes a value or raises=..., one of them*"])
    folder = snapshots(project)
    assert read(folder / "test_index_page.json") == {
        "error": "NoStory",
        "message": "no story in 'index'",
    }
    assert read(folder / "test_story_page.json") == {"story": "story one"}
    assert read(folder / "test_caught.json")["message"] == "no story in 'listing'"

    # the page starts to give a story: the snapshot's error no longer matches
    write(folder / "test_story_page.json", {"error": "NoStory", "message": "no story"})
    failed = project.runpytest(*QUIET, "-k", "story_page")
    failed.assert_outcomes(failed=1)
    failed.stdout.fnmatch_lines(["*error missing: expected 'NoStory'*"])
