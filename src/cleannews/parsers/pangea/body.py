"""Reading a Pangea article's body: blocks of ``.wsw``, image captions, the credit line at
the body's end, notices after the article, and the chrome labels around it.

The ``.wsw`` body holds the article text and, in ``wsw__embed`` boxes, images, players,
polls and teasers of other stories; those boxes never become body text (images give
captions). The tree is shared by every reader, so the body is read from a copy with the
embeds removed, never by editing the page's tree.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass

from lxml.html import HtmlElement

from ..._article import Block, Caption, Credit, Disclaimer
from ..._document import Document
from ...classify.captions import split_photo_credit
from ...classify.chrome import is_chrome
from ...classify.credits import match_credit
from ...classify.disclaimers import continues_disclaimer, match_disclaimer
from .header import absolute
from .html import attr, cls, element_blocks, text_of

__all__ = ["Body", "body_containers", "chrome_labels", "read_body", "read_captions"]

#: Boxes inside ``.wsw`` that are not article text: embeds (images, players, polls,
#: teasers), the dateline kicker and screen-reader-only labels.
_NOT_TEXT = (
    f".//*[{cls('wsw__embed')} or {cls('dateline')} or {cls('sr-only')}"
    f" or {cls('media-pholder')} or {cls('c-mmp')} or {cls('share')}]"
    " | .//figure | .//aside"
)
_COVER_FIGURES = f"//*[{cls('cover-media')}]//figure"
_CAPTION_TEXT = f".//*[{cls('caption')}]"
_CAPTION_CREDIT = ".//*[contains(@class, 'credit')]"
_SKIP_LINKS_HEADING = "//section/div[contains(@class, 'sr-only')]/*[self::h2 or self::h3]"
_TICKER_LABEL = f"//*[{cls('c-hlights__label')}]/span[not(contains(@class, 'switcher'))]"
#: Elements after the body that may open a notice: leaves of text, not wrappers.
_AFTER_BODY = (
    "following::*[self::p or self::div or self::li or self::span]"
    "[not(.//p or .//div or .//li or .//h2 or .//h3 or .//h4 or .//h5)][normalize-space()]"
    f"[not(ancestor-or-self::*[{cls('media-block')}])]"
)
#: How far past the body a notice is looked for, in candidate elements.
_NOTICE_SEARCH = 80
#: Notices that may open the body ("Editor's note: ...", "Correction: ...").
_OPENING_NOTICES: frozenset[str] = frozenset({"editors-note", "correction"})
#: How many blocks at the body's end may be credit lines or notices.
_TAIL_BLOCKS = 4


@dataclass(frozen=True, slots=True)
class Body:
    blocks: tuple[Block, ...]
    credits: tuple[Credit, ...]
    disclaimers: tuple[Disclaimer, ...]
    stripped: tuple[str, ...]


#: The body's place: the ``.wsw`` blocks of ``#article-content``, not nested in one another.
_ARTICLE_WSW = f"//*[@id='article-content']//div[{cls('wsw')}][not(ancestor::div[{cls('wsw')}])]"
#: Pages whose ``#article-content`` is missing (older templates): any top-level ``.wsw``
#: outside teaser blocks.
_ANY_WSW = (
    f"//div[{cls('wsw')}][not(ancestor::div[{cls('wsw')}])][not(ancestor::*[{cls('media-block')}])]"
)


def body_containers(doc: Document) -> list[HtmlElement]:
    found: list[HtmlElement] = doc.root.xpath(_ARTICLE_WSW)
    if found:
        return found
    return list(doc.root.xpath(_ANY_WSW))


def _text_copy(container: HtmlElement) -> HtmlElement:
    clone = copy.deepcopy(container)
    for element in clone.xpath(_NOT_TEXT):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the element's tail text in place
    return clone


def _caption(figure: HtmlElement, base: str | None) -> Caption | None:
    marked = figure.xpath(_CAPTION_TEXT)
    caption_el = marked[0] if marked else figure.find(".//figcaption")
    if caption_el is None:
        return None
    credit_els = caption_el.xpath(_CAPTION_CREDIT) or figure.xpath(_CAPTION_CREDIT)
    credit = text_of(credit_els[0]) if credit_els else ""
    text = text_of(caption_el)
    if credit and text.endswith(credit):
        text = text[: -len(credit)].rstrip()
    if not credit:
        text, found = split_photo_credit(text)
        credit = found or ""
    if not text:
        return None
    image = figure.find(".//img")
    image_url = alt = None
    if image is not None:
        image_url = absolute(attr(image, "src") or attr(image, "data-src"), base)
        alt = attr(image, "alt") or None
    return Caption(text=text, credit=credit or None, image_url=image_url, alt=alt)


def read_captions(
    doc: Document, containers: Iterable[HtmlElement], base_url: str | None
) -> tuple[Caption, ...]:
    """Captions of the lead image and of the images inside the body, in page order."""
    figures: list[HtmlElement] = list(doc.root.xpath(_COVER_FIGURES))
    for container in containers:
        figures.extend(container.iter("figure"))
    captions = (_caption(f, base_url) for f in figures)
    return tuple(c for c in captions if c is not None)


def chrome_labels(doc: Document) -> tuple[str, ...]:
    """The skip-links heading and the ticker labels, in page order."""
    labels = [text_of(e) for e in doc.root.xpath(f"{_SKIP_LINKS_HEADING} | {_TICKER_LABEL}")]
    return tuple(dict.fromkeys(label for label in labels if label))


def _notice_after(last: HtmlElement) -> Disclaimer | None:
    for index, element in enumerate(last.xpath(_AFTER_BODY)):
        if index >= _NOTICE_SEARCH:
            return None
        kind = match_disclaimer(text_of(element))
        if kind is None:
            continue
        lines = [text_of(element)]
        for sibling in element.itersiblings():
            line = text_of(sibling) if isinstance(sibling.tag, str) else ""
            if line and not continues_disclaimer(kind, line):
                break
            if line:
                lines.append(line)
        return Disclaimer(kind=kind, text="\n".join(lines))
    return None


def _split_notices(
    blocks: list[Block],
) -> tuple[list[Block], list[Credit], list[Disclaimer]]:
    """Move an opening editor's note, and the notice and credit lines that end the body,
    out of the body."""
    disclaimers: list[Disclaimer] = []
    opening = match_disclaimer(blocks[0].text) if blocks else None
    if opening in _OPENING_NOTICES and opening is not None:
        disclaimers.append(Disclaimer(kind=opening, text=blocks[0].text))
        blocks = blocks[1:]
    start = max(0, len(blocks) - _TAIL_BLOCKS)
    for index in range(start, len(blocks)):
        kind = match_disclaimer(blocks[index].text)
        if kind is None or blocks[index].kind != "paragraph":
            continue
        end = index + 1
        while end < len(blocks) and continues_disclaimer(kind, blocks[end].text):
            end += 1
        text = "\n".join(b.text for b in blocks[index:end])
        disclaimers.append(Disclaimer(kind=kind, text=text))
        blocks = blocks[:index] + blocks[end:]
        break
    credits: list[Credit] = []
    while blocks and blocks[-1].kind == "paragraph":
        credit = match_credit(blocks[-1].text)
        if credit is None:
            break
        credits.insert(0, credit)
        blocks = blocks[:-1]
    return blocks, credits, disclaimers


def _in_blockquote(element: HtmlElement) -> bool:
    # the shared block reader reads a <p> inside a <blockquote> as a paragraph of its own
    return element.tag == "blockquote" or any(True for _ in element.iterancestors("blockquote"))


def read_body(containers: list[HtmlElement]) -> Body:
    blocks: list[Block] = []
    stripped: list[str] = []
    for container in containers:
        for element, block in element_blocks(_text_copy(container)):
            if block.kind == "paragraph" and _in_blockquote(element):
                block = Block("quote", block.text)  # noqa: PLW2901
            if is_chrome(block.text):
                stripped.append(block.text)
            else:
                blocks.append(block)
    blocks, credits, disclaimers = _split_notices(blocks)
    notice = _notice_after(containers[-1]) if containers else None
    if notice is not None and all(d.text != notice.text for d in disclaimers):
        disclaimers.append(notice)
    return Body(
        blocks=tuple(blocks),
        credits=tuple(credits),
        disclaimers=tuple(disclaimers),
        stripped=tuple(stripped),
    )
