"""JSON and JSON Lines records: each object with `text` is a story; a bad one costs only itself."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from .html import looks_like_html, page_record
from .story import InputError, Story


def record_story(
    source: str, story_id: str, obj: object, encoding: str | None
) -> Story | InputError:
    if not isinstance(obj, dict):
        return InputError(source, "record is not a JSON object", id=story_id)
    rid = obj.get("id")
    if rid is not None:
        story_id = str(rid)
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(source, 'record has no "text" string', id=story_id)
    if not text.strip():
        return InputError(source, "empty story (no text)", id=story_id)
    title = obj.get("title")
    published = obj.get("published")
    url = obj.get("url")
    story = Story(
        id=story_id,
        source=source,
        text=text,
        published=str(published) if published else None,
        title=title if isinstance(title, str) else None,
        url=url if isinstance(url, str) else None,
        encoding=encoding,
    )
    return page_record(story) if looks_like_html(text) else story


class InvalidJson(ValueError):
    """JSON that cannot be parsed, whatever the parser raised; `at` places a syntax error."""

    def __init__(self, reason: str, at: tuple[int, int] | None = None):
        super().__init__(reason)
        self.reason, self.at = reason, at


def loads(text: str) -> object:
    """`json.loads` for untrusted input, the one parser every JSON reader goes through.

    Python's parser recurses once per nesting level, so a file of 100,000 brackets raises
    RecursionError; that must cost one input, like any other JSON that cannot be parsed.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidJson(exc.msg, (exc.lineno, exc.colno)) from None
    except RecursionError:
        raise InvalidJson("nested too deeply to read") from None


def json_records(source: str, text: str, encoding: str) -> Iterator[Story | InputError]:
    try:
        obj = loads(text)
    except InvalidJson as exc:
        at = f" at line {exc.at[0]}, column {exc.at[1]}" if exc.at else ""
        yield InputError(source, f"invalid JSON{at}: {exc.reason}")
        return
    items = obj if isinstance(obj, list) else [obj]
    for n, item in enumerate(items, 1):
        yield record_story(source, f"{source}#{n}" if len(items) > 1 else source, item, encoding)


def jsonl_records(
    source: str, lines: Iterable[str | bytes], encoding: str
) -> Iterator[Story | InputError]:
    """One story per line (JSON Lines is UTF-8); a bad line costs only itself."""
    for lineno, line in enumerate(lines, 1):
        where = f"{source}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(where, f"line {lineno} is not valid UTF-8")
                continue
        if not line.strip():
            continue
        try:
            obj = loads(line)
        except InvalidJson as exc:
            yield InputError(where, f"invalid JSON on line {lineno}: {exc.reason}")
            continue
        yield record_story(where, where, obj, encoding)
