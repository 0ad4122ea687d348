"""Who makes a claim: a reporting or stance verb used of a deed says nothing, so its subject
is no source ("posted a profit", "sought to halt the sale", "did not comment"); the same
verbs with what is stated (a clause, a demand, a pledge, a pronoun for the words) do, as
does a verb of speech or of taking a side with an object ("endorsed the bill"). A plural
subject naming things ("exports") is no source."""

import pytest

import claimx

STORY = (
    "Carmaker returns to profit\n\n"
    "Norland Motors posted a profit of $1.2bn in 2023, up 8% from a year earlier. "
    "Norland Motors sought to halt the sale of its Swedish plant through the courts in May. "
    "The Swedish unit decided last year to stop building vans at the plant in Malmo. "
    "Fenwick Steel did not comment on reports that 400 jobs would go at its Leeds plant. "
    "The midfielder added a second goal in the 70th minute to seal a 2-0 win. "
    "Norland Motors Ltd said its sales in China rose 11% to 410,000 cars. "
    "Finance Minister Ana Ruiz challenged the banks to cut their fees by 20% before April. "
    "The Green Party pledged 5,000 more police officers by 2026. "
    "The health agency has argued this since 2019 in 12 reports.\n\n"
    "Exports declined by 4% to £31bn in the second quarter. "
    "Manufacturers fear that orders will fall by 10% this year. "
    "Senator Jo Marsh endorsed the bill, which would cut fees by 15%. "
    "The Kestrel Group agreed to buy rival Wren for $2bn in May. "
    "Ms Jo Marsh has claimed to be the first senator to back a 15% cut."
)


@pytest.fixture(scope="module")
def claimers() -> dict:
    out = claimx.extract(STORY, published="2024-03-04")
    return {STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a plain object: the firm did something, the story reports it
        (
            "Norland Motors posted a profit of $1.2bn in 2023, up 8% from a year earlier.",
            "journalist",
            None,
        ),
        # an act as the infinitive of a stance verb
        (
            "Norland Motors sought to halt the sale of its Swedish plant through the courts in "
            "May.",
            "journalist",
            None,
        ),
        (
            "The Swedish unit decided last year to stop building vans at the plant in Malmo.",
            "journalist",
            None,
        ),
        # a denied statement states nothing
        (
            "Fenwick Steel did not comment on reports that 400 jobs would go at its Leeds plant.",
            "journalist",
            None,
        ),
        # a speech verb taking a thing: a deed in a match
        (
            "The midfielder added a second goal in the 70th minute to seal a 2-0 win.",
            "journalist",
            None,
        ),
        # the same subjects with what is stated
        (
            "Norland Motors Ltd said its sales in China rose 11% to 410,000 cars.",
            "organization",
            "Norland Motors Ltd",
        ),
        (
            "Finance Minister Ana Ruiz challenged the banks to cut their fees by 20% before April.",
            "person",
            "Ana Ruiz",
        ),
        (
            "The Green Party pledged 5,000 more police officers by 2026.",
            "organization",
            "Green Party",
        ),
        (
            "The health agency has argued this since 2019 in 12 reports.",
            "organization",
            "health agency",
        ),
        # a plural naming things makes no statement ("exports declined"); one naming people can
        ("Exports declined by 4% to £31bn in the second quarter.", "journalist", None),
        (
            "Manufacturers fear that orders will fall by 10% this year.",
            "group",
            "Manufacturers",
        ),
        # taking a side on an object is a stance made public; agreeing to buy is a deal
        (
            "Senator Jo Marsh endorsed the bill, which would cut fees by 15%.",
            "person",
            "Jo Marsh",
        ),
        ("The Kestrel Group agreed to buy rival Wren for $2bn in May.", "journalist", None),
        # "claimed to be" still speaks
        (
            "Ms Jo Marsh has claimed to be the first senator to back a 15% cut.",
            "person",
            "Ms Jo Marsh",
        ),
    ],
)
def test_deeds_are_the_story_s_own(claimers, sentence, kind, name):
    assert (claimers[sentence]["kind"], claimers[sentence]["name"]) == (kind, name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # "against" after an object compares the deed's figure, it takes up no cause
        (
            "Harlow Insurance posted a $676m loss for the last quarter, against a $375m "
            "profit a year before.",
            None,
        ),
        # with no object "against" is the cause taken up: the union's stance
        (
            "The Harlow union campaigned against the closure of the depot for months.",
            "Harlow union",
        ),
    ],
)
def test_for_or_against_with_an_object_takes_up_no_cause(sentence, name):
    claims = claimx.extract(sentence, published="2024-03-04")["claims"]
    assert [c["claimer"]["name"] for c in claims] == [name]
