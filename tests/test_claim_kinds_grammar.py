"""Claim types read from grammar more than from cue words: superlatives of renown, numbers in
names, charges, who a reported "he" can be, plans with an object, counts of those a passive
was done to, and a count as a sized subject (claims/kinds.py, personal.py, future.py,
__init__.py). Every sentence here was written for these tests."""

import pytest

import claimx


def _type(sentence: str) -> str:
    (claim,) = claimx.extract(sentence)["claims"]
    assert claim["text"] == sentence
    return claim["type"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a superlative of fame or standing ranks by no figure
        ("The chef is one of Britain's best-known restaurateurs.", "other"),
        ("The Medici were one of the most powerful families in Florence.", "other"),
        ("She became one of the most influential voices in British fashion.", "other"),
        # one of size or traffic is measured
        ("The supermarket is one of the biggest employers in the county.", "quantity"),
        ("The airport is the busiest in Scotland.", "quantity"),
    ],
)
def test_superlatives_of_renown_rank_nothing(sentence, kind):
    assert _type(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a number inside a name, or a clock time, identifies
        ("The Gemini 4 crew returned safely to Earth.", "other"),
        ("The rapper 50 Cent performed at the charity concert.", "other"),
        ("The programme was moved to a slot starting at 2100 GMT.", "other"),
        # counts stay values
        ("Up to 2.5m people watched the final.", "quantity"),
    ],
)
def test_numbers_inside_names_count_nothing(sentence, kind):
    assert _type(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the deed a charge or a plea names is the offence, no causal claim
        ("A lorry driver has been charged with causing death by dangerous driving.", "other"),
        ("The teenager denies causing the fire at the school.", "other"),
        ("The nurse was accused of causing the death of a patient.", "other"),
        # blame still asserts a cause
        ("The storm was blamed for causing the power cut.", "correlation_or_causation"),
    ],
)
def test_charges_name_offences(sentence, kind):
    assert _type(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a body, a document or many speak of someone else
        ("Police said he had been stabbed outside a nightclub.", "other"),
        ("Officials said she had been flown to hospital.", "other"),
        ("A report says he was arrested in Madrid.", "other"),
        # one person telling of himself
        (
            "The goalkeeper claims he has never been given a fair chance at the club.",
            "personal_experience",
        ),
    ],
)
def test_reported_experience_is_the_speakers_own(sentence, kind):
    assert _type(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a plan in the present with its object is to come
        ("The brewer plans a new bottling plant in Kent.", "prediction"),
        ("The council is planning a congestion charge for the city centre.", "prediction"),
        # a plan told in the past is not
        ("The council planned a bypass in 1995.", "other"),
    ],
)
def test_plans_with_an_object_are_predictions(sentence, kind):
    assert _type(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a count of those a passive says it was done to
        ("Four people were injured in the blast.", "quantity"),
        ("Six men have been arrested after the raid.", "quantity"),
        # a count of who acted says who
        ("Four agencies cut the firm's credit rating.", "other"),
        # a count or a share sized by its predicate
        ("The number of people using the library is small.", "quantity"),
        ("The share of women on the board remains low.", "quantity"),
    ],
)
def test_counts_as_subjects(sentence, kind):
    assert _type(sentence) == kind
