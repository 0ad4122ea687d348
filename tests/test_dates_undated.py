"""Dates in a story with no publication date, and words that look like dates but are none:
sentences written for the tests."""

import pytest

from claimx.steps.dates import find_dates, load_date_rules


@pytest.fixture(scope="module")
def dates(base_nlp):
    rules = load_date_rules()

    def run(text, anchor=None):
        doc = base_nlp(text)
        items = find_dates(doc, rules, anchor=anchor)
        for item in items:
            assert doc.text[item["start"] : item["end"]] == item["text"]
        return [(item["text"], item["value"]) for item in items]

    return run


def test_a_month_after_a_dated_month_is_the_nearest_one(dates):
    got = dates(
        "The November 2008 jobless figures were revised up. January's figures showed a further "
        "rise, and December's a fall."
    )
    assert got == [("November 2008", "2008-11"), ("January", "2009-01"), ("December", "2008-12")]


def test_a_part_of_the_year_a_past_sentence_dates(dates):
    got = dates(
        "Exports grew 4.2% in 2011, and growth slowed sharply in the fourth quarter and in "
        "December."
    )
    assert got == [("2011", "2011"), ("the fourth quarter", "2011-Q4"), ("December", "2011-12")]
    # the next sentence is no longer that year's narrative
    got = dates("Exports grew 4.2% in 2011. Growth slowed in the fourth quarter.")
    assert got == [("2011", "2011"), ("the fourth quarter", "XXXX-Q4")]


def test_the_start_of_a_range_takes_the_year_of_its_end(dates):
    got = dates("He is accused of stealing data from the bank between April and September 2010.")
    assert got == [("April", "2010-04"), ("September 2010", "2010-09")]
    got = dates("Prices rose between November and February 2013.")
    assert got == [("November", "2012-11"), ("February 2013", "2013-02")]


def test_no_year_is_guessed_from_history_a_comparison_or_a_forecast(dates):
    # a year of the band's history, a figure compared with, a year forecast
    got = dates("Formed at college in 1991, the band begins a tour of Japan on 12 May.")
    assert got == [("1991", "1991"), ("12 May", "XXXX-05-12")]
    got = dates("Sales fell to $8m, compared with $9m in 2006. In March the firm cut 200 jobs.")
    assert got == [("2006", "2006"), ("March", "XXXX-03")]
    got = dates("Growth will slow in 2015, and the bank may act in June.")
    assert got == [("2015", "2015"), ("June", "XXXX-06")]
    # a publication date decides as before
    got = dates("The November 2008 figures were revised. January's fell.", anchor="2009-02-20")
    assert got == [("November 2008", "2008-11"), ("January", "2009-01")]


def test_tomorrow_takes_the_day_the_text_gives_it(dates):
    got = dates("The appeal will be heard tomorrow, 9 June, at the High Court.")
    assert got == [("tomorrow", "XXXX-06-09"), ("9 June", "XXXX-06-09")]
    got = dates("Staff walked out yesterday (Wednesday) over pay.")
    assert got == [("yesterday", "XXXX-WXX-3"), ("Wednesday", "XXXX-WXX-3")]
    assert dates("Voting ends tomorrow, and counting starts on Friday.") == [
        ("tomorrow", "XXXX-XX-XX"),
        ("Friday", "XXXX-WXX-5"),
    ]


def test_a_year_as_the_title_of_a_work_is_no_date(dates):
    got = dates("Her film 1917 won two awards in 2020, and the album 1989 was reissued.")
    assert got == [("2020", "2020")]


def test_a_mid_year_document_is_no_date(dates):
    got = dates(
        "The treasury will publish its mid-year budget review by mid-year and again in 2010.",
        anchor="2009-03-02",
    )
    assert got == [("mid-year", "2009"), ("2010", "2010")]


def test_a_habitual_soon_is_no_date(dates):
    got = dates("Cheap phones soon lose their value. The new model will soon go on sale.")
    assert got == [("soon", "FUTURE_REF")]


def test_a_discourse_now_is_no_date(dates):
    assert dates("Now, the question is whether the regulator will act.") == []
    assert dates("Now, the firm employs 600 people.") == [("Now", "PRESENT_REF")]


def test_after_a_year_end_reported_january_and_what_lies_ahead_are_the_next_year(dates):
    # a story on the last half of 2008 is written in 2009: its January is 2009's, and so is
    # a first quarter ahead; a first quarter told in the past is the reported year's
    got = dates(
        "Factory output shrank 2.1% in the second half of 2008, the agency said. Orders "
        "rose in January, and the agency expects output to recover in the first quarter."
    )
    assert got == [
        ("the second half of 2008", "2008-H2"),
        ("January", "2009-01"),
        ("the first quarter", "2009-Q1"),
    ]
    got = dates("Factory output shrank in the fourth quarter of 2008 after a weak first quarter.")
    assert got == [("the fourth quarter of 2008", "2008-Q4"), ("first quarter", "2008-Q1")]
    # a month of the reported period, or before it in a past verb, stays in its year
    got = dates("Output fell in the last three months of 2008. Orders peaked in March.")
    assert got == [("the last three months of 2008", "2008-Q4"), ("March", "2008-03")]


def test_a_date_ahead_of_a_reported_quarter(dates):
    # the third quarter is over when reported: a fourth quarter ahead is the same year's
    got = dates(
        "The chipmaker's profit doubled in the third quarter of 2010. It will cut prices in "
        "the fourth quarter."
    )
    assert got == [("the third quarter of 2010", "2010-Q3"), ("the fourth quarter", "2010-Q4")]
    # a quarter forecast does not make the story later than it: its January stays put
    got = dates(
        "The carmaker gave no forecast for first quarter 2011. It will report on 27 January."
    )
    assert got == [("first quarter 2011", "2011-Q1"), ("27 January", "2011-01-27")]


