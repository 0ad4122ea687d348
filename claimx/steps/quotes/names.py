"""The name a mention stands for, and what it names: a person, a group or an organization.

Names resolve the way a reader does it: a surname stands for the last full name the
story gave before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..doctext import doc_text
from ..entities import entity_at
from .mention import SUBJECTS, lefts, mention_span, rights

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PERSON_ENTS = frozenset({"PERSON"})
_ORG_ENTS = frozenset({"ORG", "FAC", "GPE"})
_GROUP_ENTS = frozenset({"NORP"})
# A name the tagger typed as no one: none, or a title ('"...," Jean-Pierre Raffarin said'
# read as a work after a quote); a speaker is a person unless the name says otherwise.
_UNTYPED = frozenset({"", "WORK_OF_ART"})
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
TRIM = " \t\n,;:-–—()'\"“”‘’"
_NAME_JOINS = frozenset({"-", "'", "’"})  # marks inside a name: 'Duncan-Smith', "O'Neill"


@dataclass(frozen=True)
class SpeakerWords:
    honorifics: frozenset[str]
    titles: frozenset[str]
    organization_words: frozenset[str]
    pronouns: dict[str, str]
    courtesy: frozenset[str]
    pronoun_genders: dict[str, str]  # 'she': 'female'
    first_names: dict[str, str]  # 'ruth': 'female'
    honorific_genders: dict[str, str]  # 'mrs': 'female'
    business_words: frozenset[str] = frozenset()  # 'the firm': the company last a subject
    body_words: frozenset[str] = frozenset()  # 'the party': the body last a subject or possessor
    product_words: frozenset[str] = frozenset()  # 'the Windows operating system': no speaker
    product_verbs: frozenset[str] = frozenset()  # 'Windows is installed on ...': a product
    demonyms: frozenset[str] = frozenset()  # 'the Frenchman': a person the story named before
    nations: dict[str, str] = field(default_factory=dict)  # 'canadian', 'britain': 'CA', 'GB'
    name_particles: frozenset[str] = frozenset()  # 'de', 'van': 'Mr de Villepin'


@dataclass
class Names:
    """The full names a story has given, by the surnames and first names in them."""

    words: SpeakerWords
    surnames: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def learn(self, name: str, at: int) -> str:
        """Note a person's name where the story gives it; the full name it stands for there."""
        parts = name.split()
        if len(parts) > 1 and not self._particled(parts):
            for part in {parts[-1].lower(), parts[0].lower()}:
                self.surnames.setdefault(part, []).append((at, name))
        return self.full_name(name, at)

    def gender(self, name: str) -> str | None:
        """'female' or 'male' when the first name says so, else None."""
        first = name.split()[0].lower() if name.split() else ""
        return self.words.first_names.get(first) or self.words.honorific_genders.get(first)

    def clean_name(self, span: Span) -> str:
        span = span[glued_body(span, self.words) :]
        toks = [t for t in span if not t.is_punct and t.tag_ != "POS"]
        while toks and toks[0].lower_.rstrip(".") in self.words.honorifics and len(toks) > 1:
            toks = toks[1:]
        # 'Striker Joao Pinto', 'Vice President Al Gore': a title the tagger took into the name
        while len(toks) > 2 and toks[0].is_title and toks[0].lower_ in self.words.titles:
            toks = toks[1:]
        return _joined(toks).strip(TRIM)

    def full_name(self, name: str, at: int) -> str:
        """The full name a bare surname stands for: the nearest namesake before it, else the
        first after ('Johnson' after 'Boris Johnson' and 'Alan Johnson' is Alan)."""
        parts = name.split()
        if len(parts) > 1 and not self._particled(parts):
            return name
        named = self.surnames.get(parts[-1].lower() if parts else name.lower())
        if not named:
            return name
        before = [n for char, n in named if char < at]
        return before[-1] if before else named[0][1]

    def _particled(self, parts: list[str]) -> bool:
        """'de Villepin', 'van der Sar': a surname with its particles, no first name."""
        return all(p in self.words.name_particles for p in parts[:-1])

    def named(self, tok: Token, span: Span) -> tuple[str, str]:
        """The kind and name of a mention that is not a pronoun."""
        ent_type = tok.ent_type_
        if ent_type in ("GPE", "LOC") and (body := self._place_named(span)) is not None:
            return "organization", body
        bare_name = self.clean_name(span)
        honorific = len(span) > 1 and span[0].lower_.rstrip(".") in self.words.honorifics
        if (honorific and tok.pos_ == "PROPN") or (
            " " not in bare_name and bare_name.lower() in self.surnames
        ):
            # "Mr Parsons", "Parsons": a person the story has named in full.
            return "person", self.full_name(bare_name, tok.idx)
        if tok.lower_ in self.words.organization_words and tok.pos_ == "NOUN" and not ent_type:
            # 'the French news agency AFP said', 'the communications regulator Ofcom': the
            # name beside the description
            for child in rights(tok):
                if child.dep_ == "appos" and child.ent_type_ == "ORG":
                    return "organization", mention_span(child).text.strip(TRIM)
        if ent_type not in _PERSON_ENTS and tok.lower_ in self.words.titles:
            # "The Secretary of State for Health, Alan Milburn, said": the title names him
            named = self._appos_name(tok, titled=True) or self._person_in(span)
            if named:
                return "person", named
            if described(span):  # 'the Prime Minister said': a description, not a name
                return "unnamed", (span[1:] if span[0].lower_ == "the" else span).text.strip(TRIM)
        if (
            (ent_type in _PERSON_ENTS or ent_type in _UNTYPED)
            and tok.pos_ == "PROPN"
            and team(span)
        ):
            return "group", (span[1:] if span[0].lower_ == "the" else span).text.strip(TRIM)
        if ent_type in _PERSON_ENTS or (
            tok.pos_ == "PROPN" and ent_type in _UNTYPED and not self._orgish(span)
        ):
            return "person", self.full_name(self.clean_name(span) or span.text, tok.idx)
        bare = span[1:] if len(span) > 1 and span[0].dep_ == "det" else span
        name = bare.text.strip(TRIM) or span.text
        if ent_type in _GROUP_ENTS or tok.tag_ in ("NNS", "NNPS"):
            return "group", name
        if tok.lower_ in self.words.titles:
            named = self._appos_name(tok) or self._person_in(span)
            return ("person", named) if named else ("unnamed", name)
        if ent_type in _ORG_ENTS or self._orgish(span):
            return "organization", name
        return "unnamed", name

    def _place_named(self, span: Span) -> str | None:
        """ "Universities Scotland said", "Sport England said": a body named with a place,
        whose capitalised first words the tagger left out of the place it found (the parser
        may even have put them in a sentence of their own); not 'Mr Wellington', 'Bob Dover'."""
        doc = span.doc
        start = span.start
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and not doc[start - 1].ent_type_
            and doc[start - 1].lower_.rstrip(".") not in self.words.honorifics
            and doc[start - 1].lower_ not in self.words.titles
            and doc[start - 1].lower_ not in self.words.first_names
        ):
            start -= 1
        return doc[start : span.end].text if start < span.start else None

    def _orgish(self, span: Span) -> bool:
        return any(t.lower_ in self.words.organization_words for t in span)

    def _person_in(self, span: Span) -> str | None:
        """'The chairman of Time Warner, Richard Parsons', 'director of rugby Nigel Melville':
        the person a title phrase names; not the one it serves ('a spokesman for Michael
        Howard', 'an aide to President Bush')."""
        for tok in span:
            if tok.ent_type_ in _PERSON_ENTS and tok.ent_iob_ == "B":
                ent = entity_at(tok)
                if ent is not None and ent.end <= span.end and not self._served(ent):
                    return self.full_name(self.clean_name(ent), ent.start_char)
        return None

    def _served(self, ent: Span) -> bool:
        """Whether a name is the object of a title's preposition, only honorifics and
        titles between ('for Mr Prescott'); a field between names the holder ('for sport').
        So is an owner ("Mr Blair's spokesman"), and a name with a title of its own in
        apposition to that object ('a spokesman for the prosecutor, State Comptroller Alan
        Hevesi')."""
        prep = ent.root.head
        if ent.root.dep_ == "poss":  # "Mr Blair's spokesman"
            return True
        if ent.root.dep_ == "appos" and prep.dep_ == "pobj" and prep.i < ent.start:
            return any(t.lower_ in self.words.titles for t in ent.doc[prep.i + 1 : ent.start])
        if ent.root.dep_ != "pobj" or prep.i >= ent.start:
            return False
        between = ent.doc[prep.i + 1 : ent.start]
        return all(t.is_title or t.lower_.rstrip(".") in self.words.honorifics for t in between)

    def _appos_name(self, tok: Token, *, titled: bool = False) -> str | None:
        """The person named beside a title: "the Lord Chancellor, Lord Falconer"; beside a
        capitalised title the tagger's entity type is not needed ("Theresa May" as a date)."""
        for child in rights(tok):
            if child.dep_ != "appos":
                continue
            proper = titled and child.pos_ == "PROPN" and child.ent_type_ not in _NOT_PEOPLE
            if child.ent_type_ in _PERSON_ENTS or proper:
                return self.full_name(self.clean_name(mention_span(child)), child.idx)
            # 'the spokesman, Brian Monteith MSP': a name the parse hung on the letters after it
            for left in lefts(child):
                ent = entity_at(left) if left.ent_iob_ == "B" else None
                if ent is not None and ent.label_ in _PERSON_ENTS and ent.end == child.i:
                    return self.full_name(self.clean_name(ent), ent.start_char)
        return None


