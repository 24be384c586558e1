"""A readable per-field diff between two article mappings, for snapshot failures.

One line per difference, named the way a person would say it::

    headline changed: 'Old title' -> 'New title'
    body has 23 items, expected 24
    body paragraph 7 missing: 'The Kremlin has welcomed …'
    body paragraph 9 differs: expected '…on January 23…', got '…on Jan. 23…' (at character 12)
    caption 1 credit changed: None -> 'AP Photo/Kyle Green'

Lists are aligned (difflib) before they are compared, so one dropped paragraph reads as
one missing paragraph rather than every later paragraph differing. Works on any JSON-like
mapping; Article dicts get the nicer names (``body paragraph 7``, ``caption 1``).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["MAX_DIFF_LINES", "diff_fields"]

#: A diff longer than this is cut, with a count of the lines left out.
MAX_DIFF_LINES = 40

_SHORT = 100
_CONTEXT = 25
_ITEM_NAMES: tuple[tuple[str, str], ...] = (
    ("captions", "caption"),
    ("credits", "credit"),
    ("disclaimers", "disclaimer"),
    ("authors", "author"),
    ("tags", "tag"),
    ("stripped", "stripped line"),
)


def _clip(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _show(value: Any) -> str:
    """A short, readable form of a value: the text of a block or caption, else JSON."""
    if isinstance(value, Mapping) and isinstance(value.get("text"), str):
        return repr(_clip(value["text"]))
    if isinstance(value, str):
        return repr(_clip(value))
    if value is None:
        return "None"
    return _clip(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _change(expected: Any, actual: Any) -> str:
    if not (isinstance(expected, str) and isinstance(actual, str)):
        return f"{_show(expected)} -> {_show(actual)}"
    if len(expected) <= _SHORT and len(actual) <= _SHORT:
        return f"{expected!r} -> {actual!r}"
    # Long texts: show a window around the first difference, not two paragraphs in full.
    start = 0
    limit = min(len(expected), len(actual))
    while start < limit and expected[start] == actual[start]:
        start += 1
    lo = max(0, start - _CONTEXT)

    def window(text: str) -> str:
        piece = text[lo : start + _CONTEXT]
        return ("…" if lo else "") + piece + ("…" if start + _CONTEXT < len(text) else "")

    return f"expected {window(expected)!r}, got {window(actual)!r} (at character {start + 1})"


def _item_label(field: str, item: Any, position: int) -> str:
    if field == "body" and isinstance(item, Mapping) and isinstance(item.get("kind"), str):
        return f"body {item['kind']} {position}"
    for plural, singular in _ITEM_NAMES:
        if field == plural:
            return f"{singular} {position}"
    return f"{field} item {position}"


def _key(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _diff_list(field: str, expected: Sequence[Any], actual: Sequence[Any], out: list[str]) -> None:
    if len(expected) != len(actual):
        out.append(f"{field} has {len(actual)} items, expected {len(expected)}")
    matcher = difflib.SequenceMatcher(
        None, [_key(i) for i in expected], [_key(i) for i in actual], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1)
        for k in range(paired):
            exp, act = expected[i1 + k], actual[j1 + k]
            _diff_value(_item_label(field, exp, i1 + k + 1), exp, act, out, item=True)
        for i in range(i1 + paired, i2):
            out.append(f"{_item_label(field, expected[i], i + 1)} missing: {_show(expected[i])}")
        for j in range(j1 + paired, j2):
            out.append(f"{_item_label(field, actual[j], j + 1)} unexpected: {_show(actual[j])}")


def _diff_mapping(
    label: str, expected: Mapping[str, Any], actual: Mapping[str, Any], out: list[str]
) -> None:
    for key, exp in expected.items():
        if key not in actual:
            out.append(f"{label} {key} missing: expected {_show(exp)}")
        elif exp != actual[key]:
            if key == "text":
                out.append(f"{label} differs: {_change(exp, actual[key])}")
            else:
                _diff_value(f"{label} {key}", exp, actual[key], out)
    for key in actual:
        if key not in expected:
            out.append(f"{label} {key} unexpected: {_show(actual[key])}")


def _diff_value(
    label: str, expected: Any, actual: Any, out: list[str], *, item: bool = False
) -> None:
    if expected == actual:
        return
    if isinstance(expected, Mapping) and isinstance(actual, Mapping):
        _diff_mapping(label, expected, actual, out)
    elif _is_list(expected) and _is_list(actual):
        _diff_list(label, expected, actual, out)
    elif item:
        out.append(f"{label} differs: {_change(expected, actual)}")
    else:
        out.append(f"{label} changed: {_change(expected, actual)}")


def _is_list(value: Any) -> bool:
    return isinstance(value, list | tuple)


def diff_fields(
    expected: Mapping[str, Any], actual: Mapping[str, Any], *, subset: bool = False
) -> list[str]:
    """The differences between two mappings, one readable line each, in field order.

    With ``subset``, keys that ``actual`` has and ``expected`` does not list are ignored
    (a hand-written expected file may check only some fields). The result is cut to
    :data:`MAX_DIFF_LINES` lines.
    """
    out: list[str] = []
    for key, exp in expected.items():
        if key not in actual:
            out.append(f"{key} missing: expected {_show(exp)}")
        else:
            _diff_value(key, exp, actual[key], out)
    if not subset:
        out.extend(
            f"{key} unexpected: {_show(actual[key])}" for key in actual if key not in expected
        )
    if len(out) > MAX_DIFF_LINES:
        cut = len(out) - MAX_DIFF_LINES + 1
        out = [*out[: MAX_DIFF_LINES - 1], f"… and {cut} more differences"]
    return out
