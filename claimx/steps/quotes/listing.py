"""The step's output: one dict per quote, and the speakers list that links them."""

from __future__ import annotations


def quote_item(
    text: str, start: int, end: int, direct: bool, cue: str | None, speaker: dict | None
) -> dict:
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "direct": direct,
        "cue": cue,
        "speaker": dict(speaker) if speaker else None,
        "speaker_id": None,
    }


def speaker_list(items: list[dict]) -> list[dict]:
    """One entry per resolved speaker, in order of first quote; links quotes back to it."""
    speakers: list[dict] = []
    index: dict[tuple[str, str], int] = {}
    for n, item in enumerate(items):
        sp = item["speaker"]
        if sp is None:
            continue
        key = (sp["kind"], sp["name"].lower())
        if key not in index:
            index[key] = len(speakers)
            speakers.append(
                {
                    "name": sp["name"],
                    "title": sp["title"],
                    "organization": sp["organization"],
                    "kind": sp["kind"],
                    "quotes": [],
                }
            )
        entry = speakers[index[key]]
        entry["title"] = entry["title"] or sp["title"]
        entry["organization"] = entry["organization"] or sp["organization"]
        entry["quotes"].append(n)
        item["speaker_id"] = index[key]
    return speakers
