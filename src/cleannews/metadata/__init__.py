"""Page metadata shared by every HTML parser: headline, authors, dates, section, tags, language.

:func:`read_metadata` reads the page once (JSON-LD, OpenGraph and other head tags, bylines in
the body) into a :class:`Metadata`; a site-family parser starts from it and overrides only what
its own markup states better. The modules inside are the readers it combines: ``jsonld``,
``tags``, ``headline``, ``authors``, ``bylines``, ``dates``, ``page_dates``, ``local_days``,
``language``, ``dek``, ``short_texts``.
"""

from .jsonld import ARTICLE_TYPES, JsonLdArticle
from .read import Metadata, read_metadata, read_metadata_and_jsonld

__all__ = [
    "ARTICLE_TYPES",
    "JsonLdArticle",
    "Metadata",
    "read_metadata",
    "read_metadata_and_jsonld",
]
