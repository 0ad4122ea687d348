"""Claims: every sentence that asserts something checkable, its type, check-worthiness and
claimer, tied to the amounts, dates, cities and quotes it holds."""

import json

import pytest

import claimx
from claimx.output.selection import keep_claims
from claimx.resources import models_path

STORY = (
    "Council approves budget\n\n"
    "The council in Leeds approved a £3.2 million repair budget on Tuesday.\n\n"
    '"The roads in this city are a disgrace. We will fix every one of them by 2028," '
    "council leader Judith Blake said.\n\n"
    "The vote was close.\n"
)

FARES = (
    "Rail fares to rise again\n\n"
    "Rail fares in England will rise by 3.1% in January, the Department for Transport said "
    "on Monday.\n\n"
    "Passenger numbers fell by 12% last year. Delays on the network were caused by a shortage "
    "of drivers. The new law requires operators to publish timetables a month ahead. "
    "Transport Secretary Tom Hill met union leaders in London on Tuesday.\n\n"
    '"I was stuck on a train for four hours last winter," commuter Sarah Jones said. '
    '"Nobody told us anything. The company never refunded my ticket."\n\n'
    "Do the operators care? We think the minister should resign. "
    "Tom Hill said the timetable would be ready next spring. He added that no stations would "
    "close. According to the Office of Rail and Road, 94% of trains ran on time in May. "
    "A YouGov survey found that six in ten passengers want cheaper tickets. "
    "Police officials voiced concern over fare evasion. "
    "Unions blamed the cuts for the delays. "
    "A spokesman for the operator denied that services had been cut.\n"
)


@pytest.fixture(scope="module")
def fares() -> dict:
    article = claimx.extract(FARES, published="2026-03-05")
    return {c["text"]: c for c in article["claims"]}


def test_a_sentence_with_facts_is_a_claim_with_its_items():
    article = claimx.extract(STORY, published="2026-03-05")
    claims = {c["text"]: c for c in article["claims"]}
    budget = claims["The council in Leeds approved a £3.2 million repair budget on Tuesday."]
    assert [article["money"][i]["value"] for i in budget["money"]] == [3_200_000]
    assert [article["dates"][i]["value"] for i in budget["dates"]] == ["2026-03-03"]
    assert [article["cities"][i]["name"] for i in budget["cities"]] == ["Leeds"]
    assert budget["attribution"] is None
    assert budget["claimer"]["kind"] == "journalist" and budget["claimer"]["name"] is None
    assert STORY[budget["start"] : budget["end"]] == budget["text"]


def test_the_sentences_of_a_quote_are_attributed_to_its_speaker_and_opinions_are_no_claims():
    article = claimx.extract(STORY, published="2026-03-05")
    texts = [c["text"] for c in article["claims"]]
    assert '"The roads in this city are a disgrace.' not in texts  # an opinion
    assert "The vote was close." not in texts  # a judgement without a fact
    pledge = next(c for c in article["claims"] if c["quotes"])
    assert pledge["text"].startswith("We will fix every one of them by 2028,")
    assert pledge["type"] == "prediction"
    assert pledge["attribution"]["name"] == "Judith Blake"
    assert pledge["claimer"]["name"] == "Judith Blake"
    assert pledge["claimer"]["kind"] == "person" and pledge["claimer"]["direct"] is True


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Passenger numbers fell by 12% last year.", "quantity"),
        ("Tom Hill said the timetable would be ready next spring.", "prediction"),
        ("Delays on the network were caused by a shortage of drivers.", "correlation_or_causation"),
        ("The new law requires operators to publish timetables a month ahead.", "law_or_rule"),
        (
            '"I was stuck on a train for four hours last winter," commuter Sarah Jones said.',
            "personal_experience",
        ),
        ("Transport Secretary Tom Hill met union leaders in London on Tuesday.", "other"),
        # "X said P" takes P's type; the tie order puts quantity first
        (
            "Rail fares in England will rise by 3.1% in January, the Department for Transport "
            "said on Monday.",
            "quantity",
        ),
    ],
)
def test_each_type(fares, sentence, kind):
    assert fares[sentence]["type"] == kind


@pytest.mark.parametrize(
    "sentence",
    ["Do the operators care?", "We think the minister should resign."],
)
def test_questions_and_opinions_are_no_claims(fares, sentence):
    assert sentence not in fares


