"""Where the claimer loses: each gold claim of a claims benchmark put in one bucket, as the
shared score.py pairs it (the predicted claim covering at least half of it): right, partly
right (some name words), wrong, a claim said to be the story's own though the gold names a
source ("journalist"), or no claim at all; gold journalist claims "ok" or "named".

    .venv/bin/python benchmarks/claimer_misses.py BENCH.jsonl [--pred OUT.jsonl] [--show BUCKET]

Without --pred it runs claimx on the records (as date_misses.py does). --show prints a seeded
sample of one bucket with the gold claimer and what claimx gave. Evaluation data is read,
never copied.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

from date_misses import load_records, run_claimx

_SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"


def _bucket(score, gold: dict, art: dict) -> tuple[str, dict | None]:
    glen = max(1, gold["end"] - gold["start"])
    best, best_overlap = None, 0
    for p in art.get("claims", []):
        ov = score.overlap((gold["start"], gold["end"]), (p["start"], p["end"]))
        if ov > best_overlap and ov >= 0.5 * min(glen, p["end"] - p["start"]):
            best, best_overlap = p, ov
    has = gold.get("has_claimer", gold.get("claimer") not in (None, "journalist"))
    if best is None:
        return "no claim", None
    named, names, span = score.claimer_of(best, art)
    if not has:
        return ("journalist: named" if named else "journalist: ok"), best
    if not named:
        return "journalist", best
    f = max([score.token_f1(n, gold["claimer"]) for n in names if n] or [0.0])
    if span and any(score.overlap(span, tuple(s)) > 0 for s in gold.get("claimer_spans") or []):
        f = 1.0
    return ("right" if f >= 0.99 else "partly" if f > 0 else "wrong"), best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("bench")
    ap.add_argument("--pred")
    ap.add_argument("--show")
    args = ap.parse_args()
    sys.path.insert(0, str(_SHARED))
    import score  # the shared scorer: the same pairing and token F1

    records = load_records(args.bench)
    pred_path = Path(args.pred or "/tmp/claimer_misses.pred.jsonl")
    if not args.pred:
        run_claimx(records, pred_path)
    arts = {a["id"]: a for a in load_records(str(pred_path))}
    counts, shown = collections.Counter(), []
    for rec in records:
        for gold in rec.get("claims", []):
            if "checkworthy" in gold and not gold["checkworthy"]:
                continue
            bucket, claim = _bucket(score, gold, arts.get(rec["id"], {}))
            counts[bucket] += 1
            if bucket == args.show:
                said = rec["text"][gold["start"] : gold["end"]][:160]
                shown.append((said, gold.get("claimer"), (claim or {}).get("claimer")))
    for bucket, n in counts.most_common():
        print(f"{bucket:20} {n:6}")
    for said, want, got in random.Random(1).sample(shown, min(15, len(shown))):
        print(f"\n{said}\n  gold: {want}\n  claimx: {json.dumps(got)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
