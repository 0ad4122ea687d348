"""A speaker's title and organization: 'director Tim Osborne', 'Smith, chairman of Acme'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention import NOT_SPEAKERS, children, lefts, rights
from .names import TRIM, glued_body

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .names import SpeakerWords

_ORG_PREPS = frozenset({"for", "at", "of", "with"})
_TITLE_POS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ"})
_TITLE_MAX = 8
# Words that make a title another office: 'Deputy Prime Minister X' is no 'the prime minister'.
_RANKS = frozenset({"deputy", "vice", "shadow", "assistant", "junior", "acting", "former"})
_ARTICLES = frozenset({"the", "a", "an"})
_TITLE_REACH = 3  # words before a name read as its title: 'Shadow Foreign Secretary'


def title_words(ent: Span, titles: frozenset[str]) -> frozenset[str]:
    """Title words beside a name: 'Chancellor Gordon Brown', 'Anna Leigh, the director',
    'Anna Leigh, who is the director'."""
    doc = ent.doc
    found = set()
    i = ent.start - 1
    while i >= 0 and ent.start - i <= _TITLE_REACH and doc[i].lower_ in titles:
        found.add(doc[i].lower_)
        i -= 1
    root = ent.root
    if root.dep_ == "compound" and root.head.dep_ == "appos" and root.head.i == ent.end:
        root = root.head  # 'the spokesman, Brian Monteith MSP': the letters hold the name
    heads = [root.head] if root.dep_ == "appos" else []
    heads += [c for c in children(root) if c.dep_ == "appos"]
    # 'X, who is the outgoing commissioner': the title a relative clause gives them
    heads += [
        a
        for c in children(root)
        if c.dep_ == "relcl" and c.lemma_ == "be"
        for a in children(c)
        if a.dep_ == "attr"
    ]
    for head in heads:
        if head.lower_ in titles:  # 'X, Texas attorney general': every title word of it
            found.add(head.lower_)
            found.update(c.lower_ for c in lefts(head) if c.lower_ in titles)
    return frozenset(found)


def role(
    tok: Token, span: Span, inside: bytearray, words: SpeakerWords
) -> tuple[str | None, str | None]:
    """Title and organization from the premodifiers and the apposition at this mention."""
    doc = tok.doc
    title = org = None
    if tok.pos_ == "PROPN" and tok.lower_ in words.titles and tok.ent_type_ != "PERSON":
        # "The Secretary of State for Health, Alan Milburn": the phrase before the name
        name = next((c for c in rights(tok) if c.dep_ == "appos"), None)
        if name is not None:
            start = next(t.i for t in doc[tok.left_edge.i : tok.i + 1] if t.dep_ != "det")
            return doc[start : name.left_edge.i].text.strip(TRIM) or None, None
    if tok.pos_ == "PROPN":
        # Premodifiers read off the surface: the parser often hangs them elsewhere.
        left = span.start
        while (
            left > 0
            and span.start - left < _TITLE_MAX
            and not inside[left - 1]
            and (doc[left - 1].pos_ in _TITLE_POS or _inner_of(doc, left - 1))
            and doc[left - 1].ent_type_ not in NOT_SPEAKERS
        ):
            left -= 1
        title, org = _title_org(list(doc[left : span.start]), words)
        if glued_body(span, words) and any(
            t.text == span[0].text and t.ent_type_ == "ORG" for t in doc
        ):
            org = org or span[0].text  # 'Unison Dave Prentis': the union he speaks for
        for child in rights(tok):
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
                t2, o2 = _appos_role(child, words)
                title, org = title or t2, org or o2
    elif tok.pos_ == "NOUN" and tok.lower_ in words.titles:
        title, org = _appos_role(tok, words)
        if org is None:
            org = _title_org([t for t in span if t.i < tok.i], words)[1]
    return title, org


def complete_roles(speakers: list[dict], titles: dict) -> None:
    """Give every mention of a person the title and organization found at any other
    (`titles`: full name to the (title, organization) the resolver found)."""
    for sp in speakers:
        if sp["kind"] == "person":
            title, org = titles.get(sp["name"], (None, None))
            sp["title"] = sp["title"] or title
            sp["organization"] = sp["organization"] or org


def _inner_of(doc, i: int) -> bool:
    """'Bank of England governor': an 'of' or 'for' between the capitalised words of a name."""
    return (
        doc[i].lower_ in ("of", "for")
        and i > 0
        and doc[i - 1].is_title
        and i + 1 < len(doc)
        and doc[i + 1].is_title
    )


def _appos_role(noun: Token, words: SpeakerWords) -> tuple[str | None, str | None]:
    left = right = noun.i
    for child in lefts(noun):
        if child.dep_ in ("compound", "amod", "nmod", "conj", "cc", "poss"):
            if child.dep_ == "poss" and child.ent_type_ == "PERSON":
                continue  # "Mr Blair's spokesman": whom he serves is no part of his title
            left = min(left, child.left_edge.i)
    heads = [noun]
    for child in rights(noun):  # "chairman and chief executive"
        if child.dep_ == "cc" or (child.dep_ == "conj" and child.lower_ in words.titles):
            right = child.i
            heads += [child] if child.dep_ == "conj" else []
    preps = [c for head in heads for c in rights(head) if c.dep_ == "prep"]
    field = _field_of(preps[0]) if preps and preps[0].i == right + 1 else None
    if field is not None:  # 'head of research at the Foundation': the field is in the title
        right = field.i
        preps = [c for c in rights(field) if c.dep_ == "prep"] + preps[1:]
    title, org = _title_org(list(noun.doc[left : right + 1]), words)
    for child in preps:
        if child.lower_ in _ORG_PREPS:
            for pobj in children(child):
                if pobj.dep_ == "pobj":
                    org = org or _np_text(pobj)
    return title, org


def _field_of(prep: Token) -> Token | None:
    """The common noun of 'of research', 'of state': part of a title, not an organization."""
    if prep.lower_ != "of":
        return None
    for pobj in children(prep):
        if (
            pobj.dep_ == "pobj"
            and pobj.pos_ == "NOUN"
            and not pobj.ent_type_
            and all(t.pos_ in ("NOUN", "ADJ") for t in pobj.doc[prep.i + 1 : pobj.i + 1])
        ):
            return pobj
    return None


def _np_text(tok: Token) -> str:
    span = tok.doc[tok.left_edge.i : tok.i + 1]
    while len(span) > 1 and span[0].dep_ in ("det", "poss") and span[0].pos_ != "PROPN":
        span = span[1:]
    return span.text.strip(TRIM)


def _title_org(toks: list[Token], words: SpeakerWords) -> tuple[str | None, str | None]:
    """Split premodifier words into an organization (an ORG entity) and the title around it;
    an 'organization' of honorifics and name particles only is a misread name ('Mr de')."""
    named = [t for t in toks if t.ent_type_ == "ORG"]
    org = " ".join(t.text for t in named) or None
    if all(t.lower_.rstrip(".") in words.honorifics | words.name_particles for t in named):
        org = None
    while toks and toks[0].pos_ == "CCONJ":  # 'But Commissioner Sir John Stevens'
        toks = toks[1:]
    rest = [
        t
        for t in toks
        if t.ent_type_ != "ORG"
        and t.dep_ not in ("det", "punct", "case")
        and t.tag_ != "POS"
        and t.lower_.rstrip(".") not in words.courtesy
    ]
    # 'nominee Gov. Mike Pence': an abbreviated honorific after a title belongs to the name.
    while (
        len(rest) > 1
        and rest[-1].text.endswith(".")
        and rest[-1].lower_.rstrip(".") in words.honorifics
    ):
        rest = rest[:-1]
    if not any(t.lower_ in words.titles or t.lower_.rstrip(".") in words.honorifics for t in rest):
        return None, org
    title = " ".join(t.text for t in rest).strip(TRIM)
    return title or None, org


def title_gender(title: str) -> str | None:
    """'spokeswoman' is a woman, 'spokesman' a man; 'official' tells nothing."""
    word = title.split()[-1].lower()
    if word.endswith("woman"):
        return "female"
    return "male" if word.endswith("man") else None


def holds_title(words: frozenset[str], word: str, said: set[str]) -> bool:
    """Whether a person given these title words holds the title said ('the prime minister'
    is not the deputy prime minister)."""
    return word in words and not (words & _RANKS) - said


def titled_later(
    doc: Doc, titled: list, char: int, word: str, said: set[str], words: SpeakerWords
) -> str | None:
    """'The state's attorney general said ... said Jane Roe, the attorney general': a
    description no one before fits stands for the one person the story gives all its
    title words later, in a sentence with its other words ('the Federal Reserve head' is
    no 'X, head of strategy at a bank'; 'the prime minister' no 'Aid minister X').
    `titled`: (char, full name, title words) of the story's people."""
    titles = said & words.titles
    other = {w for w in said - titles if w.isalpha() and w not in _ARTICLES | words.pronouns.keys()}
    later = {
        full
        for at, full, given in titled
        if at > char
        and holds_title(given, word, said)
        and titles <= given
        and other <= {t.lower_ for t in doc.char_span(at, at + 1, alignment_mode="expand").sent}
    }
    return later.pop() if len(later) == 1 else None


def titled_appositions(
    doc: Doc, inside: bytearray | None, titles: frozenset[str]
) -> list[tuple[Token, frozenset[str]]]:
    """Names the tagger typed as no one, set after a title noun ('Arsenal's Brazilian
    midfielder Edu'), with that title's words."""
    import numpy as np

    pos, dep, ent = doc.to_array(["POS", "DEP", "ENT_TYPE"]).T
    strings = doc.vocab.strings
    found = (pos == strings.add("PROPN")) & (dep == strings.add("appos")) & (ent == 0)
    out = []
    for i in np.flatnonzero(found).tolist():
        tok, head = doc[i], doc[i].head
        if head.pos_ != "NOUN" or head.lower_ not in titles or head.i > i:
            continue
        if inside is None or not inside[i]:
            words = {head.lower_} | {c.lower_ for c in lefts(head) if c.lower_ in titles}
            out.append((tok, frozenset(words)))
    return out
