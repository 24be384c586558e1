"""The body of a text dump, read line by line by ordered, named rules.

Each line goes through :data:`BODY_RULES` in order and the first rule that fires decides
what the line is (meta, chrome, a notice, a caption, body ...) and where reading goes on.
Two things carry over from line to line (:class:`BodyReading`): whether the article has
ended (after the credit line, the standing notice or an author box nothing is body), and
whether the last stripped line was a media player's (the media title printed under a
player is not a heading of the article).

The rules, in order:

1. ``glued-body``: the body text found glued after a caption, read before the next line;
2. ``meta-under-headline``: dates, bylines and chrome between the headline and the body;
3. ``author-name``: an author's name alone on a line, as Pangea prints it under the headline;
4. ``after-article``: a "Most Read" / "All Of The Latest News" box, a blog's sidebar
   ("About This Blog"): the article ends (inside a located run, a box is stripped and
   the article goes on below it);
5. ``notice``: a disclaimer and the paragraphs that carry it on; the
   undesirable-organization notice follows the article, so it ends it (a subhead that
   asks about such organizations is not the notice);
6. ``credit``: "With reporting by ..." ends the article (not inside a located run, where a
   photo's "(AP)" may come before the last paragraph);
7. ``chrome``: chrome, ad labels, date lines, widget leftovers (a player that cannot play,
   share links, embed code) and standing promos (:mod:`.vocabulary`), and every line
   once the article has ended;
8. ``teaser``: a "Related" label and the titles it teases; one no paragraph follows ends
   the article;
9. ``media-title``: a title-shaped line right under a player's leftovers (in the lead
   too, under the notice of a player that cannot play); a live blog's clock times
   ("14:05", three or more, latest first) are stripped, but the item titles under them
   are headings;
10. ``repeated-headline``: the headline printed again by the share tools, or a dateline,
    before the first paragraph;
11. ``author-box``: a name, then a line about that person: the article has ended;
12. ``caption``: a caption, by how and where it is printed (:mod:`.captions`);
13. ``body``: anything else is a paragraph, heading or list item.

Every rule that ends the article says so at DEBUG level (logger ``cleannews.parsers.text``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from ..._article import Block, Disclaimer, DisclaimerKind
from ...classify.chrome import (
    is_ad_label,
    is_after_article,
    is_chrome,
    is_player_leftover,
    is_teaser_label,
)
from ...classify.credits import match_credit
from ...classify.disclaimers import continues_disclaimer, match_disclaimer
from .captions import caption_at
from .found import Found, is_pair, take_meta
from .lines import is_dateline, is_name_like, is_prose, is_title_like, list_item_text
from .meta import read_date_line
from .vocabulary import (
    is_player_notice,
    is_sidebar_heading,
    is_standing_promo,
    is_widget_leftover,
)

__all__ = ["BODY_RULES", "BodyReading", "read_body"]

_LOG = logging.getLogger("cleannews.parsers.text")

_TEASER_LOOKAHEAD = 3
_MIN_BODY_WORDS = 12
_MAX_TEASERS = 6
#: a question in Title Case of so many words at most is a subhead
_MAX_QUESTION_HEADING_WORDS = 20
_MIN_TITLE_CASE_WORDS = 3
_CLOCK_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_MIN_LIVE_STAMPS = 3
_INLINE_TITLE = re.compile(r"\w\s*[:\-–—]\s*\w")


@dataclass(slots=True)
class BodyReading:
    """Where one reading of the body is, and what carries over from line to line."""

    found: Found
    #: the lines end where the article does (a located run): a credit line among them, a
    #: teaser label with no long paragraph under it or a "Most Read" box does not end it
    bounded: bool
    index: int
    #: after the credit line, the standing notice or an author box nothing is body
    ended: bool = False
    #: the last line stripped was a media player's leftover
    after_player: bool = False
    #: ... the notice of a player that cannot play, which its media's title follows even
    #: in the lead
    player_notice: bool = False
    #: body text glued after a caption, read before the next line
    pending: str | None = None
    #: still in the lines under the headline: dates, bylines, author names
    in_meta: bool = True
    #: the text of the line at ``index``, as the rules read it
    text: str = ""
    _live_stamps: bool | None = None

    @property
    def live_stamps(self) -> bool:
        """The dump stamps items with clock times, latest first: a live blog's."""
        if self._live_stamps is None:
            stamps = [
                int(hour) * 60 + int(minute)
                for line in self.found.lines
                if (match := _CLOCK_TIME.match(line.text))
                for hour, minute in [match.groups()]
            ]
            self._live_stamps = len(stamps) >= _MIN_LIVE_STAMPS and all(
                later >= earlier for later, earlier in pairwise(stamps)
            )
        return self._live_stamps

    @property
    def lead(self) -> bool:
        """Nothing read into the body or the captions yet: the lead media's place."""
        return not self.found.body and not self.found.captions

    def end(self, rule: str) -> None:
        if not self.ended:
            _LOG.debug("text body: rule %s ends the article at line %d", rule, self.index)
        self.ended = True


