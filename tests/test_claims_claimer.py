"""Who makes each claim: subjects of stance verbs, portions ("many of ..."), clauses
that report nothing, and passive subjects that are spoken of, not speaking."""

import pytest

import claimx

STORY = (
    "Council approves new bus lanes\n\n"
    "Many of the city's shopkeepers think the lanes will cost them trade. "
    "Councillor Mary Cole plans to vote against the scheme next month. "
    "Thousands of residents and several local charities are backing the plan. "
    "A driver has been charged after a crash on the ring road injured four people. "
    "The delays mean drivers are spending 20 minutes longer in traffic each day. "
    "Mayor Dan Price, the council leader, on Monday called the lanes a 12 million pound "
    "investment in clean air."
)


@pytest.fixture(scope="module")
def claims() -> dict:
    out = claimx.extract(STORY, published="2024-03-04")
    return {STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "mention"),
    [
        # "many of X think": the source is the group, the mention all of it
        (
            "Many of the city's shopkeepers think the lanes will cost them trade.",
            "group",
            "Many of the city's shopkeepers",
            "Many of the city's shopkeepers",
        ),
        # a stance verb's named subject
        (
            "Councillor Mary Cole plans to vote against the scheme next month.",
            "person",
            "Mary Cole",
            "Councillor Mary Cole",
        ),
        # the subject of a passive reporting verb is spoken of: the story asserts it
        (
            "A driver has been charged after a crash on the ring road injured four people.",
            "journalist",
            None,
            None,
        ),
        # a verb in a clause of "mean" reports nothing
        (
            "The delays mean drivers are spending 20 minutes longer in traffic each day.",
            "journalist",
            None,
            None,
        ),
        # "X, the council leader, on Monday called ..." parsed as X's relative clause
        (
            "Mayor Dan Price, the council leader, on Monday called the lanes a 12 million pound "
            "investment in clean air.",
            "person",
            "Dan Price",
            "Mayor Dan Price",
        ),
    ],
)
def test_claimer_of_each_phrasing(claims, sentence, kind, name, mention):
    claimer = claims[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (kind, name, mention)
    if mention:
        assert STORY[claimer["start"] : claimer["end"]] == mention


SURVEY_STORY = (
    "Shoppers braced for dearer food\n\n"
    "A YouGov survey of 2,000 adults found that 61% of people back the new tax on sugary "
    "drinks. Most respondents said they expected food prices to rise next year. The survey "
    "also found that younger voters were more optimistic than their parents.\n\n"
    "According to the Institute for Fiscal Studies' report, 3 million households will pay "
    "more. The report added that the poorest families would lose most."
)


@pytest.mark.parametrize(
    ("sentence", "name", "mention"),
    [
        # those surveyed answer for the survey: its name, its mention where it was named
        (
            "Most respondents said they expected food prices to rise next year.",
            "YouGov survey",
            "A YouGov survey",
        ),
        # "the survey", "the report": the one named before, the mention as written here
        (
            "The survey also found that younger voters were more optimistic than their parents.",
            "YouGov survey",
            "The survey",
        ),
        (
            "The report added that the poorest families would lose most.",
            "Institute for Fiscal Studies",
            "The report",
        ),
    ],
)
def test_surveys_and_reports_are_the_ones_named_before(sentence, name, mention):
    out = claimx.extract(SURVEY_STORY, published="2024-03-04")
    by_text = {SURVEY_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["name"], claimer["text"], claimer["kind"]) == (name, mention, "organization")
    assert SURVEY_STORY[claimer["start"] : claimer["end"]] == mention
