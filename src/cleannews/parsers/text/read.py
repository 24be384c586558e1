"""Plain-text parser: flattened text dumps of news pages (browser copy, scraper output,
text-mode tools: lynx, w3m, html2text, inscriptis).

The tool's layout is undone first (:mod:`.layout`: hard wrapping, Markdown, form marks).

A dump that does not read the way described below (another site's page: its menus,
teasers and footer around the article) is read from the best-scoring run of lines
instead, with the headline above it (:mod:`.generic`).

A dump of a Pangea page (RFE/RL, VOA and their language services) reads, top to bottom:

1. header: skip links and tickers (chrome), a section label, "Updated" and date lines,
   bylines, sometimes the lead image's alt text, and the headline. A dump of the whole
   page also carries the site's menus: there the headline is found above the article's
   date line and everything above it is chrome (:mod:`.header`);
2. lead media: the caption, printed twice (alt text, then caption), once, or glued to the
   next line; or the leftovers of a media player ("please wait", "0:00 0:02:31 0:00");
3. body, read by ordered, named rules (:mod:`.body`): paragraphs, headings, bulleted
   items, inline captions (:mod:`.captions`), players and widget leftovers
   (:mod:`.vocabulary`), and "Related" boxes (a box no paragraph follows ends the
   article); a digest's or a live blog's items, their titles as headings;
4. the credit line ("With reporting by ...") and the notices, after which nothing is body:
   author boxes, teasers of other stories, "All Of The Latest News".

Lines are recognised by the shared classifiers (:mod:`cleannews.classify`), so a credit
line or notice is read the same way as in the HTML parsers. Body text is never dropped
for matching another line's words alone: a caption is recognised by where and how it is
printed (twice in a row, in the lead image's place, with a photo credit), not by its text.
"""

from __future__ import annotations

import logging

from ..._document import site_of
from ..._errors import NoArticleFound
from ...metadata import Metadata
from ...metadata.dates import date_in_url
from ..result import Content, ParseResult
from .body import read_body
from .found import Found, take_meta
from .generic import (
    Located,
    accounts_for_run,
    join_broken_sentences,
    locate_article,
    title_of,
)
from .generic_meta import byline_names, date_line
from .header import read_header
from .layout import undo_tool_layout
from .lines import Line, blank_separated, is_prose, split_lines
from .meta import script_language

__all__ = ["NAME", "parse_text"]

NAME = "text"

_LOG = logging.getLogger("cleannews.parsers.text")

_MIN_ARTICLE_CHARS = 120
#: names read from lines under a generic dump's headline, at most
_MAX_NAMED_AUTHORS = 4


def _drop_trailing_titles(found: Found) -> None:
    """Title-shaped lines after the last paragraph are teasers of other stories."""
    tail: list[str] = []
    while len(found.body) > 1 and found.body[-1].kind == "heading":
        tail.append(found.body.pop().text)
    found.stripped.extend(reversed(tail))


def _read_known(lines: tuple[Line, ...]) -> Found:
    """Read a dump laid out as the header reader knows it: header, then the body."""
    found = Found(lines=lines, spaced=blank_separated(lines))
    index = read_header(found)
    read_body(found, index)
    return found


def _read_generic(lines: tuple[Line, ...], located: Located, url: str | None) -> Found:
    """Read the article from the best-scoring run of lines (:mod:`.generic`)."""
    found = Found(lines=lines[: located.end], spaced=blank_separated(lines))
    top = under = located.start
    if located.headline is not None:
        found.headline = title_of(lines[located.headline].text)
        top, under = located.headline, located.headline + 1
    found.stripped.extend(line.text for line in lines[:top])
    for line in lines[under : located.start]:
        # between the headline and the run: dates, bylines, the standfirst, chrome
        if take_meta(found, line.text):
            continue
        names = byline_names(line.text)
        if names and len(found.authors) < _MAX_NAMED_AUTHORS:
            found.authors.extend(n for n in names if n not in found.authors)
            continue
        if found.subheadline is None and not found.body and is_prose(line.text, any_script=True):
            found.subheadline = line.text
            continue
        found.stripped.append(line.text)
    read_body(found, located.start, bounded=True)
    found.stripped.extend(line.text for line in lines[located.end :])
    if found.published is None:
        dated = date_line(lines, located)
        if dated is not None:
            index, date, updated = dated
            if updated:
                found.modified = found.modified or date
            else:
                found.published = date
            dating = lines[index].text
            if any(block.text == dating for block in found.body):
                found.body = [block for block in found.body if block.text != dating]
                found.stripped.append(dating)
    found.published = found.published or date_in_url(url)  # "/2019/01/23/" when none is printed
    return found


def parse_text(text: str, url: str | None = None) -> ParseResult:
    """Read a text dump of a news page (an Article with ``parser="text"``).

    Raises :class:`NoArticleFound` when the dump holds no article text.
    """
    lines = split_lines(undo_tool_layout(text))
    found = _read_known(lines)
    joined = join_broken_sentences(lines)
    located = locate_article(joined, url)
    generic = located is not None and not accounts_for_run(found, joined, located)
    if located is not None and generic:
        _LOG.debug(
            "text: the header reading misses the best run of prose (lines %d-%d): read as "
            "another site's dump, headline line %s",
            located.start,
            located.end,
            located.headline,
        )
        found = _read_generic(joined, located, url)
    _drop_trailing_titles(found)
    if found.pending_alt is not None:
        found.add_caption(found.pending_alt)
    # in a script that ends no sentence with a mark (Thai), a long line is a paragraph
    prose_chars = sum(
        len(b.text)
        for b in found.body
        if is_prose(b.text) or (generic and is_prose(b.text, any_script=True))
    )
    if prose_chars < _MIN_ARTICLE_CHARS:
        # menus, listings and player pages hold labels and titles, not sentences
        _LOG.debug("text: refused, %d characters of prose in the body", prose_chars)
        raise NoArticleFound("the text holds no article paragraphs")
    _LOG.debug("text: headline %r, %d body blocks", found.headline, len(found.body))
    language = found.language or script_language(
        "\n".join(block.text for block in found.body) or text
    )
    meta = Metadata(
        url=url,
        site=site_of(url),
        language=language,
        headline=found.headline,
        subheadline=found.subheadline,
        section=found.section,
        authors=tuple(found.authors),
        published=found.published,
        modified=found.modified,
    )
    content = Content(
        body=tuple(found.body),
        captions=tuple(found.captions),
        credits=tuple(found.credits),
        disclaimers=tuple(found.disclaimers),
        stripped=tuple(found.stripped),
    )
    return ParseResult(NAME, meta, content)
