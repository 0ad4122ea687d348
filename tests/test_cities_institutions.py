"""A town's name standing for its university, a newspaper's or firm's town after "of", a
coined term in quote marks, a town too small for the gazetteer, and a town named like its
foreign region (claimx/steps/cities/readings.py, metonymy.py, evidence.py, mentions.py).
Sentences written for these tests."""

import pytest

LEEDS = 2644688
BOSTON = 4930956
LYNCHBURG_VA = 4771075
OAKDALE_MN = 5039978
BERN = 2661552
SALZBURG = 2766824
LEXINGTON_KY = 4297983
WINCHESTER_KY = 4313697
DENVER = 5419384


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The scheme is unworkable, according to an expert at Loughborough who reviewed it.", []),
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
        'Pundits spoke of "the Beijing bounce" in the polls after the visit.',
        'Doctors said the hostage showed signs of "Stockholm syndrome," a bond with her captors.',
    ],
)
def test_place_inside_a_coined_term_in_quote_marks(city_ids, text):
    assert city_ids(text) == []


def test_quote_marks_around_speech_make_no_coined_term(city_ids):
    text = '"We will not give up," the Leeds mayor said. "This is our town."'
    assert city_ids(text) == [("Leeds", LEEDS)]


def test_a_newspapers_town_after_of(city_ids):
    text = "A spokesman for the Press-Gazette of Lynchburg said the paper would appeal the ruling."
    assert city_ids(text) == [("Lynchburg", LYNCHBURG_VA)]


def test_a_town_in_a_state_where_the_gazetteer_has_none_of_its_namesakes(city_ids):
    # No Oakdale of Kentucky is in the gazetteer: not Oakdale, Minnesota.
    text = "Firefighters in Oakdale, Kentucky, put out a barn fire near Lexington on Sunday."
    assert city_ids(text) == [("Lexington", LEXINGTON_KY)]
    text = "Residents of Oakdale, Minnesota, were told to boil their water."
    assert city_ids(text) == [("Oakdale", OAKDALE_MN)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Diplomats from both countries will hold talks in Bern next week.",
            [("Bern", BERN)],
        ),
        ("The orchestra moved its summer season to Salzburg in July.", [("Salzburg", SALZBURG)]),
    ],
)
def test_town_named_like_its_foreign_region(city_ids, text, expected):
    assert city_ids(text) == expected


_KENTUCKY_CRASH = (
    "Two injured in crash on Route 60. A pickup truck ran off the road between Lexington, Ky.,"
    " and Winchester, Ky., on Sunday, police said. The driver, Amy Cole of {town}, was taken"
    " to a hospital in Lexington."
)


@pytest.mark.parametrize(
    "town, expected",
    [
        # Every Oakdale in the gazetteer lies far from Kentucky: the story's is one it lacks.
        ("Oakdale", []),
        # A big city is meant from afar.
        ("Denver", [("Denver", DENVER)]),
    ],
)
def test_a_local_storys_town_far_from_its_other_towns(city_ids, town, expected):
    local = [("Lexington", LEXINGTON_KY), ("Winchester", WINCHESTER_KY)]
    found = city_ids(_KENTUCKY_CRASH.format(town=town))
    assert found == [*local, *expected, ("Lexington", LEXINGTON_KY)]
