"""Who makes a claim: a run of figures after a body's statement goes on as the body's, not
past a new paragraph, a named actor or a plan; a document a body owns is the body's; what
"is thought" or "is believed" is unnamed others'."""

import pytest

import claimx

STORY = (
    "Hiring slows in spring\n\n"
    "Employers added 120,000 jobs in May, the Labour Department said. "
    "The jobless rate rose to 4.1%, up from 3.9% in April. "
    "Average hourly pay grew by 2.8% over the year. "
    "Northline's shares rose 2% on the day. "
    "Acme Steel cut 2,000 jobs in the same month.\n\n"
    "Factory orders fell 1.5% in May.\n\n"
    "Brightway plans to open 40 stores in Ohio next year. "
    "Retail sales rose 4% in the first quarter.\n\n"
    "The Bank of England's quarterly survey shows that lending to small firms fell by 6% in "
    "2023. "
    "The Treasury's latest review found that tax receipts rose by 3% last year.\n\n"
    "The bank is thought to be planning 3,000 job cuts. "
    "Meanwhile, the rebels are widely believed to have seized the airport on Monday. "
    "The port was seized by the rebels on Tuesday."
)


@pytest.fixture(scope="module")
def claims() -> dict:
    out = claimx.extract(STORY, published="2024-06-07")
    return {STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # the department's figures, and the two that follow them in its paragraph
        (
            "Employers added 120,000 jobs in May, the Labour Department said.",
            "organization",
            "Labour Department",
        ),
        (
            "The jobless rate rose to 4.1%, up from 3.9% in April.",
            "organization",
            "Labour Department",
        ),
        ("Average hourly pay grew by 2.8% over the year.", "organization", "Labour Department"),
        # a named firm's deed: the story narrating, not the department
        # what a named firm has is the story's narration, not the department's figure
        ("Northline's shares rose 2% on the day.", "journalist", None),
        ("Acme Steel cut 2,000 jobs in the same month.", "journalist", None),
        # a new paragraph names no source
        ("Factory orders fell 1.5% in May.", "journalist", None),
        # a plan is no statement of figures to go on with
        ("Retail sales rose 4% in the first quarter.", "journalist", None),
        # a document a body owns is the body's
        (
            "The Bank of England's quarterly survey shows that lending to small firms fell by 6% "
            "in 2023.",
            "organization",
            "Bank of England",
        ),
        (
            "The Treasury's latest review found that tax receipts rose by 3% last year.",
            "organization",
            "Treasury",
        ),
        # said or thought of the subject by others, unnamed: the hedge is the mention
        ("The bank is thought to be planning 3,000 job cuts.", "unnamed", "is thought"),
        (
            "Meanwhile, the rebels are widely believed to have seized the airport on Monday.",
            "unnamed",
            "are widely believed",
        ),
        # a passive with its agent: the story reports the deed
        ("The port was seized by the rebels on Tuesday.", "journalist", None),
    ],
)
def test_claimer(claims, sentence, kind, name):
    assert (claims[sentence]["kind"], claims[sentence]["name"]) == (kind, name)


def test_carried_claimer_keeps_the_mention_but_no_quote(claims):
    """The source is where the story named it; the sentence is no part of its quote."""
    carried = claims["Average hourly pay grew by 2.8% over the year."]
    assert STORY[carried["start"] : carried["end"]] == "the Labour Department"
    assert (carried["quote"], carried["direct"]) == (None, None)


ENDED = (
    "Grocer lifts profits\n\n"
    "Harvest Foods Ltd said its annual profit rose 12% to £410m in 2023. "
    "Sales grew 4% to £9.2bn over the year. "
    "Shares fell 2% to 214 pence in early trading. "
    "The government pays £150 a year towards the firm's training scheme. "
    "The sector's league table was published on Friday and ranks 40 grocers. "
    "The previous leader, Northfield Stores, made £390m.\n\n"
    "The Fiscal Studies Institute said in its report that the reform was affordable. "
    "Reform could lift incomes for the poorest tenth of households. "
    "Shoppers may notice the new labels in stores."
)


@pytest.fixture(scope="module")
def ended() -> dict:
    out = claimx.extract(ENDED, published="2024-06-07")
    return {ENDED[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the firm's results go on with it
        ("Sales grew 4% to £9.2bn over the year.", "organization"),
        # market prices are the story's own reporting, not the firm's statement
        ("Shares fell 2% to 214 pence in early trading.", "journalist"),
        # a body named by its common noun does something: the story narrates it
        ("The government pays £150 a year towards the firm's training scheme.", "journalist"),
        # a statement of its own, someone else's, ends the run
        (
            "The sector's league table was published on Friday and ranks 40 grocers.",
            "journalist",
        ),
        # a subject a name stands beside is a named actor
        ("The previous leader, Northfield Stores, made £390m.", "journalist"),
        # what could come, right after a body's statement, is its forecast; "may" narrates
        ("Reform could lift incomes for the poorest tenth of households.", "organization"),
        ("Shoppers may notice the new labels in stores.", "journalist"),
    ],
)
def test_what_ends_a_carried_run(ended, sentence, kind):
    assert ended[sentence]["kind"] == kind


