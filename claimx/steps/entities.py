"""spaCy's named entities, read token by token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Token


def entity_at(tok: Token) -> Span | None:
    """The entity containing tok, with its label, as `doc.ents` has it: read from the IOB tags,
    because `doc.ents` builds every entity's span on each access."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    label = doc[start].ent_type_
    return Span(doc, start, end, label=label) if label else None
