"""Datelines and publication lines: where and when a story says it was filed.

Wire copy opens its first paragraph with the place in capitals, an optional
region, date and agency, then a dash: "SACRAMENTO, Calif. (AP) — ...",
"WASHINGTON, Nov. 27 (Reuters) - ...", "LONDON — ..."; press releases put the agency
between slashes: "INDIANAPOLIS, March 10, 2021 /PRNewswire/ -- ...". That convention is the
signal; mixed-case openings are ordinary sentences and are left alone.
"""

from __future__ import annotations

import re

from .cities.item import ResolvedCity
from .item import Offset, TextSpan


class Dateline(TextSpan):
    """Where a story says it was filed: "SACRAMENTO, Calif. (AP) —", dash included."""

    place: str  # "SACRAMENTO, Calif."
    place_start: Offset
    place_end: Offset
    date_text: str | None  # the date as written: "Nov. 27"
    agency: str | None  # "AP", "Reuters"
    city: ResolvedCity | None  # the place resolved, added by the cities step


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"(?P<place>(?P<city>[A-Z][A-Z.'’\-]*(?:[ ][A-Z][A-Z.'’\-]*){0,3})"
    r"(?:,[ ](?P<region>[A-Z][A-Za-z.'’\-]*(?:[ ][A-Z][A-Za-z.'’\-]*){0,2}))?)"
    r"(?:,[ ](?P<date>" + _MONTH + r"[ ]\d{1,2}(?:,[ ]\d{4})?))?"
    r"[ ]?(?:[(/](?P<agency>[A-Za-z][A-Za-z .&\-]{0,30})[)/])?"
    r"[ ]?(?P<dash>—|–|--|-|:)[ ]"
)
_PUBLISHED = re.compile(
    r"^[ \t]*(?:Published|Posted|Updated|Last updated|Date)(?:[ ]on)?[ \t]*:?[ \t]*"
    r"(?P<date>[^\n]{6,80})$",
    re.IGNORECASE | re.MULTILINE,
)
# Lines of a story's head to look at: a title, a byline, a blank line or two.
_HEAD_LINES = 6
# A head line that is a full date and nothing else ("March 01, 2008", "Monday, 3 January
# 2005", "2008-03-01"): the day the story was filed, as news sites print it under the title.
_DATE_LINE = re.compile(
    r"[ \t]*(?P<date>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ ]+)?"
    r"(?:\d{1,2}[ ]+" + _MONTH + r",?[ ]+\d{4}|" + _MONTH + r"[ ]+\d{1,2},?[ ]+\d{4}"
    r"|\d{4}-\d\d-\d\d))[ \t]*"
)


def find_dateline(text: str) -> dict | None:
    """The dateline at the start of one of the story's first paragraphs, or None."""
    offset = 0
    for line in text[:4000].split("\n")[:_HEAD_LINES]:
        stripped = line.lstrip()
        start = offset + len(line) - len(stripped)
        offset += len(line) + 1
        m = _DATELINE.match(stripped)
        if not m or (m.group("dash") == ":" and not m.group("agency")):
            continue
        city = m.group("city").rstrip(".")
        if len(city) < 3 or not any(c.isalpha() for c in city):
            continue
        place = m.group("place")
        end = start + m.end()
        return {
            "text": text[start:end].rstrip(),
            "start": start,
            "end": start + len(text[start:end].rstrip()),
            "place": place,
            "place_start": start + m.start("place"),
            "place_end": start + m.end("place"),
            "date_text": m.group("date"),
            "agency": m.group("agency"),
        }
    return None


def find_published_line(text: str) -> str | None:
    """The date text of a "Published: ..." line near the top or the bottom of the story, else
    of a line of the story's head that is a date alone."""
    for chunk in (text[:2000], text[-1000:]):
        m = _PUBLISHED.search(chunk)
        if m:
            return m.group("date").strip()
    for line in text[:4000].split("\n")[:_HEAD_LINES]:
        if m := _DATE_LINE.fullmatch(line):
            return m.group("date")
    return None


def is_published_line(text: str) -> bool:
    """Whether `text` is a "Published: ..." line: the story's metadata, not what it asserts."""
    return _PUBLISHED.fullmatch(text.strip()) is not None
