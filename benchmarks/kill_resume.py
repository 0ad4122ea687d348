"""Kill -9 a `--jobs 2` run at random moments, 20 times over, each kill followed by `--resume`.

    python benchmarks/kill_resume.py STORIES [--kills 20] [--jobs 2] [--seed 1] [--max-wait 12]

First an uninterrupted run writes the reference outputs. Then one `--output-dir` is
filled by `--resume` runs, each killed with SIGKILL after a random wait (some during
the model's load, most mid-batch) until the kills are spent; a last `--resume` runs
to the end (whenever a run ends before its kill, the folder is checked the same way
and a new round starts from empty). After every kill: no worker is left running, and
every complete file is byte-identical to the reference. At the end: every story written
exactly once (the same names, no `~2` copies), identical to the reference, no temporary
`.part` file left, and the last run skipped exactly the stories already done. Too slow
for CI; the quick version is `tests/test_faults.py`.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_faults import gone  # the battery's check for what a run left running

CLAIMX = [sys.executable, "-m", "claimx", "extract"]


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.json")}


def kill_at_random(stories: Path, out: Path, jobs: int, wait: float) -> int:
    """A `--resume` run killed with SIGKILL after `wait` seconds; its workers must follow."""
    proc = subprocess.Popen(
        [*CLAIMX, str(stories), "--output-dir", str(out), "--resume", "-q", "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        proc.wait(timeout=wait)
        return proc.returncode  # finished before the kill
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if not gone(proc.pid):
        sys.exit(f"FAIL: worker processes of run {proc.pid} outlived it")
    return -9


def finish(stories: Path, out: Path, jobs: int, reference: dict, code: int) -> bool:
    """A last `--resume`, run to the end, and the checks on what the kills left."""
    before = len(outputs(out))
    last = subprocess.run(
        [*CLAIMX, str(stories), "--output-dir", str(out), "--resume", "--jobs", str(jobs)],
        capture_output=True,
        text=True,
    )
    skipped = re.search(r"(\d+) already done", last.stderr)
    checks = {
        "exit code as the reference's": last.returncode == code,
        "the stories done were skipped": int(skipped[1] if skipped else 0) == before,
        "every story written exactly once": outputs(out).keys() == reference.keys(),
        "identical to the uninterrupted run": outputs(out) == reference,
        "no temporary file left": not list(out.rglob(".*.part")),
    }
    for check, ok in checks.items():
        print(f"{'ok  ' if ok else 'FAIL'} {check}")
    return all(checks.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-wait", type=float, default=12.0, help="seconds before a kill")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="kill_resume.") as tmp:
        ref, out = Path(tmp) / "reference", Path(tmp) / "out"
        started = time.perf_counter()
        run = [*CLAIMX, str(args.stories), "--jobs", str(args.jobs), "-q"]
        code = subprocess.run([*run, "--output-dir", str(ref)]).returncode
        reference = outputs(ref)
        print(
            f"reference: {len(reference)} stories, exit {code}, "
            f"{time.perf_counter() - started:.1f} s"
        )
        kills, ok = 0, True
        while kills < args.kills:
            wait = rng.uniform(0.2, args.max_wait)
            if kill_at_random(args.stories, out, args.jobs, wait) != -9:
                print(f"a run finished within {wait:.1f} s: checked, then a new round")
                ok &= finish(args.stories, out, args.jobs, reference, code)
                shutil.rmtree(out)
                continue
            kills += 1
            done = outputs(out)
            wrong = [name for name, data in done.items() if reference.get(name) != data]
            if wrong:
                sys.exit(f"FAIL: after kill {kills}, files differ from the reference: {wrong[:5]}")
            parts = len(list(out.rglob(".*.part")))
            print(
                f"kill {kills:2} after {wait:4.1f} s: {len(done):4} stories done, "
                f"{parts} temporary file(s), no worker left"
            )
        ok &= finish(args.stories, out, args.jobs, reference, code)
        print(f"{kills} kills, {len(reference)} stories, {time.perf_counter() - started:.0f} s")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
