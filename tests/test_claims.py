"""Claims: each sentence that carries an amount, date, city or quote, tied to who says it."""

import claimx
from claimx.steps.claims import build_claims

STORY = (
    "Council approves budget\n\n"
    "The council in Leeds approved a £3.2 million repair budget on Tuesday.\n\n"
    '"The roads in this city are a disgrace. We will fix every one of them by 2028," '
    "council leader Judith Blake said.\n\n"
    "The vote was close.\n"
)


def test_a_sentence_with_facts_is_a_claim_with_its_items():
    article = claimx.extract(STORY, published="2026-03-05")
    claims = {c["text"]: c for c in article["claims"]}
    budget = claims["The council in Leeds approved a £3.2 million repair budget on Tuesday."]
    assert [article["money"][i]["value"] for i in budget["money"]] == [3_200_000]
    assert [article["dates"][i]["value"] for i in budget["dates"]] == ["2026-03-03"]
    assert [article["cities"][i]["name"] for i in budget["cities"]] == ["Leeds"]
    assert budget["attribution"] is None
    assert STORY[budget["start"] : budget["end"]] == budget["text"]


def test_every_sentence_of_a_quote_is_attributed_to_its_speaker():
    article = claimx.extract(STORY, published="2026-03-05")
    quoted = [c for c in article["claims"] if c["quotes"]]
    texts = [c["text"] for c in quoted]
    assert texts[0] == '"The roads in this city are a disgrace.'
    assert texts[1].startswith("We will fix every one of them by 2028,")
    for claim in quoted:
        assert claim["attribution"]["name"] == "Judith Blake"
        assert claim["attribution"]["direct"] is True


def test_a_sentence_without_facts_is_no_claim():
    article = claimx.extract(STORY, published="2026-03-05")
    assert "The vote was close." not in [c["text"] for c in article["claims"]]


def test_build_claims_indexes_items_by_sentence():
    text = "Sales rose $5 in May. Nothing else. He said so."
    sentences = [(0, 21), (22, 35), (36, 48)]
    items = {
        "money": [{"start": 11, "end": 13, "sentence": 0}],
        "dates": [{"start": 17, "end": 20, "sentence": 0}],
        "cities": [],
        "quotes": [
            {
                "start": 0,
                "end": 20,
                "sentence": 0,
                "direct": False,
                "speaker": {
                    "name": "Ann Lee",
                    "text": "He",
                    "kind": "person",
                    "title": None,
                    "organization": None,
                },
            }
        ],
    }
    claims = build_claims(text, sentences, items)
    assert len(claims) == 1
    assert claims[0] == {
        "text": "Sales rose $5 in May.",
        "start": 0,
        "end": 21,
        "sentence": 0,
        "money": [0],
        "dates": [0],
        "cities": [],
        "quotes": [0],
        "attribution": {
            "name": "Ann Lee",
            "kind": "person",
            "title": None,
            "organization": None,
            "quote": 0,
            "direct": False,
        },
    }
