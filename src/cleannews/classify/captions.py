"""Photo credits inside captions: "Protesters in Tbilisi. (Photo: AP/John Doe)".

A credit is recognised only in a shape that prose does not take: in brackets at the end
("(AP Photo/Jane Doe)", "(RFE/RL)"), or after a photo marker ("Photo: Reuters",
"Фото: Reuters"). A caption that merely ends "... told Reuters." keeps its words.
"""

from __future__ import annotations

import re

from .._text import clean

__all__ = [
    "PHOTO_AGENCIES",
    "PHOTO_MARKERS",
    "credit_only",
    "looks_like_caption_start",
    "split_photo_credit",
]

#: Words that introduce a photo credit, in the services' languages.
PHOTO_MARKERS: tuple[str, ...] = (
    "photo",
    "photos",
    "photo by",
    "photograph",
    "image",
    "picture",
    "credit",
    "file photo",
    "фото",
    "фотография",
    "foto",
    "fotografija",
    "fotografie",
    "სურათი",
    "ֆոտո",
    "عکس",
    "تصوير",
    "صورة",
)
#: Agencies and owners whose name alone in brackets credits a photo.
PHOTO_AGENCIES: tuple[str, ...] = (
    "AP",
    "AFP",
    "Reuters",
    "Getty Images",
    "EPA",
    "EPA-EFE",
    "TASS",
    "Sputnik",
    "RFE/RL",
    "VOA",
    "Current Time",
    "Радио Свобода",
    "Настоящее Время",
    "Radio Slobodna Evropa",
)

_MARKER = "|".join(re.escape(m) for m in sorted(PHOTO_MARKERS, key=len, reverse=True))
_AGENCY = "|".join(re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True))
_TRAILING_CREDIT = re.compile(
    # "(Photo: AP/John Doe)", "[Фото: Reuters]", "(AP Photo/Jane Doe)", "(RFE/RL)"
    r"\s*[(\[]\s*((?:(?:" + _MARKER + r")\s*(?:by\b|:)\s*[^()\[\]]{2,80}?)|"
    r"(?:(?:" + _AGENCY + r")(?:\s*(?:Photo|/)\s*[^()\[\]]{0,60})?))\s*[)\]]\s*$|"
    # "... on January 23. Photo: Reuters" without brackets
    r"(?<=[.!?\s])\s*((?:" + _MARKER + r")\s*(?:by\b|:)\s*[^.()\[\]]{2,80}?)\s*\.?\s*$",
    re.IGNORECASE,
)
_MARKER_WORD = re.compile(r"(?:" + _MARKER + r")\s*(?:by\b|:)", re.IGNORECASE)
_MARKER_KEYS: tuple[str, ...] = tuple({m.split()[0] for m in PHOTO_MARKERS})


def _has_marker(text: str) -> bool:
    # a substring test first: the regex only runs on the few lines that name a photo
    low = text.casefold()
    return any(m in low for m in _MARKER_KEYS) and _MARKER_WORD.search(text) is not None


# "(Nadia Qureshi / Harbor City Tribune)": photographer / outlet, spaced slash
_PHOTOGRAPHER_OUTLET = re.compile(
    r"\s*[(\[]\s*((?-i:[A-Z])[^()\[\]/]{1,50}?\s+/\s+(?-i:[A-Z])[^()\[\]/]{1,50}?)\s*[)\]]\s*$"
)
# "FILE - ...", "FILE PHOTO: ...": the wire services' way to open a caption
_CAPTION_START = re.compile(r"^(?:file(?:\s+photo)?\s*[-–—:]|архивное\s+фото\s*[-–—:.])", re.I)


def split_photo_credit(caption: str) -> tuple[str, str | None]:
    """Split a caption into its text and the photo credit it ends with, if any."""
    text = clean(caption)
    if not text.endswith((")", "]")) and not _has_marker(text):
        return text, None  # neither brackets nor a photo word: no credit to look for
    match = _TRAILING_CREDIT.search(text)
    if match is not None and match.start() > 0:
        return clean(text[: match.start()]), clean(match.group(1) or match.group(2))
    match = _PHOTOGRAPHER_OUTLET.search(text)
    if match is not None and match.start() > 0:
        return clean(text[: match.start()]), clean(match.group(1))
    return text, None


def credit_only(line: str) -> str | None:
    """The credit of a line that is only a bracketed photo credit: "(AP Photo/Kyle Green)"."""
    text, credit = split_photo_credit("x " + clean(line))
    return credit if text == "x" else None


def looks_like_caption_start(text: str) -> bool:
    """True for a line opening the way only captions open ("FILE - ...", "FILE PHOTO: ...")."""
    return bool(_CAPTION_START.match(clean(text)))
