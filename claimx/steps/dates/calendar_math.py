"""Calendar arithmetic at a grain (day, week, month, quarter ... century): a period's first
day, shifting by whole periods, TIMEX3 formatting, and the days holidays fall on."""

from __future__ import annotations

import datetime as dt
import re

MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120}
MONTHS_PER["century"] = 1200
_SEASON_OF_MONTH = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def start_of(grain: str, d: dt.date) -> dt.date:
    """First day of the period holding `d` (a week keeps its day: ISO weeks format it)."""
    if grain in ("day", "week", "weekend"):
        return d
    if grain == "season":
        month = (d.month // 3) * 3 or 12
        return dt.date(d.year - (d.month < 3), month, 1)
    step = MONTHS_PER[grain]
    index = (d.year * 12 + d.month - 1) // step * step
    return dt.date(index // 12, index % 12 + 1, 1)


def shifted(grain: str, d: dt.date, n: int) -> dt.date:
    if grain == "day":
        return d + dt.timedelta(days=n)
    if grain in ("week", "weekend"):
        return d + dt.timedelta(days=7 * n)
    d = start_of(grain, d)
    index = d.year * 12 + d.month - 1 + n * (12 if grain == "season" else MONTHS_PER[grain])
    return dt.date(index // 12, index % 12 + 1, 1)


def yearless_days_later(value: str, n: int) -> str | None:
    """A day written without its year ("XXXX-03-13") `n` days on ("XXXX-03-19"); None for
    another form, or where the end of February lies between (a leap day may count)."""
    found = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", value)
    start = found and real_date(2001, int(found[1]), int(found[2]))  # 2001: no leap day
    if not start:
        return None
    end = start + dt.timedelta(days=n)
    if min(start, end) <= dt.date(2001, 2, 28) < max(start, end):
        return None
    return f"XXXX-{end:%m-%d}"


def years_later(d: dt.date, n: int) -> dt.date:
    """The same day, month or quarter `n` years on (a 29 February falls back a day)."""
    return real_date(d.year + n, d.month, d.day) or dt.date(d.year + n, d.month, 28)


def fmt(grain: str, d: dt.date) -> str:
    if grain == "day":
        return d.isoformat()
    if grain in ("week", "weekend"):
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if grain == "weekend" else "")
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if grain == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if grain == "season":
        return f"{d.year:04d}-{_SEASON_OF_MONTH[d.month]}"
    if grain == "decade":
        return f"{d.year // 10:03d}"
    if grain == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def holiday_day(spec: dict, year: int) -> dt.date | None:
    if "easter" in spec:
        return _easter(year) + dt.timedelta(days=spec["easter"])
    if "day" in spec:
        return real_date(year, spec["month"], spec["day"])
    first = dt.date(year, spec["month"], 1)
    if "after_day" in spec:  # the Tuesday after the first Monday
        monday = first + dt.timedelta(days=(1 - first.isoweekday()) % 7)
        return monday + dt.timedelta(days=1)
    if spec["nth"] < 0:
        last = shifted("month", first, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - spec["weekday"]) % 7)
    offset = (spec["weekday"] - first.isoweekday()) % 7 + 7 * (spec["nth"] - 1)
    return first + dt.timedelta(days=offset)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)
