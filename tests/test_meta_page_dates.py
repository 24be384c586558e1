"""The lazy walks after and before the headline find exactly what the XPaths they replace select."""

from __future__ import annotations

import pytest

from cleannews._document import parse_html
from cleannews.metadata.short_texts import (
    AFTER_HEADLINE_XPATH,
    BEFORE_HEADLINE_XPATH,
    short_texts_after,
    short_texts_before,
)

PAGES = [
    "<html><body><div><h1>Title</h1>Posted 12 May 2024<p>By A. Writer, 3 min</p></div>"
    "<script>var d = '2024-05-12';</script><p>Intro with 2 facts</p>tail 2024-05-13"
    "<footer><noscript><p>JS off 2024</p></noscript><span>© 2024 Site</span></footer>"
    "</body></html>",
    "<html><body><header><div><h1>T</h1></div><time>Jan. 17, 2025</time></header>"
    "<article><p>x</p><p>Short 1</p><ul><li>item 22 here</li></ul>after list 7 days</article>"
    "<style>.a{width:100px}</style><aside>Related: 5 stories today</aside></body></html>",
    "<html><body><h1>T<span>2024 inner</span></h1>"
    + "".join(f"<p>line {i} of the page</p>" for i in range(60))
    + "</body></html>",
]


@pytest.mark.parametrize("page", PAGES, ids=["scripts-and-tails", "nested-header", "many-texts"])
@pytest.mark.parametrize("limit", [1, 3, 40])
def test_short_texts_after_matches_the_xpath(page: str, limit: int) -> None:
    root = parse_html(page)
    h1 = next(root.iter("h1"))
    expected = [(str(t), t.getparent()) for t in h1.xpath(AFTER_HEADLINE_XPATH)[:limit]]
    assert expected  # every page has dated texts after its headline
    assert short_texts_after(h1, limit) == expected


BEFORE_PAGES = [
    "<html><head><title>Site 2024 — news</title><script>var t = 1700000000;</script></head>"
    "<body><nav>Menu 1<!-- built 2024-05-12 --> tail of 2 comment</nav>"
    "<div>Mon, 12 May 2024<span>by A. Writer 5 min</span>tail 13 May 2024"
    "<noscript><p>JS off since 2024</p></noscript>after 2024 noscript"
    "<h1>Title 2024</h1>after the h1 2024</div></body></html>",
    "<html><body>"
    + "".join(f"<p>line {i} of the page<b>bold {i}!</b></p>tail {i} text" for i in range(30))
    + "<header><div><span>Jan. 17, 2025</span></div><h1>T</h1></header></body></html>",
    "<html><body><style>.a{width:100px} /* 2024 */</style>   \n  <h1>Nothing 12345 dated</h1>"
    "<p>after 2024-01-01</p></body></html>",
]


@pytest.mark.parametrize("page", BEFORE_PAGES, ids=["head-and-tails", "many-texts", "none"])
@pytest.mark.parametrize("limit", [1, 3, 8, 100])
def test_short_texts_before_matches_the_xpath(page: str, limit: int) -> None:
    root = parse_html(page)
    h1 = next(root.iter("h1"))
    expected = [str(t) for t in reversed(h1.xpath(BEFORE_HEADLINE_XPATH)[-limit:])]
    assert short_texts_before(h1, limit) == expected


def test_short_texts_before_examples() -> None:
    root = parse_html(BEFORE_PAGES[0])
    h1 = next(root.iter("h1"))
    # nearest first; the script's and the noscript's texts are skipped, and the parser
    # drops comments, so the text on either side of one is one text
    assert short_texts_before(h1, 100) == [
        "after 2024 noscript",
        "tail 13 May 2024",
        "by A. Writer 5 min",
        "Mon, 12 May 2024",
        "Menu 1 tail of 2 comment",
        "Site 2024 — news",
    ]
    assert short_texts_before(next(parse_html(BEFORE_PAGES[2]).iter("h1")), 8) == []


@pytest.mark.parametrize("page", BEFORE_PAGES, ids=["head-and-tails", "many-texts", "none"])
@pytest.mark.parametrize("limit", [1, 2, 40])
def test_short_texts_after_matches_the_xpath_on_more_pages(page: str, limit: int) -> None:
    root = parse_html(page)
    h1 = next(root.iter("h1"))
    expected = [(str(t), t.getparent()) for t in h1.xpath(AFTER_HEADLINE_XPATH)[:limit]]
    assert short_texts_after(h1, limit) == expected


def test_short_texts_after_skip_scripts_and_keep_their_tails() -> None:
    root = parse_html(
        "<html><body><h1>T</h1><div>Posted 12 May<script>var d = 2024;</script>"
        "tail 13 May 2024<noscript><p>JS off 2024</p></noscript></div>after 2024 end"
        "</body></html>"
    )
    h1 = next(root.iter("h1"))
    texts = [text for text, _ in short_texts_after(h1, 40)]
    assert texts == ["Posted 12 May", "tail 13 May 2024", "after 2024 end"]
