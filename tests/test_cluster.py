"""claimx on a real Dask LocalCluster gives exactly what a local run gives."""

import glob
import json
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

import claimx  # noqa: E402
from claimx.inputs import iter_stories  # noqa: E402
from claimx.pipeline import load_pipeline  # noqa: E402
from claimx.running.cluster import connect, extract_bag, read_stories, write_partitions  # noqa: E402

STORIES = sorted((Path(__file__).parent / "stories").glob("*.txt"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A few dozen stories in folders, a feed with a bad line, and a binary file."""
    root = tmp_path_factory.mktemp("archive")
    for n in range(30):
        folder = root / f"desk{n % 3}"
        folder.mkdir(exist_ok=True)
        text = STORIES[n % len(STORIES)].read_text()
        (folder / f"{n:02}.txt").write_text(text.replace("$", f"${n + 1}0,000 and $", 1))
    lines = [
        json.dumps({"id": f"wire-{n}", "text": f"The bank lent ${n} million."}) for n in range(5)
    ]
    (root / "wire.jsonl").write_text("\n".join([*lines[:2], "{broken", *lines[2:]]) + "\n")
    (root / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return root


@pytest.fixture(scope="module")
def client():
    with connect("local", workers=2) as client:
        yield client


def test_results_on_the_cluster_equal_a_local_run(archive, client):
    local = list(claimx.extract_many(iter_stories([str(archive)])))
    bag = extract_bag(read_stories(str(archive), files_per_partition=4))
    assert bag.npartitions > 2
    remote = bag.compute()
    assert remote == local
    assert len(remote) == 30 + 6 + 1
    assert sum("error" in a for a in remote) == 2


def test_the_pipeline_is_loaded_once_per_worker(archive, client):
    extract_bag(read_stories(str(archive), files_per_partition=2)).compute()
    loads = client.run(lambda: load_pipeline.cache_info().misses)
    assert sorted(loads.values()) == [1, 1]


def test_partitions_are_written_once_with_a_summary(archive, client, tmp_path):
    bag = extract_bag(read_stories(str(archive), files_per_partition=8))
    summary = write_partitions(bag, str(tmp_path))
    parts = sorted(tmp_path.glob("part-*.jsonl"))
    assert len(parts) == summary["partitions"] == bag.npartitions
    written = [json.loads(line) for part in parts for line in part.read_text().splitlines()]
    ids = [a["id"] for a in written if "error" not in a]
    assert len(ids) == len(set(ids)) == summary["stories"] == 35
    assert summary["failed"] == 2
    assert json.loads((tmp_path / "_summary.json").read_text()) == summary
    assert not list(tmp_path.glob("*.part"))


def test_glob_patterns_and_missing_paths(archive, client):
    results = extract_bag(
        read_stories([f"{archive}/desk0/*.txt", f"{archive}/nowhere/*.txt"])
    ).compute()
    assert len(results) == 11
    assert results[-1]["error"] == "no such file or pattern matches nothing"


def test_cli_scheduler_local_matches_the_local_cli(archive):
    from click.testing import CliRunner

    from claimx.cli import cli

    desk = str(archive / "desk1")
    local = CliRunner().invoke(cli, ["extract", desk, "--format", "jsonl"])
    on_dask = CliRunner().invoke(
        cli, ["extract", desk, "--format", "jsonl", "--scheduler", "local", "--jobs", "2"]
    )
    assert on_dask.exit_code == 0, on_dask.stderr
    assert on_dask.stdout == local.stdout and len(local.stdout.splitlines()) == 10


def test_relative_paths_name_stories_as_a_local_run(archive, client, monkeypatch):
    monkeypatch.chdir(archive.parent)
    patterns = [f"{archive.name}/desk2", f"./{archive.name}/desk0/0*.txt", "missing.txt"]
    as_a_shell_expands = [patterns[0], *sorted(glob.glob(patterns[1])), patterns[2]]
    local = list(claimx.extract_many(iter_stories(as_a_shell_expands)))
    remote = extract_bag(read_stories(patterns)).compute()
    assert remote == local
    assert remote[0]["source"] == f"{archive.name}/desk2/02.txt"
    assert remote[-1]["source"] == "missing.txt" and remote[-1]["error"] == "no such file"


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(archive, tmp_path):
    """SIGKILL one of two workers while partitions are being written: Dask reruns its
    tasks elsewhere, and the fixed partition names keep every result exactly once."""
    import os
    import signal
    import threading
    import time

    local = list(claimx.extract_many(iter_stories([str(archive)])))
    with connect("local", workers=2) as client:
        bag = extract_bag(read_stories(str(archive), files_per_partition=1))
        done: dict = {}
        writer = threading.Thread(
            target=lambda: done.update(write_partitions(bag, str(tmp_path))), daemon=True
        )
        writer.start()
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob("part-*.jsonl")) and time.monotonic() < deadline:
            time.sleep(0.05)
        victim = next(iter(client.run(os.getpid).values()))
        os.kill(victim, signal.SIGKILL)
        written_before = len(list(tmp_path.glob("part-*.jsonl")))
        writer.join(timeout=300)
        assert not writer.is_alive()
        assert 0 < written_before < bag.npartitions == done["partitions"]
        assert victim not in client.run(os.getpid).values()
    parts = sorted(tmp_path.glob("part-*.jsonl"))
    written = [json.loads(line) for part in parts for line in part.read_text().splitlines()]
    assert written == local
    assert not list(tmp_path.glob("*.part"))


def test_on_dask_the_reading_and_claim_options_apply_as_in_a_local_run(tmp_path):
    """--text-column, --text, a URL and --checkworthy reach the workers, streaming or
    writing partitions."""
    import functools
    import http.server
    import threading

    from click.testing import CliRunner

    from claimx.cli import cli

    site = tmp_path / "site"
    site.mkdir()
    (site / "story.html").write_text(
        "<html><head><title>Port deal</title></head><body><article><h1>Port deal</h1>"
        "<p>The harbour board in Aberdeen approved a £40m expansion of the port on "
        "Tuesday, its chairman said.</p><p>Freight traffic rose 12% last year, according "
        "to the board's annual report, and will double by 2030.</p></article></body></html>"
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/story.html"
    feed = tmp_path / "feed.tsv"
    feed.write_text(
        "id\tstory\nt1\tThe council spent £4m on roads. The weather was lovely, "
        "said one resident.\n"
    )
    args = ["extract", str(feed), url, "--text-column", "story", "--text", "--checkworthy"]
    try:
        local = CliRunner().invoke(cli, [*args, "--format", "jsonl"])
        streamed = CliRunner().invoke(cli, [*args, "--format", "jsonl", "--scheduler", "local"])
        out = tmp_path / "out"
        written = CliRunner().invoke(cli, [*args, "--scheduler", "local", "--output-dir", out])
    finally:
        server.shutdown()
        server.server_close()
    assert local.exit_code == streamed.exit_code == written.exit_code == 0, streamed.stderr
    articles = [json.loads(line) for line in local.stdout.splitlines()]
    assert [a["id"] for a in articles] == ["t1", url]
    assert [len(a["text"]) > 0 for a in articles] == [True, True]
    assert articles[1]["claims"] and all(c["checkworthy"] for a in articles for c in a["claims"])
    assert articles[0]["money"][0]["value"] == 4_000_000
    assert articles[1]["money"][0]["value"] == 40_000_000
    assert [json.loads(line) for line in streamed.stdout.splitlines()] == articles
    parts = sorted(out.glob("part-*.jsonl"))
    assert [json.loads(line) for p in parts for line in p.read_text().splitlines()] == articles
