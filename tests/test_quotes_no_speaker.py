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
