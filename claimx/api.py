"""The library API: `extract` for one story, `extract_many` to stream any number."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .assemble import assemble, error_record
from .doctext import doc_text, keep_text
from .pipeline import load_pipeline
from .reader import InputError, Story, headline, record_story

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Stories are parsed together in chunks of at most CHUNK_CHARS characters of text. Inside a
# chunk each component of the base pipeline gets the batch that suits it: the shared
# tok2vec, and components with embedding layers of their own (en_core_web_sm's ner), hold
# ~15 KB a token while they run, so they see at most BATCH_CHARS at a time; components that
# listen to the shared tok2vec (tagger, parser) hold ~5 KB a token and see the whole chunk,
# where the parser runs far faster than on small batches (every call steps through the
# longest text's transitions) and gives the same parse. A story longer than BATCH_CHARS is
# parsed in pieces of at most that size, cut at paragraph breaks.
BATCH_CHARS = int(os.environ.get("CLAIMX_BATCH_CHARS", 6_000))
CHUNK_CHARS = int(os.environ.get("CLAIMX_CHUNK_CHARS", 8_000))
# Off by default: keeping the BBC corpus's 35,291 words costs 5-6 MB of peak memory per
# process and saves ~6% of the time (README, Performance).
VOCAB_LIMIT = int(os.environ.get("CLAIMX_VOCAB_LIMIT", 0))
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
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
    return next(extract_many([story], model=model, published=published))


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
        from .parallel import run_parallel

        yield from run_parallel(items, model=model, jobs=jobs)
    else:
        nlp = load_pipeline(model)
        for chunk in chunks(items, CHUNK_CHARS):
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

    return parse_explicit_date(value) or _dateparser_day(value)


def _dateparser_day(value: str) -> str | None:
    """Metadata dates in any other form ("Fri, 27 Nov 2026 10:42:00 +0000", "27 novembre
    2026"): dateparser knows them all, so it is worth its import here, and only here."""
    import dateparser

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(value, settings=settings)
    return parsed.date().isoformat() if parsed else None


def process_chunk(nlp: Language, chunk: list[Story | InputError]) -> list[dict]:
    """Run a chunk through the pipeline; a story that breaks it fails alone, with its reason."""
    stories = [s for s in chunk if isinstance(s, Story)]
    for story in stories:
        _normalize_published(story)
    short = [s for s in stories if len(s.text) <= BATCH_CHARS]
    done: dict[int, dict] = {}
    # Words the tokenizer meets outside a memory zone stay in the vocab for good, and later
    # stories find them ready (a new word costs spaCy ~40 µs); from VOCAB_LIMIT words on
    # they are made inside the zone and freed with the chunk, like every string the pipeline
    # adds, so a run of a million stories does not grow. Only plain values leave the zone.
    try:
        made = [_make_doc(nlp, s) for s in short] if len(nlp.vocab) < VOCAB_LIMIT else None
    except Exception:
        made, short = None, []  # each story is then run on its own, below
    with nlp.memory_zone():
        try:
            docs = _annotate(nlp, made if made is not None else [_make_doc(nlp, s) for s in short])
            done.update((id(s), assemble(s, doc)) for s, doc in zip(short, docs))
        except Exception:
            done.clear()
        for story in stories:
            if id(story) not in done:
                done[id(story)] = _one(nlp, story)
    return [error_record(s) if isinstance(s, InputError) else done[id(s)] for s in chunk]


def _annotate(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """`nlp.pipe` over one chunk, with each component fed the batches that suit it."""
    listeners = {n for _, proc in nlp.pipeline for n in getattr(proc, "listening_components", ())}
    for name, proc in nlp.pipeline:
        docs = _apply(proc, docs, whole=name in listeners)
    return docs


def _apply(proc: Callable, docs: list[Doc], *, whole: bool) -> list[Doc]:
    """One component over a chunk's docs: a model all at once (`whole`) or in batches."""
    from spacy.pipeline import TrainablePipe

    if not isinstance(proc, TrainablePipe):
        return [proc(doc) for doc in docs]
    for batch in [docs] if whole else chunks(docs, BATCH_CHARS, _doc_chars):
        proc.set_annotations(batch, proc.predict(batch))
    return docs


def _one(nlp: Language, story: Story) -> dict:
    try:
        long = len(story.text) > BATCH_CHARS
        return assemble(story, _long(nlp, story) if long else nlp(_make_doc(nlp, story)))
    except Exception as exc:  # one bad story must not stop the batch
        reason = f"processing failed: {type(exc).__name__}: {exc}"
        return error_record(InputError(story.source, reason, id=story.id))


def _long(nlp: Language, story: Story) -> Doc:
    """A story longer than a batch, parsed in pieces joined back into one Doc.

    The base pipeline runs on one piece at a time, cut at paragraph breaks (its layers
    see only a few tokens either side, so the cut changes little); the joined Doc keeps
    offsets into the whole text, and claimx's steps run on the whole.
    """
    from spacy.tokens import Doc

    from .pipeline import claimx_components

    steps = claimx_components()
    with nlp.select_pipes(disable=steps):
        pieces = list(nlp.pipe(split_text(story.text, BATCH_CHARS), batch_size=1))
    whole = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["user_data"])
    if story.published:
        whole._.published, whole._.published_source = story.published, "given"
    for name in steps:
        whole = nlp.get_pipe(name)(whole)
    return whole


def split_text(text: str, size: int) -> list[str]:
    """Pieces of about `size` characters, cut at a paragraph, line, sentence or word break."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start + size // 2 : start + size]
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut >= 0:
                cut = start + size // 2 + cut + len(sep)
                break
        else:
            cut = start + size
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _normalize_published(story: Story) -> None:
    """The given date as an ISO day, or None with a note: a date not understood is no guess."""
    if story.published and not _DAY.fullmatch(story.published):
        day = parse_published(story.published)
        if day is None:
            story.notes.append(f"published date {story.published!r} not understood; ignored")
        story.published = day


def _make_doc(nlp: Language, story: Story) -> Doc:
    doc = keep_text(nlp.make_doc(story.text), story.text)
    if story.published:
        doc._.published = story.published
        doc._.published_source = "given"
    return doc


def _as_story(n: int, item: str | dict | Story | InputError, published) -> Story | InputError:
    if isinstance(item, str):
        item = Story(id=str(n), source="-", text=item, title=headline(item))
    elif isinstance(item, dict):
        item = record_story("-", str(item.get("id", n)), item, None)
    if isinstance(item, Story) and published is not None:
        item.published = published if isinstance(published, str) else published.isoformat()
    return item


def _story_chars(item: Story | InputError) -> int:
    return len(getattr(item, "text", ""))


def _doc_chars(doc: Doc) -> int:
    return len(doc_text(doc))


def chunks(items: Iterable, max_chars: int, chars: Callable = _story_chars) -> Iterator[list]:
    """Consecutive items, grouped until their text would pass `max_chars`."""
    chunk: list = []
    size = 0
    for item in items:
        length = chars(item)
        if chunk and size + length > max_chars:
            yield chunk
            chunk, size = [], 0
        chunk.append(item)
        size += length
    if chunk:
        yield chunk
