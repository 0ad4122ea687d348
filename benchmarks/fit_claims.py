"""Fit the check-worthiness combination shipped in models/claims/combination.json.

    python benchmarks/fit_claims.py [--corpus ../shared/corpus/bbc]
        [--bench ../shared/bench/checkworthy.dev.jsonl] [--out models/claims/combination.json]

A logistic regression over `claimx.steps.claims.worthiness.SIGNALS` (the ClaimBuster model's
log-odds and signals of the story's other claims), fitted on DEV data only: the dev half of
benchmarks/annotations/bbc_claims.jsonl and the CheckThat! dev file. Each gold sentence is
paired with the claim claimx makes of it (a sentence claimx makes no claim of is never
check-worthy and is left out); each of the two sets weighs the same in the fit, whatever its
number of sentences. Newton's method on the L2-penalised log-loss, starting from (and pulled
towards) the model alone: deterministic, so the same data gives the same file.

The threshold is the median, rounded to 0.01, of the thresholds chosen over 100 seeded random
halvings of the fitting data (`--seed`): each time the combination is fitted on one half of
each set and the threshold that maximises the mean of the two sets' check-worthy F1 (over
0.05..0.95 by 0.01) is read on the other half. The threshold best on all the data at once
rested on a few sentences: a sentence more or less moved it by 0.05 and F1 by 0.03. The
median moves by about 0.01 between seeds. Last, the bias is pinned so that a sentence alone (a
debate's) is check-worthy where the model alone is, at the threshold the training script read
on ClaimBuster's own hold-out, and `context` takes the difference, so no claim in a story
moves: the fit's cut for sentences alone (the model at 0.32) rested on CheckThat! dev, flat
there between 0.29 and 0.33 (F1 0.878 to 0.884), while devtest runs 0.79 at 0.30 and 0.77 at
0.32 (three sentences).

Variants measured (check-worthy F1 of claims, a sentence without a claim counting as not
check-worthy: BBC dev / BBC heldout / CheckThat! dev / devtest; devtest and heldout only
looked at, never fitted on; devtest has 108 check-worthy sentences, heldout 50):

    the model alone, threshold 0.30                             0.593  0.450  0.879  0.788
    model + 14 sentence signals (money, dates, places, number,
      comparative, sources, hedge, public words, types), as
      shipped before, each sentence weighing the same           0.627  0.480  0.887  0.678
      the same, each set weighing the same                      0.645  0.521  0.869  0.651
      penalty 30 (signals nearer 0)                             0.630  0.458  0.883  0.777
      + the three story signals                                 0.704  0.710  0.847  0.726
    model + story signals (shipped)                             0.671  0.692  0.876  0.778
      + a sport/arts word in the sentence itself                0.676  0.698  0.876  0.778
      + public words in the sentence itself                     0.687  0.647  0.860  0.718
      + named source                                            0.690  0.667  0.867  0.773
      + claim type quantity                                     0.657  0.705  0.883  0.768
      + claim type prediction                                   0.645  0.687  0.878  0.727
      without `context` (one bias for sentences alone and in
      stories)                                                  0.662  0.639  0.876  0.743

Refitted on the enlarged BBC dev half (17 stories, 287 sentences, 243 with a claim), same
columns (heldout looked at only for the shipped line):

    story signals, threshold best on all the data (0.39)        0.696    -    0.881  0.750
    story signals, median threshold (0.33)                      0.688    -    0.878  0.788
    + `narrated_other`, median threshold (0.35)                 0.720    -    0.881  0.764
    + `pastime_quantity`, a longer `pastime` list, the pastime
      share times 3 (shipped), median threshold (0.35)          0.744  0.646  0.879  0.764

The CheckThat! sets move only with the threshold and the model's weight and bias (the story
signals are 0 for a sentence alone); devtest falls from 0.78 to 0.76 between thresholds 0.34
and 0.35 (three sentences). BBC dev F1 pooled over five folds of its stories, each fold scored
by a fit on the rest (mean of five fold draws), ranks the candidates less optimistically:
story signals 0.685; + `narrated_other` 0.713; + `pastime_quantity` 0.712; with the longer list
0.719 and 0.711; times 2 0.719 and 0.723; times 3 0.723 and 0.728 (shipped). Each added to
the story signals and left out (in-sample, then pooled over folds): claim type `other` (0.695,
0.685), `personal_experience` (0.694, 0.686), `quantity` (0.697, 0.675), `prediction` (0.685,
0.678), the journalist as claimer (0.706, 0.685), a quote (0.691, 0.676), a public affairs
word in the sentence (0.694, 0.682), a sport or arts word in it (0.688, 0.678), a word of crime,
courts, law, tax or health in a sentence of a story about pastimes, weighted by the story's
pastime share, the override of a public-interest sentence in a sport or arts story (0.688,
0.688; with `narrated_other` 0.729, 0.714 against 0.720, 0.713).

Refitted on the claims of December 2026 (229 BBC dev sentences with a claim, 692 -> 668
CheckThat! ones), with `--loso` (each BBC dev story scored by a fit without it, the
benchmark's counting), same columns as the first table:

    story signals, as shipped (0.35), not refitted             0.771    -    0.878  0.767
    story signals refitted (0.36)                               0.781    -    0.882  0.771
      leave-one-story-out                                       0.769
      not shipped: 56 flags changed on the regression subset,
      read as 20 fixed, 19 broken, 17 unclear
    + `story_model`: the model's log-odds again for a claim in
      a story, so news gets its own slope (0.97 against 2.36
      for sentences alone), threshold 0.40                      0.810    -    0.878  0.766
      leave-one-story-out                                       0.783
      not shipped: on the 199-story regression subset it
      changed 181 flags, read as 72 fixed, 60 broken, 49
      unclear: trivial sport and biographical facts went down,
      but so did economic claims in business stories, and the
      politicians' opinions typed as claims went up with the
      policy claims

Video game and gadget words added to `pastime` (words.json; no BBC dev story holds one, so the
fit, the threshold and the dev figures are unchanged and the combination was not refitted): 21
flags changed on the 225-story regression subset, all to not check-worthy, read as 13 fixed
(specifications, prices, launch sales, a trade show's attendance), 1 broken (a claim of game
addiction and a death), 7 unclear (industry shipments, a country's ranking in a consumer
index). Not added: `handset` (phones at the wheel are a law story), `gaming` (in British news
also gambling), `fans` (football policy stories). Other signals measured on the same claims,
each beside the story signals, refitted (BBC dev / CheckThat! dev / devtest, then BBC dev
leave-one-story-out; the story signals alone: 0.777 0.878 0.773, 0.773): a money amount 0.777
0.878 0.767, 0.777; a money amount in the journalist's voice 0.777 0.883 0.782, 0.777; first
person 0.775 0.883 0.782, 0.763; a public-affairs word in the sentence, times one less the
pastime share 0.789 0.880 0.784, 0.763; a named claimer 0.796 0.878 0.767, 0.769; quantity in
the journalist's voice 0.785 0.882 0.771, 0.761; a quote 0.798 0.883 0.782, 0.763; a date 0.776
0.880 0.784, 0.752; type prediction 0.787 0.878 0.767, 0.773. None carries to stories left out,
so none is shipped.

A public body's formal act (an act verb and a body among the sentence's words, models/claims/
official.json) as a signal beside the story signals: it holds for no BBC dev sentence and two
CheckThat! dev ones, so the fit keeps the story signals' figures (0.785 0.884 0.764, leave-one-
story-out 0.773, against the same without it) and cannot weigh it. It is shipped as a rule
outside the fit instead (claims/worthiness.py `official_act`: subject or agent read from the
parse, the claim raised to the threshold), for the guidelines' rulings and charges: no dev
sentence holds one, 6 flags changed on the regression subset, 6 fixed. A company's own
deliberations ("said it was considering an appeal") were looked at and left: the BBC dev gold
marks a body's plan to appeal check-worthy, and the regression subset holds none. Arrests and
criminal charges in the passive, and a body's awards, abolitions and scrappings, were added to
the acts in December 2026 (BBC dev 0.771 -> 0.783; folds of alternate sorted stories .800 ->
.825 and .748 -> .748; regression subset 3 flags, 2 fixed, 1 unclear).

A second rule outside the fit, `pastime_trivia`: in a story at the pastime cap, a sentence
with a pastime word (or a score) and no word of public affairs, law or legal proceedings is
held under the threshold. The fit cannot learn it (the BBC dev half holds six sport and arts
stories): BBC dev 0.783 -> 0.787 (folds .825 -> .825, .748 -> .754), CheckThat! unchanged;
16 flags on the regression subset, read as 11 fixed, 3 broken, 2 unclear. Words of film
genres and box-office takings added to `pastime` changed no flag in 256 further entertainment
stories (such stories are at the cap already), so none was added. The three it broke (a
disaster's death toll, an industry's loss to piracy, a label's dispute) led to words of harm
(words.json `harms`) sparing a sentence from the rule: 2 flags, both fixed; the dispute's
sentence ("signed him and claims he spent thousands") names no harm nor proceeding, and stays.

A third rule outside the fit, `accusation` (December 2026): a claim holding a word that names
a lawsuit, a formal accusation or a prosecution (official.json `accusations`) is raised to the
threshold, as an official act is. The fit cannot weigh it: the words sit mostly in one BBC dev
story (a lawsuit in an arts story, scored 0.004 to 0.11). BBC dev 0.722 -> 0.732 (folds A
.711 -> .726, B .738 -> .741), CheckThat! dev unchanged (0.878). With every word of legal
proceedings (a judge, a lawyer, fraud, 'allegedly') fold B fell to .731 and CheckThat! dev to
.876, with 'allegedly' and 'alleged' to .736 and .876: hedged narration of a deed and the people
of a case name no accusation. Regression subset: 18 flags, read as 11 fixed, 4 broken (an
analysts' forecast about an injunction, a defiant quote, "such allegations" in speculation, a
complaint of being "accused of having no teeth"), 3 unclear.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bbc_claims import bench_records  # noqa: E402

from claimx.pipeline import load_pipeline  # noqa: E402
from claimx.steps.checkworthiness import threshold as model_threshold  # noqa: E402
from claimx.steps.claims.worthiness import SIGNALS, story_signals  # noqa: E402

PENALTY = 1.0


def rows(nlp, records: list[dict]) -> tuple[list[list[float]], list[int], list[int], int]:
    """Signals, gold label and story (its index in `records`) of every gold sentence that
    claimx makes a claim of, and the number of check-worthy ones it makes none of."""
    xs, ys, stories, missed = [], [], [], 0
    rules = nlp.get_pipe("claimx_claims").rules
    docs = nlp.pipe(r["text"] for r in records)
    for story, (record, doc) in enumerate(zip(records, docs)):
        texts = [c["text"] for c in doc._.claims]
        values = story_signals(doc._.claims, rules.model.score(texts), rules.words)
        for gold in record["claims"]:
            index = _covering(doc._.claims, gold)
            if index is None or "checkworthy" not in gold:
                missed += bool(gold.get("checkworthy"))
                continue
            xs.append(values[index])
            ys.append(int(gold["checkworthy"]))
            stories.append(story)
    return xs, ys, stories, missed


def _covering(claims: list[dict], gold: dict) -> int | None:
    """The claim score.py pairs with the gold sentence (its index): the largest overlap, half
    at least."""
    best, best_overlap = None, 0
    for index, claim in enumerate(claims):
        overlap = min(claim["end"], gold["end"]) - max(claim["start"], gold["start"])
        size = min(gold["end"] - gold["start"], claim["end"] - claim["start"])
        if overlap > best_overlap and overlap >= 0.5 * size:
            best, best_overlap = index, overlap
    return best


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Bias first, then one weight per signal, each pulled towards the model alone.

    The prior is the ClaimBuster model by itself (its log-odds at weight 1, every other signal
    at 0): the signals move its scores only as far as the dev data asks. The bias is free.
    """
    x = np.hstack([np.ones((len(x), 1)), x])
    prior = np.zeros(x.shape[1])
    prior[1 + SIGNALS.index("model")] = 1.0
    beta = prior.copy()
    penalty = np.full(x.shape[1], PENALTY)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ beta))
        gradient = x.T @ (weight * (p - y)) + penalty * (beta - prior)
        hessian = (x * (weight * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        beta -= np.linalg.solve(hessian, gradient)
    return beta


def best_threshold(beta: np.ndarray, sets: list[tuple[np.ndarray, np.ndarray]]) -> float:
    def f1(x, y, t):
        p = 1 / (1 + np.exp(-(beta[0] + x @ beta[1:]))) >= t
        tp = float((p & (y == 1)).sum())
        return 2 * tp / (p.sum() + (y == 1).sum()) if tp else 0.0

    grid = [round(t, 2) for t in np.arange(0.05, 0.96, 0.01)]
    return max(grid, key=lambda t: (sum(f1(x, y, t) for x, y in sets), -abs(t - 0.5)))


def median_threshold(
    sets: list[tuple[np.ndarray, np.ndarray]], seed: int, rounds: int = 100
) -> float:
    """The median of the thresholds chosen on one random half of each set by a combination
    fitted on the other half."""
    rng = np.random.RandomState(seed)
    chosen = []
    for _ in range(rounds):
        fitting, choosing = [], []
        for x, y in sets:
            order = rng.permutation(len(y))
            fitting.append((x[order[: len(y) // 2]], y[order[: len(y) // 2]]))
            choosing.append((x[order[len(y) // 2 :]], y[order[len(y) // 2 :]]))
        chosen.append(best_threshold(_fit_sets(fitting), choosing))
    return round(float(np.median(chosen)), 2)


def _fit_sets(sets: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    x = np.vstack([s[0] for s in sets])
    y = np.concatenate([s[1] for s in sets])
    # each set weighs the same: news and debates count alike, however many sentences each has
    weight = np.concatenate([np.full(len(s[1]), len(y) / (len(sets) * len(s[1]))) for s in sets])
    return fit(x, y, weight)


def pin_sentences_alone(beta: np.ndarray, threshold: float, cut: float) -> np.ndarray:
    """The bias and `context` weight moved together so that a sentence alone is check-worthy
    exactly where the model alone is (`cut`: its threshold from ClaimBuster's hold-out), while
    every claim in a story (`context` 1) keeps its score."""
    pinned = beta.copy()
    pinned[0] = np.log(threshold / (1 - threshold)) - beta[1 + SIGNALS.index("model")] * np.log(
        cut / (1 - cut)
    )
    pinned[1 + SIGNALS.index("context")] += beta[0] - pinned[0]
    return pinned


def leave_one_story_out(
    sets: list[tuple[np.ndarray, np.ndarray]],
    stories: np.ndarray,
    missed: int,
    seed: int,
    rounds: int,
) -> float:
    """BBC dev check-worthy F1 pooled over its stories, each story's claims scored by a
    combination (weights and median threshold) fitted without that story: how the fit
    carries to news it did not see. `sets[0]` is the BBC set; as in the benchmark, the
    `missed` check-worthy sentences claimx makes no claim of count as missed."""
    (x, y), others = sets[0], sets[1:]
    predicted = np.zeros(len(y), dtype=bool)
    for story in np.unique(stories):
        out = stories == story
        rest = [(x[~out], y[~out]), *others]
        beta = _fit_sets(rest)
        threshold = median_threshold(rest, seed, rounds)
        predicted[out] = 1 / (1 + np.exp(-(beta[0] + x[out] @ beta[1:]))) >= threshold
    tp = float((predicted & (y == 1)).sum())
    return 2 * tp / (predicted.sum() + (y == 1).sum() + missed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bbc"))
    ap.add_argument(
        "--bench", default=str(ROOT.parent / "shared" / "bench" / "checkworthy.dev.jsonl")
    )
    ap.add_argument("--out", default=str(ROOT / "models" / "claims" / "combination.json"))
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument(
        "--loso",
        action="store_true",
        help="print the leave-one-story-out BBC dev F1 (20 halvings a threshold) and stop",
    )
    a = ap.parse_args()
    nlp = load_pipeline()
    with open(a.bench, encoding="utf-8") as f:
        debates = [json.loads(line) for line in f if line.strip()]
    sets, stories, missed = [], [], []
    for records in (bench_records(Path(a.corpus), "dev"), debates):
        x, y, story, lost = rows(nlp, records)
        sets.append((np.array(x, dtype=float), np.array(y, dtype=float)))
        stories.append(np.array(story))
        missed.append(lost)
    if a.loso:
        f1 = leave_one_story_out(sets, stories[0], missed[0], a.seed, 20)
        print(f"leave-one-story-out BBC dev check-worthy F1 {f1:.3f}")
        return
    threshold = median_threshold(sets, a.seed)
    beta = pin_sentences_alone(_fit_sets(sets), threshold, model_threshold())
    out = {
        "_about": "Check-worthiness = sigmoid(bias + weights . signals); fitted by "
        "benchmarks/fit_claims.py on dev data only. checkworthy: checkworthiness >= threshold.",
        "signals": list(SIGNALS),
        "weights": [round(float(w), 4) for w in beta[1:]],
        "bias": round(float(beta[0]), 4),
        "threshold": threshold,
        "fitted_on": {"bbc_claims dev": len(sets[0][1]), "checkworthy.dev": len(sets[1][1])},
    }
    Path(a.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
