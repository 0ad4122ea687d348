"""A tag closing another report, 'they' for the names or the count a sentence opens with,
the body a paragraph is about, and a report's title, on news passages written for these
tests."""


def test_a_tag_closing_another_report_leaves_its_words_to_that_report(said):
    text = (
        "Fares will go up again next year.\n\n"
        "The rail regulator said on Monday that fares would rise by 4% in January, "
        "its chief executive Anna Berg said."
    )
    assert said(text) == [("fares would rise by 4% in January", "rail regulator", "unnamed")]


def test_a_report_of_telling_keeps_the_telling(said):
    text = (
        "The bypass is over budget.\n\n"
        "Mr Smith said he had told the committee that the road would cost £2m more than planned."
    )
    assert said(text)[0] == (
        "he had told the committee that the road would cost £2m more than planned",
        "Smith",
        "person",
    )


def test_they_stands_for_the_parties_the_sentence_before_opens_with(said):
    text = (
        "Council tax bills will rise by 5% in April.\n\n"
        "Labour and the Liberal Democrats have both attacked the plans. "
        '"This is a tax on pensioners and it must be stopped," they said in a joint statement.'
    )
    assert said(text) == [
        (
            "This is a tax on pensioners and it must be stopped,",
            "Labour and Liberal Democrats",
            "group",
        )
    ]


def test_they_after_one_subject_is_not_a_list(said):
    text = (
        "Council tax bills will rise by 5% in April.\n\n"
        "Pensioners' groups attacked the plans on Monday. "
        '"This is a tax on the poorest and it must be stopped," they said.'
    )
    assert said(text)[0][1] == "Pensioners' groups"


def test_a_body_named_in_passing_is_not_the_organisation_the_paragraph_is_about(said):
    text = (
        "Child trafficking is rising, aid workers say.\n\n"
        "The UN children's agency Unicef says 1.2 million children are trafficked every year. "
        "Its report was drawn up with help from the International Labour Organisation and "
        "draws on figures from Interpol.\n\n"
        'According to the organisation, "most victims are girls under 16". '
        'It recommends that governments "tighten checks at borders".'
    )
    out = said(text)
    assert out[-2:] == [
        ("most victims are girls under 16", "Unicef", "organization"),
        ("tighten checks at borders", "Unicef", "organization"),
    ]


def test_they_after_a_counted_subject_is_the_people_it_counts(said):
    text = (
        "Greek sprinters Nikos Andreou and Maria Kallis have been cleared by their national "
        "athletics federation.\n\n"
        '"The athletes were not properly notified of the tests," a statement said.\n\n'
        'The pair had faced two-year bans. "We are delighted," they said.'
    )
    assert said(text)[-1] == ("We are delighted,", "Nikos Andreou and Maria Kallis", "group")


def test_a_report_title_with_a_subtitle_is_no_quote(quotes_in):
    text = (
        "Trade barriers cost poor countries billions, a charity says.\n\n"
        "The report, \"Open Markets: Trade, Aid and the Future of the World's Poorest "
        'Farmers", says rich nations set the rules to suit themselves.'
    )
    found = [(q["text"], q["direct"]) for q in quotes_in(text)]
    assert found[-1] == ("rich nations set the rules to suit themselves", False)
    assert not any(direct for _, direct in found)
