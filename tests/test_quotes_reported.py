"""Reported speech and what is not speech, on news sentences written for these tests."""

import pytest

import claimx


@pytest.fixture(scope="module")
def quotes(quotes_in):
    return lambda text: [
        (q["direct"], q["text"], q["speaker"]["name"] if q["speaker"] else None)
        for q in quotes_in(text)
    ]


def test_a_request_is_reported_speech(quotes):
    text = "The union urged the council to reopen the swimming pool before the summer."
    assert quotes(text) == [(False, "to reopen the swimming pool before the summer", "union")]


def test_a_passive_request_reports_nobody(quotes):
    text = "The regulator has been asked to review the price rises by March."
    assert quotes(text) == []


def test_attribution_closing_the_sentence(quotes):
    text = (
        "Retail sales fell sharply in the three months to June, the British Retail "
        "Consortium (BRC) said."
    )
    assert quotes(text) == [
        (
            False,
            "Retail sales fell sharply in the three months to June",
            "British Retail Consortium",
        )
    ]


def test_reported_words_keep_their_percent_sign_and_bracket(quotes):
    text = "The bank said profits rose 12% to £3.1bn ($5.8bn)."
    assert quotes(text) == [(False, "profits rose 12% to £3.1bn ($5.8bn)", "bank")]


def test_a_misparsed_object_still_reports_its_clause(quotes):
    text = "In a speech in Leeds, the home secretary said Monday's figures showed crime falling."
    assert [q[1] for q in quotes(text)] == ["Monday's figures showed crime falling"]


def test_a_so_called_term_is_no_quote(quotes):
    text = 'The council plans to build so-called "green villages" on the edge of the town.'
    assert quotes(text) == []


def test_another_speakers_words_are_cut_off(quotes):
    text = (
        "The minister said the cuts were needed while opposition leaders say the plan "
        "will cost jobs."
    )
    assert quotes(text)[0] == (False, "the cuts were needed", "minister")


def test_reported_speech_is_an_antecedent_for_a_later_pronoun(quotes):
    text = (
        "Tom Harris runs a bakery in Leeds. Sue Grant said the bakery had closed early. "
        'Asked about the future, "We will reopen soon," she said.'
    )
    assert quotes(text)[-1] == (True, "We will reopen soon,", "Sue Grant")


def test_a_bare_surname_is_the_namesake_last_mentioned(quotes):
    text = (
        "Tom Johnson, a farmer, said prices were low. Later Sarah Johnson, a teacher, "
        "spoke at the meeting. Johnson said schools were closing."
    )
    assert [q[2] for q in quotes(text)] == ["Tom Johnson", "Sarah Johnson"]


def test_a_pronoun_does_not_stand_for_a_country(quotes):
    text = (
        "Michael Grey said Britain had to change course on energy, which he said was "
        'a mess. "We cannot wait," he said.'
    )
    assert quotes(text)[-1] == (True, "We cannot wait,", "Michael Grey")


@pytest.mark.parametrize(
    "text",
    [
        "It was claimed the minister had been embarrassed by the leaked memo.",
        "The club acted after it was revealed that the player had failed a drug test.",
    ],
)
def test_the_subject_of_a_passive_speech_verb_says_nothing(quotes, text):
    assert quotes(text) == []


def test_a_press_release_dateline_is_no_speaker():
    text = (
        "Acme sales rise\n\n"
        "DENVER, June 4, 2025 /PRNewswire/ -- Acme Foods Inc. today announced that quarterly "
        "sales rose 12% to $80 million."
    )
    quotes = claimx.extract(text)["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [
        ("quarterly sales rose 12% to $80 million", "Acme Foods Inc.")
    ]


def test_a_statement_around_a_short_quoted_phrase_is_reported(quotes):
    text = 'Council leader Mary Ellis said the budget was "a disgrace" and should be dropped.'
    assert quotes(text) == [
        (False, 'the budget was "a disgrace" and should be dropped', "Mary Ellis"),
        (True, "a disgrace", "Mary Ellis"),
    ]


def test_it_of_a_predicate_reports_nothing(quotes_in):
    text = "It has become fashionable to argue that the two ministers cannot work together."
    assert quotes_in(text) == []


def test_a_term_referred_to_as_is_no_quote(quotes_in):
    text = 'It is often referred to as the "odd couple" problem by officials.'
    assert quotes_in(text) == []


def test_the_one_a_paper_quotes_is_the_speaker_not_the_paper(quotes):
    text = (
        "Health Secretary Paul Grady faced questions on Monday. The Yorkshire Post quoted "
        "Mr Grady telling Labour activists at a question and answer session in Leeds that he "
        'wanted Britain to offer refuge for those fleeing war. "That is simply the right '
        'thing to do," he said. The Northern Echo quoted Transport Secretary Ann Reid as '
        "saying the new line would open in 2009."
    )
    assert quotes(text) == [
        (False, "he wanted Britain to offer refuge for those fleeing war", "Paul Grady"),
        (True, "That is simply the right thing to do,", "Paul Grady"),
        (False, "the new line would open in 2009", "Ann Reid"),
    ]


