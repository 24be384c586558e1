"""The lazy walk after the headline finds exactly what the XPath it replaces selects."""

from __future__ import annotations

import pytest

from cleannews._document import parse_html
from cleannews._meta_page_dates import _AFTER_HEADLINE_XPATH, _short_texts_after

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
    expected = [(str(t), t.getparent()) for t in h1.xpath(_AFTER_HEADLINE_XPATH)[:limit]]
    assert expected  # every page has dated texts after its headline
    assert _short_texts_after(h1, limit) == expected
