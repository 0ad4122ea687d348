"""The headline: the first line of a story, when it reads as one.

One rule for every step that asks: the output's `title`, the sentence break after it, and
the quotes step, which skips a headline's quote marks (a headline quotes in shorthand,
without attribution; the body gives the full quote and its speaker).
"""

from __future__ import annotations

import re

# A line that stops as a sentence or clause does, closing marks aside, is body text.
_SENTENCE_END = re.compile(r"[.!:;,][\"'”’)\]]*$")
_MAX_WORDS = 25
_MAX_CHARS = 200
_DATELINE_MARKS = (" — ", " -- ", "(Reuters)", "(AP)")


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline: short, no sentence end, more text below."""
    end = headline_end(text)
    return text[:end].strip().lstrip("\ufeff").strip() or None if end else None


def headline_end(text: str) -> int:
    """Where the body starts: after the headline line and the blank lines below it, or 0."""
    first, sep, rest = text.partition("\n")
    line = first.lstrip("\ufeff").strip()
    if not sep or not rest.strip() or not line:
        return 0
    if len(line) > _MAX_CHARS or len(line.split()) > _MAX_WORDS or _SENTENCE_END.search(line):
        return 0
    if any(mark in line for mark in _DATELINE_MARKS):
        return 0
    return len(text) - len(rest.lstrip())
