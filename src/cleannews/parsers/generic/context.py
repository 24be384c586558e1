"""Which blocks of the chosen region to keep: each block classed alone, then in context.

Alone, a block is *good* (prose: long, or medium with sentence punctuation, few links),
*bad* (a link list, boilerplate, site chrome) or *short* (a label, a date, a one-line
paragraph, a heading). In context, as jusText does it, a short block is kept when the
nearest classed blocks on both sides are good, and a heading when good text follows it
before any bad block: so "Share" and "1 hour ago" between teasers go, while a one-line
paragraph or a subheading inside the story stays.

Some parts of a story are read as a whole rather than line by line: a list it introduces
(a prose paragraph, then items of several words with few links), a list of notes (items
opened by a back-link mark), and a table between its paragraphs (figures, linked names).
A linked subheading between two paragraphs is the story's own when it is short and no
teaser label opens it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ...classify.chrome import is_ad_label, is_box_title, is_chrome, starts_with_teaser_label
from ...classify.stamps import is_date_stamp
from .walk import TextBlock

__all__ = ["NOTE_MARKS", "keep_in_context"]

_Class = Literal["good", "bad", "short", "absent"]

#: weight (length, CJK counted triple) from which a block is prose on its own
_GOOD_WEIGHT = 120
#: weight from which a block with sentence punctuation is prose
_SENTENCE_WEIGHT = 40
_MAX_LINK_DENSITY = 0.6
_MAX_SHORT_LINK_DENSITY = 0.4
_QUOTE_FREE_LINKS = 0.3
#: a long block is prose up to this share of link text (bold linked lead-ins)
_GOOD_LINK_DENSITY = 0.6
_SENTENCE_END = re.compile(r"[.!?;:…。！？؟।]['\"”’»)]*$")
_SHORT_SENTENCE_WEIGHT = 20
#: a sentence of this many words stays prose with up to this share of link text
_LINKED_SENTENCE_WORDS = 12
_SENTENCE_LINK_DENSITY = 0.5
#: a link-heavy item in a list of prose items is kept from this many words
_LIST_ITEM_WORDS = 4
#: a list of items this many words long on average, with this share of link text at
#: most, right after a prose paragraph, is part of the text
_PROSE_LIST_WORDS = 6
_PROSE_LIST_LINKS = 0.3
#: a note in a list of references opens with a mark linking back to the text ("^ a b")
NOTE_MARKS = ("^", "↑")
_MIN_NOTES = 3
#: a linked subheading between paragraphs names a thing in this many characters at most;
#: another story's headline runs longer
_MAX_LINKED_HEADING_CHARS = 60
#: an ad slot's label is a word or two ("Advertisement", "Sponsored"), a teaser box's
#: title a few ("Das könnte Sie auch interessieren")
_MAX_AD_LABEL_CHARS = 36
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE = re.compile(r"[.!?。！？؟।]['\"”’»)]?(?:\s|$)|[,;:，、；]\s?\S")


def _reads_as_sentence(block: TextBlock) -> bool:
    return bool(_SENTENCE_END.search(block.text)) and (
        block.weight >= _SHORT_SENTENCE_WEIGHT or len(block.text.split()) >= 3
    )


def _box_title(block: TextBlock) -> bool:
    """The title of a box of teasers ("Related", "Don't miss"), printed on its own line
    without links: the box under it is furniture, and its title with it."""
    return block.link_chars == 0 and is_box_title(block.text)


def _alone(block: TextBlock, boiler: bool) -> _Class:
    if boiler:
        # a box marked as furniture ("read also", a share bar) is cut out whole: the
        # text around it reads on as if it were not there
        return "absent"
    length = len(block.text)
    if length <= _MAX_AD_LABEL_CHARS and (is_ad_label(block.text) or _box_title(block)):
        # the label of an ad slot between two paragraphs: the slot is furniture, and the
        # paragraphs on each side read on
        return "absent"
    if block.kind != "quote" and is_date_stamp(block.text):
        # "Published 10:48, Nov 19, 2019 | Updated 11:05": the article's dates, printed
        # by the page; its commas would pass it for a sentence. Cut out like furniture,
        # so the lead under it still opens the story
        return "absent"
    density = block.link_chars / length if length else 1.0
    if block.kind == "quote":
        # an embedded post (a tweet) links its author, its date and its media: a quote
        # keeps its text unless it is nearly all link
        density = max(0.0, density - _QUOTE_FREE_LINKS)
    if density > _MAX_LINK_DENSITY:
        return "bad"
    if block.weight >= _GOOD_WEIGHT and density < _GOOD_LINK_DENSITY:
        return "good"
    if block.weight >= _SENTENCE_WEIGHT and density < 0.35 and _SENTENCE.search(block.text):
        return "good"
    if (
        density < _SENTENCE_LINK_DENSITY
        and _SENTENCE_END.search(block.text)
        and len(block.text.split()) >= _LINKED_SENTENCE_WORDS
    ):
        # a whole sentence that links its subject ("a new report by <the centre> ...")
        return "good"
    if density > _MAX_SHORT_LINK_DENSITY or is_chrome(block.text):
        return "bad"
    if not _LETTER.search(block.text):
        return "bad"  # a time, a counter, "1/5": no words, no story
    return "short"


def _forgive_lone_links(blocks: Sequence[TextBlock], start: int, classes: list[_Class]) -> None:
    """A single bad line between prose ("Read also: <link>") is an inline promo: cut out
    like furniture, so it does not condemn the short lines next to it. A subheading that
    links what it names ("<a>Game title</a> ($20)") there is the story's own heading."""
    solid = [i for i, cls in enumerate(classes) if cls in ("good", "bad")]
    for before, here, after in zip(solid, solid[1:], solid[2:], strict=False):
        if classes[here] == "bad" and classes[before] == "good" and classes[after] == "good":
            own_heading = _linked_heading(blocks[start + here]) and not (
                here > 0 and starts_with_teaser_label(blocks[start + here - 1].text)
            )
            classes[here] = "good" if own_heading else "absent"


