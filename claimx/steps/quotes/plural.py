"""Several people a plural description stands for: 'the three men said', 'both ministers'.

A description that counts people ('the two women', 'both managers', 'the pair') stands for
the people the story has just named: the nearest sentence before it (outside quotes, within
a few sentences) that names anyone, when it names exactly that many. The speaker keeps the
description as its text and kind `group`; its name lists the people ('A, B and C'), as a
joint speaker's does ('A and B said'). A count the last names do not match is left alone.

A plural word for a kind of body ('the papers', 'the firms') stands for the bodies the
sentence just before opened with, joined by 'and' ('The Sunday Post and the Daily Star
report ... The papers say'); with no such list it is left a description.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention import children
from .names import described

if TYPE_CHECKING:
    from spacy.tokens import Token

_SENTENCES = 3  # sentences looked back through for the people counted
# Counting words in English: a number, 'both', and nouns that are a count themselves.
_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "both": 2,
}
_COUNT_NOUNS = {"pair": 2, "couple": 2, "duo": 2, "trio": 3}
_PEOPLE_NOUNS = frozenset({"man", "woman", "people", "person", "brother", "sister"})
_NOT_BODIES = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_BODY_SENTENCES = 2  # sentences looked back through for the bodies 'the papers' are
_LIST_JOINS = frozenset({"and", ",", "the", "both"})  # words between the names of a list


def counted(tok: Token, titles: frozenset[str]) -> int | None:
    """How many people a description at tok counts: 'the three men' 3, 'both ministers' 2."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NN" and lemma in _COUNT_NOUNS:
        return _COUNT_NOUNS[lemma]
    if tok.tag_ != "NNS" or not (lemma in titles or lemma in _PEOPLE_NOUNS):
        return None
    for child in children(tok):
        if child.i < tok.i and child.lower_ in _NUMBERS:
            return _NUMBERS[child.lower_]
        if child.i < tok.i and child.like_num and child.text.isdigit():
            return int(child.text)
    return None


def the_people(tok: Token, count: int, named: list[tuple[int, str]]) -> str | None:
    """'A, B and C': the `count` people the nearest sentence naming anyone names, before tok.
    `named`: (char, full name) of every person the story names outside quotes, in order."""
    doc = tok.doc
    sent, end = tok.sent, tok.idx
    for _ in range(_SENTENCES + 1):
        found: list[str] = []
        for at, full in named:
            if sent.start_char <= at < end and full not in found:
                found.append(full)
        if found:
            if len(found) != count:
                return None
            return found[0] if count == 1 else ", ".join(found[:-1]) + " and " + found[-1]
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        end = sent.end_char
    return None


def the_bodies(tok: Token, inside: bytearray | None, words) -> str | None:
    """'A and B': for 'the papers', 'the firms' at tok, the names the nearest sentence
    before it (within a few) opens with, as a list of two or more proper names joined by
    'and', none a person or a place."""
    word = tok.doc[tok.i : tok.i + 1]
    if tok.lemma_.lower() not in words.organization_words or not described(word):
        return None
    doc, sent = tok.doc, tok.sent
    for _ in range(_BODY_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if inside is not None and inside[sent.root.i]:
            continue
        names, i = _opening_list(sent)
        if (
            len(names) > 1
            and doc[i - 1].lower_ != "and"
            and "and" in {t.lower_ for t in doc[sent.start : i]}
        ):
            return _listed(names)
        return None
    return None


def listed_subjects(
    tok: Token, inside: bytearray | None, named: list[tuple[int, str]], titles: frozenset[str]
) -> tuple[int, str] | None:
    """'Labour and the Tories have both rejected the plan. "...," they said': 'they' stands
    for the names joined by 'and' that open the sentence before as its subject, or for the
    people its subject counts ('The pair had faced bans. "...," they said'); (char, 'A and
    B') of them. `named` as for `the_people`."""
    if tok.lower_ != "they" or tok.sent.start == 0:
        return None
    sent = tok.doc[tok.sent.start - 1].sent
    if inside is not None and inside[sent.root.i]:
        return None
    start = next((t.i for t in sent if not t.is_space), sent.start)
    names, i = _opening_list(tok.doc[start : sent.end], frozenset())
    subjects = [c for c in children(sent.root) if c.dep_ in ("nsubj", "nsubjpass")]
    subj = subjects[0] if subjects else None
    count = counted(subj, titles) if subj and described(tok.doc[subj.i : subj.i + 1]) else None
    if count is not None and (people := the_people(subj, count, named)) is not None:
        return subj.idx, people
    if len(names) < 2 or subj is None or not sent.start <= subj.i < i:
        return None
    if "and" not in {t.lower_ for t in tok.doc[sent.start : i]}:
        return None
    return sent.start_char, _listed(names)


def _opening_list(sent, not_bodies: frozenset[str] = _NOT_BODIES) -> tuple[list[str], int]:
    """The proper names a sentence opens with, joined by 'and' or commas; where they end."""
    doc, i, names = sent.doc, sent.start, []
    while i < sent.end:
        if doc[i].lower_ in _LIST_JOINS:
            i += 1
            continue
        j = i
        while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].ent_type_ not in not_bodies:
            j += 1
        if j == i:
            break
        names.append(doc[i:j].text)
        i = j
    return names, i


def _listed(names: list[str]) -> str:
    """'A, B and C', as a joint speaker's name is written."""
    return ", ".join(names[:-1]) + " and " + names[-1]
