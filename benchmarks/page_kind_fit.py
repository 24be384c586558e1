"""Fit and cross-validate a scoring model for article / non-article pages.

    .venv/bin/python -m benchmarks.page_kind_fit --cache /tmp/page_kind_features.json
    .venv/bin/python -m benchmarks.page_kind_fit --cache /tmp/page_kind_features.json --fit

Reads every page of ../shared/corpus, runs the generic parser's steps, and records for
each page the verdict of the hand rules (``_generic_page_kind.check_is_article``) and the
features of ``_generic_page_features``. Then a logistic regression (numpy, Newton steps,
L2, classes weighted equally) is judged by k-fold cross-validation grouped by site:
WCXB's pages by host, every other corpus as one group, so a fold never sees the site
(or corpus) it is scored on. The threshold is chosen on the training folds to keep
refused articles under ``--target``; the held-out fold is scored with it. Reported per
corpus: articles refused, and WCXB's other pages refused, for the rules alone, the model
alone (after the hard rules: a non-article type, no text) and rules-or-model.

``--fit`` fits on all pages and prints the weights as Python constants to paste into
``_generic_page_kind``.
"""

from __future__ import annotations

import argparse
import json
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from numpy.typing import NDArray

from cleannews import NoArticleFound
from cleannews._document import Document, decode_bytes, parse_html
from cleannews.parsers.generic import read_parts
from cleannews.parsers.generic.page_kind import (
    ARTICLE_TYPES,
    TEMPLATE_ARTICLE_TYPES,
    _own_type,
    check_is_article,
)

from .corpus import pages, sources
from .page_kind_features import FEATURE_NAMES, page_features

Row = dict[str, Any]
#: reasons of the rules that the model never overrides: the page's own type, no text
HARD_REASONS = ("calls itself", "holds no text")


def _group(source: str, url: str | None) -> str:
    if source != "wcxb":
        return source
    host = urlsplit(url or "").hostname or ""
    return ".".join(host.split(".")[-2:])


def _rows() -> list[Row]:
    rows: list[Row] = []
    for source in sources():
        for page in pages(source):
            text = decode_bytes(page.html_bytes())
            doc = Document(root=parse_html(text), url=page.truth.get("url"))
            meta, walked, selection, parts = read_parts(doc)
            reason = None
            try:
                check_is_article(meta, walked, parts)
            except NoArticleFound as exc:
                reason = str(exc)
            page_type = _own_type(meta.page_type)
            declared = page_type in ARTICLE_TYPES and page_type not in TEMPLATE_ARTICLE_TYPES
            rows.append(
                {
                    "id": page.id,
                    "source": source,
                    "group": _group(source, page.truth.get("url")),
                    "article": page.is_article,
                    "type": str(page.truth.get("page_type") or "article"),
                    "reason": reason,
                    # the model judges only pages with text and a URL, like the rules
                    "scored": bool(parts.body) and bool(meta.url),
                    "x": list(
                        page_features(
                            meta,
                            page_type=page_type,
                            declared=declared,
                            walked=walked,
                            selection=selection,
                            parts=parts,
                        )
                    ),
                }
            )
        print(f"read {source}")
    return rows


