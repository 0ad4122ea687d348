"""The batching engine: stories in, articles out, chunk by chunk, one bad story failing alone.

The library API, the process pool and the Dask workers all run stories through
`process_chunk`; `chunks` groups them by characters of text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ..inputs.published import normalize_published
from ..inputs.story import InputError, Story
from ..output.assemble import assemble, error_record
from ..steps.doctext import doc_text, keep_text
from .settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def run_stories(
    nlp: Language, stories: Iterable[Story | InputError], settings: Settings
) -> Iterator[dict]:
    """An article or an error record per item, in order, chunk by chunk."""
    for chunk in chunks(stories, settings.chunk_chars):
        yield from process_chunk(nlp, chunk, settings)


def process_chunk(nlp: Language, chunk: list[Story | InputError], settings: Settings) -> list[dict]:
    """Run a chunk through the pipeline; a story that breaks it fails alone, with its reason."""
    stories = [s for s in chunk if isinstance(s, Story)]
    for story in stories:
        normalize_published(story)
    short = [s for s in stories if len(s.text) <= settings.batch_chars]
    done: dict[int, dict] = {}
    # Words the tokenizer meets outside a memory zone stay in the vocab for good, and later
    # stories find them ready (a new word costs spaCy ~40 µs); from `vocab_limit` words on
    # they are made inside the zone and freed with the chunk, like every string the pipeline
    # adds, so a run of a million stories does not grow. Only plain values leave the zone.
    keep_words = len(nlp.vocab) < settings.vocab_limit
    try:
        made = [_make_doc(nlp, s) for s in short] if keep_words else None
    except Exception:
        made, short = None, []  # each story is then run on its own, below
    with nlp.memory_zone():
        try:
            docs = [_make_doc(nlp, s) for s in short] if made is None else made
            docs = _annotate(nlp, docs, settings.batch_chars)
            done.update((id(s), assemble(s, doc)) for s, doc in zip(short, docs))
        except Exception:
            done.clear()
        for story in stories:
            if id(story) not in done:
                done[id(story)] = _one(nlp, story, settings.batch_chars)
    return [error_record(s) if isinstance(s, InputError) else done[id(s)] for s in chunk]


def _annotate(nlp: Language, docs: list[Doc], batch_chars: int) -> list[Doc]:
    """`nlp.pipe` over one chunk, with each component fed the batches that suit it."""
    listeners = {n for _, proc in nlp.pipeline for n in getattr(proc, "listening_components", ())}
    for name, proc in nlp.pipeline:
        docs = _apply(proc, docs, batch_chars if name not in listeners else None)
    return docs


def _apply(proc: Callable, docs: list[Doc], batch_chars: int | None) -> list[Doc]:
    """One component over a chunk's docs: a model in batches, or all at once (None)."""
    from spacy.pipeline import TrainablePipe

    if not isinstance(proc, TrainablePipe):
        return [proc(doc) for doc in docs]
    for batch in [docs] if batch_chars is None else chunks(docs, batch_chars, _doc_chars):
        proc.set_annotations(batch, proc.predict(batch))
    return docs


def _one(nlp: Language, story: Story, batch_chars: int) -> dict:
    try:
        long = len(story.text) > batch_chars
        doc = _long(nlp, story, batch_chars) if long else nlp(_make_doc(nlp, story))
        return assemble(story, doc)
    except Exception as exc:  # one bad story must not stop the batch
        reason = f"processing failed: {type(exc).__name__}: {exc}"
        return error_record(InputError(story.source, reason, id=story.id))


def _long(nlp: Language, story: Story, batch_chars: int) -> Doc:
    """A story longer than a batch, parsed in pieces joined back into one Doc.

    The base pipeline runs on one piece at a time, cut at paragraph breaks (its layers
    see only a few tokens either side, so the cut changes little); the joined Doc keeps
    offsets into the whole text, and claimx's steps run on the whole.
    """
    from spacy.tokens import Doc

    from ..pipeline import claimx_components

    steps = claimx_components()
    with nlp.select_pipes(disable=steps):
        pieces = list(nlp.pipe(split_text(story.text, batch_chars), batch_size=1))
    whole = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["user_data"])
    # What a step before the parser noted on a piece (the paragraphs step) is the story's.
    notes = dict.fromkeys(note for piece in pieces for note in piece._.notes or [])
    whole._.notes = list(notes) or None
    if story.published:
        whole._.published, whole._.published_source = story.published, story.published_source
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


def _make_doc(nlp: Language, story: Story) -> Doc:
    doc = keep_text(nlp.make_doc(story.text), story.text)
    if story.published:
        doc._.published = story.published
        doc._.published_source = story.published_source
    return doc


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
