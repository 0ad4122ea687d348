"""Namesakes: the story's other towns say which one a name means (claimx/steps/cities/resolve.py).
Sentences written for these tests."""

import pytest

ALEXANDRIA_VA = 4744091
MOUNT_VERNON_VA = 7258318


def test_namesake_among_the_storys_towns_beats_a_world_city(city_ids):
    text = (
        "The school board in Alexandria met on Tuesday, a week after a similar forum in "
        "Mount Vernon drew 200 parents."
    )
    assert city_ids(text) == [
        ("Alexandria", ALEXANDRIA_VA),
        ("Mount Vernon", MOUNT_VERNON_VA),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Whitestown thanks its donors. Donors gave $8,000 for the Whitestown water line"
            " project, and Whitestown invited them to a ceremony at Whitestown Town Hall.",
            [("Whitestown", 4266965)] * 4,
        ),
        # never on its own, only as the start of a district's name: no town
        (
            "The Box Elder School District hired a principal for $90,000. He will move to the"
            " Box Elder District in June and join Box Elder School District staff.",
            [],
        ),
    ],
)
def test_town_named_again_and_again(city_ids, text, expected):
    """A small town a local story names four times, with little said around each mention."""
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paris firefighters put out a kitchen fire on Tuesday. The sheriff said two deputies"
            " and a township trustee helped residents of the neighborhood.",
            [("Paris", 4717560)],  # Paris, Texas: the biggest American Paris
        ),
        # AP-style clock time and EMS
        (
            "Paris firefighters put out a kitchen fire at 10 p.m. on Tuesday, and EMS crews"
            " treated one resident.",
            [("Paris", 4717560)],
        ),
        # nothing American about it: the world city
        ("Paris firefighters put out a kitchen fire on Tuesday.", [("Paris", 2988507)]),
    ],
)
def test_american_local_story_means_the_american_namesake(city_ids, text, expected):
    """A local story that never names its state but speaks American local news (sheriff,
    deputies, township, neighborhood) means an American town before the world city."""
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bank opened offices in Hong Kong and Singapore last year.",
            [("Hong Kong", 1819729), ("Singapore", 1880252)],
        ),
        # listed with countries: the country sense
        ("The ministers discussed Hong Kong and China's part in the talks.", []),
    ],
)
def test_city_states_are_cities(city_ids, text, expected):
    """A country named like its capital, a city with no region around it, is a city, unless
    it is listed with countries."""
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # GeoNames spells it Janīn: "Jenin" only writes its vowels otherwise, so it is the
        # town's own name and beats the Polish village that bears it.
        (
            "Israeli troops raided the refugee camp in Jenin on Tuesday.",
            [("Jenin", 283506)],
        ),
        # ... but only for the biggest place of that name: Frankfort, Kentucky does not
        # become the "Frankfurt" of the markets.
        (
            "Shares rose in Frankfurt and Paris on Monday.",
            [("Frankfurt", 2925533), ("Paris", 2988507)],
        ),
    ],
)
def test_a_transliteration_is_the_places_own_name(city_ids, text, expected):
    assert city_ids(text) == expected
