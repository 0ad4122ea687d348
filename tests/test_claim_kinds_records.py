"""Claim types for counts, rankings and records in words, habits and expectations, events
timed by another, and graded judgements; one phenomenon a test, every sentence written for
these tests."""

import pytest

import claimx


def _types(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the nth time is a count; "the second time" naming which time is not
        ("The singer has been nominated for a sixth time.", "quantity"),
        ("The second time, the keeper was quicker off his line.", "other"),
        # a ranking by an ordinal and a superlative, in an aside too
        ("Brazil, South America's second-largest exporter, raised its rates.", "quantity"),
        # a share in words
        ("Shares in the retailer have lost a third of their value.", "quantity"),
        # a multiple in words
        ("Sales of the vaccine are up fourfold in Scotland.", "quantity"),
        # a first over a period is a record; a first alone is not
        ("She is the first woman since Thatcher to lead the party.", "quantity"),
        ("The league won its first cup for the first time in 30 years.", "quantity"),
        ("It was the first baby born to a sitting minister in more than 80 years.", "quantity"),
        ("She is the first woman to lead the party.", "other"),
        ("She was the first woman to win the title in 2003.", "other"),
        # a "since" of reason makes no record
        (
            "She said Dutch crews would be the first to get the passes since their country has"
            " signed the treaty.",
            "prediction",
        ),
        # a net rise or fall in a market
        ("The bank's shares ended the day in negative territory.", "quantity"),
    ],
)
def test_counts_rankings_and_records_in_words_are_quantities(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a past habit: "would" with how often
        ("She would visit her grandmother every Sunday.", "other"),
        ("He would often walk the dog along the canal.", "other"),
        # reported, "would" with how often is still a plan
        ("The council said the panel would meet twice a year.", "prediction"),
    ],
)
def test_a_habit_in_the_past_is_no_prediction(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Analysts expected the bank to cut its rates.", "prediction"),
        ("The minister expected the talks to resume in Geneva.", "prediction"),
        # expecting a thing, not an event, is no forecast
        ("The hospital did not expect the tests to show anything.", "other"),
    ],
)
def test_expecting_someone_to_act_is_a_prediction(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a clause that only times the event asserts no law and no cause
        ("The move came after the EU lifted a ban on arms sales.", "other"),
        ("The coach resigned after being blamed for the defeat.", "other"),
        # "it is weeks before ...": the clause is the content
        ("It is just weeks before new regulations raise the pension age.", "law_or_rule"),
        # a law named in the main clause stays
        ("Under the new rules, lorries must stop after four hours.", "law_or_rule"),
    ],
)
def test_a_clause_that_only_times_the_event(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("She is best remembered for her role as a nurse in the series.", "other"),
        ("He is best known for his radio work.", "other"),
        # "the best" still ranks
        ("It was the best result for the party since 1997.", "quantity"),
    ],
)
def test_what_someone_is_best_known_for_is_no_ranking(sentence, kind):
    assert _types(sentence)[sentence] == kind


def test_a_graded_judgement_is_no_claim_whatever_it_names():
    text = (
        "The chairman of Fiat said prospects for the car industry in Europe were very bright. "
        "The chairman of Fiat said the plant in Turin was closed."
    )
    assert _types(text) == {"The chairman of Fiat said the plant in Turin was closed.": "other"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a graded adjective with its own complement, or a state a record confirms, says what
        "The director was very sick during the festival in Cannes.",
        "The director was too sick to attend the premiere in Cannes.",
    ],
)
def test_a_graded_adjective_with_a_complement_stays_a_claim(sentence):
    assert sentence in _types(sentence)
