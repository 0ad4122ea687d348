"""CSV and TSV exports of articles: a row a story, a bad row one failed input by line number.

The text is the `text`, `body` or `content` column (or `--text-column`); `id`,
`published` (or `date`), `title` and `url` are taken where present. Files are UTF-8
(a BOM is allowed); rows stream, so a table of any length keeps memory flat.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

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
    text = io.TextIOWrapper(f, encoding="utf-8-sig", errors="replace", newline="")
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
        yield _row_story(row, columns, where)


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


def _row_story(row: list[str], columns: dict[str, int], where: str) -> Story | InputError:
    record = {field: row[i] for field, i in columns.items() if i < len(row) and row[i].strip()}
    if "text" not in record:
        return InputError(where, "row has no text", id=record.get("id", where))
    return record_story(where, where, record, "utf-8")


def _row_error(exc: csv.Error, options: ReadOptions) -> str:
    message = str(exc)
    if "field larger than field limit" in message:
        return f"a field is larger than {size_text(options.max_bytes)}"
    if "unexpected end of data" in message:
        return "unbalanced quote: the field runs to the end of the file"
    if "expected after" in message:
        return f"unbalanced quote ({message})"
    return f"unreadable row: {message}"
