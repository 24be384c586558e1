"""The text parser's body rules: ordered, named, and traced at DEBUG level."""

from __future__ import annotations

import logging

import pytest

from cleannews.parsers.text.body import BODY_RULES
from cleannews.parsers.text.vocabulary import (
    is_picture_alt,
    is_sidebar_heading,
    is_standing_promo,
    is_widget_leftover,
)
from text_dumps import P1, P2, P3, parse


def test_rules_are_named_once_and_the_last_always_reads_body() -> None:
    names = [rule.name for rule in BODY_RULES]
    assert len(names) == len(set(names))
    assert names[-1] == "body"


def test_the_rule_that_ends_the_article_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="cleannews"):
        article = parse(
            "Border talks end without a deal",
            P1,
            P2,
            P3,
            "With reporting by Reuters",
            "Ministers Named In New Cabinet",
        )
    assert [b.text for b in article.body] == [P1, P2, P3]
    assert any("rule credit ends the article" in r.getMessage() for r in caplog.records)
    assert any("headline" in r.getMessage() for r in caplog.records)


def test_nothing_is_logged_at_info_or_above(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="cleannews"):
        parse("Border talks end without a deal", P1, P2, P3)
    assert caplog.records == []


@pytest.mark.parametrize(
    "line",
    [
        "Your browser doesn’t support HTML5",
        "Your browser does not support HTML5",
        "Ваш браузер не поддерживает HTML5",
        "Ваш браузер не підтримує HTML5",
        "Vaš pretraživač ne podržava HTML5",
        "Browserul dumneavoastră nu suportă HTML5",
        "Share on Telegram",
        "Поделиться в Telegram",
        "Podijeli na Facebooku",
        "Add to blog",
        "Send to friend",
        '<div style="position:relative;padding-bottom:56%">',
    ],
)
def test_widget_leftovers_in_the_services_languages(line: str) -> None:
    assert is_widget_leftover(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rose on Tuesday after the central bank kept its rate unchanged.",
        "The ministry said the new browser rules would apply from January.",
        "Send To Friend Was Never A Feature Readers Used",
    ],
)
def test_body_lines_are_not_widget_leftovers(line: str) -> None:
    assert not is_widget_leftover(line)


def test_standing_promo_and_sidebar() -> None:
    assert is_standing_promo("For full coverage of the war in Ukraine, visit our live page.")
    assert is_standing_promo("Все материалы о войне в Украине читайте на нашей странице.")
    assert not is_standing_promo("For full coverage, the ministry said, reporters must apply.")
    assert is_sidebar_heading("About This Blog")
    assert is_sidebar_heading("Об этом блоге")
    assert not is_sidebar_heading("About the Author")


def test_picture_alt_text() -> None:
    assert is_picture_alt("Afghanistan map with Kabul")
    assert is_picture_alt("Illustrative photo")
    assert not is_picture_alt("Officials met on Tuesday to discuss the new map of the border.")
    assert not is_picture_alt("Talks End Without Agreement")
