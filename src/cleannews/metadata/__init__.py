"""Page metadata shared by every HTML parser: headline, authors, dates, section, tags, language.

:func:`read_metadata` reads the page once (JSON-LD, OpenGraph and other head tags, bylines in
the body) into a :class:`Metadata`; a site-family parser starts from it and overrides only what
its own markup states better. The modules inside are the readers it combines: ``jsonld``,
``tags``, ``headline``, ``authors``, ``bylines``, ``dates``, ``page_dates``, ``local_days``,
``language``, ``dek``, ``short_texts``.
"""

from .read import Metadata, read_metadata

__all__ = ["Metadata", "read_metadata"]