def glued_body(span: Span, words: SpeakerWords) -> int:
    """ "Unison Dave Prentis", "Broadcaster Chris Evans": a word the tagger ran into a
    person's name, before a first name, that the story also uses outside any person's name
    (a body, a job); how many words it is (0 or 1). "Farhat Omar Ben X" keeps its first name."""
    first = span[0]
    return int(
        len(span) >= 3
        and first.ent_type_ == "PERSON"
        and first.pos_ == "PROPN"
        and first.is_title
        and span[1].lower_ in words.first_names
        and first.lower_ not in words.first_names
        and first.lower_.rstrip(".") not in words.honorifics
        and first.lower_ not in words.titles
        and any(t.lower_ == first.lower_ and t.ent_type_ != "PERSON" for t in span.doc)
    )


def _joined(toks: list[Token]) -> str:
    """The words of a name with a space between them, but a hyphen or an apostrophe kept
    where the name has one: 'Iain Duncan-Smith', 'Abdel-Aziz al-Rantissi'."""
    out = []
    for i, tok in enumerate(toks):
        if i:
            prev = toks[i - 1]
            gap = doc_text(tok.doc)[prev.idx + len(prev.text) : tok.idx]
            out.append(gap if gap in _NAME_JOINS else " ")
        out.append(tok.text)
    return "".join(out)


