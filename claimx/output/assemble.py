"""From a processed Doc and its Story to the output object of the `claimx/1` contract."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Annotated, Literal, TypedDict

from typing_extensions import NotRequired

from ..inputs.story import InputError, Story
from ..steps.cities.item import City, Place
from ..steps.claims import Claim
from ..steps.dateline import Dateline
from ..steps.dates.item import Date
from ..steps.item import JsonSchema, Offset
from ..steps.money.item import Money
from ..steps.quotes.item import Quote, SpeakerEntry

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCHEMA_ID = "claimx/1"
SchemaId = Literal["claimx/1"]  # SCHEMA_ID, as a type


class Stats(TypedDict):
    """The story's size."""

    characters: Offset
    words: Offset  # tokens that are neither space nor punctuation


class Article(TypedDict):
    """The checkable facts of one news story; offsets index the text as read."""

    schema: SchemaId
    id: str  # the record's id, or the path under the folder given
    source: str  # where the story was read from: "-" for stdin
    url: str | None
    title: str | None
    author: NotRequired[str | None]  # web pages only: the byline, if the page gives one
    published: Annotated[str, JsonSchema(pattern=r"^\d{4}-\d{2}-\d{2}$")] | None  # ISO date
    # "page": a web page's own metadata; "capture": the crawl's date (WARC)
    published_source: Literal["given", "page", "capture", "dateline", "story"] | None
    encoding: str | None  # how the text was decoded
    text_sha256: Annotated[str, JsonSchema(pattern="^[0-9a-f]{64}$")]
    notes: list[str]  # anything claimx had to assume
    dateline: Dateline | None
    money: list[Money]
    dates: list[Date]
    cities: list[City]
    places: list[Place]
    quotes: list[Quote]
    speakers: list[SpeakerEntry]
    claims: list[Claim]
    stats: Stats
    text: NotRequired[str]  # the text offsets point into: web pages, or with --text


class ErrorRecord(TypedDict):
    """An input that could not become a story, in place of its article."""

    schema: SchemaId
    id: str | None
    source: str
    error: str  # why it failed


def assemble(story: Story, doc: Doc) -> Article:
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
        "notes": [*story.notes, *(doc._.notes or [])],  # reading's notes, then the steps
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


def error_record(error: InputError) -> ErrorRecord:
    """What a failed input becomes in a stream: its id and source, and why it failed."""
    return {"schema": SCHEMA_ID, "id": error.id, "source": error.source, "error": error.reason}
