"""Which occurrence a story means: the tense of the governing verb, the publication day it
is anchored on, and the dates mentioned before ("the following day", "a year earlier")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .calendar_math import MONTHS_PER, start_of
from .clock import clock_start
from .written import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_GRAIN_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "season": 3, "quarter": 3}
_GRAIN_RANK |= {"half": 4, "year": 5, "decade": 6, "century": 7}
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}
# "the following day", "that year": counted from the date last mentioned.
ANAPHORIC = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}
ANAPHORIC |= {"the same": 0, "that": 0, "that same": 0}
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+\Z", re.I)
_WEEKDAY_CUE = re.compile(r"\b(after|since|ahead\s+of|before|until|till|by)\s+(?:on\s+)?\Z", re.I)
# "the day before the vote", "the day after he resigned": a day counted from an event.
DAY_EVENT_AFTER = re.compile(
    r"\s+(?:before|after)\s+(?!(?:yesterday|tomorrow)\b)[\w\"“‘']", re.IGNORECASE
)
_REL_YEAR = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}


@dataclass
class Context:
    """One story's doc, text, lexicon, anchor and locale, and the dates it has mentioned so far."""

    doc: Doc
    text: str
    lex: dict
    anchor: dt.date | None
    day_first: bool | None
    refs: list = field(default_factory=list)  # (start, grain, date) of calendar items so far
    # (start, grain, value) of the days and months written so far with no year ("20 March",
    # "March", "Thursday")
    partial_dates: list = field(default_factory=list)
    # start -> month of each month or day written with its year ("October 2004")
    written_months: dict = field(default_factory=dict)
    # month -> the one year an undated story writes it with (`years_of_months`)
    month_years: dict = field(default_factory=dict)
    # starts of the years written with their end ("the end of 2004", "late 2004")
    year_ends: set = field(default_factory=set)


def parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return None


def tense_of(ctx: Context, start: int, end: int) -> int:
    """-1 past, 1 future, 0 unknown, from the verb that governs the expression."""
    found = _governing_verb(ctx, start, end)
    if not found:
        return 0
    tense = _tense(*found)
    verb, auxes = found
    if tense == 0 and not auxes and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
        # "has fluctuated, rising to a high in June": a participle takes its clause's tense
        head = verb.head
        if head is not verb and head.pos_ in ("VERB", "AUX"):
            return _tense(head, [c for c in head.children if c.dep_ in ("aux", "auxpass")])
    return tense


