"""Check-worthiness: the ClaimBuster model's score, adjusted by the story around the claim.

The model reads debate sentences one at a time and carries well to other debates; in news it
flags the figures and events of a football report as readily as those of a budget. What the
sentence alone cannot tell, the rest of the story can: a claim among sentences about matches,
films and bands is seldom worth a fact-checker's time, one among sentences about the economy,
crime or elections often is. So the combination is a logistic one of the model's log-odds and
three signals of the story's OTHER claims (a sentence given alone has none, and is scored by
the model with the bias and weight fitted for it):

- `context`: 1 when the story has other claims;
- `context_pastime`: the share of them holding a word of sport, arts or celebrity news, of
  video games or of gadgets (`pastime` in models/claims/words.json: a new console's
  specifications and price are launch details, not public interest) or a score ("led 17-3":
  a match report names its
  game seldom and its scores often), times `PASTIME_SCALE` and at most 1: a match
  report names its sport in one sentence of three or so, the rest are scores and names, so a
  story a third of whose other claims hold such a word counts as wholly about pastimes;
- `context_public`: the share holding a word of public affairs (`public_interest`);
- `narrated_other`: 1 for a claim of type `other` in the journalist's own voice inside a story
  (no claimer but the writer): the narration of events (who did what, where, when), which
  the model, trained on debaters' assertions, scores like a politician's claim, though in
  news it is seldom what a fact-checker would take up. Measured on the BBC dev half it is the
  largest group of false positives; a sentence alone (a debate) has no narration, so it never
  applies there;
- `pastime_quantity`: `context_pastime` for a claim of type `quantity`: the figures of a story
  about pastimes are scores, times, chart places and caps far more often than money or
  public statistics.

Weights and threshold: models/claims/combination.json, fitted by `benchmarks/fit_claims.py`.
Other sentence-level signals (amounts, dates, places, sources, hedges, other claim types, a
word of public affairs in a sentence of a sport or arts story) were measured there too and
left out: the model already reads them in the words, or they did not help the dev data.
"""

from __future__ import annotations

import math
import re

from ..checkworthiness import Model
from ..dates.rules import FULL_MONTHS

SIGNALS = (
    "model",
    "context",
    "context_pastime",
    "context_public",
    "narrated_other",
    "pastime_quantity",
)
PASTIME_SCALE = 3.0
_WORD = re.compile(r"[a-z]+")
# a result or a tally, a value (claims/__init__.py): "won 3-1", "levelled at 27-27", "7-6
# 6-3", "passed 8-1"; not "2-3%", "20-30bn", "2.5-3", nor days of a month ("on 4-6 March")
_MONTH = "|".join(f"{m[:3]}(?:{m[3:]})?" for m in FULL_MONTHS)  # "March", "Mar"
SCORE = re.compile(
    r"(?<![\w.,-])\d{1,2}-\d{1,2}(?![\w%-]|[.,]\d|\s+(?:" + _MONTH + r")\b)", re.IGNORECASE
)


def story_signals(
    claims: list[dict], model_scores: list[float], words: dict[str, frozenset[str]]
) -> list[list[float]]:
    """The combination's inputs for each of a story's claims (`text`, `type` and `claimer`),
    in the order of `SIGNALS`."""
    texts = [c["text"] for c in claims]
    found = [set(_WORD.findall(text.lower())) for text in texts]
    pastime = [bool(w & words["pastime"]) or _result(t, w, words) for w, t in zip(found, texts)]
    public = [bool(w & words["public_interest"]) for w in found]
    others = len(texts) - 1
    rows = []
    for i, score in enumerate(model_scores):
        p = min(max(score, 1e-6), 1 - 1e-6)
        context = [0.0, 0.0, 0.0, 0.0, 0.0]
        if others:
            share = min(1.0, PASTIME_SCALE * (sum(pastime) - pastime[i]) / others)
            context = [
                1.0,
                share,
                (sum(public) - public[i]) / others,
                float(_narrated_other(claims[i])),
                share if claims[i].get("type") == "quantity" else 0.0,
            ]
        rows.append([math.log(p / (1 - p)), *context])
    return rows


def _result(text: str, found: set[str], words: dict[str, frozenset[str]]) -> bool:
    """A score in the sentence ("Spain go 2-0 up"), as a sport or game gives it; a tally of
    votes ("passed 8-1", "a 5-4 ruling": words.json `tally`) is no game."""
    return bool(SCORE.search(text)) and found.isdisjoint(words["tally"])


def _narrated_other(claim: dict) -> bool:
    return claim.get("type") == "other" and (claim.get("claimer") or {}).get("kind") == "journalist"


def combine(combination: dict, values: list[float]) -> float:
    z = combination["bias"] + math.fsum(w * x for w, x in zip(combination["weights"], values))
    return 1.0 / (1.0 + math.exp(-z))


def score_claims(
    claims: list[dict], model: Model, combination: dict, words: dict[str, frozenset[str]]
) -> None:
    """Sets each claim's checkworthiness (rounded to 4 places) and checkworthy."""
    texts = [c["text"] for c in claims]
    for claim, values in zip(claims, story_signals(claims, model.score(texts), words)):
        value = combine(combination, values)
        claim["checkworthiness"] = round(value, 4)
        claim["checkworthy"] = value >= combination["threshold"]
