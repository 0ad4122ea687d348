"""Check-worthiness: the ClaimBuster model's score combined with claimx's own signals.

The model reads debate sentences; news carries what it never saw (amounts, places, named
sources). A logistic combination of the model's log-odds and a few signals of the claim,
its weights fitted by `benchmarks/fit_claims.py` and stored in models/claims/combination.json.
"""

from __future__ import annotations

import math
import re

from ..checkworthiness import Model

SIGNALS = (
    "model",
    "money",
    "dates",
    "cities",
    "number",
    "comparative",
    "named_source",
    "other_source",
    "hedged",
    "public_interest",
    "quantity",
    "prediction",
    "correlation_or_causation",
    "law_or_rule",
    "personal_experience",
)
_WORD = re.compile(r"[a-z]+")
_HEDGES = frozenset({"may", "might", "could", "perhaps", "possibly", "maybe"})


def signals(
    claim: dict, model_score: float, public: frozenset[str], *, number: bool, comparative: bool
) -> list[float]:
    """The combination's inputs for one claim, in the order of `SIGNALS`; `public` is the
    words of subjects of public importance."""
    p = min(max(model_score, 1e-6), 1 - 1e-6)
    kind = claim["claimer"]["kind"]
    words = set(_WORD.findall(claim["text"].lower()))
    return [
        math.log(p / (1 - p)),
        float(bool(claim["money"])),
        float(bool(claim["dates"])),
        float(bool(claim["cities"])),
        float(number),
        float(comparative),
        float(kind in ("person", "organization")),
        float(kind in ("group", "unnamed")),
        float(bool(words & _HEDGES)),
        float(bool(words & public)),
        *(float(claim["type"] == t) for t in SIGNALS[10:]),
    ]


def combine(combination: dict, values: list[float]) -> float:
    z = combination["bias"] + math.fsum(w * x for w, x in zip(combination["weights"], values))
    return 1.0 / (1.0 + math.exp(-z))


def score_claims(
    claims: list[dict],
    extras: list[tuple[bool, bool]],
    model: Model,
    combination: dict,
    public: frozenset[str],
) -> None:
    """Sets each claim's checkworthiness (rounded to 4 places) and checkworthy."""
    scores = model.score([c["text"] for c in claims])
    for claim, score, (number, comparative) in zip(claims, scores, extras):
        value = combine(
            combination, signals(claim, score, public, number=number, comparative=comparative)
        )
        claim["checkworthiness"] = round(value, 4)
        claim["checkworthy"] = value >= combination["threshold"]
