"""A source named once for a run of figures: the sentences after its statement that name no
source of their own go on with it."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from ..doctext import doc_text
from .sentence import subject_of

_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


class Previous(NamedTuple):
    """The sentence before: where it ends and, if it reports a body's statement, whose."""

    end: int
    statement: dict | None


def reported(claimer: dict, words: dict) -> dict | None:
    """A body's reported statement ("the bank said ...", "according to the ONS") or its
    document ("figures from Ofcom show"), not its direct quote or what it only does or
    plans ("it plans to focus on ...")."""
    if claimer["kind"] != "organization" or claimer["direct"]:
        return None
    mention = (claimer["text"] or "").lower().split()
    return claimer if claimer["quote"] is not None or words["documents"] & set(mention) else None


def figures_go_on(sentence: Span, previous: Previous, has_number: bool) -> dict | None:
    """ "Employers added 146,000 jobs, the Labor Department said. The jobless rate fell to
    5.4%.": a sentence of figures with no source of its own, in the same paragraph right
    after a body's statement, is that body's too: a story names the source of a run of
    official figures once. Not a sentence about a named actor or a person ("Fiat owns a
    56% stake ...", "She scored 158 goals", "It is fair to say ..."): that is the story
    narrating, as is a sentence about what such an actor has ("Cairn's shares jumped")."""
    if previous.statement is None or not has_number:
        return None
    if "\n" in doc_text(sentence.doc)[previous.end : sentence.start_char]:
        return None
    subject = subject_of(sentence.root)
    if subject is not None and _actor(subject):
        return None
    return {**previous.statement, "quote": None, "direct": None}


def _actor(subject: Token) -> bool:
    """A named body, place or person, or a pronoun (for one, or for nothing: "it is fair to
    say"), as the sentence's subject, or a named owner of it ("Petrel's shares")."""
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return any(
        t.ent_type_ in _ACTORS or t.pos_ == "PROPN" or t.lower_ in _PRONOUNS
        for t in (subject, *owners)
    )
