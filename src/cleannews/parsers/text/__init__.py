"""The plain-text parser: flattened text dumps of news pages (see :mod:`.read`)."""

from .read import NAME, parse_text

__all__ = ["NAME", "parse_text"]
