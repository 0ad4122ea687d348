"""Places standing for something else (claimx/steps/cities/metonymy.py): a capital for its
government, a trade's byword, a wider area, a word of another name. Sentences written for
these tests."""

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


def test_capital_backing_a_side_is_its_government(city_ids):
    text = (
        "Kremlin officials denied that Moscow-backed fighters had crossed the border near Donetsk."
    )
    assert city_ids(text) == [("Donetsk", DONETSK)]


def test_capital_as_the_other_side_of_talks_is_its_government(city_ids):
    text = (
        "The European Union opened membership talks with Ankara, and Turkish officials met in "
        "Istanbul."
    )
    assert city_ids(text) == [("Istanbul", ISTANBUL)]


def test_capital_that_warns_or_is_warned_is_its_government(city_ids):
    text = "Washington has warned Tehran, and diplomats met in Vienna on Monday."
    assert city_ids(text) == [("Vienna", VIENNA)]


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
