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


SOURCES_STORY = (
    "Water bills to rise again\n\n"
    "The environment minister denied that bills would rise by more than 5% next year. "
    "The company's finance director, Joan Hart, told shareholders that profits fell by 12% "
    "in 2023. "
    "The firm has been accused by regulators of overcharging 40,000 households. "
    "The firm has also been accused by the Consumer Council for Water of overcharging 9,000 "
    "households. "
    "Retired engineer Tom Baker remembers that the reservoir ran dry in 1976. "
    "The Welsh runner repeated his success in Cardiff with a time of 28 minutes."
)


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "mention"),
    [
        # a role speaks: "the minister denied"
        (
            "The environment minister denied that bills would rise by more than 5% next year.",
            "unnamed",
            "environment minister",
            "The environment minister",
        ),
        # the name set beside the role is the claimer's name
        (
            "The company's finance director, Joan Hart, told shareholders that profits fell by "
            "12% in 2023.",
            "person",
            "Joan Hart",
            "The company's finance director",
        ),
        # a passive verb of speech: who accuses is the one after "by"
        (
            "The firm has been accused by regulators of overcharging 40,000 households.",
            "group",
            "regulators",
            "regulators",
        ),
        # a name without the word after it the entity took in ("... for Water of")
        (
            "The firm has also been accused by the Consumer Council for Water of overcharging "
            "9,000 households.",
            "organization",
            "Consumer Council for Water",
            "the Consumer Council for Water",
        ),
        # a verb of recalling takes a stance like "believe"
        (
            "Retired engineer Tom Baker remembers that the reservoir ran dry in 1976.",
            "person",
            "Tom Baker",
            "Retired engineer Tom Baker",
        ),
        # a verb of speech in another sense ("repeated his success") reports nothing
        (
            "The Welsh runner repeated his success in Cardiff with a time of 28 minutes.",
            "journalist",
            None,
            None,
        ),
    ],
)
def test_roles_names_beside_them_and_agents(sentence, kind, name, mention):
    out = claimx.extract(SOURCES_STORY, published="2024-03-04")
    by_text = {SOURCES_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (kind, name, mention)
    if mention:
        assert SOURCES_STORY[claimer["start"] : claimer["end"]] == mention


POLLS_STORY = (
    "Mayor faces tight race\n\n"
    "Overnight polling showed that the mayor won every district except the harbour. "
    "The challenger is gaining ground, with polls showing the mayor's lead had shrunk to 3 "
    "points. "
    "An average of recent polls shows the mayor ahead by 4 points."
)


@pytest.mark.parametrize(
    ("sentence", "name", "mention"),
    [
        # polling is a record a reader could check, like a poll
        (
            "Overnight polling showed that the mayor won every district except the harbour.",
            "Overnight polling",
            "Overnight polling",
        ),
        # "polls showing ...": the noun the participle describes shows it
        (
            "The challenger is gaining ground, with polls showing the mayor's lead had shrunk "
            "to 3 points.",
            "polls",
            "polls",
        ),
        # "an average of polls": the polls show it, the mention all of it
        (
            "An average of recent polls shows the mayor ahead by 4 points.",
            "average of recent polls",
            "An average of recent polls",
        ),
    ],
)
def test_polls_show(sentence, name, mention):
    out = claimx.extract(POLLS_STORY, published="2024-03-04")
    by_text = {POLLS_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == ("unnamed", name, mention)
    assert POLLS_STORY[claimer["start"] : claimer["end"]] == mention


NO_SOURCE_STORY = (
    "Ministers face revolt over housing plan\n\n"
    "Up to 40 Conservative MPs could vote against the housing bill next week. "
    "The central bank has raised its main interest rate to 4.5%. "
    "The retailer has released a new range of budget phones. "
    "The statistics office released figures showing unemployment fell to 4.1% in March. "
    "The union has pushed for a ban on zero-hours contracts. "
    "It took six hours before the council knew that the bridge would have to close. "
    "The housing minister will tell MPs that 300,000 homes a year will be built."
)


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a guess about the subject ("could"): the writer's, not the MPs'
        (
            "Up to 40 Conservative MPs could vote against the housing bill next week.",
            "journalist",
            None,
        ),
        # a deed with no clause or document: the subject acts, the story reports it
        ("The central bank has raised its main interest rate to 4.5%.", "journalist", None),
        ("The retailer has released a new range of budget phones.", "journalist", None),
        # the same verb with a document that shows something: its publisher is the source
        (
            "The statistics office released figures showing unemployment fell to 4.1% in March.",
            "organization",
            "statistics office",
        ),
        # a deed with a cause ("pushed for"): the subject's stance
        ("The union has pushed for a ban on zero-hours contracts.", "organization", "union"),
        # a stance in a clause of time ("before X knew") only dates the main event
        (
            "It took six hours before the council knew that the bridge would have to close.",
            "journalist",
            None,
        ),
        # "will tell MPs that ...": a speech announced, the speaker's
        (
            "The housing minister will tell MPs that 300,000 homes a year will be built.",
            "unnamed",
            "housing minister",
        ),
    ],
)
def test_acts_guesses_and_times_are_no_source(sentence, kind, name):
    out = claimx.extract(NO_SOURCE_STORY, published="2024-03-04")
    by_text = {NO_SOURCE_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["kind"], claimer["name"]) == (kind, name)


