"""Parallel runs: worker processes that each load the pipeline once and take whole chunks.

Imported only for `jobs > 1`, so a one-story run does not pay for multiprocessing.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from ..inputs.story import InputError, Story
from ..output.assemble import error_record
from ..pipeline import load_pipeline
from .engine import chunks, process_chunk
from .settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

_worker: tuple[Language, Settings] | None = None


def _init_worker(model: str | None, settings: Settings, parent: tuple[int, bool]) -> None:
    global _worker
    # Ctrl-C is the parent's to handle: it stops the batch and reports what was done.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the CLI's SIGTERM handler, which would only raise inside it.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(*parent)
    _worker = load_pipeline(model), settings


def _die_with(parent: int, forked_by_main_thread: bool) -> None:
    """End this worker when its parent dies, even by SIGKILL, which no cleanup sees.

    Linux signals it at once (PR_SET_PDEATHSIG, which fires when the forking thread ends,
    so only when that is the main thread); elsewhere a thread notices within a second
    that the worker was handed to another parent.
    """
    if forked_by_main_thread and sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="claimx-parent-watch", daemon=True).start()


def _run_in_worker(chunk: list[Story | InputError]) -> list[dict]:
    assert _worker is not None
    nlp, settings = _worker
    return process_chunk(nlp, chunk, settings)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


class _Workers:
    """A process pool that survives a worker's death, which costs only the story that caused it.

    A dead worker breaks the whole pool; the chunks it held are run again on a new
    pool, and a chunk that breaks it again is run one story at a time, so the story
    that kills its worker (out of memory, say) is found and reported.
    """

    def __init__(self, model: str | None, jobs: int, settings: Settings):
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.model, self.jobs, self.settings = model, jobs, settings
        self.generation = 0
        self.pool = self._start()

    def _start(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            self.jobs,
            mp_context=self.context,
            initializer=_init_worker,
            initargs=(self.model, self.settings, (os.getpid(), _in_main_thread())),
        )

    def submit(self, chunk: list) -> tuple[list, int, Future]:
        return chunk, self.generation, self.pool.submit(_run_in_worker, chunk)

    def result(self, chunk: list, generation: int, future: Future) -> list[dict]:
        try:
            return future.result()
        except BrokenProcessPool:
            if generation == self.generation:
                self._restart()
            else:  # broken by another chunk's crash: give it one more try as a whole
                try:
                    return self.pool.submit(_run_in_worker, chunk).result()
                except BrokenProcessPool:
                    self._restart()
        except Exception:  # the chunk could not be sent or returned: find the story that failed
            pass
        return [self._alone(item) for item in chunk]

    def _alone(self, item: Story | InputError) -> dict:
        if isinstance(item, InputError):
            return error_record(item)
        try:
            return self.pool.submit(_run_in_worker, [item]).result()[0]
        except BrokenProcessPool:
            self._restart()
            reason = "its worker process died while processing it (out of memory?)"
        except Exception as exc:
            reason = f"processing failed: {type(exc).__name__}: {exc}"
        return error_record(InputError(item.source, reason, id=item.id))

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.generation += 1
        self.pool = self._start()

    def close(self, *, abandon: bool) -> None:
        """Shut the pool down; `abandon`: the run stopped early, so work in hand is dropped
        and the workers are ended now rather than after their current chunk."""
        processes = list((self.pool._processes or {}).values()) if abandon else []
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()


def run_parallel(
    items: Iterable[Story | InputError], *, model: str | None, jobs: int, settings: Settings
) -> Iterator[dict]:
    workers = _Workers(model, jobs, settings)
    pending: deque = deque()
    finished = False
    try:
        for chunk in chunks(items, settings.chunk_chars):
            pending.append(workers.submit(chunk))
            while len(pending) > jobs * 3:
                yield from workers.result(*pending.popleft())
        while pending:
            yield from workers.result(*pending.popleft())
        finished = True
    finally:
        workers.close(abandon=not finished)
