import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.steps.money import find_money, load_money_rules


@pytest.fixture(scope="module")
def rules():
    return load_money_rules()


@pytest.fixture(scope="module")
def money(base_nlp, rules):
    def run(text, country=None):
        return find_money(base_nlp(text), rules, country=country)

    return run


def amounts(items):
    return [(m["text"], m["value"], m["currency"]) for m in items]


def test_contract_fields_offsets_and_json(money):
    text = "The council approved a £4.2m budget, up from £3.9m last year."
    items = money(text)
    assert amounts(items) == [("£4.2m", 4200000, "GBP"), ("£3.9m", 3900000, "GBP")]
    for m in items:
        assert text[m["start"] : m["end"]] == m["text"]
        assert set(m) == {
            "text",
            "start",
            "end",
            "value",
            "currency",
            "low",
            "high",
            "qualifier",
            "vague",
            "unit",
        }
    assert items[0]["low"] == items[0]["high"] == 4200000
    assert items[0]["qualifier"] is None and items[0]["vague"] is False and items[0]["unit"] is None
    json.dumps(items)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline lost US$ 320 million in the quarter.", ("US$ 320 million", 320000000, "USD")),
        ("Shares in the Toronto miner closed at C$14.20.", ("C$14.20", 14.2, "CAD")),
        ("Qantas posted a profit of A$1.1bn.", ("A$1.1bn", 1100000000, "AUD")),
        ("The tycoon bought the tower for HK$2.3 billion.", ("HK$2.3 billion", 2300000000, "HKD")),
        ("The rail fare rises to £32.50 in January.", ("£32.50", 32.5, "GBP")),
        ("Brussels imposed a €497m fine on the software firm.", ("€497m", 497000000, "EUR")),
        ("Sony said profits fell to ¥14.9bn.", ("¥14.9bn", 14900000000, "JPY")),
        (
            "The ministry will spend ₹1,200 crore on rural roads.",
            ("₹1,200 crore", 12000000000, "INR"),
        ),
        ("Farmers were paid Rs 450 a quintal.", ("Rs 450", 450, "INR")),
        ("The airline's fare was RM299 one way.", ("RM299", 299, "MYR")),
        ("The contract is priced at USD 200 per tonne.", ("USD 200", 200, "USD")),
        ("The fee was set at 200 EUR per month.", ("200 EUR", 200, "EUR")),
        ("Sterling closed at GBP3.01 in the index.", ("GBP3.01", 3.01, "GBP")),
        ("Each visitor paid 20 euros to enter.", ("20 euros", 20, "EUR")),
        ("A taxi ride costs ten riyals.", ("ten riyals", 10, None)),
        ("The shop sold it for 42 Lebanese pounds.", ("42 Lebanese pounds", 42, "LBP")),
        (
            "The family received five lakh rupees in compensation.",
            ("five lakh rupees", 500000, "INR"),
        ),
        ("He said he made 40 bucks a night.", ("40 bucks", 40, "USD")),
        ("Tickets were going for 50 quid outside the ground.", ("50 quid", 50, "GBP")),
        ("Ericsson earned 9.5bn kronor.", ("9.5bn kronor", 9500000000, "SEK")),
        ("Nestle will buy back SFr1bn of shares.", ("SFr1bn", 1000000000, "CHF")),
        ("The builder asked for 10 grand up front.", ("10 grand", 10000, "USD")),
    ],
)
def test_symbols_codes_names_and_slang(money, text, expected):
    assert amounts(money(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BT raised $1.13bn from the sale.", ("$1.13bn", 1130000000, "USD")),
        ("The club spent £600m on players.", ("£600m", 600000000, "GBP")),
        ("The app raised $10K from friends.", ("$10K", 10000, "USD")),
        ("The fund holds $2.5mn in bonds.", ("$2.5mn", 2500000, "USD")),
        ("Debt reached $1.2tn last year.", ("$1.2tn", 1200000000000, "USD")),
        ("The firm bid $45MM for the plant.", ("$45MM", 45000000, "USD")),
        ("The state paid 3 crore rupees.", ("3 crore rupees", 30000000, "INR")),
        ("Samsung earned 5 billion won.", ("5 billion won", 5000000000, "KRW")),
        ("the stock closed at $ 34 3/4 , up sharply .", ("$ 34 3/4", 34.75, "USD")),
    ],
)
def test_magnitudes_and_shorthands(money, text, expected):
    assert amounts(money(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He found ten dollars in the street.", ("ten dollars", 10, "USD")),
        ("She won a million dollars on the show.", ("a million dollars", 1000000, "USD")),
        (
            "The meal cost twenty dollars and 43 cents.",
            ("twenty dollars and 43 cents", 20.43, "USD"),
        ),
        ("The bonus was $1.5 million.", ("$1.5 million", 1500000, "USD")),
        ("The painting sold for 1,200,000 euros.", ("1,200,000 euros", 1200000, "EUR")),
        ("The plan costs half a million pounds.", ("half a million pounds", 500000, "GBP")),
        (
            "They paid three quarters of a billion dollars.",
            ("three quarters of a billion dollars", 750000000, "USD"),
        ),
        (
            "It was sold for one hundred and fifty thousand dollars.",
            ("one hundred and fifty thousand dollars", 150000, "USD"),
        ),
    ],
)
def test_written_and_mixed_numbers(money, text, expected):
    assert amounts(money(text)) == [expected]


