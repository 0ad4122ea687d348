"""Whether a sentence is a claim at all, where a figure decides it (claims/sentence.py): a
wish for one's own deed with a figure is a plan, a condition with a figure in the main clause
foresees a value, a question in a statement's word order with a figure asserts; and calls,
aims, priorities and duties the speaker lays on his side are no claims. Every sentence here
was written for these tests."""

import pytest

import claimx


def _types(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a wish for the subject's own deed with a figure: a plan with its value
        ("The mayor wants to cut council tax by £120 for every household.", "quantity"),
        ('"We want to raise $4m for the new hospital wing," the charity said.', "quantity"),
        # a fact framed by a feeling is still told
        (
            '"The pleasing thing is that we won both of our opening games," the coach said.',
            "personal_experience",
        ),
        # a condition with a figure in the main clause foresees the value
        ("If the levy is scrapped, 12,000 farm jobs will be lost, the union said.", "quantity"),
        # a statement's word order with a figure, put as a question, asserts
        (
            '"Do you know that this council spent £2.3 million on consultants last year?"',
            "quantity",
        ),
    ],
)
def test_a_claim(sentence, kind):
    assert _types(sentence) == {sentence: kind}


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish with no figure, or a call on others with one, stays no claim
        '"I want to win the title with this club," said Morris.',
        "The union urged ministers to spend £5bn on rural bus routes.",
        # a supposition on one's own choice, or on what did not happen
        '"I would sell him for £30m if the board asked me," the chairman said.',
        '"Had we taken our chances, we could have been 20 points up at half-time," he said.',
        "If they had kicked their goals, Ulster could have won by 15 points.",
        # a condition without a figure supposes
        '"If we beat Leeds on Sunday, we will go top," said the manager.',
        # a question put to a figure ("should we spend millions") asks
        "I think the answer is simple: should the state spend millions on a new stadium?",
        "Is the town better off than it was 10 years ago?",
        # a demand, and a call on someone to act
        "Striker demands new contract talks",
        "The coach has challenged his players to repeat the display against Cardiff.",
        # an aim or a priority, the speaker's own or ranked
        '"Our aim is to finish in the top half of the table," said the captain.',
        '"The most important thing is that we learn from this defeat," she said.',
        # a duty the speaker lays on his own side
        '"We have to stay calm and keep believing in ourselves," said the coach.',
    ],
)
def test_no_claim(sentence):
    assert _types(sentence) == {}


def test_a_plan_with_a_figure_is_checkworthy():
    """The plan is a politician's, with a sum of public money: worth checking."""
    text = "The chancellor wants to spend £8bn on new schools over five years."
    assert [c["checkworthy"] for c in claimx.extract(text)["claims"]] == [True]
