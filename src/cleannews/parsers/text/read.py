"""Plain-text parser: flattened text dumps of news pages (browser copy, scraper output).

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
3. body: paragraphs, headings, bulleted items, inline captions (:mod:`.captions`),
   players, and "Related" boxes (a box no paragraph follows ends the article);
4. the credit line ("With reporting by ...") and the notices, after which nothing is body:
   author boxes, teasers of other stories, "All Of The Latest News".

Lines are recognised by the shared classifiers (:mod:`cleannews.classify`), so a credit
line or notice is read the same way as in the HTML parsers. Body text is never dropped
for matching another line's words alone: a caption is recognised by where and how it is
printed (twice in a row, in the lead image's place, with a photo credit), not by its text.
"""

from __future__ import annotations

import re

from ..._article import Block, Disclaimer, DisclaimerKind
from ..._document import site_of
from ..._errors import NoArticleFound
from ...classify.chrome import (
    is_ad_label,
    is_after_article,
    is_chrome,
    is_player_leftover,
    is_teaser_label,
)
from ...classify.credits import match_credit
from ...classify.disclaimers import continues_disclaimer, match_disclaimer
from ...metadata import Metadata
from ...metadata.dates import date_in_url
from ..result import Content, ParseResult
from .captions import caption_at
from .found import Found, is_pair, take_meta
from .generic import (
    Located,
    accounts_for_run,
    is_prose_line,
    join_broken_sentences,
    locate_article,
    title_of,
)
from .generic_meta import byline_names, date_line
from .header import read_header
from .lines import (
    Line,
    blank_separated,
    is_dateline,
    is_name_like,
    is_prose,
    is_title_like,
    list_item_text,
    split_lines,
)
from .meta import read_date_line, script_language

__all__ = ["NAME", "parse_text"]

NAME = "text"

_MIN_ARTICLE_CHARS = 120
_TEASER_LOOKAHEAD = 3
_MIN_BODY_WORDS = 12
_MAX_TEASERS = 6
#: names read from lines under a generic dump's headline, at most
_MAX_NAMED_AUTHORS = 4
_INLINE_TITLE = re.compile(r"\w\s*[:\-–—]\s*\w")


def _read_notice(found: Found, index: int, kind: DisclaimerKind) -> int:
    """Read the notice opening at ``index`` with the paragraphs that carry it on."""
    parts = [found.text(index)]
    end = index + 1
    while end < len(found.lines) and continues_disclaimer(kind, found.text(end)):
        parts.append(found.text(end))
        end += 1
    found.disclaimers.append(Disclaimer(kind=kind, text="\n".join(parts)))
    return end


def _block(text: str) -> Block:
    item = list_item_text(text)
    if item is not None:
        return Block("list_item", item)
    if is_title_like(text, max_words=12) and not text.endswith(("?", "!")):
        return Block("heading", text)
    return Block("paragraph", text)


def _is_author_box(found: Found, index: int) -> bool:
    """A name alone on a line, then a line about that person: "Jane Roe is a ..."."""
    text = found.text(index)
    return (
        is_name_like(text)
        and index + 1 < len(found.lines)
        and found.text(index + 1).startswith(text + " ")
    )


