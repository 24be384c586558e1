"""cleannews: turn a news page into a clean, typed Article.

>>> import cleannews
>>> html = (
...     "<html lang='en'><head><title>Dam opens after ten years | Valley Post</title></head>"
...     "<body><article><h1>Dam opens after ten years</h1><p class='byline'>By Ana Reyes</p>"
...     "<p>The new dam on the Green River opened on Monday after a decade of work.</p>"
...     "<p>Engineers say it will hold back the spring floods that reach the valley.</p>"
...     "<p>With reporting by Reuters.</p></article></body></html>"
... )
>>> article = cleannews.extract(html, url="https://valleypost.com/news/dam-opens")
>>> article.headline, article.authors
('Dam opens after ten years', ('Ana Reyes',))
>>> article.paragraphs[0]
'The new dam on the Green River opened on Monday after a decade of work.'
>>> article.credits[0].agencies
('Reuters',)
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
