"""Whose words a document's are: 'the report said' is its author's, when the story names one.

'The committee's report said ...', 'The report by the Pew Research Center reveals ...',
'according to a study by Acme Research': the report speaks for whoever wrote it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_LEAD_UP = 3  # words of a description before the name it leads up to
_DESCRIBING = frozenset({"NOUN", "ADJ"})
DOCUMENTS = frozenset({"report", "study", "survey", "statement"})  # words of their author


def author_of(tok: Token, inside: bytearray | None) -> Token | None:
    """The author the story last gave a document of tok's kind, at tok or before it: the
    possessor ('the committee's report') or the agent ('a report by X') of the noun."""
    word = tok.lemma_.lower()
    for t in reversed(tok.doc[: tok.i + 1]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != word or (inside and inside[t.i]):
            continue
        for child in t.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                return _name_beside(child)
            if child.dep_ == "prep" and child.lower_ == "by":
                agent = next((g for g in child.children if g.dep_ == "pobj"), None)
                if agent is not None and agent.pos_ in ("PROPN", "NOUN"):
                    return _name_beside(agent)
    return None


def _name_beside(noun: Token) -> Token:
    """'a report by telecoms giant BT': the name a description leads up to, if any."""
    doc, i = noun.doc, noun.i + 1
    if noun.pos_ != "NOUN":
        return noun
    while i < min(len(doc), noun.i + _LEAD_UP) and doc[i].is_lower and doc[i].pos_ in _DESCRIBING:
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ == "PROPN" else noun
