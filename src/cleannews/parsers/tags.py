"""Tag words every HTML parser shares; each parser family adds its own in its vocabulary.

One definition of the tags whose text is never article text, so the generic parser's
``DROP_TAGS`` (:mod:`.generic.vocabulary`) and the Pangea parser's ``SKIP_TAGS``
(:mod:`.pangea.html`) differ only where the reason is written down there.
"""

from __future__ import annotations

__all__ = ["NEVER_TEXT_TAGS"]

#: Scripts, styles, embedded objects, media and form fields: their text is never the article's.
NEVER_TEXT_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "select",
        "input",
        "textarea",
        "canvas",
        "video",
        "audio",
        "map",
    }
)
