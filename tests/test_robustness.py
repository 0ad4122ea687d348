"""Whatever claimx is given, it keeps working, prints nothing harmful and loses no result.

Faults from outside the process (a closed pipe, a full disk, kills) are in test_faults.py.
"""

import json
import os
import time
from pathlib import Path

import pytest
from cli_helpers import lines, run

import claimx
from claimx.api import as_story
from claimx.pipeline import claimx_components, load_pipeline
from claimx.running import engine, pool
from claimx.running.settings import Settings

STORIES = Path(__file__).parent / "stories"
GOOD = (STORIES / "sacramento.txt").read_text()


BAD_INPUTS = {
    "empty.txt": (b"", "empty story"),
    "blank.txt": (b"  \n\t \n", "empty story"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary file"),
    "archive.txt": (b"\x1f\x8b\x08\x00" + bytes(range(256)), "binary file"),
    "broken.json": (b'{"text": "unterminated', "invalid JSON at line 1"),
}
GOOD_INPUTS = {
    "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode(), "utf-8-sig"),
    "utf16.txt": (GOOD.encode("utf-16"), "utf-16"),
    "latin1.txt": ("Fine\n\nThe club was fined £250,000 on Monday.".encode("latin-1"), "cp1252"),
    "cp1252.txt": ("Vow\n\n\u201cWe lost £5m,\u201d he said.".encode("cp1252"), "cp1252"),
    "invalid.txt": ("Café owners said “we lost £5,000”.".encode() + b"\xff\xfe", "utf-8"),
    "nul.txt": (b"Title\n\nThe fund paid \x00$5 million\x00 on Friday.", "utf-8"),
}


def test_every_kind_of_input_is_accounted_for(tmp_path):
    for name, (data, _) in {**BAD_INPUTS, **GOOD_INPUTS}.items():
        (tmp_path / name).write_bytes(data)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "ok", "text": "It cost $5."}\n{oops\n[1, 2]\n')
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(tmp_path / "fifo.txt")
    result = run("extract", tmp_path, tmp_path / "missing.txt", "--format", "jsonl")
    assert result.exit_code == 1
    done = {a["id"]: a for a in lines(result.stdout)}
    assert set(done) == {*GOOD_INPUTS, "ok"}
    for name, (_, encoding) in GOOD_INPUTS.items():
        assert done[name]["encoding"] == encoding
    assert "£250,000" in done["latin1.txt"]["money"][0]["text"]
    assert done["invalid.txt"]["notes"] == ["2 invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    assert done["nul.txt"]["money"][0]["value"] == 5_000_000
    errors = result.stderr
    for name, (_, reason) in BAD_INPUTS.items():
        assert f"{name}: {reason}" in errors
    assert "feed.jsonl:2: invalid JSON on line 2" in errors
    assert "feed.jsonl:3: record is not a JSON object" in errors
    assert "fifo.txt: not a regular file" in errors
    assert "missing.txt: no such file" in errors
    failed = len(BAD_INPUTS) + 4
    assert f"{len(GOOD_INPUTS) + 1} stories" in errors and f"{failed} failed" in errors


def test_a_story_past_spacy_max_length_is_processed_in_pieces():
    nlp = load_pipeline()
    filler = ("x" * 999 + "\n") * (nlp.max_length // 1000 + 50)
    text = GOOD + "\n\n" + filler + "\n\nThe county later paid $3.2 million in Fresno."
    article = claimx.extract(text)
    assert "error" not in article and len(text) > nlp.max_length
    last = article["money"][-1]
    assert last["value"] == 3_200_000 and text[last["start"] : last["end"]] == last["text"]
    assert article["cities"][-1]["text"] == "Fresno"
    assert text[article["cities"][-1]["start"] :].startswith("Fresno")


def test_split_text_cuts_at_breaks_and_keeps_every_character():
    text = "para one.\n\npara two is longer. " * 50 + "y" * 500
    pieces = engine.split_text(text, 120)
    assert "".join(pieces) == text
    assert all(len(p) <= 120 for p in pieces)
    assert pieces[0].endswith("\n\n")


def test_one_megabyte_line_without_spaces():
    started = time.perf_counter()
    article = claimx.extract("Headline\n\n" + "ab$1" * 250_000)
    assert "error" not in article
    assert time.perf_counter() - started < 120


ADVERSARIAL = [
    "$" * 5_000 + "1",
    "1," * 5_000 + " dollars",
    "million " * 2_500 + "dollars",
    "between $1 and " * 1_000,
    '"' * 5_000,
    "“" * 5_000 + " he said",
    "Mr. " * 2_500 + "Smith said",
    "the " * 2_500 + "day before yesterday",
    "mid-" * 2_500 + "September",
    "Springfield, " * 1_500 + "Ill.",
    "(" * 5_000 + "AP) — ",
    "1" * 50_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_extraction_steps_run_in_linear_time_on_crafted_input(text):
    nlp = load_pipeline()
    with nlp.select_pipes(disable=claimx_components()):
        started = time.perf_counter()
        doc = nlp(text)
        base = time.perf_counter() - started
    started = time.perf_counter()
    for name in claimx_components():
        doc = nlp.get_pipe(name)(doc)
    steps = time.perf_counter() - started
    assert steps < max(2 * base, 3.0), f"claimx steps took {steps:.1f}s, base {base:.1f}s"


def test_output_dir_refuses_a_symlink_that_leads_outside(tmp_path):
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    (out / "evil").symlink_to(outside, target_is_directory=True)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "evil/x", "text": "It cost $5."}) + "\n")
    result = run("extract", feed, "--output-dir", out)
    assert result.exit_code == 1
    assert "leads outside" in result.stderr
    assert list(outside.iterdir()) == []


_REAL_RUN_IN_WORKER = pool._run_in_worker


def _fragile_run_in_worker(chunk):
    """A worker that dies as an out-of-memory kill would, on one marked story."""
    if any("KILL-THIS-WORKER" in getattr(item, "text", "") for item in chunk):
        os._exit(1)
    return _REAL_RUN_IN_WORKER(chunk)


def test_a_worker_that_dies_costs_only_its_story(monkeypatch):
    monkeypatch.setattr(pool, "_run_in_worker", _fragile_run_in_worker)
    texts = [f"Story {n} says the fund paid ${n} million." for n in range(1, 21)]
    texts[7] = "KILL-THIS-WORKER"
    out = list(claimx.extract_many(texts, jobs=2))
    assert len(out) == 20
    assert "worker process died" in out[7]["error"]
    assert [a["money"][0]["value"] for i, a in enumerate(out) if i != 7] == [
        n * 1_000_000 for n in range(1, 21) if n != 8
    ]


def test_atomic_file_vanishes_when_writing_fails(tmp_path):
    from claimx.output.writers import atomic_open

    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), atomic_open(target) as f:
        f.write("half")
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_a_stop_as_the_temporary_file_is_made_leaves_nothing(tmp_path, monkeypatch):
    """Ctrl-C landing just as the temporary file is created (a real SIGINT to this process)
    must not leave the file behind: the signal waits until the file has a name to remove."""
    import signal
    import tempfile

    from claimx.output.writers import atomic_open

    made = tempfile.mkstemp

    def mkstemp_then_stop(*args, **kwargs):
        fd_and_name = made(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        return fd_and_name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp_then_stop)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # even in a background job
    try:
        with pytest.raises(KeyboardInterrupt), atomic_open(tmp_path / "out.jsonl") as f:
            f.write("never")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert list(tmp_path.iterdir()) == []


