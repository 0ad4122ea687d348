"""Which person a pronoun speaker stands for, and which speaker a quote without a cue of its
own continues, on news passages written for these tests."""

import pytest

import claimx


@pytest.fixture(scope="module")
def speakers(quotes_in):
    return lambda text: [
        (q["text"], q["speaker"]["name"] if q["speaker"] else None)
        for q in quotes_in(text)
        if q["direct"]
    ]


def test_subject_of_a_reported_clause_yields_to_the_main_subject(speakers):
    text = (
        "Chancellor Gordon Brown told MPs that Michael Howard had got his sums wrong. "
        '"It is a fantasy," he said.'
    )
    assert speakers(text) == [("It is a fantasy,", "Gordon Brown")]


def test_subject_of_a_relative_clause_yields_to_the_main_subject(speakers):
    text = (
        "Lib Dem leader Charles Kennedy visited a school in Leeds, where head teacher "
        'David Jones showed him new computers. "Schools need more money," he said.'
    )
    assert speakers(text) == [("Schools need more money,", "Charles Kennedy")]


def test_a_name_inside_the_quote_is_no_antecedent(speakers):
    text = (
        "Sir Alex Ferguson praised his striker after the match. "
        '"Wayne was fantastic today," he said.'
    )
    assert speakers(text) == [("Wayne was fantastic today,", "Alex Ferguson")]


def test_a_name_inside_the_quote_is_no_governing_subject(speakers):
    text = (
        "Gordon Brown told MPs that the recovery would last. "
        '"Mr Howard is wrong about the deficit," he said.'
    )
    assert speakers(text) == [("Mr Howard is wrong about the deficit,", "Gordon Brown")]


def test_a_name_only_quoted_is_the_last_resort(speakers):
    text = (
        'Party chairman Peter Fox said: "Maria has already been campaigning in the north." '
        'In an interview on Tuesday she said: "I enjoy meeting voters."'
    )
    assert speakers(text)[-1] == ("I enjoy meeting voters.", "Maria")


def test_a_surname_subject_tagged_otherwise_is_still_the_person(speakers):
    text = (
        "Premiership striker Kevin Campbell has won an injunction against singer Mark "
        'Morrison. "I am gutted," Mr Campbell said.\n\n'
        "But Morrison is determined the album will be released on Monday. "
        'He said: "The injunction is ludicrous."'
    )
    assert speakers(text)[-1] == ("The injunction is ludicrous.", "Mark Morrison")


def test_a_relative_pronoun_for_a_thing_gives_the_words_to_its_maker(speakers):
    text = (
        "Senator Jane Reid is releasing a new television ad that urges voters in Ohio "
        'to "stand up for working families".'
    )
    assert speakers(text) == [("stand up for working families", "Jane Reid")]


def test_a_party_label_in_brackets_ends_no_sentence(speakers):
    text = (
        "Republicans said the credibility of Congress was on the line. "
        '"We cannot have witnesses refuse to answer questions," Rep. Tom Hale (R-Fla.) said. '
        '"That would make a mockery of the committee."'
    )
    assert speakers(text) == [
        ("We cannot have witnesses refuse to answer questions,", "Tom Hale"),
        ("That would make a mockery of the committee.", "Tom Hale"),
    ]


def test_the_company_is_the_firm_the_story_had_acting(speakers):
    text = (
        "Brightwell said on Tuesday that annual sales rose 6%. Brightwell expects to open "
        "40 stores next year. Rival Norcross last month cut its own forecast. "
        'The company said: "Our customers have stayed loyal through a difficult winter."'
    )
    assert speakers(text) == [
        ("Our customers have stayed loyal through a difficult winter.", "Brightwell")
    ]


def test_an_untitled_description_is_the_subject_of_the_sentence_before(speakers):
    text = (
        "Michael Howard has denied that his shadow cabinet was split over identity cards. "
        'The Tory leader said: "We took the decision together after a long discussion."'
    )
    assert speakers(text) == [
        ("We took the decision together after a long discussion.", "Michael Howard")
    ]


def test_a_description_given_to_someone_else_is_not_the_subject_before(speakers):
    text = (
        "Chancellor Gordon Brown defended the Budget on Tuesday. "
        'The prime minister said: "It is a Budget for hard-working families."'
    )
    assert speakers(text) == [("It is a Budget for hard-working families.", "prime minister")]


