"""A town's name standing for its university, a newspaper's or firm's town after "of", a
coined term in quote marks, a town too small for the gazetteer, and a town named like its
foreign region (claimx/steps/cities/readings.py, metonymy.py, evidence.py, mentions.py).
Sentences written for these tests."""

import pytest

LEEDS = 2644688
BOSTON = 4930956
HAGERSTOWN_MD = 4357141
FREDERICK_MD = 4355585
BROWNSVILLE_TX = 4676740
GENEVA = 2660646
SALZBURG = 2766824


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The scheme is unworkable, according to an expert at Cranfield who reviewed it.", []),
        (
            "Scientists at Oxford tested the vaccine on volunteers in Leeds.",
            [("Leeds", LEEDS)],
        ),
        ("Professor Ann Clark of Cambridge, who led the study, said the findings held.", []),
        # "of" after a study, not a person of learning: the town itself
        ("A study of Boston found rents had doubled.", [("Boston", BOSTON)]),
    ],
)
def test_town_standing_for_its_university(city_ids, text, expected):
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Aides hoped for "the Baghdad bounce" in the polls after the visit.',
        'Doctors said the hostage showed signs of "Stockholm syndrome," a bond with her captors.',
    ],
)
def test_place_inside_a_coined_term_in_quote_marks(city_ids, text):
    assert city_ids(text) == []


def test_quote_marks_around_speech_make_no_coined_term(city_ids):
    text = '"We will not give up," the Leeds mayor said. "This is our town."'
    assert city_ids(text) == [("Leeds", LEEDS)]


def test_a_newspapers_town_after_of(city_ids):
    text = "An editor at the Herald-Mail of Hagerstown said the paper would appeal the ruling."
    assert city_ids(text) == [("Hagerstown", HAGERSTOWN_MD)]


def test_a_town_in_a_state_where_the_gazetteer_has_none_of_its_namesakes(city_ids):
    # Brownsville, Maryland is too small for the gazetteer: not Brownsville, Texas.
    text = "Firefighters in Brownsville, Maryland, put out a barn fire near Frederick on Sunday."
    assert city_ids(text) == [("Frederick", FREDERICK_MD)]
    text = "Residents of Brownsville, Texas, were told to boil their water."
    assert city_ids(text) == [("Brownsville", BROWNSVILLE_TX)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Diplomats from both countries will hold talks in Geneva next week.",
            [("Geneva", GENEVA)],
        ),
        ("The orchestra moved its summer season to Salzburg in July.", [("Salzburg", SALZBURG)]),
    ],
)
def test_town_named_like_its_foreign_region(city_ids, text, expected):
    assert city_ids(text) == expected
