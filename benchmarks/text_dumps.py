"""The text parser on dumps of any site: corpus pages flattened to text, then read back.

    .venv/bin/python -m benchmarks.text_dumps fundus newspaper4k wcxb
    .venv/bin/python -m benchmarks.text_dumps fundus --parity even --style scraper

No corpus ships text dumps of its pages, so this makes them: each article page's HTML is
decoded the way cleannews decodes it, scripts, styles and the head are dropped, and the
text is written out the way a browser's "select all, copy" gives it (``--style browser``:
one block element a line, a blank line between blocks) or the way a scraper's
``get_text("\\n")`` gives it (``--style scraper``: every text node on a line of its own,
so a link inside a paragraph breaks it). The dump goes to
``cleannews.extract(text, parser="text", url=...)`` and is scored with the benchmark's own
measures against the page's truth: body F1, headline, published day. ``--html`` scores the
HTML parser on the same pages beside it. ``--parity odd|even`` takes every other article
page, so a change can be made on one half and checked on the other.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import lxml.html
from lxml.html import HtmlElement

import cleannews
from cleannews._document import decode_bytes

from .corpus import Page, pages
from .metrics import BodyCounts, body_counts, body_score, same_date, same_headline

#: elements a browser starts on a line of their own
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "figure",
        "figcaption",
        "blockquote",
        "br",
        "tr",
        "table",
        "aside",
        "main",
        "form",
        "dl",
        "dt",
        "dd",
        "pre",
        "title",
    ]
)
_UNSEEN_XPATH = "//script | //style | //noscript | //template | //head | //svg"


def _pieces(element: HtmlElement, scraper: bool) -> Iterator[str]:
    tag = element.tag if isinstance(element.tag, str) else ""
    breaks = scraper or tag in _BLOCK_TAGS
    if breaks:
        yield "\n"
    if element.text and tag:
        yield element.text
    for child in element:
        yield from _pieces(child, scraper)
    if breaks:
        yield "\n"
    if element.tail:
        yield element.tail


def flatten(html: bytes, *, style: str = "browser") -> str:
    """The page as a dump: one line per block (browser) or per text node (scraper)."""
    root = lxml.html.document_fromstring(decode_bytes(html))
    for unseen in root.xpath(_UNSEEN_XPATH):
        unseen.drop_tree()
    lines = [
        " ".join(line.split()) for line in "".join(_pieces(root, style == "scraper")).split("\n")
    ]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def _article_pages(corpus: str, parity: str) -> Iterator[Page]:
    index = 0
    for page in pages(corpus):
        if not page.is_article or not page.truth.get("body"):
            continue
        index += 1
        if parity == "all" or (index % 2 == 1) == (parity == "odd"):
            yield page


def _read(
    source: bytes | str, page: Page, parser: cleannews.ParserName | None
) -> cleannews.Article | None:
    try:
        return cleannews.extract(source, url=page.truth.get("url"), parser=parser)
    except cleannews.CleannewsError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--parity", choices=("all", "odd", "even"), default="all")
    ap.add_argument("--style", choices=("browser", "scraper"), default="browser")
    ap.add_argument("--html", action="store_true", help="score the HTML parser beside it")
    args = ap.parse_args()
    for corpus in args.corpora:
        text_counts: list[BodyCounts] = []
        html_counts: list[BodyCounts] = []
        headlines = dates = titled = dated = failed = 0
        for page in _article_pages(corpus, args.parity):
            html = page.html_bytes()
            article = _read(flatten(html, style=args.style), page, "text")
            failed += article is None
            text_counts.append(body_counts(article.text if article else "", page.truth["body"]))
            if args.html:
                other = _read(html, page, None)
                html_counts.append(body_counts(other.text if other else "", page.truth["body"]))
            if page.truth.get("title"):
                titled += 1
                headlines += article is not None and same_headline(
                    article.headline, page.truth["title"]
                )
            if page.truth.get("published"):
                dated += 1
                dates += article is not None and same_date(
                    article.published, page.truth["published"]
                )
        score = body_score(text_counts)
        line = (
            f"{corpus:12} {len(text_counts):4} pages  text parser F1 {score.f1:.3f} "
            f"(P {score.precision:.3f} R {score.recall:.3f})  headline {headlines}/{titled}  "
            f"date {dates}/{dated}  raised {failed}"
        )
        if args.html:
            line += f"  | HTML parser F1 {body_score(html_counts).f1:.3f}"
        print(line)


if __name__ == "__main__":
    main()