def fit(x: NDArray[np.float64], y: NDArray[np.float64], l2: float) -> NDArray[np.float64]:
    """Weights (intercept first) of an L2 logistic regression, the two classes weighted
    equally, by Newton steps on standardised features (returned on the raw scale)."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    pos = y.sum()
    w_row = np.where(y == 1, 0.5 / pos, 0.5 / (len(y) - pos))
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        grad = z.T @ (w_row * (p - y)) + penalty * w
        hess = (z.T * (w_row * p * (1 - p))) @ z + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[1:] / std
    return np.concatenate([[w[0] - (raw * mean).sum()], raw])


def score(w: NDArray[np.float64], x: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(w[0] + x @ w[1:], dtype=np.float64)


def _threshold(scores: NDArray[np.float64], forced: NDArray[np.bool_], target: float) -> float:
    """The lowest score threshold that refuses at most ``target`` of the articles, counting
    the ones refused anyway (``forced``)."""
    allowed = int(target * len(scores)) - int(forced.sum())
    free = np.sort(scores[~forced])[::-1]
    if allowed <= 0:
        return float(free[0]) + 1e-9 if len(free) else 0.0
    if allowed >= len(free):
        return float(free[-1])
    return float(free[allowed]) + 1e-9


def _hard(rows: list[Row]) -> NDArray[np.bool_]:
    return np.array([any(h in (r["reason"] or "") for h in HARD_REASONS) for r in rows])


def _modes(rows: list[Row], s: NDArray[np.float64], t: float) -> dict[str, NDArray[np.bool_]]:
    scored = np.array([r["scored"] for r in rows])
    rules = np.array([r["reason"] is not None for r in rows])
    hard = _hard(rows)
    model = scored & (s > t)
    return {"rules": rules, "model": hard | model, "rules|model": rules | model}


def crossvalidate(rows: list[Row], folds: int, l2: float, target: float) -> None:
    x = np.array([r["x"] for r in rows], dtype=np.float64)
    y = np.array([0.0 if r["article"] else 1.0 for r in rows])
    groups = sorted({r["group"] for r in rows})
    fold_of = {g: zlib.crc32(g.encode()) % folds for g in groups}
    fold = np.array([fold_of[r["group"]] for r in rows])
    verdicts = {m: np.zeros(len(rows), dtype=bool) for m in ("rules", "model", "rules|model")}
    for k in range(folds):
        train, test = fold != k, fold == k
        scored = np.array([r["scored"] for r in rows])
        w = fit(x[train & scored], y[train & scored], l2)
        s = score(w, x)
        rules = np.array([r["reason"] is not None for r in rows])
        hard = _hard(rows)
        art = train & (y == 0)
        for mode, forced in (("model", hard), ("rules|model", rules)):
            t = _threshold(np.where(scored, s, -np.inf)[art], forced[art], target)
            got = _modes(rows, s, t)[mode]
            verdicts[mode][test] = got[test]
        verdicts["rules"][test] = rules[test]
    _report(rows, verdicts)


def _report(rows: list[Row], verdicts: dict[str, NDArray[np.bool_]]) -> None:
    for mode, refused in verdicts.items():
        arts = [i for i, r in enumerate(rows) if r["article"]]
        others = [i for i, r in enumerate(rows) if not r["article"]]
        per: list[str] = []
        for source in sorted({r["source"] for r in rows}):
            ids = [i for i in arts if rows[i]["source"] == source]
            per.append(f"{source} {int(refused[ids].sum())}/{len(ids)}")
        by_type: dict[str, list[int]] = {}
        for i in others:
            entry = by_type.setdefault(rows[i]["type"], [0, 0])
            entry[0] += int(refused[i])
            entry[1] += 1
        print(
            f"{mode}: others refused {refused[others].mean():.3f} "
            f"({int(refused[others].sum())}/{len(others)}), articles refused "
            f"{refused[arts].mean():.4f} ({int(refused[arts].sum())}/{len(arts)})"
        )
        print("   articles: " + ", ".join(per))
        print("   others: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(by_type.items())))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, help="features of every page, read or written")
    ap.add_argument("--refresh", action="store_true", help="recompute the cached features")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--target", type=float, default=0.015, help="share of articles refused")
    ap.add_argument("--fit", action="store_true", help="fit on all pages, print the weights")
    args = ap.parse_args()
    if args.cache and args.cache.exists() and not args.refresh:
        rows = json.loads(args.cache.read_text())
    else:
        rows = _rows()
        if args.cache:
            args.cache.write_text(json.dumps(rows))
    crossvalidate(rows, args.folds, args.l2, args.target)
    if args.fit:
        x = np.array([r["x"] for r in rows if r["scored"]], dtype=np.float64)
        y = np.array([0.0 if r["article"] else 1.0 for r in rows if r["scored"]])
        w = fit(x, y, args.l2)
        print(f"_INTERCEPT = {w[0]:.4f}")
        for name, value in zip(FEATURE_NAMES, w[1:], strict=True):
            print(f"    {name!r}: {value:.4f},")


if __name__ == "__main__":
    main()
