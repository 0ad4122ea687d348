"""Who a quote's speaker is: the mention at the quote, the full name it stands for, title and kind.

Names resolve the way a reader does it: a surname or a pronoun stands for the last
full name the story gave before it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc, Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How far up the parse a quote's cue or a pronoun's antecedent may be: news attributions
# sit a few links away, and a bound keeps degenerate parses from going quadratic.
DEPTH = 12
FANOUT = 32  # dependents looked at per word, for the same reason


def lefts(tok: Token) -> Iterator[Token]:
    return islice(tok.lefts, FANOUT)


def rights(tok: Token) -> Iterable[Token]:
    # spaCy lists every right dependent before yielding one: skip a runaway fan-out.
    return tok.rights if tok.n_rights <= FANOUT else ()


def children(tok: Token) -> Iterator[Token]:
    return chain(lefts(tok), rights(tok))


# A verb without its own subject borrows its governor's: "..., saying", "and said", "wanted to say".
_BORROW_SUBJECT = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp"})
_PERSON_ENTS = frozenset({"PERSON"})
_ORG_ENTS = frozenset({"ORG", "FAC", "GPE"})
_GROUP_ENTS = frozenset({"NORP"})
# 'said Wednesday', '49 say': what the parser may take for a subject but never speaks.
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
_NP_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "case", "quantmod"})
_NAME_DEPS = frozenset({"compound", "flat", "nmod"})
_MENTION_PREPS = frozenset({"for", "at", "of", "with", "from", "in"})
_ORG_PREPS = frozenset({"for", "at", "of", "with"})
_TITLE_POS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ"})
_TITLE_MAX = 8
_MENTION_MAX = 10  # words a noun phrase speaker may run on after its head
_TRIM = " \t\n,;:-–—()'\"“”‘’"


@dataclass(frozen=True)
class SpeakerWords:
    honorifics: frozenset[str]
    titles: frozenset[str]
    organization_words: frozenset[str]
    pronouns: dict[str, str]
    courtesy: frozenset[str]


def subject_of(verb: Token, inside: bytearray, window: tuple[int, int]) -> Token | None:
    """The speaking subject of a cue verb, outside any quote and within the quote's window."""
    v = verb
    for _ in range(4):
        for child in children(v):
            if (
                child.dep_ in SUBJECTS
                and not inside[child.i]
                and window[0] <= child.idx < window[1]
                and child.ent_type_ not in _NOT_SPEAKERS
                and child.tag_ != "POS"
                and not (child.i > verb.i and not follows_quote(verb, inside))
            ):
                return child
        if v.dep_ not in _BORROW_SUBJECT or v.head is v:
            return None
        v = v.head
    return None


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
        ent = _entity_at(tok)
        if ent is not None:
            return _strip_possessive(ent)
    if tok.pos_ == "PROPN":
        left = tok.i
        for child in lefts(tok):
            if child.dep_ in _NAME_DEPS and child.pos_ == "PROPN":
                left = min(left, child.left_edge.i)
        return _strip_possessive(doc[left : tok.i + 1])
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
    span = doc[left : right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _entity_at(tok: Token) -> Span | None:
    """The entity containing tok, from the IOB tags (doc.ents rebuilds every span)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end] if doc[start].ent_type_ else None


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


def _strip_possessive(span: Span) -> Span:
    while len(span) > 1 and (span[-1].tag_ == "POS" or span[-1].is_punct):
        span = span[:-1]
    return span


@dataclass
class Resolver:
    """Resolves mentions to the story's full names, remembering what it has resolved before."""

    doc: Doc
    words: SpeakerWords
    people: list[tuple[int, str]] = field(default_factory=list)  # (char, full name) of subjects
    person_names: list[tuple[int, str]] = field(default_factory=list)  # every PERSON mention
    surnames: dict[str, str] = field(default_factory=dict)
    titles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    others: list[tuple[int, str, str]] = field(default_factory=list)  # (char, name, kind)

    def __post_init__(self) -> None:
        for ent in _people(self.doc):
            name = self.clean_name(ent)
            if not name:
                continue
            parts = name.split()
            if len(parts) > 1:
                for part in (parts[-1], parts[0]):
                    self.surnames.setdefault(part.lower(), name)
            full = self.full_name(name)
            self.person_names.append((ent.start_char, full))
            if ent.root.dep_ in SUBJECTS:
                self.people.append((ent.start_char, full))

    def clean_name(self, span: Span) -> str:
        toks = [t for t in span if not t.is_punct and t.tag_ != "POS"]
        while toks and toks[0].lower_.rstrip(".") in self.words.honorifics and len(toks) > 1:
            toks = toks[1:]
        return " ".join(t.text for t in toks).strip(_TRIM)

    def full_name(self, name: str) -> str:
        if " " in name:
            return name
        return self.surnames.get(name.lower(), name)

    def _last_before(self, items: list[tuple], char: int) -> tuple | None:
        i = bisect_left(items, (char,))
        return items[i - 1] if i else None

    def resolve(self, tok: Token, span: Span, inside: bytearray) -> dict:
        """The speaker dict for the mention `span` headed by `tok`."""
        lower = tok.lower_
        pron = self.words.pronouns.get(lower) if tok.tag_ in ("PRP", "PRP$", "WP", "WDT") else None
        title, org = self._role(tok, span, inside)
        if pron == "relative" and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            kind, name = self._named(antecedent, mention_span(antecedent))
            title, org = self._role(antecedent, mention_span(antecedent), inside)
        elif pron == "person":
            found = (
                self._governor_subject(tok)
                or self._last_before(self.people, span.start_char)
                or self._last_before(self.person_names, span.start_char)
            )
            kind, name = "person", (found[1] if found else span.text)
        elif pron in ("group", "organization"):
            found = self._last_before(self.others, span.start_char)
            kind, name = (found[2], found[1]) if found else (pron, span.text)
        else:
            kind, name = self._named(tok, span)
        if kind == "person":
            known = self.titles.get(name, (None, None))
            title, org = title or known[0], org or known[1]
            self.titles[name] = (title, org)
            self._remember(self.people, span.start_char, name)
        elif kind in ("organization", "group"):
            self._remember(self.others, span.start_char, name, kind)
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
                    return child.idx, self._named(child, mention_span(child))[1]
        return None

    @staticmethod
    def _remember(items: list[tuple], char: int, *rest: str) -> None:
        i = bisect_left(items, (char,))
        items.insert(i, (char, *rest))

    def _named(self, tok: Token, span: Span) -> tuple[str, str]:
        ent_type = tok.ent_type_
        bare_name = self.clean_name(span)
        if (len(span) > 1 and span[0].lower_.rstrip(".") in self.words.honorifics) or (
            " " not in bare_name and bare_name.lower() in self.surnames
        ):
            # "Mr Parsons", "Parsons": a person the story has named in full.
            return "person", self.full_name(bare_name)
        if ent_type in _PERSON_ENTS or (
            tok.pos_ == "PROPN" and not ent_type and not self._orgish(span)
        ):
            name = self.clean_name(span) or span.text
            if " " not in name:
                name = self.full_name(name)
            return "person", name
        bare = span[1:] if len(span) > 1 and span[0].dep_ == "det" else span
        name = bare.text.strip(_TRIM) or span.text
        if ent_type in _GROUP_ENTS or tok.tag_ in ("NNS", "NNPS"):
            return "group", name
        if tok.lower_ in self.words.titles:
            named = self._appos_name(tok) or self._person_in(span)
            return ("person", named) if named else ("unnamed", name)
        if ent_type in _ORG_ENTS or self._orgish(span):
            return "organization", name
        return "unnamed", name

    def _orgish(self, span: Span) -> bool:
        return any(t.lower_ in self.words.organization_words for t in span)

    def _person_in(self, span: Span) -> str | None:
        """'The chairman of Time Warner, Richard Parsons': the person a title phrase names."""
        for tok in span:
            if tok.ent_type_ in _PERSON_ENTS and tok.ent_iob_ == "B":
                ent = _entity_at(tok)
                if ent is not None and ent.end <= span.end:
                    return self.full_name(self.clean_name(ent))
        return None

    def _appos_name(self, tok: Token) -> str | None:
        for child in rights(tok):
            if child.dep_ == "appos" and child.ent_type_ in _PERSON_ENTS:
                return self.full_name(self.clean_name(mention_span(child)))
        return None

    def _role(self, tok: Token, span: Span, inside: bytearray) -> tuple[str | None, str | None]:
        """Title and organization from the premodifiers and the apposition at this mention."""
        doc = tok.doc
        title = org = None
        if tok.pos_ == "PROPN":
            # Premodifiers read off the surface: the parser often hangs them elsewhere.
            left = span.start
            while (
                left > 0
                and span.start - left < _TITLE_MAX
                and not inside[left - 1]
                and doc[left - 1].pos_ in _TITLE_POS
                and doc[left - 1].ent_type_ not in _NOT_SPEAKERS
            ):
                left -= 1
            title, org = self._title_org(list(doc[left : span.start]))
            for child in rights(tok):
                if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
                    t2, o2 = self._appos_role(child)
                    title, org = title or t2, org or o2
        elif tok.pos_ == "NOUN" and tok.lower_ in self.words.titles:
            title, org = self._appos_role(tok)
            if org is None:
                org = self._title_org([t for t in span if t.i < tok.i])[1]
        return title, org

    def _appos_role(self, noun: Token) -> tuple[str | None, str | None]:
        left = right = noun.i
        for child in lefts(noun):
            if child.dep_ in ("compound", "amod", "nmod", "conj", "cc", "poss"):
                left = min(left, child.left_edge.i)
        heads = [noun]
        for child in rights(noun):  # "chairman and chief executive"
            if child.dep_ == "cc" or (child.dep_ == "conj" and child.lower_ in self.words.titles):
                right = child.i
                heads += [child] if child.dep_ == "conj" else []
        title, org = self._title_org(list(noun.doc[left : right + 1]))
        for child in (c for head in heads for c in rights(head)):
            if child.dep_ == "prep" and child.lower_ in _ORG_PREPS:
                for pobj in children(child):
                    if pobj.dep_ == "pobj":
                        org = org or self._np_text(pobj)
        return title, org

    def _np_text(self, tok: Token) -> str:
        span = tok.doc[tok.left_edge.i : tok.i + 1]
        while len(span) > 1 and span[0].dep_ in ("det", "poss") and span[0].pos_ != "PROPN":
            span = span[1:]
        return span.text.strip(_TRIM)

    def _title_org(self, toks: list[Token]) -> tuple[str | None, str | None]:
        """Split premodifier words into an organization (an ORG entity) and the title around it."""
        org = " ".join(t.text for t in toks if t.ent_type_ == "ORG") or None
        rest = [
            t
            for t in toks
            if t.ent_type_ != "ORG"
            and t.dep_ not in ("det", "punct", "case")
            and t.tag_ != "POS"
            and t.lower_.rstrip(".") not in self.words.courtesy
        ]
        # 'nominee Gov. Mike Pence': an abbreviated honorific after a title belongs to the name.
        while (
            len(rest) > 1
            and rest[-1].text.endswith(".")
            and rest[-1].lower_.rstrip(".") in self.words.honorifics
        ):
            rest = rest[:-1]
        if not any(
            t.lower_ in self.words.titles or t.lower_.rstrip(".") in self.words.honorifics
            for t in rest
        ):
            return None, org
        title = " ".join(t.text for t in rest).strip(_TRIM)
        return title or None, org
