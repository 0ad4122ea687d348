"""Finding the speaker's mention: the subject of a cue verb and the words that name it."""

from __future__ import annotations

from itertools import chain, islice
from typing import TYPE_CHECKING

from ..entities import entity_at

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How far up the parse a quote's cue or a pronoun's antecedent may be: news attributions
# sit a few links away, and a bound keeps degenerate parses from going quadratic.
DEPTH = 12
FANOUT = 32  # dependents looked at per word, for the same reason
# 'said Wednesday', '49 say': what the parser may take for a subject but never speaks.
NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
# A verb without its own subject borrows its governor's: "..., saying", "and said", "wanted to say".
_BORROW_SUBJECT = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})
_NP_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "case", "quantmod"})
_NAME_DEPS = frozenset({"compound", "flat", "nmod"})
_MENTION_PREPS = frozenset({"for", "at", "of", "with", "from", "in"})
_MENTION_MAX = 10  # words a noun phrase speaker may run on after its head
_JOINT_TITLE = 6  # title words between 'and' and a joint speaker's name
_PEOPLE = frozenset({"PERSON"})
_BODIES = frozenset({"ORG", "NORP"})
_JOINT_FAMILIES = {"PERSON": _PEOPLE, "ORG": _BODIES, "NORP": _BODIES}


def lefts(tok: Token) -> Iterator[Token]:
    return islice(tok.lefts, FANOUT)


def rights(tok: Token) -> Iterable[Token]:
    # spaCy lists every right dependent before yielding one: skip a runaway fan-out.
    return tok.rights if tok.n_rights <= FANOUT else ()


def children(tok: Token) -> Iterator[Token]:
    return chain(lefts(tok), rights(tok))


def subject_of(verb: Token, inside: bytearray, window: tuple[int, int]) -> Token | None:
    """The speaking subject of a cue verb, outside any quote and within the quote's window."""
    v = verb
    for _ in range(4):
        for child in children(v):
            if (
                child.dep_ in SUBJECTS
                and not inside[child.i]
                and window[0] <= child.idx < window[1]
                and (child.ent_type_ not in NOT_SPEAKERS or age_description(child))
                and child.tag_ != "POS"
                and not (child.i > verb.i and not _inverted(verb, inside))
                and not (v is not verb and _expletive(child, v))
            ):
                return child
        if v.dep_ not in _BORROW_SUBJECT or v.head.i == v.i:
            return None
        v = v.head
    return None


def _expletive(subj: Token, head: Token) -> bool:
    """'It is fair to say', "It's become commonplace to argue", 'X said it was vital and
    urged ...': the 'it' of a predicate stands for no one the cue below could borrow."""
    return subj.lower_ in ("it", "this", "there") and any(
        c.dep_ in ("acomp", "attr") for c in children(head)
    )


def age_description(tok: Token) -> bool:
    """'said the 46-year-old': a person described by age, which the tagger calls a date."""
    doc = tok.doc
    return (
        tok.lower_ == "old"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ in ("year", "years")
    )


def _inverted(verb: Token, inside: bytearray) -> bool:
    """'"...," said Smith', 'Debt will rise, says the think-tank': the speaker after the verb.

    Also 'He "drew well" in the primary, said Smith': a cue after a comma closing a sentence
    that holds a quote.
    """
    return (
        follows_quote(verb, inside)
        or any(c.dep_ == "ccomp" and c.i < verb.i and not inside[c.i] for c in lefts(verb))
        or _after_quoted_clause(verb, inside)
    )


def _after_quoted_clause(verb: Token, inside: bytearray) -> bool:
    doc = verb.doc
    start = verb.sent.start
    return (
        verb.i > start
        and doc[verb.i - 1].text == ","
        and any(inside[j] for j in range(start, verb.i - 1))
    )


def follows_quote(verb: Token, inside: bytearray) -> bool:
    """'"...," said Smith': only right after a quote does the speaker follow the verb.

    Elsewhere a subject after the verb is a small clause's ('calling the plan "a mess"').
    """
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].is_punct and not inside[i]:
        i -= 1
    return i >= 0 and bool(inside[i])


def mention_span(tok: Token) -> Span:
    """The words naming the speaker at this token: a pronoun, a full name, or a noun phrase."""
    doc = tok.doc
    if tok.pos_ == "PRON" or tok.tag_ in ("WP", "PRP"):
        return doc[tok.i : tok.i + 1]
    if tok.ent_type_ and tok.pos_ == "PROPN":
        ent = entity_at(tok)
        if ent is not None:
            return _numbered(ent if _owned_name(ent) else _strip_possessive(ent))
    if tok.pos_ == "PROPN":
        left = tok.i
        for child in lefts(tok):
            if child.dep_ in _NAME_DEPS and child.pos_ == "PROPN":
                left = min(left, child.left_edge.i)
        return _numbered(_strip_possessive(doc[left : tok.i + 1]))
    left, right = tok.i, tok.i
    for child in lefts(tok):
        if child.dep_ in _NP_LEFT:
            left = min(left, child.left_edge.i)
    for child in rights(tok):
        if (
            child.dep_ == "prep"
            and child.lower_ in _MENTION_PREPS
            and child.right_edge.i - tok.i <= _MENTION_MAX
            and "\n" not in doc[tok.i : child.right_edge.i].text
        ):
            right = max(right, child.right_edge.i)
    return _strip_possessive(doc[left : right + 1])


