"""Quotes and speakers as claimx writes them to `quotes[]` and `speakers[]`."""

from __future__ import annotations

from typing import Literal, TypedDict

from ..item import Offset, TextSpan

SpeakerKind = Literal["person", "organization", "group", "unnamed"]


class Speaker(TextSpan):
    """Who said a quote: the mention in the text (may be "he"), resolved to a name."""

    name: str  # the full name the story gives, else the mention's words
    title: str | None  # "chief executive"
    organization: str | None
    kind: SpeakerKind


class Quote(TextSpan):
    """A direct quote, without its quote marks, or reported speech ("X said that ...")."""

    direct: bool
    cue: str | None  # the reporting words: "said", "according to"
    speaker: Speaker | None
    speaker_id: Offset | None  # the index of the speaker in `speakers[]`
    sentence: Offset  # the index of the sentence it starts in


class SpeakerEntry(TypedDict):
    """One distinct speaker of the story, with the indexes of their quotes."""

    name: str
    title: str | None
    organization: str | None
    kind: SpeakerKind
    quotes: list[Offset]
