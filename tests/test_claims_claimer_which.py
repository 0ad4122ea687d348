"""Who makes a claim: a speaker named only to say which one ("sued by a stylist who claimed
...", a relative clause with no comma) or a reflexive pronoun ("found himself struggling to
explain") is no source, the story reports what was done; a document's author named before it
("Home Office figures") or after it under a name the model calls a nationality ("analysis by
Symantec") is the source, and a run of figures after it goes on with it."""

import pytest

import claimx

STORY = (
    "Singer sued over assault\n\n"
    "The singer has been sued for $5m by a stylist who claimed he assaulted her in 2019. "
    "The suit follows a case in which the singer sued a fan who claimed he owed her $20,000. "
    "Web users are being told to avoid a fake charity site that claims to collect money for "
    "flood victims.\n\n"
    "The minister found himself struggling to explain how a smaller rise in spending was a "
    "cut.\n\n"
    "The plan was criticised by the mayor, who said it would cost 400 jobs.\n\n"
    "Spam rose by 40% last month, according to analysis by Symantec. "
    "Phishing e-mails have declined by 20% since May.\n\n"
    "The number of burglaries has fallen by 12%, according to Home Office figures. "
    "Car thefts are also down 8% on last year."
)


@pytest.fixture(scope="module")
def claims() -> dict:
    out = claimx.extract(STORY, published="2024-03-04")
    return {STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a relative clause with no comma says which one: the suit is the story's to report
        (
            "The singer has been sued for $5m by a stylist who claimed he assaulted her in 2019.",
            "journalist",
            None,
        ),
        (
            "The suit follows a case in which the singer sued a fan who claimed he owed her "
            "$20,000.",
            "journalist",
            None,
        ),
        (
            "Web users are being told to avoid a fake charity site that claims to collect money "
            "for flood victims.",
            "journalist",
            None,
        ),
        # a reflexive pronoun is what he was at, not what he said
        (
            "The minister found himself struggling to explain how a smaller rise in spending "
            "was a cut.",
            "journalist",
            None,
        ),
        # after a comma the clause reports what the mayor said
        (
            "The plan was criticised by the mayor, who said it would cost 400 jobs.",
            "unnamed",
            "mayor",
        ),
        # the author of a document, named after it or before it, and the figures after it
        (
            "Spam rose by 40% last month, according to analysis by Symantec.",
            "organization",
            "Symantec",
        ),
        ("Phishing e-mails have declined by 20% since May.", "organization", "Symantec"),
        (
            "The number of burglaries has fallen by 12%, according to Home Office figures.",
            "organization",
            "Home Office",
        ),
        ("Car thefts are also down 8% on last year.", "organization", "Home Office"),
    ],
)
def test_which_speaker_and_which_author(claims, sentence, kind, name):
    assert (claims[sentence]["kind"], claims[sentence]["name"]) == (kind, name)


def test_a_relative_clause_with_no_comma_on_the_subject_sources_nothing():
    """ "A woman who said she was attacked has lost her case": the ruling, not her words."""
    sentence = "A woman who said she was attacked by the band's guitarist has lost her case."
    assert claimx.extract(sentence)["claims"][0]["claimer"]["kind"] == "journalist"


PLANS = (
    "Students to be allowed to sit on councils\n\n"
    "Students will be able to sit on councils from the age of 16 under plans unveiled by "
    "ministers on Monday.\n\n"
    "Some 9,000 council jobs would go under the Green Party's proposals.\n\n"
    "Drivers caught twice would lose their licence under government plans.\n\n"
    "Bus fares rose by 5% under the old rules."
)


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # what a plan would do is its author's claim, and the headline's that sums it up
        ("Students to be allowed to sit on councils", "group", "ministers"),
        (
            "Students will be able to sit on councils from the age of 16 under plans unveiled "
            "by ministers on Monday.",
            "group",
            "ministers",
        ),
        (
            "Some 9,000 council jobs would go under the Green Party's proposals.",
            "organization",
            "Green Party",
        ),
        (
            "Drivers caught twice would lose their licence under government plans.",
            "organization",
            "government",
        ),
        # rules are no one's plan: the story reports what happened under them
        ("Bus fares rose by 5% under the old rules.", "journalist", None),
    ],
)
def test_a_plan_is_its_authors(sentence, kind, name):
    out = claimx.extract(PLANS, published="2024-03-04")
    claimer = {PLANS[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}[sentence]
    assert (claimer["kind"], claimer["name"]) == (kind, name)


def test_a_thing_a_quoted_phrase_is_said_of_is_no_speaker():
    """ "the new virus was "man-made"": the phrase is said of the virus, which says nothing,
    so the virus is not the claimer the quote gives (the episodes only "claim", a thing too)."""
    story = (
        "Myths about the flu\n\n"
        "Flu myths spread fast online. A radio host also waded into the debate. "
        "Multiple episodes of his show address these theories and claim there is evidence that "
        '"proves" the new virus was "man-made."'
    )
    out = claimx.extract(story, published="2024-03-04")
    claim = next(c for c in out["claims"] if c["text"].startswith("Multiple episodes"))
    assert claim["claimer"]["kind"] == "journalist"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # "she" is never the man named before: an unresolved pronoun stays as written
        ("She found that 40% of the staff had left.", "She"),
        # "It" after "the Office for National Statistics' figures" is the office
        (
            "It also found that 200,000 more people were out of work for over a year.",
            "Office for National Statistics",
        ),
    ],
)
def test_a_pronoun_source_of_the_right_gender_and_name(sentence, name):
    story = (
        "Jobless figures rise\n\n"
        "Andrew Hale won the seat in Leeds in 2019. "
        "He has promised to vote against the budget next month. "
        "She found that 40% of the staff had left.\n\n"
        "According to the Office for National Statistics' figures, unemployment rose to 5.1% "
        "in June. "
        "It also found that 200,000 more people were out of work for over a year."
    )
    out = claimx.extract(story, published="2024-03-04")
    claimer = next(c["claimer"] for c in out["claims"] if c["text"] == sentence)
    assert claimer["name"] == name
