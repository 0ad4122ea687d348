"""Whether a sentence speaks of what is still to come: the parse cues of a prediction that a
cue list (words.json `future`) cannot give alone (claims/kinds.py decides the type)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..dates.rules import FULL_MONTHS, FULL_WEEKDAYS
from ..entities import entity_at

SPECULATIVE_FUTURE = frozenset({"could", "may", "might"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
# how often: "would visit twice a year", "would often sing" (a habit in the past)
_FREQUENCY = frozenset(
    {"always", "often", "usually", "sometimes", "regularly", "frequently", "occasionally"}
    | {"routinely", "normally", "typically", "once", "twice"}
)


def future_act(sentence: Span, words: dict) -> bool:
    """ "Howard said Labour would raise taxes", "the party will scrap the ban": a law word as
    the object of an act still to come, in any clause, is what someone will do (prediction);
    "the meeting would be in breach of the rules" still says what a rule holds."""
    for token in sentence:
        if token.dep_ != "dobj" or {token.lemma_.lower(), token.lower_}.isdisjoint(words["law"]):
            continue
        verb = token.head
        if verb.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children
        ):
            return True
    return False


def habitual(tokens) -> frozenset[int]:
    """The "would" of a habit in the past, in a main clause: "he would sing it once a day",
    "she would visit every Sunday"; not reported ("he said the board would meet twice a
    year": a plan)."""
    return frozenset(
        t.i
        for t in tokens
        if t.lemma_.lower() == "would"
        and t.dep_ == "aux"
        and t.head.dep_ in ("ROOT", "conj")
        and any(
            (c.dep_ == "advmod" and c.lower_ in _FREQUENCY)
            or (
                c.dep_ == "npadvmod"
                and any(d.lower_ in _FREQUENCY or d.lower_ in ("every", "each") for d in c.children)
            )
            for c in t.head.children
        )
    )


def expected(tokens) -> bool:
    """ "analysts expected the bank to cut rates": an expectation with its infinitive is what
    was to come (the passive, "is expected to", is a cue word)."""
    return any(
        t.lemma_ == "expect"
        and t.pos_ == "VERB"
        and not any(c.dep_ == "neg" for c in t.children)
        and any(
            c.dep_ in ("ccomp", "xcomp")
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            for c in t.children
        )
        for t in tokens
    )


def planned(tokens) -> bool:
    """ "the firm plans a new factory", "is planning a flotation": a plan in the present with
    its object is what is to come ("plans to" is a cue word); "planned a road in 1990" and
    "had been planning a sale" tell the past."""
    return any(
        t.lemma_ == "plan"
        and t.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in t.children)
        and (
            t.tag_ in ("VBZ", "VBP")
            or (
                t.tag_ == "VBG"
                and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in t.children)
            )
        )
        for t in tokens
    )


def speculated(verb: Token) -> bool:
    """ "may table a bid", "could unveil plans": a hedged act still to come; not "may have
    gone", "could not say" (a past), "may be" (a present guess). After causal cues in the tie
    order: "may reflect the fall in prices" is a hedged cause."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.lemma_ not in ("be", "have")
        and any(c.lower_ in SPECULATIVE_FUTURE for c in auxes)
        and not any(c.lemma_ == "have" or c.lower_ == "'ve" for c in auxes)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def to_come(sentence: Span) -> bool:
    """ "Juventus to hold talks over striker", "Minister to face questions": no finite verb,
    "to" and a verb at the root or on its noun."""
    if any(t.tag_ in _FINITE for t in sentence):
        return False
    root = sentence.root
    return any(
        t.tag_ == "VB"
        and root.i in (t.i, t.head.i)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in sentence
    )


def due_to_verb(tokens) -> bool:
    """ "is due to open": a schedule, not a cause."""
    return any(
        t.lower_ == "due"
        and t.i + 2 < len(t.doc)
        and t.nbor(1).lower_ == "to"
        and t.nbor(2).tag_ == "VB"
        for t in tokens
    )


def scheduled(tokens, words: dict) -> bool:
    """ "Hewitt plays Beck in the second round on Tuesday", "the law comes into force on 1
    April", "the final is on Sunday": a present tense fixed to a date is a timetable; news
    tells the past in the past. Not "on Sundays", "every Monday" (a habit), "last week", nor a
    reporting verb's date ("the firm says on Tuesday ...": its clause decides)."""
    present = {t.i for t in tokens if t.tag_ in ("VBZ", "VBP")}
    for date in tokens:
        if not (
            date.dep_ == "npadvmod"
            or (date.dep_ == "pobj" and date.head.lower_ in ("on", "in", "from"))
        ) or not _one_date(date):
            continue
        verb = date.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i in present and verb.lemma_.lower() not in words["reporting"]:
            return True
    return False


_DAYS = frozenset((*FULL_WEEKDAYS, "tomorrow"))


def _one_date(token: Token) -> bool:
    """A day to come: "on Tuesday", "on 1 April", "next summer"; not "in 2002", "this year",
    "on Sundays", "last Monday" (a year, a span, a habit, the past)."""
    if token.ent_type_ != "DATE" or token.tag_ in ("NNS", "NNPS"):
        return False
    date = entity_at(token)
    lowers = [t.lower_ for t in date]
    if lowers[0] in ("last", "every", "each", "previous", "earlier"):
        return False
    day_of_month = any(w in FULL_MONTHS for w in lowers) and any(
        t.like_num and len(t.text) <= 2 for t in date
    )
    return lowers[0] == "next" or day_of_month or (not _DAYS.isdisjoint(lowers))
