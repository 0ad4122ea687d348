"""A redenominated currency has the ISO code of the story's day (CLDR's territory currencies)."""

import pytest

from claimx.steps.money import find_money, load_money_rules


@pytest.fixture(scope="module")
def money(base_nlp):
    rules = load_money_rules()

    def run(text, published=None):
        items = find_money(base_nlp(text), rules, published=published)
        return [(m["text"], m["value"], m["currency"]) for m in items]

    return run


def test_the_publication_day_picks_the_currency_of_the_name(money):
    text = "The central bank sold 300 trillion lira of bonds."
    assert money(text, "2004-03-15") == [("300 trillion lira", 300000000000000, "TRL")]
    assert money(text, "2009-03-15") == [("300 trillion lira", 300000000000000, "TRY")]
    assert money("Shops charged 40 roubles a loaf.", "1996-05-02") == [("40 roubles", 40, "RUR")]
    assert money("The loan came to 2 billion Romanian lei.", "2003-01-10") == [
        ("2 billion Romanian lei", 2000000000, "ROL")
    ]
    assert money("Miners were paid 90,000 cedis a month.", "2006-02-01") == [
        ("90,000 cedis", 90000, "GHC")
    ]


def test_without_a_day_the_sentence_year_then_today(money):
    assert money("In 2003 the club spent 9 trillion lira on players.") == [
        ("9 trillion lira", 9000000000000, "TRL")
    ]
    assert money("The club spent 9 million lira on players.") == [
        ("9 million lira", 9000000, "TRY")
    ]


def test_new_and_old_say_which_outright(money):
    text = "A coffee costs 2 new lira, or 2 million old lira, and wages start at 500 YTL."
    assert money(text, "2005-06-01") == [
        ("2 new lira", 2, "TRY"),
        ("2 million old lira", 2000000, "TRL"),
        ("500 YTL", 500, "TRY"),
    ]


def test_a_currency_of_another_name_is_left_alone(money):
    assert money("Germany's budget was 20 billion euros.", "1999-06-01")[0][2] == "EUR"
    assert money("The hotel cost $200 a night.", "1990-01-01")[0][2] == "USD"


def test_a_name_that_starts_with_new_is_read_whole(money):
    assert money("The farm earned 5 million New Zealand dollars.", "2004-01-01") == [
        ("5 million New Zealand dollars", 5000000, "NZD")
    ]
