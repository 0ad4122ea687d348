"""A TIMEX3 value for each matched expression: one resolver per pattern rule, each returning
(grain, day or None, value, mod), or None when the match turns out to be no date."""

from __future__ import annotations

import datetime as dt
import re

from .anchoring import (
    ANAPHORIC,
    DAY_EVENT_AFTER,
    Context,
    firm_tense,
    last_month,
    narrative_year,
    near_year,
    open_deadline,
    pick,
    reference,
    reported,
    reported_year,
    reporting_year,
    tense_of,
    weekday_lean,
    year_of_the_year,
    year_on_year,
)
from .calendar_math import MONTHS_PER, holiday_day, real_date, shifted
from .counted import event_day, r_counted, r_dayrel, r_nthday, r_yearago
from .values import modifier, out
from .written import explicit_day, month_number, spoken_year, year_of


def _r_iso(m: re.Match, ctx: Context):
    day = explicit_day("iso", m.groupdict(), ctx.lex, day_first=ctx.day_first)
    return out("day", day, None) if day else None


def _r_numeric(m: re.Match, ctx: Context):
    g = dict(m.groupdict(), y=str(year_of(m.group("y"), ctx.anchor)))
    day = explicit_day("numeric", g, ctx.lex, day_first=ctx.day_first)
    return out("day", day, None) if day else None


