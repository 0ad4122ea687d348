"""The per-story working object of the quote rules, built once per story."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..doctext import doc_text
from .marks import scan_marks
from .mention import children, joint_partner, mention_span, rights, subject_of
from .parsed import entities, strip_the
from .speakers import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .rules import QuoteRules


# Speakers that may speak jointly ('X and Y said'), by kind: people, or bodies.
# Entities that never speak: events, laws (the tagger's works are checked: see _a_work).
_THINGS = frozenset({"EVENT", "LAW"})
# Nouns of an act or a state: with an 'of' complement, no speaker ('the restoration of ...').
_ACT_ENDINGS = ("tion", "sion", "ment", "ness", "ance", "ence")
_JOINABLE = {"person": "people", "organization": "bodies", "group": "bodies"}


class Context:
    """One story's text, token offsets, paragraphs, quote marks, cue verbs and speaker resolver."""

    def __init__(self, doc: Doc, text: str, rules: QuoteRules, body_start: int) -> None:
        self.doc = doc
        self.text = text
        self.rules = rules
        self.body_start = body_start
        self.idx = doc.to_array("IDX").tolist()
        self.ends = (doc.to_array("IDX") + doc.to_array("LENGTH")).tolist()
        lemmas = doc.to_array("LEMMA").tolist()
        self.candidates = [i for i, lemma in enumerate(lemmas) if lemma in rules.cue_hashes]
        self.paras = [m.start() for m in re.finditer(r"\n", self.text)]
        self.marks = scan_marks(self.text)
        self.inside = bytearray(len(doc))
        for q in self.marks:
            a, b = self.tokens(q.open, q.close)
            self.inside[a:b] = b"\x01" * (b - a)
        self.resolver = Resolver(doc, rules.words, self.inside, rules.relaying, rules.works)
        self._works: set[str] | None = None  # the story's names of works, when first asked

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token index range overlapping the characters [start, end)."""
        if end <= start:
            k = bisect_left(self.idx, start)
            return k, k
        a = max(bisect_right(self.idx, start) - 1, 0)
        if self.ends[a] <= start:
            a += 1
        return a, max(a, bisect_left(self.idx, end))

    def paragraph(self, char: int) -> tuple[int, int]:
        k = bisect_left(self.paras, char)
        start = self.paras[k - 1] + 1 if k else 0
        end = self.paras[k] if k < len(self.paras) else len(self.text)
        return start, end

    def cue_verbs(self, start: int, end: int) -> list[Token]:
        a, b = self.tokens(start, end)
        return [
            t
            for t in self.doc[a:b]
            if not self.inside[t.i]
            and start <= t.idx < end
            and self.is_cue(t)
            and (t.pos_ in ("VERB", "AUX") or self._misread_verb(t))
        ]

    def is_cue(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.rules.speech and self.asserts(tok)

    def asserts(self, verb: Token) -> bool:
        """Whether a reporting verb reports: not 'did not say', 'would say', 'if he says',
        'declined to say', 'is expected to announce'."""
        rules = self.rules
        kids = [c for c in children(verb) if not self.inside[c.i]]
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)  # 'may have said'
        for child in kids:
            if child.dep_ == "neg" or (
                child.dep_ == "aux" and child.lower_ in rules.modals and not perfect
            ):
                return False
            if child.dep_ == "mark" and child.lower_ in rules.conditional:
                return False
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            head = verb.head
            lemma = head.lemma_.lower()
            return (
                lemma not in rules.declining
                and lemma not in rules.prospective
                and self.asserts(head)
            )
        return True

    def subject(self, verb: Token, window: tuple[int, int]) -> Token | None:
        """The speaking subject of a verb: not a demonstrative or a word for data
        ('figures suggest'), nor the one spoken of ('he is described as')."""
        subj = self._quoted_one(verb, window) or subject_of(verb, self.inside, window)
        if subj is not None and subj.idx < self.body_start:
            # "INDIANAPOLIS, March 10 /PRNewswire/ -- Eli Lilly announced": the parser makes
            # the firm a conjunct of the dateline's place
            subj = next(
                (
                    c
                    for c in subj.children
                    if c.dep_ in ("conj", "appos") and c.idx >= self.body_start
                ),
                None,
            )
        if subj is None:
            return None
        if subj.lower_ in self.rules.not_speakers and subj.tag_ not in ("WDT", "WP"):
            return None
        if subj.head.i == verb.i and passive(verb) and verb.lemma_.lower() in self.rules.speech:
            return _agent(verb, self.inside)  # 'was ruled "too American" by a Paris court'
        if self.thing_relative(subj) or self.no_one(subj):
            return None
        return subj

    def no_one(self, subj: Token) -> bool:
        """'Finding Nemo said', 'the aim of the law is', 'part of this was': a work, an event,
        a law, an aim or an act is no one who could speak."""
        if subj.ent_type_ in _THINGS or (subj.pos_ == "PROPN" and self._a_work(subj)):
            return True
        word = subj.lower_
        if subj.pos_ != "NOUN" or word in self.rules.collective or subj.ent_type_:
            return False
        words = self.rules.words
        if word in words.titles or word in words.organization_words:
            return False
        return word in self.rules.abstract or (
            word.endswith(_ACT_ENDINGS) and any(c.lower_ == "of" for c in rights(subj))
        )

    def _a_work(self, subj: Token) -> bool:
        """A name the story gives a work elsewhere: the tagger's WORK_OF_ART set off in quote
        marks of its own or after a word for a work ('"Finding Nemo"', 'the film Finding Nemo'); the
        tag alone is too loose ('The Lib Dems')."""
        if self._works is None:
            doc, works = self.doc, self.rules.works
            self._works = {
                strip_the(ent.text).lower()
                for ent in entities(doc, "WORK_OF_ART")["WORK_OF_ART"]
                if ent.start > 0
                and ent.end < len(doc)
                and (
                    (doc[ent.start - 1].is_quote and doc[ent.end].is_quote)
                    or (doc[ent.start - 1].lower_ in works and doc[ent.start - 1].lower_ != "on")
                )
            }
        return bool(self._works) and strip_the(mention_span(subj).text).lower() in self._works

    def _quoted_one(self, verb: Token, window: tuple[int, int]) -> Token | None:
        """'The paper quoted Mr Clarke telling activists ...', 'quoted the minister as saying',
        'she was quoted as saying': the one quoted speaks, not the paper that quotes."""
        head = verb.head
        relaying = self.rules.relaying
        if verb.dep_ == "pcomp" and head.lower_ == "as":
            verb, head = head, head.head
        if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() in relaying:
            return head  # 'Reuters quoted a senior official saying ...'
        if (
            verb.dep_ not in ("xcomp", "prep", "advcl")
            or head.i == verb.i
            or head.lemma_.lower() not in relaying
        ):
            return None
        dep = "nsubjpass" if passive(head) else "dobj"
        return next(
            (
                c
                for c in children(head)
                if c.dep_ == dep
                and c.i < verb.i
                and not self.inside[c.i]
                and window[0] <= c.idx < window[1]
            ),
            None,
        )

    def thing_relative(self, subj: Token) -> bool:
        """'released a video that said "..."', 'held up a sign which read "..."': a relative
        pronoun standing for a thing; the words are those of whoever made or showed it."""
        if subj.lower_ not in ("that", "which") or subj.head.dep_ != "relcl":
            return False
        noun = subj.head.head
        words = self.rules.words
        return (
            noun.pos_ == "NOUN"
            and not noun.ent_type_
            and noun.lower_ not in words.titles
            and noun.lower_ not in words.organization_words
        )

    def _misread_verb(self, tok: Token) -> bool:
        """'Conway notes', 'she adds': a cue the tagger took for a plural noun after its subject."""
        return tok.tag_ == "NNS" and tok.i > 0 and self.doc[tok.i - 1].pos_ in ("PROPN", "PRON")

    def speaker(self, tok: Token) -> dict:
        """The speaker dict for the mention at `tok`."""
        doc = self.doc
        nxt = tok.i + 1
        if (
            tok.lower_ in self.rules.words.titles
            and nxt < len(doc)
            and doc[nxt].ent_type_ == "PERSON"
            and not self.inside[nxt]
        ):
            # 'managing director Tim Osborne told ...' parsed with the title as the subject.
            tok = doc[nxt]
            while tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
                tok = doc[tok.i + 1]
        span = mention_span(tok)
        inside = [i for i in range(span.start, span.end) if self.inside[i]]
        if inside:  # a noun phrase running into a quote stops at its mark
            span = doc[span.start : inside[0]] if inside[0] > tok.i else doc[tok.i : tok.i + 1]
        found = self.resolver.resolve(tok, span, self.inside)
        words = self.rules.words
        partner = (
            joint_partner(span, self.inside, words.titles | words.honorifics)
            if found["kind"] in _JOINABLE or not span.root.ent_type_
            else None
        )
        if partner is not None:
            other = self.resolver.resolve(partner.root, partner, self.inside)
            same_kind = _JOINABLE.get(other["kind"]) == _JOINABLE.get(found["kind"])
            if (same_kind or not span.root.ent_type_) and other["name"] != found["name"]:
                return _joint(doc, found, other)
        return found


def _joint(doc: Doc, one: dict, other: dict) -> dict:
    """Two people who spoke together ('X and Y said'): both names, as the story gives them,
    and no one title for the two."""
    first, second = sorted((one, other), key=lambda s: s["start"])
    return {
        "text": doc_text(doc)[first["start"] : second["end"]],
        "start": first["start"],
        "end": second["end"],
        "name": f"{first['name']} and {second['name']}",
        "title": None,
        "organization": None,
        "kind": "group",
    }


def _agent(verb: Token, inside: bytearray) -> Token | None:
    """The one who speaks in a passive cue: 'by a court' of 'was ruled "unfair" by a court'."""
    for agent in children(verb):
        if agent.dep_ == "agent":
            for pobj in children(agent):
                if pobj.dep_ == "pobj" and not inside[pobj.i]:
                    return pobj
    return None


def passive(verb: Token) -> bool:
    """'he is described as': a passive, not 'he's said' (has) that the parser may take for one."""
    kids = list(children(verb))
    return any(c.dep_ == "nsubjpass" for c in kids) and any(
        c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in kids
    )
