"""The headline: the first line of a story, when it reads as one."""

from __future__ import annotations

import re

_HEADLINE_END = re.compile(r"[.!:;,\"'”’)\]]$")


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
