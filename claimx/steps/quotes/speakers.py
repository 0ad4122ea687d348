"""Who a quote's speaker is: the full name, title and kind behind the mention at the quote.

A pronoun stands for the named subject of the verb above it, else for the person the
story last named before it; an organization's pronoun for the last group or organization.
A person's title found at one mention holds at every other.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from .mention import DEPTH, SUBJECTS, children, mention_span
from .names import Names, SpeakerWords
from .roles import role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Resolver:
    """Resolves mentions to the story's full names, remembering what it has resolved before."""

    doc: Doc
    words: SpeakerWords
    names: Names = field(init=False)
    people: list[tuple[int, str]] = field(default_factory=list)  # (char, full name) of subjects
    person_names: list[tuple[int, str]] = field(default_factory=list)  # every PERSON mention
    titles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    others: list[tuple[int, str, str]] = field(default_factory=list)  # (char, name, kind)

    def __post_init__(self) -> None:
        self.names = Names(self.words)
        for ent in _people(self.doc):
            name = self.names.clean_name(ent)
            if not name:
                continue
            full = self.names.learn(name)
            self.person_names.append((ent.start_char, full))
            if ent.root.dep_ in SUBJECTS:
                self.people.append((ent.start_char, full))

    def resolve(self, tok: Token, span: Span, inside: bytearray) -> dict:
        """The speaker dict for the mention `span` headed by `tok`."""
        lower = tok.lower_
        pron = self.words.pronouns.get(lower) if tok.tag_ in ("PRP", "PRP$", "WP", "WDT") else None
        title, org = role(tok, span, inside, self.words)
        if pron == "relative" and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            kind, name = self.names.named(antecedent, mention_span(antecedent))
            title, org = role(antecedent, mention_span(antecedent), inside, self.words)
        elif pron == "person":
            found = (
                self._governor_subject(tok)
                or _last_before(self.people, span.start_char)
                or _last_before(self.person_names, span.start_char)
            )
            kind, name = "person", (found[1] if found else span.text)
        elif pron in ("group", "organization"):
            found = _last_before(self.others, span.start_char)
            kind, name = (found[2], found[1]) if found else (pron, span.text)
        else:
            kind, name = self.names.named(tok, span)
        if kind == "person":
            known = self.titles.get(name, (None, None))
            title, org = title or known[0], org or known[1]
            self.titles[name] = (title, org)
            _remember(self.people, span.start_char, name)
        elif kind in ("organization", "group"):
            _remember(self.others, span.start_char, name, kind)
        return {
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "name": name,
            "title": title,
            "organization": org,
            "kind": kind,
        }

    def complete_roles(self, speakers: list[dict]) -> None:
        """Give every mention of a person the title and organization found at any other."""
        for sp in speakers:
            if sp["kind"] == "person":
                title, org = self.titles.get(sp["name"], (None, None))
                sp["title"] = sp["title"] or title
                sp["organization"] = sp["organization"] or org

    def _governor_subject(self, tok: Token) -> tuple[int, str] | None:
        """'Trump said he believes ...': a pronoun subject stands for the named subject above it."""
        for anc in islice(tok.head.ancestors, DEPTH):
            for child in children(anc):
                if child.dep_ in SUBJECTS and child.pos_ == "PROPN" and child.i < tok.i:
                    return child.idx, self.names.named(child, mention_span(child))[1]
        return None


def _people(doc: Doc) -> list[Span]:
    """PERSON entities read from the arrays: doc.ents builds a span for every entity."""
    person = doc.vocab.strings.add("PERSON")
    iob_type = doc.to_array(["ENT_IOB", "ENT_TYPE"]).tolist()
    spans = []
    for i, (iob, label) in enumerate(iob_type):
        if iob == 3 and label == person:
            end = i + 1
            while end < len(iob_type) and iob_type[end][0] == 1:
                end += 1
            spans.append(doc[i:end])
    return spans


def _last_before(items: list[tuple], char: int) -> tuple | None:
    i = bisect_left(items, (char,))
    return items[i - 1] if i else None


def _remember(items: list[tuple], char: int, *rest: str) -> None:
    i = bisect_left(items, (char,))
    items.insert(i, (char, *rest))