def test_days_later_than_a_day_without_its_year(dates):
    got = dates("Wales play France on 12 March, and Italy travel to Cardiff five days later.")
    assert got == [("12 March", "XXXX-03-12"), ("five days later", "XXXX-03-17")]
    # across the end of February a leap day may count: no value is guessed
    got = dates("The fair opens on 26 February and the show closes four days later.")
    assert got == [("26 February", "XXXX-02-26")]


def test_a_month_takes_the_one_year_the_story_writes_it_with(dates):
    got = dates(
        "Council tax vote due in March\n\n"
        "Councillors will vote on the new rates in March 2009. Tenants fear the March vote "
        "will raise bills again. Rents last rose sharply in June."
    )
    assert got == [
        ("March", "2009-03"),
        ("March 2009", "2009-03"),
        ("March", "2009-03"),
        ("June", "XXXX-06"),
    ]
    # two years for one month: no guess
    got = dates(
        "The mine shut in May 1984 and reopened in May 1990. It employs 300 people. "
        "Its owners plan a new shaft. Miners will strike in May."
    )
    assert got[-1] == ("May", "XXXX-05")


@pytest.mark.parametrize("anchor", [None, "2009-02-10"])
def test_a_month_and_the_year_right_after_it(dates, anchor):
    got = dates(
        "A winter election was last held in February in 1974, when the government lost.", anchor
    )
    assert got == [("February", "1974-02"), ("1974", "1974")]


def test_a_month_the_story_has_moved_on_from_lends_no_year(dates):
    got = dates(
        "The rise was the first since December 2006. Output grew 0.3% between October and "
        "December, the bank said. Rates have been on hold for months."
    )
    assert got == [("December 2006", "2006-12"), ("October", "XXXX-10"), ("December", "XXXX-12")]


def test_a_month_of_the_story_s_history_lends_no_year(dates):
    got = dates(
        "The drugmaker's last big launch was announced in June 1999. It employs 2,000 people "
        "in India. Profits for the three months to June fell 8%, it said, and its 2004 sales "
        "were flat."
    )
    assert got[:2] == [("June 1999", "1999-06"), ("June", "XXXX-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday opening the second of two newspapers' names
        (
            "Aides said they had no idea where the stories in the Sunday Times and Sunday "
            "Herald had come from.",
            [],
        ),
        # a list of days stays days
        (
            "Talks ran on Saturday and Sunday Mr Blake said.",
            [("Saturday", "XXXX-WXX-6"), ("Sunday", "XXXX-WXX-7")],
        ),
        # a screen size is no year, either way round
        ("The projectors show films at 2048 * 1080 pixels.", []),
        ("Panels of 1080 x 2048 pixels are rare.", []),
    ],
)
def test_names_and_sizes_that_hold_date_words(dates, text, expected):
    assert dates(text) == expected


def test_a_season_opening_an_event_s_name_is_no_date(dates):
    got = dates(
        "The skater won silver at the Winter Olympics and hopes to reach the Summer Games as "
        "a coach. Her club trains outdoors in the summer and indoors in winter."
    )
    assert got == [("the summer", "XXXX-SU"), ("winter", "XXXX-WI")]
    # a season with its year stays a date, whatever follows it
    assert dates("In Winter 2006 Italy hosted the Games.") == [("Winter 2006", "2006-WI")]


def test_midnight_and_noon_beside_a_day_are_its_times(dates):
    got = dates("The offer closes at midnight on Friday, and the board meets on Monday at noon.")
    assert got == [
        ("midnight on Friday", "XXXX-WXX-5T24:00"),
        ("Monday at noon", "XXXX-WXX-1T12:00"),
    ]
    got = dates("Voting ended at midnight on Thursday.", anchor="2005-02-11")
    assert got == [("midnight on Thursday", "2005-02-10T24:00")]
    # midnight in another sentence is not the day's time
    assert dates("They talked until midnight. On Friday they signed.") == [("Friday", "XXXX-WXX-5")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today's babies will live longer than their grandparents did.", "PRESENT_REF"),
        ("Today's pensioners are far richer than their parents were.", "PRESENT_REF"),
        ("Children born today can expect to live to 100, the study found.", "PRESENT_REF"),
        # the story's day
        ("Babies born today at the clinic were both healthy.", "2005-03-08"),
        ("The twins were born today at the city's hospital.", "2005-03-08"),
    ],
)
def test_today_meaning_nowadays(dates, text, expected):
    assert [v for _, v in dates(text, anchor="2005-03-08")] == [expected]


def test_the_end_of_a_year_is_a_period_reported_on(dates):
    got = dates(
        "Household spending slowed towards the end of 2004, with figures for the three months "
        "to December showing a rise of 0.3%. In January it fell."
    )
    assert got == [("the end of 2004", "2004"), ("December", "2004-12"), ("January", "2005-01")]
    # an end of a year the story has moved on from, or one ahead, places nothing
    got = dates("Sales were the weakest since late 1998. In December they fell 1%.")
    assert got[1] == ("December", "XXXX-12")
    got = dates("Growth will slow by the end of 2005. Sales in December fell 1%.")
    assert got[1] == ("December", "XXXX-12")


def test_the_full_year_of_a_period_reported_on(dates):
    got = dates(
        "The brewer's profit rose 9% in the final three months of 2004. For the full year, "
        "sales were flat."
    )
    assert got == [("the final three months of 2004", "2004-Q4"), ("the full year", "2004")]
    assert dates("Sales for the full year were flat, the brewer said.") == [
        ("the full year", "XXXX")
    ]
    got = dates("Profits will rise in the first half of 2006. Sales for the year were flat.")
    assert got[1] == ("the year", "XXXX")
