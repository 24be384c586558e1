"""The state of one text parse: what has been read so far, and the meta lines it takes."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..._article import Block, Caption, Credit, Disclaimer
from ...classify.captions import split_photo_credit
from ...classify.chrome import chrome_language, is_chrome
from .lines import Line
from .meta import DATE_LABEL, read_byline, read_date_line

__all__ = ["Found", "is_pair", "take_meta"]


@dataclass(slots=True)
class Found:
    """What one parse has read so far; made per call, never shared."""

    lines: tuple[Line, ...]
    spaced: bool
    headline: str | None = None
    section: str | None = None
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    pending_alt: str | None = None
    subheadline: str | None = None
    #: the last date label read ("Updated:") says the next date is the update
    update_label: bool = False
    authors: list[str] = field(default_factory=list)
    stripped: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    disclaimers: list[Disclaimer] = field(default_factory=list)

    def text(self, index: int) -> str:
        return self.lines[index].text

    def add_caption(self, text: str, alt: str | None = None, credit: str | None = None) -> None:
        if text == self.pending_alt:
            self.pending_alt = None  # the alt text seen above the headline, captioned here
        caption, credit = split_photo_credit(text) if credit is None else (text, credit)
        self.captions.append(
            Caption(text=caption, credit=credit, alt=alt if alt and alt != text else None)
        )


def take_meta(found: Found, text: str) -> bool:
    """Chrome, date and byline lines: recorded where they belong, never body."""
    if is_chrome(text):
        found.stripped.append(text)
        found.language = found.language or chrome_language(text)
        return True
    label = DATE_LABEL.match(text)
    if label is not None:
        found.stripped.append(text)
        found.update_label = label["updated"] is not None
        return True
    date = read_date_line(text)
    if date is not None:
        iso, updated = date
        if updated or found.update_label or found.published is not None:
            found.modified = found.modified or iso
        else:
            found.published = iso
        return True
    names = read_byline(text)
    if names:
        found.authors.extend(n for n in names if n not in found.authors)
        return True
    return False


def is_pair(found: Found, index: int) -> bool:
    """The same text on two lines in a row: an image's alt text, then its caption."""
    lines = found.lines
    return index + 1 < len(lines) and lines[index].text == lines[index + 1].text
