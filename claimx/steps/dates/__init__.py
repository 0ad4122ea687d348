"""Date expressions in a news story, as TimeML TIMEX3 values anchored on its publication date.

Recognition is a cascade of regular expressions compiled once from `models/dates/`
(`lexicon.json` holds the words, `patterns.jsonl` the pattern templates that name them), run
around cue words, longest match first. spaCy is consulted only per match: the tense of the
governing verb picks which Friday or December a story means ("said Friday" is the last one,
"will meet Friday" the next), and names veto bare month names ("Theresa May").
dateparser is not used: it turns "December" into a day and misses "mid-September", and every
common explicit form is a short pattern here.

Each item: `text`, `start`, `end` (offsets into `doc.text`), `value` (TIMEX3 value of type
DATE at the grain the text states), `grain`, `mod` (TIMEX3 mod: START, MID, END, APPROX,
LESS_THAN, MORE_THAN or None), `anchored` (False when unknown parts stay X because the
story has no anchor) and `range`: {"role": "start"|"end", "other": index of the other end}
for "from March to May" / "between 2019 and 2021" / "2009-2010"; `other` is None for an
open range ("since mid-September" is a start, "until 2030" an end); None when no range.

Spans follow TimeML: determiners and modifiers that are part of the expression are inside
("the third quarter", "last week", "early December", "a year ago"), prepositions are not.
Anaphoric expressions ("the following day", "that year", "a year earlier") count from the
date last mentioned, the way a reader does; earnings comparisons ("a year earlier" beside a
quarter) shift that quarter.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ...resources import models_path
from ..doctext import doc_text

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.tokens import Doc

_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
_FULL_MONTHS += ("september", "october", "november", "december")
_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_STATIC_MACROS = {
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
    "YEAR": r"(?:1\d{3}|20\d\d)",
}
_MACRO = re.compile(r"\{([A-Z]+)\}")
_GRAIN_RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "season": 3, "quarter": 3}
_GRAIN_RANK |= {"half": 4, "year": 5, "decade": 6, "century": 7}
_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120}
_MONTHS_PER["century"] = 1200
_SEASON_OF_MONTH = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
# Words before a bare season or an old year that make it a time ("in spring", "in 1848").
_TIME_PREPOSITION = re.compile(
    r"(?:\b(?:in|during|since|until|till|by|through|over|from|to|between|and|of|the|this|"
    r"late|early|circa|before|after|around|year)\s+|mid-)$",
    re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(
    r"\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|[ECMP][SD]T)\s+(?:on\s+)?$"
    r"|\d[:.]\d\d\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_DAY_VERB_BEFORE = re.compile(
    r"\b(?:for|end|ends|ended|ending|finish|finished|close|closed|start|started|began|begin)\s+$",
    re.IGNORECASE,
)
_EVERY_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:for|of|during|throughout)\s+$", re.IGNORECASE)
_DAY_EVENT_AFTER = re.compile(r"\s+(?:before|after)\s+(?:the|a|an|his|her|their|its)\b", re.I)
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(from|between|since|until|till|through)\s+$", re.IGNORECASE)
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}
# Values counted from another date: not themselves what "the following day" refers to.
_NOT_REFERENCES = {"counted", "yearago", "latest"}


@dataclass(frozen=True)
class DateRules:
    """The compiled patterns, the cues that gate them and the word tables they are read with.

    A case-insensitive pattern that opens with optional words is slow to scan a whole story
    for, so each pattern runs only in windows around its cues: words found with `str.find` in
    the lower-cased text, or short digit patterns."""

    lexicon: dict
    cue_words: dict[str, tuple[str, ...]]
    cue_patterns: dict[str, re.Pattern]
    patterns: tuple[tuple[str, tuple[str, ...], re.Pattern], ...]


@lru_cache(maxsize=1)
def load_date_rules(folder: Path | None = None) -> DateRules:
    folder = folder or models_path("dates")
    lex = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
    macros = dict(_STATIC_MACROS)
    macros["MONTH"] = _alternation(lex["months"], dotted=set(lex["months"]) - set(_FULL_MONTHS))
    macros["MONTHFULL"] = _alternation(_FULL_MONTHS)
    macros["WEEKDAY"] = _alternation(_FULL_WEEKDAYS)
    macros["WDAY"] = _alternation(
        lex["weekdays"], dotted=set(lex["weekdays"]) - set(_FULL_WEEKDAYS)
    )
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    macros["NUM"] = rf"(?:(?:{tens})-(?:{ones})|{_alternation(lex['numbers'])})"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    macros["SPOKENYEAR"] = (  # "nineteen ninety-six", "nineteen oh five", "two thousand and one"
        rf"(?:nineteen|twenty)[\s-]+(?:(?:{tens})(?:[\s-](?:{ones}))?|{teens}|oh[\s-](?:{ones}))"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{teens}|{ones}))?"
    )
    for name, key in (
        ("VAGUE", "vague_counts"),
        ("APPROX", "approximators"),
        ("REF", "refs"),
        ("HOLIDAY", "holidays"),
        ("SEASON", "seasons"),
        ("QORD", "quarter_ordinals"),
        ("DECADEWORD", "decade_words"),
        ("CENTURYWORD", "century_words"),
        ("PART", "parts_of_day"),
        ("VAGUEPERIOD", "vague_periods"),
        ("MODWORDS", "modifiers"),
    ):
        macros[name] = _alternation(lex[key])
    patterns = []
    for line in (folder / "patterns.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            spec = json.loads(line)
            regex = _MACRO.sub(lambda m: macros[m.group(1)], spec["regex"])
            patterns.append((spec["rule"], tuple(spec["cues"]), re.compile(regex, re.IGNORECASE)))
    cue_words, cue_patterns = {}, {}
    for name, spec in lex["cues"].items():
        if "regex" in spec:
            cue_patterns[name] = re.compile(spec["regex"])
        else:
            cue_words[name] = tuple(lex[spec["from"]] if "from" in spec else spec["words"])
    return DateRules(lex, cue_words, cue_patterns, tuple(patterns))


def _alternation(words, *, dotted: set[str] = frozenset()) -> str:
    """Longest first, so "sept" wins over "sep"; spaces match any run of whitespace;
    abbreviations in `dotted` may take a full stop."""
    alts = sorted(set(words), key=len, reverse=True)
    return (
        "(?:"
        + "|".join(
            re.escape(w).replace(r"\ ", r"\s+") + (r"\.?" if w in dotted else "") for w in alts
        )
        + ")"
    )


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
                day = _explicit_day(rule, g, rules.lexicon, day_first=None)
                if day:
                    found.append((m.start(), day))
                    break
    return min(found)[1].isoformat() if found else None


def _explicit_day(rule: str, g: dict, lex: dict, *, day_first: bool | None) -> dt.date | None:
    """A day from a match that carries its year; None if it is not a real calendar day."""
    year = _year_of(g["y"], None)
    if rule == "numeric":
        a, b = int(g["a"]), int(g["b"])
        first = g["sep"] == "." or a > 12 or (b <= 12 and bool(day_first))
        day, month = (a, b) if first else (b, a)
    elif rule == "iso":
        day, month = int(g["d"]), int(g["mn"])
    else:
        if not g["m"][0].isupper():
            return None
        day, month = int(re.match(r"\d+", g["d"]).group()), _month(g["m"], lex)
    return _date(year, month, day)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_of(text: str, anchor: dt.date | None) -> int:
    """Four digits as written; two ("'82", "7/8/07") in the century that keeps them near."""
    year = int(text)
    if len(text) > 2:
        return year
    pivot = (anchor.year % 100 if anchor else 30) + 10
    return (2000 if year <= pivot else 1900) + year


def _spoken_year(words: str, lex: dict) -> int:
    """ "nineteen ninety-six" is 19 hundred and 96; "two thousand and one" is 2000 and 1."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w not in ("oh", "and")]
    if parts[1] == "thousand":
        return 2000 + sum(lex["numbers"][w] for w in parts[2:])
    return 100 * lex["numbers"][parts[0]] + sum(lex["numbers"][w] for w in parts[1:])


