"""The step: date expressions in a news story, as TimeML TIMEX3 values anchored on its
publication date.

The governing verb's tense picks which Friday or December a story means ("said Friday" is the
last one, "will meet Friday" the next). dateparser is not used: it turns "December" into a
day and misses "mid-September", and every common explicit form is a short pattern here.

Each item: `text`, `start`, `end` (offsets into `doc.text`), `value` (TIMEX3 value of type
DATE at the grain the text states; a clock time beside a day adds "THH:MM", a part of day
written after it the TIMEX3 code, "TMO", "TAF", "TEV" or "TNI", both grain `time`),
`grain`, `mod` (TIMEX3 mod: START, MID, END, APPROX,
LESS_THAN, MORE_THAN or None), `anchored` (False when unknown parts stay X because the
story has no anchor) and `range`: {"role": "start"|"end", "other": index of the other end}
for "from March to May" / "between 2019 and 2021" / "2009-2010"; `other` is None for an
open range ("since mid-September" is a start, "until 2030" an end); None when no range.

Spans follow TimeML: determiners and modifiers that are part of the expression are inside
("the third quarter", "last week", "early December", "a year ago"), prepositions are not.
Anaphoric expressions ("the following day", "that year", "a year earlier") count from the
date last mentioned, the way a reader does; earnings comparisons ("a year earlier" beside a
quarter) shift that quarter. A story with no publication date still places the dates of the
reporting period it names (a quarter, a half, the end of a year): "sales in December" after
"the final three months of 2004" is 2004-12, "the full year" 2004; and the narrative's date
nearby (`anchoring.narrative_date`): "January's figures" after "The December 2004 figures"
is 2005-01; a month compared with "the same month in 2004" is 2005's
(`anchoring.year_on_year`); "later in the year" is the year of this sentence or the one
before. It guesses no year from the years the story names elsewhere: they are as often its
history (docs/accuracy.md). "9/11" and "the September 11 attacks" are days known by their
date (the lexicon's `named_days`). Terminal colour codes are read as spaces
(`doctext.plain_text`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..doctext import doc_text, plain_text
from .anchoring import Context, parse_anchor, years_of_months
from .clock import clock_beside
from .expressions import candidates, select
from .ranges import link_ranges
from .resolvers import RESOLVERS
from .rules import DateRules, load_date_rules
from .written import explicit_day, month_number

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Values counted from another date: not themselves what "the following day" refers to.
_NOT_REFERENCES = {"counted", "yearago", "latest", "yearperiod"}
# Days that a clock time beside them makes a time of day ("9 a.m. Tuesday").
_DAY_RULES = {"weekday", "deictic", "calendar"}


def parse_explicit_date(text: str) -> str | None:
    """The first full explicit date (day, month and year) in `text`, as YYYY-MM-DD."""
    if not text:
        return None
    rules = load_date_rules()
    found = []
    for rule, _cues, pattern in rules.patterns:
        if rule not in ("iso", "numeric", "calendar"):
            continue
        for m in pattern.finditer(text[:2000]):
            g = m.groupdict()
            if g.get("y") and (g.get("d") or rule == "numeric"):
                day = explicit_day(rule, g, rules.lexicon, day_first=None)
                if day:
                    found.append((m.start(), day))
                    break
    return min(found)[1].isoformat() if found else None


def _first_day(resolved: tuple, m: re.Match) -> tuple:
    """ "16-28 November", "March 3-5": the first day shares the month and year of the last."""
    grain, day, value, mod = resolved
    first = int(re.match(r"\d+", m.group("d0")).group())
    return grain, day.replace(day=first) if day else None, f"{value[:-2]}{first:02d}", mod


# "tomorrow, 14 March", "yesterday (Tuesday)": the day written beside it, set off.
_APPOSED = re.compile(r"\s*(?:,|\(|-|–|—)\s*")


def _names_the_day(items: list[dict], text: str, at: int, deictic: bool) -> bool:
    """Whether the day at `at` is set off right after a "tomorrow" or "yesterday" left with
    unknown parts (no publication date): the text dates it, so it takes that day's value."""
    if not deictic or "X" not in items[-1]["value"] or items[-1]["grain"] != "day":
        return False
    return _APPOSED.fullmatch(text, items[-1]["end"], at) is not None