def _governing_verb(ctx: Context, start: int, end: int):
    """The verb over the expression and its auxiliaries, or None."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok, [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def firm_tense(ctx: Context, start: int, end: int) -> int:
    """The tense only where the verb leaves no doubt: "will" (1) or a simple past with no
    auxiliary (-1, "sales fell in November"); a passive or perfect ("was planned for March",
    "has decided to admit them in March") often speaks of a time still ahead, and so does a
    deadline under a past verb ("gave the bidder until November")."""
    found = _governing_verb(ctx, start, end)
    if not found or _DEADLINE_BEFORE.search(ctx.text, max(0, start - 8), start):
        return 0
    verb, auxes = found
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return 1
    return -1 if verb.tag_ == "VBD" and not auxes else 0


def _infinitive(tok, auxes) -> bool:
    """ "planned to leave on Thursday", "agreed to sell in October": no tense of its own."""
    return tok.dep_ == "xcomp" and any(a.lower_ == "to" for a in auxes)


def _tense(tok, auxes) -> int:
    if _infinitive(tok, auxes):
        return 0
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return 1
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return -1
    return -1 if tok.tag_ == "VBN" and not auxes else 0


def _present(verb, auxes) -> bool:
    """A present verb; "hurt", "cut", "set" tagged present with a singular subject are past."""
    if verb.tag_ == "VBZ" or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.tag_ == "VBP" and any(
        s.tag_ in ("NNS", "NNPS") or s.lower_ in ("i", "we", "you", "they") for s in subjects
    )


def weekday_lean(ctx: Context, start: int, end: int) -> int:
    """Which way a weekday the verb's tense leaves open points: a weekday is within a week of
    the story, so a present verb over it points ahead ("the board meets on Monday", "is due
    to close Monday"), as do "ahead of" and "before"; "after" and a possessive with no such
    verb point back ("Monday's debate", reported after it)."""
    at = clock_start(ctx.text, start)  # "until 9 a.m. Tuesday": the cue is before the clock
    cue = _WEEKDAY_CUE.search(ctx.text, max(0, at - 12), at)
    if cue:
        return -1 if cue.group(1).lower() in ("after", "since") else 1
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    if head.pos_ in ("VERB", "AUX"):  # the verb right over it, not one clauses away
        auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if _infinitive(head, auxes):  # "is due to close Monday": the tense of "is"
            head = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), head)
            auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
        if _present(head, auxes):
            return 1
    return -1 if ctx.text.startswith(("'s", "’s"), end) else 0


def open_deadline(ctx: Context, start: int, end: int) -> bool:
    """A weekday given as a deadline ("until", "by") under a present perfect is still ahead:
    "has given the family until 9 a.m. Tuesday", "have been ordered to report by Friday" (the
    perfect's result holds now); "talks continued until Tuesday" is past."""
    at = clock_start(ctx.text, start)
    cue = _WEEKDAY_CUE.search(ctx.text, max(0, at - 12), at)
    if not cue or cue.group(1).lower() not in ("until", "till", "by"):
        return False
    found = _governing_verb(ctx, start, end)
    return bool(found) and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in found[1])


def pick(
    grain: str, cands: list[dt.date], anchor: dt.date, tense: int, rel: str = "", *, near: int = 0
) -> dt.date:
    """The occurrence the story means. "last spring", "next winter": in the year before or after
    the anchor's, as TimeML reads them; "this June": in the anchor's year; "last June": the
    latest before the current month. Otherwise one within
    `near` (days, or months above the day) of the anchor; else the one before it in the past
    tense, after it in the future; else the nearest, the earlier on a tie."""
    starts = sorted(start_of(grain, c) for c in cands)
    if (grain == "season" and rel in _REL_YEAR) or (grain == "month" and rel == "this"):
        same = [c for c in starts if c.year == anchor.year + _REL_YEAR[rel]]
        if same:
            return same[0]
    now = start_of(grain, anchor)
    if rel in ("last", "past"):
        past = [c for c in starts if c < now]
        return past[-1] if past else starts[0]
    if rel in ("next", "coming"):
        ahead = [c for c in starts if c > now]
        return ahead[0] if ahead else starts[-1]

    def distance(c: dt.date) -> int:
        if grain == "day":
            return abs((c - now).days)
        return abs((c.year - now.year) * 12 + c.month - now.month)

    nearest = min(starts, key=lambda c: (distance(c), c > now))
    if distance(nearest) <= near:
        return nearest
    if tense < 0 and starts[0] <= now:
        return max(c for c in starts if c <= now)
    if tense > 0 and starts[-1] >= now:
        return min(c for c in starts if c >= now)
    return nearest


def reported(ctx: Context, grain: str, day: dt.date) -> bool:
    """Whether a quarter or half could be under report: it has begun by the story's day (a
    fiscal "fourth quarter" reported in November may not have ended on the calendar)."""
    return ctx.anchor is None or start_of(grain, day) <= ctx.anchor


def reference(ctx: Context, before: int, unit: str) -> tuple[str, dt.date] | None:
    """The date last mentioned at the unit's grain or finer, for "the following day"."""
    for start, grain, day in reversed(ctx.refs):
        if start < before and _GRAIN_RANK[grain] <= _GRAIN_RANK[unit]:
            return grain, day
    return None


# "compared with 1.4bn yuan in 2003": the date of the figure compared with, not the time
# the narrative is at.
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared|against|versus|than)\b(?:[^.;]|\.\d)*$", re.IGNORECASE
)


# "from 798m euros a year ago", "up 5% from a year ago": the figure compared with, in earnings
# copy the period under report a year back.
_FIGURE_COMPARED = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|than)"
    r"(?:\s+\S*\d\S*(?:\s+[a-z]+){0,2})?\s*$",
    re.IGNORECASE,
)


