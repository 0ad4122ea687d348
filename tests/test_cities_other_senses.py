"""Place names standing for a university, a tournament or a stadium; British counties as
qualifiers, never towns; national teams in sports stories (claimx/steps/cities/readings.py,
mentions.py, resolve.py). Sentences written for these tests."""

import pytest

import claimx

BEREA = 5147097  # Berea, Ohio, the biggest of the Bereas
PARIS = 2988507
AUCKLAND = 2193733
GLASGOW = 2648579
BOSTON = 4930956
DUBLIN = 2964574
GRANTHAM = 2648208
RICHMOND_NORTH_YORKSHIRE = 2639388
NEWPORT_WALES = 2641598
NORFOLK_VIRGINIA = 4776222
MIDDLESBROUGH = 2642607


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Cambridge student was fined after the protest.", []),
        ("Oxford graduates earn more than most, the survey found.", []),
        ("She studied at Oxford before moving to Paris.", [("Paris", PARIS)]),
        ("He graduated from Harvard and later worked in Boston.", [("Boston", BOSTON)]),
        # A big city has many universities: its students are students in it.
        ("Dublin students staged a sit-in over fees.", [("Dublin", DUBLIN)]),
    ],
)
def test_town_standing_for_its_university(city_ids, text, expected):
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Wimbledon champion flew to Paris on Monday.", [("Paris", PARIS)]),
        ("The Monaco Grand Prix will be held on 22 May.", []),
        ("Ministers want to revive the Doha round before the summer.", []),
    ],
)
def test_town_standing_for_a_tournament(city_ids, text, expected):
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rooney scored a late goal at Old Trafford as United beat Arsenal 2-1 in the league.",
        "Wilkinson's display at Twickenham earned him a recall, the coach said after the match.",
    ],
)
def test_stadium_called_by_its_district_in_a_sports_story(city_ids, text):
    assert city_ids(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The bakery, based in Lincolnshire, employs 40 people in Grantham.",
            [("Grantham", GRANTHAM)],
        ),
        (
            "The festival in Richmond, North Yorks, drew 5,000 visitors.",
            [("Richmond", RICHMOND_NORTH_YORKSHIRE)],
        ),
        ("A farmer near Newport, Gwent, lost 40 sheep.", [("Newport", NEWPORT_WALES)]),
        # A big namesake abroad keeps its name in a story not about Britain.
        (
            "The shipyard in Norfolk laid off 300 workers, the Navy said.",
            [("Norfolk", NORFOLK_VIRGINIA)],
        ),
    ],
)
def test_british_county_is_a_qualifier_never_a_town(city_ids, text, expected):
    assert city_ids(text) == expected


def test_facility_stays_a_facility_with_a_county_after_it(city_ids):
    text = "Protesters were turned away near RAF Fairford, Glos, in 2003."
    assert city_ids(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the English name of a big city is an alternate name in GeoNames; the villages
        # that bear it as their own name do not outweigh it
        (
            "The American team lost the Davis Cup final to Spain in Seville on Sunday. The "
            "American captain said the American players had been beaten by a better side.",
            [("Seville", 2510911)],
        ),
        ("Thousands of fans travelled to Cologne for the cup final.", [("Cologne", 2886242)]),
        # a town of 20,000 to 100,000 known in English by another name (Ieper)
        (
            "Veterans laid wreaths at the Menin Gate in Ypres on Sunday morning.",
            [("Ypres", 2795100)],
        ),
        # but the towns called Berea, together, are not dwarfed by Aleppo (an old name of it)
        ("Residents of Berea lined the streets for the parade on Saturday.", [("Berea", BEREA)]),
    ],
)
def test_a_city_known_abroad_by_another_name(city_ids, text, expected):
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A teenager from Lancaster has won a £500 prize for chess. The 17-year-old is a"
            " former Lancaster Girls’ Grammar School pupil.",
            [("Lancaster", 2644972)],
        ),
        (
            "A teenager from Morecambe has won a national chess title. The 17-year-old is a"
            " former Morecambe Girls’ Grammar School pupil.",
            [("Morecambe", 2642214)],
        ),
    ],
)
def test_school_misread_as_a_person_leaves_its_town(city_ids, text, expected):
    """spaCy reads "Lancaster Girls" as a person; a name ending in a common noun is no
    person's, so the town's first word is no first name."""
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meanwhile, New York's attorney general said the bonuses would be reviewed.", []),
        ("New York's governor signed the budget on Friday.", []),
        ("The New York attorney-general, Sam Ruiz, has opened an inquiry into the bank.", []),
        ("The mayor of New York said the subway would reopen.", [("New York", 5128581)]),
    ],
)
def test_state_office_names_the_state(city_ids, text, expected):
    """A state's office after a name that is both a state and a city says the state."""
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance director Mark Hopkins presented the budget. Spending fell because of lower"
            " fuel prices, according to Hopkins.",
            [],
        ),
        (
            "Flights were resumed on Monday, according to officials in Denver.",
            [("Denver", 5419384)],
        ),
    ],
)
def test_according_to_names_a_source(city_ids, text, expected):
    """ "according to Hopkins" is the story's source, a surname here, not a place."""
    assert city_ids(text) == expected


def test_airports_called_by_their_towns(city_ids):
    """An airport's proper name and a list of airports are no city; one town's "airports"
    are that town's."""
    text = (
        "Fog closed Luton Airport on Monday and passengers at Heathrow, Stansted and Luton"
        " airports faced delays, while London airports reopened by noon."
    )
    assert city_ids(text) == [("London", 2643743)]