def block_of(text: str) -> Block:
    """A body line as a block: a list item, a heading (short, title-shaped) or a paragraph."""
    item = list_item_text(text)
    if item is not None:
        return Block("list_item", item)
    if is_title_like(text, max_words=12) and not text.endswith(("?", "!")):
        return Block("heading", text)
    question = text.endswith("?") and is_title_like(text, max_words=_MAX_QUESTION_HEADING_WORDS)
    if question and _is_title_case(text):
        return Block("heading", text)  # "Why Would Anyone Be Punished For ...?"
    return Block("paragraph", text)


def _is_title_case(text: str) -> bool:
    """Most of the longer words open with a capital: a subhead, not a sentence."""
    words = [w for w in text.split()[1:] if len(w) > 3 and w[0].isalpha()]
    return len(words) >= _MIN_TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _glued_body(reading: BodyReading) -> bool:
    if reading.pending is None:
        return False
    text, reading.pending = reading.pending, None
    if text:
        reading.found.body.append(block_of(text))
    return True


def _meta_under_headline(reading: BodyReading) -> bool:
    found = reading.found
    # in a run that opens with the standfirst, under it
    under_head = not found.body or (reading.bounded and len(found.body) == 1)
    if not under_head or reading.ended:
        return False
    meta_before = (len(found.authors), found.published, found.modified)
    if not take_meta(found, reading.text):
        return False
    dated = meta_before != (len(found.authors), found.published, found.modified)
    if found.body and dated and found.subheadline is None:
        found.subheadline = found.body.pop().text  # the standfirst, above the byline
    reading.index += 1
    return True


def _author_name(reading: BodyReading) -> bool:
    # "Jane Roe", or a byline bullet: "• Jane Roe"
    name = list_item_text(reading.text) or reading.text
    if not (reading.in_meta and is_name_like(name) and not is_pair(reading.found, reading.index)):
        return False
    if name.isupper():
        return False  # a digest's item title in capitals, not a name
    if name not in reading.found.authors:
        reading.found.authors.append(name)
    reading.index += 1
    return True


def _after_article(reading: BodyReading) -> bool:
    text = reading.text
    if not (is_after_article(text) or is_sidebar_heading(text)):
        return False
    found = reading.found
    if not reading.bounded or is_sidebar_heading(text):
        _LOG.debug("text body: rule after-article ends the dump at %r", text)
        found.stripped.extend(line.text for line in found.lines[reading.index :])
        reading.index = len(found.lines)
        return True
    found.stripped.append(text)  # a "Most Read" box in the run: the article goes on below
    reading.index = _strip_teased(found, reading.index + 1)
    return True


def _notice(reading: BodyReading) -> bool:
    text = reading.text
    notice = match_disclaimer(text)
    if notice is None:
        return False
    if notice == "undesirable-organization" and (
        text.endswith("?") or block_of(text).kind == "heading"
    ):
        return False  # a subhead that asks about such organizations: the notice never asks
    # the undesirable-organization notice follows the article; others may lead it
    if reading.found.body and notice == "undesirable-organization":
        reading.end("notice")
    reading.index = _read_notice(reading.found, reading.index, notice)
    return True


def _credit(reading: BodyReading) -> bool:
    credit = match_credit(reading.text)
    if credit is None:
        return False
    reading.found.credits.append(credit)
    if reading.found.body and not reading.bounded:
        reading.end("credit")
    reading.index += 1
    return True


def _chrome(reading: BodyReading) -> bool:
    text = reading.text
    if not (
        reading.ended
        or is_chrome(text)
        or is_ad_label(text)
        or read_date_line(text) is not None
        or is_widget_leftover(text)
        or is_standing_promo(text)
    ):
        return False
    found = reading.found
    found.stripped.append(text)
    reading.player_notice = is_player_notice(text) and not reading.ended
    # a live blog's clock times ("14:05") stamp its items, whose titles follow: not a
    # player's time codes ("0:00 0:02:31 0:00", a video's "1:07")
    player = is_player_leftover(text) and not (_CLOCK_TIME.match(text) and reading.live_stamps)
    reading.after_player = player or reading.player_notice
    media_title = bool(found.body) and found.body[-1].kind == "heading" and not reading.ended
    if reading.after_player and media_title:
        # a media title printed with the player: not a heading of the article
        found.stripped.insert(len(found.stripped) - 1, found.body.pop().text)
    reading.index += 1
    return True


