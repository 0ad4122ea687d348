"""Names that are spoken of and never speak: works and products (and words no name).

The tagger calls many a programme, a browser or a console an organization ('its show
Brainteaser', 'the Windows operating system'). Such a name is no antecedent of "it said" or
"the company said": the firm that makes the product may speak, the product does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parsed import strip_the

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_MODIFIERS = frozenset({"compound", "nmod", "amod"})
_COPIES = frozenset({"version", "versions", "copy", "copies", "edition", "editions"})


def speaking_bodies(doc: Doc, orgs: list[Span], works: frozenset[str], words) -> list[Span]:
    """The organizations that may speak: not a name right after a word for a work ('its show
    Brainteaser'), nor a name the story uses anywhere as a product's, unless it also gives
    the name staff ('an Opera spokeswoman': the firm is named after its browser)."""
    named = {strip_the(e.text).lower() for e in orgs if _a_product(doc, e, words)}
    named -= {strip_the(e.text).lower() for e in orgs if _staffed(e, words.titles)}
    return [
        e
        for e in orgs
        if not (e.start and _after_work(doc[e.start - 1], works))
        and strip_the(e.text).lower() not in named
        and not _capitalized_noun(e)
    ]


def _capitalized_noun(ent: Span) -> bool:
    """'Ridership has fallen': a common noun opening a sentence that the tagger took for a
    name, for its capital."""
    return len(ent) == 1 and ent.root.pos_ == "NOUN" and ent.start == ent.sent.start


def _staffed(ent: Span, titles: frozenset[str]) -> bool:
    root = ent.root
    return root.dep_ == "compound" and root.head.lower_ in titles


def _after_work(before: Token, works: frozenset[str]) -> bool:
    return before.lower_ in works and before.lower_ != "on"


def _a_product(doc: Doc, ent: Span, words) -> bool:
    """'the Windows operating system', 'Acme's Zapchat software', 'net browser Opera',
    'versions of Windows', 'Windows is installed on ...': a name set before or after a word
    for a product, whose copies the story counts, or that one installs or downloads."""
    root, head = ent.root, ent.root.head
    products = words.product_words
    lemma = head.lemma_.lower()  # the tagger's lemma of 'installed' is 'instal'
    if root.dep_ in ("dobj", "nsubjpass") and {lemma, lemma + "l"} & words.product_verbs:
        return True
    noun = {head.lower_, f"{doc[head.i - 1].lower_} {head.lower_}"}
    if root.dep_ in _MODIFIERS and head.i >= ent.end and head.is_lower and noun & products:
        return True
    if any(
        c.dep_ in ("compound", "appos") and c.i < ent.start and c.is_lower and c.lower_ in products
        for c in root.children
    ):
        return True
    return head.lower_ == "of" and root.dep_ == "pobj" and head.head.lower_ in _COPIES
