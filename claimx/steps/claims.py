"""Claims: a story's sentences that carry checkable facts, with who stands behind each."""

from __future__ import annotations

KINDS = ("money", "dates", "cities", "quotes")


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