def test_a_name_in_apposition_to_the_subject_is_an_antecedent(speakers):
    text = (
        "Party leader Roger Knapman said he was glad to see the back of the former chat show "
        "host. A spokesman for the party, Nigel Farrow, said the decision was final. "
        '"He had a remarkable ability to influence people," he added.'
    )
    assert speakers(text) == [
        ("He had a remarkable ability to influence people,", "Nigel Farrow"),
    ]


def test_a_title_before_the_name_in_apposition_gives_the_name_and_the_title(quotes_in):
    text = (
        "The Secretary of State for Health, Alan Milburn, said the plan would cut waiting "
        'lists by a third. "We are putting patients first," he added.'
    )
    speakers = [(q["speaker"]["name"], q["speaker"]["title"]) for q in quotes_in(text)]
    assert speakers == [("Alan Milburn", "Secretary of State for Health")] * 2


def test_she_is_the_woman_named_before_a_name_of_unknown_gender(speakers):
    text = (
        "Karen Walsh met the investor Okonkwo in London on Monday. Okonkwo offered to "
        'buy the firm. "We will not sell," she said.'
    )
    assert speakers(text) == [("We will not sell,", "Karen Walsh")]


def test_a_pronoun_continues_a_spokesman_left_unnamed(speakers):
    text = (
        "Culture Secretary Jane Hollis said the new casinos would be strictly regulated. "
        "A spokesman for the Casino Owners Association said firms were at a disadvantage. "
        '"Our industry is one of the best run in the world," he said.'
    )
    assert speakers(text) == [
        (
            "Our industry is one of the best run in the world,",
            "spokesman for the Casino Owners Association",
        )
    ]


def test_a_continued_paragraph_keeps_its_speaker_before_the_next_lead_in(speakers):
    text = (
        'Mr Wells said: "Your vote was wasted in 2001. "What voters need is a party that '
        'listens." Responding to the speech, Tory chairman Liam Rowe said: "Their sums do '
        'not add up."'
    )
    assert [name for _, name in speakers(text)] == ["Wells", "Wells", "Liam Rowe"]


def test_a_short_surname_ends_its_sentence(speakers):
    text = (
        '"He serves better than anyone on the tour," said Kemp. Tomas Berg was more '
        'cautious about his chances: "I have to return better if I want to win here."'
    )
    assert [name for _, name in speakers(text)] == ["Kemp", "Tomas Berg"]


def test_a_new_paragraph_introducing_a_speaker_before_a_quote(quotes_in):
    text = (
        '"We will vote against the measure," Mr Hale said.\n\n'
        "The BBC's political editor, Anna Ford, said the vote would be close. But she said "
        'a deal was still possible. "Both sides want this settled before the summer."'
    )
    assert [q["speaker"]["name"] for q in quotes_in(text) if q["direct"]] == [
        "Hale",
        "Anna Ford",
    ]


def test_it_is_the_company_that_was_the_subject_not_one_listed_after(quotes_in):
    text = (
        "Until now Norvale Systems Inc has left the market for home routers to rivals such as "
        "Altec, Brightnet and Corvion. It said that its new router would go on sale in June."
    )
    assert [q["speaker"]["name"] for q in quotes_in(text)] == ["Norvale Systems Inc"]


def test_they_are_the_bodies_of_a_kind_that_were_the_subject_before(speakers):
    text = (
        "The European Commission said the new charges were fair.\n\n"
        "Mobile operators have complained about the charges.\n\n"
        '"We cannot afford to build new masts," they said.'
    )
    assert speakers(text) == [("We cannot afford to build new masts,", "Mobile operators")]


def test_they_after_a_closing_tag_are_its_speakers():
    """The parse hangs '..., peers said' on the reported clause: its subject is no centre."""
    text = (
        "Family courts face new rules\n\nThe home affairs committee said parents could "
        "exploit delays in the system. Courts should be used as a last resort, but where they "
        "are, sentences should be served in full, peers said. But they rejected the claim "
        "made by some groups that there should be a legal presumption of shared care."
    )
    out = claimx.extract(text, published="2024-03-04")
    last = out["claims"][-1]
    assert (text[last["start"] : last["start"] + 17], last["claimer"]["name"]) == (
        "But they rejected",
        "peers",
    )
