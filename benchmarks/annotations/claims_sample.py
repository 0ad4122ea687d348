"""Reproduce the story choice and the dev/heldout split of bbc_claims.jsonl.

    python benchmarks/annotations/claims_sample.py [CORPUS]   (default ../shared/corpus/bbc)

Rule (seed 20261202, Python's random.Random):
  1. Per topic (sorted: business, entertainment, politics, sport, tech), the eligible files are
     those numbered 5 mod 10 (005, 015, ...; so never 1 mod 10), sorted by name, then shuffled with
     one Random(SEED) used for all topics in that order.
  2. Round robin over the topics, take each topic's next file, skipping a file whose bytes equal a
     file already taken (the corpus has duplicates: entertainment/105 = entertainment/235),
     until 22 stories are taken (5, 5, 4, 4, 4 per topic).
  3. Split: a fresh Random(SEED); per topic (sorted) shuffle that topic's chosen stories (sorted
     first) and give them alternately to dev and heldout, the first going to dev for the first
     topic and the alternation carried on across topics, so the halves are 11 and 11.
  4. Extension (second batch, 12 stories): the same round robin simply continues (same shuffled
     orders, same duplicate skip) for 12 more stories (picks 23-34: politics, sport, tech,
     business, entertainment, twice, then politics, sport), and those 12 alone are split as
     in 3 (a fresh Random(SEED), alternation carried across topics), 6 dev and 6 heldout.
     The first 22 and their halves are unchanged.
  5. Third batch (16 stories): the same round robin simply continues (same shuffled orders, same
     duplicate skip) for picks 35-50, additionally skipping any story already in
     bbc_facts.jsonl (the other annotation set; the first 34 picks happen to hold none), and
     those 16 alone are split as in 3 (a fresh Random(SEED), alternation carried across
     topics), 8 dev and 8 heldout. The first 34 and their halves are unchanged. The script
     prints every story with its half, the later batches marked "(batch 2)", "(batch 3)".
"""

import hashlib
import json
import os
import random
import sys

SEED = 20261202
N_STORIES = 22
N_EXTRA = 12
N_THIRD = 16
FACTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bbc_facts.jsonl")


def facts_stories(path=FACTS):
    """The stories of the other annotation set (bbc_facts.jsonl), as "topic/NNN.txt"."""
    with open(path, encoding="utf-8") as f:
        return {json.loads(line)["story"] for line in f if line.strip()}


def choose(corpus, n=N_STORIES, skip=frozenset(), skip_from=0):
    """The first n picks of the round robin; from pick skip_from + 1 on, stories in skip are
    passed over too."""
    topics = sorted(t for t in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, t)))
    rng = random.Random(SEED)
    order = {}
    for t in topics:
        files = sorted(
            f
            for f in os.listdir(os.path.join(corpus, t))
            if f.endswith(".txt") and int(f[:3]) % 10 == 5
        )
        rng.shuffle(files)
        order[t] = files
    picked, seen, pos = [], set(), {t: 0 for t in topics}
    i = 0
    while len(picked) < n:
        t = topics[i % len(topics)]
        i += 1
        while True:
            f = order[t][pos[t]]
            pos[t] += 1
            if len(picked) >= skip_from and f"{t}/{f}" in skip:
                continue
            with open(os.path.join(corpus, t, f), "rb") as story:
                digest = hashlib.sha256(story.read()).hexdigest()
            if digest not in seen:
                break
        seen.add(digest)
        picked.append(f"{t}/{f}")
    return picked


def split(picked):
    rng, dev, flip = random.Random(SEED), set(), 0
    for topic in sorted({p.split("/")[0] for p in picked}):
        group = sorted(p for p in picked if p.startswith(topic + "/"))
        rng.shuffle(group)
        for i, p in enumerate(group):
            if (i + flip) % 2 == 0:
                dev.add(p)
        flip = (flip + len(group)) % 2
    return {p: "dev" if p in dev else "heldout" for p in picked}


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    corpus = (
        sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus", "bbc")
    )
    first = N_STORIES + N_EXTRA
    picked = choose(corpus, first + N_THIRD, skip=facts_stories(), skip_from=first)
    batch = {}
    for b, group in enumerate(
        (picked[:N_STORIES], picked[N_STORIES:first], picked[first:]), start=1
    ):
        halves = split(group)
        for p in group:
            batch[p] = (b, halves[p])
    for p, (b, half) in sorted(batch.items()):
        print(half, p, f"(batch {b})" if b > 1 else "")
