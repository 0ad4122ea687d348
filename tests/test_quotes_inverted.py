"""Speakers named after a comma, by age, or by an organization's pronoun: passages written for
these tests."""

import pytest


@pytest.fixture(scope="module")
def speakers(quotes_in):
    return lambda text: [
        (q["text"], q["speaker"]["text"], q["speaker"]["name"])
        for q in quotes_in(text)
        if q["direct"] and q["speaker"] is not None
    ]


def test_speaker_after_quoted_clause_and_comma(speakers):
    text = (
        'Clinton "drew quite well from rural voters" in the 2008 primary, said Ohio State '
        "University professor Paul Beck."
    )
    assert speakers(text) == [
        ("drew quite well from rural voters", "Paul Beck", "Paul Beck"),
    ]


def test_speaker_before_an_apposition_in_commas(speakers):
    text = (
        "Retired general Michael Flynn said the remark was fair.\n\n"
        "\u201cHe's absolutely right. There's a severe disconnect between this White House "
        "and frankly the president and our military,\u201d Flynn, a top Trump surrogate, said "
        "Thursday morning on Fox News\u2019s \u201cFox and Friends.\u201d"
    )
    found = speakers(text)
    assert found[-1][1:] == ("Flynn", "Michael Flynn")


def test_speaker_described_by_age(speakers):
    text = (
        "Former captain Jordan Pike, who now plays in Qatar, says the side is far better.\n\n"
        "\u201cDonald is, and always has been, an amazing leader,\u201d said the 34-year-old."
    )
    assert speakers(text)[-1][1:] == ("the 34-year-old", "Jordan Pike")


def test_organization_pronoun_is_the_governing_subject(speakers):
    text = (
        "The regulator said on Monday that it had fined the bank. The European Commission "
        'later issued a ruling against the firm over what it called "a serious abuse of '
        'dominance."'
    )
    assert speakers(text) == [
        ("a serious abuse of dominance.", "it", "European Commission"),
    ]


def test_verbs_of_manner_report_speech(quotes_in):
    text = (
        "Council leader Joan Harper faced a hostile meeting on Tuesday.\n\n"
        '"Nooooo!" the crowd cried out when she asked whether taxes should rise.\n\n'
        "Analyst Tom Reed speculated that the vote had been delayed to save money."
    )
    got = [(q["direct"], q["speaker"]["text"]) for q in quotes_in(text) if q["speaker"]]
    assert (True, "the crowd") in got
    assert (False, "Tom Reed") in got


def test_speech_noun_speaker_is_its_possessor(speakers):
    text = (
        "Protesters at the rally denounced Senator Mark Dale\u2019s call for "
        '"a complete halt to all new building on the coast."'
    )
    assert speakers(text) == [
        ("a complete halt to all new building on the coast.", "Mark Dale", "Mark Dale"),
    ]


def test_possessor_only_of_a_noun_taking_the_words(speakers):
    text = (
        "In an interview last month, Joan Price slated the comedian for his character's "
        '"crude" brand of humour.'
    )
    assert all(sp[1] != "character" for sp in speakers(text))


def test_a_cue_with_an_infinitive_after_a_quote_is_a_new_report(quotes_in):
    text = (
        'Home Secretary Anne Lowe said: "Violent crime is falling. '
        '"Where an offender carries a knife, the court must pass a prison sentence." '
        "The commission also recommended tightening the law on self-defence."
    )
    assert [q["speaker"]["name"] for q in quotes_in(text) if q["direct"]] == ["Anne Lowe"] * 2


def test_a_sentence_opening_with_a_verb_after_a_quote_is_no_tag(quotes_in):
    text = (
        '"We sold out by lunchtime," said shop manager Ruth Bell. "Then the queue came back." '
        "Predicted winner Blue Sky is expected to top the chart on Sunday."
    )
    assert [q["speaker"]["name"] for q in quotes_in(text)] == ["Ruth Bell", "Ruth Bell"]
