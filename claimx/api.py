"""The library API: `extract` for one story, `extract_many` to stream any number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from .inputs.records import record_story
from .inputs.story import InputError, Story
from .running.settings import Settings
from .steps.headline import headline


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    id: str | None = None,
    title: str | None = None,
    model: str | None = None,
) -> dict:
    """The claims of one story, as the `claimx/1` object `claimx extract` prints."""
    story = Story(id=id or "-", source="-", text=text, title=title or headline(text))
    return next(extract_many([story], model=model, published=published))


def extract_many(
    stories: Iterable[str | dict | Story | InputError],
    *,
    model: str | None = None,
    jobs: int = 1,
    published: str | dt.date | None = None,
    settings: Settings | None = None,
) -> Iterator[dict]:
    """Stream results in input order: an article per story, an error record per failed input.

    Strings are story texts; dicts are records with `text` and optional `id`,
    `published`, `title`, `url`. `published` overrides each story's own date.
    `settings` default to the `CLAIMX_*` environment variables.
    """
    settings = settings or Settings.from_env()
    items = (as_story(n, s, published) for n, s in enumerate(stories, 1))
    if jobs > 1:
        from .running.pool import run_parallel

        yield from run_parallel(items, model=model, jobs=jobs, settings=settings)
    else:
        from .pipeline import load_pipeline
        from .running.engine import run_stories

        yield from run_stories(load_pipeline(model), items, settings)


def as_story(n: int, item: str | dict | Story | InputError, published) -> Story | InputError:
    """A caller's item as a Story: a text, a record, or a Story or InputError as they are."""
    if isinstance(item, str):
        item = Story(id=str(n), source="-", text=item, title=headline(item))
    elif isinstance(item, dict):
        item = record_story("-", str(item.get("id", n)), item, None)
    if isinstance(item, Story) and published is not None:
        item.published = published if isinstance(published, str) else published.isoformat()
        item.published_source = "given"
    return item