def test_a_dateline_alone_is_no_claim():
    article = claimx.extract("LEEDS (Reuters) -\n\nThe council approved a budget of £3m.\n")
    assert [c["text"] for c in article["claims"]] == ["The council approved a budget of £3m."]


@pytest.mark.parametrize(
    ("sentence", "kind", "name", "mention"),
    [
        (
            "Rail fares in England will rise by 3.1% in January, the Department for Transport "
            "said on Monday.",
            "organization",
            "Department for Transport",
            "the Department for Transport",
        ),
        # the 2nd and 3rd sentences of a quote take its speaker
        ('The company never refunded my ticket."', "person", "Sarah Jones", "Sarah Jones"),
        # "he added": the mention is the pronoun, the name the one it stands for
        ("He added that no stations would close.", "person", "Tom Hill", "He"),
        (
            "According to the Office of Rail and Road, 94% of trains ran on time in May.",
            "organization",
            "Office of Rail and Road",
            "the Office of Rail and Road",
        ),
        (
            "A YouGov survey found that six in ten passengers want cheaper tickets.",
            "organization",
            "YouGov survey",
            "A YouGov survey",
        ),
        ("Unions blamed the cuts for the delays.", "group", "Unions", "Unions"),
        (
            "A spokesman for the operator denied that services had been cut.",
            "unnamed",
            "spokesman for the operator",
            "A spokesman for the operator",
        ),
        ("Passenger numbers fell by 12% last year.", "journalist", None, None),
    ],
)
def test_each_claimer_kind_across_sentences(fares, sentence, kind, name, mention):
    claimer = fares[sentence]["claimer"]
    assert (claimer["kind"], claimer["name"], claimer["text"]) == (kind, name, mention)
    if mention:
        assert FARES[claimer["start"] : claimer["end"]] == mention


def test_check_worthiness_is_a_score_with_a_documented_threshold(fares):
    threshold = json.loads(models_path("claims", "combination.json").read_text())["threshold"]
    assert 0 < threshold < 1
    for claim in fares.values():
        assert 0 <= claim["checkworthiness"] <= 1
        assert claim["checkworthy"] is (claim["checkworthiness"] >= threshold)
    assert fares["Passenger numbers fell by 12% last year."]["checkworthy"] is True
    met = fares["Transport Secretary Tom Hill met union leaders in London on Tuesday."]
    assert met["checkworthy"] is False


def test_keep_claims_filters_by_flag_and_by_score():
    article = {
        "claims": [
            {"text": "a", "checkworthiness": 0.9, "checkworthy": True},
            {"text": "b", "checkworthiness": 0.3, "checkworthy": False},
        ]
    }
    assert [c["text"] for c in keep_claims(article, checkworthy=True)["claims"]] == ["a"]
    kept = keep_claims(article, min_checkworthiness=0.2)["claims"]
    assert [c["text"] for c in kept] == ["a", "b"]
    assert keep_claims(article) is article


def test_extract_keeps_only_check_worthy_claims_when_asked(tmp_path):
    from cli_helpers import lines, run

    story = tmp_path / "fares.txt"
    story.write_text(FARES, encoding="utf-8")
    every = lines(run("extract", story, "--format", "jsonl").stdout)[0]["claims"]
    worthy = lines(run("extract", story, "--format", "jsonl", "--checkworthy").stdout)[0]
    assert worthy["claims"] == [c for c in every if c["checkworthy"]]
    assert 0 < len(worthy["claims"]) < len(every)
    above = lines(run("extract", story, "--format", "jsonl", "--min-checkworthiness", "0.9").stdout)
    assert above[0]["claims"] == [c for c in every if c["checkworthiness"] >= 0.9]


def test_the_pretty_view_ranks_claims_by_check_worthiness(tmp_path):
    from cli_helpers import run

    story = tmp_path / "fares.txt"
    story.write_text(FARES, encoding="utf-8")
    out = run("extract", story, "--format", "pretty").stdout
    first = out.index("Passenger numbers fell by 12% last year.")
    assert first < out.index("Transport Secretary Tom Hill met union leaders")
    assert "quantity · " in out and "Sarah Jones (person)" in out and "the story itself" in out


def test_a_published_line_is_metadata_not_a_claim():
    story = (
        "Ferry fares to rise\n"
        "Published: 3 March 2026\n\n"
        "Fares on the island ferry will rise by 8% in April, the operator said.\n"
    )
    claims = claimx.extract(story)["claims"]
    assert [c["text"] for c in claims if "Published" in c["text"]] == []
    assert any(c["text"].startswith("Fares on the island ferry") for c in claims)


