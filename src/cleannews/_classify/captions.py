"""Photo credits inside captions: "Protesters in Tbilisi. (Photo: AP/John Doe)"."""

from __future__ import annotations

import re

from .._text import clean

__all__ = ["split_photo_credit"]

_TRAILING_CREDIT = re.compile(
    r"\s*[(\[]?\s*((?:photo|image|picture|foto|фото|credit)s?\s*(?:by|:)?\s*[^()\[\]]{2,80}?|"
    r"(?:AP|AFP|Reuters|Getty Images|EPA|RFE/RL)(?:\s*(?:Photo|/)\s*[^()\[\]]{0,60})?)"
    r"\s*[)\]]?\s*$",
    re.IGNORECASE,
)


def split_photo_credit(caption: str) -> tuple[str, str | None]:
    """Split a caption into its text and the photo credit it ends with, if any."""
    text = clean(caption)
    match = _TRAILING_CREDIT.search(text)
    if match is None or match.start() == 0:
        return text, None
    return clean(text[: match.start()]), clean(match.group(1))