@pytest.mark.parametrize(
    ("story", "name", "kind"),
    [
        # the headline sums up the lead, whose source makes both
        (
            "Junk e-mail on relentless rise\n\n"
            "Spam traffic rose by 40% in January, according to e-mail security firm Mailwall.",
            "Mailwall",
            "organization",
        ),
        # the lead names in full the source the headline names by surname
        (
            "Hartley denies rift over budget\n\n"
            "Ruth Hartley has denied that ministers are split over the budget.",
            "Ruth Hartley",
            "person",
        ),
        # a lead the story states itself leaves the headline its own
        (
            "Council to close three libraries\n\n"
            "Three libraries in the town will close in March to save £400,000 a year.",
            None,
            "journalist",
        ),
    ],
)
def test_a_headline_takes_its_lead_s_source(story, name, kind):
    out = claimx.extract(story, published="2024-02-10")
    headline = out["claims"][0]
    assert (headline["sentence"], headline["claimer"]["name"], headline["claimer"]["kind"]) == (
        0,
        name,
        kind,
    )


LEAD_IN = (
    "Rail fares to rise\n\n"
    "Rail fares will rise by 4% in January, Network Rail said in a statement on Monday:\n\n"
    "The increase is needed to fund repairs to 300 bridges. "
    "Season tickets will cost £120 more on average.\n\n"
    "Bus fares rose by 2% last year.\n\n"
    "Anna Price, the council's transport chief, said:\n\n"
    "- Fares for children will be frozen until 2026.\n\n"
    "- Ten new stations will open by 2027.\n\n"
    "Passenger numbers fell by 3% in 2023."
)


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # the paragraph after a lead-in ending with a colon is what its source said
        ("The increase is needed to fund repairs to 300 bridges.", "organization", "Network Rail"),
        ("Season tickets will cost £120 more on average.", "organization", "Network Rail"),
        # the paragraph after that is the story's again
        ("Bus fares rose by 2% last year.", "journalist", None),
        # each item of a list a lead-in opens, and not the paragraph after the list
        ("Fares for children will be frozen until 2026.", "person", "Anna Price"),
        ("Ten new stations will open by 2027.", "person", "Anna Price"),
        ("Passenger numbers fell by 3% in 2023.", "journalist", None),
    ],
)
def test_a_lead_in_with_a_colon_opens_what_its_source_said(sentence, kind, name):
    out = claimx.extract(LEAD_IN, published="2024-03-04")
    claimer = next(c["claimer"] for c in out["claims"] if c["text"].endswith(sentence))
    assert (claimer["kind"], claimer["name"]) == (kind, name)


GOES_ON = (
    "Steel orders climb\n\n"
    "Orders for British steel rose in April, the British Steel Federation said. "
    "Demand from carmakers is growing steadily. "
    "However, March's reading was the weakest for nine years.\n\n"
    "The Harbour Trust said it planned to turn the old dockyard into homes. "
    "The project would also create a public park beside the river. "
    "The first homes will go on sale next spring.\n\n"
    "The Green Party pledged to scrap the road tax. "
    "It would also freeze rail fares for a decade. "
    "It could take years to pass the law.\n\n"
    "Demand for copper is growing too."
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a trend or a record, without a figure, goes on with the body's figures
        ("Demand from carmakers is growing steadily.", "British Steel Federation"),
        # a month that owns the reading is no actor of its own
        ("However, March's reading was the weakest for nine years.", "British Steel Federation"),
        # what would or will come, right after a body's statement, is its plan
        ("The project would also create a public park beside the river.", "Harbour Trust"),
        ("The first homes will go on sale next spring.", "Harbour Trust"),
        # "it" also doing what would come adds to the body's pledge; "it could take" does not
        ("It would also freeze rail fares for a decade.", "Green Party"),
        ("It could take years to pass the law.", None),
        # a new paragraph is the story's own
        ("Demand for copper is growing too.", None),
    ],
)
def test_a_body_s_account_goes_on(sentence, name):
    out = claimx.extract(GOES_ON, published="2024-05-20")
    claimer = next(c["claimer"] for c in out["claims"] if c["text"].endswith(sentence))
    assert claimer["name"] == name