def test_cents_tails_and_single_units(money):
    assert amounts(money("The fare was $20 and 43c, or a dollar more than last year.")) == [
        ("$20 and 43c", 20.43, "USD"),
        ("a dollar", 1, "USD"),
    ]
    assert amounts(money("A bowl of noodles costs 8 yuan 3 jiao.")) == [
        ("8 yuan 3 jiao", 8.3, "CNY")
    ]
    assert amounts(money("Gum now costs 10¢.")) == [("10¢", 0.1, "USD")]


def test_subunits(money):
    assert amounts(money("A first-class stamp now costs 43 cents.")) == [("43 cents", 0.43, "USD")]
    assert amounts(money("The tax adds 50p to a pint.")) == [("50p", 0.5, "GBP")]
    assert amounts(money("Bread rose by 12 pence.")) == [("12 pence", 0.12, "GBP")]
    assert amounts(money("Petrol is up 3 euro cents.")) == [("3 euro cents", 0.03, "EUR")]


def test_ranges_share_the_magnitude(money):
    items = money("The deal is worth between $5 and $10 million, bankers said.")
    assert len(items) == 1
    assert items[0]["text"] == "$5 and $10 million"
    assert (items[0]["value"], items[0]["low"], items[0]["high"]) == (5000000, 5000000, 10000000)
    assert items[0]["qualifier"] == "range" and items[0]["currency"] == "USD"

    items = money("Repairs will cost $1.2 million to $23.5 million.")
    assert [(m["low"], m["high"], m["qualifier"]) for m in items] == [(1200000, 23500000, "range")]

    items = money("Analysts expect a loss of $5-$10 billion.")
    assert [(m["text"], m["low"], m["high"]) for m in items] == [
        ("$5-$10 billion", 5000000000, 10000000000)
    ]

    items = money("Fines of £2m-3m are likely, and between 5 and 10 million euros in costs.")
    assert [(m["low"], m["high"], m["currency"]) for m in items] == [
        (2000000, 3000000, "GBP"),
        (5000000, 10000000, "EUR"),
    ]


def test_from_to_is_a_change_not_a_range(money):
    items = money("Its budget rose from $5 million to $7 million.")
    assert [(m["value"], m["qualifier"]) for m in items] == [(5000000, None), (7000000, None)]
    items = money("US crude rose $1.64 to $47.10, and Biogen fell more than $2 to $43.25.")
    assert [m["value"] for m in items] == [1.64, 47.1, 2, 43.25]
    items = money("Estimates range from $1.2 million to $23.5 million.")
    assert [(m["low"], m["high"]) for m in items] == [(1200000, 23500000)]


