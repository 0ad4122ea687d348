"""The shape of a resolver's result: (grain, day or None, TIMEX3 value, mod), and the X
forms of a value whose date the text does not give."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .calendar_math import fmt

if TYPE_CHECKING:
    from .anchoring import Context

UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
UNKNOWN |= {"quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX"}
UNKNOWN |= {"decade": "XXX", "century": "XX"}


def modifier(ctx: Context, word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.lower().split()).rstrip("-")
    return ctx.lex["modifiers"].get(key) or ctx.lex["approximators"].get(key)


def out(grain: str, day: dt.date | None, mod: str | None, unknown: str | None = None):
    """The resolver result: a known day formats at its grain, else the X form."""
    if day is None:
        return grain, None, unknown or UNKNOWN[grain], mod
    return grain, day, fmt(grain, day), mod
