"""Full Fact's claim types and which sentences are claims, one phenomenon a test; every
sentence here was written for these tests."""

import pytest

import claimx


def _types(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    ("text", "sentence", "kind"),
    [
        # a change named below a preposition is the thing caused, not a value asserted
        (
            "Shipping costs and a weaker pound were blamed for the fall.",
            "Shipping costs and a weaker pound were blamed for the fall.",
            "correlation_or_causation",
        ),
        # a participle modifying a noun asserts no change
        (
            "The bakery chain is struggling with rising flour prices.",
            "The bakery chain is struggling with rising flour prices.",
            "other",
        ),
        # a change verb still asserts one
        (
            "Bus ticket sales fell sharply in Glasgow.",
            "Bus ticket sales fell sharply in Glasgow.",
            "quantity",
        ),
        # a noun of change acting on an object: a cause
        (
            "The recent rise in interest rates has hurt small builders.",
            "The recent rise in interest rates has hurt small builders.",
            "correlation_or_causation",
        ),
        (
            "The closure of the plant provoked anger among residents.",
            "The closure of the plant provoked anger among residents.",
            "correlation_or_causation",
        ),
        # a comparison with "than" is a quantity
        (
            "Online orders were higher than a year earlier, the retailer said.",
            "Online orders were higher than a year earlier, the retailer said.",
            "quantity",
        ),
        # a superlative with a period ranks: no judgement
        (
            "The harvest was the strongest for nine years.",
            "The harvest was the strongest for nine years.",
            "quantity",
        ),
        # a count reached under a possessive; a birthday only dates
        (
            "The goalkeeper will win his 60th cap against Norway on Saturday.",
            "The goalkeeper will win his 60th cap against Norway on Saturday.",
            "quantity",
        ),
        # a superlative naming a group ranks nothing: the manifesto is a policy
        (
            "The party published a manifesto with a levy on the richest.",
            "The party published a manifesto with a levy on the richest.",
            "law_or_rule",
        ),
        # a prize's name is no ranking
        (
            "The drama won the best TV series award in London on Sunday.",
            "The drama won the best TV series award in London on Sunday.",
            "other",
        ),
        ("The film was named best documentary.", "The film was named best documentary.", "other"),
        (
            "The Welsh actor took best supporting actor for the thriller.",
            "The Welsh actor took best supporting actor for the thriller.",
            "other",
        ),
        # a change of standing is no value
        (
            "The singer rose to fame with a 1998 hit single.",
            "The singer rose to fame with a 1998 hit single.",
            "other",
        ),
        # a measure in figures is a value
        (
            "The broadband line in the village runs at 40mbps.",
            "The broadband line in the village runs at 40mbps.",
            "quantity",
        ),
        # "act" is a band or a deed, not a law
        (
            "The festival booked three rap acts from Detroit.",
            "The festival booked three rap acts from Detroit.",
            "other",
        ),
        # "I think X will ..." forecasts
        (
            '"I think the new stadium will be finished by August," the chairman said.',
            '"I think the new stadium will be finished by August," the chairman said.',
            "prediction",
        ),
        (
            "The trawler owner is unlikely to appeal against the fine.",
            "The trawler owner is unlikely to appeal against the fine.",
            "prediction",
        ),
        # reported: a past done to the speaker's pronoun
        (
            "The winger revealed how the coach persuaded him to stay at the club.",
            "The winger revealed how the coach persuaded him to stay at the club.",
            "personal_experience",
        ),
    ],
)
def test_type(text, sentence, kind):
    assert _types(text)[sentence] == kind


def test_a_verbless_headline_is_a_claim():
    story = "Mayor's new transport adviser\n\nThe mayor has appointed a former rail executive.\n"
    assert _types(story)["Mayor's new transport adviser"] == "other"


@pytest.mark.parametrize(
    "headline",
    [
        "Call for inquiry into ferry fares",
        "Profile: Dame Edith Carter",
        "Coach angry over penalty",
        "Keeper uncertain over future",
    ],
)
def test_a_headline_of_a_call_a_feature_or_a_feeling_is_no_claim(headline):
    story = f"{headline}\n\nThe ferry company raised its fares in March.\n"
    assert headline not in _types(story)


