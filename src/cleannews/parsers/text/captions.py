"""Captions in a text dump, recognised by how and where they are printed, not by their words.

Twice in a row (alt text, then caption); alt text run into the caption or the first
paragraph; a short alt text above a credited caption; once, with a photo credit or a
"FILE -" opening; or, under the headline only, glued to the paragraph that follows it.
"""

from __future__ import annotations

import re

from ...classify.captions import credit_only, looks_like_caption_start, split_photo_credit
from .found import Found, is_pair
from .lines import ends_sentence, is_title_like
from .vocabulary import is_picture_alt

__all__ = ["caption_at"]

_MAX_CAPTION_WORDS = 80
_MIN_GLUED_CAPTION_WORDS = 4
_ALT_OPENING_WORDS = 5
#: "Kazakhstan -- Police detain a protester ...": RFE/RL opens a caption with the country
#: in title case and two dashes, where a body's dateline names the city in capitals
#: ("ALMATY, Kazakhstan --")
_COUNTRY_DASHES = re.compile(r"^(?-i:[A-Z][a-z][\w'’]*)(?:[ -](?-i:[A-Z])[\w'’]+){0,2}\s+--\s+\S")
_MAX_LEAD_CAPTION_WORDS = 40
#: a credit a caption ends with, in shapes a paragraph does not take: "... Johannisthal.
#: © dpa | Jens Kalaene", "... in October 2011. (Adel Hana/The Associated Press)"
_COPYRIGHT_CREDIT = re.compile(r"\s©\s*([^©]{2,100})$")
_PHOTOGRAPHER_SLASH = re.compile(
    r"\s\(((?-i:[A-Z])[\w.'’-]+(?:\s(?-i:[A-Z])[\w.'’-]+){1,3}\s?/\s?(?-i:[A-Z])[^()/]{1,40})\)$"
)
_MIN_CREDITED_WORDS = 3
_MIN_REPEATED_PARAGRAPH_WORDS = 50
# a credit that says it is a photo's: a photo word, or an agency then its photographer
_PHOTO_WORD = re.compile(
    r"photo|фото|foto|image|^(?:ap|afp|reuters|epa(?:-efe)?|getty(?:\s+images)?|tass|rfe/rl)\s*/",
    re.IGNORECASE,
)


def caption_at(found: Found, index: int, *, lead: bool) -> tuple[int, str | None]:
    """Lines a caption takes at ``index`` (0 if none) and body text glued after it, if any."""
    lines = found.lines
    text = found.text(index)
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return 0, None
    if is_pair(found, index):
        if _is_repeated_paragraph(found, index):
            found.stripped.append(text)  # the second copy is read as body
            return 1, None
        found.add_caption(text)
        return 2, None
    following = found.text(index + 1) if index + 1 < len(lines) else ""
    third = found.text(index + 2) if index + 2 < len(lines) else ""
    if lead and is_title_like(text) and ends_sentence(following) and credit_only(third):
        # alt text, caption, and its credit on a line of its own
        found.add_caption(following, alt=text, credit=credit_only(third))
        return 3, None
    if ends_sentence(text) and credit_only(following):
        found.add_caption(text, credit=credit_only(following))
        return 2, None
    if (
        lead
        and (is_title_like(text) or _same_opening(text, following))
        and _is_marked_caption(following, lead=True)
    ):
        found.add_caption(following, alt=text)  # a short alt text above its caption
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
    if _is_marked_caption(text, lead=lead):
        found.add_caption(text)
        return 1, None
    credited = _credited_caption(text)
    if credited is not None:
        found.add_caption(credited[0], credit=credited[1])
        return 1, None
    if lead and _is_lead_caption(text, following):
        found.add_caption(text)
        return 1, None
    if lead and found.spaced and lines[index].glued and ends_sentence(text):
        found.add_caption(text)  # the caption glued to the paragraph that follows it
        return 1, None
    return 0, None


def _is_lead_caption(text: str, following: str) -> bool:
    """Printed once in the lead image's place: a map's or photo's alt text ("Afghanistan
    map with Kabul"), or a caption that opens with its country ("Kazakhstan -- ...")
    above the body's first paragraph."""
    if is_picture_alt(text):
        return True
    return (
        len(text.split()) <= _MAX_LEAD_CAPTION_WORDS
        and bool(_COUNTRY_DASHES.match(text))
        and bool(following)
        and not _COUNTRY_DASHES.match(following)
    )


def _is_repeated_paragraph(found: Found, index: int) -> bool:
    """The same long paragraph twice, a blank line between: a page that repeats itself,
    not an alt text over its caption (printed with no space between)."""
    return (
        len(found.text(index).split()) >= _MIN_REPEATED_PARAGRAPH_WORDS
        and found.lines[index + 1].gap > 0
    )


def _credited_caption(text: str) -> tuple[str, str] | None:
    """A caption ending in a credit no paragraph ends with: (caption, credit), else None."""
    if "©" not in text and not text.endswith(")"):
        return None
    match = _COPYRIGHT_CREDIT.search(text) or _PHOTOGRAPHER_SLASH.search(text)
    if match is None or len(text[: match.start()].split()) < _MIN_CREDITED_WORDS:
        return None
    return text[: match.start()].strip(), match.group(1).strip()


def _same_opening(alt: str, caption: str) -> bool:
    """An alt text that the caption opens with, then goes on ("... in Chisinau on March 14.")."""
    words = alt.rstrip(".").split()
    head = words[:_ALT_OPENING_WORDS]
    return len(words) >= _ALT_OPENING_WORDS and caption.split()[: len(head)] == head


def _is_marked_caption(text: str, *, lead: bool) -> bool:
    """A line marked as a caption: a photo credit ("(AP Photo/...)") or a "FILE -" opening.

    Inside the body only a credit that says it is a photo's counts: a paragraph may end
    with "(RFE/RL)" or "(Brent / WTI)", but not with "(Photo: Jane Doe)".
    """
    if len(text.split()) > _MAX_CAPTION_WORDS:
        return False
    _, credit = split_photo_credit(text)
    credited = credit is not None and (lead or bool(_PHOTO_WORD.search(credit)))
    return credited or looks_like_caption_start(text)