def _read_body(found: Found, index: int, *, bounded: bool = False) -> None:
    """Read the body from ``index``; ``bounded``: the lines end where the article does, so a
    credit line among them (a photo's "(AP)", a sign-off), a teaser label with no long
    paragraph right under it or a "Most Read" box does not end it."""
    lines = found.lines
    ended = False  # after the credit line, a notice or an author box nothing is body
    after_player = False
    pending: str | None = None  # body text glued after a caption
    in_meta = True  # still in the lines under the headline: dates, bylines, author names
    while index < len(lines) or pending is not None:
        if pending is not None:
            text, pending = pending, None
            if text:
                found.body.append(_block(text))
            continue
        text = found.text(index)
        lead = not found.body and not found.captions
        # dates, bylines and chrome between the headline and the body; in a run that
        # opens with the standfirst, under it
        under_head = not found.body or (bounded and len(found.body) == 1)
        meta_before = (len(found.authors), found.published, found.modified)
        if under_head and not ended and take_meta(found, text):
            dated = meta_before != (len(found.authors), found.published, found.modified)
            if found.body and dated and found.subheadline is None:
                found.subheadline = found.body.pop().text  # the standfirst, above the byline
            index += 1
            continue
        if in_meta and is_name_like(text) and not is_pair(found, index):
            if text not in found.authors:
                found.authors.append(text)  # an author's name on its own, as Pangea prints it
            index += 1
            continue
        in_meta = False
        if is_after_article(text) and not bounded:
            found.stripped.extend(line.text for line in lines[index:])
            return
        if is_after_article(text):  # a "Most Read" box in the run: the article goes on below
            found.stripped.append(text)
            index = _strip_teased(found, index + 1)
            continue
        notice = match_disclaimer(text)
        if notice is not None:
            # the undesirable-organization notice follows the article; others may lead it
            ended = ended or (found.body != [] and notice == "undesirable-organization")
            index = _read_notice(found, index, notice)
            continue
        credit = match_credit(text)
        if credit is not None:
            found.credits.append(credit)
            ended = ended or (found.body != [] and not bounded)
            index += 1
            continue
        if ended or is_chrome(text) or is_ad_label(text) or read_date_line(text) is not None:
            found.stripped.append(text)
            after_player = is_player_leftover(text)
            if after_player and found.body and found.body[-1].kind == "heading" and not ended:
                # a media title printed with the player: not a heading of the article
                found.stripped.insert(len(found.stripped) - 1, found.body.pop().text)
            index += 1
            continue
        if is_teaser_label(text):
            found.stripped.append(text)
            index += 1
            if found.body and not bounded and not _body_resumes(found, index):
                ended = True  # the list of related stories under the article
                continue
            if _INLINE_TITLE.search(text):
                continue  # "Related: <title>" names its story on the same line
            index = _strip_teased(found, index)
            continue
        if after_player and is_title_like(text) and not lead:
            found.stripped.append(text)
            after_player = False
            index += 1
            continue
        after_player = False
        if not any(b.kind == "paragraph" for b in found.body) and (
            text == found.headline or is_dateline(text)
        ):
            found.stripped.append(text)  # the headline again by the share tools; a dateline
            index += 1
            continue
        if _is_author_box(found, index):
            if not found.authors:
                found.authors.append(text)
            ended = True
            continue
        taken, pending = caption_at(found, index, lead=lead)
        if taken:
            index += taken
            continue
        found.body.append(_block(text))
        index += 1


def _strip_teased(found: Found, index: int) -> int:
    """Strip the teased stories' titles from ``index``, each printed once or twice."""
    teased = 0
    while (
        index < len(found.lines)
        and teased < _MAX_TEASERS
        and is_title_like(found.text(index), max_words=30)
    ):
        title = found.text(index)
        teased += 1
        while index < len(found.lines) and found.text(index) == title:
            found.stripped.append(title)
            index += 1
    return index


def _body_resumes(found: Found, index: int) -> bool:
    """After a "Related" label: does a paragraph come within a teaser's length?"""
    for j in range(index, min(index + _TEASER_LOOKAHEAD, len(found.lines))):
        text = found.text(j)
        if is_prose(text) and len(text.split()) >= _MIN_BODY_WORDS and not is_pair(found, j):
            return True
    return False


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
    _read_body(found, index)
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
        if found.subheadline is None and not found.body and is_prose_line(line.text):
            found.subheadline = line.text
            continue
        found.stripped.append(line.text)
    _read_body(found, located.start, bounded=True)
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
    lines = split_lines(text)
    found = _read_known(lines)
    joined = join_broken_sentences(lines)
    located = locate_article(joined, url)
    generic = located is not None and not accounts_for_run(found, joined, located)
    if located is not None and generic:
        found = _read_generic(joined, located, url)
    _drop_trailing_titles(found)
    if found.pending_alt is not None:
        found.add_caption(found.pending_alt)
    # in a script that ends no sentence with a mark (Thai), a long line is a paragraph
    prose_chars = sum(
        len(b.text) for b in found.body if is_prose(b.text) or (generic and is_prose_line(b.text))
    )
    if prose_chars < _MIN_ARTICLE_CHARS:
        # menus, listings and player pages hold labels and titles, not sentences
        raise NoArticleFound("the text holds no article paragraphs")
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
