"""Several people a plural description stands for: 'the three men said', 'both ministers'.

A description that counts people ('the two women', 'both managers', 'the pair') stands for
the people the story has just named: the nearest sentence before it (outside quotes, within
a few sentences) that names anyone, when it names exactly that many. The speaker keeps the
description as its text and kind `group`; its name lists the people ('A, B and C'), as a
joint speaker's does ('A and B said'). A count the last names do not match is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention import children

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