POLL_STORY = (
    "Tablets boom among older buyers\n\n"
    "Seven in 10 pensioners own a mobile phone, a new poll for the Herald suggests. "
    "And 64% of the 2,000 adults quizzed by Populus said the devices were too expensive. "
    "Some 58% said they would not buy one, while 71% said shops never gave clear advice. "
    "A survey by the Pew Internet and American Life Project found that most owners were men. "
    "A study by the Oxford Internet Institute found that tablets are now the device of "
    "choice for retired people. "
    "Of the 4 million pensioners who own tablets, 55% are women compared to 45% of men."
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a share of those asked says what the poll found
        (
            "And 64% of the 2,000 adults quizzed by Populus said the devices were too expensive.",
            "new poll for the Herald",
        ),
        # whoever the quotes step gives the words to
        (
            "Some 58% said they would not buy one, while 71% said shops never gave clear advice.",
            "new poll for the Herald",
        ),
        # a study's named author
        (
            "A study by the Oxford Internet Institute found that tablets are now the device of "
            "choice for retired people.",
            "Oxford Internet Institute",
        ),
        # all the author's words when a name is among them
        (
            "A survey by the Pew Internet and American Life Project found that most owners "
            "were men.",
            "Pew Internet and American Life Project",
        ),
        # shares of people with no source of their own, right after the study: its findings
        (
            "Of the 4 million pensioners who own tablets, 55% are women compared to 45% of men.",
            "Oxford Internet Institute",
        ),
    ],
)
def test_poll_and_study_findings_are_theirs(sentence, name):
    out = claimx.extract(POLL_STORY, published="2024-03-04")
    by_text = {POLL_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    assert (by_text[sentence]["name"], by_text[sentence]["kind"]) == (name, "organization")


CLAUSES_STORY = (
    "Mill closure hits town\n\n"
    "A council spokesman indicated that the mill had lost 2 million pounds last year. "
    "The owners laid out their concerns that the plant had lost 300 orders since January. "
    "Councillor Ruth Adams believes the site will reopen with 200 jobs by 2026. "
    "The company filed for bankruptcy in March, hoping to keep 150 jobs at its Leeds plant. "
    "Governor Mark Ellis is backing the rescue plan, but he is not predicting that more than "
    "100 jobs will be saved."
)


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "mention"),
    [
        # a verb of evidence whose subject is a person's role, not a thing
        (
            "A council spokesman indicated that the mill had lost 2 million pounds last year.",
            "unnamed",
            "council spokesman",
            "A council spokesman",
        ),
        # a view stated as the object of a verb, with its clause
        (
            "The owners laid out their concerns that the plant had lost 300 orders since January.",
            "group",
            "owners",
            "The owners",
        ),
        # a named person's belief about what is to come: hers (a hope would be no claim)
        (
            "Councillor Ruth Adams believes the site will reopen with 200 jobs by 2026.",
            "person",
            "Councillor Ruth Adams",
            "Councillor Ruth Adams",
        ),
        # the aim of a deed the story reports: the deed is the story's claim
        (
            "The company filed for bankruptcy in March, hoping to keep 150 jobs at its Leeds "
            "plant.",
            "journalist",
            None,
            None,
        ),
        # a pronoun source resolved as the quotes step resolves a speaker's: the named
        # subject above it, though no one was a claimer before
        (
            "Governor Mark Ellis is backing the rescue plan, but he is not predicting that more "
            "than 100 jobs will be saved.",
            "person",
            "Mark Ellis",
            "he",
        ),
    ],
)
def test_attribution_clauses(sentence, kind, name, mention):
    out = claimx.extract(CLAUSES_STORY, published="2024-03-04")
    by_text = {CLAUSES_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (kind, name, mention)
    if mention:
        assert CLAUSES_STORY[claimer["start"] : claimer["end"]] == mention


DOCUMENTS_STORY = (
    "Hospital waits grow\n\n"
    "Early vote data shows that turnout fell by 8% in the city. "
    "Figures from statistics agency Eurostat show that 4,000 patients waited more than a year. "
    "A survey conducted by Which Magazine has revealed that 30% of patients gave up. "
    "The union's statement that 400 nurses would lose their jobs came on Monday. "
    "Several teachers spoke about the 40 pupils who left the school in 2023."
)


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "mention"),
    [
        # "data" is a document though the lemmatizer reads "datum"
        (
            "Early vote data shows that turnout fell by 8% in the city.",
            "unnamed",
            "Early vote data",
            "Early vote data",
        ),
        # a document's author after "from", the name without the role before it
        (
            "Figures from statistics agency Eurostat show that 4,000 patients waited more than a "
            "year.",
            "organization",
            "Eurostat",
            "Figures",
        ),
        # an author after "conducted by"
        (
            "A survey conducted by Which Magazine has revealed that 30% of patients gave up.",
            "organization",
            "Which Magazine",
            "A survey",
        ),
        # a verb of speaking on a subject: its subject reports it
        (
            "Several teachers spoke about the 40 pupils who left the school in 2023.",
            "group",
            "Several teachers",
            "Several teachers",
        ),
        # the owner of a statement whose clause says much of the sentence, without its "'s"
        (
            "The union's statement that 400 nurses would lose their jobs came on Monday.",
            "organization",
            "union",
            "The union",
        ),
    ],
)
def test_documents_authors_and_statements(sentence, kind, name, mention):
    out = claimx.extract(DOCUMENTS_STORY, published="2024-03-04")
    by_text = {DOCUMENTS_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (kind, name, mention)
    assert DOCUMENTS_STORY[claimer["start"] : claimer["end"]] == mention


LABELS_STORY = (
    "Flu myths\n\n"
    "Myth: Cold weather kills the virus.\n\n"
    "Truth: The World Health Organization says the virus can spread in all climates, "
    "including 30 countries with hot weather."
)


def test_a_label_before_a_colon_is_no_source():
    """ "Truth: X says ...", parsed with two subjects: the one nearer the verb speaks."""
    out = claimx.extract(LABELS_STORY, published="2024-03-04")
    claimer = out["claims"][-1]["claimer"]
    assert (claimer["kind"], claimer["name"]) == ("organization", "World Health Organization")


def test_a_dateline_place_is_no_source():
    """A press release's dateline parsed as the subject: the firm named beside it announces."""
    from claimx.pipeline import load_pipeline
    from claimx.steps.claims import claimer, load_claim_rules

    doc = load_pipeline(None)(
        "DENVER, March 10, 2021 /PRNewswire/ -- Ford Motor Company (NYSE: F) today announced "
        "that its sales rose by 5 percent in 2020."
    )
    found = claimer.from_parse(doc[:], load_claim_rules().words, [])
    assert (found["kind"], found["name"], found["text"]) == (
        "organization",
        "Ford Motor Company",
        "Ford Motor Company",
    )


def test_people_of_a_phrase_with_surveyed_answer_for_the_poll():
    """ "Voters in most of the states surveyed in a poll think ...": those asked answer for
    the poll, though "surveyed" is not in the subject's own words."""
    story = (
        "Poll finds gloom\n\n"
        "Voters in most of the 12 states surveyed in an Ipsos poll think the economy is getting "
        "worse."
    )
    claimer = claimx.extract(story, published="2024-03-04")["claims"][-1]["claimer"]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (
        "organization",
        "Ipsos poll",
        "an Ipsos poll",
    )


SHARES_STORY = (
    "Tax plan unpopular\n\n"
    "A YouGov poll of 2,000 voters found that 60% opposed the new tax. "
    "A majority in nine regions said the tax was too high. "
    "The plan was backed by retired people, unlike the 45% who said it should be dropped."
)


@pytest.mark.parametrize(
    "sentence",
    [
        # "a majority" of those asked is a share, as "61%" is
        "A majority in nine regions said the tax was too high.",
        # "the 45% who said": the share through its relative pronoun
        "The plan was backed by retired people, unlike the 45% who said it should be dropped.",
    ],
)
def test_shares_of_those_asked_answer_for_the_poll(sentence):
    out = claimx.extract(SHARES_STORY, published="2024-03-04")
    by_text = {SHARES_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (
        "organization",
        "YouGov poll",
        "A YouGov poll",
    )


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a reporting or stance verb in a relative clause, with nothing said, sources nothing
        (
            "Former chairman John Reid, who often argued with the board, steps down on 3 March.",
            "journalist",
            None,
        ),
        (
            "Portugal, which first accepted the rescue offer, owes the fund about 2 billion euros.",
            "journalist",
            None,
        ),
        # with what was said, or a view as its object, it still does
        (
            "Ann Lee, who said last week the plant would close, resigned on Monday.",
            "person",
            "Ann Lee",
        ),
        (
            "The report was written by economist Tom Hale, who repeats the conclusion of his "
            "earlier paper that rates will fall.",
            "person",
            "Tom Hale",
        ),
    ],
)
def test_a_relative_clause_sources_only_what_it_says(sentence, kind, name):
    claimer = claimx.extract(sentence)["claims"][0]["claimer"]
    assert (claimer["kind"], claimer["name"]) == (kind, name)


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # "is tipped to", "is said to": what unnamed others say of the subject, who is
        # spoken of (the hedge is the mention)
        (
            "Finance chief Anna Reyes is tipped to announce the merger on Monday.",
            "unnamed",
            "is tipped",
        ),
        ("The Dutch bank is said to be planning 800 job cuts.", "unnamed", "is said"),
        # but what the subject is expected to say is the subject's
        (
            "Anna Reyes is expected to say that profits will double next year.",
            "person",
            "Anna Reyes",
        ),
    ],
)
def test_the_subject_of_hearsay_is_spoken_of(sentence, kind, name):
    claimer = claimx.extract(sentence)["claims"][0]["claimer"]
    assert (claimer["kind"], claimer["name"]) == (kind, name)


def test_repeating_a_feat_sources_nothing():
    """ "repeated their success" is a deed; "repeated the claim that ..." reports."""
    feat = "The two singers have repeated their success at the Brit Awards in February."
    assert claimx.extract(feat)["claims"][0]["claimer"]["kind"] == "journalist"
    claim = "The minister repeated the claim that burglaries had fallen."
    assert claimx.extract(claim)["claims"][0]["claimer"]["kind"] != "journalist"
