"""The text parser's body rules: ordered, named, and traced at DEBUG level."""

from __future__ import annotations

import logging

import pytest

from cleannews.parsers.text.body import BODY_RULES
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
