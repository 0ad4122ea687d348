"""A place's name standing for something else than the place: a trade, a wider area, a word
of another name, or a capital's government. News readers want the places where something
happened or that a fact is about, so these are no city mention:

- a place that is a trade's byword: "Hollywood stars", "Wall Street" (but "a hotel in
  Hollywood" is the place);
- "Greater London": the wider area, not the city;
- a word of another name: "the International Rugby Board", "RAF Fairford", "HMS Belfast",
  "BBC Radio Leicester";
- a work's title: "the film Paris, Texas", "CSI: Miami";
- an airport called by its town: "Luton Airport", "Heathrow, Stansted and Luton airports";
- a coined term in quote marks, the name modifying a common noun: "the Beijing bounce",
  "Stockholm syndrome" (the phrase's sense, not the place: checked after the host of an
  event, so a quoted "the Geneva talks" stays Geneva).

A capital standing for its government ("Moscow-backed rebels", "relations with Brussels", "the
EU urged Ankara", "Washington has warned": the subject of a speech or decision verb) is marked
GOVERNMENT and counted as the capital, whatever its namesakes: every benchmark's gold counts it
(LGL's "Tbilisi says", GeoWebNews' "Moscow denies"; docs/architecture.md). "-backed" after a
town that is no capital is dropped; "London-based firm" stays London.

The cue words are data (models/gazetteer/readings.json), general news usage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import TokenLists
    from .mentions import Mention

_GOVERNMENT = 2.0
_INDUSTRY = 2.0
_AREA = 2.0
_INSIDE_NAME = 2.0
GOVERNMENT = "capital for its government"  # the reason a capital standing for its government gets
ARTICLES = frozenset({"The", "A", "An"})  # capitalized, but no word of a name before the town
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018", "``"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019", "''"})


def metonymic_reading(words: TokenLists, cues: dict, m: Mention) -> tuple[float, str]:
    """(evidence against the city reading, why) when the name stands for something else."""
    text = words.text
    first = not words.sent_start[m.start] and m.start > 0
    prev = text[m.start - 1] if m.start > 0 else ""
    locative = prev.lower() in cues["locative_before"]
    if first and prev in cues["area_prefixes"]:
        return _AREA, "area"  # "Greater London"
    if first and prev in cues["facility_prefixes"]:
        return _INSIDE_NAME, "facility"  # "RAF Fairford", "HMS Belfast" (even "..., Glos")
    if m.key in cues["industry_names"] and not locative and _trade_sense(words, cues, m):
        return _INDUSTRY, "industry"  # "Hollywood stars", but "a hotel in Hollywood"
    if _capital(m) and (
        _compound_with(words, cues, m)
        or (not locative and (_object_of(words, cues, m) or _subject_of(words, cues, m)))
    ):
        return 0.0, GOVERNMENT  # "Moscow-backed rebels", "Tbilisi says": the capital, counted
    if _compound_with(words, cues, m):
        return _GOVERNMENT, "government"  # "Gaza-backed": no capital's government to stand for
    if first and _between_names(words, cues, m):
        return _INSIDE_NAME, "organization"  # "the International Rugby Board"
    if first and (prev.lower() in cues["work_nouns_before"] or _after_acronym_colon(words, m)):
        return _INSIDE_NAME, "title"
    if _airport(words, cues, m):
        return _INSIDE_NAME, "facility"
    return 0.0, ""


def coined_term(words: TokenLists, m: Mention) -> bool:
    """A quoted phrase of the name, an article before it at most, and one or two lower-case
    words after it ("the Beijing bounce", "Stockholm syndrome,"): a coined term, no place."""
    text = words.text
    k = m.start - 1
    if k >= 0 and text[k].lower() in ("the", "a", "an"):
        k -= 1
    if k < 0 or text[k] not in _OPENING_QUOTES or words.space_after[k]:
        return False
    j = m.end
    while j < min(len(text), m.end + 2) and text[j].isalpha() and text[j].islower():
        j += 1
    if j == m.end:
        return False
    if j < len(text) and text[j] in (",", "."):
        j += 1  # American style puts the comma inside the quote marks
    # quote marks hug the phrase: '," the Leeds mayor said. "' opens and closes no term
    return j < len(text) and text[j] in _CLOSING_QUOTES and not words.space_after[j - 1]


def _after_acronym_colon(words: TokenLists, m: Mention) -> bool:
    """ "CSI: Miami" inside a sentence: a title's second half ("UPDATE: London police..."
    opens one)."""
    k = m.start - 2
    text = words.text
    return (
        k > 0
        and text[k + 1] == ":"
        and not words.space_after[k]
        and text[k].isupper()
        and text[k].isalpha()
        and not words.sent_start[k]
    )


def _airport(words: TokenLists, cues: dict, m: Mention) -> bool:
    """An airport's noun after the name, with only names, "and", "or", commas and slashes
    between: "Luton Airport", "Stansted and Luton airports", "Dallas/Fort Worth International
    Airport"; one name before a lower-case "airport(s)" is the town ("London airports")."""
    text = words.text
    # one town before "airports" owns them: "London airports"
    listed = m.start > 1 and text[m.start - 1] in (",", "and", "or") and text[m.start - 2].istitle()
    for k in range(m.end, min(len(text), m.end + 8)):
        if text[k].lower() in cues["airport_nouns"]:
            return listed or text[k][0].isupper()
        listed = listed or text[k] in (",", "and", "or")
        if words.sent_start[k] or not (text[k] in (",", "and", "or", "/") or text[k].istitle()):
            return False
    return False


