"""What a user trying claimx on one sentence meets first: a well-known city after "in", a
town qualified by its county, state or province, a city known by one half of a two-language
name, a district of a big city, and the places that stand for a club's town, a stadium or an
industry (claimx/steps/cities/). Sentences written for these tests."""

import pytest

CARDIFF = 2653822
IPSWICH_GB = 2646057
TAUNTON = 2636177
BENDIGO = 2176187
KENT_WA = 5799625
QUEBEC = 6325494
HALIFAX_NS = 6324729
GLASGOW = 2648579
SAN_SEBASTIAN_ES = 3110044
MADRID = 3117735
TWICKENHAM_GB = 2635308
HOLLYWOOD = 5357527
QUEENS = 5133273
NEW_YORK = 5128581
BUFFALO = 5110629
PORTO_ALEGRE = 3452925


def test_a_city_that_dwarfs_its_namesakes_after_in_is_found_alone(city_ids):
    # spaCy gives "Cardiff" no label here: "in" and a city of 370,000 say enough
    assert city_ids("Ministers met in Cardiff on Saturday.") == [("Cardiff", CARDIFF)]
    # "San" of "in San Sebastian" is no city of Mali, however big
    assert ("San", 2451778) not in city_ids("Fans gathered in San Sebastian on Friday.")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the county holds the town and is no town itself: not Suffolk, Virginia
        ("The factory in Ipswich, Suffolk, will close.", [("Ipswich", IPSWICH_GB)]),
        ("A man from Taunton, Somerset, was jailed on Monday.", [("Taunton", TAUNTON)]),
        # an Australian state: not Victoria, Hong Kong
        ("Floods hit Bendigo, Victoria, on Monday.", [("Bendigo", BENDIGO)]),
        # a US state named like the capital
        ("The factory in Kent, Washington, will close.", [("Kent", KENT_WA)]),
    ],
)
def test_town_then_its_region_is_the_town_in_that_region(city_ids, text, expected):
    assert city_ids(text) == expected


def test_a_borough_qualified_by_its_city_keeps_the_city(city_ids):
    text = "Students at a school in Queens, New York, caught the flu. Buffalo, New York, has none."
    assert city_ids(text) == [("Queens", QUEENS), ("New York", NEW_YORK), ("Buffalo", BUFFALO)]


def test_a_portuguese_region_is_read_whole(city_ids):
    # "do" joins the name: not "Rio" for Rio de Janeiro, nor the town of Rio Grande
    text = "Cases rose in Rio Grande do Sul and in Porto Alegre, its capital."
    assert city_ids(text) == [("Porto Alegre", PORTO_ALEGRE)]


def test_a_region_opening_a_longer_name_in_a_list_is_no_qualifier(city_ids):
    text = "The tour ends in Montreal, Quebec City and Halifax."
    assert city_ids(text)[1:] == [("Quebec City", QUEBEC), ("Halifax", HALIFAX_NS)]


def test_a_city_by_one_half_of_its_two_language_name(city_ids):
    # GeoNames names it "Donostia / San Sebastián"; a Puerto Rican municipality shares
    # the name, but a city of 185,000 beats a region named after a town of 12,000
    text = "The film festival in San Sebastian opens on Friday, and the jury meets in Madrid."
    assert city_ids(text) == [("San Sebastian", SAN_SEBASTIAN_ES), ("Madrid", MADRID)]
    text = "Police in San Sebastián arrested two men on Sunday."
    assert city_ids(text) == [("San Sebastián", SAN_SEBASTIAN_ES)]


def test_a_section_of_a_big_city_outweighs_an_old_name_abroad(city_ids):
    # GeoNames gives the London district no population, and Twickenham is an old name of
    # Huntsville, Alabama
    assert city_ids("He bought a house in Twickenham last year.") == [("Twickenham", TWICKENHAM_GB)]


def test_a_stadium_by_its_district_after_a_word_of_sport(city_ids):
    # one word of sport is no sports story, but makes "at Twickenham" the ground
    assert city_ids("He was injured in the scrum at Twickenham.") == []


def test_the_club_by_its_town_is_the_town(city_ids):
    # the town calls the club in the first sentence; "the Glasgow club" is where it is
    text = (
        "Glasgow beat Edinburgh 24-10 in the league on Friday, with three tries and a late"
        " penalty. The Glasgow club said the win was its best of the season."
    )
    assert city_ids(text) == [("Glasgow", GLASGOW)]
    assert city_ids("The Glasgow club said it would appeal.") == [("Glasgow", GLASGOW)]


@pytest.mark.parametrize(
    "text",
    [
        "She became one of Hollywood's highest-paid actresses after the film.",
        "A Hollywood agency signed the young actor after his debut.",
    ],
)
def test_the_film_industry_by_its_words(city_ids, text):
    assert city_ids(text) == []


def test_hollywood_the_place_stays(city_ids):
    text = "He worked in Hollywood as a hotel manager for a decade."
    assert city_ids(text) == [("Hollywood", HOLLYWOOD)]
