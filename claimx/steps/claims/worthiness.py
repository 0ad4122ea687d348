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
  (no claimer but the writer, or unnamed others with no quote, "is said to have"): the
  narration of events (who did what, where, when), which
  the model, trained on debaters' assertions, scores like a politician's claim, though in
  news it is seldom what a fact-checker would take up. Measured on the BBC dev half it is the
  largest group of false positives; a sentence alone (a debate) has no narration, so it never
  applies there;
- `pastime_quantity`: `context_pastime` for a claim of type `quantity`: the figures of a story
  about pastimes are scores, times, chart places and caps far more often than money or
  public statistics.

Weights and threshold: models/claims/combination.json, fitted by `benchmarks/fit_claims.py`.
Three rules stand beside the fit. A claim reporting a public body's formal act (a court ruled, a
regulator approved, ministers granted a licence, he was convicted: `official_act`) is
check-worthy whatever its story; the dev data hold none to fit a weight on (neither the BBC
dev half nor CheckThat! dev), and the story signals pushed such acts in sport, arts and
business stories below the threshold (models/claims/official.json). So is a claim naming a
lawsuit or a formal accusation (`accusation`: "was sued", "accused him of"), the guidelines'
allegations of wrongdoing and legal action, which the story signals sink in arts stories
most. And in a story about
pastimes, a claim about the pastime itself with no word of public stakes (`pastime_trivia`: a
film's takings, a chart place, an audience) is held under the threshold, however high the
model reads its figures: the story signals lower every claim of such a story alike.
Other sentence-level signals (amounts, dates, places, sources, hedges, other claim types, a
word of public affairs in a sentence of a sport or arts story) were measured there too and
left out: the model already reads them in the words, or they did not help the dev data.
"""

from __future__ import annotations

import math
import re

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from ..checkworthiness import Model
from ..dates.rules import FULL_MONTHS
from .claimer import agent_of
from .sentence import passive

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
    """The story's narration: in the journalist's voice, or put to others it names no one of
    and quotes nothing from ("is widely seen as", "critics have accused", "researchers
    have put"), which the fit saw mostly as the journalist's."""
    who = claim.get("claimer") or {}
    hedged = who.get("kind") == "unnamed" and who.get("quote") is None
    return claim.get("type") == "other" and (who.get("kind") == "journalist" or hedged)


def pastime_trivia(claim: dict, words: dict[str, frozenset[str]]) -> bool:
    """A sentence about a pastime itself (a word of one, or a score) with no word of public
    affairs, law, legal proceedings or harm: a film's takings, a chart place, a player's
    grievance. In a story about pastimes (`context_pastime` at 1) the fit lowers every claim
    alike, and the model, reading money and records, still lifts these over the threshold; a
    lawsuit, an arrest, a ticket tax, a disaster's death toll or a loss to piracy in the same
    story keeps its score."""
    text = claim["text"]
    found = set(_WORD.findall(text.lower()))
    stakes = (
        words["public_interest"] | words["law"] | words["official_proceedings"] | words["harms"]
    )
    return bool(found & words["pastime"] or _result(text, found, words)) and found.isdisjoint(
        stakes
    )


def combine(combination: dict, values: list[float]) -> float:
    z = combination["bias"] + math.fsum(w * x for w, x in zip(combination["weights"], values))
    return 1.0 / (1.0 + math.exp(-z))


def official_act(sentence: Span, words: dict[str, frozenset[str]]) -> bool:
    """A public body's formal act in the sentence (models/claims/official.json): an act verb
    whose subject, or passive agent, is a court, regulator, government or legislature ("the
    regulator approved", "was overturned by a tribunal"), or a court's or the police's act in
    the passive ("was jailed", "has been arrested"; not "were charged a fee"). An act done: one
    to come or in doubt ("will decide whether", "is expected to approve") is no fact to check
    yet."""
    for token in sentence:
        if token.pos != VERB:  # the integer first: this runs over every claim's tokens
            continue
        lemma = token.lemma_.lower()
        if lemma not in words["official_acts"] or _pending(token):
            continue
        actor = _actor(token)
        if actor is None:
            if lemma in words["official_by_court"] and passive(token) and not _priced(token):
                return True
        elif actor.lemma_.lower() in words["official_bodies"] or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in words["official_bodies"]
            for c in actor.children
        ):
            return True
    return False


def _pending(verb: Token) -> bool:
    """A modal or "to" on the verb ("will rule", "to approve"), an open question under it
    ("decided whether to grant"), or a present tense in a clause of time or condition ("when
    the minister decides", "if the court rules": a future)."""
    return (verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP")) or any(
        (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to"))
        or any(g.lower_ in ("whether", "if") for g in c.children)
        for c in verb.children
    )


def _priced(verb: Token) -> bool:
    """A passive of paying, not of the law: an object or an amount ("were charged a fee",
    "are charged £5 a bag"). "Charged with running the office" (a task) is left: in news
    "charged with" and a verb is mostly a crime ("charged with stealing a car")."""
    return any(c.dep_ in ("dobj", "dative") or c.ent_type_ == "MONEY" for c in verb.children)


def _actor(verb: Token) -> Token | None:
    """Who does the act: the "by" agent of a passive, else the subject (a conjoined verb's
    from the first verb: "overturned the ban and cleared her")."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    if any(c.dep_ == "agent" for c in verb.children):
        return agent_of(verb)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def accusation(claim: dict, words: dict[str, frozenset[str]]) -> bool:
    """A word naming a lawsuit, a formal accusation or a prosecution ("was sued", "the
    lawsuit says", "accused the firm of"; official.json `accusations`): an allegation of
    wrongdoing or legal action, which the guidelines count check-worthy whatever its story,
    while the model and the story signals score one in an arts or sport story as its trivia."""
    return not words["official_accusations"].isdisjoint(_WORD.findall(claim["text"].lower()))


def score_claims(
    claims: list[dict],
    model: Model,
    combination: dict,
    words: dict[str, frozenset[str]],
    acts: list[bool],
) -> None:
    """Sets each claim's checkworthiness (rounded to 4 places) and checkworthy; a claim with
    an official act (`acts`, one per claim) or an accusation is raised to the threshold, a
    pastime's trivia in a story about pastimes held just under it."""
    texts = [c["text"] for c in claims]
    threshold = combination["threshold"]
    for claim, act, values in zip(claims, acts, story_signals(claims, model.score(texts), words)):
        value = combine(combination, values)
        if act or accusation(claim, words):
            value = max(value, threshold)
        elif values[SIGNALS.index("context_pastime")] >= 1.0 and pastime_trivia(claim, words):
            value = min(value, round(threshold - 1e-4, 4))
        claim["checkworthiness"] = round(value, 4)
        claim["checkworthy"] = value >= threshold
