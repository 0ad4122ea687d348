"""The inputs beyond text and JSON: web pages, URLs, WARC archives, CSV/TSV and gzip.

Their readers need the `web` extra only for pages and archives (trafilatura, warcio),
imported when such an input comes, so text and JSON runs stay as light as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from .html import EXTRA_MISSING
from .options import ReadOptions, size_text
from .story import InputError, Story

PAGE_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".csv", ".tsv"}
ARCHIVE_SUFFIXES = {".warc", ".warc.gz"}
GZIP_SUFFIXES = {".jsonl.gz", ".csv.gz", ".tsv.gz"}
WEB_SUFFIXES = PAGE_SUFFIXES | TABLE_SUFFIXES | ARCHIVE_SUFFIXES | GZIP_SUFFIXES


def is_url(path: str) -> bool:
    return path[:8].lower().startswith(("http://", "https://"))


def story_suffix(name: str) -> str:
    """The suffix that says how to read a file: `.jsonl.gz` counts as one."""
    name = name.lower()
    dot = name.rfind(".")
    if dot < 0:
        return ""
    if name.endswith(".gz"):
        inner = name[:dot].rfind(".")
        return name[inner:] if inner >= 0 else ".gz"
    return name[dot:]


def holds_many(name: str) -> bool:
    """Whether a file of this name can hold several stories (output then takes the many-form)."""
    return story_suffix(name) in {".jsonl"} | TABLE_SUFFIXES | ARCHIVE_SUFFIXES | GZIP_SUFFIXES


def read_web_file(
    f: BinaryIO, source: str, story_id: str, suffix: str, options: ReadOptions
) -> Iterator[Story | InputError]:
    """The stories in one page, table, archive or gzip file."""
    if suffix in PAGE_SUFFIXES:
        from .html import page_story

        data = f.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            reason = f"page larger than {size_text(options.max_bytes)}"
            yield InputError(source, reason, id=story_id)
        else:
            yield page_story(data, source=source, story_id=story_id)
    elif suffix in ARCHIVE_SUFFIXES:
        try:
            from .warc import warc_stories
        except ImportError:
            yield InputError(source, EXTRA_MISSING)
            return
        yield from warc_stories(f, source, options, gzipped=suffix.endswith(".gz"))
    elif suffix in GZIP_SUFFIXES:
        from .gzipped import GzipError, open_gzip

        stream = open_gzip(f, options)
        try:
            yield from read_web_file(stream, source, story_id, suffix[:-3], options)
        except GzipError as exc:
            yield InputError(source, str(exc))
    elif suffix == ".jsonl":
        from .records import jsonl_records

        yield from jsonl_records(source, f, "utf-8")
    else:
        from .table import table_stories

        yield from table_stories(f, source, options, tab=suffix == ".tsv")


def with_text(stories: Iterator[Story | InputError]) -> Iterator[Story | InputError]:
    """Stories that carry their text into the output (`--text`)."""
    for story in stories:
        if isinstance(story, Story):
            story.show_text = True
        yield story
