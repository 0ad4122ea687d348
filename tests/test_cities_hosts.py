"""A town holding an event that moves from host to host is where it is held; a town opening a
newspaper's or a building society's name is a word of that name; a street's or a road's name is
no town; a foreign region's own long name is the region (claimx/steps/cities/readings.py,
evidence.py, mentions.py). Sentences written for these tests."""

import pytest

ATHENS = 264371
TURIN = 3165524
BEIJING = 1816670
COPENHAGEN = 2618425
BRISTOL = 2654675
VICTORIA_BC = 6174041


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "She won silver at the Athens Olympics and hopes to race at the Beijing Games.",
            [("Athens", ATHENS), ("Beijing", BEIJING)],
        ),
        ("He skated for Canada at the Turin Winter Olympics.", [("Turin", TURIN)]),
        ("Ministers flew home from the Copenhagen climate summit.", [("Copenhagen", COPENHAGEN)]),
        ("The Athens final drew a record crowd.", [("Athens", ATHENS)]),
    ],
)
def test_host_town_of_an_event_is_a_city(city_ids, text, expected):
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the Beijing Olympic Committee met the sponsors on Tuesday.",
        "Delegates gathered at the Leeds Conference Centre for the annual meeting.",
        "Nadal won the deciding rubber of the Davis Cup final.",
        "Mobile games come of age as handsets improve.",
    ],
)
def test_event_word_opening_a_longer_name_is_no_host(city_ids, text):
    assert city_ids(text) == []


def test_town_opening_a_newspaper_or_building_society_name(cities_in):
    text = (
        "The Bristol Building Society, which is based in Bristol, told the Oxford Mail and "
        "the Manchester Evening News that rates would rise."
    )
    cities = cities_in(text)
    assert [(c["text"], c["geonames_id"], c["start"]) for c in cities] == [
        ("Bristol", BRISTOL, text.rindex("Bristol")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Work on the store under construction at Springfield and Center streets is nearly done.",
        "The parade will run along Portland and Salem avenues on Saturday.",
        "Crews repaved the stretch between Clairmont and Lawrenceville roads overnight.",
    ],
)
def test_towns_named_in_a_list_of_streets_are_no_cities(city_ids, text):
    assert city_ids(text) == []


def test_a_foreign_regions_own_name_is_the_region(cities_in):
    text = (
        "VICTORIA - British Columbia will spend $40 million on ferries, the premier said on Monday."
    )
    cities = cities_in(text)
    assert [(c["text"], c["geonames_id"]) for c in cities] == [("VICTORIA", VICTORIA_BC)]


ATHENS_GA = 4180386


def test_host_of_the_games_is_the_famous_city_even_where_a_namesakes_state_is_named(cities_in):
    """The Games' host is the world-famous namesake; the story's own town of that name, named
    again, keeps its state."""
    text = (
        "ATHENS, Ga. (AP) — A University of Georgia swimmer who won two medals at the Athens "
        "Olympics was honored Tuesday in Athens. She trained in Augusta as a teenager."
    )
    athens = [(c["start"], c["geonames_id"]) for c in cities_in(text) if c["name"] == "Athens"]
    assert athens == [
        (0, ATHENS_GA),
        (text.index("Athens Olympics"), ATHENS),
        (text.rindex("Athens"), ATHENS_GA),
    ]


def test_host_of_the_games_beside_a_state_is_still_the_famous_city(city_ids):
    text = (
        "The sprinter, who grew up in Columbus, Ohio, set a world record at the Athens Games "
        "in 2004 and later moved to Dayton."
    )
    assert ("Athens", ATHENS) in city_ids(text)


def test_a_hosts_namesakes_say_nothing_of_where_the_story_is(city_ids):
    """American namesakes of "the Berlin Games" (Berlin, Ga.) do not make the story's bare
    "Athens" the one in Georgia."""
    text = (
        "American sprinter Justin Gatlin, 22, won the 100m in Athens with a best time of 9.85 "
        "seconds. The Jesse Owens Awards, named for the Olympic great who won four gold medals "
        "at the 1936 Berlin Games, will be presented on 3 December in Portland."
    )
    assert city_ids(text)[0] == ("Athens", ATHENS)
