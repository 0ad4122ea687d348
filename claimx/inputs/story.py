"""A story as claimx reads it, and an input that could not become one.

Every input becomes either a `Story` or an `InputError` naming the source and the
reason, so a batch never stops on one bad file and never loses one silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    published_source: str = "given"  # "page" or "capture" for a web page's own date
    author: str | None = None
    page: bool = False  # read from a web page: the output gains `author` and `text`
    show_text: bool = False  # the output carries `text`, which offsets point into


@dataclass
class InputError:
    """An input that could not become a story, and why."""

    source: str
    reason: str
    id: str | None = None

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