@pytest.mark.parametrize(
    "sentence",
    [
        # an opinion in a clause spliced on with a comma, or joined with "and"
        '"It is vital to win at home, every player in the squad knows that."',
        '"He is a clever defender and I think he is happy at the club."',
        # how things seem, no fact
        '"It looked like the visitors were tired after the break," the coach said.',
        # a wish in a joined first-person clause
        '"Anything can happen in a cup tie, but I am hoping to start on Saturday."',
        # how the speaker was: a state, no event
        '"We were never arrogant about our chances," the captain said.',
        # a feeling reported
        "The coach admitted he was surprised that the striker had stayed.",
        "The manager said he had been impressed by the young winger so far this season.",
        # what something did to a person's mind, even with a figure in the aim
        "The keeper says the cup run has made him realise he can play at this level.",
        "The defender says relegation has made him determined to win promotion in 2006.",
        # a judgement reported with "see ... as"
        "The senior players see the new contract as important.",
    ],
)
def test_opinions_states_and_feelings_are_no_claims(sentence):
    assert sentence not in _types(sentence)


def test_a_capacity_is_a_claim():
    sentence = "We are able to deliver parcels on Sundays across Wales."
    assert _types(sentence)[sentence] == "other"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "if you look at ..." asks the listener to look; it sets no condition
        ("If you look at the figures, unemployment is down by 3%.", "quantity"),
        # a first-person state with a ranking is a fact, not how the speaker felt
        ("We are energy independent for the first time.", "other"),
        # what something made a person do is a fact
        ("The injury has made him miss six games this season.", "quantity"),
    ],
)
def test_asides_and_ranked_states_stay_claims(sentence, kind):
    assert _types(sentence) == {sentence: kind}


def test_the_speakers_own_thing_undergoing_a_past_act_is_personal_experience():
    """ "lost my records": an experience of the speaker's, not a view, though the quote names
    nothing a record holds."""
    sentence = '"The hospital lost my records," the patient said.'
    assert _types(sentence) == {sentence: "personal_experience"}


def test_a_reporting_verb_with_nothing_reported_tells_no_experience():
    """ "He has claimed credit": the claiming is the act, there is no reported clause whose
    "he" could be the speaker's own past (the test compared tokens by identity, always false
    for two reads of a Span's root)."""
    sentence = "He has claimed credit for the revival of the club, which was close to collapse."
    assert _types(sentence) == {sentence: "other"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The teachers' union has criticised the government's plans for school funding.",
        "Council leader Ann Price hit out at the decision to close the depot.",
        "The conductor was praised by critics for his bold reading of the symphony.",
    ],
)
def test_a_report_of_criticism_or_praise_is_no_claim(sentence):
    assert sentence not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # with a figure it asserts a value
        (
            "The union criticised the plan, saying 3,000 jobs would go at the plant.",
            "quantity",
        ),
        # "slammed" as a physical act
        ("The winger slammed the ball into the net in the 80th minute.", "other"),
    ],
)
def test_criticism_with_a_figure_or_a_physical_slam_stays_a_claim(sentence, kind):
    assert _types(sentence).get(sentence) == kind


