"""Candidate names: every run of capitalized words that may be a place's name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .gazetteer import name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAX_NAME_TOKENS = 5
_ACRONYM_LETTERS = 4
_CONNECTORS = frozenset(
    {"of", "de", "du", "la", "le", "del", "upon", "on", "-", "d'", "sur"}
    | {"do", "da", "dos", "das"}  # Portuguese: "Rio Grande do Sul", "Foz do Iguaçu"
)
# "\x97" and "\x96" are the Windows-1252 dashes that mis-decoded copy carries.
_DASHES = frozenset({"--", "—", "–", "-", "(", ":", "\x97", "\x96"})
# "St", "Mt", "Ft" whose full stop the tokenizer split off ("ST. PARIS --") go on with the name.
_ABBREVIATED = frozenset({"st", "ste", "mt", "ft"})


@dataclass
class TokenLists:
    """The doc's tokens as plain lists, read in one pass: the finder looks at every token and
    spaCy's per-token objects cost more than the finding itself."""

    text: list[str]
    sent_start: list[bool]
    space_after: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> TokenLists:
        from spacy.attrs import ORTH, SENT_START, SPACY

        if len(doc) == 0:
            return cls([], [], [])
        rows = doc.to_array([ORTH, SENT_START, SPACY]).tolist()
        strings = doc.vocab.strings
        text = [strings[orth] for orth, _s, _w in rows]
        sent_start = [s == 1 for _o, s, _w in rows]
        sent_start[0] = True
        return cls(text, sent_start, [bool(w) for _o, _s, w in rows])

    def span(self, i: int, j: int) -> str:
        return "".join(
            self.text[k] + (" " if self.space_after[k] and k < j - 1 else "") for k in range(i, j)
        )


def _is_name_word(words: TokenLists, i: int, in_dateline: bool) -> bool:
    text = words.text[i]
    if not text[:1].isupper() or not any(c.isalpha() for c in text):
        return False
    if text.isupper() and len(text) > 1 and not text.endswith("."):
        # Capitals are a dateline's style ("MANSFIELD --"); elsewhere they are acronyms, and
        # short ones before a comma ("BAA, which runs...") are acronyms, not "RENO, Nev.".
        if in_dateline:
            return True
        short = len(text) <= _ACRONYM_LETTERS
        if short and i + 1 < len(words.text) and words.text[i + 1] == ",":
            return False
        return dateline_like(words, i)
    return True


def _caps(word: str) -> bool:
    return word.isupper() and word.isalpha()


def dateline_like(words: TokenLists, i: int) -> bool:
    text = words.text
    first = i
    while first > 0 and _caps(text[first - 1]):
        first -= 1
    k = i + 1
    while k < len(text) and (_caps(text[k]) or _after_abbreviation(text, k + 1)):
        k += 1
    if k >= len(text) or (text[k] not in _DASHES and text[k] != ","):
        return False
    if text[k] == "(":
        # An agency in brackets then a dash ("LEBANON (AP) --"), not a label ("FORCE (EA)").
        close = text.index(")", k) if ")" in text[k : k + 5] else -1
        return close > 0 and close + 1 < len(text) and text[close + 1] in _DASHES
    # Capitals then a dash open a paragraph anywhere ("2009 MANSFIELD --"); then a comma only
    # at a sentence's start ("SALINA, Kan.").
    return text[k] != "," or words.sent_start[first] or "\n" in text[first - 1]


def name_spans(
    doc: Doc, words: TokenLists, dateline: dict | None, initials: dict[str, str]
) -> list[tuple[int, int, str]]:
    """Every run of capitalized tokens (with "of", "de", hyphens inside) up to five long, and
    a city's initials ("L.A.") under the city's name."""
    dl_start, dl_end = dateline_bounds(dateline)
    in_dl = dl_start >= 0
    text = words.text
    n = len(text)
    spans = []
    for i in range(n):
        first = text[i][:1]
        if not first.isupper():
            continue
        if text[i] in initials:
            spans.append((i, i + 1, initials[text[i]]))
            continue
        dl = in_dl and dl_start <= doc[i].idx < dl_end
        if not _is_name_word(words, i, dl):
            continue
        for j in range(i + 1, min(n, i + _MAX_NAME_TOKENS) + 1):
            last = j - 1
            if last > i:
                if words.sent_start[last] and not _after_abbreviation(text, last):
                    break
                is_name = _is_name_word(words, last, dl)
                if (
                    not is_name
                    and not _after_abbreviation(text, last + 1)
                    and text[last].lower() not in _CONNECTORS
                ):
                    break
                if text[last] == "-" and words.space_after[last - 1]:
                    break
                if not is_name:
                    continue
            key = name_key(words.span(i, j))
            if len(key) >= 3:
                spans.append((i, j, key))
    return spans


def _after_abbreviation(text: list[str], k: int) -> bool:
    """Whether token k follows "St" and its full stop, split off by the tokenizer."""
    return k >= 2 and text[k - 1] == "." and text[k - 2].lower() in _ABBREVIATED


def dateline_bounds(dateline: dict | None) -> tuple[int, int]:
    if not dateline:
        return (-1, -1)
    start, end = dateline.get("place_start"), dateline.get("place_end")
    if isinstance(start, int) and isinstance(end, int):
        return (start, end)
    return (-1, -1)
