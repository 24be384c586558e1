"""An Article rendered as a document: the command line's ``--format`` choices.

* ``json``: the Article JSON of :meth:`Article.to_dict`, indented (the default).
* ``jsonl``: the same keys on one line.
* ``text``: headline, dek, the body's blocks, then the captions, each on a line marked
  ``[Image]``, then credits and notices.
* ``markdown``: ``#`` headline, the dek in italics, a byline line, captions as image
  lines (``![caption — credit](image URL)``), the body (``##`` headings, ``>`` quotes,
  ``-`` list items, fenced preformatted text), credits and notices after a rule.
* ``html``: one clean, self-contained HTML5 document: ``<article>`` with ``<h1>``, the
  dek, a byline with ``<time>``, ``<figure>``s, the body, and a ``<footer>``; every other
  field the Article holds is a ``<meta name="cleannews:KEY">`` in the head.

The renderers read the Article's dict form, so a field added to the Article reaches the
JSON formats (all of it) and the HTML head (its plain values) without a change here.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Literal, get_args

from ._article import Article

__all__ = ["FORMATS", "OutputFormat", "render"]

OutputFormat = Literal["json", "jsonl", "text", "markdown", "html"]
FORMATS: tuple[OutputFormat, ...] = get_args(OutputFormat)

# keys the text layouts show in their own place; the HTML head carries the others as <meta>
_SHOWN = frozenset(
    {"headline", "subheadline", "authors", "published", "captions", "body", "credits"}
    | {"disclaimers", "url", "language", "stripped"}
)
# a line starting with one of these would turn into markup in Markdown
_MARKDOWN_LEADERS = re.compile(r"^(\s*)([#>+=-]|\d+[.)]|\*)")
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|])")


def render(article: Article, output: OutputFormat) -> str:
    """The article as ``output``; the text has no final newline."""
    data = article.to_dict()
    return _RENDERERS[output](data)


def _json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _jsonl(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def _items(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key) or []
    return [item for item in value if isinstance(item, Mapping)]


def _caption_line(caption: Mapping[str, Any]) -> str:
    text = caption.get("text") or caption.get("alt") or ""
    credit = caption.get("credit")
    return f"{text} ({credit})" if credit and text else str(text or credit or "")


def _byline(data: Mapping[str, Any]) -> str:
    parts = []
    if data.get("authors"):
        parts.append("By " + ", ".join(data["authors"]))
    if data.get("published"):
        parts.append(str(data["published"]))
    return " · ".join(parts)


def _text(data: Mapping[str, Any]) -> str:
    out = [str(data[key]) for key in ("headline", "subheadline") if data.get(key)]
    out.extend(str(block.get("text", "")) for block in _items(data, "body"))
    out.extend(f"[Image] {_caption_line(c)}" for c in _items(data, "captions"))
    out.extend(
        str(item.get("text", ""))
        for key in ("credits", "disclaimers")
        for item in _items(data, key)
    )
    return "\n\n".join(out)


def _md_escape(text: str) -> str:
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", " ".join(text.split()))
    return _MARKDOWN_LEADERS.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _md_block(block: Mapping[str, Any]) -> str:
    text = str(block.get("text", ""))
    kind = block.get("kind")
    if kind == "preformatted":
        fence = "````" if "```" in text else "```"
        return f"{fence}\n{text}\n{fence}"
    if kind == "heading":
        return "## " + _md_escape(text)
    if kind == "quote":
        return "> " + _md_escape(text)
    if kind == "list_item":
        return "- " + _md_escape(text)
    return _md_escape(text)


def _md_image(caption: Mapping[str, Any]) -> str:
    url = caption.get("image_url") or ""
    return (
        f"![{_md_escape(_caption_line(caption))}](<{url}>)"
        if url
        else (f"![{_md_escape(_caption_line(caption))}]()")
    )


def _markdown(data: Mapping[str, Any]) -> str:
    out: list[str] = []
    if data.get("headline"):
        out.append("# " + _md_escape(str(data["headline"])))
    if data.get("subheadline"):
        out.append(f"*{_md_escape(str(data['subheadline']))}*")
    if _byline(data):
        out.append(_md_escape(_byline(data)))
    out.extend(_md_image(c) for c in _items(data, "captions"))
    body = list(_items(data, "body"))
    for index, block in enumerate(body):
        # consecutive list items form one list: no blank line between them
        joined = index and block.get("kind") == body[index - 1].get("kind") == "list_item"
        if joined:
            out[-1] += "\n" + _md_block(block)
        else:
            out.append(_md_block(block))
    end = [
        _md_escape(str(item.get("text", "")))
        for key in ("credits", "disclaimers")
        for item in _items(data, key)
    ]
    if end:
        out.append("---")
        out.extend(end)
    return "\n\n".join(out)


def _h(value: object) -> str:
    return html.escape(str(value), quote=True)


def _html_head(data: Mapping[str, Any]) -> Iterator[str]:
    yield '<meta charset="utf-8">'
    yield f"<title>{_h(data.get('headline') or '')}</title>"
    if data.get("url"):
        yield f'<link rel="canonical" href="{_h(data["url"])}">'
    for author in data.get("authors") or []:
        yield f'<meta name="author" content="{_h(author)}">'
    for key, value in data.items():
        if key in _SHOWN or value is None or value == "" or isinstance(value, Mapping):
            continue
        if isinstance(value, list) and any(isinstance(v, Mapping | list) for v in value):
            continue  # structured parts have no plain form in a <meta> tag
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        if shown != "":
            yield f'<meta name="cleannews:{_h(key)}" content="{_h(shown)}">'


def _html_figure(caption: Mapping[str, Any]) -> str:
    img = ""
    if caption.get("image_url"):
        img = f'<img src="{_h(caption["image_url"])}" alt="{_h(caption.get("alt") or "")}">'
    credit = f" <small>{_h(caption['credit'])}</small>" if caption.get("credit") else ""
    return f"<figure>{img}<figcaption>{_h(caption.get('text') or '')}{credit}</figcaption></figure>"


_HTML_TAGS: Mapping[str, str] = MappingProxyType(
    {"heading": "h2", "quote": "blockquote", "preformatted": "pre", "paragraph": "p"}
)


def _html_body(data: Mapping[str, Any]) -> Iterator[str]:
    in_list = False
    for block in _items(data, "body"):
        kind = block.get("kind")
        if in_list and kind != "list_item":
            yield "</ul>"
        if kind == "list_item" and not in_list:
            yield "<ul>"
        in_list = kind == "list_item"
        tag = "li" if in_list else _HTML_TAGS.get(str(kind), "p")
        yield f"<{tag}>{_h(block.get('text', ''))}</{tag}>"
    if in_list:
        yield "</ul>"


def _html(data: Mapping[str, Any]) -> str:
    lang = f' lang="{_h(data["language"])}"' if data.get("language") else ""
    parts = ["<!DOCTYPE html>", f"<html{lang}>", "<head>", *_html_head(data), "</head>"]
    parts += ["<body>", "<article>"]
    if data.get("headline"):
        parts.append(f"<h1>{_h(data['headline'])}</h1>")
    if data.get("subheadline"):
        parts.append(f'<p class="dek">{_h(data["subheadline"])}</p>')
    byline = []
    if data.get("authors"):
        byline.append("By " + _h(", ".join(data["authors"])))
    if data.get("published"):
        byline.append(f'<time datetime="{_h(data["published"])}">{_h(data["published"])}</time>')
    if byline:
        parts.append(f'<p class="byline">{" · ".join(byline)}</p>')
    parts.extend(_html_figure(c) for c in _items(data, "captions"))
    parts.extend(_html_body(data))
    notes = [
        f'<p class="{key[:-1]}">{_h(item.get("text", ""))}</p>'
        for key in ("credits", "disclaimers")
        for item in _items(data, key)
    ]
    if notes:
        parts += ["<footer>", *notes, "</footer>"]
    parts += ["</article>", "</body>", "</html>"]
    return "\n".join(parts)


_RENDERERS: Mapping[OutputFormat, Callable[[Mapping[str, Any]], str]] = MappingProxyType(
    {"json": _json, "jsonl": _jsonl, "text": _text, "markdown": _markdown, "html": _html}
)
