"""Plain-text parser: flattened text dumps of news pages (browser copy, scraper output).

A dump of a Pangea page (RFE/RL, VOA and their language services) reads, top to bottom:

1. header: skip links and tickers (chrome), a section label, "Updated" and date lines,
   bylines, sometimes the lead image's alt text, and the headline;
2. lead media: the caption, printed twice (alt text, then caption), once, or glued to the
   next line; or the leftovers of a media player ("please wait", "0:00 0:02:31 0:00");
3. body: paragraphs, headings, bulleted items, inline captions and players;
4. the credit line ("With reporting by ...") and the notices, after which nothing is body:
   author boxes, teasers of other stories, "All Of The Latest News".

Lines are recognised by the shared classifiers (:mod:`cleannews._classify`), so a credit
line or notice is read the same way as in the HTML parsers. Body text is never dropped
for matching another line's words alone: a caption is recognised by where and how it is
printed (twice in a row, in the lead image's place, with a photo credit), not by its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .._article import Article, Block, Caption, Credit, Disclaimer
from .._classify.captions import looks_like_caption_start, split_photo_credit
from .._classify.chrome import (
    chrome_language,
    is_after_article,
    is_chrome,
    is_player_leftover,
    is_teaser_label,
)
from .._classify.credits import match_credit
from .._classify.disclaimers import continues_disclaimer, match_disclaimer
from .._document import site_of
from .._errors import NoArticleFound
from ._text_lines import (
    Line,
    blank_separated,
    ends_sentence,
    is_headline_like,
    is_name_like,
    is_prose,
    is_title_like,
    list_item_text,
    split_lines,
)
from ._text_meta import read_byline, read_date_line, script_language

__all__ = ["NAME", "parse_text"]

NAME = "text"

_MAX_SECTION_WORDS = 3
_MAX_SECTION_CHARS = 40
_MAX_CAPTION_WORDS = 80
_MIN_GLUED_CAPTION_WORDS = 4
_LONG_PROSE_WORDS = 25
_MIN_ARTICLE_CHARS = 120
_TEASER_LOOKAHEAD = 3
_MIN_BODY_WORDS = 12
# "AUBURN, Wash. —", "KYIV --": a dateline on a line of its own
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[\w. ]{2,30})?\s*(?:—|–|--)$")


@dataclass(slots=True)
class _Found:
    """What one parse has read so far; made per call, never shared."""

    lines: tuple[Line, ...]
    spaced: bool
    headline: str | None = None
    section: str | None = None
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    pending_alt: str | None = None
    authors: list[str] = field(default_factory=list)
    stripped: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    disclaimers: list[Disclaimer] = field(default_factory=list)

    def text(self, index: int) -> str:
        return self.lines[index].text

    def add_caption(self, text: str, alt: str | None = None) -> None:
        if text == self.pending_alt:
            self.pending_alt = None  # the alt text seen above the headline, captioned here
        caption, credit = split_photo_credit(text)
        self.captions.append(
            Caption(text=caption, credit=credit, alt=alt if alt and alt != text else None)
        )


def _take_meta(found: _Found, text: str) -> bool:
    """Chrome, date and byline lines: recorded where they belong, never body."""
    if is_chrome(text):
        found.stripped.append(text)
        found.language = found.language or chrome_language(text)
        return True
    date = read_date_line(text)
    if date is not None:
        iso, updated = date
        if updated or found.published is not None:
            found.modified = found.modified or iso
        else:
            found.published = iso
        return True
    names = read_byline(text)
    if names:
        found.authors.extend(n for n in names if n not in found.authors)
        return True
    return False


def _is_pair(found: _Found, index: int) -> bool:
    """The same text on two lines in a row: an image's alt text, then its caption."""
    lines = found.lines
    return index + 1 < len(lines) and lines[index].text == lines[index + 1].text


def _next_content(found: _Found, index: int) -> int | None:
    """The next line from ``index`` that is not chrome, a date or a byline."""
    for j in range(index, len(found.lines)):
        text = found.text(j)
        if not (is_chrome(text) or read_date_line(text) or read_byline(text)):
            return j
    return None