def compared_period(
    ctx: Context, m: re.Match, *, narrative: bool = False, one: bool = False
) -> tuple[str, dt.date] | None:
    """What "a year earlier" compares with: the quarter under report in earnings copy (one
    begun by the story's day, not a forecast's "third quarter of 1990"), else a finer date
    earlier in the same sentence, or its year where the expression dates a figure compared
    with. `narrative` ("a year earlier", "two years later", not "a year ago"): counted, as
    TimeML anchors it, from the time the narrative is at: else the year of the last date of
    this sentence or the one before that is not a figure's compared with ("The show peaked
    at Christmas 1986. Two years later..." is 1988); `one` year from a month keeps the month
    ("Sales rose in January 2005. A year earlier, ..." is 2004-01)."""
    for start, grain, day in reversed(ctx.refs):
        if start < m.start() and grain in ("quarter", "half") and reported(ctx, grain, day):
            return grain, day
    found = _sentence_at(ctx, m)
    if found is None:
        return None
    sent, previous = found
    grains = ("day", "month")
    if _FIGURE_COMPARED.search(ctx.text, sent.start_char, m.start()):
        grains += ("year",)  # "fell to 537m euros during 2004, from 798m euros a year ago"
    for start, grain, day in reversed(ctx.refs):
        if sent.start_char <= start < m.start() and grain in grains:
            return grain, day
    if not narrative:
        return None
    for start, grain, day in reversed(ctx.refs):
        if (
            previous <= start < m.start()
            and grain in ("day", "month", "year")
            and not _COMPARED_BEFORE.search(ctx.text, max(0, start - 40), start)
        ):
            return ("month" if one and grain == "month" else "year"), day
    return None


def _sentence_at(ctx: Context, m: re.Match) -> tuple[Span, int] | None:
    """The sentence of the match, and where the sentence before it starts (its own start for
    the first); None with no token there or a Doc without sentence boundaries."""
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    try:
        sent = span[0].sent
    except (TypeError, ValueError):
        return None
    return sent, ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char


# The grains a date counted in days, weeks or months ("two days later") may count from.
_COUNTED_FROM = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month")}


def counted_from(ctx: Context, m: re.Match, unit: str) -> dt.date | str | None:
    """What "a day later", "two weeks earlier", "three months later" count from: the date the
    narrative is at, the one last mentioned, in this sentence or the one before, when it is
    as fine as the unit ("The ship sank on 14 March 2005. Two days later ..."); for days, a
    day written without its year, as its value ("XXXX-03-14"); None otherwise ("the strike
    lasted one day, and one day later ..." gives no date)."""
    found = _sentence_at(ctx, m)
    last = max(
        [r for r in ctx.refs if r[0] < m.start()]
        + [r for r in ctx.partial_dates if r[0] < m.start() and unit == "day"],
        default=None,
        key=lambda r: r[0],
    )
    if found is None or last is None or last[0] < found[1]:
        return None
    return last[2] if last[1] in _COUNTED_FROM[unit] else None


def year_of_the_year(ctx: Context, m: re.Match) -> int | None:
    """The year "of the year" means ("grew 3.1% in 2004 after accelerating in the last quarter
    of the year"): that of the date last mentioned in this sentence or the one before, else
    the story's, else (no publication date) that of the date last mentioned."""
    if (year := near_year(ctx, m)) is not None:
        return year
    if ctx.anchor is not None:
        return ctx.anchor.year
    before = [day for start, _grain, day in ctx.refs if start < m.start()]
    return before[-1].year if before else None


def near_year(ctx: Context, m: re.Match) -> int | None:
    """The year of the date last mentioned in this sentence or the one before."""
    found = _sentence_at(ctx, m)
    if found is not None:
        for start, _grain, day in reversed(ctx.refs):
            if found[1] <= start < m.start():
                return day.year
    return None


