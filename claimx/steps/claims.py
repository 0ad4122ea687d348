"""Claims: a story's sentences that carry checkable facts, with who stands behind each."""

from __future__ import annotations

from typing import TypedDict

from .item import Offset, TextSpan
from .quotes.item import SpeakerKind

KINDS = ("money", "dates", "cities", "quotes")


class Attribution(TypedDict):
    """Who stands behind a claim: the speaker of its first quote that has one."""

    name: str
    kind: SpeakerKind
    title: str | None
    organization: str | None
    quote: Offset  # the index of that quote in `quotes[]`
    direct: bool


class Claim(TextSpan):
    """A sentence carrying an amount, date, city or quote, and the indexes of those items."""

    sentence: Offset
    money: list[Offset]
    dates: list[Offset]
    cities: list[Offset]
    quotes: list[Offset]
    attribution: Attribution | None


def build_claims(
    text: str, sentences: list[tuple[int, int]], items: dict[str, list[dict]]
) -> list[dict]:
    """One claim per sentence carrying an amount, date, city or quote, indexing into those lists.

    A quote belongs to every sentence its words touch, so a statement inside a
    multi-sentence quote is attributed to that quote's speaker.
    """
    by_sentence: dict[int, dict[str, list[int]]] = {}
    for kind in KINDS:
        for index, item in enumerate(items.get(kind, [])):
            for sentence in _sentences_touched(sentences, item, kind):
                by_sentence.setdefault(sentence, {k: [] for k in KINDS})[kind].append(index)
    claims = []
    for sentence in sorted(by_sentence):
        start, end = sentences[sentence] if sentences else (0, len(text))
        refs = by_sentence[sentence]
        quotes = [items["quotes"][i] for i in refs["quotes"]]
        claims.append(
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "sentence": sentence,
                **refs,
                "attribution": _attribution(quotes, refs["quotes"]),
            }
        )
    return claims


def _sentences_touched(sentences: list[tuple[int, int]], item: dict, kind: str) -> list[int]:
    if kind != "quotes":
        return [item["sentence"]]
    return [
        i for i, (start, end) in enumerate(sentences) if start < item["end"] and item["start"] < end
    ] or [item["sentence"]]


def _attribution(quotes: list[dict], indexes: list[int]) -> dict | None:
    for index, quote in zip(indexes, quotes):
        speaker = quote.get("speaker")
        if speaker:
            return {
                "name": speaker.get("name") or speaker.get("text"),
                "kind": speaker.get("kind"),
                "title": speaker.get("title"),
                "organization": speaker.get("organization"),
                "quote": index,
                "direct": quote.get("direct"),
            }
    return None
