#!/usr/bin/env python3
"""Score claimx's cities and direct quotes on the hand-annotated BBC set (standard library only).

    python benchmarks/bbc_facts.py [--corpus DIR] [--half dev|heldout|all] [--claimx CMD]
                                   [--score PATH]

Reads benchmarks/annotations/bbc_facts.jsonl (offsets, names and GeoNames ids only: the BBC
texts are not in the repo), loads each story from the corpus folder (default
../shared/corpus/bbc relative to the repo root; UTF-8, else cp1252), checks its sha256, writes
a temporary bench file of {"id", "text", "places", "quotes"} records for the chosen half and
runs the shared scorer (default ../shared/bench/score.py) for `cities` and `quotes` on it.
The guidelines are in benchmarks/annotations/GUIDELINES.md.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(HERE, "annotations", "bbc_facts.jsonl")


def decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def records(corpus, half):
    out = []
    with open(GOLD, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            if half != "all" and d["half"] != half:
                continue
            path = os.path.join(corpus, d["story"])
            with open(path, "rb") as g:
                raw = g.read()
            digest = hashlib.sha256(raw).hexdigest()
            if digest != d["sha256"]:
                raise SystemExit(
                    f"{path}: sha256 {digest} differs from the annotated {d['sha256']}"
                )
            out.append(
                {
                    "id": d["story"],
                    "text": decode(raw),
                    "places": d["places"],
                    "quotes": d["quotes"],
                }
            )
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "bbc"))
    ap.add_argument("--half", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument(
        "--claimx",
        default=".venv/bin/claimx",
        help='command that runs claimx (default ".venv/bin/claimx")',
    )
    ap.add_argument("--score", default=os.path.join(ROOT, "..", "shared", "bench", "score.py"))
    a = ap.parse_args()
    recs = records(a.corpus, a.half)
    print(
        f"bbc_facts {a.half}: {len(recs)} stories, "
        f"{sum(len(r['places']) for r in recs)} city mentions, "
        f"{sum(len(r['quotes']) for r in recs)} direct quotes"
    )
    with tempfile.TemporaryDirectory() as tmp:
        bench = os.path.join(tmp, f"bbc_facts_{a.half}.jsonl")
        with open(bench, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        rc = 0
        for kind in ("cities", "quotes"):
            sys.stdout.flush()
            rc |= subprocess.run(
                [sys.executable, a.score, kind, bench, "--claimx", a.claimx]
            ).returncode
    return rc


if __name__ == "__main__":
    sys.exit(main())