def test_a_condition_opening_the_reported_words_stays(quotes):
    text = (
        "Speaking after the summit, he said unless the rebate was put up for discussion the "
        "EU would never reach agreement on its budget."
    )
    assert quotes(text) == [
        (
            False,
            "unless the rebate was put up for discussion the EU would never reach agreement "
            "on its budget",
            "he",
        )
    ]


def test_the_journalists_aside_that_the_speaker_did_not_say_more_is_cut_off(quotes):
    text = (
        "Telvana said the new software would run on most office computers, but it did not "
        "specify how many machines could have problems."
    )
    assert quotes(text) == [
        (False, "the new software would run on most office computers", "Telvana")
    ]


def test_an_attribution_set_off_by_commas_inside_the_sentence(quotes):
    text = (
        "Ticket sales at the festival rose again this year. Also, said Mr Okafor, the "
        "organisers would need a bigger site within two years. On a larger scale, said the "
        "council's report, the town earned more from visitors than ever before."
    )
    assert quotes(text) == [
        (False, "the organisers would need a bigger site within two years", "Okafor"),
        (False, "the town earned more from visitors than ever before", "council"),
    ]


def test_an_undertaking_is_reported_speech(quotes):
    text = "Interior Minister Paul Biya vowed to root out corruption in the customs service."
    assert quotes(text) == [(False, "to root out corruption in the customs service", "Paul Biya")]


def test_what_promises_to_be_reports_nothing(quotes):
    text = "Evans will miss the opening game and what promises to be a close match in Paris."
    assert quotes(text) == []


def test_a_charge_is_reported_speech(quotes):
    text = (
        "The shadow chancellor accused the government of hiding the true cost of the scheme. "
        "The airline blamed the drop in profits on higher fuel prices."
    )
    assert quotes(text) == [
        (False, "the government of hiding the true cost of the scheme", "shadow chancellor"),
        (False, "the drop in profits on higher fuel prices", "airline"),
    ]


def test_the_agent_of_a_passive_cue_speaks(quotes):
    text = 'The singer has been praised by police for "bravely" chasing off a burglar.'
    assert quotes(text) == [(True, "bravely", "police")]


def test_what_someone_is_expected_to_say_is_not_yet_said(quotes):
    text = (
        "The chancellor is expected to announce a cut in fuel duty on Wednesday. "
        "The regulator is due to publish its findings in March."
    )
    assert quotes(text) == []


def test_what_someone_is_tipped_or_likely_to_say_is_not_yet_said(quotes):
    text = (
        "The premier is tipped to ask the governor to call an election next week. "
        "The minister is likely to say that the scheme has failed. "
        "The bank is poised to announce that rates will rise."
    )
    assert quotes(text) == []


def test_a_tag_inside_the_words_is_left_out(quotes):
    text = (
        "Sales of large cars have slumped, said Ford's sales director Ian Grant. "
        "But now, he said, smaller models were selling well. "
        "The new rules, he added, would apply to all dealers."
    )
    assert [t for _, t, _ in quotes(text)] == [
        "Sales of large cars have slumped",
        "smaller models were selling well",
        "The new rules, he added, would apply to all dealers",
    ]


def test_a_condition_before_the_cue_is_not_what_was_said(quotes):
    text = (
        "Should the bid be fully accepted, Mr Hart said he expected to pay no more than "
        "£2m for the remaining shares."
    )
    assert quotes(text) == [
        (False, "he expected to pay no more than £2m for the remaining shares", "Hart")
    ]


def test_a_clause_joined_after_a_closing_tag_is_not_the_tags(quotes):
    text = (
        "Fuel prices will fall by 3% before the winter, analysts said, and the refinery "
        "expects output to recover."
    )
    assert quotes(text) == [(False, "Fuel prices will fall by 3% before the winter", "analysts")]


def test_a_thing_announced_or_demanded_is_no_reported_speech(quotes):
    assert quotes("Nurses are demanding a 6% pay rise after a year of strikes.") == []
    assert quotes("The carmaker announces new models at the show every spring.") == []


def test_a_clause_announced_is_reported_speech(quotes):
    text = "The carmaker announced that it would close its plant in Leeds."
    assert quotes(text) == [(False, "it would close its plant in Leeds", "carmaker")]


def test_claiming_a_prize_is_a_deed_not_a_statement(quotes):
    text = (
        "Kenya's Grace Otieno claimed her second national title in Nairobi, and her club "
        "claimed a 3-1 win. The fire claimed two lives."
    )
    assert quotes(text) == []