def joint_partner(span: Span, inside: bytearray, titles: frozenset[str]) -> Span | None:
    """'chief executive William Harrison and chief operating officer James Dimon said',
    'Labour and the Liberal Democrats said': the other name of two joined by 'and' around
    the speaker's, of the same kind (people, or organizations and parties), titles between
    (lower-case words, or `titles`: 'Only Fools and Horses star David Jason' joins no one)."""
    doc = span.doc
    root = span.root
    # 'Labour and the Liberal Democrats said': a party the tagger left untyped joins a body
    untyped = not root.ent_type_ and root.is_title and root.pos_ in ("PROPN", "NOUN")
    family = _JOINT_FAMILIES.get(root.ent_type_) or (_BODIES if untyped else None)
    if family is None:
        return None
    j = span.end
    if j < len(doc) and doc[j].lower_ == "and":
        k = j + 1
        while k < min(len(doc), j + 1 + _JOINT_TITLE) and _title_word(
            doc[k], inside, family, titles
        ):
            k += 1
        ent = entity_at(doc[k]) if k < len(doc) and doc[k].ent_iob_ == "B" else None
        if ent is not None and ent.label_ in family and not inside[k]:
            return _strip_possessive(ent)
    i = span.start - 1
    while i >= max(0, span.start - 1 - _JOINT_TITLE) and _title_word(
        doc[i], inside, family, titles
    ):
        i -= 1
    if i > 0 and doc[i].lower_ == "and" and doc[i - 1].ent_type_ in family:
        ent = entity_at(doc[i - 1])
        if (
            ent is not None
            and ent.end == i
            and ent.root.dep_ not in ("pobj", "dobj", "poss")
            and not inside[ent.start]
        ):
            return ent
    return None


def _title_word(tok: Token, inside: bytearray, family: frozenset[str], titles) -> bool:
    """A word of the title before a name: 'chief operating officer', 'Chancellor', 'the'."""
    return (
        tok.pos_ in ("NOUN", "ADJ", "PROPN", "DET")
        and (tok.is_lower or tok.lower_.rstrip(".") in titles)
        and tok.ent_type_ not in family
        and tok.ent_type_ not in NOT_SPEAKERS
        and not inside[tok.i]
    )


def _numbered(span: Span) -> Span:
    """'Andre 3000 thanked fans': a number right after a name, hanging on it, is part of it."""
    doc = span.doc
    end = span.end
    if (
        end < len(doc)
        and doc[end].dep_ == "nummod"
        and doc[end].head.i in range(span.start, span.end)
        and doc[end].like_num
        and span[-1].whitespace_
    ):
        return doc[span.start : end + 1]
    return span


def _owned_name(ent: Span) -> bool:
    """ "Standard & Poor's said", "Sainsbury's said": a business named for its founder keeps
    the "'s" the tagger took into the name, when the name owns nothing after it."""
    return ent.label_ == "ORG" and ent[-1].tag_ == "POS" and ent.root.dep_ != "poss"


def _strip_possessive(span: Span) -> Span:
    """Without a trailing possessive or punctuation, nor a bracket left open: 'the
    Department of Health (DoH' is 'the Department of Health'."""
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
        span = span[:-1]
    opened = [t.i for t in span if t.text == "("]
    if opened and not any(t.text == ")" and t.i > opened[-1] for t in span):
        return _strip_possessive(span.doc[span.start : max(opened[-1], span.start + 1)])
    return span


def closing_tag(sent: Span) -> Token | None:
    """'Courts should be a last resort, MPs said.': the subject of a tag closing a sentence
    the parse hung on the reported clause, a comma before it and no 'and' ('..., and prices
    rose' is a clause of its own); the sentence's speaker is its main subject."""
    end = sent.end - 1
    while end > sent.start and sent.doc[end].is_punct:
        end -= 1
    verb = sent.doc[end]
    if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "parataxis") or verb.head != sent.root:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "cc" for c in verb.children):
        return None
    before = sent.doc[subj.left_edge.i - 1] if subj.left_edge.i > sent.start else None
    return subj if before is not None and before.text == "," and subj.i == end - 1 else None
