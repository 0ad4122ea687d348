import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.steps.dates import find_dates, load_date_rules, parse_explicit_date

FRIDAY = "2026-11-27"  # the anchor of most cases: a Friday
MONDAY = "2026-11-30"


@pytest.fixture(scope="module")
def dates(base_nlp):
    rules = load_date_rules()

    def run(text, anchor=FRIDAY, **options):
        doc = base_nlp(text)
        items = find_dates(doc, rules, anchor=anchor, **options)
        for item in items:
            assert doc.text[item["start"] : item["end"]] == item["text"]
        json.dumps(items)
        return items

    return run


def values(items):
    return {item["text"]: item["value"] for item in items}


def test_grain_as_written(dates):
    items = dates(
        "Output has doubled since 2003, and the company expects to hire more staff in "
        "December. Sales in the fourth quarter will beat this year's plan."
    )
    assert values(items) == {
        "2003": "2003",
        "December": "2026-12",
        "the fourth quarter": "2026-Q4",
        "this year": "2026",
    }
    assert [i["grain"] for i in items] == ["year", "month", "quarter", "year"]


def test_weeks_seasons_decades_and_days(dates):
    items = dates(
        "Shares fell 4% last week. The plant opened in the 1990s and will close this summer, "
        "the mayor said yesterday."
    )
    assert values(items) == {
        "last week": "2026-W47",
        "the 1990s": "199",
        "this summer": "2026-SU",
        "yesterday": "2026-11-26",
    }


def test_weekday_follows_the_verb_tense(dates):
    past = dates("The minister resigned on Friday after a week of protests.", anchor=MONDAY)
    future = dates("The minister will meet union leaders on Friday.", anchor=MONDAY)
    assert values(past) == {"Friday": "2026-11-27"}
    assert values(future) == {"Friday": "2026-12-04"}
    said_today = dates("Police said on Friday that two men had been arrested.")
    assert values(said_today) == {"Friday": "2026-11-27"}


def test_modifiers(dates):
    items = dates(
        "Prices have risen since mid-September. The bank sees a recovery in early 2027 "
        "after a slump that began late last year."
    )
    assert [(i["text"], i["value"], i["mod"]) for i in items] == [
        ("mid-September", "2026-09", "MID"),
        ("early 2027", "2027", "START"),
        ("late last year", "2025", "END"),
    ]
    end = dates("The road will reopen by the end of the year, or by the year's end at the latest.")
    assert [(i["text"], i["value"], i["mod"]) for i in end] == [
        ("the end of the year", "2026", "END"),
        ("the year's end", "2026", "END"),
    ]
    # the modifier may take "in" before its month or year
    later = dates("The plant should open early in 2027 and was begun late in March 2025.")
    assert [(i["text"], i["value"], i["mod"]) for i in later] == [
        ("early in 2027", "2027", "START"),
        ("late in March 2025", "2025-03", "END"),
    ]


def test_relative_and_counted(dates):
    items = dates(
        "The law passed two years ago. Fares rise next month, the operator said earlier this "
        "month, and the vote is three weeks from now."
    )
    assert values(items) == {
        "two years ago": "2024",
        "next month": "2026-12",
        "earlier this month": "2026-11",
        "three weeks from now": "2026-W51",
    }


def test_the_following_day_counts_from_the_date_just_mentioned(dates):
    items = dates("The strike began on March 3. The following day, talks resumed.")
    assert values(items) == {"March 3": "2026-03-03", "The following day": "2026-03-04"}


def test_a_year_earlier_compares_quarters(dates):
    items = dates(
        "Net income rose to $4.1 million in the third quarter from $3.2 million a year earlier."
    )
    assert values(items) == {"the third quarter": "2026-Q3", "a year earlier": "2025-Q3"}


def test_present_past_and_future_references(dates):
    items = dates(
        "The firm is now in talks and currently employs 300 people. It recently cut prices, "
        "as it did in the past, and it will keep doing so in the future."
    )
    assert values(items) == {
        "now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "recently": "PAST_REF",
        "the past": "PAST_REF",
        "the future": "FUTURE_REF",
    }
    assert {i["grain"] for i in items} == {"ref"}


def test_ranges(dates):
    items = dates("The exhibition ran from March to May and drew 40,000 visitors.")
    assert values(items) == {"March": "2026-03", "May": "2026-05"}
    assert items[0]["range"] == {"role": "start", "other": 1}
    assert items[1]["range"] == {"role": "end", "other": 0}
    since = dates("Prices have fallen since mid-September.")
    assert since[0]["range"] == {"role": "start", "other": None}
    between = dates("Exports doubled between 2019 and 2021.")
    assert [(i["value"], i["range"]["role"]) for i in between] == [
        ("2019", "start"),
        ("2021", "end"),
    ]


def test_durations_ages_times_and_money_are_not_dates(dates):
    text = (
        "He served three years in prison. The 73-year-old ran 30-second ads, "
        "spoke at 9 a.m. and paid $30 for 2,003 tickets. The 1000m final is held every Sunday."
    )
    assert dates(text) == []


def test_explicit_forms(dates):
    items = dates(
        "The contract, signed on Nov. 27, 2026, was filed on 27/11/2026 and logged as "
        "2026-11-27; the board met on Thursday, November 26.",
        day_first=True,
    )
    assert [i["value"] for i in items] == ["2026-11-27"] * 3 + ["2026-11-26"]
    assert values(dates("Payment is due 05/06/2026.", day_first=True)) == {
        "05/06/2026": "2026-06-05"
    }
    assert values(dates("Payment is due 05/06/2026.")) == {"05/06/2026": "2026-05-06"}