def test_by_x_to_y_is_a_change_and_its_level(money):
    items = money("The merger will lift annual profit by 300m euros to 1.8bn euros.")
    assert [(m["text"], m["value"], m["qualifier"]) for m in items] == [
        ("300m euros", 300000000, None),
        ("1.8bn euros", 1800000000, None),
    ]
    items = money("Tickets will cost between $40 and $60.")
    assert [(m["low"], m["high"], m["qualifier"]) for m in items] == [(40, 60, "range")]


def test_a_stray_space_in_the_thousands(money):
    items = money("Workers earning less than $30, 000 (£15,000) a year will qualify.")
    assert [(m["text"], m["value"], m["high"], m["qualifier"]) for m in items] == [
        ("$30, 000", 30000, 30000, "under"),
        ("£15,000", 15000, 15000, "under"),
    ]
    assert amounts(money("Seats cost $30, $40 and $50.")) == [
        ("$30", 30, "USD"),
        ("$40", 40, "USD"),
        ("$50", 50, "USD"),
    ]


def test_an_amount_after_a_terminal_colour_code(money):
    text = "Losses reached \x1b[31m£4m\x1b[0m and \x1b[1;33m2.5bn euros\x1b[0m in 2009."
    items = money(text)
    assert [(m["text"], m["value"], m["currency"]) for m in items] == [
        ("£4m", 4000000, "GBP"),
        ("2.5bn euros", 2500000000, "EUR"),
    ]
    assert [text[m["start"] : m["end"]] for m in items] == ["£4m", "2.5bn euros"]


def test_a_year_before_a_symbol_is_not_an_amount(money):
    assert amounts(money("We will spend by 2008 £60bn more on schools.")) == [
        ("£60bn", 60000000000, "GBP")
    ]


def test_implied_thousands_in_a_range(money):
    (item,) = money("The bankers paid penalties of between $50-100,000.")
    assert (item["low"], item["high"], item["qualifier"]) == (50000, 100000, "range")


@pytest.mark.parametrize(
    ("text", "qualifier", "value", "low", "high"),
    [
        ("The firm paid over $5.7 million for the site.", "over", 5700000, 5700000, None),
        ("The fund raised more than £300m.", "over", 300000000, 300000000, None),
        ("The council will spend at least €2m.", "at_least", 2000000, 2000000, None),
        ("Fines can reach up to $50,000.", "up_to", 50000, None, 50000),
        ("Thieves took as much as £1m.", "up_to", 1000000, None, 1000000),
        ("The scheme cost nearly $2bn.", "nearly", 2000000000, None, 2000000000),
        ("The repairs cost almost £3m.", "nearly", 3000000, None, 3000000),
        ("The club is worth about $600m.", "about", 600000000, None, None),
        ("The company has around €40m in cash.", "about", 40000000, None, None),
        ("Sales were roughly $3bn.", "about", 3000000000, None, None),
        ("The bid valued it at less than £100m.", "under", 100000000, None, 100000000),
        ("Houses sold for under $200,000.", "under", 200000, None, 200000),
        # a verb of passing a mark bounds it too; "the top prize" does not
        ("Ticket sales could cross half a billion dollars.", "over", 500000000, 500000000, None),
        ("Profits topped £5m last year.", "over", 5000000, 5000000, None),
        ("The top £1m prize went unclaimed.", None, 1000000, 1000000, 1000000),
        # an estimate qualifies the amount through the noun it modifies; a share does not
        ("The miner has an estimated debt of 6.5bn rand.", "about", 6500000000, None, None),
        ("They face an estimated clean-up bill of $30m.", "about", 30000000, None, None),
        ("Up to a third of the $5m fund went on fees.", None, 5000000, 5000000, 5000000),
    ],
)
def test_qualifiers(money, text, qualifier, value, low, high):
    (item,) = money(text)
    assert (item["qualifier"], item["value"], item["low"], item["high"]) == (
        qualifier,
        value,
        low,
        high,
    )


