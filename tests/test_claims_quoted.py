"""Views (claims/views.py): a direct quote with a speaker, or a copula with a bare adjective,
that names no body, place, event, law or date and holds no figure, and carries no cue of a
claim type (it would be `other`), is no claim; one that names what it is about, or carries a
type's cue, stays a claim. Every sentence here was written for these tests."""

import pytest

import claimx


def _claims(text: str) -> dict[str, str]:
    return {c["text"]: c["type"] for c in claimx.extract(text)["claims"]}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a description of how things stand, in the speaker's words
        (
            '"The squad has a real hunger about it," the coach said after training.',
            '"The squad has a real hunger about it," the coach said after training.',
        ),
        # a general truth, its second sentence carried by the same quote
        (
            'The manager said: "Nobody is bigger than the club. Everybody knows that."',
            'Everybody knows that."',
        ),
        # a person named, but nothing a record holds
        (
            '"Maria is a natural leader in the dressing room," the captain said.',
            '"Maria is a natural leader in the dressing room," the captain said.',
        ),
    ],
)
def test_a_quoted_remark_naming_nothing_is_no_claim(text, sentence):
    claims = _claims(text)
    assert sentence in text and sentence not in claims


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a body named: checkable
        ('"The council has closed the library on Elm Street," the councillor said.', "other"),
        # a date
        ('"The board approved the sale on Tuesday," the chairman said.', "other"),
        # a type's cue: the future
        ('"The new stand will open next season," the club secretary said.', "prediction"),
        # the journalist's own description, not a quote
        ("The squad has a real hunger about it.", "other"),
    ],
)
def test_quotes_naming_something_or_with_a_cue_stay_claims(sentence, kind):
    assert _claims(sentence).get(sentence) == kind


def test_a_whole_text_in_quote_marks_with_no_speaker_is_read_as_usual():
    """A transcript's sentence in quote marks has no speaker: no story reports it."""
    sentence = '"They took over the old port."'
    assert _claims(sentence).get(sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new tram fares are not cheap.",
        "The outlook for the steel industry is still uncertain.",
        "Analysts said the decision was surprisingly bold.",
    ],
)
def test_a_copula_with_a_bare_adjective_naming_nothing_is_no_claim(sentence):
    assert sentence not in _claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the adjective's own complement says what, of what
        ("The generic pills are chemically identical to the branded ones.", "other"),
        # a capacity
        ("The minister was unable to attend the meeting.", "other"),
        # a body named
        ("The stadium in Cardiff was empty.", "other"),
    ],
)
def test_adjectives_with_a_complement_or_a_name_stay_claims(sentence, kind):
    assert _claims(sentence).get(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a charge in the accuser's own judging words is a view
        ('The shadow minister accused the chancellor of using "fancy statistics".', False),
        ('Union leaders accused the board of showing "arrogant contempt" for its staff.', False),
        # a deed alleged stays a claim, and a possessive is no quote mark
        ("The lawsuit accused two former employees of stealing trade secrets.", True),
        ("He accused ministers of telling lies about their opponents' policies.", True),
    ],
)
def test_a_charge_in_quoted_words_is_a_view(sentence, claim):
    assert (sentence in _claims(sentence)) is claim
