"""One pass over the tree: text blocks in document order, the regions that hold them, figures.

This is the only place the generic parser visits every element, so it does everything a
later step needs in that single walk and nothing else:

- each run of text that a browser would show as its own block (a ``p``, a heading, a list
  item, loose text between ``<div>`` children) becomes a :class:`TextBlock`, with its
  length, the part of it inside links, and whether a boilerplate-looking ancestor holds it;
- every block-level element becomes a :class:`Region`: the slice of the block list it
  holds, its depth and its class/id hints. Because blocks are appended in document order,
  any element's content is one contiguous slice, so later scoring is prefix-sum arithmetic
  and never walks the tree again;
- figures and caption-like elements become :class:`FigureNote` records (not body blocks).

The tree is read, never modified.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from ..._article import BlockKind
from ..._text import clean
from ...classify.captions import is_byline
from .elements import (
    HintReader,
    hidden,
    holds_blocks,
    text_weight,
)
from .figures import FigureNote, image_url, read_figure
from .vocabulary import (
    BOILERPLATE_TAGS,
    HEADING_TAGS,
    INLINE_FURNITURE_WORDS,
    has_word,
    hint_words,
)
from .walk_tags import (
    BLOCK,
    BOILERPLATE_ROLES,
    BREAK,
    BUTTON,
    CELL,
    IMAGE,
    IMAGE_BOX_TAGS,
    INLINE,
    KEEPS_KIND,
    KIND_OF_TAG,
    LINK,
    NEVER_BOILERPLATE,
    NEVER_CAPTION,
    SPAN,
    TAG_CODES,
)

__all__ = ["Region", "TextBlock", "WalkResult", "walk"]

#: a captioned-image box: an image and at most this much text, in this many blocks
_MAX_IMAGE_BOX_CHARS = 450
_MAX_IMAGE_BOX_BLOCKS = 3
_MAX_CREDIT_CHARS = 120


@dataclass(slots=True)
class TextBlock:
    """A run of text shown as one block."""

    text: str
    kind: BlockKind
    tag: str
    link_chars: int
    #: index into ``WalkResult.boilerplate`` of the innermost boilerplate ancestor, or -1
    boiler: int
    #: True for a block whose owning element is itself a heading
    heading: bool = False
    #: length, with each CJK character counted as three (one carries a word's meaning)
    weight: int = 0


@dataclass(slots=True)
class Region:
    """A block-level element and the slice ``blocks[start:end]`` of text it holds."""

    element: HtmlElement
    tag: str
    start: int
    end: int
    depth: int
    content_hint: bool
    boiler: int


@dataclass(slots=True)
class WalkResult:
    blocks: list[TextBlock] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    figures: list[FigureNote] = field(default_factory=list)
    #: (start, end) block slice of each boilerplate-looking element
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    #: the boilerplate-looking element enclosing each one, or -1
    boiler_parent: list[int] = field(default_factory=list)
    #: boilerplate-looking elements that hold an element marked as article content
    boiler_with_content: set[int] = field(default_factory=set)
    #: boilerplate elements that are hidden (rather than named like boilerplate)
    boiler_hidden: set[int] = field(default_factory=set)


def walk(root: HtmlElement) -> WalkResult:
    """Read the whole tree once into blocks, regions and figures."""
    walker = _Walker()
    body = root.find("body")
    walker.block_element(body if body is not None else root, "body", 0, "paragraph", -1)
    return walker.result


def _runs_script(link: HtmlElement) -> bool:
    """A ``javascript:`` link around paragraphs: an expander, not a way to another page
    (a script link around an icon and "Back" stays a link)."""
    href = link.get("href")
    return href is not None and href.startswith("javascript:") and holds_blocks(link)


class _Walker:
    """The walk's state: one buffer of inline text, appended to in document order."""

    def __init__(self) -> None:
        self.result = WalkResult()
        self.parts: list[str] = []
        #: blocks flushed so far: tells a link whether its text was cut by a block
        self.flushes = 0
        self.link_chars = 0
        self.last_image: tuple[str | None, str | None, int] = (None, None, -1)
        #: >0 inside a link: a heading wrapped in <a> is a link, not a heading
        self.link_depth = 0
        self.hints = HintReader()
        #: images seen so far: a box that gained one may be a captioned image
        self.images = 0
        #: >0 inside an element named as the article's body
        self.in_content = 0

    def flush(self, kind: BlockKind, tag: str, boiler: int) -> None:
        if not self.parts:
            return
        # str.split() collapses the same Unicode whitespace as clean(), faster
        text = " ".join("".join(self.parts).split())
        if text:
            links = len(text) if self.link_depth else self.link_chars
            # text_weight() without its call for the common ASCII block
            weight = len(text) if text.isascii() else text_weight(text)
            self.result.blocks.append(
                TextBlock(text, kind, tag, links, boiler, tag in HEADING_TAGS, weight)
            )
        # cleared in place: children() holds the list under a local name
        self.parts.clear()
        self.flushes += 1
        self.link_chars = 0

    def block_element(
        self, element: HtmlElement, tag: str, depth: int, kind: BlockKind, boiler: int
    ) -> None:
        # the attribute names first: most elements carry a class and nothing the walk
        # reads besides, and a get() per name it holds is cheaper than a dict of them all
        names = element.keys()
        if names:
            get = element.get
            boiler_hint, content_hint, caption_hint, credit_hint = self.hints.of(
                get("class"), get("id")
            )
            if credit_hint and self.caption_credit(element):
                return
            role = get("role") if "role" in names else None
            # hidden, not dropped: streaming renderers park the story in hidden divs
            is_hidden = (
                "hidden" in names or "aria-hidden" in names or "style" in names
            ) and hidden(dict(element.items()))
            if is_hidden and "itemscope" in names:
                return  # hidden microdata: the story's fields for machines, never shown
            item_body = "itemprop" in names and get("itemprop") == "articleBody"
        else:
            boiler_hint = content_hint = caption_hint = is_hidden = item_body = False
            role = None
        result = self.result
        if tag not in NEVER_BOILERPLATE and (
            is_hidden
            or tag in BOILERPLATE_TAGS
            or (role is not None and role in BOILERPLATE_ROLES)
            or boiler_hint
        ):
            result.boilerplate.append((len(result.blocks), -1))
            result.boiler_parent.append(boiler)
            boiler = len(result.boilerplate) - 1
            if is_hidden:
                result.boiler_hidden.add(boiler)
            own_boiler = boiler
        else:
            own_boiler = -1
        is_figure = tag == "figure" or (
            caption_hint and not boiler_hint and tag not in NEVER_CAPTION
        )
        if is_figure and self.figure(element, tag, boiler):
            return
        if kind not in KEEPS_KIND:
            # a heading, item, quote or pre by its tag; inside a quote or pre, that kind
            kind = KIND_OF_TAG.get(tag) or ("list_item" if kind == "list_item" else "paragraph")
        start = len(result.blocks)
        regions_before, figures_before, images_before = (
            len(result.regions),
            len(result.figures),
            self.images,
        )
        text = element.text
        if text:
            self.parts.append(text)
        named_body = content_hint or item_body
        if len(element):
            self.in_content += named_body
            self.children(element, depth, kind, boiler, tag)
            self.in_content -= named_body
        if self.parts:  # tested here: most elements end with nothing to flush
            self.flush(kind, tag, boiler)
        if (
            self.images > images_before
            and len(result.figures) == figures_before
            and tag in IMAGE_BOX_TAGS
            and not content_hint
            # a box holding an element named as the article's body is the story (a blog
            # post of an image and a few lines), not a captioned image; inside one, a
            # paragraph beside an image is the story's too
            and not any(r.content_hint for r in result.regions[regions_before:])
            and not (self.in_content and any(b.tag == "p" for b in result.blocks[start:]))
            and self.image_box(start, boiler)
        ):
            del result.regions[regions_before:]
            return
        content = named_body
        if content and boiler >= 0:
            # a wrapper whose class reads like boilerplate ("widget-area") holds the story
            enclosing = boiler
            while enclosing >= 0 and enclosing not in result.boiler_with_content:
                result.boiler_with_content.add(enclosing)
                enclosing = result.boiler_parent[enclosing]
        if len(result.blocks) > start:
            # an element without text can never be chosen: not recorded
            result.regions.append(
                Region(element, tag, start, len(result.blocks), depth, content, boiler)
            )
        if own_boiler >= 0:
            result.boilerplate[own_boiler] = (result.boilerplate[own_boiler][0], len(result.blocks))

    def children(
        self, element: HtmlElement, depth: int, kind: BlockKind, boiler: int, owner: str
    ) -> None:
        parts = self.parts
        codes = TAG_CODES.get
        for child in element:
            tag = child.tag
            # one lookup sorts the tag (comments, entities and PIs by their tag functions)
            code = codes(tag, INLINE)
            if code == BLOCK:
                if parts:
                    self.flush(kind, owner, boiler)
                self.block_element(child, tag, depth + 1, kind, boiler)
            elif code == LINK:
                text = child.text
                if not len(child):
                    # the common link: text only, no call needed
                    if text:
                        parts.append(text)
                        self.link_chars += len(text)
                elif _runs_script(child):
                    # the text it holds is the page's own
                    if text:
                        parts.append(text)
                    self.children(child, depth + 1, kind, boiler, owner)
                else:
                    before, flushes = len(parts), self.flushes
                    self.link_depth += 1
                    if text:
                        parts.append(text)
                    self.children(child, depth + 1, kind, boiler, owner)
                    self.link_depth -= 1
                    # a block flushed inside the link: count what came after it
                    start = before if flushes == self.flushes else 0
                    self.link_chars += sum(map(len, parts[start:]))
            elif (
                code == INLINE
                or (code == SPAN and not self.inline_hinted(child, boiler))
                # an unclosed <button> that swallowed the page; a plain one ("Share",
                # "Expand box") is a control's label, not text
                or (code == BUTTON and holds_blocks(child))
            ):
                names = child.keys()
                if not (
                    names
                    and ("hidden" in names or "aria-hidden" in names or "style" in names)
                    and hidden(dict(child.items()))
                ):
                    text = child.text
                    if text:
                        parts.append(text)
                    if len(child):
                        self.children(child, depth + 1, kind, boiler, owner)
            elif code == BREAK:
                parts.append("\n")
            elif code == CELL:
                # a table row reads as one line: its cells are not blocks of their own
                parts.append(" ")
                text = child.text
                if text:
                    parts.append(text)
                self.children(child, depth + 1, kind, boiler, owner)
                parts.append(" ")
            elif code == IMAGE:
                self.images += 1
                self.last_image = (
                    image_url(child),
                    child.get("alt"),
                    len(self.result.blocks),
                )
            tail = child.tail
            if tail:
                parts.append(tail)

    def inline_hinted(self, element: HtmlElement, boiler: int) -> bool:
        """A ``<span>`` whose class says what it is: a caption or its credit is recorded,
        a byline or share label inside a block is left out. True when handled here."""
        cls = element.get("class")
        if not cls:
            return False
        furniture, _, caption, credit = self.hints.value(cls)
        if caption:
            return self.figure(element, "span", boiler)
        if credit and self.caption_credit(element):
            return True
        return furniture and has_word(hint_words(cls.lower()), INLINE_FURNITURE_WORDS)

    def caption_credit(self, element: HtmlElement) -> bool:
        """The photo credit printed right after a caption: recorded with it, not as text."""
        figures = self.result.figures
        if not figures or figures[-1].position != len(self.result.blocks) or self.parts:
            return False
        if figures[-1].credit is not None:
            return False
        credit = clean(element.text_content())
        if not credit or len(credit) > _MAX_CREDIT_CHARS:
            return False
        if is_byline(credit):
            return True  # the story's byline under the lead image (metadata reads it): no credit
        figures[-1].credit = credit
        return True

    def caption_list(self, element: HtmlElement, boiler: int) -> bool:
        """Each item of a caption list (a gallery's legends) as a caption of its own."""
        items = [read_figure(item, "li") for item in element if item.tag == "li"]
        if not items or any(found is None for found in items):
            return False
        for found in items:
            if found is not None and (found[0] or found[1]):
                text, credit, img_url, alt = found
                self.result.figures.append(
                    FigureNote(
                        len(self.result.blocks), text, credit, img_url, clean(alt) or None, boiler
                    )
                )
        return True

    def image_box(self, start: int, boiler: int) -> bool:
        """A small box of an image and a line or two of text is a captioned image: its
        blocks (since ``start``) become a figure. False, and nothing changes, otherwise."""
        blocks = self.result.blocks
        count = len(blocks) - start
        if not 0 < count <= _MAX_IMAGE_BOX_BLOCKS:
            return False
        chars = sum(len(b.text) for b in blocks[start:])
        links = sum(b.link_chars for b in blocks[start:])
        if (
            chars > _MAX_IMAGE_BOX_CHARS
            or links * 2 > chars
            or (blocks[start].heading and count == 1)
        ):
            return False
        texts = [b.text for b in blocks[start:]]
        del blocks[start:]
        url, alt, _ = self.last_image
        credit = (
            texts.pop()
            if len(texts) > 1 and len(texts[-1]) < 80 and not is_byline(texts[-1])
            else None
        )
        self.result.figures.append(
            FigureNote(start, " ".join(texts), credit, url, clean(alt) or None, boiler)
        )
        return True

    def figure(self, element: HtmlElement, tag: str, boiler: int) -> bool:
        """Record a figure or caption element; False when it is not one after all."""
        if tag in ("ul", "ol"):
            # a gallery's list of captions: one per item
            return self.caption_list(element, boiler)
        found = read_figure(element, tag)
        if found is None:
            return False
        text, credit, img_url, alt = found
        if img_url is None and self.last_image[2] >= len(self.result.blocks) - 1:
            # a caption box after the image it describes
            img_url, alt = self.last_image[0], alt or self.last_image[1]
        if text or credit:
            self.result.figures.append(
                FigureNote(
                    len(self.result.blocks), text, credit, img_url, clean(alt) or None, boiler
                )
            )
        return True
