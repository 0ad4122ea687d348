"""Check-worthiness: checkable facts score above the shipped threshold, talk below it."""

import json
import shutil

import pytest

from claimx.resources import models_path
from claimx.steps.checkworthiness import load, score, terms, threshold, tokens

CHECKWORTHY = [
    "Unemployment fell to 4.1% in March, the lowest since 2008.",
    "The company made a pre-tax profit of £1.2bn last year, up 15% on 2003.",
    "Exports rose by 3.2% in the three months to June, the Office for National Statistics said.",
    "The council spent $4 million on the new bridge.",
    "Crime has doubled since the government took office.",
]
NOT_CHECKWORTHY = [
    "Good evening and welcome.",
    "Thank you very much.",
    "What will the government do about it?",
    "Do you think the minister should resign?",
    "I hope we can all work together.",
]


def test_the_shipped_weights_load_with_their_threshold():
    model = load()
    assert len(model.weighted) == len(model.squared) > 10_000
    assert 0.05 <= model.threshold <= 0.95
    assert threshold() == model.threshold
    meta = json.loads(models_path("checkworthy", "model.json").read_text(encoding="utf-8"))
    assert meta["trained"]["data"] == "claimbuster_checkworthy.train.jsonl"
    assert models_path("checkworthy", "NOTICE.txt").is_file()


@pytest.mark.parametrize("sentence", CHECKWORTHY)
def test_a_checkable_fact_scores_above_the_threshold(sentence):
    assert score([sentence])[0] >= threshold()


@pytest.mark.parametrize("sentence", NOT_CHECKWORTHY)
def test_greetings_questions_and_hopes_score_below_the_threshold(sentence):
    assert score([sentence])[0] < threshold()


def test_a_number_makes_a_sentence_more_checkworthy():
    vague, precise = score(["Prices went up last year.", "Prices went up 7% last year."])
    assert precise > vague


def test_scores_are_probabilities_one_per_sentence_even_for_empty_text():
    sentences = [*CHECKWORTHY, *NOT_CHECKWORTHY, "", "   ", "?", "£££ 2004 %"]
    scores = score(sentences)
    assert len(scores) == len(sentences)
    assert all(0.0 < s < 1.0 for s in scores)
    assert score([]) == []


def test_scoring_is_deterministic_and_independent_of_the_batch():
    sentences = [*CHECKWORTHY, *NOT_CHECKWORTHY]
    assert score(sentences) == score(sentences)
    assert score(sentences) == [score([s])[0] for s in sentences]
    assert load().score(sentences) == score(sentences)


def test_tokens_are_cut_words_and_numbers_are_normalised():
    assert tokens("Profits increased 4.1% in 2004, to $1,200!") == [
        "profi", "incre", "<num>", "%", "in", "<yr>", "to", "$", "<num>",
    ]  # fmt: skip
    assert tokens("We’ll see?") == ["we'll", "see", "?"]
    assert terms(["a", "b", "a", "b"]) == {"a", "b", "a b", "b a"}


def test_weights_from_another_tokenizer_are_refused(tmp_path):
    folder = tmp_path / "checkworthy"
    shutil.copytree(models_path("checkworthy"), folder)
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    meta["tokens"] = "whole words"
    (folder / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="do not match"):
        load(folder)
