"""A clock time written next to a day: "9 a.m. Tuesday", "at 1200 GMT on Monday", "Friday at
16:00". TimeML makes the pair one TIMEX3 of type TIME ("2026-11-30T12:00"); a reader wants the
day, and the value keeps it (its first ten characters) with the time after it. The zone is not
converted: the value is the time as first written ("1700 GMT (1200 EST) on Monday" is 17:00).
A clock time with no day beside it is no date.
"""

from __future__ import annotations

import re

ZONE = r"(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T)"
_CLOCK = (
    # "9 a.m.", "9.30pm", "16:00 GMT", "6 p.m. EST"
    rf"(?<![\w.,$£€:])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*"
    rf"(?P<ap>[ap]\.?m\b\.?|[ap]\.m\.)(?:\s+{ZONE}\b)?"
    rf"|(?<![\w.,$£€:])(?P<h2>[01]?\d|2[0-3])(?:[:.]?(?P<mi2>[0-5]\d))?\s*{ZONE}\b"  # "1200 GMT"
    r"|(?<![\d.,$£€:])(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)(?![\d:])"  # "16:00"
    r"|(?<![\w-])(?P<named>midnight|noon|midday)\b"  # "at midnight on Friday", "Monday at noon"
)
# TIMEX3 writes midnight as the end of the day it is written with ("T24:00")
_NAMED_TIMES = {"midnight": "24:00", "noon": "12:00", "midday": "12:00"}
# "1700 GMT (1200 EST) on Monday": the time as first written, its conversion in brackets
_BEFORE = re.compile(rf"(?:{_CLOCK})(?:\s*\([^()]{{1,24}}\))?\s+(?:on\s+)?$", re.IGNORECASE)
_REACH = 56  # characters before a day that a clock time and its bracket may take
_AFTER = re.compile(rf"\s+at\s+(?:{_CLOCK})", re.IGNORECASE)


def _hhmm(m: re.Match) -> str:
    g = m.groupdict()
    if g["named"]:
        return _NAMED_TIMES[g["named"].lower()]
    hour = int(g["h"] or g["h2"] or g["h3"])
    minute = int(g["mi"] or g["mi2"] or g["mi3"] or 0)
    ap = (g["ap"] or "").lower()[:1]
    if ap and hour > 12:
        return ""
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def clock_beside(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span grown to the clock time before or after a day at text[start:end], and the
    time as HH:MM; None when there is none."""
    before = _BEFORE.search(text, max(0, start - _REACH), start)
    if before:
        time = _hhmm(before)
        return (before.start(), end, time) if time else None
    after = _AFTER.match(text, end)
    if after:
        time = _hhmm(after)
        return (start, after.end(), time) if time else None
    return None


def clock_start(text: str, start: int) -> int:
    """Where a clock time right before `start` begins ("until 9 a.m. Tuesday"), else `start`."""
    before = _BEFORE.search(text, max(0, start - _REACH), start)
    return before.start() if before else start