def test_vague_amounts(money):
    items = money("The scandal cost taxpayers millions of dollars and tens of billions of pounds.")
    assert [(m["text"], m["value"], m["low"], m["vague"], m["currency"]) for m in items] == [
        ("millions of dollars", None, 1000000, True, "USD"),
        ("tens of billions of pounds", None, 10000000000, True, "GBP"),
    ]
    (item,) = money("The club signed a multi-million pound deal.")
    assert (item["value"], item["low"], item["vague"]) == (None, 1000000, True)
    (item,) = money("We will need to spend several hundred million pounds on relief.")
    assert (item["text"], item["low"], item["vague"]) == (
        "several hundred million pounds",
        200000000,
        True,
    )


def test_per_unit_amounts(money):
    items = money(
        "Nurses earn $50,000 a year, cleaners $15 an hour, and the dividend is 25 cents a share."
    )
    assert [(m["value"], m["unit"]) for m in items] == [
        (50000, "year"),
        (15, "hour"),
        (0.25, "share"),
    ]
    assert [m["unit"] for m in money("Oil rose to $50 a barrel; petrol hit 85.9p a litre.")] == [
        "barrel",
        "litre",
    ]
    assert money("Sales were $13.18 billion a year earlier.")[0]["unit"] is None


def test_dollar_follows_dateline_country_and_text(money):
    text = "The province will spend $2.5 billion, or US$1.9 billion, on roads."
    assert [m["currency"] for m in money(text, country="CA")] == ["CAD", "USD"]
    assert [m["currency"] for m in money(text, country="US")] == ["USD", "USD"]
    assert [m["currency"] for m in money(text)] == ["USD", "USD"]
    assert money("The deal was worth $300 million.", country="AU")[0]["currency"] == "AUD"
    assert money("Fans paid 40 dollars each.", country="NZ")[0]["currency"] == "NZD"
    stated = "All figures are in Canadian dollars. Revenue was $500 million."
    assert money(stated)[0]["currency"] == "CAD"
    assert money("Exports earned C$12bn.", country="US")[0]["currency"] == "CAD"


def test_pound_yen_and_shared_names(money):
    assert money("The shirt costs £45.", country="EG")[0]["currency"] == "GBP"
    assert money("The ticket costs 20 pounds.", country="EG")[0]["currency"] == "EGP"
    assert money("Toyota earned ¥500bn.")[0]["currency"] == "JPY"
    china = "The yuan was steady; average wages reached ¥3,000 a month."
    assert money(china)[0]["currency"] == "CNY"
    assert money("Wages reached ¥3,000 a month.", country="CN")[0]["currency"] == "CNY"
    assert money("The dam will cost Rs 50 billion.", country="PK")[0]["currency"] == "PKR"
    assert money("The dam will cost Rs 50 billion.")[0]["currency"] == "INR"


@pytest.mark.parametrize(
    "text",
    [
        "The meeting starts at 2.15pm and ends at 4.30 p.m.",
        "Inflation rose to 3.5% and unemployment to 5 per cent.",
        "In 2004, 300 people attended and 12 were arrested.",
        "ALL 5 solutions failed; TOP 10 players were there.",
        "He bought 3 grand pianos for the hall.",
        "Police seized about 50 pounds of cocaine and a 300-pound safe.",
        "The team won 3 games and the real 5 problems remain.",
        "Germany won 2 titles and the pupils lost 50 marks.",
        "The euro rose against the dollar; Euro 2004 starts in June.",
        "Forty Shades of Blue beat Million Dollar Baby to the prize.",
        "She bought a dollar-denominated bond from a Euro MP.",
        "Rapper 50 Cent topped the chart again.",
    ],
)
def test_no_false_amounts(money, text):
    assert money(text) == []


