"""A speaker is a person, a body or a description of one: never a work, an event, a law,
an aim or an act; on news passages written for these tests."""

import pytest


@pytest.fixture(scope="module")
def said(quotes_in):
    return lambda text: [
        (q["text"], q["speaker"]["name"] if q["speaker"] else None) for q in quotes_in(text)
    ]


def test_a_film_the_story_names_is_no_speaker(said):
    text = (
        'Pixar released "Rising Tide" in June. "Rising Tide" made more money than any film '
        'before it. Rising Tide said the sea was "a place of wonder".'
    )
    assert said(text) == [("a place of wonder", None)]


def test_an_act_is_no_speaker(said):
    text = (
        "The studio spent millions. The restoration of the old reels said a great deal "
        'about "how much the archive matters".'
    )
    assert said(text) == [("how much the archive matters", None)]


def test_a_body_named_by_a_noun_of_an_act_still_speaks(said):
    text = 'The opposition of the province said the budget was "a betrayal of voters".'
    assert said(text) == [("a betrayal of voters", "opposition of the province")]


@pytest.fixture(scope="module")
def direct(quotes_in):
    return lambda text: [
        (q["text"], q["speaker"]["name"] if q["speaker"] else None)
        for q in quotes_in(text)
        if q["direct"]
    ]


def test_a_term_as_a_nouns_modifier_is_no_quote(direct):
    assert direct('Shoppers want a "buy now" button. The retailer added one last month.') == []
    assert direct('The treasury backs a "strong pound" policy. The regulator approved it.') == []


def test_a_speakers_own_word_before_a_noun_stays_a_quote(direct):
    text = 'The senator opposed the bill, calling it a "reckless" step for the state.'
    assert direct(text) == [("reckless", "senator")]


def test_a_term_a_speaker_is_said_to_claim_stays_a_quote(direct):
    text = 'A union has stopped talks after claiming "secret plans" had leaked.'
    assert direct(text) == [("secret plans", "union")]


def test_untagged_lines_after_a_list_of_works_have_no_speaker(said):
    text = (
        "The actor Tom Reed has starred in Cold River, The Last Train and Night Watch. "
        '"Nobody leaves this town." "Give me the keys."'
    )
    assert said(text) == [("Nobody leaves this town.", None), ("Give me the keys.", None)]


def test_an_untagged_quote_after_a_list_of_people_stays_the_subjects(said):
    text = (
        'Hillary Clinton met Barack Obama and Joe Biden in Ohio. "We need a plan for the economy."'
    )
    assert said(text) == [("We need a plan for the economy.", "Hillary Clinton")]


def test_a_name_set_off_after_a_noun_is_no_quote(direct):
    text = 'The studio unveiled a new console, "Star Box", at the fair, its chairman said.'
    assert direct(text) == []


def test_a_sentence_set_off_after_a_noun_stays_a_quote(direct):
    text = 'The mayor had one message, "We Will Rebuild This City.", for the crowd.'
    assert direct(text) == [("We Will Rebuild This City.", "mayor")]


def test_a_programme_the_tagger_calls_an_organization_is_no_its_antecedent(said):
    text = (
        "Five admitted that the phone-in competition on its programme Brainteaser had been "
        'unfair. "We are sorry," it said.'
    )
    # the channel's name is no entity to the tagger: better no name than the programme's
    assert said(text) == [("We are sorry,", "it")]


def test_a_scare_quote_is_no_ones_words(direct):
    text = (
        "The software maker issued fixes for six flaws on Tuesday. The number of holes rated "
        '"critical" is higher than usual. Users of unlicensed copies will have options that '
        'are "limited".'
    )
    assert direct(text) == []


def test_a_term_after_a_speakers_quote_is_not_their_speech(direct):
    text = (
        '"We will not give in," said Mayor Ann Cole. Residents can text a "stop" command to '
        "leave the scheme."
    )
    assert direct(text) == [("We will not give in,", "Ann Cole")]


def test_a_persons_own_word_without_a_cue_stays_theirs(direct):
    text = 'Senator Maria Lopez slated the budget for its "reckless" cuts to schools.'
    assert direct(text) == [("reckless", "Maria Lopez")]


def test_a_word_a_speaker_is_said_to_claim_stays_a_quote(direct):
    text = 'The airline sued its rival after claiming "secret data" had been copied.'
    assert direct(text) == [("secret data", "airline")]
