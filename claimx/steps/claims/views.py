"""Sentences typed `other` (no claim type's cue) that tie nothing to a record: views.

A checkable fact names what it is about: a body, a place, an event, a law, a date, a figure,
a document or the evidence.
Without any of these, two kinds of sentence describe or judge rather than report
(CLAIMS_GUIDELINES.md: opinions and vague characterisation are no claims): a speaker's own
words in a direct quote ("He is a fan of his style of play", "Everybody has that right"), and
a copula with an adjective ("The equipment is not cheap", "the prognosis was still
uncertain"). A copula with an adjective graded by a degree adverb ("prospects in Europe are
very bright") judges whatever it names. A person's name alone does not tie such a sentence
to a record ("Maria is a natural leader"). Measured on the BBC dev half: of its 62 sentences
in direct quotes 36 are no claim and one is `other`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .sentence import content_verb

_ANCHORS = frozenset(  # entity labels of what a record could hold
    {"ORG", "GPE", "NORP", "EVENT", "LAW", "DATE", "MONEY", "LOC", "FAC", "TIME", "PERCENT"}
) | {"QUANTITY"}
_COMPLEMENTS = frozenset({"prep", "ccomp", "xcomp", "advcl"})
_CAPACITY = frozenset({"able", "unable"})  # "was unable to attend": a fact
# verbs that link a thing to how it is or seems: "the recovery remains fragile"
_COPULAS = frozenset({"be", "remain", "stay", "seem", "appear", "look"})


# degree adverbs: on a predicate adjective they grade it, so it judges ("very bright")
_DEGREE = frozenset(
    {"very", "extremely", "so", "too", "really", "incredibly", "hugely", "deeply", "quite"}
    | {"pretty", "highly", "remarkably", "exceptionally", "enormously", "immensely", "truly"}
)


def is_view(sentence: Span, words: dict, *, quoted: bool) -> bool:
    """Whether a sentence typed `other` is a view: a graded description, or quoted or a
    description naming nothing."""
    verb = content_verb(sentence, words)
    if _graded(verb, words) and sentence.root.lemma_.lower() not in words["evidence"]:
        return True
    if any(t.ent_type_ in _ANCHORS or _evidence(t, words) for t in sentence):
        return False
    return quoted or _described(sentence, words)


def _graded(verb: Token, words: dict) -> bool:
    """A copula with an adjective graded by a degree adverb: "prospects for the industry in
    Europe are very bright", "online games are hugely popular in Korea" judge, whatever they
    name; an adjective with its own complement ("too ill to travel", "very close to a deal")
    or a state a record confirms ("was very sick", words.json `factual_states`) says what."""
    return verb.lemma_ in ("be", "remain", "seem", "look") and any(
        c.dep_ == "acomp"
        and c.pos_ == "ADJ"
        and c.lemma_.lower() not in words["factual_states"]
        and any(g.dep_ == "advmod" and g.lower_ in _DEGREE for g in c.children)
        and not any(g.dep_ in _COMPLEMENTS for g in c.children)
        for c in verb.children
    )


def _evidence(noun: Token, words: dict) -> bool:
    """A record stated as what the sentence is about (words.json `documents`): "there is no
    evidence that ...", "the data is pointing to ..."; not "in written evidence to the
    committee", "we have the evidence" (where it is found, that it exists)."""
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ in words["documents"]
        and (
            (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT")
            or any(
                c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
                for c in noun.children
            )
        )
    )


def _described(sentence: Span, words: dict) -> bool:
    """A copula with a bare adjective predicate, not an existential nor a finding: "the
    markets are perfectly rational", "the prognosis was still uncertain", "the recovery
    remains fragile"; but an adjective with its own complement says what, of what
    ("chemically identical to the branded drug", "effective at killing germs", "satisfied
    that the rules were met"), and so does a copula other than "be" with one ("remains
    unknown until it is sold", "remains doubtful for the match"); "was unable to attend" and
    "is bankrupt" (words.json `factual_states`) are facts, and "a study found the claim was
    true" a finding."""
    verb = content_verb(sentence, words)
    if (
        verb.lemma_ not in _COPULAS
        or any(c.dep_ == "expl" for c in verb.children)
        or (verb.lemma_ != "be" and any(c.dep_ in _COMPLEMENTS for c in verb.children))
        or sentence.root.lemma_.lower() in words["evidence"]
    ):
        return False
    return any(
        c.dep_ == "acomp"
        and c.pos_ == "ADJ"
        and c.lemma_.lower() not in _CAPACITY
        and c.lemma_.lower() not in words["factual_states"]  # "is bankrupt"
        and not any(g.dep_ in _COMPLEMENTS for g in c.children)
        for c in verb.children
    )