def test_tokenized_archive_text(money):
    text = (
        "the bank sold $ 75 million of bonds and lent us$ 4.7 billion ; coyle got £ 8.10 million ."
    )
    assert amounts(money(text)) == [
        ("$ 75 million", 75000000, "USD"),
        ("us$ 4.7 billion", 4700000000, "USD"),
        ("£ 8.10 million", 8100000, "GBP"),
    ]
    lower = "the fund will pay c $ 1.34 a share , or us $ 10 billion ."
    assert amounts(money(lower)) == [
        ("c $ 1.34", 1.34, "CAD"),
        ("us $ 10 billion", 10000000000, "USD"),
    ]
    assert money("Will you give us $5 for it?")[0]["text"] == "$5"


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01$", "$$$ £ € 5", "(((  $5 ]]", "between and $", "$1" + "0" * 40, "$" * 5000],
)
def test_never_raises(money, text):
    items = money(text)
    assert isinstance(items, list)
    for m in items:
        assert text[m["start"] : m["end"]] == m["text"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="$£€¥ 0123456789.,-kmbnKMB%pc()aAUSDEURdollarsmilionthousandto\n", max_size=60)
)
def test_random_text_never_raises(money, text):
    for m in money(text):
        assert text[m["start"] : m["end"]] == m["text"]
        json.dumps(m)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said he would sell the car for $200 or less.", ("$200", "at_most", None, 200)),
        ("Tickets cost £50 or more on the day.", ("£50", "at_least", 50, None)),
        ("The painting should fetch £3m-plus at auction.", ("£3m", "at_least", 3000000, None)),
        ("Salaries of $150,000+ are common.", ("$150,000", "at_least", 150000, None)),
        ("The flat sold for upwards of £400,000.", ("£400,000", "over", 400000, None)),
        ("Investors lost in excess of $2m.", ("$2m", "over", 2000000, None)),
        ("Police seized some $30m in cash.", ("$30m", "about", None, None)),
    ],
)
def test_qualifiers_before_and_after(money, text, expected):
    (m,) = money(text)
    assert (m["text"], m["qualifier"], m["low"], m["high"]) == expected


def test_plus_spaced_adds_rather_than_bounds(money):
    (m,) = money("The ticket costs £40 plus VAT.")
    assert (m["qualifier"], m["low"], m["high"]) == (None, 40, 40)


def test_scale_adjective_is_an_order_of_magnitude(money):
    items = money(
        "It was a billion-dollar deal, for a million-pound home, beside a 10-million-dollar "
        "yacht and a hundred-dollar bill."
    )
    assert [(m["text"], m["value"], m["low"], m["vague"]) for m in items] == [
        ("billion-dollar", None, 1000000000, True),
        ("million-pound", None, 1000000, True),
        ("10-million-dollar", 10000000, 10000000, False),
        ("a hundred-dollar", 100, 100, False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group raised USD5bn from investors.", ("USD5bn", 5000000000, "USD")),
        ("The bank lent EUR 3.2mn to the start-up.", ("EUR 3.2mn", 3200000, "EUR")),
        ("The fund manages $5MM in assets.", ("$5MM", 5000000, "USD")),
        ("The film earned Rs 2.5cr in its first week.", ("Rs 2.5cr", 25000000, "INR")),
        ("Each family was promised Rs 1,00,000.", ("Rs 1,00,000", 100000, "INR")),
        ("The trust received 12,34,567 rupees.", ("12,34,567 rupees", 1234567, "INR")),
        ("He was fined 50,000 naira by the court.", ("50,000 naira", 50000, "NGN")),
        ("The bail was set at ₦50,000.", ("₦50,000", 50000, "NGN")),
        ("The deal is worth 1.2 million shekels.", ("1.2 million shekels", 1200000, "ILS")),
        ("A ride costs ₪12 in Tel Aviv.", ("₪12", 12, "ILS")),
        ("Tourists pay 300 baht for the boat.", ("300 baht", 300, "THB")),
        ("A bowl of noodles is ฿60.", ("฿60", 60, "THB")),
    ],
)
def test_finance_shorthands_south_asian_grouping_and_rarer_currencies(money, text, expected):
    (m,) = money(text)
    assert amounts([m]) == [expected]


def test_kwacha_is_settled_by_the_dateline(money):
    assert amounts(money("Farmers earn 500 kwacha a day.", country="ZM")) == [
        ("500 kwacha", 500, "ZMW")
    ]
    assert amounts(money("Farmers earn 500 kwacha a day.")) == [("500 kwacha", 500, None)]


