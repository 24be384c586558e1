"""Field matchers for snapshots: leave fields out, or compare them loosely.

``assert_match(value, ignore=[...], matchers={...})`` takes field paths: a key
(``"modified"``), or keys joined by dots into nested mappings (``"source.url"``); a path
that meets a list goes into each of its items (``"captions.credit"`` is every caption's
credit). Ignored fields are neither compared nor stored. A matcher is a function applied
to both the stored and the new value before they are compared; the snapshot stores the
new value as it is. Three come with the plugin:

* :func:`by_day`: an ISO date-time compared by its date (``2026-03-11T07:15:00-05:00``
  matches ``2026-03-11T23:59:00-05:00``);
* :func:`whitespace`: every text compared with its runs of whitespace made one space,
  and its ends stripped;
* :func:`as_set`: a list compared as a set (order and repeats do not matter).

Any ``Callable[[Any], Any]`` is a matcher: ``matchers={"price": round}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeAlias

__all__ = ["Matcher", "apply_matchers", "as_set", "by_day", "drop_ignored", "whitespace"]

Matcher: TypeAlias = Callable[[Any], Any]

_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]|$)")


def by_day(value: Any) -> Any:
    """An ISO date or date-time as its ``YYYY-MM-DD`` date; anything else unchanged."""
    if isinstance(value, str):
        found = _ISO_DAY.match(value.strip())
        if found:
            return found.group(1)
    return value


def whitespace(value: Any) -> Any:
    """Every string in the value (nested in lists and mappings too) with its whitespace
    runs made one space and its ends stripped."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list | tuple):
        return [whitespace(item) for item in value]
    if isinstance(value, Mapping):
        return {key: whitespace(item) for key, item in value.items()}
    return value


def as_set(value: Any) -> Any:
    """A list as a sorted list of its distinct items (order and repeats ignored)."""
    if not isinstance(value, list | tuple):
        return value
    keyed = {json.dumps(item, ensure_ascii=False, sort_keys=True): item for item in value}
    return [keyed[key] for key in sorted(keyed)]


def _split(path: str) -> list[str]:
    parts = path.split(".")
    if not path or any(not part for part in parts):
        raise ValueError(f"invalid field path {path!r}: use 'field' or 'field.subfield'")
    return parts


def _transform(data: Any, parts: list[str], change: Callable[[Any], Any] | None) -> Any:
    """``data`` with the field at ``parts`` replaced by ``change(value)`` (dropped when
    ``change`` is None); lists on the way apply the rest of the path to every item."""
    if isinstance(data, list):
        return [_transform(item, parts, change) for item in data]
    if not isinstance(data, Mapping) or parts[0] not in data:
        return data
    out = dict(data)
    head, rest = parts[0], parts[1:]
    if rest:
        out[head] = _transform(out[head], rest, change)
    elif change is None:
        del out[head]
    else:
        out[head] = change(out[head])
    return out


def drop_ignored(data: Mapping[str, Any], ignore: Iterable[str]) -> dict[str, Any]:
    """``data`` without the fields at the ``ignore`` paths."""
    out: Any = dict(data)
    for path in ignore:
        out = _transform(out, _split(path), None)
    return dict(out)


def apply_matchers(data: Mapping[str, Any], matchers: Mapping[str, Matcher]) -> dict[str, Any]:
    """``data`` with each matcher applied to the fields at its path."""
    out: Any = dict(data)
    for path, matcher in matchers.items():
        if not callable(matcher):
            raise TypeError(f"the matcher for {path!r} is not callable: {matcher!r}")
        out = _transform(out, _split(path), matcher)
    return dict(out)
