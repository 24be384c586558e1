"""The general signs of a page's kind, as numbers: what ``page_kind_fit``'s model reads.

Every feature is a property any page has (how much of its text the content holds, how
linked its text is, whether it is dated and signed ...); none names a site. They are
computed in one pass over the walked blocks and one over the body. They live here, not in
the library, because the cross-validated model over them did not beat the hand rules of
``cleannews.parsers.generic.page_kind`` (see ``page_kind_fit``); were it moved into the
library, it would run after those rules, from the same walk.
"""

from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from cleannews.metadata import Metadata
from cleannews.parsers.generic.assembly import Parts
from cleannews.parsers.generic.content import Selection
from cleannews.parsers.generic.elements import text_weight
from cleannews.parsers.generic.page_kind import _slug_words
from cleannews.parsers.generic.walk import WalkResult

__all__ = ["FEATURE_NAMES", "page_features"]

#: the order of the values :func:`page_features` returns
FEATURE_NAMES: tuple[str, ...] = (
    "declared_article",
    "template_article",
    "site_type",
    "no_type",
    "dated",
    "signed",
    "headline_slug",
    "home_page",
    "log_body_chars",
    "prose_share",
    "page_share",
    "body_prose_ratio",
    "page_link_density",
    "heading_density",
    "log_linked_headings",
    "log_code_blocks",
    "log_shop_lines",
    "log_forum_lines",
    "question_share",
    "log_body_blocks",
    "log_mean_block",
    "log_headline_words",
    "list_share",
    "region_block_share",
    "region_link_density",
    "kept_share",
    "log_date_lines",
    "log_page_blocks",
)

_PROSE_CHARS = 150
_BODY_PROSE_WEIGHT = 100
_SLUG_WORDS = 4
_WORD = re.compile(r"\w+")
_SHOP_LINE = re.compile(
    r"\b(?:add\s+to\s+(?:cart|bag|basket|wishlist)|buy\s+now|in\s+stock|out\s+of\s+stock|"
    r"free\s+shipping|quantity|price)\b",
    re.IGNORECASE,
)
_FORUM_LINE = re.compile(
    r"^(?:reply|quote|report|permalink|like|joined:?|posts?:?\s*\d|#\d+|"
    r"\d+\s+(?:replies|posts|comments|answers|votes)|\d+\s+reply\b|messages:?|offline|online|"
    r"copy\s+(?:post|link)|add\s+a\s+comment|member\s+since|registered:?|posted\s+\d|share|"
    r"edit|follow|flag|answered|asked)\b",
    re.IGNORECASE,
)
_SHORT_LINE_CHARS = 60
#: a short line carrying a date or an age: one per post on threads, per card on listings
_DATE_LINE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|yesterday)\b",
    re.IGNORECASE,
)


def page_features(
    meta: Metadata,
    *,
    page_type: str,
    declared: bool,
    walked: WalkResult,
    selection: Selection | None,
    parts: Parts,
) -> tuple[float, ...]:
    """The values named by :data:`FEATURE_NAMES` for one page (``page_type`` lower-cased,
    ``declared`` when it names a story rather than a template's "article")."""
    page_chars = page_prose = page_len = page_links = 0
    linked_headings = shop = forum = dates = 0
    for b in walked.blocks:
        size = len(b.text)
        page_chars += b.weight
        page_len += size
        page_links += b.link_chars
        if b.heading and b.link_chars * 2 > size:
            linked_headings += 1
        if size < _SHORT_LINE_CHARS:
            shop += _SHOP_LINE.search(b.text) is not None
            forum += _FORUM_LINE.search(b.text) is not None
            dates += _DATE_LINE.search(b.text) is not None
        elif b.weight >= _PROSE_CHARS and b.link_chars < 0.3 * size:
            page_prose += b.weight
    chars = body_prose = headings = code = questions = listed = 0
    for block in parts.body:
        weight = text_weight(block.text)
        chars += weight
        if weight >= _BODY_PROSE_WEIGHT:
            body_prose += weight
        headings += block.kind == "heading"
        code += block.kind == "preformatted"
        listed += block.kind == "list_item"
        questions += block.text.rstrip().endswith("?")
    blocks = len(parts.body)
    page_blocks = len(walked.blocks)
    region_blocks = region_len = region_links = 0
    if selection is not None:
        inside = walked.blocks[selection.region.start : selection.region.end]
        region_blocks = len(inside)
        region_len = sum(len(b.text) for b in inside)
        region_links = sum(b.link_chars for b in inside)
    url = meta.url or ""
    return (
        float(declared),
        float(page_type in {"article", "techarticle"}),
        float(page_type in {"website", "webpage"}),
        float(not page_type),
        float(bool(meta.published)),
        float(bool(meta.authors)),
        float(_slug_words(url) >= _SLUG_WORDS),
        float(bool(url) and not urlsplit(url).path.strip("/")),
        math.log1p(chars),
        body_prose / page_prose if page_prose else 1.0,
        chars / page_chars if page_chars else 1.0,
        body_prose / chars if chars else 0.0,
        page_links / page_len if page_len else 0.0,
        headings * 250 / chars if chars else 0.0,
        math.log1p(linked_headings),
        math.log1p(code),
        math.log1p(shop),
        math.log1p(forum),
        questions / blocks if blocks else 0.0,
        math.log1p(blocks),
        math.log1p(chars / blocks) if blocks else 0.0,
        math.log1p(len(_WORD.findall(meta.headline or ""))),
        listed / blocks if blocks else 0.0,
        region_blocks / page_blocks if page_blocks else 0.0,
        region_links / region_len if region_len else 0.0,
        len(selection.kept) / region_blocks if selection and region_blocks else 0.0,
        math.log1p(dates),
        math.log1p(page_blocks),
    )
