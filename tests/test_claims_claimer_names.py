"""Who makes a claim: a name set beside a role or a document's author, a report with
what it shows, a formal charge and an expletive "it" (no source), and a quoted phrase
the story borrows (the story's own claim)."""

import pytest

import claimx

STORY = (
    "Regulator reports rise in bills\n\n"
    "A former mayor was charged by state prosecutors with bribery on Friday. "
    "According to data gathered by the industry watchdog, Ofcom, broadband bills rose by 9% "
    "last year. "
    "It is fair to say that ticket sales fell by 10% in 2023. "
    "The senator cited a report showing that wages fell by 3% in 2023.\n\n"
    '"Passengers deserve better," said Anna Price, head of the rail watchdog. '
    '"Trains were late 40 times last month," she added.\n\n'
    'One of the main causes of delays is "signal failure", in which trains are held at red '
    "lights for up to 20 minutes. "
    'Ms Price said fares for children were frozen under a "family first" package in March.'
)


@pytest.fixture(scope="module")
def claims() -> dict:
    out = claimx.extract(STORY, published="2024-03-04")
    return {STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "mention"),
    [
        # a formal charge in the passive: the story reports it, the prosecutors do not claim
        (
            "A former mayor was charged by state prosecutors with bribery on Friday.",
            "journalist",
            None,
            None,
        ),
        # the name between commas after the role the quotes step gave as the source
        (
            "According to data gathered by the industry watchdog, Ofcom, broadband bills rose "
            "by 9% last year.",
            "organization",
            "Ofcom",
            "the industry watchdog",
        ),
        # "it is fair to say": no one in particular
        (
            "It is fair to say that ticket sales fell by 10% in 2023.",
            "journalist",
            None,
            None,
        ),
        # a report with what it shows is the source, not the senator citing it
        (
            "The senator cited a report showing that wages fell by 3% in 2023.",
            "unnamed",
            "report",
            "a report",
        ),
        # a phrase in quote marks the story borrows from a speaker named before
        (
            'One of the main causes of delays is "signal failure", in which trains are held at '
            "red lights for up to 20 minutes.",
            "journalist",
            None,
            None,
        ),
        # a speaker named in the sentence keeps a short quote
        (
            'Ms Price said fares for children were frozen under a "family first" package in March.',
            "person",
            "Anna Price",
            "Ms Price",
        ),
    ],
)
def test_names_documents_and_borrowed_phrases(claims, sentence, kind, name, mention):
    claimer = claims[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (kind, name, mention)
    if mention:
        assert STORY[claimer["start"] : claimer["end"]] == mention


RUN_ON_STORY = (
    "Bank holds rates\n\n"
    "The bank's governor, Mervyn Cole, said inflation would ease. "
    '"Prices rose by 3% in March.\n\n'
    '"Wages rose by 4% in the year to April," said Kate Barnes, a member of the committee.\n\n'
    "Striker Tom Reid reportedly met the club's owners in a London hotel 11 days ago."
)


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "mention"),
    [
        # a paragraph of speech left open runs on to the tag that closes the run
        ('"Prices rose by 3% in March.', "person", "Kate Barnes", "Kate Barnes"),
        # hedged as reported, with no source of its own: unnamed reports
        (
            "Striker Tom Reid reportedly met the club's owners in a London hotel 11 days ago.",
            "unnamed",
            "reports",
            "reportedly",
        ),
    ],
)
def test_run_on_speech_and_reportedly(sentence, kind, name, mention):
    out = claimx.extract(RUN_ON_STORY, published="2024-03-04")
    by_text = {RUN_ON_STORY[c["start"] : c["end"]]: c["claimer"] for c in out["claims"]}
    claimer = by_text[sentence]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (kind, name, mention)
    assert RUN_ON_STORY[claimer["start"] : claimer["end"]] == mention
