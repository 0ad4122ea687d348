"""Reading stories from files, folders and stdin, each input accounted for."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..steps.headline import headline
from .decoding import decode
from .formats import WEB_SUFFIXES, is_url, read_web_file, story_suffix
from .options import DEFAULT_OPTIONS, ReadOptions
from .records import InvalidJson, json_records, jsonl_records, loads
from .story import InputError, Story

TEXT_SUFFIXES = {".txt", ".md"}
RECORD_SUFFIXES = {".json", ".jsonl"}
STORY_SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | WEB_SUFFIXES


def iter_stories(
    paths: Iterable[str], *, stdin: BinaryIO | None = None, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Story | InputError]:
    """Stories from each path in turn; `-` reads stdin; folders are walked in sorted order."""
    for path in paths:
        if is_url(path):
            from .urls import url_stories  # urllib only when a URL comes

            yield from url_stories(path, options)
            continue
        if path == "-":
            if stdin is None:
                yield InputError("-", "no standard input")
                continue
            yield from _from_bytes("-", "-", stdin.read(), kind="text")
            continue
        p = Path(path)
        if p.is_dir():
            yield from _walk(p, options)
        else:
            yield from _from_file(p, str(p), options)


def list_files(root: Path) -> tuple[list[Path], list[Path]]:
    """Story files under `root` (sorted, symlink loops cut) and the files skipped by suffix."""
    found: list[Path] = []
    skipped: list[Path] = []
    seen: set[tuple[int, int]] = set()

    def visit(folder: Path) -> None:
        try:
            st = folder.stat()
        except OSError:
            return
        if (st.st_dev, st.st_ino) in seen:
            return
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                visit(path)
            elif entry.name.startswith("."):
                continue
            elif story_suffix(entry.name) in STORY_SUFFIXES:
                found.append(path)
            else:
                skipped.append(path)

    visit(root)
    return found, skipped


def _walk(root: Path, options: ReadOptions) -> Iterator[Story | InputError]:
    found, _skipped = list_files(root)
    for path in found:
        yield from _from_file(path, path.relative_to(root).as_posix(), options)


def _from_file(path: Path, story_id: str, options: ReadOptions) -> Iterator[Story | InputError]:
    source = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        yield InputError(source, "no such file")
        return
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))
        return
    if stat.S_ISDIR(st.st_mode):
        yield InputError(source, "is a folder")
        return
    if not stat.S_ISREG(st.st_mode):
        yield InputError(source, "not a regular file (a device, pipe or socket)")
        return
    try:
        with path.open("rb") as f:
            yield from read_file(f, source, story_id, story_suffix(path.name), options)
    except PermissionError:
        yield InputError(source, "permission denied")
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))


def read_file(
    f: BinaryIO, source: str, story_id: str, suffix: str, options: ReadOptions = DEFAULT_OPTIONS
) -> Iterator[Story | InputError]:
    """The stories in one open file, local or remote (an fsspec file)."""
    if suffix in WEB_SUFFIXES:
        yield from read_web_file(f, source, story_id, suffix, options)
    elif suffix == ".jsonl":
        # Streamed line by line, so a feed of any size keeps memory flat.
        yield from jsonl_records(source, f, "utf-8")
    else:
        yield from _from_bytes(
            source, story_id, f.read(), kind="json" if suffix == ".json" else "text"
        )


def _from_bytes(
    source: str, story_id: str, data: bytes, *, kind: str
) -> Iterator[Story | InputError]:
    try:
        text, encoding, note = decode(data)
    except ValueError as exc:
        yield InputError(source, str(exc), id=story_id)
        return
    if source == "-":
        kind = _sniff_stdin(text)
    if kind == "text":
        yield _text_story(source, story_id, text, encoding, note)
    elif kind == "json":
        yield from json_records(source, text, encoding)
    else:
        yield from jsonl_records(source, text.splitlines(), encoding)


def _sniff_stdin(text: str) -> str:
    """Stdin has no suffix: JSON records only when every line parses as an object with text."""
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return "text"
    try:
        obj = loads(stripped)
    except InvalidJson:
        lines = [line for line in stripped.splitlines() if line.strip()]
        try:
            ok = all(isinstance(loads(line), dict) for line in lines)
        except InvalidJson:
            ok = False
        return "jsonl" if ok else "text"
    items = obj if isinstance(obj, list) else [obj]
    return "json" if items and all(isinstance(i, dict) and "text" in i for i in items) else "text"


def _text_story(
    source: str, story_id: str, text: str, encoding: str, note: str | None
) -> Story | InputError:
    if not text.strip():
        return InputError(source, "empty story (no text)", id=story_id)
    story = Story(id=story_id, source=source, text=text, title=headline(text), encoding=encoding)
    if note:
        story.notes.append(note)
    return story