def team(span: Span) -> bool:
    """'the Ospreys are interested', 'The Lib Dems would cut': a plural name after 'the' is
    a side, a party or a band the tagger took for a person, never one a pronoun stands for."""
    doc = span.doc
    the = span[0] if span[0].lower_ == "the" else (doc[span.start - 1] if span.start else None)
    return the is not None and the.lower_ == "the" and span[-1].text.endswith("s")


def described(span: Span) -> bool:
    """'the chairman', 'the Prime Minister' (the article may fall outside a proper-noun span,
    past lower-case modifiers: 'the outgoing European Commissioner')."""
    return (
        span[0].lower_ == "the"
        or (span.start > 0 and span.doc[span.start - 1].lower_ == "the")
        or any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.lefts)
    )


def possessed(tok: Token) -> bool:
    """'her agent', 'his lawyer': a description owned by a pronoun."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)


def firms_labelled(
    doc: Doc, business_words: frozenset[str], inside: bytearray | None
) -> list[tuple[int, str, str]]:
    """'copy protection firm Macrovision', 'retailer Argos': a proper name the story
    introduces with a word for a business is one, though the tagger took it for no
    organization. (char, name, noun) of each."""
    out = []
    for tok in doc[1:]:
        word = doc[tok.i - 1]
        if (
            tok.pos_ == "PROPN"
            and tok.ent_type_ != "ORG"
            and word.is_lower
            and word.lower_ in business_words
            and not (inside and inside[tok.i])
        ):
            end = tok.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ != "ORG":
                end += 1
            out.append((tok.idx, doc[tok.i : end].text, word.lower_))
    return out


def firm_mentions(doc: Doc, firms: list[tuple[int, str, str]]) -> list[Token]:
    """Every mention of the one-word businesses `firms_labelled` found."""
    names = {name for _, name, _ in firms if " " not in name}
    return [t for t in doc if t.text in names and t.ent_type_ != "ORG"] if names else []


def surname_subjects(doc: Doc, inside: bytearray | None, surnames) -> list[Token]:
    """Subjects the tagger took for no person that are one word of a name in `surnames`."""
    import numpy as np

    pos, dep, ent = doc.to_array(["POS", "DEP", "ENT_TYPE"]).T
    strings = doc.vocab.strings
    subj = np.isin(dep, [strings.add(d) for d in SUBJECTS])
    found = (pos == strings.add("PROPN")) & subj & (ent != strings.add("PERSON"))
    out = []
    for i in np.flatnonzero(found).tolist():
        tok = doc[i]
        if (inside is not None and inside[i]) or tok.ent_iob_ == "I":
            continue
        if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            continue  # a longer name: not a bare surname
        if tok.lower_ in surnames:
            out.append(tok)
    return out
