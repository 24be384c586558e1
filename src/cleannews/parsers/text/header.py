"""The header of a text dump: chrome, section label, dates, bylines and the headline.

Two ways in: a whole-page dump is read from the article's date line up to the headline
above it (menus above are chrome); a dump of the article alone is read from the top.
"""

from __future__ import annotations

import logging

from ...classify.captions import split_photo_credit
from ...classify.chrome import chrome_language, is_chrome
from .found import Found, is_pair, take_meta
from .lines import Line, ends_sentence, is_dateline, is_headline_like, is_prose, is_title_like
from .meta import DATE_LABEL, read_byline, read_date_line

__all__ = ["read_header"]

_LOG = logging.getLogger("cleannews.parsers.text")

_MAX_SECTION_WORDS = 3
_MAX_SECTION_CHARS = 40
_LONG_PROSE_WORDS = 25
_MAX_DEK_WORDS = 60
#: a standfirst without a stop: so many words at least, under a title of so many, with at
#: most this share of its longer words capitalised (sentence case)
_MIN_DEK_WORDS = 10
_MIN_TITLE_WORDS = 4
_MAX_DEK_CAPITALS = 0.5
_SKIP_LINKS = 3
_SKIP_SEARCH_LINES = 3
_SKIP_PREFIX = 5
_MAX_SKIP_WORDS = 6


def _next_content(found: Found, index: int) -> int | None:
    """The next line from ``index`` that is not chrome, a date or a byline."""
    for j in range(index, len(found.lines)):
        text = found.text(j)
        if not (is_chrome(text) or read_date_line(text) or read_byline(text)):
            return j
    return None


def _header_by_date(found: Found) -> int | None:
    """Find the headline above the article's date line, in a dump of the whole page.

    A full page prints menus above the article; the article's date line, the last one
    before the first long paragraph, sits right under the headline (bylines, "Updated"
    lines and chrome may come between), with the section label right above it.
    Everything above is page chrome. None when the dump has no such date line.
    """
    lines = found.lines
    # the body starts with two long paragraphs in a row (one alone may be the standfirst)
    limit = next(
        (
            j
            for j in range(len(lines) - 1)
            if is_prose(lines[j].text, min_words=_LONG_PROSE_WORDS, min_chars=None)
            and is_prose(lines[j + 1].text, min_words=_LONG_PROSE_WORDS, min_chars=None)
        ),
        len(lines),
    )
    dates = [j for j in range(limit) if read_date_line(lines[j].text) is not None]
    if not dates:
        return None
    head, after, dek = _walk_up(lines, dates[-1] - 1)
    if head < 0 or not is_title_like(lines[head].text, max_words=30):
        return None
    if dek is None and head > 0 and _is_unstopped_dek(lines[head].text, lines[head - 1].text):
        dek, head = lines[head].text, head - 1
        _LOG.debug("text header: line %d is the standfirst under the headline", head + 1)
    found.subheadline = dek
    start = head
    if head > 0 and _is_section_label(lines[head - 1].text):
        start = head - 1
        found.section = lines[start].text
    for line in lines[:start]:
        date = read_date_line(line.text)
        if date is not None and date[1]:
            found.modified = found.modified or date[0]  # "Updated ..." above the headline
            continue
        found.stripped.append(line.text)  # menus and the site's own date bar
        found.language = found.language or chrome_language(line.text)
    found.headline = lines[head].text
    _LOG.debug("text header: headline at line %d, above the date line at %d", head, dates[-1])
    return after


def _walk_up(lines: tuple[Line, ...], head: int) -> tuple[int, int, str | None]:
    """From above the date line up to the headline: (its index, where the body starts, dek).

    Passed on the way: chrome, dates and bylines; an author's name printed alone above a
    byline that names them; a dateline city ("Berlin."); one standfirst sentence right
    under a title-shaped line.
    """
    bylined: set[str] = set()
    after: int | None = None
    dek: str | None = None
    while head >= 0:
        text = lines[head].text
        names = read_byline(text)
        if names:
            bylined.update(names)
        elif not (_is_meta(text) or text in bylined or is_dateline(text)):
            if dek is None and _is_dek(text) and _title_above(lines, head - 1):
                dek = text  # the standfirst under the headline
                after = head + 1 if after is None else after
            else:
                break
        head -= 1
    return head, after if after is not None else head + 1, dek


