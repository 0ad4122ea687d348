"""Where the time goes: each component's process time in claimx and in plain `nlp.pipe`.

    python benchmarks/components.py ../shared/corpus/bbc [--stories 600] [--slices 10]

Both run in this one process on the same stories (every k-th file of the folder), slice by
slice, taking turns, so a slow spell of the machine weighs on both. Plain is the base
pipeline with all its components, fed as `nlp.pipe(texts, batch_size=32)` feeds it;
claimx is `claimx.running.engine.process_chunk` over its chunks, as `claimx extract` runs it. Times
are `time.process_time` sums; the ratio is the median of the slices' ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from spacy.util import minibatch

from claimx.inputs import Story
from claimx.pipeline import load_pipeline, resolve_model
from claimx.running import engine
from claimx.running.settings import Settings
from claimx.steps.headline import headline


class Timed:
    """Adds the process time of each call of `fn` to `totals[name]`."""

    def __init__(self, fn, name: str, totals: Counter):
        self.fn, self.name, self.totals = fn, name, totals

    def __call__(self, *args, **kwargs):
        start = time.process_time()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.totals[self.name] += time.process_time() - start

    def __getattr__(self, attr):  # the tokenizer's memory_zone and the like
        return getattr(self.fn, attr)


def time_components(nlp, totals: Counter) -> None:
    """Time the tokenizer and each component as `process_chunk` applies it."""
    nlp.tokenizer = Timed(nlp.tokenizer, "tokenizer", totals)
    apply = engine._apply

    def timed_apply(proc, docs, *args):
        return Timed(apply, proc.name, totals)(proc, docs, *args)

    engine._apply = timed_apply


def run_plain(nlp, texts: list[str], totals: Counter) -> None:
    """What `nlp.pipe(texts, batch_size=32)` does, each stage timed."""
    for batch in minibatch(texts, 32):
        start = time.process_time()
        docs = [nlp.make_doc(text) for text in batch]
        totals["tokenizer"] += time.process_time() - start
        for name, proc in nlp.pipeline:
            start = time.process_time()
            if hasattr(proc, "predict"):
                proc.set_annotations(docs, proc.predict(docs))
            else:
                docs = [proc(doc) for doc in docs]
            totals[name] += time.process_time() - start


def run_claimx(nlp, texts: list[str]) -> None:
    stories = [Story(id=str(n), source="-", text=t, title=headline(t)) for n, t in enumerate(texts)]
    settings = Settings.from_env()
    for chunk in engine.chunks(stories, settings.chunk_chars):
        engine.process_chunk(nlp, chunk, settings)


def measure(folder: Path, stories: int, slices: int) -> dict:
    import spacy

    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".txt")
    files = files[:: max(1, len(files) // stories)][:stories]
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in files]
    plain, claimx = spacy.load(resolve_model()), load_pipeline(None)
    plain_parts, claimx_parts = Counter(), Counter()
    time_components(claimx, claimx_parts)
    run_plain(plain, texts[:5], plain_parts)  # load what each loads lazily before timing
    run_claimx(claimx, texts[:5])
    plain_parts.clear()
    claimx_parts.clear()
    size = -(-len(texts) // slices)
    ratios, plain_total, claimx_total = [], 0.0, 0.0
    for k in range(0, len(texts), size):
        part = texts[k : k + size]
        start = time.process_time()
        run_plain(plain, part, plain_parts)
        middle = time.process_time()
        run_claimx(claimx, part)
        end = time.process_time()
        plain_total += middle - start
        claimx_total += end - middle
        ratios.append((middle - start) / (end - middle))
    claimx_parts["other"] = claimx_total - sum(claimx_parts.values())
    return {
        "stories": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "slices": len(ratios),
        "plain seconds": round(plain_total, 2),
        "claimx seconds": round(claimx_total, 2),
        "claimx / plain throughput (median of slices)": round(statistics.median(ratios), 3),
        "plain components": {k: round(v, 2) for k, v in plain_parts.most_common()},
        "claimx components": {k: round(v, 2) for k, v in claimx_parts.most_common()},
    }


def show(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{result['stories']} stories, {result['words']:,} words")
    for column in ("component", "plain s", "claimx s"):
        table.add_column(column, justify="left" if column == "component" else "right")
    plain, claimx = result["plain components"], result["claimx components"]

    def cell(value: float | None) -> str:
        return "" if value is None else f"{value:.2f}"

    for name in dict.fromkeys([*plain, *claimx]):
        table.add_row(name, cell(plain.get(name)), cell(claimx.get(name)))
    table.add_row("all", cell(result["plain seconds"]), cell(result["claimx seconds"]))
    console = Console()
    console.print(table)
    ratio = result["claimx / plain throughput (median of slices)"]
    console.print(f"claimx / plain throughput, median of {result['slices']} slices: {ratio:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--stories", type=int, default=600)
    ap.add_argument("--slices", type=int, default=10)
    ap.add_argument("--json", type=Path, help="also write the results here")
    a = ap.parse_args()
    result = measure(a.folder, a.stories, a.slices)
    show(result)
    if a.json:
        a.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
