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
"""

import os
import random
import re
import sqlite3
import sys

corpus, gaz = sys.argv[1], sys.argv[2]
db = sqlite3.connect(gaz)
big = {n for (n,) in db.execute("select name from place where pop >= 100000")}


def read(path):
    with open(path, "rb") as f:
        b = f.read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")


topics = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d)))
rng = random.Random(19)
rng.shuffle(topics)
chosen = []
for i, t in enumerate(topics):
    cands = []
    for f in sorted(os.listdir(os.path.join(corpus, t))):
        n = int(f[:3])
        if n <= 10 or n % 10 == 1:
            continue
        text = read(os.path.join(corpus, t, f))
        if not 1000 <= len(text) <= 3000 or text.count('"') < 2:
            continue
        if not any(w in big for w in re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b", text)):
            continue
        cands.append(f"{t}/{f}")
    chosen += rng.sample(cands, 5 if i < 4 else 4)
halves = list(chosen)
random.Random(20).shuffle(halves)
for k, s in enumerate(halves):
    print(s, "dev" if k < 12 else "heldout")
