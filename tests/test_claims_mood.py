"""Whether a sentence asserts, read from its mood, person and modality rather than cue words
(claims/sentence.py, views.py), and chart places as values (claims/__init__.py). Every
sentence here was written for these tests."""

import pytest

import claimx


def _types(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "even if" concedes: the main clause holds either way
        (
            "Infected children can spread the disease to others even if they never develop a rash.",
            "other",
        ),
        # advice or a command giving its reason asserts the reason, a cause
        (
            '"Councils should fund more bus routes, because cheap buses take cars off the '
            'road," the report said.',
            "correlation_or_causation",
        ),
        ("Fit smoke alarms on every floor, because most fire deaths happen at night.", "quantity"),
        # the reader addressed with a price is told a fact
        ("You can buy the new handset for £150 from Friday.", "quantity"),
        # what a reported opinion holds, with a value, is a claim
        (
            "The union leader said he thought the offer would be accepted by 2,000 members.",
            "quantity",
        ),
        # evidence named is a record: no view, though quoted and naming nothing else
        (
            '"There is no evidence that the new filter removes the chemical," the engineer said.',
            "other",
        ),
        # a level stated below another is a comparison of values
        (
            "Business confidence in March was below that seen in December, the survey showed.",
            "quantity",
        ),
        # a chart position is a ranking
        ("Her second single went in at number four in the UK chart.", "quantity"),
        # a rating with a value stated stays a claim
        ("The new coach did a brilliant job at Leeds, winning 12 of his 15 games.", "quantity"),
        (
            "The Two Rivers Society said the new bypass was shameful for 30,000 residents.",
            "quantity",
        ),
        # a ranking put as a possession is checkable
        ("The county had the best jobless numbers in its history.", "quantity"),
        # a possession described by its own clause is a fact
        ("Dunmore Ltd said its new sensors have special coatings which react to smoke.", "other"),
    ],
)
def test_a_claim(sentence, kind):
    assert _types(sentence) == {sentence: kind}


@pytest.mark.parametrize(
    "sentence",
    [
        # a reason that is itself a view gives advice no claim
        '"You should move to the coast because I think the air is better," she said.',
        # the reader addressed, no figure
        "You can find the full results table on our website.",
        '"You can skip the queue at Gatwick by booking online," the airline said.',
        # "we must" exhorts
        '"We must keep winning at home," the striker said.',
        # an opinion reported under a reporting verb is read on what it holds
        "The union leader said he thought the offer was a disgrace.",
        "The plant owner said he thought the new chimney was a disgrace.",
        # a rating put as a deed or a possession
        "The new coach did a brilliant job at Leeds.",
        # a number that only places or names keeps no judgement a claim
        '"It\'s hugely frustrating when you lose to a top-ten player at Wimbledon," said Morgan.',
        "The Two Rivers Society said the new bypass was shameful.",
    ],
)
def test_no_claim(sentence):
    assert _types(sentence) == {}
