"""A speaker's name as the story gives it: a surname with its particle, a body named with a
place or for its founder, a body the tagger ran into a person's name, and a spokesman owned
by the person he speaks for; on news passages written for these tests."""

import pytest


@pytest.fixture(scope="module")
def said(quotes_in):
    """(quoted words, speaker name, title, organization, kind) of each quote."""

    def run(text):
        out = []
        for q in quotes_in(text):
            sp = q["speaker"] or {}
            out.append(
                (q["text"], sp.get("name"), sp.get("title"), sp.get("organization"), sp.get("kind"))
            )
        return out

    return run


def test_a_surname_with_its_particle_is_the_full_name_given_before(said):
    text = (
        "Belgian Prime Minister Karel van Damme has defended his budget against union protests.\n\n"
        'Speaking in Brussels, Mr van Damme said: "We will not back down."'
    )
    assert said(text)[-1] == ("We will not back down.", "Karel van Damme", None, None, "person")


def test_a_body_named_with_a_place_keeps_its_first_word(said):
    text = (
        "Rail timetable row\n\n"
        "Transport Scotland said the new timetable would leave many commuters worse off."
    )
    assert said(text) == [
        (
            "the new timetable would leave many commuters worse off",
            "Transport Scotland",
            None,
            None,
            "organization",
        )
    ]


def test_an_honorific_before_a_surname_the_tagger_took_for_a_place_is_no_body(said):
    text = (
        "Bob Reading, the council leader, has warned of cuts.\n\n"
        '"We cannot go on like this," said Mr Reading.'
    )
    assert said(text)[-1][1] == "Bob Reading"


def test_a_firm_named_for_its_founder_keeps_the_possessive(said):
    text = (
        "Carmaker's debt cut to junk\n\n"
        "The carmaker's debt was cut to junk status on Tuesday. "
        '"The downgrade reflects weak sales in Europe," said Standard & Poor\'s.'
    )
    assert said(text)[-1] == (
        "The downgrade reflects weak sales in Europe,",
        "Standard & Poor's",
        None,
        None,
        "organization",
    )


def test_a_union_run_into_its_leaders_name_is_his_organization(said):
    text = (
        "Strike threat over pensions\n\n"
        "Public service union Unison is to ballot its members over pension changes. "
        'Unison Dave Prentis said the union would "fight all the way".'
    )
    assert said(text)[-1] == ("fight all the way", "Dave Prentis", None, "Unison", "person")


def test_a_first_name_the_word_list_lacks_stays_in_the_name(said):
    text = (
        "Central bank governor Farhat Omar Ben Ali said the bank was opening accounts abroad. "
        '"We are opening accounts in banks in Europe," he said.'
    )
    assert said(text)[-1][1] == "Farhat Omar Ben Ali"


def test_a_spokesman_owned_by_a_politician_is_the_spokesman(said):
    text = "Mr Blair's official spokesman said the prime minister would study the report."
    assert said(text) == [
        (
            "the prime minister would study the report",
            "Mr Blair's official spokesman",
            "official spokesman",
            None,
            "unnamed",
        )
    ]


def test_a_description_holding_a_firms_name_is_not_that_firm(said):
    text = (
        "An executive at insurance broker Harlow & Finch has pleaded guilty to fraud.\n\n"
        '"We are saddened by the development," Harlow said in a statement.\n\n'
        "The Harlow executive admitted he had rigged bids for two years."
    )
    out = said(text)
    assert out[0][1:] == ("Harlow", None, None, "organization")
    assert out[-1] == (
        "he had rigged bids for two years",
        "Harlow executive",
        "executive",
        "Harlow",
        "unnamed",
    )


def test_a_statement_owned_by_a_day_is_the_one_the_body_issued(said):
    text = (
        "Two sprinters have been cleared of doping offences.\n\n"
        "UK Athletics issued a statement on Wednesday clearing the pair, who had missed three "
        "tests. Their coach was also cleared.\n\n"
        "Wednesday's statement said the athletes had given adequate reasons for missing them."
    )
    assert said(text) == [
        (
            "the athletes had given adequate reasons for missing them",
            "UK Athletics",
            None,
            None,
            "organization",
        )
    ]


def test_honorific_and_particle_the_tagger_called_a_body_are_no_organization(base_nlp):
    from spacy.tokens import Span

    from claimx.steps.quotes import load_quote_rules
    from claimx.steps.quotes.roles import role

    doc = base_nlp("Mr de Villepin said the law would stay.")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 2, 3, label="PERSON")]
    words = load_quote_rules().words
    assert role(doc[2], doc[2:3], bytearray(len(doc)), words) == (None, None)
