"""The library API: `extract` for one story, `extract_many` to stream any number."""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from .assemble import assemble, error_record
from .pipeline import load_pipeline
from .reader import InputError, Story, headline, record_story

if TYPE_CHECKING:
    from spacy.language import Language

BATCH_SIZE = 32
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


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
    if published is not None:
        story.published = published if isinstance(published, str) else published.isoformat()
    return next(extract_many([story], model=model))


def extract_many(
    stories: Iterable[str | dict | Story | InputError],
    *,
    model: str | None = None,
    jobs: int = 1,
    published: str | dt.date | None = None,
) -> Iterator[dict]:
    """Stream results in input order: an article per story, an error record per failed input.

    Strings are story texts; dicts are records with `text` and optional `id`,
    `published`, `title`, `url`. `published` overrides each story's own date.
    """
    items = (_as_story(n, s, published) for n, s in enumerate(stories, 1))
    if jobs > 1:
        yield from _parallel(items, model=model, jobs=jobs)
    else:
        nlp = load_pipeline(model)
        for chunk in _chunks(items, BATCH_SIZE):
            yield from process_chunk(nlp, chunk)


def parse_published(value: str) -> str | None:
    """An ISO day from an ISO date or timestamp, or from a written date with a year."""
    value = value.strip()
    m = _ISO_DAY.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from .dates import parse_explicit_date

    return parse_explicit_date(value)


def process_chunk(nlp: Language, chunk: list[Story | InputError]) -> list[dict]:
    """Run a batch through the pipeline; a story that breaks it fails alone, with its reason."""
    stories = [s for s in chunk if isinstance(s, Story)]
    try:
        done = {id(s): assemble(s, doc) for s, doc in zip(stories, nlp.pipe(_docs(nlp, stories)))}
    except Exception:
        done = {}
        for story in stories:
            try:
                done[id(story)] = assemble(story, next(nlp.pipe(_docs(nlp, [story]))))
            except Exception as exc:
                reason = f"processing failed: {type(exc).__name__}: {exc}"
                done[id(story)] = error_record(InputError(story.source, reason, id=story.id))
    return [error_record(s) if isinstance(s, InputError) else done[id(s)] for s in chunk]


def _docs(nlp: Language, stories: list[Story]):
    for story in stories:
        doc = nlp.make_doc(story.text)
        if story.published:
            day = parse_published(story.published)
            if day:
                doc._.published = day
                doc._.published_source = "given"
            else:
                story.notes.append(f"published date {story.published!r} not understood; ignored")
        yield doc


def _as_story(n: int, item: str | dict | Story | InputError, published) -> Story | InputError:
    if isinstance(item, str):
        item = Story(id=str(n), source="-", text=item, title=headline(item))
    elif isinstance(item, dict):
        item = record_story("-", str(item.get("id", n)), item, None)
    if isinstance(item, Story) and published is not None:
        item.published = published if isinstance(published, str) else published.isoformat()
    return item


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# Parallel runs: each worker process loads the pipeline once and takes whole chunks.
_worker_nlp: Language | None = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    _worker_nlp = load_pipeline(model)


def _run_in_worker(chunk: list[Story | InputError]) -> list[dict]:
    assert _worker_nlp is not None
    return process_chunk(_worker_nlp, chunk)


def _parallel(
    items: Iterable[Story | InputError], *, model: str | None, jobs: int
) -> Iterator[dict]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pending: deque = deque()
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init_worker, initargs=(model,)
    ) as pool:
        for chunk in _chunks(items, BATCH_SIZE // 4 or 1):
            pending.append(pool.submit(_run_in_worker, chunk))
            while len(pending) > jobs * 3:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
