#!/usr/bin/env python3
"""Pick the 24 BBC stories of the hand-annotated cities/quotes set (reproducible).

Rule: for each topic, candidates are the files numbered 011..999 whose number is
not 1 mod 10 (001-010 and every x1 file were used for tuning), whose decoded text
(UTF-8, else cp1252) is 1,000-3,000 characters long, contains at least two ASCII
double quote marks, and has at least one capitalized word that is the name of a
gazetteer place with population >= 100,000. Then random.Random(19): shuffle the
topic list, take 5 stories from each of the first four topics and 4 from the
last, each by rng.sample over the sorted candidates; finally shuffle the 24 with
random.Random(19 + 1) and call the first 12 "dev", the rest "heldout".
    python select_stories.py CORPUS_DIR GAZETTEER.sqlite

Second batch (--batch2, 16 stories, all "heldout", annotated blind after the first
round of tuning): same length, quote-mark and gazetteer tests, but candidates are
the files numbered 011..999 whose number ends in 5 or 9 (x1, x3 and x7 files are
reserved for other uses), excluding the 24 stories of chosen.txt (the first batch)
and the 34 stories bbc_claims.jsonl held then (its first 34 lines; its third
batch, added later, is not excluded, so the choice stays the same). Then
random.Random(31): shuffle the topic list, take 4 stories from each of the first
four topics by rng.sample over the sorted candidates.
    python select_stories.py CORPUS_DIR GAZETTEER.sqlite --batch2
"""

import json
import os
import random
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
batch2 = "--batch2" in sys.argv
corpus, gaz = [a for a in sys.argv[1:] if not a.startswith("--")][:2]
db = sqlite3.connect(gaz)
big = {n for (n,) in db.execute("select name from place where pop >= 100000")}


def read(path):
    with open(path, "rb") as f:
        b = f.read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


def first_batch():
    """The 24 stories of chosen.txt's first batch (its first 24 lines)."""
    with open(os.path.join(HERE, "chosen.txt")) as f:
        return {line.split()[0] for line in list(f)[:24]}


def claims_stories():
    """The 34 stories of bbc_claims.jsonl's first two batches (its first 34 lines)."""
    with open(os.path.join(HERE, "bbc_claims.jsonl"), encoding="utf-8") as f:
        return {json.loads(line)["story"] for line in list(f)[:34] if line.strip()}


def eligible(t, f):
    n = int(f[:3])
    if n <= 10:
        return False
    if batch2:
        return n % 10 in (5, 9) and f"{t}/{f}" not in excluded
    return n % 10 != 1


excluded = first_batch() | claims_stories() if batch2 else set()
topics = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
rng = random.Random(31 if batch2 else 19)
rng.shuffle(topics)
chosen = []
for i, t in enumerate(topics):
    if batch2 and i >= 4:
        break
    cands = []
    for f in sorted(os.listdir(os.path.join(corpus, t))):
        if not eligible(t, f):
            continue
        text = read(os.path.join(corpus, t, f))
        if not 1000 <= len(text) <= 3000 or text.count('"') < 2:
            continue
        if not any(w in big for w in re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", text)):
            continue
        cands.append(f"{t}/{f}")
    chosen += rng.sample(cands, 4 if batch2 else 5 if i < 4 else 4)
if batch2:
    for s in chosen:
        print(s, "heldout")
    sys.exit()
halves = list(chosen)
random.Random(20).shuffle(halves)
for k, s in enumerate(halves):
    print(s, "dev" if k < 12 else "heldout")
