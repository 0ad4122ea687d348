"""Whether a claim tells the speaker's own experience (Full Fact's personal_experience;
claims/kinds.py decides the type): the first person's own past, or a past a speaker tells of
"he" or "she" who is that speaker."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .quoted import QUOTE_MARKS
from .sentence import SUBJECTS, content_verb, subject_of


def personal(sentence: Span, words: dict) -> bool:
    """The speaker's own past: "I was never offered a contract", "we lost our home", "the
    manager never picked me", "they cancelled our flight"; reported, "the striker says he has
    not had a chance" (a perfect whose subject is a pronoun for whoever says it) or "the winger
    said the club sacked him", "she said she was attacked" (a past done to that pronoun)."""
    verb = content_verb(sentence, words)
    past = _past(verb)
    for t in sentence:
        if t.lower_ not in words["personal_pronouns"] or t.tag_ not in ("PRP", "PRP$"):
            continue
        if t.dep_ in SUBJECTS and _past(t.head):
            return True
        modal = any(c.tag_ == "MD" for c in t.head.children)
        if t.dep_ in ("dobj", "dative") and past and not modal:
            return True
        if t.dep_ == "poss" and _undergone(t.head):
            return True  # "never refunded my ticket"
    root = sentence.root
    if verb == root or root.lemma_.lower() not in words["reporting"]:
        return False
    if any(t.text in QUOTE_MARKS for t in sentence):
        return False  # in a direct quote "he" is someone else
    speaker, subject = subject_of(root), subject_of(verb)
    undergone = _past(verb) and any(
        (c.dep_ == "dobj" and c.lower_ in ("him", "her"))
        or (c.dep_ == "nsubjpass" and c.lower_ in ("he", "she") and not _told(verb, words))
        for c in verb.children
    )  # "the winger revealed how the manager talked him into staying", "she was attacked"
    return (
        speaker is not None
        and (
            (_perfect(verb) and subject is not None and subject.lower_ in ("he", "she"))
            or undergone
        )
        and _one_person(speaker, words)
    )


def _one_person(speaker: Token, words: dict) -> bool:
    """A speaker "he" or "she" can stand for: a person's name, a pronoun, or one person put
    as a noun ("the striker claims he ..."); not many ("officials said she had been taken to
    hospital"), a body or a document ("police said he was stabbed", "a report says he was
    arrested"), nor an unnamed source, who speaks of someone else ("a doctor said he ...")."""
    if speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she"):
        return True
    lemma = speaker.lemma_.lower()
    return (
        speaker.tag_ == "NN"
        and not speaker.ent_type_
        and not any(lemma in words[kind] for kind in ("organizations", "documents", "unnamed"))
    )


def _told(verb: Token, words: dict) -> bool:
    """ "he was told by the committee that ...", "she was assured it was safe": what was said
    to someone is what the sentence reports, no experience of theirs."""
    return verb.lemma_.lower() in words["reporting"] or any(
        c.dep_ == "ccomp" for c in verb.children
    )


def _undergone(thing: Token) -> bool:
    """The object of a verb in the past itself ("lost my records"), not of one still to come
    ("to rebuild our nation") nor a title ("perform My Town")."""
    verb = thing.head
    return thing.dep_ == "dobj" and thing.pos_ == "NOUN" and verb.pos_ == "VERB" and _past(verb)


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _past(verb: Token) -> bool:
    """Said of what has happened: a past tense, or a perfect ("has not had")."""
    return (
        verb.tag_ == "VBD"
        or _perfect(verb)
        or (verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in verb.children if "aux" in c.dep_))
    )
