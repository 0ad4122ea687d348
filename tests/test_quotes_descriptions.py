"""Which named person or body a description speaker stands for, and which person a pronoun
continues, on news passages written for these tests."""

import pytest


@pytest.fixture(scope="module")
def speakers(quotes_in):
    return lambda text: [q["speaker"]["name"] if q["speaker"] else None for q in quotes_in(text)]


def test_a_description_takes_the_organization_named_beside_it(speakers):
    text = (
        "Prices rose sharply in March, the German news agency DPA said. "
        '"Demand is strong," the agency reported.'
    )
    assert speakers(text)[-1] == "DPA"


def test_the_prime_minister_is_the_person_given_that_title(speakers):
    text = (
        "Prime Minister Tony Blair visited the factory on Friday. Workers cheered as he "
        'arrived. "This is a great British success," the prime minister said.'
    )
    assert speakers(text) == ["Tony Blair"]


def test_the_agent_is_the_person_named_in_apposition(speakers):
    text = (
        "The striker wants a move, according to his agent, Mark Bennett. The club has "
        'refused two bids. "He needs to play every week," the agent added.'
    )
    assert speakers(text)[-1] == "Mark Bennett"


def test_the_party_is_the_party_last_acting(speakers):
    text = (
        "The Liberal Democrats launched their manifesto in London. Voters will decide in May. "
        '"We offer a real alternative," the party said.'
    )
    assert speakers(text) == ["Liberal Democrats"]


def test_a_report_speaks_for_its_author(speakers):
    text = (
        "Oxfam published a report on Monday about aid to Africa. Rich nations have cut "
        'spending. "Millions of lives are at risk," the report said.'
    )
    assert speakers(text) == ["Oxfam"]


def test_a_pronoun_continues_the_last_sentence_main_subject(speakers):
    text = (
        '"We deserved the win," said manager Carl Mendes. Pinto could not believe his goal '
        'was disallowed by the referee. "It was over the line," he said.'
    )
    assert speakers(text) == ["Carl Mendes", "Pinto"]


def test_they_continues_the_group_that_was_last_the_subject(speakers):
    text = (
        "Oil rose to a record on Tuesday, the International Energy Agency said. Traders "
        'worried about supplies from the Gulf. "The market is nervous," they say.'
    )
    assert speakers(text)[-1] == "Traders"


def test_a_title_taken_into_the_name_is_dropped_from_it(speakers):
    text = '"It is a great day for the club," said Striker Joao Pinto after the match.'
    assert speakers(text) == ["Joao Pinto"]


def test_a_nationality_stands_for_the_one_person_in_play(speakers):
    text = (
        "Lucas Moreau scored twice as Lyon won in Madrid on Sunday. The result lifts "
        'the club to third place. "It was a special night," the Frenchman said.'
    )
    assert speakers(text) == ["Lucas Moreau"]


def test_a_title_of_a_new_body_introduces_someone_new(speakers):
    text = (
        "Ann Cole criticised the plan on Monday. The decision was taken last week. "
        '"It is unfair," the chairman of the Law Society said.'
    )
    assert speakers(text) == ["chairman of the Law Society"]


def test_a_pronoun_never_stands_for_a_quoted_title(speakers):
    text = (
        'The band opened with "Jolene" at the festival on Saturday. '
        '"It is a new start for us," she said.'
    )
    assert speakers(text) == ["she"]


def test_the_prime_minister_is_not_the_deputy_prime_minister(speakers):
    text = (
        '"We will win the vote," the prime minister told reporters on Monday. Mr Harper '
        "was speaking after a dinner hosted by Deputy Prime Minister Alan Moss. "
        'The talks went well. "Nothing has changed," the prime minister said.'
    )
    assert speakers(text)[-1] != "Alan Moss"


def test_the_same_description_stands_for_the_same_person_again(speakers):
    text = (
        "Gordon Harper faced questions over the budget on Sunday. "
        '"We do not make deals over jobs," the prime minister said. '
        "The row followed a dinner hosted by Deputy Prime Minister Alan Moss. "
        "Officials declined to comment on the claims. "
        '"This is nonsense," the prime minister said.'
    )
    assert speakers(text) == ["Gordon Harper", "Gordon Harper"]


