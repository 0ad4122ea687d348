"""CSV and TSV exports of articles: a row a story, a bad row one failed input by line number.

The text is the `text`, `body` or `content` column (or `--text-column`); `id`,
`published` (or `date`), `title` and `url` are taken where present. Files are UTF-8 (a BOM
is allowed), UTF-16 with its BOM (Excel's "Unicode text") or a legacy encoding such as
Windows-1252 (Excel's "CSV"), judged on the first 256 KB; rows stream, so a table of any
length keeps memory flat.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from .decoding import stream_encoding
from .options import ReadOptions, size_text
from .records import record_story
from .story import InputError, Story

TEXT_COLUMNS = ("text", "body", "content")
_FIELDS = {"id": ("id",), "published": ("published", "date"), "title": ("title",), "url": ("url",)}


def table_stories(
    f: BinaryIO, source: str, options: ReadOptions, *, tab: bool = False
) -> Iterator[Story | InputError]:
    # The limit is the csv module's, for the whole process: set here, for every read.
    csv.field_size_limit(options.max_bytes)
    head = f.read(_HEAD_BYTES)
    try:
        encoding = stream_encoding(head)
    except ValueError as exc:
        yield InputError(source, str(exc))
        return
    whole = io.BufferedReader(_Rejoined(head, f))
    text = io.TextIOWrapper(whole, encoding=encoding, errors="replace", newline="")
    lines = _Lines(text, options.max_bytes)
    reader = csv.reader(lines, dialect="excel-tab" if tab else "excel", strict=True)
    try:
        header = next(reader)
    except StopIteration:
        yield InputError(source, "empty table (no header row)")
        return
    except csv.Error as exc:
        yield InputError(source, f"unreadable header row: {exc}")
        return
    columns = _columns(header, options.text_column)
    if isinstance(columns, str):
        yield InputError(source, columns)
        return
    while True:
        where = f"{source}:{reader.line_num + 1}"
        lines.cut = False
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(where, _row_error(exc, options), id=where)
            continue
        if lines.cut:
            reason = f"a field is larger than {size_text(options.max_bytes)}"
            yield InputError(where, reason, id=where)
            continue
        if not any(cell.strip() for cell in row):
            continue
        yield _row_story(row, columns, where, encoding.removesuffix("-sig"))


_HEAD_BYTES = 256 * 1024


class _Rejoined(io.RawIOBase):
    """The bytes read ahead to judge the encoding, then the rest of the file."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self.head, self.rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Lines:
    """The file's lines, each cut at `limit` characters, so that a huge field is never read
    whole into memory; `cut` says that the row being read had a line cut."""

    def __init__(self, text: io.TextIOBase, limit: int):
        self.text, self.limit = text, limit
        self.cut = False

    def __iter__(self) -> Iterator[str]:
        while line := self.text.readline(self.limit + 1):
            if len(line) > self.limit and not line.endswith("\n"):
                self.cut = True
                while (rest := self.text.readline(self.limit + 1)) and not rest.endswith("\n"):
                    pass
                line = line[: self.limit] + "\n"
            yield line


def _columns(header: list[str], text_column: str | None) -> dict[str, int] | str:
    """Where each field is, by the header's names; a reason when there is no text column."""
    names = [name.strip().lower() for name in header]
    wanted = (text_column.strip().lower(),) if text_column else TEXT_COLUMNS
    found = next((names.index(name) for name in wanted if name in names), None)
    if found is None:
        asked = f"no column {text_column!r}" if text_column else "no text column"
        return f"{asked} (the header has: {', '.join(header)[:200]}); use --text-column NAME"
    columns = {"text": found}
    for field, aliases in _FIELDS.items():
        index = next((names.index(name) for name in aliases if name in names), None)
        if index is not None:
            columns[field] = index
    return columns


def _row_story(
    row: list[str], columns: dict[str, int], where: str, encoding: str
) -> Story | InputError:
    record = {field: row[i] for field, i in columns.items() if i < len(row) and row[i].strip()}
    if "text" not in record:
        return InputError(where, "row has no text", id=record.get("id", where))
    return record_story(where, where, record, encoding)


def _row_error(exc: csv.Error, options: ReadOptions) -> str:
    message = str(exc)
    if "field larger than field limit" in message:
        return f"a field is larger than {size_text(options.max_bytes)}"
    if "unexpected end of data" in message:
        return "unbalanced quote: the field runs to the end of the file"
    if "expected after" in message:
        return f"unbalanced quote ({message})"
    return f"unreadable row: {message}"