def _month_of(m: re.Match, rules: DateRules) -> dt.date | None:
    """The month of a date written with its month and year ("October 2004"), else None."""
    g = m.groupdict()
    if not g.get("m") or len(g.get("y") or "") != 4:
        return None
    return dt.date(int(g["y"]), month_number(g["m"], rules.lexicon), 1)


def _part_of_day(m: re.Match, lex: dict) -> str | None:
    """ "Thursday morning", "last night": the TIMEX3 code of the part of day written after a
    day (MO, AF, EV, NI); none for a capitalized one, a name's ("Monday Night Football")."""
    part = m.groupdict().get("part")
    return lex["parts_of_day"].get(part) if part and part.islower() else None


def find_dates(
    doc: Doc,
    rules: DateRules,
    *,
    anchor: str | None,
    day_first: bool | None = None,
) -> list[dict]:
    """Date expressions in text order, with TIMEX3 values; `anchor` is the ISO publication day.

    `day_first` reads "05/06/2026" as 5 June (the story's locale); by default an ambiguous
    numeric date is read month first, unless its numbers only fit day first.
    """
    text, raw = plain_text(doc), doc_text(doc)
    if not text:
        return []
    ctx = Context(doc, text, rules.lexicon, parse_anchor(anchor), day_first)
    items: list[dict] = []
    deictic = False  # whether the item last added is "today", "tomorrow" or "yesterday"
    found = select(candidates(text, rules, ctx), len(text))
    ctx.written_months = {m.start(): d for *_, m in found if (d := _month_of(m, rules))}
    if ctx.anchor is None:
        ctx.month_years = years_of_months(ctx)
    for start, end, rule, m in found:
        try:
            resolved = RESOLVERS[rule](m, ctx)
        except (ValueError, OverflowError):  # arithmetic past year 1 or 9999
            continue
        if resolved is None:
            continue
        if rule == "dayrange":
            spans = [(start, m.end("d0"), _first_day(resolved, m)), (m.start("d"), end, resolved)]
        else:
            spans = [(start, end, resolved)]
        for at, until, (grain, day, value, mod) in spans:
            if day is not None and rule not in _NOT_REFERENCES:
                ctx.refs.append((at, grain, day))
                if grain == "year" and mod == "END":
                    ctx.year_ends.add(at)
            elif grain in ("day", "month") and value[:5] == "XXXX-" and value[5:7] != "XX":
                ctx.partial_dates.append((at, grain, value))
            clock = clock_beside(text, at, until) if rule in _DAY_RULES else None
            if clock and grain == "day":
                at, until, time = clock
                grain, value = "time", f"{value}T{time}"
            elif grain == "day" and (part := _part_of_day(m, rules.lexicon)):
                grain, value = "time", f"{value}T{part}"
            if rule in _DAY_RULES and _names_the_day(items, text, at, deictic):
                items[-1] |= {"value": value, "grain": grain}
            deictic = rule == "deictic"
            items.append(
                {
                    "text": raw[at:until],
                    "start": at,
                    "end": until,
                    "value": value,
                    "grain": {"weekend": "week"}.get(grain, grain),
                    "mod": mod,
                    "anchored": ctx.anchor is not None or "X" not in value,
                    "range": None,
                }
            )
    # "1200 GMT on Monday": the clock's digits, read alone as a year, are part of the time
    times = [(i["start"], i["end"]) for i in items if i["grain"] == "time"]
    items = [
        i
        for i in items
        if i["grain"] == "time" or not any(a <= i["start"] and i["end"] <= b for a, b in times)
    ]
    link_ranges(items, text)
    return items
