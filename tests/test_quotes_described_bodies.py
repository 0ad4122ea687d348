"""A description the story has given a named person or body stands for that name (a title
beside the name, a document's author, the papers just named), and a coined term or a crowd's
fragment is no quote, on news passages written for these tests."""


def test_a_capitalised_title_after_modifiers_is_the_person_a_relative_clause_titled(said):
    text = (
        "Greta Holm is leaving Brussels after ten years.\n\n"
        "Ms Holm, who is the outgoing European fisheries commissioner, will join a bank in "
        "Oslo. Its chairman, Lars Berg, welcomed the move.\n\n"
        "Analysts said Mr Berg had chosen well.\n\n"
        '"I have loved every minute of it," the outgoing European Commissioner said.'
    )
    assert said(text)[-1] == ("I have loved every minute of it,", "Greta Holm", "person")


def test_a_name_the_parse_hung_on_letters_after_it_is_the_title_holder(said):
    text = (
        "Council tax bills will rise again in April.\n\n"
        'The Green housing spokesman, Gordon Jackson MSP, said: "This is a tax on the poor."'
    )
    assert said(text) == [("This is a tax on the poor.", "Gordon Jackson", "person")]


def test_a_name_the_tagger_typed_as_no_one_beside_a_title_holds_it(said):
    text = (
        "Lyon's Brazilian midfielder Edu has asked for a transfer.\n\n"
        "Edu is now free to talk to other clubs. The midfielder, who joined in 2001, "
        "admitted he had been flattered by the interest."
    )
    assert said(text)[-1] == ("he had been flattered by the interest", "Edu", "person")


def test_a_regulator_named_beside_its_description_speaks(said):
    text = (
        "About nine million homes now have a fast line, according to the telecoms regulator Ofcom."
    )
    assert said(text) == [
        ("About nine million homes now have a fast line", "Ofcom", "organization")
    ]


def test_a_new_report_speaks_for_the_author_named_at_it(said):
    text = (
        "Aid agencies have asked for more money.\n\n"
        "A report by the World Bank, written with help from the UN, warns that growth will "
        "slow. A study published by Leeds University says the fall in prices is real."
    )
    assert [(w, n) for w, n, _ in said(text)] == [
        ("growth will slow", "World Bank"),
        ("the fall in prices is real", "Leeds University"),
    ]


def test_the_report_speaks_for_the_body_whose_name_it_carries(said):
    text = (
        "Poverty is rising across the region, according to the UN.\n\n"
        "The latest World Bank report, released on Monday, looks at 40 countries. The report "
        "says growth will slow sharply."
    )
    assert said(text)[-1] == ("growth will slow sharply", "World Bank", "organization")


def test_the_statement_a_sentence_opened_with_is_its_speakers(said):
    text = (
        "In a statement, the chairman of the club, Tom Ricketts, said the manager had been "
        'sacked.\n\n"We wish him well in the future," the statement added.'
    )
    assert said(text)[-1] == ("We wish him well in the future,", "Tom Ricketts", "person")


def test_a_body_only_spoken_of_in_a_report_is_not_its_author(said):
    text = (
        "Sweden and Norway came out top in the report. Although prices differ, the gap "
        "between the countries is closing, the report concluded."
    )
    assert said(text)[-1][1:] == ("report", "organization")


def test_the_papers_are_the_papers_just_named(said):
    text = (
        "The Evening Courier and the Morning Star report that the minister will resign. "
        "The papers say he has lost the support of colleagues."
    )
    assert said(text)[-1] == (
        "he has lost the support of colleagues",
        "Evening Courier and Morning Star",
        "group",
    )


def test_the_papers_after_one_paper_stay_a_description(said):
    text = "The Evening Courier says the deal is off. The papers say talks will resume."
    assert said(text)[-1] == ("talks will resume", "papers", "group")


def test_a_coined_term_a_report_uses_is_no_quote(said):
    text = (
        'The study reveals the "digital divide" between rich and poor homes is widening, '
        "the authors said."
    )
    quotes = said(text)
    assert quotes and "digital divide" not in [w for w, _, _ in quotes]


def test_a_persons_phrase_after_the_stays_their_quote(said):
    text = (
        'Ms Lee said only the court had the "moral authority" to decide. '
        '"Nobody else can do it," she said.'
    )
    assert ("moral authority", "Lee", "person") in said(text)


def test_a_crowds_fragment_is_no_quote(said):
    text = (
        'Critics who wanted the army to "cut and run" were silenced on Monday. Home '
        'networks were "sniffed out" by students, the study shows.'
    )
    assert [w for w, _, _ in said(text) if w in ("cut and run", "sniffed out")] == []


def test_a_day_owning_a_statement_is_no_author(said):
    # "Wednesday's statement" dates the document; "the committee's statement" names its author.
    text = (
        "The league's appeals panel met on Tuesday. Wednesday's statement said the club would "
        "face a hearing within a month. The committee's statement said no fine would be set."
    )
    assert said(text) == [
        ("the club would face a hearing within a month", "Wednesday's statement", "organization"),
        ("no fine would be set", "committee", "organization"),
    ]