def test_a_town_read_as_its_university_is_one_after_at_again(city_ids):
    """ "studied at Oxford" shows the story's Oxford to be the university: a bare "At Oxford"
    later is the university too, "a house in Oxford" the town."""
    text = (
        "He studied at Oxford before joining the Foreign Office. At Oxford he read history,"
        " and he later bought a house in Oxford."
    )
    assert city_ids(text) == [("Oxford", 2640729)]


def test_a_place_named_as_a_works_title(city_ids):
    """A title after an acronym's colon or right after a work's noun is no city."""
    text = (
        "The cast of CSI: Miami visited London on Monday, and the musical Chicago opened in"
        " Glasgow."
    )
    assert city_ids(text) == [("London", 2643743), ("Glasgow", 2648579)]


def test_a_district_beside_the_city_the_story_names(city_ids):
    """GeoNames gives a London district no population; beside London it is London's part."""
    text = (
        "A man was stabbed in Ealing, west London, on Friday. Police said a second man was"
        " held in Hammersmith."
    )
    assert city_ids(text) == [("Ealing", 2650567), ("London", 2643743), ("Hammersmith", 2647567)]


def test_a_tournament_named_after_its_town(cities_in):
    """ "the Auckland International" is a tournament; the town itself is still a place."""
    text = (
        "The top seed pulled out of the Auckland International tennis tournament on Sunday. "
        "She had arrived in Auckland a week ago."
    )
    found = [(c["start"], c["geonames_id"]) for c in cities_in(text)]
    assert found == [(text.rindex("Auckland"), AUCKLAND)]


def test_a_learned_society_named_of_its_town(city_ids):
    """ "the Royal Society of Edinburgh" is a society's name, like "the University of X"."""
    text = (
        "The professor, who lives in Glasgow, was made a fellow of the Royal Society of "
        "Edinburgh on Friday."
    )
    assert city_ids(text) == [("Glasgow", GLASGOW)]


def test_a_stake_is_held_in_a_business_not_a_town(city_ids):
    text = (
        "The broadcaster sold its stake in Middlesbrough in 2001. The bank took a stake in"
        " London-based insurer Acme, and its chairman lives in Middlesbrough."
    )
    assert city_ids(text) == [("London", 2643743), ("Middlesbrough", MIDDLESBROUGH)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Tory MP for Kensington and Chelsea spoke in Glasgow on Friday.",
            [("Glasgow", GLASGOW)],
        ),
        ("Labour's candidate for Grantham said the seat was close.", []),
        ("The Middlesbrough constituency has been Labour since 1974.", []),
        # "for" after anything but a member is a place as before
        (
            "Voters queued for hours in Grantham and Middlesbrough.",
            [("Grantham", GRANTHAM), ("Middlesbrough", MIDDLESBROUGH)],
        ),
    ],
)
def test_constituency_a_member_sits_for(city_ids, text, expected):
    assert city_ids(text) == expected


LOS_ANGELES = 5368361
PARAMOUNT_CALIFORNIA = 5381110


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a company's noun, alone or in the list it opens
        (
            "Its parent companies Paramount and Viacom said the film would open in Los Angeles"
            " in May.",
            [("Los Angeles", LOS_ANGELES)],
        ),
        (
            "Rivals Sony and Paramount, both based in Los Angeles, cut their forecasts.",
            [("Los Angeles", LOS_ANGELES)],
        ),
        # a small town's name before a business noun or its possessive; then every mention
        # the story does not place
        (
            "He spent ten years at the Paramount studios before he moved to Los Angeles."
            " Paramount said he had left in March.",
            [("Los Angeles", LOS_ANGELES)],
        ),
        (
            "Paramount's chief executive flew to Los Angeles on Monday.",
            [("Los Angeles", LOS_ANGELES)],
        ),
        # a list after "in", a locative before the name, a big city's studios: the towns
        (
            "Firms in Leeds and Bradford cut jobs.",
            [("Leeds", 2644688), ("Bradford", 2654993)],
        ),
        (
            "The company opened offices in Paramount and Los Angeles.",
            [("Paramount", PARAMOUNT_CALIFORNIA), ("Los Angeles", LOS_ANGELES)],
        ),
        ("The London studios of the broadcaster will close.", [("London", 2643743)]),
    ],
)
def test_company_called_by_its_towns_name(city_ids, text, expected):
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Stade de France": a stadium's name the gazetteer lacks, opened by a German town's name
        ("Wales have won two of their last three visits to Stade de France.", []),
        ("The central bank, Banco de Portugal, said rates would rise.", []),
        # a longer name the gazetteer holds is the city
        ("The squad flew from Rio de Janeiro on Monday.", [("Rio de Janeiro", 3451190)]),
    ],
)
def test_a_place_word_opening_a_longer_romance_name(city_ids, text, expected):
    assert city_ids(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Producer Antonio "LA" Reid signed the band in 2003.', []),
        ('Producer Antonio "LA" Reid flew to Paris in 2003.', [("Paris", PARIS)]),
    ],
)
def test_a_nickname_between_first_name_and_surname(city_ids, text, expected):
    assert city_ids(text) == expected


def test_a_place_word_inside_a_facilitys_name(city_ids):
    """ "the Kenton Nature Reserve": a word of the reserve's name, though "at Kenton" makes
    the bare name a place elsewhere in the story."""
    text = (
        "The Kenton Nature Reserve is home to 150 pandas. Staff at Kenton feed them twice a "
        'day. "It is hard work," said Li Wei, director of the Kenton Nature Reserve.'
    )
    assert [c for c, _ in city_ids(text)] == ["Kenton"]
    assert all(c["start"] == 58 for c in claimx.extract(text)["cities"])
