"""The `claimx/1` output contract as JSON Schema, printed by `claimx schema`."""

from __future__ import annotations

from .assemble import SCHEMA_ID

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_INT = {"type": "integer", "minimum": 0}
_NUM = {"type": ["number", "null"]}
_INDEXES = {"type": "array", "items": _INT}


def _span(description: str, properties: dict, required: list[str]) -> dict:
    """An item found in the text: `text == story[start:end]`, and the sentence it sits in."""
    return {
        "type": "object",
        "description": description,
        "properties": {"text": _STR, "start": _INT, "end": _INT, "sentence": _INT, **properties},
        "required": ["text", "start", "end", "sentence", *required],
    }


_SPEAKER = {
    "type": ["object", "null"],
    "properties": {
        "text": _STR,
        "start": _INT,
        "end": _INT,
        "name": _OPT_STR,
        "title": _OPT_STR,
        "organization": _OPT_STR,
        "kind": {"enum": ["person", "organization", "group", "unnamed", None]},
    },
    "required": ["text", "start", "end", "name", "title", "organization", "kind"],
}

ARTICLE = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://github.com/claimx/claimx/schema/claimx-1.json",
    "title": "claimx article",
    "description": "The checkable facts of one news story; offsets index the text as read.",
    "type": "object",
    "properties": {
        "schema": {"const": SCHEMA_ID},
        "id": _OPT_STR,
        "source": _STR,
        "url": _OPT_STR,
        "title": _OPT_STR,
        "author": {**_OPT_STR, "description": "Web pages only: the byline, if the page gives one"},
        "published": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "published_source": {"enum": ["given", "page", "capture", "dateline", "story", None]},
        "encoding": _OPT_STR,
        "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "notes": {"type": "array", "items": _STR},
        "dateline": {
            "type": ["object", "null"],
            "properties": {
                "text": _STR,
                "start": _INT,
                "end": _INT,
                "place": _STR,
                "city": {"type": ["object", "null"]},
            },
            "required": ["text", "start", "end", "place"],
        },
        "money": {
            "type": "array",
            "items": _span(
                "A money amount",
                {
                    "value": _NUM,
                    "currency": _OPT_STR,
                    "low": _NUM,
                    "high": _NUM,
                    "qualifier": _OPT_STR,
                    "vague": {"type": "boolean"},
                    "unit": _OPT_STR,
                },
                ["value", "currency", "low", "high", "qualifier"],
            ),
        },
        "dates": {
            "type": "array",
            "items": _span(
                "A date as a TimeML TIMEX3 value",
                {
                    "value": _STR,
                    "grain": _OPT_STR,
                    "mod": _OPT_STR,
                    "anchored": {"type": "boolean"},
                },
                ["value", "grain", "mod"],
            ),
        },
        "cities": {
            "type": "array",
            "items": _span(
                "A city resolved to a GeoNames place",
                {
                    "name": _STR,
                    "region": _OPT_STR,
                    "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
                    "latitude": {"type": "number", "minimum": -90, "maximum": 90},
                    "longitude": {"type": "number", "minimum": -180, "maximum": 180},
                    "geonames_id": {"type": "integer"},
                },
                ["name", "region", "country", "latitude", "longitude", "geonames_id"],
            ),
        },
        "places": {"type": "array", "items": {"type": "object"}},
        "quotes": {
            "type": "array",
            "items": _span(
                "A quote (direct) or reported claim (not direct), without its quote marks",
                {"direct": {"type": "boolean"}, "cue": _OPT_STR, "speaker": _SPEAKER},
                ["direct", "cue", "speaker"],
            ),
        },
        "speakers": {"type": "array", "items": {"type": "object"}},
        "claims": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "text": _STR,
                    "start": _INT,
                    "end": _INT,
                    "sentence": _INT,
                    "money": _INDEXES,
                    "dates": _INDEXES,
                    "cities": _INDEXES,
                    "quotes": _INDEXES,
                    "attribution": {"type": ["object", "null"]},
                },
                "required": [
                    "text",
                    "start",
                    "end",
                    "money",
                    "dates",
                    "cities",
                    "quotes",
                    "attribution",
                ],
            },
        },
        "stats": {"type": "object"},
        "text": {**_STR, "description": "The text as read (web pages, or with --text)"},
    },
    "required": [
        "schema",
        "id",
        "source",
        "title",
        "published",
        "dateline",
        "money",
        "dates",
        "cities",
        "quotes",
        "speakers",
        "claims",
    ],
}
