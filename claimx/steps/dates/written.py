"""Days, months and years as the text writes them: digits, month names, spoken years."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .calendar_math import real_date

if TYPE_CHECKING:
    import datetime as dt

# A year in figures, not part of an amount, a code or a number ("in 2004", not "$2004", "2004.5")
YEAR = re.compile(r"(?<![\w$£€.,])(?:1[89]|20)\d\d(?![\w%]|[.,]\d)")


def explicit_day(rule: str, g: dict, lex: dict, *, day_first: bool | None) -> dt.date | None:
    """A day from a match that carries its year; None if it is not a real calendar day."""
    year = year_of(g["y"], None)
    if rule == "numeric":
        a, b = int(g["a"]), int(g["b"])
        first = g["sep"] == "." or a > 12 or (b <= 12 and bool(day_first))
        day, month = (a, b) if first else (b, a)
    elif rule == "iso":
        day, month = int(g["d"]), int(g["mn"])
    else:
        if not g["m"][0].isupper():
            return None
        day, month = int(re.match(r"\d+", g["d"]).group()), month_number(g["m"], lex)
    return real_date(year, month, day)


def year_of(text: str, anchor: dt.date | None) -> int:
    """Four digits as written; two ("'82", "7/8/07") in the century that keeps them near."""
    year = int(text)
    if len(text) > 2:
        return year
    pivot = (anchor.year % 100 if anchor else 30) + 10
    return (2000 if year <= pivot else 1900) + year


def spoken_year(words: str, lex: dict) -> int:
    """ "nineteen ninety-six" is 19 hundred and 96; "two thousand and one" is 2000 and 1."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w not in ("oh", "and")]
    if parts[1] == "thousand":
        return 2000 + sum(lex["numbers"][w] for w in parts[2:])
    return 100 * lex["numbers"][parts[0]] + sum(lex["numbers"][w] for w in parts[1:])


def month_number(word: str, lex: dict) -> int:
    return lex["months"][word.lower().rstrip(".")]