def test_spoken_years_in_broadcast_transcripts(dates):
    items = dates("It began in nineteen ninety-six. By January two thousand and one it was over.")
    assert values(items) == {
        "nineteen ninety-six": "1996",
        "January two thousand and one": "2001-01",
    }


def test_unanchored_keeps_unknown_parts(dates):
    items = dates(
        "The mill closed in September and the owner said on Friday that last year was "
        "the worst since 1998.",
        anchor=None,
    )
    assert values(items) == {
        "September": "XXXX-09",
        "Friday": "XXXX-WXX-5",
        "last year": "XXXX",
        "1998": "1998",
    }
    assert [i["anchored"] for i in items] == [False, False, False, True]


def test_names_and_verbs_are_not_months(dates):
    items = dates("Theresa May said on Tuesday that protesters may march to the palace.")
    assert values(items) == {"Tuesday": "2026-11-24"}


def test_holidays(dates):
    items = dates("Shops expect record sales at Christmas, after a quiet Easter 2026.")
    assert values(items) == {"Christmas": "2026-12-25", "Easter 2026": "2026-04-05"}


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x07\x1b[31m", "((((]]]", "2026-13-45 31/31/2031 Feb. 30, 2026", "İİ May " * 50],
)
def test_never_raises(dates, text):
    assert isinstance(dates(text), list)


_PIECES = (
    "Nov.",
    "27",
    "2026",
    "9999",
    "0000",
    "last",
    "next",
    "the",
    "end",
    "of",
    "year",
    "Friday",
    "ago",
    "a",
    "two",
    "mid-",
    "'82",
    "1990s",
    "Q4",
    "first",
    "quarter",
    "from",
    "to",
    "since",
    "Christmas",
    "Easter",
    "9999-12-31",
    "31/02/2026",
    "May",
    "earlier",
    "following",
    "day",
    "(",
    ")",
    "\x00",
    "\n",
    "$",
    "1",
    "week",
    "weekend",
    "century",
    "21st",
    "now",
    "—",
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join),
    st.sampled_from([None, "2026-11-27", "0001-01-01", "9999-12-31", "not a date"]),
)
def test_never_raises_near_the_edges_of_the_calendar(dates, text, anchor):
    for item in dates(text, anchor=anchor):
        assert isinstance(item["value"], str) and item["value"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nov. 27, 2026", "2026-11-27"),
        ("27 November 2026", "2026-11-27"),
        ("2026-11-27", "2026-11-27"),
        ("Updated 2026/11/27 09:00", "2026-11-27"),
        ("Friday, 27 Nov 2026 14:02 GMT", "2026-11-27"),
        ("Published: Thursday, March 5, 2026 - 09:14", "2026-03-05"),
        ("December", None),
        ("Nov. 27", None),
        ("It cost $30", None),
        ("", None),
    ],
)
def test_parse_explicit_date(text, day):
    assert parse_explicit_date(text) == day


def test_month_inside_a_name_is_no_date(dates):
    items = dates(
        "June Carter Cash recorded the song with her husband. Theresa May met April Ashley. "
        "In June Labour won the seat."
    )
    assert values(items) == {"June": "2026-06"}
    assert items[0]["start"] == 86  # "In June Labour", not "June Carter Cash"


def test_day_ranges_keep_both_ends(dates):
    items = dates(
        "The festival runs 16-28 November. Talks were held on March 3-5, and the vote will take "
        "place between 10 and 12 June."
    )
    assert [(i["text"], i["value"], i["range"]) for i in items] == [
        ("16", "2026-11-16", {"role": "start", "other": 1}),
        ("28 November", "2026-11-28", {"role": "end", "other": 0}),
        ("March 3", "2026-03-03", {"role": "start", "other": 3}),
        ("5", "2026-03-05", {"role": "end", "other": 2}),
        ("10", "2027-06-10", {"role": "start", "other": 5}),
        ("12 June", "2027-06-12", {"role": "end", "other": 4}),
    ]


def test_day_range_without_anchor_and_not_backwards(dates):
    assert values(dates("Exams run 3 to 7 May 2027.", anchor=None)) == {
        "3": "2027-05-03",
        "7 May 2027": "2027-05-07",
    }
    assert values(dates("They won 28-16 November's game.")) == {"16 November": "2026-11-16"}


def test_weekday_possessive_and_present_perfect_look_back(dates):
    # Friday 27 November: Monday the 23rd is past, Monday the 30th ahead
    for text in (
        "After Monday's debate, the polls show a tight race.",
        "Monday's debate has changed the race, polls suggest.",
        "The minister has confirmed on Monday that the plan is dead.",
    ):
        assert values(dates(text))["Monday"] == "2026-11-23", text


def test_weekday_present_and_schedules_look_ahead(dates):
    thursday = "2026-11-26"  # Monday the 23rd is nearer than Monday the 30th
    for text in (
        "The merger is scheduled to close Monday.",
        "The union is due to strike on Monday.",
        "The board meets on Monday to decide.",
        "Ahead of Monday's vote, the party is divided.",
    ):
        assert values(dates(text, anchor=thursday))["Monday"] == "2026-11-30", text
    # "hurt" tagged present with a singular subject is the past
    text = "Weakness in big technology stocks hurt the index on Monday, to 437.68."
    assert values(dates(text, anchor=thursday))["Monday"] == "2026-11-23"


def test_fiscal_and_earnings_periods(dates):
    items = dates(
        "Sales in the latest fiscal year rose. The steelmaker posted net income for the fiscal "
        "second-quarter of $8.6 million. The company earned $3 million in the 1988 quarter.",
        anchor="1989-10-26",
    )
    assert values(items) == {
        "the latest fiscal year": "1988",
        "fiscal second-quarter": "1989-Q2",
        "the 1988 quarter": "1988-Q2",
    }
