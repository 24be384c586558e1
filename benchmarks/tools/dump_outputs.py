"""Dump cleannews' output for every corpus page, its text dumps and every fixture.

A restructuring must leave every output byte-identical: dump before, dump after, and compare::

    python -m benchmarks.tools.dump_outputs before.jsonl
    ... change the code ...
    python -m benchmarks.tools.dump_outputs after.jsonl
    cmp before.jsonl after.jsonl

Each line is ``{"key": ..., "out": <Article JSON or the error's type and message>}``. The
text parser is covered by each article page flattened in both dump styles of
:mod:`benchmarks.text_dumps`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import cleannews
from benchmarks.corpus import CORPUS, pages, sources
from benchmarks.text_dumps import flatten

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED = CORPUS.parent / "seed"


def _out(call: Callable[[], cleannews.Article]) -> str:
    try:
        return call().to_json()
    except cleannews.CleannewsError as exc:
        return f"{type(exc).__name__}: {exc}"


def _cases(with_dumps: bool) -> Iterator[tuple[str, Callable[[], cleannews.Article]]]:
    for folder in sorted(FIXTURES.iterdir()):
        for name in ("input.html", "input.txt"):
            path = folder / name
            if path.is_file():
                data = path.read_bytes()
                yield f"fixture/{folder.name}", lambda d=data: cleannews.extract(d)
    if SEED.is_dir():
        for path in sorted(SEED.glob("*.txt")):
            data = path.read_bytes()
            yield f"seed/{path.name}", lambda d=data: cleannews.extract(d)
    if not CORPUS.is_dir():
        return
    for source in sources():
        for page in pages(source):
            data = page.html_bytes()
            url = page.truth.get("url")
            yield f"{source}/{page.id}", lambda d=data, u=url: cleannews.extract(d, url=u)
            if with_dumps and page.is_article:
                for style in ("browser", "scraper"):
                    try:
                        text = flatten(data, style=style)
                    except ValueError:  # a page lxml will not take as a string
                        continue
                    if text.strip():
                        yield (
                            f"{source}/{page.id}/{style}",
                            lambda t=text, u=url: cleannews.extract_text(t, url=u),
                        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--no-dumps", action="store_true", help="skip the text dumps")
    args = parser.parse_args(argv)
    count = 0
    with args.output.open("w", encoding="utf-8") as fh:
        for key, call in _cases(not args.no_dumps):
            fh.write(json.dumps({"key": key, "out": _out(call)}, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} outputs written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