def _is_unstopped_dek(text: str, above: str) -> bool:
    """A standfirst printed without a final stop under its headline: longer than the
    title-shaped line above it, and in sentence case where the line above is a title
    (not a section label, a date or chrome)."""
    words = text.split()
    return (
        len(words) >= _MIN_DEK_WORDS
        and len(words) > len(above.split()) >= _MIN_TITLE_WORDS
        and is_title_like(above, max_words=30)
        and not _is_section_label(above)
        and not _is_meta(above)
        and _capitalised_share(text) <= _MAX_DEK_CAPITALS
    )


def _capitalised_share(text: str) -> float:
    """The share of a line's longer words that open with a capital (Title Case: most)."""
    long_words = [w for w in text.split()[1:] if len(w) > 3 and w[0].isalpha()]
    if not long_words:
        return 0.0
    return sum(w[0].isupper() for w in long_words) / len(long_words)


def _title_above(lines: tuple[Line, ...], index: int) -> bool:
    """Is the first line at or above ``index`` that is not a dateline city title-shaped?"""
    while index >= 0 and is_dateline(lines[index].text):
        index -= 1
    return index >= 0 and is_title_like(lines[index].text, max_words=30)


def _is_meta(text: str) -> bool:
    return (
        is_chrome(text)
        or read_date_line(text) is not None
        or bool(read_byline(text))
        or DATE_LABEL.match(text) is not None
    )


def _is_dek(text: str) -> bool:
    """A one-sentence standfirst: shorter than a paragraph, ending as a sentence."""
    return ends_sentence(text) and len(text.split()) <= _MAX_DEK_WORDS


def _is_section_label(text: str) -> bool:
    return (
        is_title_like(text)
        and len(text.split()) <= _MAX_SECTION_WORDS
        and len(text) <= _MAX_SECTION_CHARS
        and not is_chrome(text)
    )


def _skip_links_block(found: Found) -> int:
    """Strip the skip links at the top in a language the tables lack; return where they end.

    Pangea prints a heading, then three links that open alike in every language ("Skip to
    main content", "Skip to main Navigation", "Skip to Search"; "Вернуться к ...").
    """
    lines = found.lines
    for start in range(min(_SKIP_SEARCH_LINES, len(lines))):
        block = [line.text for line in lines[start : start + _SKIP_LINKS]]
        if len(block) < _SKIP_LINKS or not all(_is_skip_link(text) for text in block):
            continue
        # the verb comes first ("Skip to ...", "Pređite na ...") or last ("... өту")
        heads = {text.split()[0][:_SKIP_PREFIX].casefold() for text in block}
        tails = {text.split()[-1].casefold() for text in block}
        alike = len(heads) == 1 or (len(tails) == 1 and all(len(t.split()) > 1 for t in block))
        if alike and not any(is_chrome(text) for text in block):
            for line in lines[: start + _SKIP_LINKS]:
                found.stripped.append(line.text)
                found.language = found.language or chrome_language(line.text)
            return start + _SKIP_LINKS
    return 0


def _is_skip_link(text: str) -> bool:
    return len(text.split()) <= _MAX_SKIP_WORDS and is_title_like(text)


def read_header(found: Found) -> int:
    """Read up to and including the headline; return the index of the next line."""
    by_date = _header_by_date(found)
    if by_date is not None:
        return by_date
    index = _skip_links_block(found)
    while index < len(found.lines):
        text = found.text(index)
        if take_meta(found, text):
            index += 1
            continue
        if is_pair(found, index):  # a captioned image above the headline
            found.add_caption(text)
            index += 2
            continue
        after = _next_content(found, index + 1)
        next_text = found.text(after) if after is not None else ""
        next_is_title = (
            after is not None
            and is_headline_like(next_text)
            and not is_pair(found, after)
            and split_photo_credit(next_text)[1] is None
        )
        if (
            _is_section_label(text)
            and next_is_title
            and is_title_like(next_text, max_words=30)
            and len(next_text.split()) > len(text.split())  # a label is shorter than a headline
        ):
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
            _LOG.debug("text header: headline at line %d, the first after the header", index)
            found.headline = text
            index += 1
        return index
    return index


def _repeats_later(found: Found, index: int) -> bool:
    """The line comes again a few lines on (the caption under the headline)."""
    text = found.text(index)
    return any(found.text(j) == text for j in range(index + 1, min(index + 8, len(found.lines))))
