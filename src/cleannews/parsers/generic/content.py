"""Finding the main content in the walked blocks: a maximum-sum region, then a block filter.

Every block gets a value: its text outside links, minus a price for link text and a fixed
price per block, so that long prose is worth a lot, a menu item or a related-story link
costs a little, and boilerplate-looking subtrees (share bars, sidebars ...) cost more. The
element whose blocks sum highest holds the article: adding a sidebar to it lowers the
sum, adding the lead paragraph next to it raises it. Each element's sum is a difference
of two prefix sums, so choosing costs one pass over the regions. When the best run of
consecutive blocks (maximum subarray) is worth far more than the best element, as when
a blog's paragraphs share their parent with a long comment thread, the run wins. Inside
the chosen range, :func:`.context.keep_in_context` decides block by block.

A page may print the story in parts named alike ("story-body-1", a related box,
"story-body-2"), or lay it out in unnamed parts alike in tag and classes with a
sidebar beside each: parts with only furniture between them are joined.

A class/id word that marks boilerplate can be wrong (``<div class="widget-area">``
around the whole story); a boilerplate element that holds an element marked as the
article body, or most of the page's prose, is taken back as content (a comment thread
only when the page has no story outside it).

The constants below were set on the dev corpora (``benchmarks/tools/generic_eval.py``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .context import NOTE_MARKS as _NOTE_MARKS
from .context import keep_in_context
from .elements import is_prose
from .vocabulary import has_word, hint_words
from .walk import Region, TextBlock, WalkResult

__all__ = ["Selection", "select_content"]

LOG = logging.getLogger("cleannews.generic")

#: what every block costs, so that labels and menu items are worth less than nothing
_BLOCK_PRICE = 20.0
#: what each character of link text costs beyond the free share
_LINK_PRICE = 2.0
_FREE_LINK_SHARE = 0.25
_MAX_BLOCK_COST = -200.0
#: boilerplate-looking text costs this much per character
_BOILER_FACTOR = 0.6
#: an element named like an article body ("entry-content", itemprop=articleBody) counts
#: this much more; an <article> a little more
_CONTENT_HINT_BONUS = 1.8
_ARTICLE_TAG_BONUS = 1.1
#: a run of blocks worth this much more than the best element's whole content wins
_RUN_MARGIN = 0.5
#: prose: a block this long with few links counts as text a reader reads
_PROSE_CHARS = 80
#: a boilerplate element holding this share of the page's prose is content after all
_RESCUE_SHARE = 0.3
_RESCUE_MIN_CHARS = 400
#: ... and holds at least this much prose itself (a long copyright footer does not)
_RESCUE_MIN_OWN = 1000
#: a part of the story is joined to it across at most this many blocks not in a box
_MAX_GAP_BLOCKS = 6
#: a block with this share of link text at least is a teaser's, not the story's
_TEASER_LINK_SHARE = 0.6
#: class/id words of a reader comment thread
_COMMENT_WORDS: frozenset[str] = frozenset(
    {"comment", "comments", "commentlist", "comment-list", "discussion", "disqus", "replies"}
)


#: elements that structure a part of a text (a table, a list): when one wins, the text
#: it sits in (an introduction, the notes under it) is the article
_STRUCTURE_TAGS: frozenset[str] = frozenset(
    {"table", "tbody", "thead", "tr", "td", "ul", "ol", "dl", "li"}
)


@dataclass(frozen=True, slots=True)
class Selection:
    """The chosen region and the indexes of the blocks kept from it."""

    region: Region
    kept: tuple[int, ...]
    score: float


def _link_density(block: TextBlock) -> float:
    return min(1.0, block.link_chars / max(1, len(block.text)))


def _is_prose(block: TextBlock) -> bool:
    return is_prose(block.weight, len(block.text), block.link_chars, _PROSE_CHARS)


def _value(block: TextBlock, boiler: bool) -> float:
    weight = block.weight
    if boiler:
        return -_BOILER_FACTOR * weight - _BLOCK_PRICE
    if block.text.startswith(_NOTE_MARKS):
        # a note ("^ Smith (2015). <title>. Publisher.") cites by linking: its links are
        # its text, as a reference list is part of the article it closes
        return weight - _BLOCK_PRICE
    density = min(1.0, block.link_chars / len(block.text))
    # prose links a few words each; only link text beyond that share is priced (menus
    # and teaser lists are all link)
    excess = weight * max(0.0, density - _FREE_LINK_SHARE)
    # one block, however link-heavy, costs at most so much: a paragraph full of name
    # links (hover cards) must not outweigh the story around it
    value = weight * (1.0 - density) - _LINK_PRICE * excess
    return max(value, _MAX_BLOCK_COST) - _BLOCK_PRICE


def _rescued(walked: WalkResult) -> set[int]:
    """Boilerplate-looking elements that are content after all: they hold an element
    marked as the article's body, or a large share of the page's prose themselves.

    A hidden copy of the story (structured data, a print version) is not the story when
    the page shows one; it is when the page shows none or little of it (streamed pages,
    paywalls that hide the text until a script runs)."""
    blocks = walked.blocks
    own: dict[int, int] = {}
    total = visible = 0
    for block in blocks:
        if _is_prose(block):
            total += block.weight
            if block.boiler >= 0:
                own[block.boiler] = own.get(block.boiler, 0) + block.weight
            if block.boiler not in walked.boiler_hidden:
                visible += block.weight
    hidden_ok = visible < _RESCUE_MIN_CHARS
    rescued = {
        index
        for index in walked.boiler_with_content
        if hidden_ok or index not in walked.boiler_hidden
    }
    free = total - sum(own.values())
    for index, prose in own.items():
        if prose < _RESCUE_SHARE * total or prose < _RESCUE_MIN_OWN:
            continue
        if free >= _RESCUE_MIN_CHARS and _names_comments(walked, index):
            # a comment thread can hold more prose than the story above it: it is the
            # story only when there is no story outside it
            continue
        # a hidden box holding far more prose than the page shows is the story behind a
        # paywall or a script, not a copy of it
        if index not in walked.boiler_hidden or hidden_ok or prose >= 2 * visible:
            rescued.add(index)
    return rescued


def _names_comments(walked: WalkResult, index: int) -> bool:
    """True when the boilerplate element ``index`` is named for reader comments."""
    start, end = walked.boilerplate[index]
    for region in walked.regions:
        # the element's own region: the outermost holding its slice under it
        if region.boiler == index and region.start == start and region.end == end:
            names = " ".join(
                value for value in (region.element.get("class"), region.element.get("id")) if value
            )
            return has_word(hint_words(names.lower()), _COMMENT_WORDS)
    return False


def _boiler_flags(walked: WalkResult, rescued: set[int]) -> tuple[list[bool], list[bool]]:
    """Per boilerplate element and per block: True when the innermost boilerplate-looking
    element around it was not rescued. Innermost only: page builders nest a dozen
    "widget" wrappers around the story, and one rescued wrapper speaks for them."""
    effective = [index not in rescued for index in range(len(walked.boilerplate))]
    return effective, [b.boiler >= 0 and effective[b.boiler] for b in walked.blocks]


def select_content(walked: WalkResult) -> Selection | None:
    """The region holding the article and the blocks kept from it; None on an empty page."""
    blocks = walked.blocks
    if not blocks or not walked.regions:
        return None
    boiler_elements, boiler = _boiler_flags(walked, _rescued(walked))
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
        if region.boiler >= 0 and boiler_elements[region.boiler]:
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
    why = "the element whose blocks are worth most"
    if best_score <= 0:
        # nothing worth more than it costs: a stub page, read whole
        best = walked.regions[-1]
        why = "no element worth more than it costs: the page read whole"
    start, end = best.start, best.end
    #: what the story's parts are worth when joined across the boxes between them
    parts_worth: float | None = None
    if best_score > 0:
        start, end, worth = _continued(walked, prefix, best)
        if (start, end) != (best.start, best.end):
            best = _enclosing(walked.regions, start, end) or best
            parts_worth = worth
            why += ", joined with its parts named alike"
    if best.tag in _STRUCTURE_TAGS and best_score > 0:
        best, start, end = _text_around(walked, boiler_elements, prefix, best)
        why += ", a table or list widened to the text around it"
    seg_start, seg_end, seg_score = _best_run(prefix)
    own = prefix[end] - prefix[start]
    if parts_worth is not None:
        # the boxes between the parts are cut out (keep_in_context): they do not lower
        # what the joined story is worth against a run of its blocks
        own = max(own, parts_worth)
    if best_score > 0 and seg_score * _RUN_MARGIN > own:
        # the story's paragraphs share their parent with something much bigger that
        # costs more than they are worth (a long comment thread under a blog post): the
        # best run of blocks is the story, and its smallest enclosing element the region
        if start <= seg_start < seg_end <= end:
            # inside the chosen element, what costs comes after the story (the thread):
            # the story's lead above a costly table of contents is still the story
            end = seg_end
        else:
            start, end = seg_start, seg_end
        best = _enclosing(walked.regions, start, end) or best
        why = "a run of blocks worth far more than the best element"
    kept = keep_in_context(blocks, boiler, start, end, _tables(walked.regions, start, end))
    if LOG.isEnabledFor(logging.DEBUG):
        LOG.debug(
            "content: <%s class=%r id=%r>, blocks %d-%d of %d, %d kept, score %.0f: %s",
            best.tag,
            best.element.get("class"),
            best.element.get("id"),
            start,
            end,
            len(blocks),
            len(kept),
            best_score,
            why,
        )
    return Selection(best, kept, best_score)


def _tables(regions: list[Region], start: int, end: int) -> list[tuple[int, int]]:
    """The block slices of the outermost tables inside ``start:end``, in order."""
    found: list[tuple[int, int]] = []
    # regions are recorded as their elements close: an outer table comes after the
    # tables inside it, so a slice holding the previous ones replaces them
    for region in regions:
        if region.tag == "table" and start <= region.start and region.end <= end:
            while found and found[-1][0] >= region.start:
                found.pop()
            found.append((region.start, region.end))
    return found


def _continued(walked: WalkResult, prefix: list[float], best: Region) -> tuple[int, int, float]:
    """The story's body and its continuations: a page that prints the story in parts
    ("story-body-1", a box of related links, "story-body-2") names each part alike. A
    part is joined when only furniture stands between it and the story: no heading
    outside a boilerplate box (one would start another story, as on a listing page),
    and few blocks."""
    # unnamed parts are the page's own layout, not items of a box (a feed of teasers)
    name = (
        _first_class(best) if best.content_hint else _all_classes(best) if best.boiler < 0 else None
    )
    if name is None:
        return best.start, best.end, prefix[best.end] - prefix[best.start]
    parts = sorted(
        (region.start, region.end)
        for region in walked.regions
        if region.content_hint == best.content_hint
        and region.depth == best.depth
        and region.tag == best.tag
        and (region.end <= best.start or region.start >= best.end)
        and prefix[region.end] - prefix[region.start] > 0
        and (
            _first_class(region) == name
            if best.content_hint
            # unnamed parts: the whole class list alike (utility classes such as
            # "w-full" name nothing alone), and no headline opening the part, as the
            # next story's would
            else _all_classes(region) == name
            and region.boiler < 0
            and not _is_heading(walked.blocks[region.start])
        )
    )
    start, end = best.start, best.end
    worth = prefix[end] - prefix[start]
    # between unnamed parts, nothing but boxes that look like furniture: a listing's
    # teasers (a <p> alike under each headline) have their headlines between them
    gap = _MAX_GAP_BLOCKS if best.content_hint else 0
    for part_start, part_end in parts:
        if part_start >= end and _only_furniture(walked.blocks, end, part_start, gap):
            end = part_end
            worth += prefix[part_end] - prefix[part_start]
    for part_start, part_end in reversed(parts):
        if part_end <= start and _only_furniture(walked.blocks, part_end, start, gap):
            start = part_start
            worth += prefix[part_end] - prefix[part_start]
    return start, end, worth


def _all_classes(region: Region) -> str | None:
    names = region.element.get("class")
    return " ".join(names.split()) if names and names.strip() else None


def _first_class(region: Region) -> str | None:
    names = region.element.get("class")
    return names.split()[0] if names and names.strip() else None


def _only_furniture(blocks: list[TextBlock], start: int, end: int, gap: int) -> bool:
    # a box that looks like furniture is furniture here even when it holds a teaser's
    # "story-body" and was taken back as content for it
    shown = [i for i in range(start, end) if blocks[i].boiler < 0]
    if shown and _is_heading(blocks[shown[-1]]):
        # a heading right above the part is its title: the part is another story
        return False
    # a callout of linked teasers (title, excerpt, author: all links) between the parts
    # is furniture whatever its markup is named: only the text outside links counts
    text = [i for i in shown if _link_density(blocks[i]) < _TEASER_LINK_SHARE]
    return len(text) <= gap and not any(_is_heading(blocks[i]) for i in text)


def _is_heading(block: TextBlock) -> bool:
    return block.heading or block.kind == "heading"


def _text_around(
    walked: WalkResult, boiler_elements: list[bool], prefix: list[float], best: Region
) -> tuple[Region, int, int]:
    """A winning table or list, widened inside the nearest element around it that is
    not itself one, to the blocks on each side worth more than they cost (the
    introduction above a table), stopping before what costs (link lists, notes)."""
    found: Region | None = None
    for region in walked.regions:
        if (
            region.depth < best.depth
            and region.start <= best.start
            and region.end >= best.end
            and region.tag not in _STRUCTURE_TAGS
            and (found is None or region.depth > found.depth)
        ):
            found = region
    if found is None or (found.boiler >= 0 and boiler_elements[found.boiler]):
        return best, best.start, best.end
    # the best start at or before the table (the maximum suffix sum before it), and the
    # best end at or after it
    start = min(range(found.start, best.start + 1), key=lambda k: (prefix[k], -k))
    end = max(range(best.end, found.end + 1), key=lambda k: (prefix[k], -k))
    return found, start, end


def _best_run(prefix: list[float]) -> tuple[int, int, float]:
    """The run of consecutive blocks worth most (maximum subarray on prefix sums)."""
    best = (0, 0, 0.0)
    low_index, low = 0, prefix[0]
    for index in range(1, len(prefix)):
        value = prefix[index]
        if value - low > best[2]:
            best = (low_index, index, value - low)
        if value < low:
            low_index, low = index, value
    return best


def _enclosing(regions: list[Region], start: int, end: int) -> Region | None:
    """The smallest region holding blocks ``start:end``."""
    found: Region | None = None
    for region in regions:
        if (
            region.start <= start
            and region.end >= end
            and (found is None or region.end - region.start < found.end - found.start)
        ):
            found = region
    return found