def test_the_countries_a_story_names_settle_pesos_and_rupees_but_not_dollars():
    import claimx

    argentina = claimx.extract(
        "Water bills to rise in Argentina\n\n"
        "The government in Argentina has rejected a 60% tariff rise and wants the water "
        "company to invest 400m pesos ($136m) a year. Argentina's economy minister said "
        "the firm had earned 90m pesos last year."
    )
    assert [(m["text"], m["currency"]) for m in argentina["money"]] == [
        ("400m pesos", "ARS"),
        ("$136m", "USD"),
        ("90m pesos", "ARS"),
    ]
    karachi = claimx.extract(
        "Traders in Karachi said the price of flour had doubled to 120 rupees a kilo, "
        "while wages stayed at about $5 a day."
    )
    assert [(m["text"], m["currency"]) for m in karachi["money"]] == [
        ("120 rupees", "PKR"),
        ("$5", "USD"),
    ]
    unnamed = claimx.extract("The fine was raised to 10,000 pesos, officials said.")
    assert [m["currency"] for m in unnamed["money"]] == [None]


def test_kroner_follows_its_spelling_and_the_name_the_story_gives_it():
    import claimx

    # "kroner" is the Danish and Norwegian plural: a story naming only Sweden leaves it open,
    # and a currency the story names with its country settles the later bare name
    danish = claimx.extract(
        "Maersk profits climb\n\n"
        "The shipping group made a profit of 12bn Danish kroner, helped by much "
        "higher freight rates. Turnover rose to 90bn kroner, although it plans to close an "
        "office in Sweden."
    )
    assert [(m["text"], m["currency"]) for m in danish["money"]] == [
        ("12bn Danish kroner", "DKK"),
        ("90bn kroner", "DKK"),
    ]
    sweden = claimx.extract("The retailer, which has 40 stores in Sweden, lost 200m kroner.")
    assert [m["currency"] for m in sweden["money"]] == [None]
    norway = claimx.extract("The oil fund in Norway paid out 5bn kroner this year.")
    assert [m["currency"] for m in norway["money"]] == ["NOK"]
    # "kronor" is Swedish, and "kr" may be any of the four
    stockholm = claimx.extract("Volvo shares in Sweden lost 3bn kronor, or 300 kr a share.")
    assert [m["currency"] for m in stockholm["money"]] == ["SEK", "SEK"]


def test_a_conversion_in_brackets_shares_the_amounts_qualifier(money):
    text = (
        "Households judged to be on high incomes, $75,000 (£39,000) or above, spent more than "
        "$5bn (£2.7bn) on gadgets, while fines of up to $500,000 (£266,000) apply and the firm "
        "paid $40m (£21m) for the site, or about £5m (about $9m) a year."
    )
    got = [(m["text"], m["qualifier"], m["low"], m["high"]) for m in money(text)]
    assert got == [
        ("$75,000", "at_least", 75_000, None),
        ("£39,000", "at_least", 39_000, None),
        ("$5bn", "over", 5_000_000_000, None),
        ("£2.7bn", "over", 2_700_000_000, None),
        ("$500,000", "up_to", None, 500_000),
        ("£266,000", "up_to", None, 266_000),
        ("$40m", None, 40_000_000, 40_000_000),
        ("£21m", None, 21_000_000, 21_000_000),
        ("£5m", "about", None, None),
        ("$9m", "about", None, None),
    ]


def test_two_conversions_in_one_bracket_share_the_qualifier(money):
    text = (
        "The group expects savings of more than 70m euros ($91m; £49m) by 2007, and its shares "
        "closed at about 900 rupees ($20.40, £10.50), while a rival paid 4bn euros ($5.2bn, "
        "£2.8bn) outright."
    )
    got = [(m["text"], m["qualifier"], m["low"], m["high"]) for m in money(text)]
    assert got == [
        ("70m euros", "over", 70_000_000, None),
        ("$91m", "over", 91_000_000, None),
        ("£49m", "over", 49_000_000, None),
        ("900 rupees", "about", None, None),
        ("$20.40", "about", None, None),
        ("£10.50", "about", None, None),
        ("4bn euros", None, 4_000_000_000, 4_000_000_000),
        ("$5.2bn", None, 5_200_000_000, 5_200_000_000),
        ("£2.8bn", None, 2_800_000_000, 2_800_000_000),
    ]
