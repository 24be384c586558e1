"""Which rule of the generic parser's page kind decided each page, counted per corpus.

    python -m benchmarks.tools.refusals [--corpus NAME ...] [--list RULE]

For every page the generic parser reads, the rule that decided its kind is taken from the
DEBUG trace of the ``cleannews.generic`` logger. Per corpus and rule the table counts the
article pages and the non-article pages (WCXB's forums, products ...) the rule judged not
to be articles: a rule that fires on articles of a source it was not written for is one
to make stricter. ``--list RULE`` prints the ids of the article pages that rule refused.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Sequence

import cleannews
from benchmarks.corpus import pages, sources


class _RuleTrace(logging.Handler):
    """Keeps the last page-kind decision the generic parser logged."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.decision: tuple[str, str] | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg.startswith("page kind") and len(record.args or ()) >= 2:
            kind, rule = record.args[:2]  # type: ignore[index]
            self.decision = (str(kind), str(rule))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tools.refusals")
    parser.add_argument("--corpus", action="append", metavar="NAME")
    parser.add_argument("--list", metavar="RULE", help="ids of the articles this rule refused")
    args = parser.parse_args(argv)
    trace = _RuleTrace()
    logger = logging.getLogger("cleannews.generic")
    logger.addHandler(trace)
    logger.setLevel(logging.DEBUG)
    listed: list[str] = []
    for name in args.corpus or sources():
        refused: Counter[tuple[str, bool]] = Counter()
        for page in pages(name):
            trace.decision = None
            try:
                cleannews.extract(page.html_bytes(), url=page.truth.get("url"))
                continue
            except cleannews.NoArticleFound:
                pass
            except cleannews.CleannewsError:
                continue
            rule = trace.decision[1] if trace.decision else "(another parser)"
            refused[(rule, page.is_article)] += 1
            if page.is_article and rule == args.list:
                listed.append(page.id)
        rules = sorted({rule for rule, _ in refused})
        print(f"== {name}")
        for rule in rules:
            articles, others = refused[(rule, True)], refused[(rule, False)]
            print(f"  {rule:<28} articles {articles:4d}  others {others:4d}")
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
