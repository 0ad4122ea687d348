"""The name a story sets beside a source: "the industry watchdog, Ofcom", "a study by the
Pew Research Center"; claimer.py gives the name, not the role or the document."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..entities import entity_at
from . import clauses

ENTITY_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "organization",
    "NORP": "group",
    "FAC": "organization",
}


def apposed_name(head: Token) -> Span | None:
    """ "Mr. Trump's campaign manager, Kellyanne Conway, said": the name set beside the role,
    by the parse or, where the parse lost it, between commas right after a singular role
    ("figures gathered by the industry watchdog, Ofcom, ...")."""
    for child in head.children:
        if child.dep_ == "appos":  # "Tom Hill MSP": the name that opens it, not "MSP"
            for entity in (entity_at(child.left_edge), entity_at(child)):
                if entity is not None and entity.label_ in ("PERSON", "ORG"):
                    return entity
    doc, after = head.doc, head.i + 1
    if head.tag_ != "NN" or after + 2 >= len(doc) or doc[after].text != ",":
        return None
    entity = entity_at(doc[after + 1])
    if entity is None or entity.start != after + 1 or entity.label_ not in ("PERSON", "ORG"):
        return None
    return entity if entity.end < len(doc) and doc[entity.end].text == "," else None


def author_of(head: Token, words: dict) -> Span | None:
    """ "A study by the Pew Research Center", "a survey by the Pew Internet and American Life
    Project", "figures from the ONS", "figures gathered by the watchdog, Ofcom", "the
    Treasury's annual review": a document's named author or owner, all its words when a name
    is among them, the name when set beside them."""
    if not clauses.document(head, words):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:  # "the Bank of Japan's quarterly survey": the bank's findings
        entity = entity_at(owner)
        if entity is None or entity.label_ not in ENTITY_KINDS:
            return None
        start, end = entity.start, entity.end
        start += head.doc[start].lower_ == "the"
        end -= head.doc[end - 1].tag_ == "POS"  # "The Bank of England's": "Bank of England"
        return Span(head.doc, start, end, label=entity.label_)
    named = _compound_name(head) if head.lemma_.lower() not in words["surveys"] else None
    if named is not None:  # "Home Office figures"; "a BBC World Service poll" names the poll
        return named
    by = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    gathered = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if by is None and gathered is not None:
        by = next((c for c in gathered.children if c.dep_ == "agent"), None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if author is None:
        return None
    doc = head.doc
    start, end = author.left_edge.i, author.right_edge.i + 1
    entity = next(
        (
            entity_at(doc[i])
            for i in range(start, end)
            if doc[i].ent_iob_ == "B" and doc[i].ent_type_ in ("ORG", "PERSON")
        ),
        None,
    )
    if entity is None and author.pos_ == "PROPN" and author.ent_type_ in ("", "NORP"):
        # "analysis by Symantec": a firm's name the model calls a nationality, or nothing
        entity = Span(doc, _compound_start(author), author.i + 1, label="ORG")
    if entity is None:
        return None
    if entity.root.dep_ == "appos" and entity.root.head == author:  # "the watchdog, Ofcom"
        return entity
    while start < max(entity.start, author.i) and doc[start].is_lower:
        start += 1  # "by the Pew Research Center", "from telecoms regulator Ofcom"
    return Span(doc, start, end, label=entity.label_)


def plan_owner(sentence: Span, words: dict) -> Token | None:
    """ "Teenagers will be able to stand as MPs under plans unveiled by ministers", "under
    government plans", "under Labour's proposals": what a plan would do is its author's claim;
    the author by "by", as its owner, or as the body named before it."""
    for token in sentence:
        if token.lower_ != "under":
            continue
        plan = next((c for c in token.children if c.dep_ == "pobj"), None)
        if plan is None or plan.lower_ not in words["positions"]:
            continue
        by = next((t for t in plan.subtree if t.lower_ == "by" and t.i > plan.i), None)
        for owner in (*(by.children if by is not None else ()), *plan.children):
            if owner.dep_ == "pobj" or owner.dep_ == "poss":
                return owner
            if owner.dep_ == "compound" and (
                owner.ent_type_ in ("ORG", "NORP") or owner.lower_ in words["organizations"]
            ):
                return owner
    return None


def _compound_name(head: Token) -> Span | None:
    """The body named in the words before a document noun, all its proper nouns ("Home Office
    figures", "British Retail Consortium figures" with "British" read as a nationality);
    "the Commerce Department's" is the owner above; a person's or a paper's name ("the Sunday
    Telegraph report") stays the document."""
    doc, before = head.doc, head.i - 1
    if before < 0 or doc[before].dep_ != "compound" or doc[before].head != head:
        return None
    entity = entity_at(doc[before])
    if entity is None or entity.label_ != "ORG" or entity.end != head.i:
        return None
    start = entity.start + (doc[entity.start].lower_ == "the")
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == head:
        start -= 1
    return Span(doc, start, entity.end, label="ORG")


def _compound_start(noun: Token) -> int:
    """Where a proper noun's name begins: its compound words before it ("Acme Labs")."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ == "compound" and noun.doc[start - 1].head == noun:
        start -= 1
    return start


def authored(found: dict, doc: Doc, words: dict) -> dict:
    """ "According to figures gathered by the watchdog, Ofcom, ...": a document the quotes
    step gave as the speaker is its author's, as a document the parse finds is; a role it
    gave ("the industry watchdog") is the name set beside it ("Ofcom")."""
    if found["quote"] is None or found["start"] is None:
        return found
    span = doc.char_span(found["start"], found["end"])
    if span is None:
        return found
    author = author_of(span.root, words)
    if author is None and entity_at(span.root) is None:
        author = apposed_name(span.root)
    if author is None:
        return found
    return {**found, "name": author.text, "kind": ENTITY_KINDS[author.label_]}
