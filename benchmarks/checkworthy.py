"""Measure the shipped check-worthiness model: check-worthy P/R/F1 at its threshold, and speed.

    python benchmarks/checkworthy.py [--shared ../shared] [--bbc-claims FILE [--heldout]]
        [--model models/checkworthy]

Sets: `bench/checkworthy.dev.jsonl` (ClaimBuster), `bench/checkworthy.devtest.jsonl`
(CheckThat! 2024), and with `--bbc-claims` the dev half of the BBC claims annotations
(`--heldout`: its held-out half instead; look rarely). Speed: sentences per second over the
first 5,000 sentences of the BBC corpus, split at sentence-final punctuation, in CPU time
(best of three), so that other work on the machine does not count.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from claimx.steps.checkworthiness import load  # noqa: E402

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def labelled_sentences(path: Path) -> tuple[list[str], list[bool]]:
    texts, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            texts.append(record["text"])
            labels.append(any(c["checkworthy"] for c in record["claims"]))
    return texts, labels


def bbc_sentences(path: Path, corpus: Path, half: str) -> tuple[list[str], list[bool]]:
    texts, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["half"] != half:
                continue
            story = read_story(corpus / record["story"])
            for claim in record["claims"]:
                texts.append(story[claim["start"] : claim["end"]])
                labels.append(bool(claim["checkworthy"]))
    return texts, labels


def read_story(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def prf(predicted: list[bool], labels: list[bool]) -> tuple[float, float, float]:
    hits = sum(p and g for p, g in zip(predicted, labels))
    precision = hits / max(1, sum(predicted))
    recall = hits / max(1, sum(labels))
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def speed(model, corpus: Path, count: int = 5000) -> float:
    sentences: list[str] = []
    for path in sorted(corpus.rglob("*.txt")):
        sentences += [s for s in _SENTENCE_END.split(read_story(path)) if s.strip()]
        if len(sentences) >= count:
            break
    sentences = sentences[:count]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        model.score(sentences)
        best = min(best, time.process_time() - started)
    return len(sentences) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--bbc-claims", type=Path)
    parser.add_argument("--heldout", action="store_true")
    parser.add_argument("--model", type=Path)
    args = parser.parse_args()
    model = load(args.model)
    sets = {
        name: labelled_sentences(args.shared / "bench" / f"checkworthy.{name}.jsonl")
        for name in ("dev", "devtest")
    }
    if args.bbc_claims:
        half = "heldout" if args.heldout else "dev"
        corpus = args.shared / "corpus" / "bbc"
        sets[f"bbc {half}"] = bbc_sentences(args.bbc_claims, corpus, half)
    print(f"threshold {model.threshold:.2f}")
    for name, (texts, labels) in sets.items():
        predicted = [s >= model.threshold for s in model.score(texts)]
        p, r, f = prf(predicted, labels)
        print(f"{name:12} n={len(texts):5}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    rate = speed(model, args.shared / "corpus" / "bbc")
    print(f"speed {rate:,.0f} sentences/s (CPU time)")


if __name__ == "__main__":
    main()
