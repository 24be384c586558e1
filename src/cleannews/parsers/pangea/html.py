"""Reading text and body blocks out of an lxml tree; shared by the HTML parsers."""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from ..._article import Block, BlockKind
from ..._text import clean
from ..tags import NEVER_TEXT_TAGS

__all__ = ["BLOCK_TAGS", "SKIP_TAGS", "attr", "cls", "element_blocks", "text_of"]

#: Elements whose text is never article text. Pangea's templates close their buttons and
#: forms and put only share, search and poll widgets in them, so their text is skipped too;
#: the generic parser cannot assume that (an unclosed ``<button>`` can hold a whole page).
SKIP_TAGS: frozenset[str] = NEVER_TEXT_TAGS | {"button", "form"}

#: Elements that make one body block each, and the kind of block they make.
BLOCK_TAGS: dict[str, BlockKind] = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "blockquote": "quote",
    "li": "list_item",
    "pre": "preformatted",
}


def cls(name: str) -> str:
    """An XPath predicate: the element's class list holds ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def attr(element: HtmlElement, name: str) -> str:
    value = element.get(name)
    return value.strip() if value else ""


def text_of(element: HtmlElement, skip: frozenset[str] = SKIP_TAGS) -> str:
    """The element's visible text, whitespace collapsed, skipping script-like children."""
    parts: list[str] = []
    _collect(element, skip, parts)
    return clean("".join(parts))


def _collect(element: HtmlElement, skip: frozenset[str], parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag not in skip:
            if tag == "br":
                parts.append("\n")
            elif tag in BLOCK_TAGS or tag in {"div", "td", "tr"}:
                parts.append(" ")
                _collect(child, skip, parts)
                parts.append(" ")
            else:
                _collect(child, skip, parts)
        if child.tail:
            parts.append(child.tail)


def element_blocks(
    container: HtmlElement, skip: frozenset[str] = SKIP_TAGS
) -> Iterator[tuple[HtmlElement, Block]]:
    """Yield (element, block) for each block element under ``container``, in order.

    A block inside another block (a ``p`` inside a ``blockquote``) is read once, as the
    outer one. Loose text directly inside a ``div`` becomes a paragraph of its own.
    """
    yield from _walk(container, skip)


def _walk(element: HtmlElement, skip: frozenset[str]) -> Iterator[tuple[HtmlElement, Block]]:
    loose: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in skip:
            loose.append(child.tail or "")
            continue
        kind = BLOCK_TAGS.get(tag)
        if kind is not None or _has_block(child):
            text = clean("".join(loose))
            if text:
                yield element, Block("paragraph", text)
            loose = []
            if kind is not None and not (kind in {"quote", "list_item"} and _has_block(child)):
                text = text_of(child, skip)
                if text:
                    yield child, Block(kind, text)
            else:
                yield from _walk(child, skip)
            loose.append(child.tail or "")
        elif tag == "br":
            loose.append("\n")
            loose.append(child.tail or "")
        else:
            loose.append(text_of(child, skip) + " " if tag in {"div", "section"} else "")
            if tag not in {"div", "section"}:
                loose.append(_inline_text(child, skip))
            loose.append(child.tail or "")
    text = clean("".join(loose))
    if text:
        yield element, Block("paragraph", text)


def _inline_text(element: HtmlElement, skip: frozenset[str]) -> str:
    parts: list[str] = []
    _collect(element, skip, parts)
    return "".join(parts)


def _has_block(element: HtmlElement) -> bool:
    for child in element.iterdescendants():
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            return True
    return False
