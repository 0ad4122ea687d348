"""Whose words a document's are: 'the report said' is its author's, when the story names one.

'The committee's report said ...', 'The report by the Pew Research Center reveals ...',
'according to a study by Acme Research', 'the Acme report', 'a study published by the X
Institute', 'In a statement, X said', 'X issued a statement': the report speaks for whoever
wrote it; "Wednesday's statement" is one the story told of before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_LEAD_UP = 3  # words of a description before the name it leads up to
_DESCRIBING = frozenset({"NOUN", "ADJ"})
DOCUMENTS = frozenset({"report", "study", "survey", "statement"})  # words of their author
# Verbs whose subject puts a document out: 'X issued a statement', 'X published a report'.
_ISSUING = frozenset({"issue", "release", "publish", "produce", "commission"})


def author_of(tok: Token, inside: bytearray | None, *, here: bool = False) -> Token | None:
    """The author the story last gave a document of tok's kind, at tok or before it: the
    possessor ('the committee's report') or the agent ('a report by X') of the noun; `here`,
    at tok only ('a report by X warns': a new document, not one named before)."""
    word = tok.lemma_.lower()
    dated = any(c.dep_ == "poss" and _when(c) for c in tok.children)  # one told before
    for t in reversed(tok.doc[tok.i if here and not dated else 0 : tok.i + 1]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != word or (inside and inside[t.i]):
            continue
        issuer = _issuer(t) or _issued(t)
        if issuer is not None:
            return issuer
        for child in t.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and not _when(child):
                return _name_beside(child)
            if child.dep_ == "compound" and child.ent_type_ == "ORG":
                return child  # 'the latest World Bank report'
            agent = _agent(child)
            if agent is not None:
                return agent
    return None


def _when(possessor: Token) -> bool:
    """ "Wednesday's statement", "last year's report": the possessor dates the document."""
    return possessor.ent_type_ in ("DATE", "TIME")


def _issued(doc_noun: Token) -> Token | None:
    """'The FA issued a statement on Wednesday': the subject that issued the document."""
    verb = doc_noun.head
    if doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _name_beside(subj) if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


def _issuer(doc_noun: Token) -> Token | None:
    """'In a statement, the chairman John Peel said ...': who speaks in the document the
    sentence opens with (not 'X came top in the report': X is spoken of)."""
    prep = doc_noun.head
    if doc_noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
        return None
    if not all(t.is_punct or t.is_space for t in prep.doc[prep.sent.start : prep.i]):
        return None
    subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


def _agent(child: Token) -> Token | None:
    """'a report by X', 'a report from the X Institute', 'a study published by X': the
    author a document's preposition or participle names ('from' only an organization)."""
    if child.dep_ == "acl" and child.tag_ == "VBN":
        child = next((g for g in child.children if g.dep_ == "agent"), child)
    if child.dep_ not in ("prep", "agent") or child.lower_ not in ("by", "from"):
        return None
    agent = next((g for g in child.children if g.dep_ == "pobj"), None)
    if agent is None or agent.pos_ not in ("PROPN", "NOUN"):
        return None
    if child.lower_ == "from" and agent.ent_type_ != "ORG":
        return None  # 'a report from Brussels', 'a statement from the family'
    return _name_beside(agent)


def _name_beside(noun: Token) -> Token:
    """'a report by telecoms giant BT': the name a description leads up to, if any."""
    doc, i = noun.doc, noun.i + 1
    if noun.pos_ != "NOUN":
        return noun
    while i < min(len(doc), noun.i + _LEAD_UP) and doc[i].is_lower and doc[i].pos_ in _DESCRIBING:
        i += 1
    return doc[i] if i < len(doc) and doc[i].pos_ == "PROPN" else noun
