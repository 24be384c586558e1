"""The ``cleannews`` command: news pages in, Article JSON out.

One input (a file, ``-`` or nothing for stdin, or a URL) prints its Article as indented
JSON, or with ``--format text|markdown|html`` as a readable document (see formats.py);
``--format jsonl`` gives the batch's one-line records even for one input. Several
inputs, a folder (recursive: .html .htm .xhtml .txt and WARC files), a glob or a WARC file
give JSON Lines, one record per document with its ``source``; ``--output-dir`` writes one
``.json`` per document instead. Documents run on ``-j N`` worker processes, each bounded
by ``--timeout`` and ``--max-bytes``; ``--resume`` skips what the output already holds.

A failed document is reported on stderr (names escaped) and, in a batch, as an error
record; the others are still written. Exit codes: 0 all extracted, 1 some input failed (no
article included) or the inputs held no document, 2 usage error or an output another run
holds, 130 interrupted (SIGINT), 143 terminated (SIGTERM), 129 hung up (SIGHUP): each signal
ends the batch with its summary line, the workers killed and the output whole.
``cleannews save-case`` is a subcommand of its own (see save_case.py).
"""

from __future__ import annotations

import argparse
import itertools
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from . import __version__
from ._article import Article
from ._registry import PARSER_NAMES
from .batch.fetch import DEFAULT_USER_AGENT, FetchOptions
from .batch.inputs import iter_jobs, read_spec_list, spec_is_single
from .batch.jobs import Job, Source
from .batch.output import (
    DirectorySink,
    JsonLinesSink,
    OutputLocked,
    Sink,
    done_in_directory,
    done_in_json_lines,
)
from .batch.progress import Progress, printable
from .batch.runner import RunLimits, WorkerPool, default_max_memory
from .batch.work import Outcome, WorkOptions
from .formats import FORMATS, OutputFormat, render

__all__ = ["main"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: formats that render one document, so they take a single input
DOCUMENT_FORMATS: frozenset[str] = frozenset({"text", "markdown", "html"})

_MB = 1024 * 1024


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleannews",
        description="Extract clean, typed articles from news pages (HTML or text dumps).",
        epilog="One file, '-' or URL prints indented Article JSON; anything more gives "
        "JSON Lines. Exit: 0 all extracted, 1 some failed, 2 usage error. "
        "'cleannews save-case --help': save a page as a test case for the pytest plugin.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="a file, a folder (recursive), a glob, a .warc/.warc.gz file, an http(s) URL, "
        "or '-' for stdin (default: stdin when it is not a terminal)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="json",
        help="json: indented Article (JSON Lines for several inputs); jsonl: one record per "
        "line with its source; text, markdown, html: a readable document, for one input "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--canonical-url",
        action="store_true",
        help="give url and site from the page's canonical link (or og:url) instead of the "
        "fetched or given URL, which stays in the record's source (default: off)",
    )
    parser.add_argument(
        "--files-from",
        metavar="LIST",
        help="read more inputs from LIST, one per line ('-': stdin) (default: none)",
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="PATH", help="write to PATH (default: stdout)")
    out.add_argument(
        "--output-dir", metavar="DIR", help="write one .json per document to DIR (default: none)"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="skip documents already in the output (-o or --output-dir) and append the rest "
        "(default: off)",
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--text",
        dest="kind",
        action="store_const",
        const="text",
        help="read every input as a plain-text dump (default: told by the file name and markup)",
    )
    kind.add_argument(
        "--html",
        dest="kind",
        action="store_const",
        const="html",
        help="read every input as HTML (default: told by the file name and markup)",
    )
    parser.add_argument(
        "--parser",
        choices=PARSER_NAMES,
        help="force a parser by name (default: the first site-family parser that matches, "
        "else generic)",
    )
    parser.add_argument(
        "--url", help="the page URL, for a single input (default: the fetched URL or none)"
    )
    parser.add_argument(
        "--keep-non-articles",
        action="store_true",
        help="never refuse a page that holds text (listings, forums, products ...): output it "
        "with its page_kind; only a page with no text at all is 'no article' (default: off)",
    )
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
        help="address-space cap per worker process, in MiB; 0 for none (default: three "
        "quarters of the machine's memory shared among the -j workers, at least 512)",
    )
    fetching = parser.add_argument_group("fetching URLs")
    fetching.add_argument(
        "--fetch-timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="time limit of one network read (default: %(default)s)",
    )
    fetching.add_argument(
        "--fetch-deadline",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="time limit of a whole fetch, redirects included (default: %(default)s)",
    )
    fetching.add_argument(
        "--allow-private-addresses",
        action="store_true",
        help="fetch URLs on loopback and private networks too (refused by default)",
    )
    fetching.add_argument(
        "--max-redirects", type=int, default=5, metavar="N", help="redirects followed (default: 5)"
    )
    fetching.add_argument(
        "--user-agent", default=DEFAULT_USER_AGENT, help="User-Agent header (default: %(default)s)"
    )
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
    if args.timeout < 0 or args.fetch_timeout <= 0 or args.fetch_deadline <= 0:
        parser.error(
            "--timeout must not be negative, --fetch-timeout and --fetch-deadline positive"
        )
    if args.max_memory is not None and args.max_memory < 0:
        parser.error("--max-memory must not be negative")
    if args.inputs.count("-") + (args.files_from == "-") > 1:
        parser.error("stdin ('-') can be read only once")


def _check_format(parser: argparse.ArgumentParser, args: argparse.Namespace, single: bool) -> None:
    if args.format in DOCUMENT_FORMATS and not single:
        parser.error(
            f"--format {args.format} renders one document: give one input (a file, '-' or "
            "a URL), without --output-dir or --resume"
        )


