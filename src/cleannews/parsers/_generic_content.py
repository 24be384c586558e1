"""Finding the main content in the walked blocks: a maximum-sum region, then a block filter.

Every block gets a value: its text outside links, minus a price for link text and a fixed
price per block, so that long prose is worth a lot, a menu item or a related-story link
costs a little, and boilerplate-looking subtrees (share bars, sidebars ...) cost more. The
element whose blocks sum highest holds the article: adding a sidebar to it lowers the
sum, adding the lead paragraph next to it raises it. Each element's sum is a difference
of two prefix sums, so choosing costs one pass over the regions. Inside the chosen
element, blocks that are link lists, boilerplate or site chrome are dropped.

A class/id word that marks boilerplate can be wrong (``<div class="post has-sidebar">``
around the whole story); a boilerplate element that holds most of the page's prose is
taken back as content.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._classify.chrome import is_chrome
from ._generic_walk import Region, TextBlock, WalkResult

__all__ = ["Selection", "select_content"]

_BLOCK_PRICE = 12.0
_LINK_PRICE = 2.0
_BOILER_FACTOR = 0.6
_CONTENT_HINT_BONUS = 1.3
_ARTICLE_TAG_BONUS = 1.1
#: prose: a block this long with few links counts as text a reader reads
_PROSE_CHARS = 80
_MAX_LINK_DENSITY = 0.5
#: a boilerplate element holding this share of the page's prose is content after all
_RESCUE_SHARE = 0.4


@dataclass(frozen=True, slots=True)
class Selection:
    """The chosen region and the indexes of the blocks kept from it."""

    region: Region
    kept: tuple[int, ...]
    score: float


def _link_density(block: TextBlock) -> float:
    return min(1.0, block.link_chars / max(1, len(block.text)))


def _is_prose(block: TextBlock) -> bool:
    return len(block.text) >= _PROSE_CHARS and _link_density(block) < 0.3


def _value(block: TextBlock, boiler: bool) -> float:
    length = len(block.text)
    links = min(block.link_chars, length)
    if boiler:
        return -_BOILER_FACTOR * length - _BLOCK_PRICE
    return (length - links) - _LINK_PRICE * links - _BLOCK_PRICE


def _rescued(walked: WalkResult) -> set[int]:
    """Boilerplate elements that hold a large share of the page's prose."""
    blocks = walked.blocks
    total = sum(len(b.text) for b in blocks if _is_prose(b))
    if not total:
        return set()
    rescued: set[int] = set()
    for index, (start, end) in enumerate(walked.boilerplate):
        prose = sum(len(b.text) for b in blocks[start:end] if _is_prose(b))
        if prose >= _RESCUE_SHARE * total and prose > 400:
            rescued.add(index)
    return rescued


def _boiler_flags(walked: WalkResult, rescued: set[int]) -> list[bool]:
    if not rescued:
        return [b.boiler >= 0 for b in walked.blocks]
    flags: list[bool] = []
    for block in walked.blocks:
        flags.append(block.boiler >= 0 and block.boiler not in rescued)
    return flags


def select_content(walked: WalkResult) -> Selection | None:
    """The region holding the article and the blocks kept from it; None on an empty page."""
    blocks = walked.blocks
    if not blocks or not walked.regions:
        return None
    boiler = _boiler_flags(walked, _rescued(walked))
    prefix = [0.0]
    running = 0.0
    for block, flagged in zip(blocks, boiler, strict=True):
        running += _value(block, flagged)
        prefix.append(running)
    best: Region | None = None
    best_score = float("-inf")
    for region in walked.regions:
        if region.end <= region.start:
            continue
        if region.boiler >= 0 and boiler[region.start]:
            continue
        score = prefix[region.end] - prefix[region.start]
        if score > 0:
            if region.content_hint:
                score *= _CONTENT_HINT_BONUS
            elif region.tag == "article":
                score *= _ARTICLE_TAG_BONUS
        if score > best_score or (score == best_score and best and region.depth < best.depth):
            best, best_score = region, score
    if best is None:
        return None
    kept = tuple(i for i in range(best.start, best.end) if not boiler[i] and _keep(blocks[i]))
    return Selection(best, kept, best_score)


def _keep(block: TextBlock) -> bool:
    if _link_density(block) > _MAX_LINK_DENSITY:
        return False
    return not is_chrome(block.text)
