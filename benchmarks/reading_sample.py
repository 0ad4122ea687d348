"""Draw the reading samples: 20 BBC stories each, nobody tuned on, in a fixed order.

    .venv/bin/python benchmarks/reading_sample.py [--corpus ../shared/corpus/bbc] [--upto 2035]

Candidates: stories numbered 3 or 7 (`business/013.txt`, ...), outside both annotation sets and
outside the regression subset (the stories numbered 1). Sample A is `random.Random(2027)`'s
`sample` of the sorted candidates, B `Random(2028)`'s of what is left, and so on: each seed
prints its 20 stories. docs/accuracy.md gives each sample's letter and seed.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

_HERE = Path(__file__).resolve().parent
FIRST_SEED = 2027


def candidates(corpus: Path) -> list[str]:
    annotated = set()
    for name in ("bbc_facts.jsonl", "bbc_claims.jsonl"):
        with open(_HERE / "annotations" / name, encoding="utf-8") as f:
            annotated.update(json.loads(line)["story"] for line in f if line.strip())
    stories = sorted(f"{p.parent.name}/{p.name}" for p in corpus.glob("*/*.txt"))
    return [s for s in stories if s[-5] in "37" and s not in annotated]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--corpus", type=Path, default=_HERE.parent.parent / "shared" / "corpus" / "bbc"
    )
    ap.add_argument("--upto", type=int, default=2035, help="last seed to draw (default: 2035)")
    a = ap.parse_args()
    left = candidates(a.corpus)
    for seed in range(FIRST_SEED, a.upto + 1):
        drawn = random.Random(seed).sample(left, 20)
        left = [s for s in left if s not in drawn]
        letter = chr(ord("A") + seed - FIRST_SEED)
        print(letter, seed, " ".join(sorted(drawn)))


if __name__ == "__main__":
    main()
