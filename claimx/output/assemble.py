"""From a processed Doc and its Story to the output object of the `claimx/1` contract."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ..inputs.story import InputError, Story

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCHEMA_ID = "claimx/1"


def assemble(story: Story, doc: Doc) -> dict:
    """The story's article object; every list is already JSON, straight from `doc._`."""
    from spacy.attrs import IS_PUNCT, IS_SPACE

    words = int((doc.to_array([IS_SPACE, IS_PUNCT]).sum(axis=1) == 0).sum()) if len(doc) else 0
    return {
        "schema": SCHEMA_ID,
        "id": story.id,
        "source": story.source,
        "url": story.url,
        "title": story.title,
        **({"author": story.author} if story.page else {}),
        "published": doc._.published,
        "published_source": doc._.published_source,
        "encoding": story.encoding,
        "text_sha256": text_sha256(story.text),
        "notes": list(story.notes),
        "dateline": doc._.dateline,
        "money": doc._.money or [],
        "dates": doc._.dates or [],
        "cities": doc._.cities or [],
        "places": doc._.places or [],
        "quotes": doc._.quotes or [],
        "speakers": doc._.speakers or [],
        "claims": doc._.claims or [],
        "stats": {"characters": len(story.text), "words": words},
        **({"text": story.text} if story.show_text else {}),
    }


def text_sha256(text: str) -> str:
    """A story's fingerprint: `--resume` redoes a story whose text changed."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def error_record(error: InputError) -> dict:
    """What a failed input becomes in a stream: its id and source, and why it failed."""
    return {"schema": SCHEMA_ID, "id": error.id, "source": error.source, "error": error.reason}