def _lift_list_items(blocks: Sequence[TextBlock], start: int, classes: list[_Class]) -> None:
    """In a run of list items that are mostly prose (a blog's bulleted news), an item
    that links most of its words is one more item of the list, not a link list: it is
    kept when it is a phrase of several words. A list of links stays bad: there the
    prose items are the minority."""
    count = len(classes)
    offset = 0
    while offset < count:
        if blocks[start + offset].kind != "list_item":
            offset += 1
            continue
        end = offset
        while end < count and blocks[start + end].kind == "list_item":
            end += 1
        run = classes[offset:end]
        if _notes(blocks[start + offset : start + end]):
            # the story's notes and references: each cites a source, link-heavy by nature
            for o in range(offset, end):
                if classes[o] in ("bad", "short"):
                    classes[o] = "good"
        elif run.count("good") * 2 > len(run):
            for o in range(offset, end):
                if classes[o] == "bad" and len(blocks[start + o].text.split()) >= _LIST_ITEM_WORDS:
                    classes[o] = "good"
        elif _prose_list(blocks[start + offset : start + end], classes, offset):
            for o in range(offset, end):
                block = blocks[start + o]
                if (
                    classes[o] in ("bad", "short")
                    and len(block.text.split()) >= _LIST_ITEM_WORDS
                    and block.link_chars <= _GOOD_LINK_DENSITY * len(block.text)
                ):
                    classes[o] = "good"
        offset = end


def _solid_before(classes: Sequence[_Class], index: int) -> _Class:
    """The nearest good or bad class before ``index`` ("bad" at the start)."""
    for offset in range(index - 1, -1, -1):
        if classes[offset] in ("good", "bad"):
            return classes[offset]
    return "bad"


def _solid_after(classes: Sequence[_Class], index: int) -> _Class:
    """The nearest good or bad class at or after ``index`` ("bad" at the end)."""
    for offset in range(index, len(classes)):
        if classes[offset] in ("good", "bad"):
            return classes[offset]
    return "bad"


def _notes(items: Sequence[TextBlock]) -> bool:
    """A list of notes: items open with the mark that links back to the text (a third
    at least: a note cut by an inline box reads as two or three items)."""
    marked = sum(1 for item in items if item.text.startswith(NOTE_MARKS))
    return marked >= _MIN_NOTES and marked * 3 >= len(items)


