"""The `claimx/1` output contract as JSON Schema, generated from the output's TypedDicts.

Each item's fields are declared once, beside the step that writes them (`Money` in
`claimx/steps/money/item.py` and so on); `Article` in `assemble.py` ties them together.
`claimx schema` prints `ARTICLE`.
"""

from __future__ import annotations

import inspect
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

from typing_extensions import NotRequired

from ..steps.item import JsonSchema
from .assemble import Article, ErrorRecord

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def json_schema(hint: Any) -> dict[str, Any]:
    """The JSON Schema of a type: scalars, `X | None`, lists, Literals and TypedDicts.

    A TypedDict is a closed object: every key it declares is required (unless
    `NotRequired`) and no other key is allowed. `Annotated[int, JsonSchema(minimum=0)]`
    adds its keywords.
    """
    origin = get_origin(hint)
    if origin is NotRequired:  # the key may be absent; `required` says so, not its value
        return json_schema(get_args(hint)[0])
    if origin is Annotated:
        schema = json_schema(hint.__origin__)
        for extra in hint.__metadata__:
            if isinstance(extra, JsonSchema):
                schema.update(extra.keywords)
        return schema
    if origin in (Union, types.UnionType):
        return _union([json_schema(arg) for arg in get_args(hint)])
    if origin is Literal:
        values = list(get_args(hint))
        return {"const": values[0]} if len(values) == 1 else {"enum": values}
    if origin is list:
        return {"type": "array", "items": json_schema(get_args(hint)[0])}
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if isinstance(hint, type) and issubclass(hint, dict) and hasattr(hint, "__required_keys__"):
        return _object(hint)
    raise TypeError(f"no JSON Schema for {hint!r}")


def _object(typed_dict: type) -> dict[str, Any]:
    hints = get_type_hints(typed_dict, include_extras=True)
    schema: dict[str, Any] = {"type": "object"}
    if typed_dict.__doc__:
        schema["description"] = inspect.cleandoc(typed_dict.__doc__)
    schema["properties"] = {key: json_schema(hint) for key, hint in hints.items()}
    # Read from the hints: `__required_keys__` misses NotRequired in postponed annotations.
    schema["required"] = [key for key, hint in hints.items() if get_origin(hint) is not NotRequired]
    schema["additionalProperties"] = False
    return schema


def _union(options: list[dict[str, Any]]) -> dict[str, Any]:
    """`X | None` as X's schema with null allowed; any other union as `anyOf`."""
    null = {"type": "null"}
    if len(options) == 2 and null in options:
        schema = dict(options[0] if options[1] == null else options[1])
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
            return schema
        if isinstance(schema.get("type"), str):
            schema["type"] = [schema["type"], "null"]
            return schema
    return {"anyOf": options}


def _document(typed_dict: type, name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://github.com/claimx/claimx/schema/{name}.json",
        "title": title,
        **json_schema(typed_dict),
    }


ARTICLE = _document(Article, "claimx-1", "claimx article")
ERROR_RECORD = _document(ErrorRecord, "claimx-1-error", "claimx error record")
