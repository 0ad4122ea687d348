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
