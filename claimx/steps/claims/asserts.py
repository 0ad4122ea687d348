"""Whether a wish, a call, an aim, a duty or a question asserts, where a figure often decides
(claims/sentence.py): a wish for one's own deed with a figure is a plan ("wants to give a $300
billion tax cut"), a question in a statement's word order with one asserts; a call on someone,
an aim or priority put as a clause and "we have to" without one are no claims. And what the
claims step counts as a figure, and a verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
NUMBER_ENTITIES = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
LARGE = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions"})


def subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def figure(token: Token) -> bool:
    """A number in figures, a large one in words or a multiple ("9:05.73", "hundreds of
    thousands", "three times as many"): a value stated, where a small number in words ("in
    just one decade", "a top-five player") may only date or place."""
    return token.ent_type_ in NUMBER_ENTITIES and (
        any(c.isdigit() for c in token.text)
        or token.lower_ in LARGE
        or (token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "times")
    )


def declarative(root: Token, first: Token, words: dict) -> bool:
    """A question mark on a statement's word order ("We learn that he paid 50 times the tax
    ...?") or on what the listener is asked to know ("do you realise we spend $73 billion a
    year on it?", words.json `factive`): the root's subject before it and before its
    auxiliaries, no question word first, and no figure in a clause put as a question; with a
    figure it asserts (rhetoric put to a figure), while "Is America better off than 4 years
    ago?", "why did you not do it?" and "I think the issue is this: should we spend millions
    on it?" ask."""
    if first.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return False
    told = root.lemma_.lower() in words["factive"]  # "do you know that ...": asks nothing
    asked = [v for v in root.sent if _inverted_order(v) and not (told and v == root)]
    if told:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    subject = subject_of(root)
    if subject is None or subject.i > root.i:
        return False
    return root not in asked and not any(figure(t) for v in asked for t in v.subtree)


def _inverted_order(verb: Token) -> bool:
    """A clause whose auxiliary comes before its subject ("should the government pay")."""
    subject = subject_of(verb)
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)


def plan_with_figure(wish: Token) -> bool:
    """ "We want to cut taxes by $2,000", "the firm hopes to sell 5 million phones": a wish
    for the subject's own deed with a figure in it is a plan stated with its value
    (CLAIMS_GUIDELINES: plans are predictions), checkable against the record; "I want to
    win" hopes, and "urged ministers to spend £5bn" (an object: someone else's deed) calls."""
    return not any(c.dep_ == "dobj" for c in wish.children) and any(
        c.dep_ == "xcomp" and any(figure(t) for t in c.subtree) for c in wish.children
    )


def calls_on(verb: Token, words: dict) -> bool:
    """ "The coach challenged his side to match that display", "pressed ministers to publish
    the report": a call on someone to act (words.json `calling`), as "urge" is; "challenged the
    ruling" and "pressed the button" are deeds, and "challenged the banks to cut fees by 20%"
    (a figure, which `is_claim` keeps) is a demand stated."""
    return (
        verb.lemma_.lower() in words["calling"]
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
        )
    )


def aim_stated(verb: Token, words: dict) -> bool:
    """ "Our goal is to win the league", "the most important thing is that we improve": an aim
    or a priority (words.json `aims`) stated as a clause, the speaker's own (a first or second
    person possessive) or ranked by an adjective: an aim or a duty, no fact. "The council's
    plan is to ..." (a body's) is left a claim, and so is an aim with a figure (`is_claim`)
    and a clause in the past ("the pleasing thing is we won both games": a fact, framed)."""
    subject = subject_of(verb)
    if verb.lemma_ != "be" or subject is None or subject.lemma_.lower() not in words["aims"]:
        return False
    own = any(c.dep_ == "poss" and c.lower_ in ("my", "our", "your") for c in subject.children)
    ranked = any(c.dep_ == "amod" for c in subject.children)
    return (own or ranked) and any(
        c.dep_ in ("ccomp", "xcomp") and c.tag_ not in ("VBD", "VBN") for c in verb.children
    )


def obliged(verb: Token) -> bool:
    """ "We have to keep going", "I have to be honest": a duty the speaker lays on himself or
    his side, in the present, exhorts as "we must" does; "I had to leave" tells what happened."""
    return (
        verb.lemma_ == "have"
        and verb.tag_ == "VBP"
        and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children
        )
    )
