"""Testing a scraper of your own with the cleannews pytest plugin.

The saved pages live in tests/pages/<site>/<story>/ (input.html, meta.json); save a new
one with ``cleannews save-case URL site/story``. Snapshots of what the scraper gives live
in tests/__snapshots__/test_scraper/, one file per test (and name). Run
``pytest --cleannews-update`` to write them, review the diff it prints, commit.
"""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest

from cleannews.pytest_plugin.matchers import whitespace


class NoStory(Exception):
    """The scraper's own error for a page that holds no story."""


def scrape(page: bytes) -> dict[str, Any]:
    """The scraper under test: returns its own dict, not a cleannews Article."""
    root = lxml.html.fromstring(page)
    story = root.find(".//div[@class='story']")
    if story is None:
        raise NoStory("no div.story on the page")
    return {
        "headline": root.findtext(".//h1").strip(),
        "byline": root.findtext(".//p[@class='byline']").strip(),
        "paragraphs": [p.text_content().strip() for p in story.iterfind("p")],
    }


def scrape_headline(page: bytes) -> str:
    return lxml.html.fromstring(page).findtext(".//h1").strip()


def test_budget_story(news_page, article_snapshot):
    page = news_page("demo-gazette/budget-vote")  # a folder under tests/pages
    assert page.url == "https://demo-gazette.example/news/budget-vote"
    # compared with tests/__snapshots__/test_scraper/test_budget_story.json;
    # the paragraphs' spacing may change without failing the test
    article_snapshot.assert_match(scrape(page.input), matchers={"paragraphs": whitespace})


@pytest.mark.cleannews_pages("demo-gazette/*")
def test_every_saved_story(news_case, article_snapshot):
    # one test per case folder; ids are the case names: test_every_saved_story[demo-gazette/...]
    # raises=: what scrape() returns, or the exception it raises (type and message), is the
    # snapshot, so the events listing that must be refused is a case like the stories
    article_snapshot.assert_match(raises=lambda: scrape(news_case.input))


def test_on_a_bundled_page(news_page):
    # pages that ship with cleannews, with their hand-checked expected Article
    page = news_page("cleannews:wordpress-post")
    assert page.kind == "html"
    assert page.expected is not None
    assert scrape_headline(page.input) == page.expected.headline
