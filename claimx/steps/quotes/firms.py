"""Which business 'the company', 'the firm' or 'the label' stands for.

`organizations` is the story's (char, name) of every organization named, in order;
`acting` the (char, name) of those that were a clause's subject.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..doctext import doc_text
from ..headline import headline_end

if TYPE_CHECKING:
    from spacy.tokens import Doc

_FIRMS = 3  # organizations last acting, among which 'the company' is the one named most
GENERIC_FIRMS = frozenset({"company", "firm"})  # words for any business ('group' may be MPs)
_LEAD = 3  # sentences of the body that say what business a story is about


def main_firm(
    acting: list[tuple[int, str]], organizations: list[tuple[int, str]], char: int, spoken_of
) -> str | None:
    """'Unilever said ... The company said': of the last few organizations the story had
    acting, the one it has named most (a rival mentioned in passing is no 'the company')."""
    i = bisect_left(acting, (char,))
    recent = [n for _, n in acting[max(0, i - _FIRMS) : i] if n.lower() not in spoken_of]
    if not recent:
        return None
    named = [n.lower() for at, n in organizations if at < char]
    return max(reversed(recent), key=lambda n: named.count(n.lower()))


def short_of(name: str, organization_names: set[str], person_names) -> bool:
    """'Arsenal said', where the story tags Arsenal a club and names no one so; "Marsh
    said" after "Marsh & McLennan": the first word of an organization's name, which the
    tagger took for a person's ((char, name) of each, `person_names`) even there."""
    low = name.lower()
    if " " not in low and any(n.startswith(low + " ") for n in organization_names):
        return True
    return low in organization_names and not any(low == n.lower() for _, n in person_names)


def passing(doc: Doc, organizations: list[tuple[int, str]], just: str, char: int) -> str | None:
    """'Carmaker Acme is to cut jobs. ... Rival Norcar said it would expand. "...," the firm
    said': a firm named once, in passing, is not the story's firm, which was named before it
    and more often."""
    named = [n.lower() for at, n in organizations if at < char]
    lead = lead_firm(doc, organizations, char)
    if lead is None or named.count(just.lower()) != 1:
        return None
    return lead if named.count(lead.lower()) > 1 else None


def lead_firm(
    doc: Doc, organizations: list[tuple[int, str]], char: int, word: str = "company"
) -> str | None:
    """'Shares in fashion chain Acme fell ... "...," the company said', 'Regulators are
    investigating broker Acme, the firm said': the one business the body's first sentence
    to name one names (before the description, when it is that sentence). A later 'the
    label' or 'the airline' needs the story to have said so ('R&B singer X' is no label),
    and a later 'the company' a business its lead names (one named further on is likelier
    one the story deals with than the one it is about)."""
    body = headline_end(doc_text(doc))
    first = next((at for at, _ in organizations if at >= body), None)
    if first is None or first >= char:
        return None
    sent = doc.char_span(first, first + 1, alignment_mode="expand").sent
    if sent.end_char <= char and (word not in GENERIC_FIRMS or not _in_lead(doc, sent, body)):
        return None
    end = min(sent.end_char, char)
    named = {n for at, n in organizations if max(sent.start_char, body) <= at < end}
    name = named.pop() if len(named) == 1 else ""
    # "broker Acme Group's shares": the tagger may keep the possessive
    return (name[:-2] if name.endswith(("'s", "’s")) and " " in name else name) or None


def _in_lead(doc: Doc, sent, body: int) -> bool:
    """Whether a sentence is among the body's first few."""
    start = doc.char_span(body, body + 1, alignment_mode="expand")
    if start is None:
        return False
    lead = start.sent
    for _ in range(_LEAD - 1):
        if lead.end >= len(doc):
            break
        lead = doc[lead.end].sent
    return sent.start_char <= lead.start_char
