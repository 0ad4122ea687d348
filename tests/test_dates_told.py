"""Years, months and days a story's own words fix where no publication date does: a month
compared with the same month of a year written, the year the narrative is in, a weekday
written with its day of the month, days known by their date, and the New Year. Sentences
written for the tests."""

import pytest

from claimx.steps.dates import find_dates, load_date_rules


@pytest.fixture(scope="module")
def dates(base_nlp):
    rules = load_date_rules()

    def run(text, anchor=None):
        doc = base_nlp(text)
        items = find_dates(doc, rules, anchor=anchor)
        return [(item["text"], item["value"]) for item in items]

    return run


def test_a_month_compared_with_the_same_month_of_a_year_is_the_next_year_s(dates):
    got = dates(
        "Retail sales in March were 2.1% higher than the same month in 2009, the statistics "
        "office said. Sales also rose in March in Germany."
    )
    assert got == [
        ("March", "2010-03"),
        ("the same month", "2009-03"),
        ("2009", "2009"),
        ("March", "2010-03"),
    ]
    got = dates("Car exports in May were 4% down on May 2011.")
    assert got == [("May", "2012-05"), ("May 2011", "2011-05")]


def test_the_same_month_of_a_year_is_the_month_last_written(dates):
    # not the month of the last date with a year known ("June 2001")
    got = dates(
        "The plant closed in June 2001. Exports in January were 5% down on the same month of 2008."
    )
    assert got == [
        ("June 2001", "2001-06"),
        ("January", "2009-01"),
        ("the same month", "2008-01"),
        ("2008", "2008"),
    ]
    # another month between: the comparison is that month's
    got = dates("Sales rose in March, and April was up on the same month in 2009.")
    assert got == [
        ("March", "XXXX-03"),
        ("April", "2010-04"),
        ("the same month", "2009-04"),
        ("2009", "2009"),
    ]


def test_a_time_within_the_year_the_narrative_is_in(dates):
    got = dates("The band first toured in 1974. Later in the year it split up.")
    assert got == [("1974", "1974"), ("Later in the year", "1974")]
    got = dates("Prices rose 0.8% in January 2011, the first month of the year.")
    assert got == [("January 2011", "2011-01"), ("the year", "2011")]
    # two sentences on, the narrative may have moved: no year is guessed
    got = dates(
        "The band first toured in 1974. It played small clubs. Fans were few. Later in the "
        "year it split up."
    )
    assert got == [("1974", "1974"), ("Later in the year", "XXXX")]


def test_a_year_earlier_than_a_month_is_that_month_a_year_back(dates):
    got = dates("Exports rose 3% in March 2010. A year earlier, they had fallen by 6%.")
    assert got == [("March 2010", "2010-03"), ("A year earlier", "2009-03")]
    # more years than one count at the year's grain
    got = dates("The plant opened in March 2001. Two years later it closed.")
    assert got == [("March 2001", "2001-03"), ("Two years later", "2003")]


def test_a_weekday_with_its_day_of_the_month(dates):
    got = dates("Talks open on Monday 6 December 2010. A vote follows on Thursday 9.")
    assert got == [("Monday 6 December 2010", "2010-12-06"), ("Thursday 9", "2010-12-09")]
    got = dates("Talks open on Monday 6 December. A vote follows on Thursday 9.")
    assert got == [("Monday 6 December", "XXXX-12-06"), ("Thursday 9", "XXXX-12-09")]
    got = dates("The vote is on Thursday 9, officials said.", anchor="2010-12-06")
    assert got == [("Thursday 9", "2010-12-09")]
    # the weekday does not fit that day of the month: it stays a weekday
    got = dates("Talks open on Monday 6 December 2010. A vote follows on Friday 9.")
    assert got == [("Monday 6 December 2010", "2010-12-06"), ("Friday 9", "XXXX-WXX-5")]
    # a count after a weekday is no day of the month
    assert dates("On Thursday 9 people died in the attack.") == [("Thursday", "XXXX-WXX-4")]


def test_days_known_by_their_date(dates):
    got = dates("Airlines have struggled since 9/11, and security is tighter than ever.")
    assert got == [("9/11", "2001-09-11")]
    got = dates("Demand for flights fell after the September 11 attacks on New York.")
    assert got == [("September 11", "2001-09-11")]
    # the same day written without its event is any year's
    got = dates("The new store opens on 11 September, and prices were cut on 9/11/2003.")
    assert got == [("11 September", "XXXX-09-11"), ("9/11/2003", "2003-09-11")]


def test_the_new_year(dates):
    assert dates("Shops expect a rush of buyers over the New Year.") == [("New Year", "XXXX-01-01")]
    # another calendar's, and a season's trade, are no date
    assert dates("Celebrations for Chinese New Year began in Beijing.") == []
    assert dates("Sales were strong in the Christmas and New Year sales period.") == []
