"""Story text as HTML with facts marked in place, in the manner of spaCy's displaCy "ent" view.

Marks may overlap (a quote holds an amount; a range's ends may share words): they nest
as elements, and a mark that crosses another's end is closed and reopened around it,
so the markup is always well formed; its label comes once, where the mark ends. All
story text is escaped, with control and bidi characters shown as visible escapes.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import pairwise

from .writers import safe

_NEWLINES = re.compile("\r\n?")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # a CSS class: money, date, city, quote
    label: str  # shown after the marked words
    title: str = ""  # shown on hover


def escape(text: str) -> str:
    """Any text from a story, made inert for an HTML element or attribute."""
    return html.escape(safe(_NEWLINES.sub("\n", text)), quote=True)


def marked(text: str, marks: list[Mark], *, base: int = 0) -> str:
    """`text` (the story's characters from offset `base`) as HTML with `marks` in place."""
    end_of_text = base + len(text)
    spans = sorted(
        (
            Mark(max(m.start, base), min(m.end, end_of_text), m.kind, m.label, m.title)
            for m in marks
            if m.start < end_of_text and m.end > base and m.end > m.start
        ),
        key=lambda m: (m.start, -m.end),
    )
    bounds = sorted({base, end_of_text, *(m.start for m in spans), *(m.end for m in spans)})
    parts: list[str] = []
    stack: list[Mark] = []
    pending = 0
    for here, following in pairwise(bounds):
        _close_at(here, stack, parts)
        while pending < len(spans) and spans[pending].start == here:
            stack.append(spans[pending])
            parts.append(_open(spans[pending], continued=False))
            pending += 1
        parts.append(escape(text[here - base : following - base]))
    _close_at(end_of_text, stack, parts)
    return "".join(parts)


def _close_at(here: int, stack: list[Mark], parts: list[str]) -> None:
    """Close the marks ending here; marks opened inside them are closed and reopened."""
    ending = [i for i, mark in enumerate(stack) if mark.end <= here]
    if not ending:
        return
    lowest = ending[0]
    reopen = [mark for mark in stack[lowest:] if mark.end > here]
    for mark in reversed(stack[lowest:]):
        parts.append(_close(mark, final=mark.end <= here))
    del stack[lowest:]
    for mark in reopen:
        stack.append(mark)
        parts.append(_open(mark, continued=True))


def _open(mark: Mark, *, continued: bool) -> str:
    title = f' title="{escape(mark.title)}"' if mark.title else ""
    return f'<mark class="{mark.kind}{" cont" if continued else ""}"{title}>'


def _close(mark: Mark, *, final: bool) -> str:
    label = f'<span class="label">{escape(mark.label)}</span>' if final else ""
    return f"{label}</mark>"