def _teaser(reading: BodyReading) -> bool:
    text = reading.text
    if not is_teaser_label(text):
        return False
    found = reading.found
    found.stripped.append(text)
    reading.index += 1
    if found.body and not reading.bounded and not _body_resumes(found, reading.index):
        reading.end("teaser")  # the list of related stories under the article
        return True
    if not _INLINE_TITLE.search(text):  # "Related: <title>" names its story on the same line
        reading.index = _strip_teased(found, reading.index)
    return True


def _media_title(reading: BodyReading) -> bool:
    if not (
        reading.after_player
        and is_title_like(reading.text)
        and (reading.player_notice or not reading.lead)
    ):
        return False
    reading.found.stripped.append(reading.text)
    reading.index += 1
    return True


def _repeated_headline(reading: BodyReading) -> bool:
    found, text = reading.found, reading.text
    if any(b.kind == "paragraph" for b in found.body):
        return False
    if text != found.headline and not is_dateline(text):
        return False
    found.stripped.append(text)  # the headline again by the share tools; a dateline
    reading.index += 1
    return True


def _author_box(reading: BodyReading) -> bool:
    """A name alone on a line, then a line about that person: "Jane Roe is a ..."."""
    found, index = reading.found, reading.index
    text = reading.text
    if not (
        is_name_like(text)
        and index + 1 < len(found.lines)
        and found.text(index + 1).startswith(text + " ")
    ):
        return False
    if not found.authors:
        found.authors.append(text)
    reading.end("author-box")  # the line is read again, as chrome
    return True


def _caption(reading: BodyReading) -> bool:
    taken, reading.pending = caption_at(reading.found, reading.index, lead=reading.lead)
    reading.index += taken
    return taken > 0


def _body(reading: BodyReading) -> bool:
    reading.found.body.append(block_of(reading.text))
    reading.index += 1
    return True


@dataclass(frozen=True, slots=True)
class BodyRule:
    """A named rule: ``fires`` reads the line and moves on when it decides it."""

    name: str
    fires: Callable[[BodyReading], bool]
    #: the line is one of the meta lines under the headline, which may go on
    keeps_meta: bool = False
    #: the line leaves the player flag as it is (a notice, a label between the player
    #: and its title)
    keeps_player: bool = False


BODY_RULES: tuple[BodyRule, ...] = (
    BodyRule("glued-body", _glued_body),
    BodyRule("meta-under-headline", _meta_under_headline, keeps_meta=True, keeps_player=True),
    BodyRule("author-name", _author_name, keeps_meta=True, keeps_player=True),
    BodyRule("after-article", _after_article, keeps_player=True),
    BodyRule("notice", _notice, keeps_player=True),
    BodyRule("credit", _credit, keeps_player=True),
    BodyRule("chrome", _chrome, keeps_player=True),
    BodyRule("teaser", _teaser, keeps_player=True),
    BodyRule("media-title", _media_title),
    BodyRule("repeated-headline", _repeated_headline),
    BodyRule("author-box", _author_box),
    BodyRule("caption", _caption),
    BodyRule("body", _body),
)


def read_body(found: Found, index: int, *, bounded: bool = False) -> None:
    """Read the body from ``index`` into ``found``, each line by the first rule that fires."""
    reading = BodyReading(found=found, bounded=bounded, index=index)
    lines = found.lines
    while reading.index < len(lines) or reading.pending is not None:
        if reading.index < len(lines):
            reading.text = lines[reading.index].text
        for rule in BODY_RULES:
            if rule.fires(reading):
                break
        if not rule.keeps_meta:
            reading.in_meta = False
        if not rule.keeps_player:
            reading.after_player = reading.player_notice = False


def _read_notice(found: Found, index: int, kind: DisclaimerKind) -> int:
    """Read the notice opening at ``index`` with the paragraphs that carry it on."""
    parts = [found.text(index)]
    end = index + 1
    while end < len(found.lines) and continues_disclaimer(kind, found.text(end)):
        parts.append(found.text(end))
        end += 1
    found.disclaimers.append(Disclaimer(kind=kind, text="\n".join(parts)))
    return end


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
