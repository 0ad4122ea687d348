"""Measure claimx against the spaCy pipeline under it, side by side, with medians.

    python benchmarks/speed.py ../shared/corpus/bbc [--repeat 3] [--jobs 2] [--dask] [--json F]

Every measurement is a fresh process (so start-up and peak memory are real), and the
commands compared are run interleaved in each round, so machine noise hits both alike.
Reported: words per second of `claimx extract DIR --format jsonl` against plain
`nlp.pipe` of the same base pipeline over the same texts; `--jobs 2` against
`--jobs 1`; start-up of `claimx --help` and of `claimx extract` on one short story
against `spacy.load(M)(text)`; peak memory (max RSS) over the folder against one story.
Throughput is also compared in CPU time (user + system), which holds on a shared machine.
Times and peaks are medians over the rounds; each ratio is the median of its rounds' ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent
CLAIMX = str(BIN / "claimx") if (BIN / "claimx").exists() else shutil.which("claimx") or "claimx"

PLAIN_PIPE = """
import sys, pathlib, spacy
nlp = spacy.load(sys.argv[1])
files = sorted(p for p in pathlib.Path(sys.argv[2]).rglob("*") if p.suffix.lower() == ".txt")
texts = (p.read_bytes().decode("utf-8", errors="replace") for p in files)
for doc in nlp.pipe(texts, batch_size=32):
    pass
"""
PLAIN_ONE = "import sys, spacy; spacy.load(sys.argv[1])(open(sys.argv[2]).read())"


def run(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system, children included) and peak RSS (KiB) of one
    command, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def stories_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() == ".txt")


def words_in(folder: Path) -> int:
    return sum(
        len(p.read_bytes().decode("utf-8", errors="replace").split()) for p in stories_in(folder)
    )


def model_name() -> str:
    out = subprocess.run([CLAIMX, "info"], capture_output=True, text=True, check=True).stdout
    return next(line.split()[1] for line in out.splitlines() if line.startswith("pipeline:"))


def measure(folder: Path, repeat: int, jobs: int, dask: bool) -> dict:
    model = model_name()
    words = words_in(folder)
    story = min(stories_in(folder), key=lambda p: p.stat().st_size)
    commands = {
        "plain nlp.pipe": [sys.executable, "-c", PLAIN_PIPE, model, str(folder)],
        "claimx --jobs 1": [CLAIMX, "extract", str(folder), "--format", "jsonl", "-q"],
        f"claimx --jobs {jobs}": [
            CLAIMX,
            "extract",
            str(folder),
            "--format",
            "jsonl",
            "-q",
            "-j",
            str(jobs),
        ],
        "claimx --help": [CLAIMX, "--help"],
        "claimx extract one story": [CLAIMX, "extract", str(story), "--format", "json", "-q"],
        "spacy load + parse one story": [sys.executable, "-c", PLAIN_ONE, model, str(story)],
    }
    if dask:
        for workers in sorted({1, jobs}):
            commands[f"claimx --scheduler local -j {workers}"] = [
                *commands["claimx --jobs 1"],
                "-j",
                str(workers),
                "--scheduler",
                "local",
            ]
    throughput = [
        name for name in commands if name.startswith(("plain", "claimx --jobs", "claimx --sch"))
    ]
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, list[int]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            seconds, cpu_seconds, peak = run(cmd)
            times[name].append(seconds)
            cpu[name].append(cpu_seconds)
            peaks[name].append(peak)
    med = {name: statistics.median(v) for name, v in times.items()}
    peak = {name: statistics.median(v) for name, v in peaks.items()}
    wps = {name: words / med[name] for name in throughput}
    return {
        "folder": str(folder),
        "stories": len(stories_in(folder)),
        "words": words,
        "model": model,
        "repeat": repeat,
        "cpus": os.cpu_count(),
        "seconds_median": {k: round(v, 3) for k, v in med.items()},
        "words_per_second": {k: round(v) for k, v in wps.items()},
        "peak_rss_mib": {k: round(v / 1024, 1) for k, v in peak.items()},
        "ratios": ratios(times, cpu, peaks, jobs, dask),
        "seconds_each_round": {k: [round(x, 2) for x in v] for k, v in times.items()},
        "cpu_seconds_each_round": {k: [round(x, 2) for x in v] for k, v in cpu.items()},
    }


def ratios(times: dict, cpu: dict, peaks: dict, jobs: int, dask: bool) -> dict[str, float]:
    """Each ratio is the median of its per-round ratios: both commands ran in the same round,
    minutes apart, so a slow spell of a shared machine weighs on both. The CPU-time ratio
    holds when other work shares the cores, which stretches wall-clock time unevenly."""

    def each_round(a: list, b: list) -> float:
        return round(statistics.median(x / y for x, y in zip(a, b)), 3)

    def faster(a: str, b: str) -> float:  # throughput of a over b, same words
        return each_round(times[b], times[a])

    out = {
        "claimx jobs 1 / plain nlp.pipe (throughput)": faster("claimx --jobs 1", "plain nlp.pipe"),
        "claimx jobs 1 / plain nlp.pipe (throughput, CPU time)": each_round(
            cpu["plain nlp.pipe"], cpu["claimx --jobs 1"]
        ),
        f"claimx jobs {jobs} / jobs 1 (throughput)": faster(
            f"claimx --jobs {jobs}", "claimx --jobs 1"
        ),
        "claimx one story / spacy load + parse (time)": each_round(
            times["claimx extract one story"], times["spacy load + parse one story"]
        ),
    }
    if dask:
        dask_n = f"claimx --scheduler local -j {jobs}"
        out[f"dask local {jobs} workers / --jobs {jobs} (throughput)"] = faster(
            dask_n, f"claimx --jobs {jobs}"
        )
        out[f"dask local {jobs} workers / 1 worker (throughput)"] = faster(
            dask_n, "claimx --scheduler local -j 1"
        )
    out["peak memory, folder / one story"] = each_round(
        peaks["claimx --jobs 1"], peaks["claimx extract one story"]
    )
    return out


def show(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"{result['stories']} stories, {result['words']:,} words, "
        f"{result['model']}, median of {result['repeat']}, {result['cpus']} CPUs"
    )
    for column in ("command", "seconds", "words/s", "peak MiB"):
        table.add_column(column, justify="right" if column != "command" else "left")
    for name, seconds in result["seconds_median"].items():
        wps = result["words_per_second"].get(name)
        table.add_row(
            name, f"{seconds:.2f}", f"{wps:,}" if wps else "", f"{result['peak_rss_mib'][name]:.0f}"
        )
    ratios = Table(title="ratios")
    ratios.add_column("ratio")
    ratios.add_column("value", justify="right")
    for name, value in result["ratios"].items():
        ratios.add_row(name, f"{value:.2f}")
    console = Console()
    console.print(table)
    console.print(ratios)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument(
        "--dask", action="store_true", help="also time --scheduler local with 1 and --jobs workers"
    )
    a = ap.parse_args()
    result = measure(a.folder, a.repeat, a.jobs, a.dask)
    show(result)
    print(json.dumps(result, indent=2))
    if a.json:
        a.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