def test_a_chunk_gives_each_story_what_the_plain_pipeline_gives_it():
    """Stories parsed together, the parser over the whole chunk and tok2vec and ner in
    smaller batches, come out as each story run alone through `nlp(doc)`."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*.txt"))]
    batch = max(map(len, texts)) + 1
    settings = Settings(batch_chars=batch, chunk_chars=sum(map(len, texts)))
    stories = [as_story(n, text, "2026-11-20") for n, text in enumerate(texts, 1)]
    together = list(claimx.extract_many(stories, settings=settings))
    nlp = load_pipeline()
    alone = [engine._one(nlp, as_story(n, t, "2026-11-20"), batch) for n, t in enumerate(texts, 1)]
    assert len(together) == 3 and together == alone
    assert any(a["money"] for a in together) and any(a["quotes"] for a in together)


def test_a_long_story_split_in_pieces_keeps_a_failed_steps_note(monkeypatch):
    """The paragraphs step runs on each piece of a long story: its note reaches the story."""
    from claimx.pipeline.components import ParagraphBreaks

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*.txt")))
    monkeypatch.setattr(ParagraphBreaks, "match", lambda self, doc: 1 / 0)
    settings = Settings(batch_chars=len(text) // 3, chunk_chars=len(text))
    (article,) = claimx.extract_many([as_story(1, text, "2026-11-20")], settings=settings)
    assert article["notes"] == ["paragraphs step failed: ZeroDivisionError: division by zero"]
    assert article["money"] and article["quotes"]
