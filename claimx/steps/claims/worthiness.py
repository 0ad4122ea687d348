"""Check-worthiness: the ClaimBuster model's score, adjusted by the story around the claim.

The model reads debate sentences one at a time and carries well to other debates; in news it
flags the figures and events of a football report as readily as those of a budget. What the
sentence alone cannot tell, the rest of the story can: a claim among sentences about matches,
films and bands is seldom worth a fact-checker's time, one among sentences about the economy,
crime or elections often is. So the combination is a logistic one of the model's log-odds and
three signals of the story's OTHER claims (a sentence given alone has none, and is scored by
the model with the bias and weight fitted for it):

- `context`: 1 when the story has other claims;
- `context_pastime`: the share of them holding a word of sport, arts or celebrity news
  (`pastime` in models/claims/words.json);
- `context_public`: the share holding a word of public affairs (`public_interest`).

Weights and threshold: models/claims/combination.json, fitted by `benchmarks/fit_claims.py`.
Sentence-level signals (amounts, dates, places, sources, hedges, the claim type) were
measured there too and left out: the model already reads them in the words, and as extra
weights they moved the threshold away from what held-out debates need.
"""

from __future__ import annotations

import math
import re

from ..checkworthiness import Model

SIGNALS = ("model", "context", "context_pastime", "context_public")
_WORD = re.compile(r"[a-z]+")


def story_signals(
    texts: list[str], model_scores: list[float], words: dict[str, frozenset[str]]
) -> list[list[float]]:
    """The combination's inputs for each of a story's claims, in the order of `SIGNALS`."""
    found = [set(_WORD.findall(text.lower())) for text in texts]
    pastime = [bool(w & words["pastime"]) for w in found]
    public = [bool(w & words["public_interest"]) for w in found]
    others = len(texts) - 1
    rows = []
    for i, score in enumerate(model_scores):
        p = min(max(score, 1e-6), 1 - 1e-6)
        context = [0.0, 0.0, 0.0]
        if others:
            context = [
                1.0,
                (sum(pastime) - pastime[i]) / others,
                (sum(public) - public[i]) / others,
            ]
        rows.append([math.log(p / (1 - p)), *context])
    return rows


def combine(combination: dict, values: list[float]) -> float:
    z = combination["bias"] + math.fsum(w * x for w, x in zip(combination["weights"], values))
    return 1.0 / (1.0 + math.exp(-z))


def score_claims(
    claims: list[dict], model: Model, combination: dict, words: dict[str, frozenset[str]]
) -> None:
    """Sets each claim's checkworthiness (rounded to 4 places) and checkworthy."""
    texts = [c["text"] for c in claims]
    for claim, values in zip(claims, story_signals(texts, model.score(texts), words)):
        value = combine(combination, values)
        claim["checkworthiness"] = round(value, 4)
        claim["checkworthy"] = value >= combination["threshold"]
