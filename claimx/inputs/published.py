"""Publication dates as given (records, `--published`): an ISO day, or None and a note."""

from __future__ import annotations

import datetime as dt
import re

from .story import Story

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


def parse_published(value: str) -> str | None:
    """An ISO day from an ISO date or timestamp, or from a written date with a year."""
    value = value.strip()
    m = _ISO_DAY.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from ..steps.dates import parse_explicit_date

    return parse_explicit_date(value) or _dateparser_day(value)


def _dateparser_day(value: str) -> str | None:
    """Metadata dates in any other form ("Fri, 27 Nov 2026 10:42:00 +0000", "27 novembre
    2026"): dateparser knows them all, so it is worth its import here, and only here."""
    import dateparser

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(value, settings=settings)
    return parsed.date().isoformat() if parsed else None


def normalize_published(story: Story) -> None:
    """The given date as an ISO day, or None with a note: a date not understood is no guess.

    A string shaped like an ISO day is checked too: 2026-02-30 is no date.
    """
    if story.published:
        day = parse_published(story.published)
        if day is None:
            story.notes.append(f"published date {story.published!r} not understood; ignored")
        story.published = day