def test_a_man_of_a_place_is_the_one_person_named(speakers):
    text = (
        "Sean Doyle should never have walked again. The crash happened a week before the "
        'final. "I knew my leg was broken," says the Cork man. "But I still hoped to race."'
    )
    assert speakers(text) == ["Sean Doyle", "Sean Doyle"]


def test_a_name_stops_before_a_bracket_left_open(quotes_in):
    text = (
        "A spokesman for the Royal College of Nursing (RCN) said the wards were full. "
        '"We need more staff now," he said.'
    )
    assert [q["speaker"]["text"] for q in quotes_in(text)] == [
        "A spokesman for the Royal College of Nursing",
        "he",
    ]


def test_the_company_is_the_firm_the_story_labelled_not_its_product(speakers):
    text = (
        "Shares rose after software firm Telvana unveiled its new product, CodeShield. "
        "Telvana said CodeShield would stop most attacks. CodeShield is expected to go on "
        "sale in March, the company said. Older systems will also be covered, the firm said."
    )
    assert speakers(text) == ["Telvana", "Telvana", "Telvana"]


def test_a_nationality_the_tagger_calls_a_group_is_the_one_person_in_play(speakers):
    text = (
        "Carlos Mendes beat Tom Reid 6-3 6-1 in the final on Sunday. Mendes said Reid had "
        'played well. "He was the better player for a set," said the American.'
    )
    assert speakers(text) == ["Carlos Mendes", "Carlos Mendes"]


def test_a_description_before_the_name_is_the_one_person_given_that_title_later(speakers):
    text = (
        "The company was sued on Monday. The Ohio attorney general said it had broken the "
        'law. "Fraud must stop," said Dana Ruiz, Ohio attorney general.'
    )
    assert speakers(text) == ["Dana Ruiz", "Dana Ruiz"]


def test_a_description_named_later_is_not_someone_of_another_rank(speakers):
    text = (
        "The prime minister said the plan would go ahead. Deputy Prime Minister Joan Pike "
        'and Aid Minister Ken Tate attended. "It is a fair plan," Mr Tate said.'
    )
    assert speakers(text) == ["prime minister", "Ken Tate"]


def test_her_agent_is_the_person_named_agent_not_herself(speakers):
    text = (
        "The actress Ann Hale died in London on Sunday, her agent said. "
        'Agent Mark Dunn said: "She was loved by everyone."'
    )
    assert speakers(text) == ["Mark Dunn", "Mark Dunn"]


def test_her_agent_named_by_no_one_stays_a_description(speakers):
    text = "Ann Hale was charged on Monday. Her lawyer said she would plead not guilty."
    assert speakers(text) == ["Her lawyer"]


def test_the_firm_in_a_lead_is_the_one_business_named_before_it(speakers):
    text = (
        "Dockside Ferries\n\nRegulators are looking into share sales at retailer Argos "
        "Holdings, the firm has said. Argos said it would co-operate."
    )
    assert speakers(text) == ["Argos Holdings", "Argos"]


def test_a_description_named_later_keeps_its_qualifier(speakers):
    text = (
        "The pound rose after the central bank head said inflation would ease. "
        '"It was a calm day," said Ann Cole, head of research at a Dutch bank.'
    )
    assert speakers(text) == ["central bank head", "Ann Cole"]


def test_a_nations_officials_are_the_one_state_body_of_it_named(speakers):
    text = (
        "Transport Canada grounded the small airline's fleet on Monday. Canadian authorities "
        'said the planes "had not been inspected for two years".'
    )
    assert speakers(text) == ["Transport Canada"]
    text = (
        "The U.S. Food and Drug Administration has approved the drug. U.S. officials said "
        'it was "safe for adults".'
    )
    assert speakers(text) == ["U.S. Food and Drug Administration"]


def test_a_nations_officials_are_no_firm_of_that_nation(speakers):
    text = (
        "British Airways cancelled 40 flights. British officials said the strike was "
        '"a matter for the company".'
    )
    assert speakers(text) == ["British officials"]
