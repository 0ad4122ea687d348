"""Date misses on an annotated benchmark: each gold TIMEX3 (DATE) we miss or value wrongly,
and each date we find that the gold has not, with its context, grouped so the biggest causes
show first.

    .venv/bin/python benchmarks/date_misses.py BENCH.jsonl [--pred OUT.jsonl] [--subset NAME]

Without --pred it runs `.venv/bin/claimx extract --format jsonl` on the records (as the
shared score.py does) and keeps the output in /tmp/date_misses.pred.jsonl. Pairs spans by
overlap the way score.py does. The benchmark files are evaluation data: read, never copied.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def load_records(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_claimx(records: list[dict], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.jsonl"
        with inp.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "text": r["text"], "published": r.get("dct")}))
                f.write("\n")
        cmd = [str(_ROOT / ".venv/bin/claimx"), "extract", "--format", "jsonl", str(inp)]
        out.write_text(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def _pair(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Greedy by overlap, largest first, one to one (as score.py pairs)."""
    scored = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                scored.append((-ov, gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _ov, gi, pi in sorted(scored):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _shape(value: str) -> str:
    """The value's form: 2013-03-22 -> DDDD-DD-DD, for grouping."""
    return re.sub(r"\d", "D", value or "")


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("bench")
    ap.add_argument("--pred")
    ap.add_argument("--subset")
    args = ap.parse_args()
    records = load_records(args.bench)
    if args.subset:
        records = [r for r in records if r.get("subset") == args.subset]
    pred_path = Path(args.pred or "/tmp/date_misses.pred.jsonl")
    if not args.pred:
        run_claimx(records, pred_path)
    arts = {a["id"]: a for a in load_records(str(pred_path))}
    rows: dict[str, list[str]] = collections.defaultdict(list)
    for r in records:
        text, until = r["text"], r.get("scored_until")
        pred = [d for d in arts.get(r["id"], {}).get("dates", [])]
        if until is not None:
            pred = [d for d in pred if d["start"] < until]
        gold = r.get("dates", [])
        pairs = _pair(gold, pred)
        paired_g = {gi for gi, _ in pairs}
        paired_p = {pi for _, pi in pairs}
        head = f"{r['id']} dct={r.get('dct')}"
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if str(g["value"]).upper() != str(p["value"]).upper():
                key = f"wrong {_shape(g['value'])} <- {_shape(p['value'])}"
                rows[key].append(
                    f"{head} gold={g['value']} pred={p['value']} ({p['text']!r}): "
                    + _context(text, g["start"], g["end"])
                )
        for gi, g in enumerate(gold):
            if gi not in paired_g:
                rows[f"missed {_shape(g['value'])}"].append(
                    f"{head} gold={g['value']}: " + _context(text, g["start"], g["end"])
                )
        for pi, p in enumerate(pred):
            if pi not in paired_p:
                rows[f"spurious {_shape(p['value'])}"].append(
                    f"{head} pred={p['value']}: " + _context(text, p["start"], p["end"])
                )
    for key, lines in sorted(rows.items(), key=lambda kv: -len(kv[1])):
        print(f"== {key}: {len(lines)}")
        for line in lines:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
