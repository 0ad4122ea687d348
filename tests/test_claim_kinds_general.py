"""Calls, praise, law words and identifying numbers: which sentences are claims and of
what type (claims/sentence.py, kinds.py, __init__.py). Every sentence here was written for
these tests."""

import pytest

import claimx


def _types(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    "sentence",
    [
        # a duty laid on someone in particular is a call
        "The county council must act now to save the library, campaigners said.",
        '"The minister needs to explain why the scheme collapsed," the MP said.',
        # a superlative of judgement on a noun ranks by no measure
        '"She is the best coach in the country," the captain said.',
        '"It was one of the greatest nights in the history of the club," he said.',
        '"That was our worst display of the season," the manager admitted.',
    ],
)
def test_calls_and_praise_are_no_claims(sentence):
    assert sentence not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a duty on anyone of a kind, or one a rule states, is a rule
        ("Taxi drivers must display a licence in the cab.", "law_or_rule"),
        ("Under the new rules, the club must play home games in the city.", "law_or_rule"),
        # a duty with a deadline is a fact
        ("The runner must decide by Friday whether to enter the race.", "law_or_rule"),
        # "has to" is as often a circumstance
        ("The bank has to restate its results for the last two years.", "other"),
        # a superlative measured over a period ranks
        ("Car sales in the region were the best since 1998, the trade body said.", "quantity"),
        ("The bakery is the biggest employer in the town.", "quantity"),
    ],
)
def test_rules_deadlines_and_measured_rankings_stay_claims(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "rule out" is no ruling
        ("The full-back has been ruled out of the derby with a hamstring injury.", "other"),
        ("The finance minister did not rule out a bid for the party leadership.", "other"),
        # a law word that only classes a thing
        ("The cyclist tested positive for a banned stimulant after the race.", "other"),
        ("The town's transport spokesman opened the new cycle lane.", "other"),
        # letting or needing by a person or a thing, not a rule
        ("The puzzle game requires players to build bridges from planks.", "other"),
        # talk, a meeting or a question about a law is an event
        ("Ministers held talks on the bill with union leaders on Monday.", "other"),
        ("Councillors debated the treaty at the town hall.", "other"),
        ("Residents asked questions about the new parking rules.", "other"),
        # but a rule, a court or a predicate law word says what the law does
        ("The government has introduced a ban on smoking in pubs.", "law_or_rule"),
        ("The new regulations allow pubs to serve food on the pavement.", "law_or_rule"),
        ("The appeal court allowed the landlord's challenge.", "law_or_rule"),
        ("Selling fireworks to children is illegal in Scotland.", "law_or_rule"),
        ("The judges decided that the device was not an illegal product.", "law_or_rule"),
    ],
)
def test_law_words_that_say_nothing_of_a_law(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a number after its noun names which one
        ("The drama series moved to Channel 5 last autumn.", "other"),
        ("The young striker was handed the number 7 shirt.", "other"),
        ("The comedy Tango 8 opened in cinemas across Wales on Friday.", "other"),
        # a count before its noun, or a placing, is a value
        ("The comedy opened in 300 cinemas across Wales on Friday.", "quantity"),
        ("The band's debut album reached number eight in the charts.", "quantity"),
    ],
)
def test_numbers_that_only_identify(sentence, kind):
    assert _types(sentence)[sentence] == kind
