"""cleannews: turn a news page into a clean, typed Article.

>>> import cleannews
>>> article = cleannews.extract(html, url="https://www.rferl.org/a/123.html")
>>> article.headline, article.authors, article.text
"""

from ._api import Source, extract, extract_html, extract_text
from ._article import Article, Block, BlockKind, Caption, Credit, Disclaimer, DisclaimerKind
from ._errors import CleannewsError, InputError, NoArticleFound, ParserNotFound
from ._registry import PARSER_NAMES, ParserName

__all__ = [
    "PARSER_NAMES",
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "CleannewsError",
    "Credit",
    "Disclaimer",
    "DisclaimerKind",
    "InputError",
    "NoArticleFound",
    "ParserName",
    "ParserNotFound",
    "Source",
    "extract",
    "extract_html",
    "extract_text",
]

__version__ = "0.1.0"
