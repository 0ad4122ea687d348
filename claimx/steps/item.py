"""What every item found in a story's text shares, and the constraints its fields carry.

`claimx/output/schema.py` generates the output's JSON Schema from these TypedDicts; a field's
`Annotated[..., JsonSchema(...)]` metadata adds keywords its values keep to.
"""

from __future__ import annotations

from typing import Annotated, Any, TypedDict


class JsonSchema:
    """JSON Schema keywords for a field's values: `Annotated[int, JsonSchema(minimum=0)]`."""

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords


Offset = Annotated[int, JsonSchema(minimum=0)]
"""A character offset into the story's text, or an index into one of the article's lists."""
Country = Annotated[str, JsonSchema(pattern="^[A-Z]{2}$")]
"""An ISO 3166 alpha-2 country code."""


class TextSpan(TypedDict):
    """A stretch of the story: `text` is exactly `story[start:end]`."""

    text: str
    start: Offset
    end: Offset
