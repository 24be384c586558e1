"""``--canonical-url``: the page's own canonical URL for an Article's ``url`` and ``site``.

A fetched URL often carries tracking parameters, a mobile host or a redirect's final
address; the page names its one true address in ``<link rel="canonical">`` (else
``og:url``). Only the page's ``<head>`` is read for it, and only when the option is on,
so the extraction itself (which keeps the fetched URL as its base for relative links)
is unchanged. The fetched URL stays in the record's ``source``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from .._article import Article
from .._document import site_of
from ..metadata.tags import read_head_tags

__all__ = ["canonical_url", "with_canonical_url"]

# the head is at the top of a page; a page with no </head> gives its first 256 KiB
_HEAD_LIMIT = 256 * 1024
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)


def _head(page: bytes | str) -> bytes:
    data = page.encode("utf-8", "replace") if isinstance(page, str) else page
    found = _HEAD_END.search(data, 0, _HEAD_LIMIT)
    return data[: found.end()] if found else data[:_HEAD_LIMIT]


def canonical_url(page: bytes | str, base: str | None) -> str | None:
    """The absolute http(s) URL of the page's canonical link, else of its ``og:url``."""
    head = _head(page)
    if not head.strip():
        return None
    try:
        root = lxml.html.fromstring(head.decode("utf-8", "replace"))
    except (lxml.etree.ParserError, ValueError):
        return None
    # the same reading of the head as the metadata reader's, on the head alone
    tags = read_head_tags(root)
    for raw in (tags.canonical, tags.first("og:url")):
        url = urljoin(base or "", raw.strip()) if raw else ""
        if url.startswith(("http://", "https://")):
            return url
    return None


def with_canonical_url(article: Article, page: bytes | str) -> Article:
    """The article with ``url`` and ``site`` from the page's canonical URL, when it has one."""
    url = canonical_url(page, article.url)
    if url is None or url == article.url:
        return article
    return replace(article, url=url, site=site_of(url))
