"""How far the readers go for one input: what passes a limit is one failed input."""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """The readers' limits and choices, as the command line's options set them."""

    timeout: float = 10.0  # seconds for one URL, connecting and reading
    max_bytes: int = 10 * MEGABYTE  # one page, one URL's body, one CSV field
    text_column: str | None = None  # the CSV/TSV column with the story text
    gzip_ratio: int = 100  # decompressed bytes allowed per compressed byte (plus max_bytes)


DEFAULT_OPTIONS = ReadOptions()


def size_text(n: int) -> str:
    return f"{n / MEGABYTE:g} MB"