def _month(word: str, lex: dict) -> int:
    return lex["months"][word.lower().rstrip(".")]


@dataclass
class _Ctx:
    doc: Doc
    text: str
    lex: dict
    anchor: dt.date | None
    day_first: bool | None
    refs: list = field(default_factory=list)  # (start, grain, date) of calendar items so far


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
    text = doc_text(doc)
    if not text:
        return []
    ctx = _Ctx(doc, text, rules.lexicon, _parse_anchor(anchor), day_first)
    items: list[dict] = []
    for start, end, rule, m in _select(_candidates(text, rules, ctx), len(text)):
        try:
            resolved = _RESOLVERS[rule](m, ctx)
        except (ValueError, OverflowError):  # arithmetic past year 1 or 9999
            continue
        if resolved is None:
            continue
        grain, day, value, mod = resolved
        if day is not None and rule not in _NOT_REFERENCES:
            ctx.refs.append((start, grain, day))
        items.append(
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "value": value,
                "grain": {"weekend": "week"}.get(grain, grain),
                "mod": mod,
                "anchored": "X" not in value,
                "range": None,
            }
        )
    _link_ranges(items, text)
    return items


def _parse_anchor(anchor: str | None) -> dt.date | None:
    if not anchor:
        return None
    try:
        return dt.date.fromisoformat(str(anchor)[:10])
    except ValueError:
        return None


