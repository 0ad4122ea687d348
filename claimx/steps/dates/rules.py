"""The date grammar: the rules of a `models/dates` folder compiled into patterns.

`lexicon.json` holds the words, `patterns.jsonl` the pattern templates that name them: a
`{MACRO}` in a template stands for an alternation of the lexicon's words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ...resources import models_path, read_json

if TYPE_CHECKING:
    from pathlib import Path


FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
FULL_MONTHS += ("september", "october", "november", "december")
FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_STATIC_MACROS = {
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
    "YEAR": r"(?:1\d{3}|20\d\d)",
}
_MACRO = re.compile(r"\{([A-Z]+)\}")


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


@lru_cache(maxsize=4)
def load_date_rules(folder: Path | None = None) -> DateRules:
    """The rules of a `models/dates` folder, by default the installed one, compiled once."""
    folder = folder or models_path("dates")
    lex = read_json(folder, "lexicon.json")
    macros = dict(_STATIC_MACROS)
    macros["MONTH"] = _alternation(lex["months"], dotted=set(lex["months"]) - set(FULL_MONTHS))
    macros["MONTHFULL"] = _alternation(FULL_MONTHS)
    macros["WEEKDAY"] = _alternation(FULL_WEEKDAYS)
    macros["WDAY"] = _alternation(lex["weekdays"], dotted=set(lex["weekdays"]) - set(FULL_WEEKDAYS))
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
        ("NAMEDDAY", "named_days"),
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
