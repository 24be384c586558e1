"""The text parser on dumps of any site: corpus pages flattened to text, then read back.

    .venv/bin/python -m benchmarks.text_dumps fundus newspaper4k wcxb
    .venv/bin/python -m benchmarks.text_dumps fundus --parity even --style scraper
    .venv/bin/python -m benchmarks.text_dumps fundus wcxb fixtures --style tools --html \
        --limit 60 --cache /tmp/cleannews-dumps

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

The dumps real tools make (:mod:`benchmarks.dump_tools`: inscriptis, html2text, lynx, w3m,
Chromium's ``innerText``, trafilatura) are styles too (``--style tools`` for all of them,
``--style lynx`` for one); a tool that is not installed is skipped with a message.
``--cache DIR`` keeps each tool's dumps, so a parser change is re-scored without dumping
again. The corpus name ``fixtures`` stands for our own HTML fixtures, scored against their
expected JSON. Each row gives body F1, headline, date, captions found (as captions) and
captions left in the body, and how many dumps were refused.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import lxml.html
from lxml.html import HtmlElement

import cleannews
from cleannews._document import decode_bytes

from .corpus import Page, pages
from .dump_tools import DUMP_TOOLS, ToolMissing, tool_dumper
from .metrics import (
    BodyCounts,
    body_counts,
    body_score,
    has_words,
    same_date,
    same_headline,
    word_string,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_OWN_STYLES = ("browser", "scraper")
_TOOL_STYLES = tuple(tool.name for tool in DUMP_TOOLS)

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


def _fixture_pages() -> Iterator[Page]:
    """Our HTML fixtures as pages whose truth is their expected JSON."""
    for folder in sorted(FIXTURES.iterdir()):
        html, expected = folder / "input.html", folder / "expected.json"
        if not (html.is_file() and expected.is_file()):
            continue
        want = json.loads(expected.read_text(encoding="utf-8"))
        truth = {
            "url": want.get("url"),
            "title": want.get("headline"),
            "published": want.get("published"),
            "body": "\n".join(block["text"] for block in want.get("body", [])),
            "captions": [caption["text"] for caption in want.get("captions", [])],
        }
        yield _FixturePage(id=f"fixture-{folder.name}", source="fixtures", truth=truth, path=html)


@dataclass(frozen=True, slots=True)
class _FixturePage(Page):
    def html_bytes(self) -> bytes:
        return self.path.read_bytes()


def _article_pages(corpus: str, parity: str, limit: int | None) -> Iterator[Page]:
    source = _fixture_pages() if corpus == "fixtures" else pages(corpus)
    index = taken = 0
    for page in source:
        if not page.is_article or not page.truth.get("body"):
            continue
        index += 1
        if parity == "all" or (index % 2 == 1) == (parity == "odd"):
            if limit is not None and taken >= limit:
                return
            taken += 1
            yield page


def _read(
    source: bytes | str, page: Page, parser: cleannews.ParserName | None
) -> cleannews.Article | None:
    try:
        return cleannews.extract(source, url=page.truth.get("url"), parser=parser)
    except cleannews.CleannewsError:
        return None


@dataclass(slots=True)
class _Tally:
    """One style's scores over one corpus's pages."""

    bodies: list[BodyCounts] = field(default_factory=list)
    headlines: int = 0
    titled: int = 0
    dates: int = 0
    dated: int = 0
    captions: int = 0
    captions_found: int = 0
    captions_in_body: int = 0
    raised: int = 0

    def add(self, article: cleannews.Article | None, truth: dict[str, Any]) -> None:
        self.raised += article is None
        self.bodies.append(body_counts(article.text if article else "", truth["body"]))
        if truth.get("title"):
            self.titled += 1
            self.headlines += article is not None and same_headline(
                article.headline, truth["title"]
            )
        if truth.get("published"):
            self.dated += 1
            self.dates += article is not None and same_date(article.published, truth["published"])
        wanted = [c for c in truth.get("captions") or [] if isinstance(c, str) and c.strip()]
        self.captions += len(wanted)
        if article is not None and wanted:
            found = word_string(" \n ".join(c.text for c in article.captions))
            body = word_string(article.text)
            self.captions_found += sum(has_words(found, c) for c in wanted)
            self.captions_in_body += sum(has_words(body, c) for c in wanted)

    def merge(self, other: _Tally) -> None:
        self.bodies += other.bodies
        for name in (
            "headlines",
            "titled",
            "dates",
            "dated",
            "captions",
            "captions_found",
            "captions_in_body",
            "raised",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, corpus: str, style: str, html_f1: float | None) -> str:
        score = body_score(self.bodies)
        pct = f"{self.headlines / self.titled:.2f}" if self.titled else "  - "
        line = (
            f"{corpus:12} {style:11} {len(self.bodies):4}  F1 {score.f1:.3f} "
            f"(P {score.precision:.3f} R {score.recall:.3f})  headline {self.headlines}/"
            f"{self.titled} {pct}  date {self.dates}/{self.dated}  captions "
            f"{self.captions_found}/{self.captions} (in body {self.captions_in_body})  "
            f"raised {self.raised}"
        )
        if html_f1 is not None:
            line += f"  | HTML F1 {html_f1:.3f}"
        return line


def _cached(cache: Path | None, style: str, page: Page, make: Callable[[], str]) -> str:
    if cache is None:
        return make()
    path = cache / style / f"{page.id}.txt.gz"
    if path.is_file():
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    text = make()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return text


def _styles(wanted: list[str]) -> list[str]:
    out: list[str] = []
    for style in wanted:
        for one in _TOOL_STYLES if style == "tools" else (style,):
            if one not in out:
                out.append(one)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("corpora", nargs="+", help="corpus names, or 'fixtures'")
    ap.add_argument("--parity", choices=("all", "odd", "even"), default="all")
    ap.add_argument(
        "--style",
        action="append",
        choices=(*_OWN_STYLES, *_TOOL_STYLES, "tools"),
        help="how the pages are dumped (repeatable; 'tools': every real tool); browser by default",
    )
    ap.add_argument("--limit", type=int, help="at most so many article pages per corpus")
    ap.add_argument("--cache", type=Path, help="keep the tools' dumps in this folder")
    ap.add_argument("--html", action="store_true", help="score the HTML parser beside it")
    args = ap.parse_args()
    styles = _styles(args.style or ["browser"])
    totals = {style: _Tally() for style in styles}
    html_total: list[BodyCounts] = []
    html_totals = _Tally()
    with ExitStack() as stack:
        dumpers: dict[str, Callable[[str, str | None], str]] = {}
        for style in styles:
            if style in _OWN_STYLES:
                continue
            try:
                dumpers[style] = stack.enter_context(tool_dumper(style))
            except ToolMissing as missing:
                print(f"skipping {style}: {missing}", file=sys.stderr)
        styles = [s for s in styles if s in _OWN_STYLES or s in dumpers]
        for corpus in args.corpora:
            tallies = {style: _Tally() for style in styles}
            html_counts: list[BodyCounts] = []
            html_tally = _Tally()
            for page in _article_pages(corpus, args.parity, args.limit):
                html = page.html_bytes()
                decoded: str | None = None
                for style in styles:
                    if style in _OWN_STYLES:
                        text = flatten(html, style=style)
                    else:
                        if decoded is None:
                            decoded = decode_bytes(html)
                        make = partial(dumpers[style], decoded, page.truth.get("url"))
                        text = _cached(args.cache, style, page, make)
                    tallies[style].add(_read(text, page, "text"), page.truth)
                if args.html:
                    other = _read(html, page, None)
                    html_counts.append(body_counts(other.text if other else "", page.truth["body"]))
                    html_tally.add(other, page.truth)
            html_f1 = body_score(html_counts).f1 if args.html else None
            for style in styles:
                print(tallies[style].row(corpus, style, html_f1), flush=True)
                totals[style].merge(tallies[style])
            if args.html:
                print(html_tally.row(corpus, "HTML", None), flush=True)
                html_totals.merge(html_tally)
            html_total += html_counts
    if len(args.corpora) > 1:
        html_f1 = body_score(html_total).f1 if args.html else None
        for style in styles:
            print(totals[style].row("all", style, html_f1))
        if args.html:
            print(html_totals.row("all", "HTML", None))


if __name__ == "__main__":
    main()