@pytest.mark.parametrize(
    "headline",
    ["Council to close three libraries", "Union to hold strike ballot over pay"],
)
def test_a_headlines_infinitive_is_a_prediction(headline):
    body = "The decision was announced on Tuesday."
    assert _types(f"{headline}\n\n{body}")[headline] == "prediction"
    # the same words in the body, after a full stop, are no headline's future
    assert _types(f"{body} {headline}.")[f"{headline}."] == "other"


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a predicate in the speaker's quoted words characterises: a view
        ('The union leader said the new rota was "deeply unfair".', False),
        ('The mayor told local radio the bypass plan was "a vanity project".', False),
        # with a date in the clause, or an event done by someone, it stays a claim
        ('The inspector said the bridge was "unsafe" in March 2019.', True),
        ('The statue will be "unveiled" by the Princess Royal.', True),
    ],
)
def test_a_quoted_characterisation_is_a_view(sentence, claim):
    assert (sentence in _types(sentence)) is claim


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a law word as the object of an act still to come, even in a relative clause
        (
            "The premier was answering a question from opposition leader Tom Reed, who said "
            "Labour would raise taxes after the election.",
            "prediction",
        ),
        # what a rule holds stays a rule
        ("Under the treaty, member states must publish their budgets.", "law_or_rule"),
    ],
)
def test_a_law_word_in_a_future_act_is_a_prediction(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a present tense fixed to a day is a timetable
        ("The top seed plays Maria Lopez in the second round on Tuesday.", "prediction"),
        ("The new law comes into force on 1 April.", "prediction"),
        # a measure naming which race is no value
        ("Tom Barr contests the men's 12km race on 20 March.", "prediction"),
        # a habit, a past in a clause, a year: no timetable
        ("The shop opens at 9am on Sundays.", "other"),
        ("Police say the attack happened on Tuesday.", "other"),
        ("Past winners of the prize include Ann Cole in 2002.", "other"),
        # a measure that is a value stays one
        ("A 6km tailback formed on the motorway.", "quantity"),
    ],
)
def test_a_timetable_is_a_prediction(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a count in words of what someone won or was nominated for is asserted
        ("The drama was nominated for three Baftas.", "quantity"),
        ("The striker has scored nine league goals.", "quantity"),
        # a count in words of what a verb acts on
        ("The coach has made four changes to the side that lost in Rome.", "quantity"),
        ("The regulator approved seven new licences last week.", "quantity"),
        # the count of those who did it says who
        ("Three agencies downgraded the bank's rating.", "other"),
        # and so does a count of those a verb moved to act
        ("The strike led three airlines to cancel flights to the island.", "other"),
        (
            "The scandal has prompted two lenders to withdraw from the deal.",
            "correlation_or_causation",
        ),
        # a finishing place is a ranking; a first is not
        ("The Kenyan finished seventh in last year's Olympic final.", "quantity"),
        ("She was fourth in Berlin in 2003 in her first marathon.", "quantity"),
        ("He was first to cross the line in Berlin.", "other"),
        # a count that only says who, and a first, are not
        ("The documentary tells the story of two sisters.", "other"),
        ("She was the first woman to win two titles at the club.", "other"),
    ],
)
def test_a_count_of_wins_is_a_quantity(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a result with a score is a value (CLAIMS_GUIDELINES.md)
        ("Harriers beat Vale 24-18 in the cup final.", "quantity"),
        ("Vale 20-20 Harriers", "quantity"),
        # days of a month are no score
        ("The trade fair will be held in Leeds on 4-6 March.", "prediction"),
    ],
)
def test_a_score_is_a_quantity(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a fall into a state is no value
        ("The conductor fell into a coma after suffering a stroke.", "other"),
        # "May" the month is no hedge
        ("Car sales in Spain rose to a record in May.", "quantity"),
        ("Car sales in Spain may rise to a record.", "prediction"),
    ],
)
def test_states_and_the_month_of_may(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what someone expects is to come
        ("The brewer expects to win approval for the merger in the spring.", "prediction"),
        ("The firm is expecting a sharp improvement in its margins.", "prediction"),
        # what was expected is past
        ("The merger was approved, as expected, by the regulator in Brussels.", "other"),
    ],
)
def test_an_expectation_is_a_prediction(sentence, kind):
    assert _types(sentence)[sentence] == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # "the 12": the people named before, who, not how many
        ("The 12 held under the act are from Algeria and Jordan.", "other"),
        # a count stays one
        ("Police held 12 men under the act in Leeds.", "quantity"),
    ],
)
def test_the_number_for_people_named_before_says_who(sentence, kind):
    assert _types(sentence)[sentence] == kind
