"""Score claimx's claims against the hand-annotated BBC claims set, through the shared scorer.

    python benchmarks/bbc_claims.py [--half dev|heldout|all] [--fold A|B] [--corpus DIR]
                                    [--claimx CMD] [--score PATH] [--write FILE] [--json]

benchmarks/annotations/bbc_claims.jsonl holds, per story, the story's path, its sha256
and one entry per sentence (character offsets, Full Fact claim type, check-worthiness,
claimer); no story text (the stories are the BBC's). This script loads each story
from the corpus folder (default ../shared/corpus/bbc from the repo root; UTF-8, with
cp1252 as the fallback for the one Latin-1 file), refuses a story whose sha256 differs,
writes a temporary bench file of {"id", "text", "claims"} records for the half asked
for, and runs `python ../shared/bench/score.py claims FILE --claimx CMD` on it.
--write keeps the bench file instead of a temporary one. --fold keeps one of two folds of
the half: its stories sorted by path, alternately A and B; a rule tuned on the dev half
should help (or be neutral) on both, not on one at the other's cost. Standard library only.
See benchmarks/annotations/CLAIMS_GUIDELINES.md for what the labels mean.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "benchmarks" / "annotations" / "bbc_claims.jsonl"
GOLD_KEYS = (
    "start",
    "end",
    "type",
    "checkworthy",
    "claimer",
    "claimer_kind",
    "claimer_spans",
    "claimer_in_sentence",
)


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def bench_records(
    corpus: Path, half: str, annotations: Path = ANNOTATIONS, fold: str | None = None
) -> list[dict]:
    records = []
    with open(annotations, encoding="utf-8") as f:
        stories = [json.loads(line) for line in f if line.strip()]
    stories = sorted(
        (s for s in stories if half == "all" or s["half"] == half), key=lambda s: s["story"]
    )
    if fold is not None:
        stories = stories["AB".index(fold) :: 2]
    for story in stories:
        raw = (corpus / story["story"]).read_bytes()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != story["sha256"]:
            raise SystemExit(
                f"{story['story']}: sha256 {digest} is not the annotated {story['sha256']}"
            )
        text = decode(raw)
        claims = []
        for c in story["claims"]:
            if (
                not (0 <= c["start"] < c["end"] <= len(text))
                or text[c["start"] : c["end"]] != text[c["start"] : c["end"]].strip()
            ):
                raise SystemExit(f"{story['story']}: bad sentence offsets {c['start']}-{c['end']}")
            claims.append({k: c[k] for k in GOLD_KEYS if k in c})
        records.append({"id": "bbc/" + story["story"], "text": text, "claims": claims})
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bbc"))
    ap.add_argument("--claimx", default=str(ROOT / ".venv" / "bin" / "claimx"))
    ap.add_argument("--score", default=str(ROOT.parent / "shared" / "bench" / "score.py"))
    ap.add_argument("--fold", choices=("A", "B"), help="one of two folds of the half, by story")
    ap.add_argument("--annotations", default=str(ANNOTATIONS))
    ap.add_argument("--write", help="keep the bench file here instead of a temporary file")
    ap.add_argument("--json", action="store_true", help="pass --json to score.py")
    a = ap.parse_args()

    records = bench_records(Path(a.corpus), a.half, Path(a.annotations), a.fold)
    n = sum(len(r["claims"]) for r in records)
    fold = f" fold {a.fold}" if a.fold else ""
    print(f"bbc_claims {a.half}{fold}: {len(records)} stories, {n} sentences", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        path = a.write or os.path.join(tmp, f"bbc_claims.{a.half}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        cmd = [sys.executable, a.score, "claims", path, "--claimx", a.claimx] + (
            ["--json"] if a.json else []
        )
        sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