def _candidates(text: str, rules: DateRules, ctx: _Ctx):
    hits = _cue_hits(text, rules)
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for order, (rule, cues, pattern) in enumerate(rules.patterns):
        if cues not in windows:
            windows[cues] = _windows(text, sorted(h for c in cues for h in hits.get(c, ())))
        for lo, hi in windows[cues]:
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start() and _plausible(rule, m, ctx):
                    yield m.start(), m.end(), order, rule, m


def _cue_hits(text: str, rules: DateRules) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[tuple[int, int]]] = {}
    for name, pattern in rules.cue_patterns.items():
        hits[name] = [m.span() for m in pattern.finditer(text)]
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for name, words in rules.cue_words.items():
        found = hits[name] = []
        for word in words:
            at = lowered.find(word)
            while at >= 0:
                end = at + len(word)
                if lowered[end : end + 1] == "s":  # "days", "1990s"
                    end += 1
                # whole words only: "mar" is no cue in "market"
                if not (lowered[at - 1 : at].isalpha() or lowered[end : end + 1].isalpha()):
                    found.append((at, end))
                at = lowered.find(word, end)
    return hits


def _windows(text: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged stretches of text around the cue hits, wide enough for the longest expression
    around its cue word, widened to whitespace so no word is cut."""
    merged: list[list[int]] = []
    for start, end in hits:
        lo, hi = max(0, start - 48), end + 32
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    out = []
    for lo, hi in merged:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        out.append((lo, min(hi, len(text))))
    return out


def _select(cands, size: int):
    """Longest match wins; among equals, the earlier pattern."""
    chosen, taken = [], bytearray(size)
    for start, end, _order, rule, m in sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2])):
        if 1 not in taken[start:end]:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, rule, m))
    return sorted(chosen, key=lambda c: c[0])


def _plausible(rule: str, m: re.Match, ctx: _Ctx) -> bool:
    """Vetoes that need the surrounding text: capitals, names, a preposition before."""
    g = m.groupdict()
    for name in ("m", "hol", "wd", "qn"):
        if g.get(name) and not g[name][0].isupper():
            return False
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if _EVERY_BEFORE.search(before):  # "each Thursday", "every summer": a set, not a date
        return False
    if rule == "calendar" and not any(g.get(k) for k in ("d", "y", "rel", "rely", "mod")):
        return not _in_person(ctx.doc, m.start("m"), m.end("m"))
    if rule == "year":
        old = g.get("yy") or (g.get("y") and int(g["y"]) < 1900)  # "'82", "1848"
        if old and not (g.get("mod") or g.get("fiscal") or _TIME_PREPOSITION.search(before)):
            return False
        return not _inside_name(ctx.doc, m.start(), m.end())  # "the Russell 2000 Index"
    if rule in ("weekday", "deictic"):
        return not _CLOCK_BEFORE.search(before)  # "at 16:00 GMT today" is a time
    if rule == "holiday":
        return not _modifies_noun(ctx.doc, m.start(), m.end())  # "Christmas sales"
    if rule == "decade":
        return bool(g.get("dc") or m.group().lower().startswith(("the", "'", "’")))
    if rule == "season" and not (g.get("rel") or g.get("y") or g.get("mod")):
        word = m.group().lower()
        return g["season"].lower() != "fall" and (
            word.startswith("the") or bool(_TIME_PREPOSITION.search(before))
        )
    if rule == "counted" and g["dir"].lower() in ("before", "after"):
        return not re.match(r"\s*\w", ctx.text[m.end() : m.end() + 3])
    if rule == "relative":
        return _plausible_relative(g, before, ctx.text[m.end() : m.end() + 20])
    if rule == "latest":
        return g["qp"].lower() == "quarter" or bool(g.get("lat"))
    return True


def _plausible_relative(g: dict, before: str, after: str) -> bool:
    rel = " ".join((g["rel"] or "the").lower().split())
    unit = g["unit"].lower()
    if unit == "day":  # "the following day"; "to end the day", "the day before the vote"
        return rel in _ANAPHORIC or (
            rel == "the" and bool(_DAY_VERB_BEFORE.search(before) or _DAY_EVENT_AFTER.match(after))
        )
    if rel == "the":  # "the end of the year", "the fiscal year", "the weekend", "for the year"
        return bool(
            g.get("mod")
            or g.get("fiscal")
            or unit == "weekend"
            or (unit == "year" and _PERIOD_BEFORE.search(before))
        )
    return unit in ("week", "month", "year") or rel not in _ANAPHORIC


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    return doc[span.start - 1].pos_ == "PROPN" and doc[span.end].pos_ == "PROPN"


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "amod", "nmod")


def _in_person(doc: Doc, start: int, end: int) -> bool:
    """ "Theresa May", "Mrs May": a month name that is part of a name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in ("PERSON", "ORG") for t in span):
        return True
    return span.start > 0 and doc[span.start - 1].pos_ == "PROPN"


