"""Quote marks: which double marks open and close a quote, and where its sentences end.

A character scan, cheaper and surer than the tokenizer's view of the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"[\"“”„«»]|\n")
_OPENERS = "“„«"
_CLOSERS = "”»"
_BEFORE_OPEN = "([{—–-/:;"
_AFTER_CLOSE = ".,;:!?)]}—–-…"
# Markup attributes (tweet ids and the like) are quoted too, but are not speech.
_MARKUP = re.compile(r"=\s*\"[^\"\n]*\"")
_NOT_SPEECH = re.compile(r"^(?:[\W\d_]+|@\w+|https?://\S+|www\.\S+)$")
# 'years. "He has ...': a sentence ends and a mark opens, paragraphs run onto one line.
_NEXT_PARAGRAPH = re.compile(r"[.!?][)\]]? +$")
_SENT_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s|$)")
# Abbreviations of three or four letters in English news: titles, months, AP state
# abbreviations, company and address words. Any other word of that length ending in a full
# stop ends its sentence: short surnames do ('..., said Dent. Johansson was ...').
_ABBREVIATIONS = (
    "Adm Capt Cmdr Col Cpl Det Gen Gov Hon Insp Maj Mrs Msgr Pres Prof Pvt Rep Rev Sen Sgt "
    "Supt Atty Brig Lieut Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ala Ariz Ark Cal "
    "Colo Conn Del Fla Ill Ind Kan Kans Mass Mich Minn Miss Mont Neb Nebr Nev Okla Ore Oreg "
    "Penn Tenn Tex Wash Wis Wisc Wyo Inc Ltd Corp Bros Dept Govt Assn Univ Ave Blvd Fig Vol Nos"
)
# An abbreviation's full stop ends no sentence: 'Mr.', 'U.S.', and a party label's state
# after a hyphen or a bracket, 'Rep. John Mica (R-Fla.) said'.
_ABBREV = re.compile(
    r"(?:^|[\s(-])(?:[A-Z][a-z]?|(?:[A-Za-z]\.)+[A-Za-z]|[a-z]|"
    + "|".join(_ABBREVIATIONS.split())
    + ")$"
)
_SENTENCE_MAX = 600  # characters looked through for a sentence's start or end


@dataclass
class Marked:
    start: int  # the quoted words, marks excluded
    end: int
    open: int  # the opening mark
    close: int  # just past the closing mark (== end when the paragraph closed it)
    joined: bool = False  # continues the quote before: a new paragraph of the same speech


def _mark_kind(text: str, i: int) -> str:
    ch = text[i]
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opener = prev.isspace() or prev in _BEFORE_OPEN
    closer = nxt.isspace() or nxt in _AFTER_CLOSE
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    return "either"


def scan_marks(text: str) -> list[Marked]:
    """Pair double quote marks paragraph by paragraph.

    A paragraph that ends inside a quote continues the speech when the next paragraph
    opens with a mark (the news convention): each paragraph is a quote of its own,
    `joined` to the one before; otherwise the paragraph end closes it. Where an archive
    ran such paragraphs onto one line, a sentence end followed by an opening mark does
    the same.
    A closing mark with nothing open is ignored; a second opening mark restarts.
    Single marks count only inside double ones: at the top level of American and
    British news they are apostrophes, headline shorthand or scare quotes.
    """
    markup = {m.start() + m.group().index('"') for m in _MARKUP.finditer(text)}
    markup |= {m.end() - 1 for m in _MARKUP.finditer(text)}
    found: list[Marked] = []
    opened: int | None = None
    joined = False
    skip = -1
    for m in _DOUBLE.finditer(text):
        i = m.start()
        if i in markup or i == skip:
            continue
        if text[i] == "\n":
            if opened is None:
                continue
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            found.append(Marked(opened + 1, i, opened, i, joined))
            opened, joined = None, False
            if j < len(text) and text[j] in '"“„«' and _mark_kind(text, j) != "close":
                opened, joined, skip = j, True, j
            continue
        kind = _mark_kind(text, i)
        if opened is None:
            if kind != "close":
                opened = i
        elif kind == "open" and _NEXT_PARAGRAPH.search(text, max(opened, i - 3), i):
            found.append(Marked(opened + 1, i, opened, i, joined))
            opened, joined = i, True
        elif kind == "open" and (text[i] != '"' or text[opened] == '"'):
            opened = i
        else:
            found.append(Marked(opened + 1, i, opened, i + 1, joined))
            opened, joined = None, False
    if opened is not None:
        found.append(Marked(opened + 1, len(text), opened, len(text), joined))
    quotes = []
    for q in sorted(found, key=lambda q: q.start):
        s, e = q.start, q.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and not _NOT_SPEECH.match(text[s:e]):
            quotes.append(Marked(s, e, q.open, q.close, q.joined))
    return quotes


def sentence_cut(text: str, start: int, end: int) -> int:
    """The first sentence end in text[start:end] that is not an abbreviation, else `end`."""
    end = min(end, start + _SENTENCE_MAX)
    for m in _SENT_END.finditer(text, start, end):
        if m.group()[0] == "." and _ABBREV.search(text, max(start, m.start() - 6), m.start()):
            continue
        return m.end()
    return end


def last_sentence_start(text: str, start: int, end: int) -> int:
    start = max(start, end - _SENTENCE_MAX)
    cut = start
    for m in _SENT_END.finditer(text, start, end):
        if m.group()[0] == "." and _ABBREV.search(text, max(start, m.start() - 6), m.start()):
            continue
        cut = m.end()
    return cut
