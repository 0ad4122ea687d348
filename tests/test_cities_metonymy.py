"""Places standing for something else (claimx/steps/cities/metonymy.py): a capital for its
government, a trade's byword, a wider area, a word of another name. Sentences written for
these tests."""

import pytest

DONETSK = 709717
ISTANBUL = 745044
VIENNA = 2761369
LONDON = 2643743
LEEDS = 2644688
MADRID = 3117735
HOLLYWOOD = 5357527
BRISTOL = 2654675
CAMBRIDGE_GB = 2653941
CARDIFF = 2653822
PARIS_FR = 2988507
MOSCOW = 524901


ANKARA = 323786
TEHRAN = 112931
WASHINGTON_DC = 4140963


# A capital standing for its government is counted as the capital, as every benchmark's gold
# does (LGL, GeoWebNews; our guidelines' town standing for its council), whatever its namesakes.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kremlin officials denied that Moscow-backed fighters had crossed the border near"
            " Donetsk.",
            [("Moscow", MOSCOW), ("Donetsk", DONETSK)],
        ),
        (
            "The European Union opened membership talks with Ankara, and Turkish officials met"
            " in Istanbul.",
            [("Ankara", ANKARA), ("Istanbul", ISTANBUL)],
        ),
        (
            "Washington has warned Tehran, and diplomats met in Vienna on Monday.",
            [("Washington", WASHINGTON_DC), ("Tehran", TEHRAN), ("Vienna", VIENNA)],
        ),
        # in a British story too: not Washington, Tyne and Wear
        (
            "The lawyer spoke to reporters in Leeds on Friday. Washington has claimed the four"
            " men trained at camps abroad.",
            [("Leeds", LEEDS), ("Washington", WASHINGTON_DC)],
        ),
    ],
)
def test_capital_standing_for_its_government_is_the_capital(city_ids, text, expected):
    assert city_ids(text) == expected


def test_backing_by_a_town_that_is_no_capital_is_dropped(city_ids):
    text = "Gaza-backed militants were seen in Jerusalem on Monday."
    assert city_ids(text) == [("Jerusalem", 281184)]


def test_capital_as_the_scene_stays_a_city(city_ids):
    text = "The mayor of Paris said the river would be cleaned. Moscow was covered in snow."
    assert city_ids(text) == [("Paris", PARIS_FR), ("Moscow", MOSCOW)]


def test_based_in_a_city_is_about_the_city(city_ids):
    # "London-based" says where the bank is: a place, unlike "Moscow-backed".
    text = "The London-based bank cut 200 jobs in Leeds. A Madrid-based builder bought it."
    assert city_ids(text) == [
        ("London", LONDON),
        ("Leeds", LEEDS),
        ("Madrid", MADRID),
    ]


def test_trade_byword_is_the_trade_unless_a_place_cue(cities_in):
    text = "Several Hollywood stars attended the gala, held at a hotel in Hollywood."
    cities = cities_in(text)
    # Only the second one, after "in".
    assert [(c["start"], c["geonames_id"]) for c in cities] == [
        (text.rindex("Hollywood"), HOLLYWOOD)
    ]


def test_greater_before_a_city_is_the_wider_area(city_ids):
    text = "He sat on the Greater London Council before moving to Bristol."
    assert city_ids(text) == [("Bristol", BRISTOL)]


def test_base_prefix_makes_a_facility(city_ids):
    text = "Protesters camped outside RAF Mildenhall, near Cambridge, for a week."
    assert city_ids(text) == [("Cambridge", CAMBRIDGE_GB)]


def test_name_between_capitalized_words_is_part_of_another_name(city_ids):
    text = "The Welsh Rugby Union said tickets for the game in Cardiff had sold out."
    assert city_ids(text) == [("Cardiff", CARDIFF)]
