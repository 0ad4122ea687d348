"""Views put as idioms, orders in time, plans at hand, closing gaps, compared likelihoods and
things that let something happen: which sentences are claims and of what type
(claims/sentence.py, views.py, kinds.py). Every sentence here was written for these tests."""

import pytest

import claimx


def _types(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    "sentence",
    [
        # what someone merits is a judgement
        "The young goalkeeper deserves a run in the first team.",
        '"We deserved to win the game," the coach said.',
        # idioms of judgement and of calls
        "The opposition leader said the plan made no sense.",
        "It is time for the council to act on the housing shortage.",
        "The charity said wealthy nations had a duty to help.",
        # a bare adjective after a linking verb other than "be" describes
        "The recovery remains fragile, analysts warned.",
        "The defence is looking a little shaky.",
    ],
)
def test_views_are_no_claims(sentence):
    assert sentence not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a linking verb with its own complement says when or of what
        ("The winger remains doubtful for the match against Leeds.", "other"),
        ("The buyer's name remains secret until the sale is completed.", "other"),
        # a duty a law lays is a rule, not a call
        ("Landlords have a legal duty to protect tenants.", "other"),
        # "the first time" counts
        ("It is the first time the club has reached the final.", "other"),
        # no change is a value
        ("The shares remained unchanged in early trading.", "quantity"),
    ],
)
def test_linking_verbs_and_duties_that_state(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "the latest" orders in time, it measures nothing
        ("The fraud is the latest in a long series of online scams.", "other"),
        ("The museum unveiled its latest exhibition on Monday.", "other"),
        # a ranking still ranks
        ("The band's new single took the top spot in the charts.", "quantity"),
        ("The bakery is the biggest employer in the town.", "quantity"),
    ],
)
def test_latest_is_no_ranking(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what is at hand is still to come
        ("The club is on the brink of signing the Brazilian defender.", "prediction"),
        ("The two firms are on the verge of a merger.", "prediction"),
        ("The economy is set for a strong recovery next year.", "prediction"),
        # but not in the past, nor a date still to be set
        (
            "The minister was on the verge of resigning when the report was published.",
            "other",
        ),
        ("A release date has yet to be set for the film.", "other"),
    ],
)
def test_plans_at_hand(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # catching up and closing a gap compare
        ("Rival supermarkets are catching up with the market leader.", "quantity"),
        ("The challenger is rapidly closing the gap on the champion.", "quantity"),
        # a compared likelihood is a rate, not a forecast
        ("Young voters are the least likely to turn out, the study found.", "quantity"),
        ("Women are more likely than men to use the service, the survey said.", "quantity"),
        # but a likelihood of an event still to come forecasts it
        (
            "The weak sales make it less likely that the bank will raise rates next month.",
            "prediction",
        ),
    ],
)
def test_comparisons_and_likelihoods(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a thing that lets or helps something happen causes it
        (
            "The new software has allowed small firms to cut their costs.",
            "correlation_or_causation",
        ),
        ("The tax break has helped small firms to survive.", "correlation_or_causation"),
        ("Cheap loans helped drive the boom in house building.", "correlation_or_causation"),
        # a person's leave or help is an act, a rule's leave a rule
        ("The manager allowed the striker to leave for a month.", "other"),
        ("The coach helped the players prepare for the final.", "other"),
        ("The new rules allow shops to open late on Thursdays.", "law_or_rule"),
        ("Players are allowed to wear earrings in training.", "law_or_rule"),
        # what a rule lets happen is no act to come, unless the rule itself is
        ("The council will allow shops to open late on Thursdays.", "prediction"),
    ],
)
def test_what_lets_something_happen(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a particle that gives a verb of change another sense
        ('"I grew up in Swansea supporting the club," the winger said.', "personal_experience"),
        ("The takeover fell through at the last minute.", "other"),
        ("The senator dropped out of the race on Monday.", "other"),
        # a change still
        ("House prices shot up after the new rail link opened.", "quantity"),
        ("The team rose up the table after the win.", "quantity"),
    ],
)
def test_verbs_of_change_with_another_sense(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a past done to the speaker, reported
        ("The cyclist said he was knocked off his bike by a van.", "personal_experience"),
        ("The actress said she was followed home by a photographer.", "personal_experience"),
        # what was said to them is what the sentence reports
        ("The senator said he was told by officials that the files were lost.", "other"),
    ],
)
def test_what_happened_to_the_speaker(sentence, kind):
    assert _types(sentence)[sentence] == kind
