"""Whose words a quote is when the story names more than one level (a spokesman and the one
he speaks for, two people speaking together), how much of a name the speaker is, and quoted
terms nobody said; on news passages written for these tests."""

import pytest


@pytest.fixture(scope="module")
def said(quotes_in):
    return lambda text: [
        (q["text"], q["speaker"]["name"] if q["speaker"] else None) for q in quotes_in(text)
    ]


@pytest.fixture(scope="module")
def speakers(quotes_in):
    return lambda text: [q["speaker"]["name"] if q["speaker"] else None for q in quotes_in(text)]


def test_a_spokesman_for_a_named_person_is_the_spokesman(quotes_in):
    text = (
        "A spokesman for Gordon Brown said the figures were wrong. "
        '"The chancellor has always been clear," the spokesman said. '
        "He added that the report would be published in June."
    )
    found = [q["speaker"] for q in quotes_in(text)]
    assert [s["name"] for s in found] == ["spokesman for Gordon Brown"] * 3
    assert [s["kind"] for s in found] == ["unnamed"] * 3
    assert [s["organization"] for s in found] == ["Gordon Brown"] * 3


def test_a_titled_name_beside_the_one_served_is_not_the_spokesman(quotes_in):
    text = (
        "But, a spokesman for the minister, Health Secretary Tom Reid, said no formal "
        "decision had been taken."
    )
    found = [q["speaker"] for q in quotes_in(text)]
    assert [s["kind"] for s in found] == ["unnamed"]
    assert [s["title"] for s in found] == ["spokesman"]


def test_a_title_with_a_field_still_names_the_holder(speakers):
    text = '"He will miss six weeks," said Leeds director of football Martin Hale.'
    assert speakers(text) == ["Martin Hale"]


def test_two_people_who_spoke_together_are_both_named(quotes_in):
    text = (
        '"We are deeply sorry for the delays," Acme chairman John Fowler and chief executive '
        "Sarah Lake said in a letter to customers."
    )
    (quote,) = quotes_in(text)
    assert quote["speaker"]["name"] == "John Fowler and Sarah Lake"
    assert quote["speaker"]["kind"] == "group"
    assert quote["speaker"]["text"] == "John Fowler and chief executive Sarah Lake"


def test_two_firms_that_spoke_together_are_both_named(speakers):
    text = "Microsoft and Intel said the new chips would ship in the spring."
    assert speakers(text) == ["Microsoft and Intel"]


def test_a_party_the_tagger_left_untyped_joins_the_other(speakers):
    text = "Labour and the Liberal Democrats have said the party's sums do not add up."
    assert speakers(text) == ["Labour and Liberal Democrats"]


def test_a_name_followed_by_where_the_speaker_is_from(speakers):
    text = (
        '"The trend this year remains all about value and how that is completely transforming '
        'products and the way people interact with them," Anna Cole, from the British Retail '
        "Consortium (BRC) told the BBC News website."
    )
    assert speakers(text) == ["Anna Cole"]


def test_figures_speak_for_whoever_released_them(speakers):
    text = (
        "House prices rose by 2% in May, according to figures released by the Nationwide "
        "Building Society on Tuesday."
    )
    assert speakers(text) == ["Nationwide Building Society"]


def test_a_hyphenated_name_keeps_its_hyphen(speakers):
    text = (
        '"We will win the seat," said Iain Duncan-Smith. Labour disagreed. '
        '"It is ours to lose," Mr Duncan-Smith added.'
    )
    assert speakers(text) == ["Iain Duncan-Smith", "Iain Duncan-Smith"]


def test_a_number_in_a_stage_name_is_part_of_it(speakers):
    text = 'Andre 3000 thanked fans "for sticking with us". "We love you," he said.'
    assert speakers(text) == ["Andre 3000", "Andre 3000"]


def test_a_name_the_tagger_took_for_a_title_after_a_quote_is_a_person(quotes_in):
    (quote,) = quotes_in('"We are ready," Jean-Pierre Raffarin said.')
    assert (quote["speaker"]["name"], quote["speaker"]["kind"]) == (
        "Jean-Pierre Raffarin",
        "person",
    )


def test_a_team_is_no_antecedent_of_he(speakers):
    text = (
        "Wales prop Gethin Rees is set to stay with Bath. The Ospreys are interested in him. "
        "Although he played for the Ospreys last season, he admitted that he was unhappy there."
    )
    assert speakers(text) == ["Gethin Rees"]


def test_the_bank_is_the_bank_that_spoke_just_before(speakers):
    text = (
        "Their accounts later passed to Fleet Bank, which HSBC bought last year. "
        "HSBC said it would pay $5m to the fund. The bank said that it was a very "
        "different company today."
    )
    assert speakers(text) == ["HSBC", "HSBC"]


def test_the_firm_is_not_the_firm_its_sentence_names(speakers):
    text = (
        "A slump in sales at Toyota's Lexus brand has hit profits at the group. Lexus is hoping "
        "to cut costs by 2006. The firm said it was determined to keep Lexus' place as the "
        "best-selling luxury brand."
    )
    assert speakers(text) == ["firm"]


def test_a_slogan_or_a_term_in_a_noun_phrase_is_no_quote(said):
    text = (
        'Rivertel\'s "Keep talking Britain" campaign was launched in May. From June, users '
        'can block calls to numbers that are not on a customer\'s "approved list".'
    )
    assert said(text) == []


def test_a_product_is_no_antecedent_of_it_said(said):
    text = (
        "Google has released a fix for a flaw in the Android operating system. Android is a "
        "target for hackers because it runs on so many phones. Patching has cost the company "
        "millions, it says."
    )
    assert said(text) == [("Patching has cost the company millions", "Google")]


def test_a_reports_words_are_its_named_authors(said):
    text = (
        "Web users are careless with passwords, suggests a report into online habits. The "
        "report by the Hartwell Research Institute says most users reuse the same password."
    )
    assert said(text)[-1] == (
        "most users reuse the same password",
        "Hartwell Research Institute",
    )


def test_a_report_by_a_described_firm_is_the_firms(said):
    text = (
        "A report by telecoms giant Norcom warns that millions will be left behind online. The "
        'hope that the gap will close by itself is "wishful thinking", the report concludes.'
    )
    assert [name for _, name in said(text)][-2:] == ["Norcom", "Norcom"]


def test_a_product_one_installs_is_no_antecedent_of_it_said(said):
    text = (
        "Google said the flaw affected millions of phones. Android is installed on most new "
        'handsets. It said "a fix will be ready by Friday".'
    )
    assert said(text)[-1] == ("a fix will be ready by Friday", "Google")


def test_the_firm_is_the_operator_named_not_a_capitalized_noun(said):
    text = (
        "Passengers in Lima faced delays on Monday after city tram operator Transandina cut "
        "services. Ridership has fallen by a third since March. The firm said it would restore "
        "the timetable by June."
    )
    assert said(text) == [("it would restore the timetable by June", "Transandina")]