def _tense(ctx: _Ctx, start: int, end: int) -> int:
    """-1 past, 1 future, 0 unknown, from the verb that governs the expression."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    tok = span.root
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if tok.dep_ == "xcomp" and any(a.lower_ == "to" for a in auxes):
                return 0  # "planned to leave on Thursday", "agreed to sell in October"
            break
        if tok.head is tok:
            return 0
        tok = tok.head
    else:
        return 0
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return 1
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return -1
    return -1 if tok.tag_ == "VBN" and not auxes else 0


# --- calendar arithmetic -------------------------------------------------------------


def _start(grain: str, d: dt.date) -> dt.date:
    """First day of the period holding `d` (a week keeps its day: ISO weeks format it)."""
    if grain in ("day", "week", "weekend"):
        return d
    if grain == "season":
        month = (d.month // 3) * 3 or 12
        return dt.date(d.year - (d.month < 3), month, 1)
    step = _MONTHS_PER[grain]
    index = (d.year * 12 + d.month - 1) // step * step
    return dt.date(index // 12, index % 12 + 1, 1)


def _shift(grain: str, d: dt.date, n: int) -> dt.date:
    if grain == "day":
        return d + dt.timedelta(days=n)
    if grain in ("week", "weekend"):
        return d + dt.timedelta(days=7 * n)
    d = _start(grain, d)
    index = d.year * 12 + d.month - 1 + n * (12 if grain == "season" else _MONTHS_PER[grain])
    return dt.date(index // 12, index % 12 + 1, 1)


def _years_later(d: dt.date, n: int) -> dt.date:
    """The same day, month or quarter `n` years on (a 29 February falls back a day)."""
    return _date(d.year + n, d.month, d.day) or dt.date(d.year + n, d.month, 28)


def _fmt(grain: str, d: dt.date) -> str:
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


_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
_UNKNOWN |= {"quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX"}
_UNKNOWN |= {"decade": "XXX", "century": "XX"}


def _pick(
    grain: str, cands: list[dt.date], anchor: dt.date, tense: int, rel: str = "", *, near: int = 0
) -> dt.date:
    """The occurrence the story means. "last spring", "next winter": in the year before or after
    the anchor's, as TimeML reads them; "this June": in the anchor's year; "last June": the
    latest before the current month. Otherwise one within
    `near` (days, or months above the day) of the anchor; else the one before it in the past
    tense, after it in the future; else the nearest, the earlier on a tie."""
    starts = sorted(_start(grain, c) for c in cands)
    if (grain == "season" and rel in _REL_YEAR) or (grain == "month" and rel == "this"):
        same = [c for c in starts if c.year == anchor.year + _REL_YEAR[rel]]
        if same:
            return same[0]
    now = _start(grain, anchor)
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


def _reference(ctx: _Ctx, before: int, unit: str) -> tuple[str, dt.date] | None:
    """The date last mentioned at the unit's grain or finer, for "the following day"."""
    for start, grain, day in reversed(ctx.refs):
        if start < before and _GRAIN_RANK[grain] <= _GRAIN_RANK[unit]:
            return grain, day
    return None


