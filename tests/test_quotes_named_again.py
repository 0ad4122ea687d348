"""A speaker the story has already named, found again: the company a story is about, the
people 'the three men' counts, a new speaker's tag after a quote, a pronoun after a name
given as a clause's agent, and a reported clause the parser split at its 'and'. News
passages written for these tests."""

import pytest


def test_the_company_is_the_business_the_story_opened_with(said):
    text = (
        "Shares in fashion chain Harlow Brothers fell 8% on Tuesday after a profit warning.\n\n"
        "Sales in the six weeks to January fell by 4%, hit by mild weather.\n\n"
        'Analysts cut their forecasts. "The outlook for the spring is poor," the company said.'
    )
    assert said(text)[-1] == (
        "The outlook for the spring is poor,",
        "Harlow Brothers",
        "organization",
    )


def test_the_firm_is_not_a_rival_named_once_in_passing(said):
    text = (
        "Vauxford Motors is to cut 500 jobs at its plant in Swindon, blaming weak demand.\n\n"
        "Unions said the move by Vauxford Motors was a blow to the town. Rival carmaker "
        "Norcar Ltd said last month it would expand in the area.\n\n"
        '"We regret the impact this will have on our staff," the firm said.'
    )
    assert said(text)[-1][1:] == ("Vauxford Motors", "organization")


def test_the_company_is_no_business_named_only_after_the_lead(said):
    text = (
        "The oil producer has asked a US court to halt the auction of its main unit.\n\n"
        "Its lawyers say the sale breaks international law. A judge in Houston will rule on "
        "Thursday. Officials plan to sell Tomsk Oil Corporation on 19 December to settle "
        "a tax bill.\n\n"
        "The company said it had no other way to protect its shareholders."
    )
    assert said(text)[-1][1] == "company"


def test_the_group_is_not_the_business_of_the_lead(said):
    text = (
        "Shares in fashion chain Harlow Brothers fell 8% on Tuesday.\n\n"
        "A group of MPs has called for an inquiry. The group said the collapse was avoidable."
    )
    assert said(text)[-1][1] != "Harlow Brothers"


def test_a_later_label_needs_the_story_to_have_called_it_one(said):
    text = (
        "Record boss Jo Hart has won an injunction against R&B singer Mark Dale.\n\n"
        "Dale signed a deal a year ago, with the label saying his album was due in March."
    )
    assert said(text)[-1][1] == "label"


def test_the_three_men_are_the_three_people_just_named(said):
    text = (
        "Three men accused of a mortgage fraud have been cleared at Leeds Crown Court.\n\n"
        "John Hale, 45, Rob Stone, 38, and Kevin Marr, 51, had denied the charges.\n\n"
        '"We have always said we were innocent," the three men said in a statement. '
        '"Now we want our lives back," they said.'
    )
    names = "John Hale, Rob Stone and Kevin Marr"
    assert [s[1:] for s in said(text)] == [(names, "group"), (names, "group")]


def test_a_count_the_last_names_do_not_match_is_left_a_description(said):
    text = (
        'John Hale and Rob Stone had denied the charges.\n\n"We are innocent," the three men said.'
    )
    assert said(text)[-1][1:] == ("three men", "group")


def test_a_tag_after_a_quote_of_its_own_paragraph_gives_the_new_speaker(said):
    text = (
        "The club was fined £20,000 on Monday.\n\n"
        '"We accept the punishment," said chairman Bill Hart.\n\n'
        '"It is unfair on the fans who behave." Captain Lee Moss said the players were upset.'
    )
    speakers = [s[1] for s in said(text)]
    assert speakers == ["Bill Hart", "Lee Moss", "Lee Moss"]


def test_a_bare_tag_with_an_apposition_after_a_quote_gives_the_new_speaker(said):
    text = (
        '"We accept it," said chairman Bill Hart. "It is unfair on the fans." Lee Moss, the '
        "club's captain, agreed."
    )
    assert [s[1] for s in said(text)] == ["Bill Hart", "Lee Moss"]


def test_a_speech_running_on_keeps_its_speaker_though_a_report_follows(said):
    text = (
        'Prof Ann Lake said: "We will listen to patients first.\n\n'
        '"They will know we value them." Health Secretary Tom Hume said the review was '
        "overdue."
    )
    assert [s[1] for s in said(text)] == ["Ann Lake", "Ann Lake", "Tom Hume"]


def test_a_sentence_about_someone_else_after_a_quote_is_no_tag(said):
    text = (
        '"I knew nothing about her before this film," said actor Tom Reyes.\n\n'
        '"It was a dream to land this part." Actress Jane Wood continues to live in Paris.'
    )
    assert [s[1] for s in said(text)] == ["Tom Reyes", "Tom Reyes"]


def test_he_is_the_person_a_passive_names_as_its_agent(said):
    text = (
        "Health Secretary Alan Moore announced an inquiry into the deaths on Monday.\n\n"
        "The inquiry will be led by retired judge Sir Peter Long.\n\n"
        '"I will go wherever the evidence leads," he said.'
    )
    assert said(text)[-1][1] == "Peter Long"


def test_he_is_still_the_subject_a_passive_agent_accompanied(said):
    text = (
        "Lord Kinley took his seat in the House of Lords on Monday.\n\n"
        "Lord Kinley was accompanied by the Lords leader, Lord Hassan.\n\n"
        '"It is a good base for campaigning," he said.'
    )
    assert said(text)[-1][1] == "Kinley"


def test_he_is_the_person_a_copula_names(said):
    text = (
        "Rovers chairman Bill Hart confirmed the appointment on Friday.\n\n"
        "The new manager is Tony Vance, who led Town to promotion last season.\n\n"
        '"This is a huge club and I cannot wait to start," he said.'
    )
    assert said(text)[-1][1] == "Tony Vance"


def test_a_reported_clause_split_at_its_and_runs_on(said):
    text = (
        'Kerr said he was "only now coming to terms" with what had happened and his view of '
        "the city had been changed after ten happy years there."
    )
    assert said(text)[0][0] == (
        'he was "only now coming to terms" with what had happened and his view of the city '
        "had been changed after ten happy years there"
    )


def test_a_report_joined_by_and_is_still_cut_off(said):
    text = "The minister said the plan was sound and Ms Cole said it would fail."
    assert [s[:2] for s in said(text)] == [
        ("the plan was sound", "minister"),
        ("it would fail", "Cole"),
    ]


@pytest.mark.parametrize(
    ("position", "name"),
    [("lock", "Owen Pritchard"), ("batsman", "Owen Pritchard"), ("jockey", "Owen Pritchard")],
)
def test_a_players_position_is_the_player_the_story_named(said, position, name):
    """A team position ("the prop", "the lock", "the batsman") names the player, as "the
    striker" does: the story named him a sentence before."""
    text = (
        "Owen Pritchard says the side are ready for the trip to Dublin on Sunday.\n\n"
        f'The {position} said: "We have trained hard all week and we know what is coming."'
    )
    assert said(text)[-1] == (
        "We have trained hard all week and we know what is coming.",
        name,
        "person",
    )
