"""The ``cleannews`` command: news pages in, Article JSON out.

One input (a file, ``-`` for stdin, or a URL) prints its Article as indented JSON. Several
inputs, a folder (recursive: .html .htm .xhtml .txt and WARC files), a glob or a WARC file
give JSON Lines, one record per document with its ``source``; ``--output-dir`` writes one
``.json`` per document instead. Documents run on ``-j N`` worker processes, each bounded
by ``--timeout`` and ``--max-bytes``; ``--resume`` skips what the output already holds.

A failed document is reported on stderr and, in a batch, as an error record; the others
are still written. Exit codes: 0 all extracted, 1 some input failed (no article
included), 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ._registry import PARSER_NAMES
from .batch.fetch import DEFAULT_USER_AGENT, FetchOptions
from .batch.inputs import iter_jobs, read_spec_list, spec_is_single
from .batch.jobs import Job, Source
from .batch.output import (
    DirectorySink,
    JsonLinesSink,
    Sink,
    done_in_directory,
    done_in_json_lines,
)
from .batch.progress import Progress
from .batch.runner import RunLimits, WorkerPool
from .batch.work import Outcome, WorkOptions

__all__ = ["main"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_MB = 1024 * 1024


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleannews",
        description="Extract clean, typed articles from news pages (HTML or text dumps).",
        epilog="One file, '-' or URL prints indented Article JSON; anything more gives "
        "JSON Lines. Exit: 0 all extracted, 1 some failed, 2 usage error.",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="a file, a folder (recursive), a glob, a .warc/.warc.gz file, an http(s) URL, "
        "or '-' for stdin",
    )
    parser.add_argument(
        "--files-from", metavar="LIST", help="read more inputs from LIST, one per line ('-': stdin)"
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="PATH", help="write to PATH, not stdout")
    out.add_argument("--output-dir", metavar="DIR", help="write one .json per document to DIR")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip documents already in the output (-o or --output-dir) and append the rest",
    )
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
    parser.add_argument(
        "--keep-non-articles",
        action="store_true",
        help="never refuse a page that holds text (listings, forums, products ...): output it "
        "with its page_kind; only a page with no text at all is 'no article'",
    )
    parser.add_argument("--url", help="the page URL (for a single input)")
    limits = parser.add_argument_group("limits")
    limits.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: the CPU count)",
    )
    limits.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="time limit per document, fetching included; 0 for none (default: 60)",
    )
    limits.add_argument(
        "--max-bytes",
        type=int,
        default=16 * _MB,
        metavar="N",
        help="size limit per document in bytes (default: 16 MiB)",
    )
    limits.add_argument(
        "--max-memory",
        type=int,
        metavar="MB",
        help="address-space cap per worker process, in MiB (default: none)",
    )
    fetching = parser.add_argument_group("fetching URLs")
    fetching.add_argument(
        "--fetch-timeout", type=float, default=20.0, metavar="SECONDS", help="network timeout"
    )
    fetching.add_argument(
        "--max-redirects", type=int, default=5, metavar="N", help="redirects followed (default: 5)"
    )
    fetching.add_argument("--user-agent", default=DEFAULT_USER_AGENT, help="User-Agent header")
    parser.set_defaults(kind="auto")
    return parser


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace, single: bool) -> None:
    if not args.inputs and not args.files_from:
        parser.error("no input: give a FILE, a folder, a glob, a URL, '-' or --files-from")
    if args.resume and not (args.output or args.output_dir):
        parser.error("--resume needs -o PATH or --output-dir DIR")
    if args.url and not single:
        parser.error("--url applies to a single input only")
    if args.jobs < 1 or args.max_bytes < 1 or args.max_redirects < 0:
        parser.error("-j and --max-bytes must be positive, --max-redirects not negative")
    if args.timeout < 0 or args.fetch_timeout <= 0:
        parser.error("--timeout must not be negative and --fetch-timeout must be positive")
    if args.inputs.count("-") + (args.files_from == "-") > 1:
        parser.error("stdin ('-') can be read only once")


def _options(args: argparse.Namespace, single: bool) -> tuple[WorkOptions, RunLimits]:
    options = WorkOptions(
        kind=args.kind,
        parser=args.parser,
        url=args.url,
        max_bytes=args.max_bytes,
        fetch=FetchOptions(
            timeout=args.fetch_timeout,
            max_bytes=args.max_bytes,
            max_redirects=args.max_redirects,
            user_agent=args.user_agent,
        ),
        shape="article" if single else "record",
        refuse=not args.keep_non_articles,
    )
    limits = RunLimits(
        workers=1 if single else args.jobs,
        timeout=args.timeout or None,
        max_memory=args.max_memory * _MB if args.max_memory else None,
    )
    return options, limits


def _report(outcome: Outcome) -> None:
    if outcome.error is not None:
        print(f"cleannews: {outcome.source.label()}: {outcome.error}", file=sys.stderr)


def _run_single(
    jobs: Iterator[Job], options: WorkOptions, limits: RunLimits, output: str | None
) -> int:
    status = EXIT_OK
    with WorkerPool(options, limits) as pool:
        for outcome in pool.run(jobs):
            _report(outcome)
            if outcome.status != "ok":
                status = EXIT_SOME_FAILED
                continue
            if output:
                Path(output).write_text(outcome.text + "\n", encoding="utf-8")
            else:
                sys.stdout.write(outcome.text + "\n")
                sys.stdout.flush()
    return status


def _run_batch(args: argparse.Namespace, specs: Iterator[str]) -> int:
    options, limits = _options(args, single=False)
    progress = Progress.for_stream(sys.stderr)
    sink: Sink
    if args.output_dir:
        folder = Path(args.output_dir)
        sink = DirectorySink(folder)

        def skip(source: Source) -> bool:
            done = args.resume and done_in_directory(folder, source)
            progress.skipped += done
            return bool(done)
    else:
        path = Path(args.output) if args.output else None
        done = done_in_json_lines(path) if args.resume and path is not None else set()
        sink = JsonLinesSink(path, append=args.resume)

        def skip(source: Source) -> bool:
            seen = source.key() in done
            progress.skipped += seen
            return seen

    jobs = iter_jobs(specs, stdin=sys.stdin.buffer, max_bytes=args.max_bytes, skip=skip)
    try:
        with WorkerPool(options, limits) as pool:
            for outcome in pool.run(jobs):
                if outcome.error is not None:
                    progress.note(f"cleannews: {outcome.source.label()}: {outcome.error}")
                sink.write(outcome.source, outcome.text)
                progress.count(outcome.status)
    finally:
        sink.close()
        progress.finish()
    return EXIT_OK if progress.done == progress.ok else EXIT_SOME_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    single = (
        len(args.inputs) == 1
        and not args.files_from
        and not args.output_dir
        and not args.resume
        and spec_is_single(args.inputs[0])
    )
    _check(parser, args, single)
    specs: Iterator[str] = iter(args.inputs)
    if args.files_from:
        specs = itertools.chain(specs, read_spec_list(args.files_from, sys.stdin.buffer))
    try:
        if single:
            options, limits = _options(args, single)
            jobs = iter_jobs(specs, stdin=sys.stdin.buffer, max_bytes=args.max_bytes)
            return _run_single(jobs, options, limits, args.output)
        return _run_batch(args, specs)
    except KeyboardInterrupt:
        print("cleannews: interrupted; the output holds every document finished", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (`cleannews dir | head`): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_SOME_FAILED
    except OSError as exc:
        # the output or an input list cannot be opened or written: no traceback
        print(f"cleannews: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