def _compared_period(ctx: _Ctx, m: re.Match) -> tuple[str, dt.date] | None:
    """What "a year earlier" compares with: the quarter under report in earnings copy, else a
    finer date earlier in the same sentence."""
    for start, grain, day in reversed(ctx.refs):
        if start < m.start() and grain in ("quarter", "half"):
            return grain, day
    span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    try:
        sent_start = span[0].sent.start_char
    except (TypeError, ValueError):  # no span there, or a Doc without sentence boundaries
        return None
    for start, grain, day in reversed(ctx.refs):
        if sent_start <= start < m.start() and grain in ("day", "month"):
            return grain, day
    return None


def _mod(ctx: _Ctx, word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.lower().split()).rstrip("-")
    return ctx.lex["modifiers"].get(key) or ctx.lex["approximators"].get(key)


def _out(grain: str, day: dt.date | None, mod: str | None, unknown: str | None = None):
    """The resolver result: a known day formats at its grain, else the X form."""
    if day is None:
        return grain, None, unknown or _UNKNOWN[grain], mod
    return grain, day, _fmt(grain, day), mod


# --- resolvers: one per pattern rule; each returns (grain, day|None, value, mod) or None -------


def _r_iso(m: re.Match, ctx: _Ctx):
    day = _explicit_day("iso", m.groupdict(), ctx.lex, day_first=ctx.day_first)
    return _out("day", day, None) if day else None


def _r_numeric(m: re.Match, ctx: _Ctx):
    g = dict(m.groupdict(), y=str(_year_of(m.group("y"), ctx.anchor)))
    day = _explicit_day("numeric", g, ctx.lex, day_first=ctx.day_first)
    return _out("day", day, None) if day else None


