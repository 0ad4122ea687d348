"""A Doc's text, built once and shared by claimx's steps."""

from __future__ import annotations

import re
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


# A terminal's escape sequences (ECMA-48): CSI ("\x1b[31m", also as the one byte \x9b), OSC
# ("\x1b]0;title\x07") and the two-character ones.
_TERMINAL_ESCAPE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]{0,200}(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
)
_PLAIN_KEY = ("claimx", "plain")


def plain_text(doc: Doc) -> str:
    """The Doc's text with terminal escape sequences blanked to spaces of the same length:
    text pasted from a coloured terminal ("\\x1b[31m£4m") glues the sequence's letters to
    the words after it, which the patterns then take for one word. Offsets stay true."""
    text = doc.user_data.get(_PLAIN_KEY)
    if text is None:
        raw = doc_text(doc)
        text = raw
        if "\x1b" in raw or "\x9b" in raw:
            text = _TERMINAL_ESCAPE.sub(lambda m: " " * len(m.group()), raw)
        doc.user_data[_PLAIN_KEY] = text
    return text
