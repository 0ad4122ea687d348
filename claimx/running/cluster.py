"""claimx on Dask: the same extraction over a cluster, for archives past one machine.

Install with `pip install 'claimx[dask]'`. Inputs are path patterns read through
fsspec (local folders and globs; `s3://`, `gs://` and others with their filesystem
package installed). Each worker process loads the spaCy pipeline once (it is cached
per process) and runs a whole partition through the same batching engine as a local
run, so the answers are the same.

    import claimx.running.cluster as cc
    bag = cc.extract_bag(cc.read_stories("s3://news/2026/**/*.jsonl"))
    cc.write_partitions(bag, "s3://news-claims/2026/")
"""

from __future__ import annotations

import json
import os
import posixpath
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..inputs import STORY_SUFFIXES, InputError, Story, read_file
from ..inputs.formats import is_url, story_suffix, with_text
from ..inputs.options import DEFAULT_OPTIONS, ReadOptions
from ..output.writers import dumps
from .settings import Settings

if TYPE_CHECKING:
    import dask.bag
    import distributed

FILES_PER_PARTITION = 16


def read_stories(
    patterns: str | list[str],
    *,
    options: ReadOptions = DEFAULT_OPTIONS,
    show_text: bool = False,
    files_per_partition: int = FILES_PER_PARTITION,
) -> dask.bag.Bag:
    """A bag of stories (and input errors) from path patterns, folders, files or URLs.

    Folders are searched recursively for story files; ids are paths under the folder,
    as in a local run; other matches keep their path as id. The workers read with the
    same limits and choices (`options`) as a local run, and fetch the URLs themselves.
    """
    import dask.bag as db
    from fsspec.core import url_to_fs

    # (kind, filesystem, path, source, id); kind: "file", "url" (the worker fetches it) or
    # "unmatched" (a pattern that matched nothing, reported as an input error).
    entries: list[tuple] = []
    for pattern in [patterns] if isinstance(patterns, str) else patterns:
        if is_url(pattern):
            entries.append(("url", None, pattern, pattern, pattern))
            continue
        fs, root = url_to_fs(pattern)
        if fs.isdir(root):
            found = sorted(p for p in fs.find(root) if _is_story(p))
            for p in found:
                rel = posixpath.relpath(p, root)
                entries.append(("file", fs, p, _shown(fs, pattern, p, rel), rel))
        elif any(c in root for c in "*?["):
            matches = sorted(p for p in fs.glob(root) if not fs.isdir(p))
            shown = [_shown(fs, pattern, p) for p in matches]
            entries += [("file", fs, p, name, name) for p, name in zip(matches, shown)]
            if not matches:
                entries.append(("unmatched", None, pattern, pattern, None))
        else:
            name = _shown(fs, pattern, root)
            entries.append(("file", fs, root, name, name))
    bag = db.from_sequence(entries, partition_size=files_per_partition)
    return bag.map_partitions(_read, options=options, show_text=show_text)


def extract_bag(
    stories: dask.bag.Bag,
    *,
    model: str | None = None,
    published: str | None = None,
    settings: Settings | None = None,
) -> dask.bag.Bag:
    """A bag of results, an article or an error record per story, in the bag's order."""
    settings = settings or Settings.from_env()
    return stories.map_partitions(_extract, model=model, published=published, settings=settings)


def write_partitions(results: dask.bag.Bag, out_dir: str) -> dict:
    """Write each partition as `part-NNNNN.jsonl` (atomically) and `_summary.json`.

    A partition's file name is fixed by its index, so a task that Dask retries after
    losing a worker rewrites the same file: no result is duplicated.
    """
    import dask
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out_dir)
    fs.makedirs(root, exist_ok=True)
    started = time.perf_counter()
    writes = [
        dask.delayed(_write_partition)(part, fs, posixpath.join(root, f"part-{i:05d}.jsonl"))
        for i, part in enumerate(results.to_delayed())
    ]
    counts = dask.compute(*writes)
    summary = {
        "partitions": len(counts),
        "stories": sum(c["stories"] for c in counts),
        "failed": sum(c["failed"] for c in counts),
        "claims": sum(c["claims"] for c in counts),
        "seconds": round(time.perf_counter() - started, 2),
    }
    with fs.open(posixpath.join(root, "_summary.json"), "w") as f:
        f.write(json.dumps(summary, indent=2) + "\n")
    return summary


@contextmanager
def connect(scheduler: str, *, workers: int) -> Iterator[distributed.Client]:
    """A Dask client: `local` starts a LocalCluster of single-threaded worker processes
    and shuts it down with the client."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler != "local":
        with Client(scheduler) as client:
            yield client
        return
    # Dask starts workers with MALLOC_TRIM_THRESHOLD_=64 KiB, so glibc hands memory
    # back after every Doc: 13 s of system time against 1.6 s on 912 stories. Its
    # sampling profiler is no use here either: every task is the same nlp.pipe loop.
    threads = {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}
    settings = {
        "distributed.nanny.pre-spawn-environ": threads,
        "distributed.worker.profile.enabled": False,
    }
    with (
        dask.config.set(settings),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # No dashboard; the scheduler's health endpoint on a free local port, so a
            # second claimx run beside this one does not warn that 8787 is taken.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def stream_results(results: dask.bag.Bag, client) -> Iterator[dict]:
    """Results in input order, partition by partition, while later partitions run."""
    futures = client.compute(results.to_delayed())
    for future in futures:
        yield from future.result()
        future.release()


def _is_story(path: str) -> bool:
    name = posixpath.basename(path)
    return not name.startswith(".") and story_suffix(name) in STORY_SUFFIXES


def _shown(fs, pattern: str, path: str, rel: str | None = None) -> str:
    """A path named as a local run names it: a relative pattern stays relative."""
    if "://" in pattern:
        return fs.unstrip_protocol(path)
    if os.path.isabs(pattern):
        return path
    return str(Path(pattern) / rel) if rel is not None else os.path.relpath(path)


def _read(entries: list[tuple], *, options: ReadOptions, show_text: bool) -> list:
    stories: list = []
    for kind, fs, path, source, story_id in entries:
        if kind == "unmatched":
            stories.append(InputError(source, "no such file or pattern matches nothing"))
            continue
        if kind == "url":  # fetched by the worker
            from ..inputs.urls import url_stories

            stories += url_stories(path, options)
            continue
        try:
            with fs.open(path, "rb") as f:
                suffix = story_suffix(posixpath.basename(path))
                stories += read_file(f, source, story_id, suffix, options)
        except FileNotFoundError:
            stories.append(InputError(source, "no such file"))
        except OSError as exc:
            stories.append(InputError(source, exc.strerror or str(exc)))
    return list(with_text(stories)) if show_text else stories


def _extract(
    stories: list, *, model: str | None, published: str | None, settings: Settings
) -> list[dict]:
    from ..pipeline import load_pipeline
    from .engine import run_stories

    if published:
        for story in stories:
            if isinstance(story, Story):
                story.published = published
                story.published_source = "given"
    return list(run_stories(load_pipeline(model), stories, settings))


def _write_partition(results: list[dict], fs, path: str) -> dict:
    tmp = f"{path}.part"
    with fs.open(tmp, "w") as f:
        for article in results:
            f.write(dumps(article) + "\n")
    fs.mv(tmp, path)
    failed = sum(1 for a in results if "error" in a)
    return {
        "stories": len(results) - failed,
        "failed": failed,
        "claims": sum(len(a.get("claims", ())) for a in results),
    }
