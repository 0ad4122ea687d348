"""Reading stories: files, folders, JSON records and stdin, each one accounted for.

Every input becomes either a `Story` or an `InputError` naming the source and the
reason, so a batch never stops on one bad file and never loses one silently.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

TEXT_SUFFIXES = {".txt", ".md"}
RECORD_SUFFIXES = {".json", ".jsonl"}
STORY_SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES

# Signatures of common binary formats that happen to decode as legacy text.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"PK\x03\x04",
    b"%PDF",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HEADLINE_END = re.compile(r"[.!:;,\"'”’)\]]$")


@dataclass
class Story:
    """One story ready for the pipeline; `text` is exactly what offsets point into."""

    id: str
    source: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class InputError:
    """An input that could not become a story, and why."""

    source: str
    reason: str
    id: str | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def iter_stories(
    paths: Iterable[str], *, stdin: BinaryIO | None = None
) -> Iterator[Story | InputError]:
    """Stories from each path in turn; `-` reads stdin; folders are walked in sorted order."""
    for path in paths:
        if path == "-":
            if stdin is None:
                yield InputError("-", "no standard input")
                continue
            yield from _from_bytes("-", "-", stdin.read(), kind="text")
            continue
        p = Path(path)
        if p.is_dir():
            yield from _walk(p)
        else:
            yield from _from_file(p, str(p))


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
            elif path.suffix.lower() in STORY_SUFFIXES:
                found.append(path)
            else:
                skipped.append(path)

    visit(root)
    return found, skipped


def _walk(root: Path) -> Iterator[Story | InputError]:
    found, _skipped = list_files(root)
    for path in found:
        yield from _from_file(path, path.relative_to(root).as_posix())


def _from_file(path: Path, story_id: str) -> Iterator[Story | InputError]:
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
            yield from read_file(f, source, story_id, path.suffix.lower())
    except PermissionError:
        yield InputError(source, "permission denied")
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))


def read_file(f: BinaryIO, source: str, story_id: str, suffix: str) -> Iterator[Story | InputError]:
    """The stories in one open file, local or remote (an fsspec file)."""
    if suffix == ".jsonl":
        # Streamed line by line, so a feed of any size keeps memory flat.
        yield from _jsonl_records(source, f, "utf-8")
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
        yield from _json_records(source, text, encoding)
    else:
        yield from _jsonl_records(source, text.splitlines(), encoding)


def _sniff_stdin(text: str) -> str:
    """Stdin has no suffix: JSON records only when every line parses as an object with text."""
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return "text"
    try:
        obj = json.loads(stripped)
    except json.JSONDecodeError:
        lines = [line for line in stripped.splitlines() if line.strip()]
        try:
            ok = all(isinstance(json.loads(line), dict) for line in lines)
        except json.JSONDecodeError:
            ok = False
        return "jsonl" if ok else "text"
    items = obj if isinstance(obj, list) else [obj]
    return "json" if items and all(isinstance(i, dict) and "text" in i for i in items) else "text"


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Text, the encoding it was read with, and a note on anything lossy or guessed.

    ValueError for binary or undecodable bytes. Text that is UTF-8 but for a few
    bad bytes stays UTF-8 (the bad bytes become U+FFFD) rather than being misread
    whole as some legacy encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            raise ValueError(f"invalid UTF-16 ({exc.reason})") from None
    if data.startswith(_BINARY_MAGIC):
        raise ValueError("binary file (not text), skipped")
    note = None
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        if sum(1 for ch in text if ord(ch) > 127) > 2 * bad:
            encoding = "utf-8"
            note = f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"
        else:
            text, encoding = _decode_legacy(data)
            note = f"not UTF-8; read as {encoding}"
    head = text[:8192]
    if head and len(_CONTROL.findall(head)) > 0.1 * len(head):
        raise ValueError("binary file (not text), skipped")
    return text, encoding, note


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """The detector's pick, except that Western single-byte text is read as cp1252.

    One stray `£` byte is as likely cp1250 as cp1252 to a detector; for English news
    archives it is cp1252 (the superset of Latin-1) whenever that is a plausible fit.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    if not matches:
        raise ValueError("not valid UTF-8 and no text encoding fits: binary or corrupt")
    if any(m.encoding in {"cp1252", "latin_1", "iso8859_15"} for m in matches):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    encoding = matches.best().encoding
    return data.decode(encoding, errors="replace"), encoding


def _text_story(
    source: str, story_id: str, text: str, encoding: str, note: str | None
) -> Story | InputError:
    if not text.strip():
        return InputError(source, "empty story (no text)", id=story_id)
    story = Story(id=story_id, source=source, text=text, title=headline(text), encoding=encoding)
    if note:
        story.notes.append(note)
    return story


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline: short, no sentence end, more text below."""
    first, sep, rest = text.lstrip("\ufeff").partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first:
        return None
    if len(first) > 200 or len(first.split()) > 25 or _HEADLINE_END.search(first):
        return None
    if " — " in first or " -- " in first or "(Reuters)" in first or "(AP)" in first:
        return None
    return first


def record_story(
    source: str, story_id: str, obj: object, encoding: str | None
) -> Story | InputError:
    if not isinstance(obj, dict):
        return InputError(source, "record is not a JSON object", id=story_id)
    rid = obj.get("id")
    if rid is not None:
        story_id = str(rid)
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(source, 'record has no "text" string', id=story_id)
    if not text.strip():
        return InputError(source, "empty story (no text)", id=story_id)
    title = obj.get("title")
    published = obj.get("published")
    url = obj.get("url")
    return Story(
        id=story_id,
        source=source,
        text=text,
        published=str(published) if published else None,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        encoding=encoding,
    )


def _json_records(source: str, text: str, encoding: str) -> Iterator[Story | InputError]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(
            source, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        )
        return
    items = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(items, 1):
        yield record_story(source, f"{source}#{n}" if len(items) > 1 else source, item, encoding)


def _jsonl_records(
    source: str, lines: Iterable[str | bytes], encoding: str
) -> Iterator[Story | InputError]:
    """One story per line (JSON Lines is UTF-8); a bad line costs only itself."""
    for lineno, line in enumerate(lines, 1):
        where = f"{source}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(where, f"line {lineno} is not valid UTF-8")
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON on line {lineno}: {exc.msg}")
            continue
        yield record_story(where, where, obj, encoding)
