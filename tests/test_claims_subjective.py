"""Judgements found with the subjectivity lexicon (models/claims/subjective.txt): a copula
whose predicate is a word of strong sentiment is no claim, unless a name, a date, an
existential, a finding or a state a record confirms makes it one. Every sentence here was
written for these tests."""

import pytest

import claimx


def _claims(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    "sentence",
    [
        # a predicate adjective of strong sentiment
        "Her performance in the final was outstanding.",
        # a predicate noun with "a"
        "The opening night was a triumph.",
        # an adjective of strong sentiment on a predicate noun
        "It was a wasted journey for the visitors.",
        # the reported clause of "X said P"
        "The union said the pay offer was insulting.",
        # a feeling
        '"I was ashamed of the way we defended," the captain said.',
    ],
)
def test_a_judgement_in_a_word_of_strong_sentiment_is_no_claim(sentence):
    assert sentence not in _claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an existential asserts that something happened
        ("There was an outcry when the library closed.", "other"),
        # a date ties it to a record
        ("She was outstanding in 2003.", "other"),
        # a state a record confirms (words.json factual_states)
        ("The company is bankrupt, its administrators said.", "other"),
        ("The vaccine was effective against the virus.", "other"),
        # "the": who, not how good
        ("They were the heroes of the final.", "other"),
        # a finding of a survey
        ("A survey found that commuters were miserable.", "other"),
        # an event verb with a number, sentiment words or not
        ("The attack killed 12 people.", "quantity"),
    ],
)
def test_facts_with_words_of_sentiment_stay_claims(sentence, kind):
    assert _claims(sentence)[sentence] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # a feeling about something named is still a feeling
        "The coach said he was disillusioned with the board and its plans for Europe.",
        "He was bitter about his treatment by the Labour Party.",
        # a person who becomes or remains so
        "He has become frustrated with the slow pace of talks in Madrid.",
        "She told reporters she remained very concerned about the patients.",
    ],
)
def test_how_a_person_feels_is_no_claim(sentence):
    assert sentence not in _claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a state of a thing, not a feeling
        ("The Treasury said the economy remained strong.", "other"),
        # what a survey found is its finding
        (
            "A survey by a consumer group found that shoppers were unhappy with their bank.",
            "other",
        ),
    ],
)
def test_states_of_things_and_findings_stay_claims(sentence, kind):
    assert _claims(sentence)[sentence] == kind
