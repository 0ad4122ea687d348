"""Writing results: JSON and JSON Lines streams, atomic files, and one file per story.

Nothing is half-written: a file appears under its final name only once complete
(written beside it under a temporary name, flushed, then renamed over it). Output that
cannot be written at all is an `OutputError`, decided here for every writer.
"""

from __future__ import annotations

import json
import os
import re
import signal
import tempfile
import threading
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from ..inputs.records import loads

# Characters JSON allows raw but terminals and editors act on: C1 controls, bidi
# overrides and isolates, zero-width and line-separator marks, the BOM.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._\-]+")


def dumps(obj: dict, *, indent: int | None = None) -> str:
    """JSON with every control and direction-changing character escaped."""
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe(text: str) -> str:
    """Text for a terminal: control, bidi and zero-width characters as visible escapes."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class OutputError(Exception):
    """Output that cannot be written: a full or read-only disk, a closed pipe.

    It stops the run, since no later result could be saved either. `reader_gone`: the
    reader of a pipe went away (`| head`), which is no error to complain of.
    """

    def __init__(self, where: str, error: OSError):
        self.where = where
        self.reason = error.strerror or str(error)
        self.reader_gone = isinstance(error, BrokenPipeError)
        super().__init__(f"cannot write to {where}: {self.reason}")


class UnsafePath(ValueError):
    """A story whose output path would lead outside the output folder: it alone fails."""


@contextmanager
def writing(where: str):
    """Any OSError while writing `where` is an OutputError: the one rule for every writer."""
    try:
        yield
    except OSError as exc:
        raise OutputError(where, exc) from exc


@contextmanager
def atomic_open(path: Path, *, newline: str | None = None):
    """A text file that appears at `path` only when the block completes without error."""
    with writing(str(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = f = None
    try:
        with _stops_held():
            with writing(str(path)):
                fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            f = os.fdopen(fd, "w", encoding="utf-8", newline=newline)
        yield f
        with writing(str(path)):
            f.flush()
            os.fsync(f.fileno())
            f.close()
            os.replace(tmp, path)
    except BaseException:
        if f is not None:
            with suppress(OSError):  # what could not be written goes with the file
                f.close()
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _stops_held():
    """Ctrl-C or SIGTERM waits while the temporary file is made and named: arriving between
    the two, its KeyboardInterrupt would leave the file behind with no name to remove it by.
    A stop that came meanwhile is raised again as the block ends, inside the caller's cleanup.
    (Handlers, not a signal mask: any thread may take a signal sent to the process.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    stops = (signal.SIGINT, signal.SIGTERM)
    before = {s: signal.signal(s, lambda signum, _frame: held.append(signum)) for s in stops}
    try:
        yield
    finally:
        for s, handler in before.items():
            signal.signal(s, signal.SIG_DFL if handler is None else handler)  # None: set in C
        for s in dict.fromkeys(held):
            signal.raise_signal(s)


class JsonStream:
    """JSON to stdout or a file: one object for one story; for several, JSON Lines or an array.

    `many` says whether the input can hold several stories (a folder, several paths,
    a feed); its output then has the same shape however many succeed. A single input
    that turns out to hold several (records on stdin) switches to the many-form.
    """

    def __init__(self, out: IO[str], *, fmt: str, many: bool, where: str = "stdout"):
        self.out, self.where = out, where
        self.array = fmt == "json"
        self.many = many or fmt == "jsonl"
        self.count = 0
        self._held: dict | None = None

    def write(self, article: dict) -> None:
        self.count += 1
        if not self.many and self.count == 1:
            self._held = article
            return
        with writing(self.where):
            if self._held is not None:
                self.many = True
                held, self._held = self._held, None
                self._item(held, first=True)
            self._item(article, first=self.count == 1)
            self.out.flush()

    def close(self) -> None:
        with writing(self.where):
            if self._held is not None:
                self.out.write(dumps(self._held, indent=2) + "\n")
            elif self.array:
                self.out.write("\n]\n" if self.count else "[]\n")
            self.out.flush()

    def _item(self, article: dict, *, first: bool) -> None:
        if self.array:
            self.out.write(("[\n" if first else ",\n") + dumps(article))
        else:
            self.out.write(dumps(article) + "\n")


class OutputDir:
    """One `.json` per story under a folder, mirroring the input tree and never leaving it."""

    def __init__(self, root: Path):
        self.root = root
        with writing(str(root)):
            root.mkdir(parents=True, exist_ok=True)
        self.real_root = root.resolve()
        self._seen: dict[Path, int] = {}

    def path_for(self, story_id: str) -> Path:
        """Where a story's file goes: its id made safe, `..` and absolute parts dropped.

        Called once per story in input order, so a repeated id gets the same `~N`
        name on every run, which `--resume` relies on.
        """
        parts = [
            _UNSAFE_NAME.sub("_", part)[:150]
            for part in re.split(r"[\\/]+", story_id)
            if part not in ("", ".", "..")
        ] or ["story"]
        stem, suffix = os.path.splitext(parts[-1])
        if suffix.lower() in {".txt", ".md", ".json", ".jsonl"} and stem:
            parts[-1] = stem
        path = self.root.joinpath(*parts[:-1], parts[-1] + ".json")
        n = self._seen[path] = self._seen.get(path, 0) + 1
        return path if n == 1 else path.with_name(f"{parts[-1]}~{n}.json")

    def write(self, article: dict, path: Path) -> None:
        real_parent = path.parent.resolve()
        if real_parent != self.real_root and self.real_root not in real_parent.parents:
            raise UnsafePath(f"refusing to write {path}: it leads outside {self.root}")
        with atomic_open(path) as f, writing(str(path)):
            f.write(dumps(article, indent=2) + "\n")

    @staticmethod
    def is_done(path: Path, text_sha256: str) -> bool:
        """Whether `path` holds a complete result for exactly this text."""
        try:
            return loads(path.read_text(encoding="utf-8")).get("text_sha256") == text_sha256
        except (OSError, ValueError, AttributeError):
            return False

    def remove_partial_files(self) -> int:
        """Temporary files a killed run left behind (complete files are never partial)."""
        stale = list(self.root.rglob(".*.part"))
        with writing(str(self.root)):
            for path in stale:
                path.unlink(missing_ok=True)
        return len(stale)
