"""A source named once for a run of figures or forecasts: the sentences after its statement
that name no source of their own go on with it."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..doctext import doc_text
from .asserts import NUMBER_ENTITIES
from .clauses import document
from .sentence import subject_of

_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_BREAKS = re.compile(r"[ \t]*\n\s*")  # a paragraph break: a run of blank space with a newline
_LIST_MARKS = frozenset("-•*–")  # what opens a list item's paragraph
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
_BODY_PRONOUNS = frozenset({"it", "they"})
# body nouns (words.json `organizations`) that also name what a body offers: "The service
# begins with a trial on 16 trains" goes on with the firm's announcement of it
_OFFERED = frozenset({"service", "site", "website", "network", "channel", "station", "blog"})
# what may or will come ("Reform could cut poverty", "The scheme would cost £2bn", "The plant
# will close in May"); "may" also narrates ("visitors may notice")
_FORESEEING = frozenset({"could", "might", "would", "will"})
# what markets price, reported from the trading floor, not from anyone's statement: "Shares fell
# 1% to 510p", "the pound rose against the dollar"
_TRADED = frozenset({"share", "stock", "bond", "market", "currency", "pound", "dollar", "euro"})


class Previous(NamedTuple):
    """The sentence before: where it ends and, if it reports a body's statement, whose; and
    the last lead-in ("X said in a statement:" ending its paragraph), whose and where it ends."""

    end: int
    statement: dict | None
    lead_in: tuple[dict, int] | None = None


def lead_in(claimer: dict, sentence: str, end: int, text: str) -> tuple[dict, int] | None:
    """A named source's sentence that ends its paragraph with a colon ("The board said in a
    statement:") opens what it said, the next paragraph."""
    if claimer["kind"] == "journalist" or not sentence.rstrip().endswith(":"):
        return None
    return (claimer, end) if _BREAKS.match(text, end) else None


def led_on(sentence: Span, previous: Previous) -> dict | None:
    """A sentence with no source of its own in the paragraph right after a lead-in is what
    the lead-in's source said ("The board said in a statement: ¶ The plant will close in May.
    Its 300 staff will be offered other jobs."), and so is each item of a list it opens
    ("The proposals include: ¶ - ... ¶ - ...")."""
    if previous.lead_in is None:
        return None
    claimer, end = previous.lead_in
    paragraphs = _BREAKS.split(doc_text(sentence.doc)[end : sentence.start_char])[1:]
    if len(paragraphs) != 1 and not all(
        (p or sentence.text).lstrip()[:1] in _LIST_MARKS for p in paragraphs
    ):
        return None
    return {**claimer, "quote": None, "direct": None}


def reported(claimer: dict, words: dict) -> dict | None:
    """A body's reported statement ("the bank said ...", "according to the ONS") or its
    document ("figures from Ofcom show"), not its direct quote or what it only does or
    plans ("it plans to focus on ...")."""
    if claimer["kind"] != "organization" or claimer["direct"]:
        return None
    mention = (claimer["text"] or "").lower().split()
    return claimer if claimer["quote"] is not None or words["documents"] & set(mention) else None


def figures_go_on(sentence: Span, previous: Previous, has_number: bool, words: dict) -> dict | None:
    """ "Employers added 146,000 jobs, the Labor Department said. The jobless rate fell to
    5.4%.": a sentence of figures, of a trend ("is growing steadily", "was the strongest for
    13 years") or of what could come, with no source of its own, right after a body's
    statement, in the same paragraph, is that body's too: a story names the source of a run
    of official figures once ("one of the reasons ..." is no figure). Not a
    sentence about a named actor or a person ("Fiat owns a 56% stake ...", "She scored 158
    goals", "It is fair to say ..."): that is the story narrating, as is a sentence about
    what such an actor has ("Cairn's shares jumped") or does ("The government pays £200
    ..."), market prices ("Shares fell 1%"), and a sentence with a statement of its own ("The
    list was published on Monday"); "it" or "they" doing what would come goes on (`_its_plan`)."""
    figures = has_number and not _one_of(sentence)
    if previous.statement is None:
        return None
    if not (figures or _foreseen(sentence.root) or _trend(sentence.root, words)):
        return None
    if "\n" in doc_text(sentence.doc)[previous.end : sentence.start_char]:
        return None
    subject = subject_of(sentence.root)
    traded = subject is not None and subject.lemma_.lower() in _TRADED
    narrated = subject is not None and (_actor(subject, words) or traded)
    if narrated and not _its_plan(sentence.root, subject):
        return None
    if _announced(sentence, words):
        return None
    return {**previous.statement, "quote": None, "direct": None}


def _its_plan(verb: Token, subject: Token) -> bool:
    """ "The party pledged to scrap the tax. It would also freeze rail fares.": "it" or "they"
    also doing what would or will come, right after a body's statement, is the body's plan
    going on; "also" adds to what it said. Not "it would be wrong to ..." (the story's
    judgement), nor "It could take 15 years" without "also" (no one's in particular)."""
    return (
        subject.lower_ in _BODY_PRONOUNS
        and _foreseen(verb)
        and verb.lemma_.lower() != "be"
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
    )


def _trend(verb: Token, words: dict) -> bool:
    """ "LLU is growing steadily", "September's reading was the strongest for 13 years": a
    rise or fall, or a record, asserted without a figure, as a run of official figures
    states one."""
    if verb.lemma_.lower() in words["change"]:
        return True
    return verb.lemma_ == "be" and any(
        c.dep_ in ("attr", "acomp") and c.tag_ in ("JJS", "RBS") for c in verb.children
    )


def _one_of(sentence: Span) -> bool:
    """ "One of the reasons blogs are popular is ...": "one of" picks out, it counts nothing;
    the sentence's only number."""
    numbers = [t for t in sentence if t.ent_type_ in NUMBER_ENTITIES]
    return bool(numbers) and all(
        t.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in numbers
    )


def _foreseen(verb: Token) -> bool:
    """ "Reform could cut poverty.": what may come, right after a body's statement, is its
    forecast; a story states what is, it does not guess."""
    return any(c.dep_ == "aux" and c.lower_ in _FORESEEING for c in verb.children)


def _actor(subject: Token, words: dict) -> bool:
    """A named body, place or person, or a pronoun (for one, or for nothing: "it is fair to
    say"), as the sentence's subject, or a named owner of it ("Petrel's shares"); a body by
    its common noun ("the government", "the German company"; a document is none); a name
    beside it ("The previous record holder, Japan's Earth Simulator, ..."); a month or day
    that owns it names no actor ("September's reading")."""
    owners = [c for c in subject.children if c.dep_ in ("poss", "appos")]
    lemma = subject.lemma_.lower()
    body = lemma in words["organizations"] and lemma not in _OFFERED
    body = body and not document(subject, words)
    return body or any(
        t.ent_type_ in _ACTORS or t.lower_ in _PRONOUNS or (t.pos_ == "PROPN" and not _dated(t))
        for t in (subject, *owners)
    )


def _dated(token: Token) -> bool:
    """ "September's reading", "Monday's figures": a month or day names when, not who."""
    return token.ent_type_ in ("DATE", "TIME")


def _announced(sentence: Span, words: dict) -> bool:
    """ "The list was published on Monday", "New figures were released": a statement made in
    the sentence itself, someone else's, not the run's."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in words["reporting"]
        and any(c.dep_ == "nsubjpass" for c in t.children)
        for t in sentence
    )
