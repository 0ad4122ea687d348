"""Check-worthiness: how much a fact-checker should look at a sentence, from its text alone.

A logistic regression over binary TF-IDF of word unigrams and bigrams (numbers, percent and
currency signs, question marks included), trained on ClaimBuster by
`benchmarks/train_checkworthy.py`. Scoring is plain Python over the shipped weights: a
sentence costs a regex split and a few dozen dictionary look-ups, nothing beside spaCy.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, repeat
from pathlib import Path

from ..resources import models_path, read_json

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[%$£€?]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
STEM = 5
TOKENS = f"unigrams and bigrams of words cut to {STEM} letters; <num>, <yr>"


def tokens(text: str) -> list[str]:
    """Lower-cased words cut to their first `STEM` letters, and symbols; numbers are `<num>`.

    The cut is a crude stemmer: "increased" and "increases" share a weight, which carries
    better from debates to news than whole words (measured in the training script's notes).
    A plausible year is `<yr>`.
    """
    return [
        _number(t) if "0" <= t[0] <= "9" else t[:STEM]
        for t in _TOKEN.findall(text.lower().replace("’", "'"))
    ]


def _number(token: str) -> str:
    return "<yr>" if len(token) == 4 and _YEAR.fullmatch(token) else "<num>"


def terms(words: list[str]) -> set[str]:
    """The sentence's distinct unigrams and bigrams, the TF-IDF vocabulary's terms."""
    found = set(words)
    found.update(map(" ".join, pairwise(words)))
    return found


@dataclass(frozen=True)
class Model:
    """Per term its idf times its weight, and its idf squared (the vector's L2 norm needs it)."""

    weighted: dict[str, float]
    squared: dict[str, float]
    bias: float
    threshold: float

    def score(self, texts: list[str]) -> list[float]:
        return [self._score_one(text) for text in texts]

    def _score_one(self, text: str) -> float:
        found = terms(tokens(text))
        # fsum: exact, so the score does not depend on the set's (hash) order
        norm = math.fsum(map(self.squared.get, found, repeat(0.0)))
        z = self.bias
        if norm:
            z += math.fsum(map(self.weighted.get, found, repeat(0.0))) / math.sqrt(norm)
        return 1.0 / (1.0 + math.exp(-z))


def load(folder: Path | None = None) -> Model:
    """The model shipped in `models/checkworthy/` (or `folder`): vocab.json and weights.npy."""
    import numpy as np

    folder = folder or models_path("checkworthy")
    meta = read_json(folder, "model.json")
    vocabulary = read_json(folder, "vocab.json")
    idf, weights = np.load(folder / "weights.npy").astype(float)
    if len(vocabulary) != len(idf) or meta["tokens"] != TOKENS:
        raise ValueError(f"{folder}: the weights do not match this version of claimx")
    idf_list = idf.tolist()
    return Model(
        dict(zip(vocabulary, (i * w for i, w in zip(idf_list, weights.tolist())))),
        dict(zip(vocabulary, (i * i for i in idf_list))),
        meta["bias"],
        meta["threshold"],
    )


@lru_cache(maxsize=1)
def default_model() -> Model:
    return load()


def score(texts: list[str]) -> list[float]:
    """Check-worthiness of each sentence, 0 to 1, by the shipped model."""
    return default_model().score(texts)


def threshold() -> float:
    """The score at and above which a sentence counts as check-worthy."""
    return default_model().threshold
