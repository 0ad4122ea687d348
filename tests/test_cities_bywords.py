"""Other readings of place names, per phenomenon (claimx/steps/cities/metonymy.py and
readings.py): a trade's byword in the trade's sense only, a library called by its town.
Sentences written for these tests."""

import pytest

HOLLYWOOD = 5357527
BOSTON = 4930956
NEW_YORK = 5128581


@pytest.mark.parametrize(
    "text",
    [
        "The singer unveiled her plaque on Hollywood's Walk of Fame on Friday.",
        "Hollywood's honorary mayor, Ray Tull, handed over the key.",
        "The actor spent a day in Hollywood before flying home.",
    ],
)
def test_hollywood_the_district_is_a_place(city_ids, text):
    assert city_ids(text) == [("Hollywood", HOLLYWOOD)]


@pytest.mark.parametrize(
    "text",
    [
        "Hollywood studios cut their budgets after the strike.",
        "The novel became the biggest Hollywood blockbuster of the summer.",
        "Hollywood's biggest stars lined up for the charity night.",
        "Hollywood has remade the French comedy twice.",
        "The young director hopes to conquer Hollywood with her first feature.",
    ],
)
def test_hollywood_the_film_trade_is_no_city(city_ids, text):
    assert city_ids(text) == []


def test_library_called_by_its_town_is_no_city(city_ids):
    text = (
        "Scholars in Boston welcomed the plan. The New York library will lend 10,000 books, "
        "said the head of the New York Public Library."
    )
    assert city_ids(text) == [("Boston", BOSTON)]


def test_new_york_itself_stays_a_city(city_ids):
    text = "The New York mayor opened a library in Brooklyn."
    assert ("New York", NEW_YORK) in city_ids(text)


GLASGOW = 2648579
CHICAGO = 4887398
LONDON = 2643743


def test_name_after_a_first_name_or_referee_is_a_person(city_ids):
    text = (
        "The league fined the club after the Andy Crawford registration row, and referee "
        "Dallas sent off two players in Glasgow."
    )
    assert city_ids(text) == [("Glasgow", GLASGOW)]


def test_town_standing_for_its_marathon_is_no_city(cities_in):
    text = (
        "She won the Flora London Marathon in April and then trained in Chicago. The race "
        "comes a week after London, and London is the one she loves. With wins in Chicago "
        "and London, she is the favourite."
    )
    cities = cities_in(text)
    assert [(c["text"], c["geonames_id"], c["start"]) for c in cities] == [
        ("Chicago", CHICAGO, text.index("Chicago")),
        ("Chicago", CHICAGO, text.rindex("Chicago")),
        ("London", LONDON, text.rindex("London")),
    ]


def test_a_finishing_place_in_a_town_whose_marathon_the_story_names_is_the_race(cities_in):
    text = (
        "The Kenyan will run the London Marathon in April. He was second in London last "
        "year and has trained in London since March."
    )
    cities = cities_in(text)
    assert [(c["text"], c["geonames_id"], c["start"]) for c in cities] == [
        ("London", LONDON, text.rindex("London")),
    ]