def reporting_year(ctx: Context, m: re.Match, grain: str, month: int) -> int | None:
    """With no publication date, the year of a month, day or quarter written without one in
    the year of a reporting period ("the last quarter of 2004 ... the three months to 31
    December", "sales in December"): the year of the quarter, half or end of a year last
    mentioned (`_reporting_period`), when the
    date falls in it or earlier in its year ("the third quarter" after "the final three months
    of 2004"). A period reported on is over, so the story is written after it: a date the verb
    puts ahead of it is in its year ("will fall in the fourth quarter" after "the third
    quarter of 2004"); after a period that ends its year, one the verb puts ahead, and January
    or a first quarter it does not put in the past, are the next year's ("the second half of
    2004 ... In January", "will recover in the first quarter"). A year alone ("profits in
    2003") or a month ("since December 2003") does not place the story, nor a period the date
    would come after ("approval in the first quarter of 2005 ... In July") or one forecast
    ("growth will slow in the first half of 2006")."""
    if ctx.anchor is not None:
        return None
    for start, ref_grain, day in reversed(ctx.refs):
        if start < m.start() and _reporting_period(ctx, start, ref_grain):
            if tense_of(ctx, start, start + 1) > 0:
                return None
            last = day.month + MONTHS_PER[ref_grain] - 1
            tense = tense_of(ctx, m.start(), m.end())
            if month > last:
                return day.year if tense > 0 else None
            if last < 12 or not (tense > 0 or _opens_next_year(grain, month, tense)):
                return day.year
            return day.year + 1
    return None


def reported_year(ctx: Context, m: re.Match) -> int | None:
    """With no publication date, the year of "the full year", "the year" told of after a
    reporting period ("profit in the fourth quarter of 2004 ... sales for the full year"): the
    period's year; none for a year ahead ("will slow over the year") or after a forecast."""
    if ctx.anchor is not None or tense_of(ctx, m.start(), m.end()) > 0:
        return None
    for start, grain, day in reversed(ctx.refs):
        if start < m.start() and _reporting_period(ctx, start, grain):
            return None if tense_of(ctx, start, start + 1) > 0 else day.year
    return None


def _reporting_period(ctx: Context, start: int, grain: str) -> bool:
    """A quarter or half, or the end of a year the story tells of ("growth slowed at the end of
    2004"; not "the first fall since late 1998"), as the period a story reports on."""
    return grain in ("quarter", "half") or (start in ctx.year_ends and _narrative(ctx, start))


def _opens_next_year(grain: str, month: int, tense: int) -> bool:
    """January, or a first quarter no verb puts in the past, read just after a year's end."""
    return month == 1 and (grain in ("day", "month") or (grain == "quarter" and tense == 0))


# "since June 2011", "from £2.6bn in 2003", "comparable with 2003", "until 2010": a date the
# story has moved on from, compares with or runs up to does not say when the narrative is.
_NOT_NARRATIVE_BEFORE = re.compile(
    r"\b(?:since|from|compar\w+|against|versus|than|until|till)"
    r"(?:\s+(?:[^\s.;:,]|[.,](?=\d))+){0,3}\s+$",
    re.IGNORECASE,
)
_IN_YEAR_BEFORE = re.compile(r"\b(?:in|during|throughout)\s+$", re.IGNORECASE)


def _narrative(ctx: Context, start: int, *, past: bool = False) -> bool:
    """A date not compared with nor moved on from, and not ahead ("will slow in 2013"); with
    `past`, one a past verb tells of ("were revised", not "is due in the first quarter")."""
    before = ctx.text[max(0, start - 40) : start]
    tense = tense_of(ctx, start, start + 1)
    return not _NOT_NARRATIVE_BEFORE.search(before) and (tense < 0 if past else tense <= 0)


def _past_year(ctx: Context, start: int, m: re.Match) -> bool:
    """A year the narrative is in: "grew 7.1% in 2004", a simple past over both it and the
    expression (not "the 1988 crash", "wins in 2001" under "is", "formed in 1977 ... begin")."""
    return (
        bool(_IN_YEAR_BEFORE.search(ctx.text, max(0, start - 12), start))
        and firm_tense(ctx, start, start + 4) < 0
        and firm_tense(ctx, m.start(), m.end()) < 0
    )


