"""The ``cleannews`` command: news pages in, Article JSON out.

One input prints its Article as indented JSON; several give JSON Lines, one record per
input with its ``source``. A failed input is reported on stderr and, in JSON Lines, as an
error record; the others are still written. Exit codes: 0 all extracted, 1 some input
failed, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from ._api import extract, extract_html, extract_text
from ._article import Article
from ._errors import CleannewsError
from ._registry import PARSER_NAMES, ParserName

__all__ = ["main"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

Kind = Literal["auto", "html", "text"]
_TEXT_SUFFIXES = frozenset({".txt", ".text"})


@dataclass(frozen=True, slots=True)
class Options:
    kind: Kind
    parser: ParserName | None
    url: str | None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleannews",
        description="Extract clean, typed articles from news pages (HTML or text dumps).",
    )
    parser.add_argument("inputs", nargs="+", metavar="FILE", help="page files; '-' reads stdin")
    parser.add_argument("-o", "--output", metavar="PATH", help="write to PATH, not stdout")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--text",
        dest="kind",
        action="store_const",
        const="text",
        help="read every input as a plain-text dump",
    )
    kind.add_argument(
        "--html", dest="kind", action="store_const", const="html", help="read every input as HTML"
    )
    parser.add_argument("--parser", choices=PARSER_NAMES, help="force a parser by name")
    parser.add_argument("--url", help="the page URL (for one input)")
    parser.set_defaults(kind="auto")
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _extract_one(name: str, options: Options) -> Article:
    data = _read(name)
    kind = options.kind
    if kind == "auto" and Path(name).suffix.lower() in _TEXT_SUFFIXES:
        kind = "text"
    if kind == "text" or options.parser == "text":
        return extract_text(data, url=options.url)
    if kind == "html":
        return extract_html(data, url=options.url, parser=options.parser)
    return extract(data, url=options.url, parser=options.parser)


def _error_record(name: str, exc: BaseException) -> dict[str, Any]:
    return {"source": name, "error": {"type": type(exc).__name__, "message": str(exc)}}


def _run(inputs: Sequence[str], options: Options, out: IO[str]) -> int:
    failed = 0
    single = len(inputs) == 1
    for name in inputs:
        try:
            article = _extract_one(name, options)
        except (CleannewsError, OSError) as exc:
            failed += 1
            print(f"cleannews: {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            if not single:
                out.write(json.dumps(_error_record(name, exc), ensure_ascii=False) + "\n")
            continue
        if single:
            out.write(article.to_json(indent=2) + "\n")
        else:
            record = {"source": name, **article.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    options = Options(kind=args.kind, parser=args.parser, url=args.url)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            return _run(args.inputs, options, out)
    return _run(args.inputs, options, sys.stdout)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