def _header_by_date(found: _Found) -> int | None:
    """Find the headline above the article's date line, in a dump of the whole page.

    A full page prints menus above the article; the article's date line, the last one
    before the first long paragraph, sits right under the headline (bylines, "Updated"
    lines and chrome may come between), with the section label right above it.
    Everything above is page chrome. None when the dump has no such date line.
    """
    lines = found.lines
    limit = next((j for j, line in enumerate(lines) if _is_long_prose(line.text)), len(lines))
    dates = [j for j in range(limit) if read_date_line(lines[j].text) is not None]
    if not dates:
        return None
    head = dates[-1] - 1
    while head >= 0 and _is_meta(lines[head].text):
        head -= 1
    if head < 0 or not is_title_like(lines[head].text, max_words=30):
        return None
    start = head
    if head > 0 and _is_section_label(lines[head - 1].text):
        start = head - 1
        found.section = lines[start].text
    for line in lines[:start]:
        found.stripped.append(line.text)
        found.language = found.language or chrome_language(line.text)
    found.headline = lines[head].text
    return head + 1


def _is_long_prose(text: str) -> bool:
    return len(text.split()) >= _LONG_PROSE_WORDS and ends_sentence(text)


def _is_meta(text: str) -> bool:
    return is_chrome(text) or read_date_line(text) is not None or bool(read_byline(text))


def _is_section_label(text: str) -> bool:
    return (
        is_title_like(text)
        and len(text.split()) <= _MAX_SECTION_WORDS
        and len(text) <= _MAX_SECTION_CHARS
        and not is_chrome(text)
    )


def _read_header(found: _Found) -> int:
    """Read up to and including the headline; return the index of the next line."""
    by_date = _header_by_date(found)
    if by_date is not None:
        return by_date
    index = 0
    while index < len(found.lines):
        text = found.text(index)
        if _take_meta(found, text):
            index += 1
            continue
        if _is_pair(found, index):  # a captioned image above the headline
            found.add_caption(text)
            index += 2
            continue
        after = _next_content(found, index + 1)
        next_text = found.text(after) if after is not None else ""
        next_is_title = (
            after is not None
            and is_headline_like(next_text)
            and not _is_pair(found, after)
            and split_photo_credit(next_text)[1] is None
        )
        if _is_section_label(text) and next_is_title and is_title_like(next_text, max_words=30):
            if found.section is None:
                found.section = text
            else:
                found.stripped.append(text)
            index += 1
            continue
        if (
            ends_sentence(text)
            and text.endswith((".", ")"))
            and next_is_title
            and (is_title_like(next_text, max_words=30) or _repeats_later(found, index))
        ):
            found.pending_alt = text  # the lead image's alt text, above the headline
            index += 1
            continue
        if is_headline_like(text) and not (ends_sentence(text) and len(text.split()) > 20):
            found.headline = text
            index += 1
        return index
    return index


def _repeats_later(found: _Found, index: int) -> bool:
    """The line comes again a few lines on (the caption under the headline)."""
    text = found.text(index)
    return any(found.text(j) == text for j in range(index + 1, min(index + 8, len(found.lines))))


def _caption_at(found: _Found, index: int, *, lead: bool) -> tuple[int, str | None]:
    """Lines a caption takes at ``index`` (0 if none) and body text glued after it, if any."""
    lines = found.lines
    text = found.text(index)
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return 0, None
    if _is_pair(found, index):
        found.add_caption(text)
        return 2, None
    glued_on = found.text(index + 1) if index + 1 < len(lines) else ""
    if (
        ends_sentence(text)
        and len(text.split()) >= _MIN_GLUED_CAPTION_WORDS
        and glued_on.startswith(text)
        and len(glued_on) > len(text)
    ):
        # alt text, then the caption run into the first paragraph with no break
        found.add_caption(text)
        return 2, glued_on[len(text) :].strip()
    alt = found.pending_alt
    if lead and alt is not None:
        if text == alt:
            found.add_caption(text)
            found.pending_alt = None
            return 1, None
        if text.startswith(alt) and len(text) > len(alt):
            found.add_caption(alt)
            found.pending_alt = None
            return 1, text[len(alt) :].strip()
    _, credit = split_photo_credit(text)
    credited = credit is not None and (lead or "/" in credit or ":" in credit)
    if credited or looks_like_caption_start(text):
        found.add_caption(text)
        return 1, None
    if lead and found.spaced and lines[index].glued and ends_sentence(text):
        found.add_caption(text)  # the caption glued to the paragraph that follows it
        return 1, None
    return 0, None


def _read_notice(found: _Found, index: int) -> int:
    """Read the notice opening at ``index`` with the paragraphs that carry it on."""
    kind = match_disclaimer(found.text(index))
    assert kind is not None  # the caller matched it
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


