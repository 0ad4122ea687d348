"""Dates counted from another: "the day before the vote", "the day after.", "three days
later", "a year earlier", "the year-earlier quarter", "for a third straight day"; each from
the date last mentioned, the period under report or the story's day."""

from __future__ import annotations

import re

from .anchoring import Context, compared_period, counted_from, reference
from .calendar_math import shifted, yearless_days_later, years_later
from .values import modifier, out

# "Oct. 12, ", "Monday, ", "12 March 2026, ": a day written just before, set off by a comma.
_DAY_APPOSED = re.compile(r"[\w.]+(?:\s+[\w.]+){0,2}(?:,\s+\d{4})?,\s+")


def event_day(m: re.Match, ctx: Context):
    """ "the day before the vote", "the day after he resigned": a day next to an event whose
    date the text does not give; only its year is known, from the date last mentioned or the
    story's. Set off after a day ("on Oct. 12, the day before the crash") it is that day."""
    last = next((r for r in reversed(ctx.refs) if r[0] < m.start()), None)
    if last and last[1] == "day" and _DAY_APPOSED.fullmatch(ctx.text, last[0], m.start()):
        return out("day", last[2], None)
    ref = reference(ctx, m.start(), "year")
    base = ref[1] if ref else ctx.anchor
    return "day", None, f"{base.year:04d}-XX-XX" if base else "XXXX-XX-XX", None


def r_dayrel(m: re.Match, ctx: Context):
    """ "the day before yesterday" (two days back); "the day before," "the day after.", "the
    year previous.", "the month before,": the one before or after the one last mentioned at
    that grain or finer, else the story's."""
    g = m.groupdict()
    unit = (g.get("unit") or "day").lower()
    step = 1 if (g.get("dir") or g["dir2"]).lower() in ("after", "later") else -1
    if g.get("deix"):
        base, step = ctx.anchor, step + (-1 if g["deix"].lower() == "yesterday" else 1)
    else:
        ref = reference(ctx, m.start(), unit)
        base = ref[1] if ref and (unit != "day" or ref[0] == "day") else ctx.anchor
    return out(unit, shifted(unit, base, step) if base else None, None)


def r_nthday(m: re.Match, ctx: Context):
    """ "for a third straight day", "the second day in a row", "it is the second day of the
    strike": the day the run has reached, the one last mentioned, else the story's."""
    ref = reference(ctx, m.start(), "day")
    return out("day", ref[1] if ref and ref[0] == "day" else ctx.anchor, None)


def r_counted(m: re.Match, ctx: Context):
    g = m.groupdict()
    unit = {"centurie": "century"}.get(g["unit"].lower(), g["unit"].lower())
    direction = " ".join(g["dir"].lower().split())
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    count = " ".join(g["n"].lower().split())
    mod = modifier(ctx, g.get("approx"))
    relative = direction not in ("ago", "from now", "hence")
    if relative and unit != "year":  # "three days later": counted from the date just given
        return _counted_from_date(m, ctx, unit, sign, count, mod)
    if count in ctx.lex["vague_counts"]:
        return None if relative else ("ref", None, "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    n = int(count) if count.isdigit() else _number(count, ctx.lex)
    ref = (
        unit == "year"
        and (n == 1 or relative)
        and compared_period(ctx, m, narrative=relative, one=n == 1)
    )
    if ref:
        return out(ref[0], years_later(ref[1], sign * n), mod)
    base = ctx.anchor
    if base is None:
        return out(unit, None, mod)
    if unit == "decade":
        return out("year", shifted("year", base, sign * n * 10), mod)
    return out(unit, shifted(unit, base, sign * n), mod)


def _counted_from_date(m: re.Match, ctx: Context, unit: str, sign: int, count: str, mod):
    """ "Two days later", "a month earlier": that many from the date the narrative is at, at
    the unit's grain; with no such date, or a vague count ("a few days later"), a duration
    from an event, no date."""
    base = counted_from(ctx, m, unit) if unit in ("day", "week", "month") else None
    if base is None or count in ctx.lex["vague_counts"]:
        return None
    n = int(count) if count.isdigit() else _number(count, ctx.lex)
    if not n:
        return None
    if isinstance(base, str):  # "on 13 March ... six days later", no year known
        value = yearless_days_later(base, sign * n)
        return ("day", None, value, mod) if value else None
    return out(unit, shifted(unit, base, sign * n), mod)


def _number(words: str, lex: dict) -> int:
    """ "twenty-five" and the table's words; number-parser would be a heavy import for this."""
    return sum(lex["numbers"].get(part, 0) for part in words.split("-"))


def r_yearago(m: re.Match, ctx: Context):
    """Earnings copy: "the year-earlier quarter" is the quarter under report, a year back."""
    ref = compared_period(ctx, m)
    if ref:
        return out(ref[0], years_later(ref[1], -1), None)
    if ctx.anchor is None:
        return out("year", None, None)
    return out("year", shifted("year", ctx.anchor, -1), None)
