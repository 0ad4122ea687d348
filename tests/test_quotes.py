"""Quotes and their speakers on realistic news passages written for these tests."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.steps.quotes import find_quotes, load_quote_rules, scan_marks


@pytest.fixture(scope="module")
def rules():
    return load_quote_rules()


@pytest.fixture(scope="module")
def run(base_nlp, rules):
    def _run(text):
        doc = base_nlp(text)
        found = find_quotes(doc, rules)
        for item in found["quotes"]:
            assert text[item["start"] : item["end"]] == item["text"]
            sp = item["speaker"]
            if sp is not None:
                assert text[sp["start"] : sp["end"]] == sp["text"]
        json.dumps(found)
        return found

    return _run


def direct(found):
    return [q for q in found["quotes"] if q["direct"]]


def reported(found):
    return [q for q in found["quotes"] if not q["direct"]]


def test_straight_marks_x_said_and_title_from_premodifiers(run):
    text = (
        "Quarterly profits at the media group rose 76% to $1.13bn. "
        '"Our financial performance was strong, meeting all of our objectives," '
        "chairman and chief executive Richard Parsons said."
    )
    (q,) = direct(run(text))
    assert q["text"] == "Our financial performance was strong, meeting all of our objectives,"
    assert q["cue"] == "said"
    sp = q["speaker"]
    assert (sp["text"], sp["name"], sp["kind"]) == ("Richard Parsons", "Richard Parsons", "person")
    assert sp["title"] == "chairman and chief executive"


def test_curly_marks_said_x_and_quote_split_by_attribution(run):
    text = (
        "“We will not back down,” said Mayor Karen Bass. "
        "“The city has a plan. We will carry it out.”"
    )
    found = run(text)
    first, second = direct(found)
    assert first["text"] == "We will not back down,"
    assert second["text"] == "The city has a plan. We will carry it out."
    assert second["start"] == text.index("The city")
    for q in (first, second):
        assert q["speaker"]["name"] == "Karen Bass"
        assert q["speaker"]["start"] == text.index("Karen Bass")
    assert found["speakers"] == [
        {
            "name": "Karen Bass",
            "title": "Mayor",
            "organization": None,
            "kind": "person",
            "quotes": [0, 1],
        }
    ]


def test_spokesman_for_organization_and_short_name_later(run):
    text = (
        "Sgt. Mark Owens, a spokesman for the Sacramento Police Department, said the suspect "
        'had fled on foot. "We are asking anyone with information to come forward," Owens said.'
    )
    found = run(text)
    (q,) = direct(found)
    sp = q["speaker"]
    assert (sp["text"], sp["name"]) == ("Owens", "Mark Owens")
    assert sp["title"] == "spokesman"
    assert sp["organization"] == "Sacramento Police Department"
    (r,) = reported(found)
    assert r["text"] == "the suspect had fled on foot"
    assert r["speaker"]["name"] == "Mark Owens"
    assert len(found["speakers"]) == 1 and found["speakers"][0]["quotes"] == [0, 1]


def test_organization_in_premodifier_and_courtesy_title_is_no_title(run):
    text = (
        '"The revenue outlook is slightly better than our previous guidance," '
        "BA chairman Martin Broughton said. "
        '"We will keep cutting costs," Mr Broughton added.'
    )
    first, second = direct(run(text))
    assert first["speaker"]["title"] == "chairman"
    assert first["speaker"]["organization"] == "BA"
    assert (second["speaker"]["text"], second["speaker"]["name"]) == (
        "Broughton",
        "Martin Broughton",
    )
    assert second["speaker"]["title"] == "chairman"
    assert second["cue"] == "added"


def test_pronoun_resolves_to_full_name_given_earlier(run):
    text = (
        "Governor Gavin Newsom toured the burned neighborhoods on Friday.\n\n"
        '"These families have lost everything," he said.'
    )
    (q,) = direct(run(text))
    sp = q["speaker"]
    assert (sp["text"], sp["name"], sp["kind"]) == ("he", "Gavin Newsom", "person")
    assert sp["start"] == text.index(" he said") + 1


def test_said_in_a_statement_organization_speaker(run):
    text = '"This was a difficult decision," the company said in a statement on Monday.'
    (q,) = direct(run(text))
    assert q["cue"] == "said"
    assert (q["speaker"]["text"], q["speaker"]["kind"]) == ("the company", "organization")


def test_white_house_is_an_organization(run):
    (q,) = direct(run("“This is a matter for the courts,” the White House said."))
    assert q["speaker"]["name"] == "White House"
    assert q["speaker"]["kind"] == "organization"


def test_told_reuters_unnamed_speaker(run):
    (q,) = direct(run('"Prices will keep rising through the summer," an analyst told Reuters.'))
    assert q["cue"] == "told"
    assert q["speaker"]["text"] == "an analyst"
    assert q["speaker"]["kind"] == "unnamed"


def test_group_speaker(run):
    text = (
        "Police officials from cities like Sacramento and Miami said thefts had risen sharply. "
        '"It is a national problem," a senior official said.'
    )
    found = run(text)
    (r,) = reported(found)
    assert r["speaker"]["text"] == "Police officials from cities like Sacramento and Miami"
    assert r["speaker"]["kind"] == "group"
    (q,) = direct(found)
    assert (q["speaker"]["text"], q["speaker"]["kind"]) == ("a senior official", "unnamed")


def test_according_to(run):
    text = "Unemployment fell to 4.1 percent in March, according to the Labor Department."
    (r,) = run(text)["quotes"]
    assert r["direct"] is False
    assert r["text"] == "Unemployment fell to 4.1 percent in March"
    assert r["cue"] == "according to"
    assert (r["speaker"]["name"], r["speaker"]["kind"]) == ("Labor Department", "organization")


def test_colon_lead_in_from_previous_paragraph(run):
    text = (
        "Senator Elizabeth Warren spoke to reporters on Tuesday.\n\n"
        "Warren continued:\n\n"
        '"The banks have had their way for too long. It is time for Congress to act."'
    )
    (q,) = direct(run(text))
    assert q["text"].startswith("The banks") and q["text"].endswith("to act.")
    assert (q["speaker"]["text"], q["speaker"]["name"]) == ("Warren", "Elizabeth Warren")
    assert q["cue"] == "continued"


def test_dash_attribution_at_the_end(run):
    text = 'Readers sent us their views.\n\n"Nobody is above the law."\n\n— Nancy Pelosi'
    (q,) = direct(run(text))
    assert q["speaker"]["name"] == "Nancy Pelosi"
    assert q["speaker"]["start"] == text.index("Nancy")


def test_speaker_named_in_previous_sentence(run):
    text = (
        "Senator Tammy Duckworth toured the flooded farms on Sunday. "
        '"These families need help now, not next year."'
    )
    (q,) = direct(run(text))
    assert q["speaker"]["name"] == "Tammy Duckworth"


def test_quote_continued_in_the_next_paragraph_is_a_quote_of_its_own(run):
    text = (
        "Mayor Ellen Hart spoke for an hour.\n\n"
        '"We need more buses and we need them now. Every delay costs riders.\n\n'
        '"The council has the money," Hart said.'
    )
    quotes = direct(run(text))
    assert [q["text"] for q in quotes] == [
        "We need more buses and we need them now. Every delay costs riders.",
        "The council has the money,",
    ]
    assert [q["speaker"]["name"] for q in quotes] == ["Ellen Hart", "Ellen Hart"]


def test_nested_single_quotes_stay_inside(run):
    text = "“The minister told me, ‘We will not raise taxes,’ and I believed him,” said Jane Doe."
    (q,) = direct(run(text))
    assert q["text"] == "The minister told me, ‘We will not raise taxes,’ and I believed him,"
    assert q["speaker"]["name"] == "Jane Doe"


def test_unbalanced_marks_do_not_pair_across(run):
    text = 'The coach said "we were unlucky and left. "It hurts," said Tom Reed, the captain.'
    quotes = direct(run(text))
    assert quotes[-1]["text"] == "It hurts,"
    assert quotes[-1]["speaker"]["name"] == "Tom Reed"
    assert all("left. " not in q["text"] for q in quotes)


def test_stray_closing_mark_is_ignored():
    text = 'He reviewed the systems" and the "medical records" were released.'
    (q,) = scan_marks(text)
    assert text[q.start : q.end] == "medical records"


def test_mixed_quote_inside_reported_speech(run):
    text = (
        "Trump said on Tuesday that Marco Rubio was “a total lightweight” "
        "and that the race was over."
    )
    (q,) = direct(run(text))
    assert q["text"] == "a total lightweight"
    assert q["speaker"]["name"] == "Trump"


def test_reported_speech_cues(run):
    text = (
        "Treasury Secretary Janet Yellen warned that the economy could slow this year. "
        "Senator Mitch McConnell voiced concerns over the size of the spending bill. "
        "The Associated Press reports a tally of 312 delegates for the governor."
    )
    warned, voiced, reports = reported(run(text))
    assert (warned["text"], warned["cue"]) == ("the economy could slow this year", "warned")
    assert warned["speaker"]["name"] == "Janet Yellen"
    assert (voiced["text"], voiced["cue"]) == ("the size of the spending bill", "voiced concerns")
    assert voiced["speaker"]["name"] == "Mitch McConnell"
    assert (reports["text"], reports["cue"]) == (
        "a tally of 312 delegates for the governor",
        "reports",
    )
    assert reports["speaker"]["kind"] == "organization"


def test_headline_quotes_and_titles_of_works_are_not_speech(run):
    text = (
        'Minister "will not quit" over rail row\n\n'
        'The minister told the BBC\'s "Today" programme he had done nothing wrong. '
        '"I have the confidence of the prime minister," he said.'
    )
    (q,) = direct(run(text))
    assert q["text"] == "I have the confidence of the prime minister,"
    assert q["speaker"]["kind"] == "person"


@pytest.mark.parametrize("text", ["", "   \n\n ", '"', "“”", '\x00\x07 said "', "‘’'\"“"])
def test_degenerate_input_does_not_raise(run, text):
    assert isinstance(run(text)["quotes"], list)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([*" .,:\n\"“”‘’'—-", "said", " He ", "Ann Lee"])))
def test_random_punctuation_never_raises(base_nlp, rules, pieces):
    text = "".join(pieces)
    found = find_quotes(base_nlp(text), rules)
    for item in found["quotes"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_title_phrase_naming_a_person_then_courtesy_title(run):
    found = run(
        "The chairman and chief executive of Acme Corp, Richard Parsons, has defended the "
        "merger, telling shareholders that the worst was behind them.\n\n"
        '"We have made mistakes," Mr Parsons said at the meeting in New York.'
    )
    first, second = found["quotes"]
    assert (first["direct"], first["speaker"]["name"], first["speaker"]["kind"]) == (
        False,
        "Richard Parsons",
        "person",
    )
    assert first["speaker"]["title"] == "chairman and chief executive"
    assert (second["speaker"]["text"], second["speaker"]["name"]) == (
        "Mr Parsons",
        "Richard Parsons",
    )
    assert [s["name"] for s in found["speakers"]] == ["Richard Parsons"]


def test_reported_words_do_not_reach_back_into_the_dateline(base_nlp, rules):
    text = (
        "DENVER (AP) — The state will close three prisons next year, "
        "corrections officials said Friday."
    )
    doc = base_nlp(text)
    [quote] = find_quotes(doc, rules, body_start=text.index("The state"))["quotes"]
    assert quote["text"] == "The state will close three prisons next year"
    assert quote["speaker"]["text"] == "corrections officials"


# Issue 19: the kinds of error a reading of unseen stories found, one realistic passage each.


def _speaker(q):
    sp = q["speaker"]
    return sp and (sp["name"], sp["title"], sp["organization"], sp["kind"])


def test_evidence_verbs_data_subjects_and_demonstratives_are_not_speech(run):
    found = run(
        "A survey of 2,000 parents found that most children now own a phone by the age of ten. "
        "Official figures suggest that school places will run short by 2030. "
        "Data also showed that fewer pupils walk to school. "
        "This suggests that the plan has failed, the minister's critics argue."
    )
    assert [q["cue"] for q in found["quotes"]] == ["argue"]
    assert found["quotes"][0]["speaker"]["text"] == "the minister's critics"


def test_negated_and_hypothetical_speech_is_not_reported(run):
    found = run(
        "The council would not say whether the library would close. "
        "Officials declined to say how many staff would lose their jobs. "
        "A lawyer could argue that the contract was never signed. "
        'The mayor did not say whether the "special measures" would end.'
    )
    assert found["quotes"] == []


def test_terms_in_quotes_and_descriptions_are_given_no_speaker(run):
    found = run(
        'Researchers at the university found that "screen literacy" was a key skill for pupils. '
        'She is described as "a tireless campaigner" by friends.'
    )
    assert all(q["speaker"] is None for q in found["quotes"])
    assert all(len(q["text"].split()) > 3 for q in found["quotes"])


def test_quote_paragraphs_each_opening_a_mark_are_one_speech_a_quote_each(run):
    text = (
        'Health Secretary Maria Lopez said: "We have cut waiting times in every region.\n\n'
        '"Nobody should wait a year for an operation.\n\n'
        '"We will keep going until nobody does."\n\n'
        "The plan was welcomed by doctors."
    )
    quotes = direct(run(text))
    assert [q["text"] for q in quotes] == [
        "We have cut waiting times in every region.",
        "Nobody should wait a year for an operation.",
        "We will keep going until nobody does.",
    ]
    assert [_speaker(q) for q in quotes] == [
        ("Maria Lopez", "Health Secretary", None, "person")
    ] * 3


def test_quote_paragraphs_run_onto_one_line_split_and_keep_their_speakers(run):
    text = (
        'Prime Minister Jane Hollis said: "Tom has been a loyal colleague for years. '
        '"He will be missed in the cabinet." Finance Minister Raj Patel said: '
        '"Tom leaves the budget in good order. "I wish him well."'
    )
    quotes = direct(run(text))
    assert [q["text"] for q in quotes] == [
        "Tom has been a loyal colleague for years.",
        "He will be missed in the cabinet.",
        "Tom leaves the budget in good order.",
        "I wish him well.",
    ]
    assert [q["speaker"]["name"] for q in quotes] == ["Jane Hollis"] * 2 + ["Raj Patel"] * 2


def test_speech_run_onto_one_line_attributed_at_its_end(run):
    text = '"The season is not over. "We can finish in the top four," said coach Ian Marsh.'
    quotes = direct(run(text))
    assert [q["text"] for q in quotes] == [
        "The season is not over.",
        "We can finish in the top four,",
    ]
    assert [q["speaker"]["name"] for q in quotes] == ["Ian Marsh", "Ian Marsh"]


def test_new_speaker_named_between_quotes_takes_the_next_one(run):
    text = (
        '"We will study the ruling," said a spokesman for the league. '
        "The decision was welcomed by the players' union chief Gail Ross. "
        "Ross, a former defender, insists the club acted fairly. "
        '"It sends a clear message to every young player."'
    )
    first, second = direct(run(text))
    assert first["speaker"]["kind"] == "unnamed"
    assert second["speaker"]["name"] == "Gail Ross"


def test_a_sentence_after_a_quote_does_not_attribute_it_when_it_reports_more(run):
    text = (
        'Prof Alan Hewitt said: "I will listen to children first.\n\n'
        '"They will know that I value what they say." Education Secretary Ruth Kelly '
        'said Prof Hewitt would "give children a voice".'
    )
    quotes = direct(run(text))
    assert [q["speaker"]["name"] for q in quotes] == ["Alan Hewitt", "Alan Hewitt", "Ruth Kelly"]


def test_bare_surname_is_the_nearest_namesake_before_it(run):
    text = (
        "Home Secretary Alan Johnson met the mayor, Boris Johnson, on Friday.\n\n"
        '"The policing budget is safe," Johnson said.'
    )
    (q,) = direct(run(text))
    assert q["speaker"]["name"] == "Boris Johnson"


def test_pronoun_takes_a_name_of_its_gender(run):
    text = (
        "Transport minister Peter Hall met the campaigner Helen Marsh on Monday.\n\n"
        'She said: "Families in this town have waited ten years for a bus."'
    )
    (q,) = direct(run(text))
    assert q["speaker"]["name"] == "Helen Marsh"


def test_later_descriptions_resolve_to_the_named_speaker(run):
    text = (
        "Chancellor Gordon Brown insisted the economy was strong.\n\n"
        '"We have the lowest unemployment for a generation," the chancellor said.'
    )
    (q,) = direct(run(text))
    assert _speaker(q) == ("Gordon Brown", "chancellor", None, "person")
    assert q["speaker"]["text"] == "the chancellor"


def test_the_bank_resolves_to_the_bank_the_story_named(run):
    text = (
        "The Bank of England held interest rates at 4.75% on Thursday.\n\n"
        '"Inflation remains close to target," the bank said in a statement.'
    )
    (q,) = direct(run(text))
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Bank of England", "organization")


def test_organization_and_title_with_of_inside(run):
    found = run(
        "Bank of England governor Mervyn King warned that inflation would rise.\n\n"
        '"Prices will climb," said Ann Jones, head of research at the Resolution Foundation.'
    )
    king, jones = found["quotes"]
    assert _speaker(king) == ("Mervyn King", "governor", "Bank of England", "person")
    assert _speaker(jones) == ("Ann Jones", "head of research", "Resolution Foundation", "person")


def test_club_named_as_an_organization_speaks_as_one(run):
    text = (
        "A spokesman for Arsenal said the club would appeal against the ban.\n\n"
        'Arsenal said: "We are shocked by the decision."'
    )
    quotes = direct(run(text))
    assert (quotes[-1]["speaker"]["name"], quotes[-1]["speaker"]["kind"]) == (
        "Arsenal",
        "organization",
    )


def test_attribution_after_or_inside_the_sentence(run):
    found = run(
        "Household debt will keep rising next year, says the Resolution Foundation.\n\n"
        "The new rules, he added, would apply to every council in England."
    )
    debt, rules_ = found["quotes"]
    assert debt["text"] == "Household debt will keep rising next year"
    assert _speaker(debt) == ("Resolution Foundation", None, None, "organization")
    assert rules_["cue"] == "added"
    assert rules_["text"].endswith("would apply to every council in England")


def test_quote_spans_keep_hyphens_and_brackets(run):
    text = '"We want a fair deal - not a hand-out (or a loan) from the state," said Dave Prentis.'
    (q,) = direct(run(text))
    assert q["text"] == "We want a fair deal - not a hand-out (or a loan) from the state,"
    assert q["speaker"]["name"] == "Dave Prentis"


def test_a_title_cased_name_nobody_says_is_no_quote(run):
    text = 'The brewer launched "Golden Harvest" in March. Sales were strong, it said.'
    assert [q["direct"] for q in run(text)["quotes"]] == [False]