def _r_calendar(m: re.Match, ctx: Context):
    g = m.groupdict()
    month = month_number(g["m"], ctx.lex)
    mod = modifier(ctx, g.get("mod"))
    day = int(re.match(r"\d+", g["d"]).group()) if g.get("d") else None
    grain = "day" if day else "month"
    a = ctx.anchor
    rely = g.get("rely") or _of_year_after(m, ctx)  # "last June", "June of next year"
    deictic = g.get("rel") or rely
    if day and not (g.get("y") or g.get("ys")) and (named := _named_day(ctx, m, month, day)):
        return out("day", named, mod)
    if g.get("y") or g.get("ys"):
        year = int(g["y"]) if g.get("y") else spoken_year(g["ys"], ctx.lex)
    elif not deictic and (written := _IN_YEAR.match(ctx.text, m.end())):
        year = int(written.group(1))  # "last held in February in 1974"
    elif a is None and not deictic and (told := _year_told(ctx, m, grain, month, day or 1)):
        year = told
    elif a is None:
        return out(grain, None, mod, f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
    elif rely:
        year = a.year + {"last": -1, "next": 1}.get(rely.lower(), 0)
    else:
        cands = [
            c for y in (a.year - 1, a.year, a.year + 1) if (c := real_date(y, month, day or 1))
        ]
        if g.get("wd") and day:
            weekday = ctx.lex["weekdays"][g["wd"].lower().rstrip(".")]
            cands = [c for c in cands if c.isoweekday() == weekday] or cands
        if not cands:
            return None
        rel = (g.get("rel") or "").lower()
        tense = tense_of(ctx, m.start(), m.end())
        # a month next to the story's is the nearer one, unless the verb is firm about it
        near = 60 if day else 0 if firm_tense(ctx, m.start(), m.end()) else 1
        return out(grain, pick(grain, cands, a, tense, rel, near=near), mod)
    found = real_date(year, month, day or 1)
    return out(grain, found, mod) if found else None


_NOUNS_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+([\w-]+)")


def _named_day(ctx: Context, m: re.Match, month: int, day: int) -> dt.date | None:
    """ "the September 11 attacks", "the 11 September terror attacks": a day known by its date
    (the lexicon's `named_days`) when one of its event's nouns follows within three words."""
    after = _NOUNS_AFTER.match(ctx.text, m.end())
    words = after.group().lower().split() if after else []
    for spec in ctx.lex["named_days"].values():
        if spec["day"] == f"{month:02d}-{day:02d}" and set(words) & set(spec["nouns"]):
            return dt.date.fromisoformat(spec["date"])
    return None


def _r_named(m: re.Match, ctx: Context):
    """ "9/11": a day known the world over by its date."""
    date = ctx.lex["named_days"][m.group("named").lower()]["date"]
    return out("day", dt.date.fromisoformat(date), None)


def _year_told(ctx: Context, m: re.Match, grain: str, month: int, day: int = 1) -> int | None:
    """With no publication date, the year the text gives a date written without one: the year
    after that of the same month it is compared with (which then holds for the story's other
    mentions of that month), else the reporting period's, else the narrative's, else the one
    year the story writes that month with ("a February poll" in a story of "an election in
    February 2005")."""
    if grain in ("day", "month") and (compared := year_on_year(ctx, m, month)):
        ctx.month_years.setdefault(month, compared)
        return compared
    return (
        reporting_year(ctx, m, grain, month)
        or narrative_year(ctx, m, grain, month, day)
        or ctx.month_years.get(month)
    )


_OF_YEAR = re.compile(r"\s+of\s+(this|last|next)\s+year\b", re.IGNORECASE)
# "February in 1974": a month and the year right after it, each its own item as TimeML has them
_IN_YEAR = re.compile(r",?\s+in\s+((?:1[6-9]|20)\d\d)\b(?!\s*[-–/]\s*\d|[.,]\d|%)")


# "the same month in 2004": the month last written, in the year written after it
_SAME_IN_YEAR = re.compile(r"\s+(?:in|of)\s+((?:1[6-9]|20)\d\d)\b(?!\s*[-–/]\s*\d|[.,]\d|%)")


def _of_year_after(m: re.Match, ctx: Context) -> str | None:
    """ "October of next year": the month takes the year the next words name (each stays its
    own item, as TimeML annotates them)."""
    found = _OF_YEAR.match(ctx.text, m.end())
    return found.group(1) if found else None


def _r_weekday(m: re.Match, ctx: Context):
    g = m.groupdict()
    weekday = ctx.lex["weekdays"][g["wd"].lower()]
    mod = modifier(ctx, g.get("mod"))
    if g.get("dn") and (written := _day_of_the_month(ctx, m, weekday, int(g["dn"]))):
        return written[0], written[1], written[2], mod
    if ctx.anchor is None:
        return out("day", None, mod, f"XXXX-WXX-{weekday}")
    a = ctx.anchor
    cands = [a + dt.timedelta(days=k) for k in range(-7, 8)]
    cands = [c for c in cands if c.isoweekday() == weekday]
    rel = " ".join((g.get("rel") or "").lower().split())
    if rel in ANAPHORIC:  # "the previous Friday": the one before the day last mentioned
        ref = reference(ctx, m.start(), "day")
        base = ref[1] if ref and ref[0] == "day" else a
        step = ANAPHORIC[rel] or 1
        day = base + dt.timedelta(days=step)
        while day.isoweekday() != weekday:
            day += dt.timedelta(days=step)
        return out("day", day, mod)
    tense = tense_of(ctx, m.start(), m.end())
    if tense > 0 and not rel:  # "will meet on Friday", said on a Friday, is a week on
        rel = "next"
    elif tense == 0:
        tense = weekday_lean(ctx, m.start(), m.end())
    elif not rel and open_deadline(ctx, m.start(), m.end()):
        tense = 1
    return out("day", pick("day", cands, a, tense, rel), mod)


def _day_of_the_month(ctx: Context, m: re.Match, weekday: int, number: int):
    """ "Monday 6 December ... Thursday 9": a weekday with a day of the month is that day of
    the month of the day last written (as far as its year is known), the same day or later;
    a known day must fall on that weekday. With no day written before, the one of that
    weekday nearest the story's day. None otherwise (it stays a weekday)."""
    days = [(s, d) for s, grain, d in ctx.refs if s < m.start() and grain == "day"]
    days += [(s, v) for s, grain, v in ctx.partial_dates if s < m.start() and grain == "day"]
    last = max(days, default=(0, ctx.anchor), key=lambda r: r[0])[1]
    if isinstance(last, str):  # "XXXX-12-06", not "XXXX-WXX-1"
        known = last[5].isdigit() and number >= int(last[8:])
        return ("day", None, f"{last[:8]}{number:02d}") if known else None
    if last is None:
        return None
    if days:
        cands = [real_date(last.year, last.month, number)]
        cands = [c for c in cands if c and c >= last]
    else:
        months = [shifted("month", last.replace(day=1), k) for k in (-1, 0, 1)]
        cands = [c for d in months if (c := real_date(d.year, d.month, number))]
    cands = [c for c in cands if c.isoweekday() == weekday]
    return out("day", min(cands, key=lambda c: abs((c - last).days)), None) if cands else None


def _r_year(m: re.Match, ctx: Context):
    g = m.groupdict()
    if g.get("ye"):  # "1957-58", "the 2004-05 season": the range's end, after its start
        first = int(ctx.text[m.start() - 5 : m.start() - 1])
        year = first // 100 * 100 + int(g["ye"])
        year += 100 if year <= first else 0
    elif g.get("ys"):
        year = spoken_year(g["ys"], ctx.lex)
    else:
        year = year_of(g.get("y") or g["yy"], ctx.anchor)
    return out("year", dt.date(year, 1, 1), modifier(ctx, g.get("mod")))


def _r_decade(m: re.Match, ctx: Context):
    g = m.groupdict()
    mod = modifier(ctx, g.get("mod"))
    if g.get("dc"):
        year = int(g["dc"])
        if year % 100 == 0 and year < 2000:  # "the 1600s", "the early 1900s": a century
            return out("century", dt.date(year, 1, 1), mod)
        return out("decade", dt.date(year, 1, 1), mod)
    tens = int(g["dd"]) // 10 if g.get("dd") else ctx.lex["decade_words"][g["dw"].lower()]
    year = 2000 + tens * 10
    if ctx.anchor is None or year > ctx.anchor.year:
        year -= 100
    return out("decade", dt.date(year, 1, 1), mod)


def _r_century(m: re.Match, ctx: Context):
    g = m.groupdict()
    number = int(g["cn"]) if g.get("cn") else ctx.lex["century_words"][g["cw"].lower()]
    if not 1 <= number <= 30:
        return None
    return out("century", dt.date((number - 1) * 100 or 1, 1, 1), modifier(ctx, g.get("mod")))


def _r_quarter(m: re.Match, ctx: Context):
    g = m.groupdict()
    if g.get("qn"):
        q = int(g["qn"][1])
    else:  # "the last quarter of the year" is its fourth
        q = {"last": 4}.get(g["q"].lower()) or ctx.lex["quarter_ordinals"][g["q"].lower()]
    mod = modifier(ctx, g.get("mod"))
    return _part_of_year(m, ctx, "quarter", q, mod)


def _deictic_part(g: dict) -> bool:
    """ "last year's third quarter", "next quarter's": counted from a publication date."""
    det = (g.get("det") or "").lower()
    return bool(g.get("rely") or g.get("relyp") or det in ("this", "last", "next"))


def _r_partmonths(m: re.Match, ctx: Context):
    """ "the final three months of 2004", "the first six months of the year", "the first two
    quarters of 1990": a quarter or a half of that year."""
    grain = "quarter" if m.group("len").lower() == "three" else "half"
    n = 1 if m.group("pm").lower() == "first" else {"quarter": 4, "half": 2}[grain]
    return _part_of_year(m, ctx, grain, n, None)


def _r_half(m: re.Match, ctx: Context):
    g = m.groupdict()
    h = 1 if g["h"].lower() in ("first", "1st") else 2
    return _part_of_year(m, ctx, "half", h, modifier(ctx, g.get("mod")))


# In the future tense, the quarter just ended is still the one meant ("third-quarter profit
# will fall", said in October, is of the quarter ended in September): months from the
# anchor's quarter within which the nearest wins over the next one.
_NEAR_PART = {"quarter": 3, "half": 0}


def _part_of_year(m: re.Match, ctx: Context, grain: str, n: int, mod: str | None):
    """A quarter or half of the year written, else the one around the anchor that the tense
    points to: reports in November speak of the third quarter just ended, in March of the
    fourth quarter of the year before."""
    g = m.groupdict()
    first_month = (n - 1) * MONTHS_PER[grain] + 1
    a = ctx.anchor
    told = year_of_the_year(ctx, m) if g.get("ofthe") else None
    if a is None and not told and not _deictic_part(g):
        told = _year_told(ctx, m, grain, first_month)
    if g.get("y") or told:
        year = int(g["y"]) if g.get("y") else told
    elif a is None:
        return out(grain, None, mod, f"XXXX-{grain[0].upper()}{n}")
    elif g.get("rely") or g.get("relyp"):
        year = a.year + {"last": -1, "next": 1}.get((g.get("rely") or g["relyp"]).lower(), 0)
    else:
        cands = [dt.date(y, first_month, 1) for y in (a.year - 1, a.year, a.year + 1)]
        tense = tense_of(ctx, m.start(), m.end())
        near = _NEAR_PART[grain] if tense > 0 else 0
        return out(grain, pick(grain, cands, a, tense, near=near), mod)
    return out(grain, dt.date(year, first_month, 1), mod)


_DEICTIC = {"this": 0, "the current": 0, "the": 0, "last": -1, "the last": -1, "next": 1}
_DEICTIC |= {"the coming": 1, "the latest": -1, "the most recent": -1}


def _r_relative(m: re.Match, ctx: Context):
    g = m.groupdict()
    rel = " ".join((g["rel"] or "the").lower().split())
    unit = g["unit"].lower()
    mod = modifier(ctx, g.get("mod"))
    event = g["rel"] and DAY_EVENT_AFTER.match(ctx.text, m.end())
    if unit == "day" and rel == "the" and not mod and event:
        return event_day(m, ctx)
    if rel == "the next" and unit != "day" and tense_of(ctx, m.start(), m.end()) > 0:
        rel = "next"  # "will be making waves in the next year": the one to come, not after a date
    same = _SAME_IN_YEAR.match(ctx.text, m.end()) if unit == "month" else None
    if same and rel in ("the same", "that same") and (month := last_month(ctx, m.start())):
        return out("month", dt.date(int(same.group(1)), month, 1), mod)  # "the same month in 2004"
    if rel in ANAPHORIC or unit == "day":
        ref = reference(ctx, m.start(), unit)
        base = ref[1] if ref else ctx.anchor
        if unit == "day" and ANAPHORIC.get(rel) == 0 and (same := _same_day(ctx, m)):
            return "day", None, same, mod
        last = next((r for r in reversed(ctx.refs) if r[0] < m.start()), None)
        if unit == "day" and rel in ANAPHORIC and last and last[1] == "month":
            # "killed last October ... crossed out that same day": a day of that month
            return "day", None, f"{last[2]:%Y-%m}-XX", mod
        return out(unit, shifted(unit, base, ANAPHORIC.get(rel, 0)) if base else None, mod)
    a = ctx.anchor
    if a is None and unit == "year" and rel == "the" and _part_of_the_year(ctx, m):
        return out("year", dt.date(year, 1, 1) if (year := near_year(ctx, m)) else None, mod)
    if (
        a is None
        and unit == "year"
        and rel == "the"
        and not _COUNTED_AFTER.match(ctx.text, m.end())
    ):
        year = reported_year(ctx, m)  # "sales for the full year" after "the fourth quarter of 2004"
        return out("year", dt.date(year, 1, 1) if year else None, mod)
    if a is None:
        return out(unit, None, mod)
    if unit == "weekend":
        saturday = a + dt.timedelta(days=6 - a.isoweekday())
        tense = tense_of(ctx, m.start(), m.end())
        if rel in ("last", "the last") or (rel == "the" and tense < 0 and a.isoweekday() < 6):
            saturday -= dt.timedelta(days=7)
        elif rel == "next":
            saturday += dt.timedelta(days=7)
        return out("weekend", saturday, mod)
    shift = _DEICTIC[rel]
    if rel == "the" and mod == "END" and tense_of(ctx, m.start(), m.end()) < 0:
        shift = -1  # "flu cases peaked by the end of the year": an end that has passed
    return out(unit, shifted(unit, a, shift), mod)


# "the year ahead", "the year before", "the year to March": a year counted from another time
_COUNTED_AFTER = re.compile(r"\s+(?:ahead|before|after|earlier|later|ago|to|ending|ended)\b", re.I)
# "the first month of the year", "the rest of the year"
_PART_OF_BEFORE = re.compile(
    r"\b(?:months?|quarters?|half|part|weeks|days|start|end|beginning|rest)\s+of\s+\Z", re.I
)


def _part_of_the_year(ctx: Context, m: re.Match) -> bool:
    """ "later in the year", "the end of the year", "the first month of the year": a time
    within a year the narrative is in (not "album of the year", "the year ahead")."""
    before = _PART_OF_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    return bool(m.group("mod") or before)


def _same_day(ctx: Context, m: re.Match) -> str | None:
    """ "the 12km race on 20 March ... the junior race on the same day", no year known: the
    day last written, as far as it is known, when no known day came after it."""
    known = max((at for at, grain, _ in ctx.refs if at < m.start() and grain == "day"), default=-1)
    for start, grain, value in reversed(ctx.partial_dates):
        if start < m.start() and grain == "day":
            return value if start > known else None
    return None


def _r_yearend(m: re.Match, ctx: Context):
    rel = (m.group("rel") or "").lower()
    if ctx.anchor is None:
        return out("year", None, "END")
    shift = {"last": -1, "next": 1}.get(rel, 0)
    return out("year", shifted("year", ctx.anchor, shift), "END")


_THAN_BEFORE = re.compile(r"\bthan\b(?![\s$£€]*\d)[^.,;:!?\"“”]{0,40}$", re.IGNORECASE)


_ERAS = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF"}


def _generic_today(m: re.Match, ctx: Context) -> bool:
    """ "today's teenagers", "the world today", "the children of today", "faster than can be
    done today": today as nowadays (and "tomorrow's digital home", "the leaders of tomorrow":
    the future). The noun it goes with is in the lexicon's `generic_today`
    (an era's people, a society, a measure, its technology); "N today", "N of today" and "than
    ... today" only where the verb is not past ("the industry today announced" is the day);
    "today" in a present relative clause of people in general (`_generic_clause`)."""
    span = ctx.doc.char_span(m.start("deix"), m.end("deix"), alignment_mode="expand")
    if span is None:
        return False
    tok, nouns = span[0], ctx.lex["generic_today"]
    if tok.dep_ == "poss" or ctx.text.startswith(("'s", "’s"), m.end()):
        head = tok.head if tok.head is not tok else None
        return head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in nouns
    if _generic_participle(tok.head, nouns):
        return True
    if tense_of(ctx, m.start(), m.end()) < 0:
        return False
    prev = ctx.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ == "of":  # "the networks of today"
        prev = prev.head
    if prev is not None and prev.pos_ == "NOUN" and prev.lemma_.lower() in nouns:
        return True
    return _generic_clause(tok.head, nouns) or bool(
        _THAN_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
    )


def _generic_clause(verb, nouns) -> bool:
    """ "the challenges young people face today", "the tools students use today": a relative
    clause in the simple present whose subject is a bare plural of the era nouns speaks of
    people in general, nowadays; a main clause ("Voters go to the polls today") is the day."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ"):
        return False
    return any(_bare_plural(c, nouns) for c in verb.children if c.dep_ == "nsubj")


def _bare_plural(noun, nouns) -> bool:
    """A plural of the era nouns with no determiner: people in general ("teenagers", "babies")."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in nouns
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _generic_participle(verb, nouns) -> bool:
    """ "Babies born today can expect to live to 100": a participle after a bare plural of the
    era nouns, whose own verb is not past ("babies born today were healthy" is the day)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not _bare_plural(verb.head, nouns):
        return False
    main = verb.head.head
    return main.tag_ != "VBD" and not any(c.tag_ == "VBD" for c in main.children)


def _r_deictic(m: re.Match, ctx: Context):
    word = m.group("deix").lower()
    if word in _ERAS and not m.group("mod") and _generic_today(m, ctx):
        return "ref", None, _ERAS[word], None  # "tomorrow's digital home": the future
    shift = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(word, 0)  # "last night"
    mod = modifier(ctx, m.group("mod"))
    if ctx.anchor is None:
        return out("day", None, mod)
    return out("day", ctx.anchor + dt.timedelta(days=shift), mod)


# "the quarter ended Sept. 30", "the quarter, which ended June 30, 1989": its end date.
_ENDED_ON = re.compile(
    r",?\s+(?:that\s+|which\s+)?(?P<v>ended|ending|ends|closed)\s+(?:on\s+)?"
    r"(?P<m>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})\b(?!:)(?:,?\s+(?P<y>\d{4})\b)?"
)


def _quarter_ended(m: re.Match, ctx: Context) -> dt.date | None:
    """The calendar quarter a quarter named by its end date covers: the one holding the
    middle of the three months to that day (a 13-week quarter ended Oct. 1 is the third).
    The year is the one written, else that of the last such day by the story's ("ended"),
    or the nearest one."""
    e = _ENDED_ON.match(ctx.text, m.end())
    month = ctx.lex["months"].get(e.group("m").lower()) if e else None
    if not month:
        return None
    day, a = int(e.group("d")), ctx.anchor
    years = [int(e.group("y"))] if e.group("y") else [a.year - 1, a.year, a.year + 1] if a else []
    cands = [d for y in years if (d := real_date(y, month, day))]
    if not cands:
        return None
    past = -1 if e.group("v").lower() in ("ended", "closed") else 0
    end = cands[0] if len(cands) == 1 else pick("day", cands, a, past)
    middle = end - dt.timedelta(days=45)
    return dt.date(middle.year, (middle.month - 1) // 3 * 3 + 1, 1)


def _r_latest(m: re.Match, ctx: Context):
    """ "The quarter" and "the latest period" in earnings copy: the quarter being reported,
    unless its end date says which ("for the quarter ended Sept. 30")."""
    if m.group("qp").lower() == "quarter" and (quarter := _quarter_ended(m, ctx)):
        return out("quarter", quarter, None)
    lat = " ".join((m.group("lat") or "").lower().split())
    back = -1 if lat in ("previous", "prior") else 0
    for start, grain, day in reversed(ctx.refs):
        if start < m.start() and grain in ("quarter", "half") and reported(ctx, grain, day):
            return out(grain, shifted(grain, day, back), None)
    if ctx.anchor is None:
        return out("quarter", None, None)
    return out("quarter", shifted("quarter", ctx.anchor, back - 1), None)


def _r_yearperiod(m: re.Match, ctx: Context):
    """ "The 1988 quarter" in earnings copy: the quarter under report, in the year written."""
    year = int(m.group("y"))
    for start, grain, day in reversed(ctx.refs):
        if start < m.start() and grain in ("quarter", "half"):
            return out(grain, day.replace(year=year), None)
    return out("year", dt.date(year, 1, 1), None)


def _r_ref(m: re.Match, ctx: Context):
    g = m.groupdict()
    if g.get("ref"):
        value = ctx.lex["refs"][" ".join(g["ref"].lower().split())]
    else:
        # "the last few years", "these last several months": the past few
        value = ctx.lex["vague_periods"][(g["vp"] or "past").lower()]
    return "ref", None, value, None


def _r_holiday(m: re.Match, ctx: Context):
    spec = ctx.lex["holidays"][" ".join(m.group("hol").lower().split())]
    a = ctx.anchor
    if m.group("y"):
        years = [int(m.group("y"))]
    elif a is None and "month" in spec and (told := _holiday_year(ctx, m, spec)):
        years = [told]
    elif a is None:
        if "day" in spec:
            return out("day", None, None, f"XXXX-{spec['month']:02d}-{spec['day']:02d}")
        return out("day", None, None)
    else:
        years = [a.year - 1, a.year, a.year + 1]
    cands = [c for y in years if (c := holiday_day(spec, y))]
    if not cands:
        return None
    if len(cands) == 1:
        return out("day", cands[0], None)
    return out("day", pick("day", cands, a, tense_of(ctx, m.start(), m.end()), near=60), None)


def _holiday_year(ctx: Context, m: re.Match, spec: dict) -> int | None:
    return _year_told(ctx, m, "day", spec["month"], spec.get("day", 1))


def _r_season(m: re.Match, ctx: Context):
    g = m.groupdict()
    code = ctx.lex["seasons"][g["season"].lower()]
    month = ctx.lex["season_start_month"][code]
    mod = modifier(ctx, g.get("mod"))
    if g.get("y"):
        return out("season", dt.date(int(g["y"]), month, 1), mod)
    a = ctx.anchor
    rel = (g.get("rel") or "").lower()
    if a is None and not rel and (told := narrative_year(ctx, m, "season", month)):
        return out("season", dt.date(told, month, 1), mod)
    if a is None:
        return out("season", None, mod, f"XXXX-{code}")
    cands = [dt.date(y, month, 1) for y in (a.year - 1, a.year, a.year + 1)]
    return out("season", pick("season", cands, a, tense_of(ctx, m.start(), m.end()), rel), mod)


def _r_weekofmonth(m: re.Match, ctx: Context):
    g = m.groupdict()
    month = month_number(g["m"], ctx.lex)
    year = int(g["y"]) if g.get("y") else (ctx.anchor.year if ctx.anchor else None)
    if year is None:
        return out("week", None, None)
    first = dt.date(year, month, 1)
    which = g["wo"].lower()
    if which in ("last", "final"):
        day = shifted("month", first, 1) - dt.timedelta(days=4)
    else:
        day = first + dt.timedelta(
            days=3 + 7 * (["first", "second", "third", "fourth"].index(which))
        )
    return out("week", day, None)


RESOLVERS = {
    "iso": _r_iso,
    "numeric": _r_numeric,
    "calendar": _r_calendar,
    "dayrange": _r_calendar,  # resolved at its end; find.py splits off the first day
    "weekday": _r_weekday,
    "year": _r_year,
    "decade": _r_decade,
    "century": _r_century,
    "quarter": _r_quarter,
    "half": _r_half,
    "partmonths": _r_partmonths,
    "relative": _r_relative,
    "yearend": _r_yearend,
    "dayrel": r_dayrel,
    "nthday": r_nthday,
    "counted": r_counted,
    "yearago": r_yearago,
    "deictic": _r_deictic,
    "latest": _r_latest,
    "ref": _r_ref,
    "holiday": _r_holiday,
    "named": _r_named,
    "season": _r_season,
    "weekofmonth": _r_weekofmonth,
    "yearperiod": _r_yearperiod,
}
