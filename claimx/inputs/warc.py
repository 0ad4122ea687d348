"""WARC archives (a news crawl): every HTML response record is a story, read as a stream.

Requests, metadata, redirects, errors and non-HTML responses are skipped. A record
that cannot be read (too large, a wrong Content-Length, cut short) is one failed input
named by its number and URI; in a file that can seek, reading then goes on from the next
record header (or gzip member) found after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .html import page_story
from .options import ReadOptions, size_text
from .story import InputError, Story

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
_RECORD_START = {False: b"WARC/1.", True: b"\x1f\x8b\x08"}


class _Records(ArchiveIterator):
    INC_RECORD = ""  # warcio's warning on stderr: the record is reported as failed instead


@dataclass
class _Progress:
    number: int = 0  # records seen
    inflated: int = 0  # bytes read after decompression
    start: int = 0  # offset of the last record begun


def warc_stories(
    f: BinaryIO, source: str, options: ReadOptions, *, gzipped: bool
) -> Iterator[Story | InputError]:
    progress, floor = _Progress(), 0
    while True:
        failed = yield from _read_from(f, source, options, progress)
        if failed is None or not f.seekable():
            return
        # Each new start lies past the last one, so a header that fails again cannot loop.
        resume_at = _next_record_start(f, max(failed, floor), gzipped)
        if resume_at is None:
            return
        floor = resume_at + 1
        f.seek(resume_at)


def _read_from(f, source, options, progress) -> Iterator[Story | InputError]:
    """Records from the file's position on; the offset after which to look again on failure."""
    records = _Records(f, check_digests=False)
    uri = None
    try:
        for record in records:
            progress.number += 1
            where = f"{source}#{progress.number}"
            uri = record.rec_headers.get_header("WARC-Target-URI")
            wanted = _is_html_response(record)
            data = record.content_stream().read(options.max_bytes + 1) if wanted else b""
            progress.inflated += len(data) + _drain(record)
            errors = records.err_count
            records.read_to_end()
            progress.start = records.get_record_offset()
            if getattr(record.raw_stream, "limit", 0) > 0 or records.err_count > errors:
                reason = f"record {progress.number} ({uri}) does not match its Content-Length"
                yield InputError(source, f"{reason} (a wrong length or a truncated archive)")
                return progress.start + 1
            if wanted:
                yield _story(record, data, where, uri, options)
            if progress.inflated > options.gzip_ratio * max(f.tell(), 1) + options.max_bytes:
                yield InputError(source, "decompressed size passed the limit: a gzip bomb?")
                return None
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        text = (str(exc).strip() or type(exc).__name__)[:160]
        yield InputError(source, f"unreadable after record {progress.number} ({uri}): {text}")
        return progress.start + 1
    return None


def _next_record_start(f: BinaryIO, after: int, gzipped: bool) -> int | None:
    """The offset of the next record header (or gzip member) after `after`, if any."""
    marker = _RECORD_START[gzipped]
    f.seek(after)
    position, tail = after, b""
    while chunk := f.read(_CHUNK):
        window = tail + chunk
        found = window.find(marker)
        if found >= 0:
            return position - len(tail) + found
        tail = window[-len(marker) :]
        position += len(chunk)
    return None


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(_HTML_TYPES)


def _story(record, data: bytes, where: str, uri: str | None, options) -> Story | InputError:
    story_id = uri or where
    if len(data) > options.max_bytes:
        return InputError(where, f"page larger than {size_text(options.max_bytes)}", id=story_id)
    charset = _charset(record.http_headers.get_header("Content-Type") or "")
    captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    return page_story(
        data, source=where, story_id=story_id, url=uri, charset=charset, captured=captured
    )


def _drain(record) -> int:
    """Read the rest of a record (the archive's own reader would, unmetered); its size."""
    size = 0
    while chunk := record.raw_stream.read(_CHUNK):
        size += len(chunk)
    return size


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
