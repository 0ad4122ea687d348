"""A Doc's text, built once and shared by claimx's steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = ("claimx", "text")


def doc_text(doc: Doc) -> str:
    """`doc.text`, kept on the Doc: spaCy joins it from every token on each call, and
    six steps read it. The text of a Doc never changes, so the copy cannot go stale."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """Record the text a Doc was made from (spaCy's tokenizer keeps every character)."""
    doc.user_data[_KEY] = text
    return doc
