"""Whether a sentence asserts something checkable, and Full Fact's type of what it asserts.

Read from the parse. A sentence is no claim when it asks (ends in "?"), commands (a bare
verb with no subject opens it), wishes or pleads ("hope", "urge", any subject), gives a
first or second person opinion ("I think ...", "we feel ..."), advises ("should"), or judges
without facts (a copula with an evaluative predicate and no number or name); a verbless
fragment is a claim only when it carries a number. "X said P" is read on P: the content
clause of a reporting verb decides both whether and what.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

# Full Fact's types, in the order that breaks a tie.
ClaimType = Literal[
    "quantity",
    "prediction",
    "correlation_or_causation",
    "law_or_rule",
    "personal_experience",
    "other",
]
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_PERSONAL = frozenset({"i", "we", "you"})
_FACT_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "EVENT", "LAW", "DATE", "MONEY"})
_SPECULATIVE = frozenset({"could", "might", "would", "'d"})
_COMPARATIVES = frozenset({"JJR", "JJS", "RBR", "RBS"})
_QUOTE_MARKS = frozenset("\"“”‘’'")


def content_verb(sentence: Span, words: dict) -> Token:
    """The verb of what is asserted: the clause under a reporting verb, else the root."""
    root = sentence.root
    if root.lemma_.lower() in words["reporting"]:
        for child in root.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                return child
    return root


def is_claim(sentence: Span, words: dict, *, has_number: bool) -> bool:
    tokens = [t for t in sentence if not t.is_space and t.text not in _QUOTE_MARKS]
    if not tokens or all(t.is_punct for t in tokens):
        return False
    if tokens[-1].text == "?" or (len(tokens) > 1 and tokens[-2].text == "?"):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return has_number
    root, verb = sentence.root, content_verb(sentence, words)
    if _imperative(root, tokens[0]):
        return False
    wishes = {root} if root.lemma_.lower() in words["evidence"] else {root, verb}
    if any(clause.lemma_.lower() in words["not_claim_verbs"] for clause in wishes):
        return False  # "they want ...", but "a survey found that voters want ..." is a finding
    factual = has_number or any(
        t.ent_type_ in _FACT_ENTITIES or t.tag_ in ("JJS", "RBS") for t in tokens
    )
    for clause in () if factual else {root, verb}:  # "I think" before a fact still asserts it
        subject = _subject(clause)
        if (
            subject is not None
            and subject.lower_ in _PERSONAL
            and (
                clause.lemma_.lower() in words["opinion_verbs"]
                or any(c.dep_ == "aux" and c.lower_ in _SPECULATIVE for c in clause.children)
            )
        ):
            return False  # "I think ...", "we could do it with our eyes shut"
    if any(c.dep_ == "aux" and c.lower_ in words["advice_modals"] for c in verb.children):
        return False
    if _conditional(root) or _conditional(verb):
        return False
    return not _judgement(verb, words, has_number)


def _imperative(root: Token, first: Token) -> bool:
    return (
        root.tag_ == "VB"
        and root.i == first.i
        and not any(c.dep_ in _SUBJECTS for c in root.children)
    )


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _conditional(verb: Token) -> bool:
    """ "If I have no part in his plans, ...": a hypothetical, not an assertion."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


def _judgement(verb: Token, words: dict, has_number: bool) -> bool:
    """A copula whose predicate only evaluates or describes a state of mind.

    "the budget is a disgrace", "I was nervous": an evaluative word (words.json), no number,
    no name. A plain adjective ("the rate is high") is left a claim: often checkable.
    """
    if verb.lemma_ != "be" or has_number:
        return False
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if not predicates:
        return False
    predicate = predicates[0]
    evaluative = predicate.lemma_.lower() in words["evaluative"] or any(
        c.dep_ == "amod" and c.lemma_.lower() in words["evaluative"] for c in predicate.children
    )
    near = [predicate, *(c for c in predicate.children if c.dep_ in ("compound", "amod", "poss"))]
    named = any(t.ent_type_ and t.ent_type_ != "ORDINAL" for t in near)
    return evaluative and not named


def claim_type(sentence: Span, words: dict, *, amount: bool, number: bool) -> ClaimType:
    """Full Fact's type, the first that applies in the order of `ClaimType`.

    A quantity asserts a value: an amount, a percentage or a count (`amount`, `number`), or a
    change, a ranking or a superlative ("fell", "the biggest"); a change that is still to come
    without a value ("could rise sharply") is a prediction.
    """
    lowers = [t.lower_ for t in sentence]
    phrases = f" {' '.join(lowers)} "
    lemmas = {t.lemma_.lower() for t in sentence} | set(lowers)

    def cue(kind: str) -> bool:
        return any((f" {w} " in phrases) if " " in w else (w in lemmas) for w in words[kind])

    future = cue("future") or _due_to_verb(sentence)
    compared = cue("quantity") or any(t.tag_ in ("JJS", "RBS") for t in sentence)
    hedged = any(w in lemmas for w in ("could", "may", "might"))
    if amount or number or (compared and not (future or hedged)):
        return "quantity"
    if future or (compared and hedged):
        return "prediction"
    if cue("causal"):
        return "correlation_or_causation"
    if cue("law"):
        return "law_or_rule"
    if _personal(sentence, words):
        return "personal_experience"
    return "other"


def _due_to_verb(sentence: Span) -> bool:
    """ "is due to open": a schedule, not a cause."""
    return any(
        t.lower_ == "due"
        and t.i + 2 < sentence.end
        and t.nbor(1).lower_ == "to"
        and t.nbor(2).tag_ == "VB"
        for t in sentence
    )


def _personal(sentence: Span, words: dict) -> bool:
    """The speaker's own past: "I was never offered a contract", "we lost our home"."""
    return any(
        t.dep_ in _SUBJECTS
        and t.lower_ in words["personal_pronouns"]
        and t.head.tag_ in ("VBD", "VBN")
        for t in sentence
    )
