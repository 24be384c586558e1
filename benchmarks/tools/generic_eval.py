"""Quick iteration on the generic parser: body F1, NoArticleFound rates and speed.

    .venv/bin/python -m benchmarks.tools.generic_eval aeb fundus --every 3 --peers
    .venv/bin/python -m benchmarks.tools.generic_eval wcxb --worst 10
    .venv/bin/python -m benchmarks.tools.generic_eval wcxb htmldate goose3 --misjudged

Not the benchmark (that is ``benchmarks/`` runner's job): a small loop to see, page by
page, what a change does. Times are medians per page; ``--peers`` also runs trafilatura on
the same pages, interleaved, so the ratio holds on a busy machine.
"""

from __future__ import annotations

import argparse
import statistics
import time

from cleannews import CleannewsError, NoArticleFound
from cleannews._document import Document, decode_bytes, parse_html
from cleannews.parsers import generic

from ..corpus import Page, pages
from ..metrics import BodyCounts, body_counts, body_score


def _run_page(page: Page, peers: bool, row: dict[str, list[float]]) -> tuple[BodyCounts, str, str]:
    text = decode_bytes(page.html_bytes())
    t0 = time.perf_counter()
    parse_html(text)
    t1 = time.perf_counter()
    row["lxml"].append(t1 - t0)
    got = ""
    reason = ""
    t1 = time.perf_counter()
    try:
        article = generic.parse(
            Document(root=parse_html(text), url=page.truth.get("url"))
        ).article()
        got = article.text
        status = "ok"
    except NoArticleFound as exc:
        status, reason = "none", str(exc)
    except CleannewsError as exc:
        status = f"error {exc}"
    row["ours"].append(time.perf_counter() - t1)
    if peers:
        import trafilatura

        t2 = time.perf_counter()
        trafilatura.extract(text, favor_precision=False)
        row["trafilatura"].append(time.perf_counter() - t2)
    return body_counts(got, page.truth.get("body") or ""), status, reason


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sources", nargs="+")
    ap.add_argument("--every", type=int, default=1, help="take every n-th page")
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--peers", action="store_true")
    ap.add_argument("--worst", type=int, default=0, help="list the n worst article pages")
    ap.add_argument(
        "--misjudged",
        action="store_true",
        help="list articles refused (with the reason) and other pages taken for articles",
    )
    args = ap.parse_args()
    for source in args.sources:
        row: dict[str, list[float]] = {"lxml": [], "ours": [], "trafilatura": []}
        counts: list[BodyCounts] = []
        scored: list[tuple[float, str, float, float, str]] = []
        raised_other, others, raised_articles = 0, 0, 0
        by_type: dict[str, list[int]] = {}
        misjudged: list[str] = []
        for n, page in enumerate(pages(source)):
            if n % args.every != args.offset:
                continue
            c, status, reason = _run_page(page, args.peers, row)
            if not page.is_article:
                others += 1
                raised_other += status == "none"
                page_type = str(page.truth.get("page_type"))
                kind = by_type.setdefault(page_type, [0, 0])
                kind[0] += status == "none"
                kind[1] += 1
                if status != "none":
                    misjudged.append(
                        f"  taken for an article: {page.id} ({page.truth['page_type']})"
                    )
                continue
            raised_articles += status != "ok"
            if status != "ok":
                misjudged.append(f"  article refused: {page.id}: {reason or status}")
            if page.truth.get("body") is None:
                continue
            counts.append(c)
            p = c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0
            r = c.tp / (c.tp + c.fn) if c.tp + c.fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            scored.append((f, page.id, p, r, status))
        score = body_score(counts)
        f1, p, r = score.f1, score.precision, score.recall
        med = {k: statistics.median(v) * 1000 for k, v in row.items() if v}
        print(
            f"{source}: {len(counts)} articles F1 {f1:.3f} P {p:.3f} R {r:.3f} | "
            f"articles raising {raised_articles} | others raising {raised_other}/{others}"
        )
        if by_type:
            kinds = ", ".join(f"{k} {n}/{total}" for k, (n, total) in sorted(by_type.items()))
            print(f"  others raising by type: {kinds}")
        if args.misjudged and misjudged:
            print("\n".join(misjudged))
        ratio = sum(row["ours"]) / sum(row["lxml"])
        line = f"  median ms lxml {med['lxml']:.1f} ours {med['ours']:.1f} total x{ratio:.1f}"
        if row["trafilatura"]:
            traf = sum(row["trafilatura"]) / sum(row["lxml"])
            line += f" trafilatura {med['trafilatura']:.1f} x{traf:.1f}"
        print(line)
        for f, pid, p, r, status in sorted(scored)[: args.worst]:
            print(f"  {f:.3f} P {p:.3f} R {r:.3f} {status} {pid}")


if __name__ == "__main__":
    main()
