"""The fault battery: claimx run as a real process and hurt from outside.

A reader that goes away, a full or read-only disk, a parent killed outright; each run
must stop cleanly, lose nothing and leave nothing behind (docs/robustness.md). A worker
killed mid-story is `test_a_worker_that_dies_costs_only_its_story` in test_robustness.py;
the 20-kill run is `benchmarks/kill_resume.py`.
"""

import os
import resource
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="uses /proc and /dev/full")

GOOD = (Path(__file__).parent / "stories" / "sacramento.txt").read_text()
CLAIMX = [sys.executable, "-m", "claimx"]
# One story a chunk, so that a run stopped between stories is seen to stop there.
ONE_BY_ONE = {**os.environ, "CLAIMX_CHUNK_CHARS": "1"}


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.txt").write_text(GOOD.replace("$12 million", f"${i + 1} million"))
    return folder


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> Path:
    """30 stories, then a broken file whose error shows whether a run got to the end."""
    folder = _corpus(tmp_path_factory.mktemp("faults") / "in", 30)
    (folder / "zz-last.json").write_text("{")
    return folder


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, stories) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("uninterrupted") / "out"
    done = subprocess.run([*CLAIMX, "extract", stories, "--output-dir", out, "-q"])
    assert done.returncode == 1  # zz-last.json
    return _files(out)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


_sessions: list[int] = []


@pytest.fixture(autouse=True)
def _reap():
    """Whatever a failed test's runs left behind is killed, not left to the next test."""
    yield
    while _sessions:
        for pid in left_running(_sessions.pop()):
            os.kill(pid, signal.SIGKILL)


def _start(args: list, **kwargs) -> subprocess.Popen:
    """A run as from a terminal: Ctrl-C is not ignored, even where the tests run in the
    background (a shell starts background jobs with SIGINT ignored, and children inherit it)."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    then = kwargs.pop("preexec_fn", None)

    def as_from_a_terminal() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if then is not None:
            then()

    proc = subprocess.Popen(
        [*CLAIMX, *(str(a) for a in args)],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=as_from_a_terminal,
        **kwargs,
    )
    _sessions.append(proc.pid)
    return proc


def left_running(session: int) -> list[int]:
    """Live processes of a session (a run started with its own): what it left behind."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] not in "ZX":
            pids.append(int(stat.parent.name))
    return pids


def _children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def gone(pids: list[int] | int, within: float = 10.0) -> bool:
    session = pids if isinstance(pids, int) else None
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = left_running(session) if session else [p for p in pids if _alive(p)]
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state not in "ZX"


@pytest.mark.parametrize(("n", "jobs"), [(1, 1), (100, 2), (20_000, 1)])
def test_a_reader_that_goes_away_stops_claimx_at_once_and_quietly(stories, n, jobs):
    proc = _start(["extract", stories, "--format", "jsonl", "--jobs", jobs], env=ONE_BY_ONE)
    head = subprocess.run(["head", "-c", str(n)], stdin=proc.stdout, capture_output=True)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141, err
    assert len(head.stdout) == n
    assert err == ""  # no "Broken pipe", and zz-last.json never reached
    assert gone(proc.pid), "worker processes left running"


@pytest.mark.parametrize("many", [False, True])
def test_stdout_on_a_full_device_is_one_error_and_a_stop(stories, many):
    source = stories if many else stories / "000.txt"
    with open("/dev/full", "w") as full:
        proc = _start(["extract", source, "--format", "json"], stdout=full, env=ONE_BY_ONE)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err == "claimx: cannot write to stdout: No space left on device\n"


@contextmanager
def _disk(tmp_path: Path, *, read_only: bool = False):
    """A folder on a tiny tmpfs (full after a few stories) or a read-only one, and the
    preexec_fn a run there needs. Without mount rights a full disk is a file size limit
    (`ulimit -f`), and a read-only folder a chmod, which only binds a user who is not root."""
    folder = tmp_path / "disk"
    folder.mkdir()
    options = "ro" if read_only else "size=24k"
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", folder]).returncode
    try:
        if mounted == 0:
            yield folder, None
        elif read_only:
            if os.geteuid() == 0:
                pytest.skip("cannot mount a read-only tmpfs, and root writes through chmod")
            folder.chmod(0o555)
            yield folder, None
        else:
            yield folder, _file_size_limit
    finally:
        if mounted == 0:
            subprocess.run(["umount", "-l", folder], check=True)
        folder.chmod(0o755)


def _file_size_limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails, EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (4_000, 4_000))


def _one_error(err: str, where: Path, *reasons: str) -> None:
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"claimx: cannot write to {where}"), err
    assert err.rstrip().endswith(reasons), err


@pytest.mark.parametrize("read_only", [False, True])
def test_output_dir_on_a_full_or_read_only_disk_is_one_error_and_a_stop(
    tmp_path, stories, uninterrupted, read_only
):
    with _disk(tmp_path, read_only=read_only) as (disk, preexec_fn):
        out = disk / "out" if not read_only else disk
        proc = _start(
            ["extract", stories, "--output-dir", out, "-q"], env=ONE_BY_ONE, preexec_fn=preexec_fn
        )
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 1
        _one_error(err, out, "No space left on device", "File too large", "Read-only file system")
        written = _files(out) if out.exists() else {}
        assert len(written) < 30 and not any(name.endswith(".part") for name in written)
        assert all(uninterrupted[name] == data for name, data in written.items())


def test_output_file_on_a_full_disk_is_one_error_and_no_file(tmp_path, stories):
    with _disk(tmp_path) as (disk, preexec_fn):
        target = disk / "all.jsonl"
        proc = _start(["extract", stories, "-o", target, "-q"], preexec_fn=preexec_fn)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 1
        _one_error(err, target, "No space left on device", "File too large")
        assert list(disk.iterdir()) == []


def _wait_for_outputs(out: Path, at_least: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while len(list(out.glob("*.json"))) < at_least:
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.mark.parametrize("jobs", [1, 2])
def test_kill_9_then_resume_leaves_every_output_complete_once(
    tmp_path, stories, uninterrupted, jobs
):
    out = tmp_path / "out"
    proc = _start(["extract", stories, "--output-dir", out, "-q", "--jobs", jobs])
    _wait_for_outputs(out, 5, proc)
    workers = _children(proc.pid)
    assert len(workers) == (2 if jobs == 2 else 0)
    proc.kill()
    proc.wait()
    assert gone(workers), "workers outlived their parent"
    first = {name: data for name, data in _files(out).items() if not name.endswith(".part")}
    assert 5 <= len(first) < 30
    assert all(uninterrupted[name] == data for name, data in first.items())  # none half-written
    resumed = subprocess.run(
        [*CLAIMX, "extract", stories, "--output-dir", out, "--resume", "--jobs", str(jobs)],
        capture_output=True,
        text=True,
    )
    assert resumed.returncode == 1, resumed.stderr  # zz-last.json
    assert f"{len(first)} already done" in resumed.stderr
    assert _files(out) == uninterrupted


@pytest.mark.parametrize(
    ("sig", "code", "jobs"), [(signal.SIGINT, 130, 1), (signal.SIGTERM, 143, 2)]
)
def test_interrupt_stops_with_a_summary_and_no_partial_file(tmp_path, stories, sig, code, jobs):
    out = tmp_path / "out"
    proc = _start(["extract", stories, "--output-dir", out, "--jobs", jobs])
    _wait_for_outputs(out, 2, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "claimx interrupted after" in err
    assert [p.name for p in out.iterdir() if not p.name.endswith(".json")] == []
    assert gone(proc.pid), "worker processes left running"