def narrative_date(ctx: Context, m: re.Match) -> tuple[str, dt.date] | None:
    """With no publication date, the date the narrative is at for a month, day, season, quarter
    or half written without its year: the date last mentioned in this sentence or the one
    before when it is a month, day or part of a year the text dates ("The December 2004
    figures ... January's figures"), or a year a simple past in this sentence is in ("Output
    grew 7.1% in 2004, and growth slowed in the fourth quarter"); else a month or day written
    with its year later in this sentence ("between March and October 2004"). None where that
    date is one the story has moved on from, compares with or looks ahead to ("since June
    2011", "from $5m in 2003", "is due in the first quarter of 2012"), or a year of its
    history ("formed in 1977, the band begins a tour on 28 March"): then nothing is guessed."""
    found = _sentence_at(ctx, m)
    if found is None:
        return None
    sent, previous = found
    for start, grain, day in reversed(ctx.refs):
        if start < previous:
            break
        if start < m.start():
            if grain in ("decade", "century") or not _narrative(ctx, start, past=True):
                return None
            if grain == "year":  # the year of this sentence's narrative
                ok = start >= sent.start_char and _past_year(ctx, start, m)
                return (grain, day) if ok else None
            return grain, day
    for start, month in ctx.written_months.items():
        if m.end() <= start < sent.end_char and _narrative(ctx, start):
            return "after", month
    return None


def narrative_year(ctx: Context, m: re.Match, grain: str, month: int, day: int = 1) -> int | None:
    """The year of a month, day, season, quarter or half written without one, in a story with no
    publication date, from `narrative_date`: a year's own; next to a month or a day, the
    occurrence nearest it ("January" after "December 2004" is 2005-01); before one written later,
    the last one up to it ("between March and October 2004")."""
    found = narrative_date(ctx, m)
    if found is None:
        return None
    ref_grain, ref = found
    if ref_grain == "year":
        return ref.year
    if ref_grain == "after":
        return ref.year - (month > ref.month)
    cands = [dt.date(y, month, min(day, 28)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return pick(grain, cands, ref, 0).year


def years_of_months(ctx: Context) -> dict[int, int]:
    """Each month the story writes with one year only, wherever it does, and that year,
    leaving out a mention it has moved on from or compares with ("the first rise since
    December 2003"); none where the story writes a later year, which makes that month its
    history. Read once a story, for the months it writes without a year."""
    latest = max(map(int, YEAR.findall(ctx.text)), default=None)
    years: dict[int, set[int]] = {}
    for start, day in ctx.written_months.items():
        if not _NOT_NARRATIVE_BEFORE.search(ctx.text[max(0, start - 40) : start]):
            years.setdefault(day.month, set()).add(day.year)
    return {month: latest for month, found in years.items() if found == {latest}}


def last_month(ctx: Context, before: int) -> int | None:
    """The month of the day or month last written before `before`, its year known or not."""
    found = [(s, d.month) for s, g, d in ctx.refs if s < before and g in ("day", "month")]
    found += [(s, int(v[5:7])) for s, _g, v in ctx.partial_dates if s < before and v[5].isdigit()]
    return max(found, default=(0, None))[1]


# "sales in January were 3% up on the same month in 2004", "... higher than January 2004": a
# month compared with the same month of a year written is, as year-on-year figures are, the
# month of the next year.
_YEAR_ON_YEAR = re.compile(
    r"\b(?:on|than|from|with|against|over)\s+(?:the\s+same\s+(?:month|period)\s+(?:in|of)\s+"
    r"|(?P<m>[A-Z][a-z]{2,8})\.?\s+)(?P<y>(?:19|20)\d\d)\b"
)
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]{2,8}\b")


def year_on_year(ctx: Context, m: re.Match, month: int) -> int | None:
    """With no publication date, the year of a month written without one that the same sentence
    compares with the same month of a year written: the year after it. None where another month
    comes between ("January rose, and February was up on the same month in 2004")."""
    found = _sentence_at(ctx, m)
    if found is None:
        return None
    months = ctx.lex["months"]
    for c in _YEAR_ON_YEAR.finditer(ctx.text, m.end(), found[0].end_char):
        named = c.group("m") and months.get(c.group("m").lower())
        if c.group("m") and named != month:
            continue
        between = _CAPITALIZED.findall(ctx.text, m.end(), c.start())
        if any(months.get(w.lower()) for w in between):
            return None
        return int(c.group("y")) + 1
    return None