def _capital(m: Mention) -> bool:
    """The name's biggest own-name place is a national capital."""
    mains = [p for p in m.places if p.main]
    return bool(mains) and mains[0].capital


def _trade_sense(words: TokenLists, cues: dict, m: Mention) -> bool:
    """A trade's byword in the trade's sense: a bare modifier of its people or works ("Hollywood
    stars", "Wall Street banks", "Hollywood's biggest stars"), the subject of a trade's verb
    ("Hollywood remade it") or its object ("to conquer Hollywood"). "Hollywood's Walk of Fame",
    "Hollywood's honorary mayor", "a day in Hollywood" are the place."""
    text = words.text
    k = m.end
    if k < len(text) and text[k] in ("'s", "’s"):
        k += 1
        # "Hollywood's biggest stars", "Hollywood's highest-paid actresses" (a hyphen splits)
        while k < m.end + 5 and k < len(text) and (text[k] == "-" or text[k].isalpha()):
            if text[k] in cues["trade_nouns_after"]:
                return True
            if not (text[k] == "-" or text[k].islower()):
                return False
            k += 1
        return False
    nxt = text[k].lower() if k < len(text) else ""
    if nxt in cues["trade_nouns_after"]:
        return True
    while k < len(text) and k < m.end + 2 and text[k].lower() in cues["auxiliaries"]:
        k += 1
    if k < len(text) and text[k].lower() in cues["trade_verbs_after"]:
        return True
    prev = text[m.start - 1].lower() if m.start > 0 else ""
    return prev in cues["trade_verbs_before"]


def _compound_with(words: TokenLists, cues: dict, m: Mention) -> bool:
    """ "Moscow-backed", "Tehran-funded": three tokens to spaCy, no spaces."""
    text = words.text
    k = m.end
    return (
        k + 1 < len(text)
        and text[k] == "-"
        and not words.space_after[k - 1]
        and not words.space_after[k]
        and text[k + 1].lower() in cues["government_compounds_after"]
    )


def _object_of(words: TokenLists, cues: dict, m: Mention) -> bool:
    """ "talks with Ankara", "relations with Brussels", "urged Beijing", "accused Moscow"."""
    text = words.text
    prev = text[m.start - 1].lower() if m.start > 0 else ""
    prev2 = text[m.start - 2].lower() if m.start > 1 else ""
    if prev == "with" and prev2 in cues["government_relation_nouns"]:
        return True
    return prev in cues["government_verbs_before"]


def _subject_of(words: TokenLists, cues: dict, m: Mention) -> bool:
    """ "Washington has warned", "Brussels says", "Beijing insists" (a possessive or "of" before
    the name makes another noun the subject: "the mayor of Moscow said")."""
    text = words.text
    if m.start > 0 and text[m.start - 1].lower() == "of":
        return False
    k = m.end
    while k < len(text) and k < m.end + 2 and text[k].lower() in cues["auxiliaries"]:
        k += 1
    return k < len(text) and text[k].lower() in cues["government_verbs_after"]


def _between_names(words: TokenLists, cues: dict, m: Mention) -> bool:
    """A capitalized word on each side makes the name a word of a longer one: "the International
    Rugby Board", "the Welsh Rugby Union"; not a direction ("North Richmond") or a state."""
    text = words.text
    if m.end >= len(text) or words.sent_start[m.end]:
        return False
    prev, nxt = text[m.start - 1], text[m.end]
    return (
        prev.istitle()
        and prev.isalpha()
        and prev not in ARTICLES
        and prev not in cues["direction_words"]
        and prev.lower() not in cues["person_titles_before"]
        and nxt.istitle()
        and nxt.isalpha()
    )