def _is_author_box(found: _Found, index: int) -> bool:
    """A name alone on a line, then a line about that person: "Jane Roe is a ..."."""
    text = found.text(index)
    return (
        is_name_like(text)
        and index + 1 < len(found.lines)
        and found.text(index + 1).startswith(text + " ")
    )


def _read_body(found: _Found, index: int) -> None:
    lines = found.lines
    ended = False  # after the credit line, a notice or an author box nothing is body
    after_player = False
    pending: str | None = None  # body text glued after a caption
    while index < len(lines) or pending is not None:
        if pending is not None:
            text, pending = pending, None
            if text:
                found.body.append(_block(text))
            continue
        text = found.text(index)
        lead = not found.body and not found.captions
        if not found.body and not ended and _take_meta(found, text):
            index += 1  # dates, bylines and chrome between the headline and the body
            continue
        if is_after_article(text):
            found.stripped.extend(line.text for line in lines[index:])
            return
        if match_disclaimer(text) is not None:
            ended = ended or (found.body != [] and _closes_article(found, text))
            index = _read_notice(found, index)
            continue
        credit = match_credit(text)
        if credit is not None:
            found.credits.append(credit)
            ended = ended or found.body != []
            index += 1
            continue
        if ended or is_chrome(text) or read_date_line(text) is not None:
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
            if found.body and not _body_resumes(found, index):
                ended = True  # the list of related stories under the article
                continue
            if index < len(lines) and is_title_like(found.text(index), max_words=30):
                found.stripped.append(found.text(index))  # the teased story's title
                index += 1
            continue
        if after_player and is_title_like(text) and not lead:
            found.stripped.append(text)
            after_player = False
            index += 1
            continue
        after_player = False
        if not lead and _is_pair(found, index) and is_title_like(text):
            found.stripped.extend((text, text))  # a teaser: its image's alt text, then its title
            index += 2
            continue
        if not any(b.kind == "paragraph" for b in found.body) and (
            text == found.headline or _DATELINE.match(text)
        ):
            found.stripped.append(text)  # the headline again by the share tools; a dateline
            index += 1
            continue
        if _is_author_box(found, index):
            if not found.authors:
                found.authors.append(text)
            ended = True
            continue
        taken, pending = _caption_at(found, index, lead=lead)
        if taken:
            index += taken
            continue
        found.body.append(_block(text))
        index += 1


def _body_resumes(found: _Found, index: int) -> bool:
    """After a "Related" label: does a paragraph come within a teaser's length?"""
    for j in range(index, min(index + _TEASER_LOOKAHEAD, len(found.lines))):
        text = found.text(j)
        if is_prose(text) and len(text.split()) >= _MIN_BODY_WORDS and not _is_pair(found, j):
            return True
    return False


def _closes_article(found: _Found, text: str) -> bool:
    return match_disclaimer(text) == "undesirable-organization"


def _drop_trailing_titles(found: _Found) -> None:
    """Title-shaped lines after the last paragraph are teasers of other stories."""
    tail: list[str] = []
    while len(found.body) > 1 and found.body[-1].kind == "heading":
        tail.append(found.body.pop().text)
    found.stripped.extend(reversed(tail))


def parse_text(text: str, url: str | None = None) -> Article:
    """Read a text dump of a news page into an :class:`Article` (``parser="text"``).

    Raises :class:`NoArticleFound` when the dump holds no article text.
    """
    lines = split_lines(text)
    found = _Found(lines=lines, spaced=blank_separated(lines))
    index = _read_header(found)
    _read_body(found, index)
    _drop_trailing_titles(found)
    if found.pending_alt is not None:
        found.add_caption(found.pending_alt)
    prose_chars = sum(len(b.text) for b in found.body if is_prose(b.text))
    if prose_chars < _MIN_ARTICLE_CHARS:
        # menus, listings and player pages hold labels and titles, not sentences
        raise NoArticleFound("the text holds no article paragraphs")
    language = found.language or script_language(
        "\n".join(block.text for block in found.body) or text
    )
    return Article(
        parser=NAME,
        url=url,
        site=site_of(url),
        language=language,
        headline=found.headline,
        section=found.section,
        authors=tuple(found.authors),
        published=found.published,
        modified=found.modified,
        captions=tuple(found.captions),
        body=tuple(found.body),
        credits=tuple(found.credits),
        disclaimers=tuple(found.disclaimers),
        stripped=tuple(found.stripped),
    )