def _read_stdin_by_default(args: argparse.Namespace) -> None:
    """``cleannews < page.html``: no input named and stdin is a pipe or a file."""
    piped = sys.stdin is not None and not sys.stdin.isatty()
    if not args.inputs and not args.files_from and piped:
        args.inputs = ["-"]


def _shown(text: str, output_format: OutputFormat) -> str:
    """A single document's output: the worker's indented JSON, or that Article rendered."""
    if output_format == "json":
        return text
    return render(Article.from_json(text), output_format)


def _nothing_read(progress: Progress) -> bool:
    if progress.done or progress.skipped:
        return False
    print("cleannews: no input documents", file=sys.stderr)
    return True


def _options(args: argparse.Namespace, single: bool) -> tuple[WorkOptions, RunLimits]:
    options = WorkOptions(
        kind=args.kind,
        parser=args.parser,
        url=args.url,
        max_bytes=args.max_bytes,
        fetch=FetchOptions(
            timeout=args.fetch_timeout,
            deadline=args.fetch_deadline,
            allow_private_addresses=args.allow_private_addresses,
            max_bytes=args.max_bytes,
            max_redirects=args.max_redirects,
            user_agent=args.user_agent,
        ),
        shape="article" if single else "record",
        canonical_url=args.canonical_url,
        refuse=not args.keep_non_articles,
    )
    workers = 1 if single else args.jobs
    limits = RunLimits(
        workers=workers,
        timeout=args.timeout or None,
        max_memory=_max_memory(args.max_memory, workers),
    )
    return options, limits


def _max_memory(megabytes: int | None, workers: int) -> int | None:
    if megabytes is None:
        return default_max_memory(workers)
    return megabytes * _MB if megabytes else None


def _report(outcome: Outcome) -> None:
    if outcome.error is not None:
        print(printable(f"cleannews: {outcome.source.label()}: {outcome.error}"), file=sys.stderr)


class _Stopped(Exception):
    """A signal asked the command to stop (raised in the main thread by its handler)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped(signum)


def _handle_stop_signals() -> dict[int, Any]:
    """SIGTERM and SIGHUP end the run as Ctrl-C does: workers killed, summary written.

    Returns the handlers replaced, for :func:`main` to put back (it may be called in a
    process that has its own). Signals can be handled in the main thread only.
    """
    replaced: dict[int, Any] = {}
    if threading.current_thread() is not threading.main_thread():
        return replaced
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            replaced[number] = signal.signal(number, _stop)
    return replaced


def _run_single(
    jobs: Iterator[Job],
    options: WorkOptions,
    limits: RunLimits,
    output: str | None,
    output_format: OutputFormat = "json",
) -> int:
    status = EXIT_OK
    with WorkerPool(options, limits) as pool:
        for outcome in pool.run(jobs):
            _report(outcome)
            if outcome.status != "ok":
                status = EXIT_SOME_FAILED
                continue
            text = _shown(outcome.text, output_format)
            if output:
                Path(output).write_text(text + "\n", encoding="utf-8")
            else:
                sys.stdout.write(text + "\n")
                sys.stdout.flush()
    return status


def _run_batch(args: argparse.Namespace, specs: Iterator[str]) -> int:
    options, limits = _options(args, single=False)
    progress = Progress.for_stream(sys.stderr)
    sink: Sink
    if args.output_dir:
        folder = Path(args.output_dir)
        sink = DirectorySink(folder)  # locked before anything is read from it

        def skip(source: Source) -> bool:
            done = args.resume and done_in_directory(folder, source)
            progress.skipped += done
            return bool(done)
    else:
        path = Path(args.output) if args.output else None
        sink = JsonLinesSink(path, append=args.resume)  # locked before it is read
        done = done_in_json_lines(path) if args.resume and path is not None else set()

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
    if _nothing_read(progress):
        return EXIT_SOME_FAILED
    return EXIT_OK if progress.done == progress.ok else EXIT_SOME_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == ["save-case"]:
        from .save_case import save_case_main

        return save_case_main(arguments[1:])
    parser = _parser()
    args = parser.parse_args(arguments)
    _read_stdin_by_default(args)
    single = (
        len(args.inputs) == 1
        and not args.files_from
        and not args.output_dir
        and not args.resume
        and spec_is_single(args.inputs[0])
    )
    _check(parser, args, single)
    single = single and args.format != "jsonl"  # jsonl: a record with its source, always
    _check_format(parser, args, single)
    specs: Iterator[str] = iter(args.inputs)
    if args.files_from:
        specs = itertools.chain(specs, read_spec_list(args.files_from, sys.stdin.buffer))
    replaced = _handle_stop_signals()
    try:
        if single:
            options, limits = _options(args, single)
            jobs = iter_jobs(specs, stdin=sys.stdin.buffer, max_bytes=args.max_bytes)
            return _run_single(jobs, options, limits, args.output, args.format)
        return _run_batch(args, specs)
    except KeyboardInterrupt:
        print("cleannews: interrupted; the output holds every document finished", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Stopped as stop:
        name = signal.Signals(stop.signum).name
        print(
            f"cleannews: stopped by {name}; the output holds every document finished",
            file=sys.stderr,
        )
        return 128 + stop.signum
    except OutputLocked as exc:
        print(f"cleannews: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader went away (`cleannews dir | head`): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_SOME_FAILED
    except OSError as exc:
        # the output or an input list cannot be opened or written: no traceback
        print(printable(f"cleannews: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    finally:
        for number, handler in replaced.items():
            signal.signal(number, handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
