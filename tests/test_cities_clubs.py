"""Sports clubs called by their towns (claimx/steps/cities/readings.py): in a sports story a
town in a team's role is the club. Sentences written for these tests."""

import pytest

LEEDS = 2644688
MANCHESTER = 2643123
CARDIFF = 2653822
MADRID = 3117735


def test_result_words_make_a_team(city_ids):
    text = (
        "The striker scored twice in the league this season, but his side lost 2-1 to Chelsea "
        "and were knocked out of the cup by Swansea. He lives in Leeds."
    )
    assert city_ids(text) == [("Leeds", LEEDS)]


def test_moves_make_a_club(city_ids):
    text = (
        "The midfielder, long linked with Liverpool, moved to Barcelona for £8m last season "
        "after a spell as a team-mate at Cardiff. The transfer was agreed in Madrid."
    )
    assert city_ids(text) == [("Madrid", MADRID)]


def test_possessive_before_a_score_or_sport_word(city_ids):
    text = (
        "Tottenham's Premiership fixture was moved after Everton's 3-0 defeat, the league said, "
        "and the squad flew to Manchester."
    )
    assert city_ids(text) == [("Manchester", MANCHESTER)]


def test_names_listed_with_a_club_are_clubs(city_ids):
    text = (
        "The league cup draw for next season is on Friday. Chelsea, Barcelona and Bayern "
        "Munich are the favourites, and the final will be played in Cardiff."
    )
    assert city_ids(text) == [("Cardiff", CARDIFF)]


def test_athletics_meetings_stay_places(city_ids):
    text = (
        "The sprinter won the 60m at the indoor meeting in Madrid, beating his season's best "
        "against a strong field before the championship."
    )
    assert city_ids(text) == [("Madrid", MADRID)]


def test_leaving_a_club_and_a_spell_at_one(city_ids):
    """A player quits a club (and the club he quits it for is one too) and has a spell at
    one; the town he comes home to is a place."""
    text = (
        "The striker scored twice in the league match and the coach praised the squad after"
        " the derby. He quit Barcelona for Milan in the summer, and after a spell at Marseille"
        " he came home to Leeds."
    )
    assert city_ids(text) == [("Leeds", LEEDS)]


def test_a_fixture_at_home_or_away_to_a_club(city_ids):
    """ "at home to Stoke", "away to Leeds": the opponent of a fixture is the club."""
    text = (
        "The new manager's first league match will be at home to Stoke on Saturday, and his "
        "side were drawn away to Leeds in the cup. He signed his contract in Manchester."
    )
    assert city_ids(text) == [("Manchester", MANCHESTER)]


def test_a_hyphenated_position_a_relative_who_and_a_signing_over_a_name(city_ids):
    # "tight-head" is three tokens to spaCy; a town takes "which", a club "who"; "signed
    # Hughes from Bath" has the player between the move and the club.
    text = (
        "Prop Tom Hughes expects Wales to test England's scrum in Cardiff on Saturday, the "
        "coach said of his squad. The Gloucester tight-head is in the form of his life.\n\n"
        "Northampton, who signed Hughes from Bath last season, are top of the league."
    )
    assert city_ids(text) == [("Cardiff", CARDIFF)]


def test_the_places_of_the_same_sentences_stay_towns(city_ids):
    # Controls: a player's home town, and a move of house, not of club.
    text = (
        "The Gloucester-born prop has a hard scrum ahead, the coach of the squad said. Hughes "
        "moved his family from Bath to Leeds last season, and the league starts on Saturday."
    )
    assert [name for name, _ in city_ids(text)] == ["Gloucester", "Bath", "Leeds"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 25-year-old Newcastle star takes over as captain.",
        "The winger made his comeback for Leeds in the Premiership after knee surgery.",
    ],
)
def test_a_clubs_star_and_an_appearance_for_a_club(city_ids, sentence):
    """ "the Newcastle star", "his comeback for Leeds": the club; "for" alone is no cue ("left for
    Madrid")."""
    text = (
        f"{sentence} The squad for the league match this season was named on Monday, and the "
        "coach said the scrum was the key. The players left for Madrid on Sunday."
    )
    assert city_ids(text) == [("Madrid", MADRID)]