def _linked_heading(block: TextBlock) -> bool:
    """A heading that names a thing (a product, a place, a step), not another story's
    headline: short, and not opened by a teaser label."""
    return (
        (block.heading or block.kind == "heading")
        and len(block.text) <= _MAX_LINKED_HEADING_CHARS
        and not is_chrome(block.text)
        and not starts_with_teaser_label(block.text)
    )


def _prose_list(items: Sequence[TextBlock], classes: Sequence[_Class], first: int) -> bool:
    """A list the story introduces ("He also said:" and the points): prose paragraph
    before it, items of several words each, few links over the whole list. A list of
    related stories links most of its text; a tag cloud is one or two words an item."""
    if _solid_before(classes, first) != "good":
        return False
    chars = sum(len(item.text) for item in items)
    links = sum(min(item.link_chars, len(item.text)) for item in items)
    words = sum(len(item.text.split()) for item in items)
    return links < _PROSE_LIST_LINKS * chars and words >= _PROSE_LIST_WORDS * len(items)


def _lift_tables(
    blocks: Sequence[TextBlock],
    start: int,
    classes: list[_Class],
    tables: Sequence[tuple[int, int]],
) -> None:
    """A table the story prints (figures, a list of films with a line on each) is read
    whole: its cells are short, numbers or linked names, and would each be dropped alone.
    It is the story's when prose comes before it and after it or most of its rows read
    as prose, and links are not most of its text (a table of links is a menu)."""
    for table_start, table_end in tables:
        first, last = table_start - start, table_end - start
        run = classes[first:last]
        if _solid_before(classes, first) != "good" or not run:
            continue
        if _solid_after(classes, last) != "good" and run.count("good") * 2 <= len(run):
            continue
        cells = blocks[table_start:table_end]
        chars = sum(len(b.text) for b in cells)
        links = sum(min(b.link_chars, len(b.text)) for b in cells)
        if links * 2 > chars:
            continue
        for offset in range(first, last):
            if classes[offset] != "absent":
                classes[offset] = "good"


def keep_in_context(
    blocks: Sequence[TextBlock],
    boiler: Sequence[bool],
    start: int,
    end: int,
    tables: Sequence[tuple[int, int]] = (),
) -> tuple[int, ...]:
    """Indexes in ``range(start, end)`` of the blocks worth keeping; ``tables`` are the
    block slices of the tables in that range."""
    classes = [_alone(blocks[i], boiler[i]) for i in range(start, end)]
    count = len(classes)
    _lift_list_items(blocks, start, classes)
    _lift_tables(blocks, start, classes, tables)
    _forgive_lone_links(blocks, start, classes)
    # nearest non-short class on each side, computed in two sweeps
    before: list[_Class] = []
    # "absent" before the first classed block: the chosen range opens there
    last: _Class = "absent"
    for cls in classes:
        before.append(last)
        if cls in ("good", "bad"):
            last = cls
    after: list[_Class] = [last] * count
    last = "bad"
    for offset in range(count - 1, -1, -1):
        after[offset] = last
        if classes[offset] in ("good", "bad"):
            last = classes[offset]
    if "good" not in classes:
        # no prose anywhere (a stub page, a short note): every line that is not chrome
        return tuple(start + o for o, cls in enumerate(classes) if cls == "short")
    kept: list[int] = []
    for offset, cls in enumerate(classes):
        index = start + offset
        if cls == "good":
            kept.append(index)
        elif cls == "short":
            block = blocks[index]
            if block.heading or block.kind == "heading":
                if after[offset] == "good":
                    kept.append(index)
            elif before[offset] == "good" and (
                after[offset] == "good" or _reads_as_sentence(block)
            ):
                # the story's last short lines ("The council meets again on March 24.")
                # have no prose after them, only the page's furniture
                kept.append(index)
            elif (
                before[offset] == "absent"
                and after[offset] == "good"
                and block.tag == "p"
                and _reads_as_sentence(block)
            ):
                # the story's first paragraph, one short sentence, opens the range
                kept.append(index)
    return tuple(kept)
