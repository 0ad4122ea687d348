"""Entities and clause positions the speaker resolver reads off a parse."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..entities import entity_at
from .mention import DEPTH, SUBJECTS, children

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Clause links below a sentence's main clause: a subject under one is not the sentence's topic.
SUBORDINATE = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "pcomp"})


def entities(doc: Doc, *labels: str) -> dict[str, list[Span]]:
    """Entities of these labels read from the arrays: doc.ents builds a span for every entity."""
    import numpy as np

    iob, kind = doc.to_array(["ENT_IOB", "ENT_TYPE"]).T
    inner = iob == 1
    found: dict[str, list[Span]] = {}
    for label in labels:
        spans = []
        for i in np.flatnonzero((iob == 3) & (kind == doc.vocab.strings.add(label))).tolist():
            end = i + 1
            while end < len(inner) and inner[end]:
                end += 1
            spans.append(doc[i:end])
        found[label] = spans
    return found


def subordinate(tok: Token) -> bool:
    """Whether a subject's clause hangs below its sentence's main clause."""
    return any(anc.dep_ in SUBORDINATE for anc in islice(tok.ancestors, DEPTH))


def reported(tok: Token) -> bool:
    """Whether a subject's clause is the complement of a verb above it ('said X would')."""
    return any(anc.dep_ == "ccomp" for anc in islice(tok.ancestors, DEPTH))


def whole_quote(ent: Span) -> bool:
    """'the single "Night"', 'starred in "Marty"': a name that is all a quote holds is a
    title the tagger took for a person, never anyone a pronoun stands for."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and doc[end].is_punct and not doc[end].is_quote:
        end += 1
    return ent.start > 0 and doc[ent.start - 1].is_quote and end < len(doc) and doc[end].is_quote


def strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def organization_in(tok: Token, span: Span) -> str | None:
    """'the Sunday Times report': the organization named within the description."""
    for t in span:
        if t.i != tok.i and t.ent_type_ == "ORG" and t.ent_iob_ == "B":
            ent = entity_at(t)
            if ent is not None and ent.end <= tok.i:
                return strip_the(ent.text)
    return None


def acting(root: Token) -> bool:
    """Whether a name is who its clause is about: its subject; the apposition naming the
    subject ('A spokesman for the firm, Dr Rao, said'); in a main clause about no person,
    the agent of its passive ('The inquiry will be led by Sir Peter Long') or the one its
    copula identifies ('The new manager is Tony Vance'). A later 'he said' continues them,
    not a subject named before ('Lord X was accompanied by Baroness Y' is still about X)."""
    if root.dep_ in SUBJECTS or (root.dep_ == "appos" and root.head.dep_ in SUBJECTS):
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    elif root.dep_ == "attr" and root.head.lemma_ == "be":
        verb = root.head
    else:
        return False
    subj = next((c for c in children(verb) if c.dep_ in SUBJECTS), None)
    return verb.dep_ == "ROOT" and subj is not None and subj.pos_ == "NOUN"
