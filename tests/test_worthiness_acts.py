"""A public body's formal act is check-worthy whatever its story (claims/worthiness.py
`official_act`, models/claims/official.json): the story signals lower claims in business,
sport and arts stories, where a regulator's approval or a tribunal's ruling still matters."""

import pytest

import claimx
from claimx.steps.claims import load_claim_rules
from claimx.steps.claims.worthiness import official_act


def _flags(text: str) -> dict[str, bool]:
    return {c["text"]: c["checkworthy"] for c in claimx.extract(text)["claims"]}


def test_a_regulators_approval_in_a_business_story_is_checkworthy():
    story = "\n".join(
        [
            "Herbal arthritis pill wins approval",
            "",
            "The medicines regulator has approved the first tablet made from a mountain herb "
            "for patients with severe arthritis.",
            "Its maker's factory would be built near the port, the firm added.",
            "Doctors will be able to prescribe it from June.",
        ]
    )
    flags = _flags(story)
    assert (
        flags[
            "The medicines regulator has approved the first tablet made from a mountain herb "
            "for patients with severe arthritis."
        ]
        is True
    )
    assert flags["Its maker's factory would be built near the port, the firm added."] is False


def test_a_tribunals_ruling_in_a_sport_story_is_checkworthy():
    story = "\n".join(
        [
            "Sprinter wins appeal over missed tests",
            "",
            "A sports tribunal overturned the two-year ban on the sprinter on Tuesday, clearing "
            "her to run at the world championships.",
            "The court ruled that the testers had not given her enough notice of the visits.",
            "Her coach said she would be back on the track next week.",
        ]
    )
    flags = _flags(story)
    assert (
        flags[
            "A sports tribunal overturned the two-year ban on the sprinter on Tuesday, "
            "clearing her to run at the world championships."
        ]
        is True
    )
    assert (
        flags["The court ruled that the testers had not given her enough notice of the visits."]
        is True
    )


def test_an_arrest_and_a_charge_in_an_arts_story_are_checkworthy():
    story = "\n".join(
        [
            "Rapper held after festival brawl",
            "",
            "The rapper has been charged with assault after a fight broke out at a music "
            "festival on Saturday night.",
            "His manager was arrested at the scene and later released.",
            "The star's new album went straight to the top of the charts last month.",
            "His tour of 30 cities is due to start in the spring.",
        ]
    )
    flags = _flags(story)
    assert (
        flags[
            "The rapper has been charged with assault after a fight broke out at a music "
            "festival on Saturday night."
        ]
        is True
    )
    assert flags["His manager was arrested at the scene and later released."] is True
    assert flags["The star's new album went straight to the top of the charts last month."] is False


def test_a_decision_to_come_or_a_clubs_own_ban_is_not_raised():
    story = "\n".join(
        [
            "Club bans fan after pitch invasion",
            "",
            "The club banned the supporter from its ground for life after he ran onto the "
            "pitch during Saturday's derby.",
            "The league's board will decide next week whether to fine the club.",
            "The striker scored twice in the second half as the home side won 3-1.",
        ]
    )
    flags = _flags(story)
    assert (
        flags[
            "The club banned the supporter from its ground for life after he ran onto the "
            "pitch during Saturday's derby."
        ]
        is False
    )
    assert flags["The league's board will decide next week whether to fine the club."] is False


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("The ban was overturned by an appeal court in March.", True),
        ("Ministers rejected the bid and ordered a fresh inquiry.", True),
        ("The former mayor was jailed for six years in 2003.", True),
        ("A three-judge panel ruled that the law was unfair.", True),
        ("The regulator is expected to approve the merger next month.", False),
        ("The contest will come only when the prime minister decides to go.", False),
        ("The company rejected the offer from its rival.", False),
        ("The singer was arrested at his home in the early hours of Sunday.", True),
        ("Two men have been charged with assault after the fight outside the club.", True),
        ("Customers were charged a fee of five pounds for each late payment.", False),
        ("Drivers are charged £12 a day to enter the centre.", False),
        ("The driver was charged with stealing a car from a petrol station.", True),
        ("The government scrapped the grant scheme for first-time buyers last year.", True),
        ("The energy ministry awarded the drilling contract to a consortium of three firms.", True),
        ("Parliament abolished the death penalty in 1965.", True),
        ("The label awarded the band a bonus after the tour.", False),
    ],
)
def test_an_official_act_is_done_by_a_public_body(base_nlp, sentence, act):
    doc = base_nlp(sentence)
    assert official_act(doc[:], load_claim_rules().words) is act
