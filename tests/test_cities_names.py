"""Whether a name is a person's or a town's: spaCy's PERSON over a name no person bears, a
person's title after a town, a family called by its surname, a work or group named "X of
<town>" (claimx/steps/cities/evidence.py, readings.py). Sentences written for these tests."""

import pytest

ROTTERDAM = 2747891
CANCUN = 3531673
HARROGATE = 2647428
LEEDS = 2644688
YORK = 2633352
BOSTON = 4930956


@pytest.mark.parametrize(
    "text, expected",
    [
        # spaCy calls both PERSON; neither is a common first name or surname.
        ("Protesters marched in Rotterdam on Saturday.", [("Rotterdam", ROTTERDAM)]),
        ("The delegation flew to Cancun for the climate talks.", [("Cancun", CANCUN)]),
        # A common surname keeps its person reading.
        ("The petition was handed to Sherman on Friday.", []),
    ],
)
def test_person_label_over_a_name_no_person_bears(city_ids, text, expected):
    assert city_ids(text) == expected


def test_a_persons_title_after_the_town_opens_the_next_name(city_ids):
    text = "Speaking in Harrogate Mr Kennedy said the party would fight every seat."
    assert city_ids(text) == [("Harrogate", HARROGATE)]


def test_the_family_named_after_its_surname(city_ids):
    text = (
        "The firm bought a stake from the Oatley family on Monday. A Leeds family was"
        " rescued from the flood."
    )
    assert city_ids(text) == [("Leeds", LEEDS)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He moved on to roles in Titanic and Gangs of New York before the award.",
            [],
        ),
        ("The Knights of Columbus met in Boston on Friday.", [("Boston", BOSTON)]),
        # A place noun before "of" still says place.
        ("Many Residents of Leeds protested in York.", [("Leeds", LEEDS), ("York", YORK)]),
    ],
)
def test_a_plural_noun_of_a_town_names_a_work_or_group(city_ids, text, expected):
    assert city_ids(text) == expected


LOS_ANGELES = 5368361
NEW_YORK = 5128581
BATON_ROUGE = 4315588
YAOUNDE = 2220957
KUNDUZ = 1135689


def test_a_citys_initials(city_ids):
    text = (
        "The director moved to L.A. in 1998 and later bought a house in LA with his wife."
        " The chain has stores in Baton Rouge, LA, and Houston, and an office in NYC."
    )
    ids = city_ids(text)
    assert ids[:2] == [("L.A.", LOS_ANGELES), ("LA", LOS_ANGELES)]
    assert ids[-1] == ("NYC", NEW_YORK)
    assert ("Baton Rouge", BATON_ROUGE) in ids and ("LA", LOS_ANGELES) not in ids[2:]


def test_a_place_noun_in_apposition_before_the_name(city_ids):
    text = "The talks were held in the Cameroon capital Yaounde, the ministry said."
    assert city_ids(text) == [("Yaounde", YAOUNDE)]


OMAHA = 5074472


def test_a_person_label_over_a_direction_and_a_town(city_ids):
    # spaCy calls "S.E. Omaha" a PERSON: no one's name opens with a compass point.
    text = "Fire damages S.E. Omaha apartment. Omaha firefighters were called at noon."
    assert city_ids(text) == [("Omaha", OMAHA), ("Omaha", OMAHA)]


def test_town_of_a_name_shared_with_its_province(city_ids):
    # Kunduz is a province and its capital; "the city of" says which.
    text = "Gunmen attacked police in the city of Kunduz, the Afghan interior ministry said."
    assert city_ids(text) == [("Kunduz", KUNDUZ)]


def test_an_apposition_headed_by_a_place_noun_is_evidence_of_a_place(city_ids):
    # "the Welsh capital" after the name says place (without "in": test_cities_short_texts.py)
    assert city_ids("Cardiff, the Welsh capital, hosted the ministers on Saturday.") == [
        ("Cardiff", 2653822)
    ]
    # a place noun that modifies or owns another heads no such apposition
    assert city_ids("Jackson, the town's mayor, said the road would close.") == []
    assert city_ids("Lincoln, a town planner, said the road would close.") == []
