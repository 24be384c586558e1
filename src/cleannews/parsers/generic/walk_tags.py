"""What the walk does with an element, by its tag and role: the tables it reads per element.

Kept apart from the walk so it reads as rules, and so the walk's loop stays one screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import lxml.etree

from ..._article import BlockKind
from .vocabulary import BLOCK_LEVEL_TAGS, DROP_TAGS, HEADING_TAGS

__all__ = [
    "BLOCK",
    "BOILERPLATE_ROLES",
    "BREAK",
    "BUTTON",
    "CELL",
    "DROP",
    "IMAGE",
    "IMAGE_BOX_TAGS",
    "INLINE",
    "KEEPS_KIND",
    "KIND_OF_TAG",
    "LINK",
    "NEVER_BOILERPLATE",
    "NEVER_CAPTION",
    "SPAN",
    "TAG_CODES",
]

#: Roles and tags that never hold a page's main text, whatever their class says.
BOILERPLATE_ROLES: frozenset[str] = frozenset(
    {"navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar"}
)
#: Elements too broad to be called boilerplate by a class word (``<body class="has-sidebar">``).
NEVER_BOILERPLATE: frozenset[str] = frozenset({"html", "body", "main", "article"})
NEVER_CAPTION: frozenset[str] = frozenset({"html", "body", "main", "article", "section"})
#: elements that may be a captioned-image box: an image and a line or two of text
IMAGE_BOX_TAGS: frozenset[str] = frozenset({"div", "span", "center", "dl"})

#: kinds a block inside keeps whatever its tag
KEEPS_KIND: frozenset[str] = frozenset({"quote", "preformatted"})
#: the kind of block a tag makes whatever holds it (else a paragraph, or an item in an item)
KIND_OF_TAG: Mapping[str, BlockKind] = MappingProxyType(
    {
        **dict.fromkeys(HEADING_TAGS, "heading"),
        "li": "list_item",
        "dt": "list_item",
        "dd": "list_item",
        "blockquote": "quote",
        "pre": "preformatted",
    }
)
# What the walk does with a child element, by tag: one dict lookup instead of a chain of tests
DROP, BLOCK, BREAK, CELL, IMAGE, SPAN, BUTTON, LINK, INLINE = range(9)
TAG_CODES: Mapping[object, int] = MappingProxyType(
    {
        lxml.etree.Comment: DROP,
        lxml.etree.ProcessingInstruction: DROP,
        lxml.etree.Entity: DROP,
        "span": SPAN,
        "br": BREAK,
        "td": CELL,
        "th": CELL,
        "img": IMAGE,
        "button": BUTTON,
        "a": LINK,
        **dict.fromkeys(BLOCK_LEVEL_TAGS, BLOCK),
        **dict.fromkeys(DROP_TAGS, DROP),  # last: a dropped tag is dropped whatever else
    }
)
