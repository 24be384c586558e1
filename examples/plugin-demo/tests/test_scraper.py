"""Testing a scraper of your own with the cleannews pytest plugin.

The saved pages live in tests/pages/<site>/<story>/ (input.html, meta.json, expected.json).
Run ``pytest --cleannews-update`` once to write expected.json files, review them, commit.
"""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest


def scrape(page: bytes) -> dict[str, Any]:
    """The scraper under test: returns its own dict, not a cleannews Article."""
    root = lxml.html.fromstring(page)
    return {
        "headline": root.findtext(".//h1").strip(),
        "byline": root.findtext(".//p[@class='byline']").strip(),
        "paragraphs": [p.text_content().strip() for p in root.iterfind(".//div[@class='story']/p")],
    }


def scrape_headline(page: bytes) -> str:
    return lxml.html.fromstring(page).findtext(".//h1").strip()


def test_budget_story(news_page, article_snapshot):
    page = news_page("demo-gazette/budget-vote")  # a folder under tests/pages
    assert page.url == "https://demo-gazette.example/news/budget-vote"
    article_snapshot.assert_match(scrape(page.input))  # compared with its expected.json


@pytest.mark.cleannews_pages("demo-gazette/*")
def test_every_saved_story(news_case, article_snapshot):
    # one test per case folder; ids are the case names: test_every_saved_story[demo-gazette/...]
    article_snapshot.assert_match(scrape(news_case.input))


def test_on_a_bundled_page(news_page):
    # pages that ship with cleannews, with their hand-checked expected Article
    page = news_page("cleannews:wordpress-post")
    assert page.kind == "html"
    assert page.expected is not None
    assert scrape_headline(page.input) == page.expected.headline
