"""Helpers for the text-parser tests: sample paragraphs and a dump builder.

The texts are our own, written for the tests; a dump is blocks joined by blank lines.
"""

from __future__ import annotations

import cleannews
from cleannews import Article

P1 = "Officials met on Tuesday to discuss the new border rules, the ministry said in a statement."
P2 = "The talks lasted for more than three hours and ended without a joint declaration."
P3 = "Both sides said they would meet again next month in the capital to continue the work."
CAP = "Officials at the meeting in the capital on January 23."


def dump(*blocks: str, sep: str = "\n\n") -> str:
    return sep.join(blocks) + "\n"


def parse(*blocks: str, sep: str = "\n\n") -> Article:
    article = cleannews.extract_text(dump(*blocks, sep=sep))
    assert article.parser == "text"
    return article


def paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.body if b.kind == "paragraph"]