# One story per phenomenon of the claim types; sentences written for these tests.
TYPES_STORY = (
    "Council sets out parking changes\n\n"
    "The mayor, who will step down in May, opened the new library in Leeds on Friday. "
    "The striker could miss the rest of the season with a knee injury. "
    "Under the new rules, shops must close by ten on Sundays. "
    "Police blamed the crash on icy roads. "
    '"The manager never picked me for the first team," the midfielder said. '
    "The goalkeeper claims he has not been paid by the club since the summer. "
    "Two thirds of the town's households now recycle their waste. "
    "A 2,000-strong crowd watched the parade in Cardiff. "
    "The singer has signed with a new record label in Nashville. "
    "The bank reported record profits on Tuesday. "
    "Ryanair, the largest airline in Europe, opened a base in Belfast on Monday. "
    "The charity branded the cuts shameful. "
    "You have to respect the referee's decision. "
    "I am not sure he will stay at the club. "
    "The carmaker declined to comment on the report in Detroit. "
    "Will the council listen to residents?\n"
)


@pytest.fixture(scope="module")
def typed() -> dict:
    article = claimx.extract(TYPES_STORY, published="2026-03-05")
    return {c["text"]: c["type"] for c in article["claims"]}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a future in a relative clause is an aside: the act asserted is past
        (
            "The mayor, who will step down in May, opened the new library in Leeds on Friday.",
            "other",
        ),
        # a hedged act still to come
        ("The striker could miss the rest of the season with a knee injury.", "prediction"),
        ("Under the new rules, shops must close by ten on Sundays.", "law_or_rule"),
        ("Police blamed the crash on icy roads.", "correlation_or_causation"),
        # a first-person object of a past verb
        (
            '"The manager never picked me for the first team," the midfielder said.',
            "personal_experience",
        ),
        # reported: a perfect whose subject is the speaker's pronoun
        (
            "The goalkeeper claims he has not been paid by the club since the summer.",
            "personal_experience",
        ),
        ("Two thirds of the town's households now recycle their waste.", "quantity"),
        # a number that only describes, a noun that only names, a ranking in an apposition
        ("A 2,000-strong crowd watched the parade in Cardiff.", "other"),
        ("The singer has signed with a new record label in Nashville.", "other"),
        ("Ryanair, the largest airline in Europe, opened a base in Belfast on Monday.", "other"),
        ("The bank reported record profits on Tuesday.", "quantity"),
        # a verb of change with an infinitive is an act
        ("The carmaker declined to comment on the report in Detroit.", "other"),
    ],
)
def test_each_type_read_on_the_main_clause(typed, sentence, kind):
    assert typed[sentence] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity branded the cuts shameful.",  # a reported label
        "You have to respect the referee's decision.",  # advice to anyone
        "I am not sure he will stay at the club.",  # a state of mind
        "Will the council listen to residents?",
    ],
)
def test_labels_advice_doubts_and_questions_are_no_claims(typed, sentence):
    assert sentence not in typed


@pytest.mark.parametrize(
    "sentence",
    [
        # "hoped", which the lemmatizer reads as "hop"
        "The home secretary told the Times he hoped a deal with several countries could be "
        "reached.",
        # hoped for, in an adverb
        "Hopefully there is a new contract about to be offered to the players.",
        '"The new cards will hopefully cut the number of thefts," said the port manager.',
    ],
)
def test_hopes_are_no_claims(sentence):
    assert sentence not in {c["text"] for c in claimx.extract(sentence)["claims"]}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # a condition put by inversion: what would have happened, unverifiable
        ("The winger would probably have started in Paris had he been fit.", False),
        ('"Had we taken our chances, we could have been 20 points up at half-time."', False),
        # "had" as a plain past perfect
        ("He had been fit for a month before the final in Paris.", True),
    ],
)
def test_a_condition_by_inversion_is_no_claim(sentence, claim):
    assert (sentence in {c["text"] for c in claimx.extract(sentence)["claims"]}) is claim


@pytest.mark.parametrize(
    "sentence",
    [
        # praise reported, like criticism (CLAIMS_GUIDELINES.md)
        "Their second album was hailed as the record of the year by many critics.",
        "Critics acclaimed the production at its London opening.",
    ],
)
def test_praise_reported_is_no_claim(sentence):
    assert sentence not in {c["text"] for c in claimx.extract(sentence)["claims"]}