def _r_calendar(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    month = _month(g["m"], ctx.lex)
    mod = _mod(ctx, g.get("mod"))
    day = int(re.match(r"\d+", g["d"]).group()) if g.get("d") else None
    grain = "day" if day else "month"
    a = ctx.anchor
    if g.get("y") or g.get("ys"):
        year = int(g["y"]) if g.get("y") else _spoken_year(g["ys"], ctx.lex)
    elif a is None:
        return _out(grain, None, mod, f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
    elif g.get("rely"):
        year = a.year + {"last": -1, "next": 1}.get(g["rely"].lower(), 0)
    else:
        cands = [c for y in (a.year - 1, a.year, a.year + 1) if (c := _date(y, month, day or 1))]
        if g.get("wd") and day:
            weekday = ctx.lex["weekdays"][g["wd"].lower().rstrip(".")]
            cands = [c for c in cands if c.isoweekday() == weekday] or cands
        if not cands:
            return None
        rel = (g.get("rel") or "").lower()
        tense = _tense(ctx, m.start(), m.end())
        return _out(grain, _pick(grain, cands, a, tense, rel, near=60 if day else 1), mod)
    found = _date(year, month, day or 1)
    return _out(grain, found, mod) if found else None


def _r_weekday(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    weekday = ctx.lex["weekdays"][g["wd"].lower()]
    mod = _mod(ctx, g.get("mod"))
    if ctx.anchor is None:
        return _out("day", None, mod, f"XXXX-WXX-{weekday}")
    a = ctx.anchor
    cands = [a + dt.timedelta(days=k) for k in range(-7, 8)]
    cands = [c for c in cands if c.isoweekday() == weekday]
    rel = (g.get("rel") or "").lower()
    tense = _tense(ctx, m.start(), m.end())
    if tense > 0 and not rel:  # "will meet on Friday", said on a Friday, is a week on
        rel = "next"
    return _out("day", _pick("day", cands, a, tense, rel), mod)


def _r_year(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    if g.get("ys"):
        year = _spoken_year(g["ys"], ctx.lex)
    else:
        year = _year_of(g.get("y") or g["yy"], ctx.anchor)
    return _out("year", dt.date(year, 1, 1), _mod(ctx, g.get("mod")))


def _r_decade(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    mod = _mod(ctx, g.get("mod"))
    if g.get("dc"):
        return _out("decade", dt.date(int(g["dc"]), 1, 1), mod)
    tens = int(g["dd"]) // 10 if g.get("dd") else ctx.lex["decade_words"][g["dw"].lower()]
    year = 2000 + tens * 10
    if ctx.anchor is None or year > ctx.anchor.year:
        year -= 100
    return _out("decade", dt.date(year, 1, 1), mod)


def _r_century(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    number = int(g["cn"]) if g.get("cn") else ctx.lex["century_words"][g["cw"].lower()]
    if not 1 <= number <= 30:
        return None
    return _out("century", dt.date((number - 1) * 100 or 1, 1, 1), _mod(ctx, g.get("mod")))


def _r_quarter(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    q = int(g["qn"][1]) if g.get("qn") else ctx.lex["quarter_ordinals"][g["q"].lower()]
    mod = _mod(ctx, g.get("mod"))
    return _part_of_year(m, ctx, "quarter", q, mod)


def _r_half(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    h = 1 if g["h"].lower() in ("first", "1st") else 2
    return _part_of_year(m, ctx, "half", h, _mod(ctx, g.get("mod")))


def _part_of_year(m: re.Match, ctx: _Ctx, grain: str, n: int, mod: str | None):
    """A quarter or half of the year written, else the one around the anchor that the tense
    points to: reports in November speak of the third quarter just ended, in March of the
    fourth quarter of the year before."""
    g = m.groupdict()
    first_month = (n - 1) * _MONTHS_PER[grain] + 1
    a = ctx.anchor
    if g.get("y"):
        year = int(g["y"])
    elif a is None:
        return _out(grain, None, mod, f"XXXX-{grain[0].upper()}{n}")
    elif g.get("rely") or g.get("relyp"):
        year = a.year + {"last": -1, "next": 1}.get((g.get("rely") or g["relyp"]).lower(), 0)
    else:
        cands = [dt.date(y, first_month, 1) for y in (a.year - 1, a.year, a.year + 1)]
        return _out(grain, _pick(grain, cands, a, _tense(ctx, m.start(), m.end())), mod)
    return _out(grain, dt.date(year, first_month, 1), mod)


_ANAPHORIC = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}
_ANAPHORIC |= {"the same": 0, "that": 0, "that same": 0}
_DEICTIC = {"this": 0, "the current": 0, "the": 0, "last": -1, "the last": -1, "next": 1}
_DEICTIC |= {"the coming": 1}
_REL_YEAR = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}


def _r_relative(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    rel = " ".join((g["rel"] or "the").lower().split())
    unit = g["unit"].lower()
    mod = _mod(ctx, g.get("mod"))
    if rel in _ANAPHORIC or unit == "day":
        ref = _reference(ctx, m.start(), unit)
        base = ref[1] if ref else ctx.anchor
        return _out(unit, _shift(unit, base, _ANAPHORIC.get(rel, 0)) if base else None, mod)
    a = ctx.anchor
    if a is None:
        return _out(unit, None, mod)
    if unit == "weekend":
        saturday = a + dt.timedelta(days=6 - a.isoweekday())
        tense = _tense(ctx, m.start(), m.end())
        if rel in ("last", "the last") or (rel == "the" and tense < 0 and a.isoweekday() < 6):
            saturday -= dt.timedelta(days=7)
        elif rel == "next":
            saturday += dt.timedelta(days=7)
        return _out("weekend", saturday, mod)
    shift = _DEICTIC[rel]
    if rel == "the" and mod == "END" and _tense(ctx, m.start(), m.end()) < 0:
        shift = -1  # "flu cases peaked by the end of the year": an end that has passed
    return _out(unit, _shift(unit, a, shift), mod)


def _r_yearend(m: re.Match, ctx: _Ctx):
    rel = (m.group("rel") or "").lower()
    if ctx.anchor is None:
        return _out("year", None, "END")
    shift = {"last": -1, "next": 1}.get(rel, 0)
    return _out("year", _shift("year", ctx.anchor, shift), "END")


def _r_counted(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    unit = {"centurie": "century"}.get(g["unit"].lower(), g["unit"].lower())
    direction = " ".join(g["dir"].lower().split())
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    count = " ".join(g["n"].lower().split())
    mod = _mod(ctx, g.get("approx"))
    relative = direction not in ("ago", "from now", "hence")
    if relative and unit != "year":  # "three days later": a duration from an event
        return None
    if count in ctx.lex["vague_counts"]:
        return None if relative else ("ref", None, "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    n = int(count) if count.isdigit() else _number(count, ctx.lex)
    if unit == "year" and (n == 1 or relative) and (ref := _compared_period(ctx, m)):
        return _out(ref[0], _years_later(ref[1], sign * n), mod)
    base = ctx.anchor
    if base is None:
        return _out(unit, None, mod)
    if unit == "decade":
        return _out("year", _shift("year", base, sign * n * 10), mod)
    return _out(unit, _shift(unit, base, sign * n), mod)


def _number(words: str, lex: dict) -> int:
    """ "twenty-five" and the table's words; number-parser would be a heavy import for this."""
    return sum(lex["numbers"].get(part, 0) for part in words.split("-"))


def _r_yearago(m: re.Match, ctx: _Ctx):
    """Earnings copy: "the year-earlier quarter" is the quarter under report, a year back."""
    ref = _compared_period(ctx, m)
    if ref:
        return _out(ref[0], _years_later(ref[1], -1), None)
    if ctx.anchor is None:
        return _out("year", None, None)
    return _out("year", _shift("year", ctx.anchor, -1), None)


def _r_deictic(m: re.Match, ctx: _Ctx):
    shift = {"yesterday": -1, "tomorrow": 1}.get(m.group("deix").lower(), 0)
    mod = _mod(ctx, m.group("mod"))
    if ctx.anchor is None:
        return _out("day", None, mod)
    return _out("day", ctx.anchor + dt.timedelta(days=shift), mod)


def _r_latest(m: re.Match, ctx: _Ctx):
    """ "The quarter" and "the latest period" in earnings copy: the quarter being reported."""
    lat = " ".join((m.group("lat") or "").lower().split())
    back = -1 if lat in ("previous", "prior") else 0
    for start, grain, day in reversed(ctx.refs):
        if start < m.start() and grain in ("quarter", "half"):
            return _out(grain, _shift(grain, day, back), None)
    if ctx.anchor is None:
        return _out("quarter", None, None)
    return _out("quarter", _shift("quarter", ctx.anchor, back - 1), None)


def _r_ref(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    if g.get("ref"):
        value = ctx.lex["refs"][" ".join(g["ref"].lower().split())]
    else:
        value = ctx.lex["vague_periods"][g["vp"].lower()]
    return "ref", None, value, None


def _r_holiday(m: re.Match, ctx: _Ctx):
    spec = ctx.lex["holidays"][" ".join(m.group("hol").lower().split())]
    a = ctx.anchor
    if m.group("y"):
        years = [int(m.group("y"))]
    elif a is None:
        if "day" in spec:
            return _out("day", None, None, f"XXXX-{spec['month']:02d}-{spec['day']:02d}")
        return _out("day", None, None)
    else:
        years = [a.year - 1, a.year, a.year + 1]
    cands = [c for y in years if (c := _holiday_day(spec, y))]
    if not cands:
        return None
    if len(cands) == 1:
        return _out("day", cands[0], None)
    return _out("day", _pick("day", cands, a, _tense(ctx, m.start(), m.end()), near=60), None)


def _holiday_day(spec: dict, year: int) -> dt.date | None:
    if "easter" in spec:
        return _easter(year) + dt.timedelta(days=spec["easter"])
    if "day" in spec:
        return _date(year, spec["month"], spec["day"])
    first = dt.date(year, spec["month"], 1)
    if "after_day" in spec:  # the Tuesday after the first Monday
        monday = first + dt.timedelta(days=(1 - first.isoweekday()) % 7)
        return monday + dt.timedelta(days=1)
    if spec["nth"] < 0:
        last = _shift("month", first, 1) - dt.timedelta(days=1)
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


def _r_season(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    code = ctx.lex["seasons"][g["season"].lower()]
    month = ctx.lex["season_start_month"][code]
    mod = _mod(ctx, g.get("mod"))
    if g.get("y"):
        return _out("season", dt.date(int(g["y"]), month, 1), mod)
    a = ctx.anchor
    if a is None:
        return _out("season", None, mod, f"XXXX-{code}")
    cands = [dt.date(y, month, 1) for y in (a.year - 1, a.year, a.year + 1)]
    rel = (g.get("rel") or "").lower()
    return _out("season", _pick("season", cands, a, _tense(ctx, m.start(), m.end()), rel), mod)


def _r_weekofmonth(m: re.Match, ctx: _Ctx):
    g = m.groupdict()
    month = _month(g["m"], ctx.lex)
    year = int(g["y"]) if g.get("y") else (ctx.anchor.year if ctx.anchor else None)
    if year is None:
        return _out("week", None, None)
    first = dt.date(year, month, 1)
    which = g["wo"].lower()
    if which in ("last", "final"):
        day = _shift("month", first, 1) - dt.timedelta(days=4)
    else:
        day = first + dt.timedelta(
            days=3 + 7 * (["first", "second", "third", "fourth"].index(which))
        )
    return _out("week", day, None)


_RESOLVERS = {
    "iso": _r_iso,
    "numeric": _r_numeric,
    "calendar": _r_calendar,
    "weekday": _r_weekday,
    "year": _r_year,
    "decade": _r_decade,
    "century": _r_century,
    "quarter": _r_quarter,
    "half": _r_half,
    "relative": _r_relative,
    "yearend": _r_yearend,
    "counted": _r_counted,
    "yearago": _r_yearago,
    "deictic": _r_deictic,
    "latest": _r_latest,
    "ref": _r_ref,
    "holiday": _r_holiday,
    "season": _r_season,
    "weekofmonth": _r_weekofmonth,
}


def _link_ranges(items: list[dict], text: str) -> None:
    """ "from March to May", "between 2019 and 2021", "2009-2010"; "since X" opens a range."""
    for i, item in enumerate(items):
        before = _RANGE_OPEN.search(text[max(0, item["start"] - 12) : item["start"]])
        opener = before.group(1).lower() if before else ""
        if item["range"] is None and i + 1 < len(items):
            nxt = items[i + 1]
            link = _RANGE_LINK.fullmatch(text[item["end"] : nxt["start"]])
            word = link.group().strip().lower() if link else ""
            if link and (
                opener == "between" if word == "and" else opener == "from" or not word.isalpha()
            ):
                item["range"] = {"role": "start", "other": i + 1}
                nxt["range"] = {"role": "end", "other": i}
                continue
        if item["range"] is None and opener in ("since", "from"):
            item["range"] = {"role": "start", "other": None}
        elif item["range"] is None and opener in ("until", "till", "through"):
            item["range"] = {"role": "end", "other": None}
