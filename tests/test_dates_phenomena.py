"""Date phenomena from unseen news: one test each, sentences written for the test."""

import pytest

from claimx.steps.dates import find_dates, load_date_rules

THURSDAY = "2026-11-26"


@pytest.fixture(scope="module")
def dates(base_nlp):
    rules = load_date_rules()

    def run(text, anchor=THURSDAY):
        doc = base_nlp(text)
        items = find_dates(doc, rules, anchor=anchor)
        for item in items:
            assert doc.text[item["start"] : item["end"]] == item["text"]
        return {item["text"]: item["value"] for item in items}

    return run


def test_hundreds_are_centuries(dates):
    got = dates(
        "Settlers farmed the valley from the 1600s, and the mill was rebuilt in the early "
        "1900s; the town grew fastest in the 1960s."
    )
    assert got == {"the 1600s": "16", "the early 1900s": "19", "the 1960s": "196"}


def test_a_programme_called_today_is_no_date(dates):
    got = dates(
        "The minister told BBC Radio 4's Today programme that the plan would fail. "
        "Speaking on Today, his deputy agreed. Today the cabinet meets again."
    )
    assert got == {"Today": "2026-11-26"}
    after_a_dateline = dates("Carmaker cuts jobs\nNovember 26, 2026\nToday, the carmaker cut jobs.")
    assert after_a_dateline == {"November 26, 2026": "2026-11-26", "Today": "2026-11-26"}


def test_soon_points_ahead_unless_counted_from_an_event(dates):
    got = dates("The council will soon publish its budget.")
    assert got == {"soon": "FUTURE_REF"}
    assert dates("Talks collapsed and the strike was soon over.") == {}
    assert dates("Fans want tickets as soon as possible, soon after the draw.") == {}
    assert dates("The scheme helps soon-to-retire workers.") == {}


def test_recent_as_a_past_reference(dates):
    got = dates(
        "The recent closure of the depot cost 200 jobs, and rents have soared in recent "
        "years, a recent survey found."
    )
    assert got == {"recent": "PAST_REF", "recent years": "PAST_REF"}
    assert dates("Prices have doubled in recent weeks.") == {}


def test_future_as_an_adjective_and_the_current_account(dates):
    got = dates(
        "She met her future husband in Leeds. The current account deficit widened, and "
        "economists fear for the future of the pound."
    )
    assert got == {"the future": "FUTURE_REF"}


def test_later_in_the_day_is_the_day_of_the_story(dates):
    got = dates("The prime minister arrived in Cardiff later in the day.")
    assert got == {"later in the day": "2026-11-26"}
    assert dates("At the end of the day, voters will decide.") == {}


def test_month_of_next_year(dates):
    got = dates("Leases that expire after October of next year will not be renewed.")
    assert got == {"October": "2027-10", "next year": "2027"}


def test_two_digit_end_of_a_year_range(dates):
    got = dates("She led the polar expedition of 1957-58 and coached in the 2004-05 season.")
    assert got == {"1957": "1957", "58": "1958", "2004": "2004", "05": "2005"}


def test_a_two_digit_year_end_closes_the_range(base_nlp):
    doc = base_nlp("The survey ran in 1957-58.")
    items = find_dates(doc, load_date_rules(), anchor=THURSDAY)
    assert [(i["value"], i["range"]) for i in items] == [
        ("1957", {"role": "start", "other": 1}),
        ("1958", {"role": "end", "other": 0}),
    ]


def test_the_previous_weekday_counts_from_the_day_mentioned(dates):
    got = dates(
        "The index closed at 5,210 on Monday, up 2% from the previous Friday. "
        "The talks opened on 3 March and ended the following Tuesday."
    )
    assert got == {
        "Monday": "2026-11-23",
        "the previous Friday": "2026-11-20",
        "3 March": "2026-03-03",
        "the following Tuesday": "2026-03-10",
    }


def test_a_participle_takes_its_clause_tense(dates):
    got = dates(
        "The shares have swung wildly, climbing to 420p in August from 300p in March.",
        anchor="2026-10-30",
    )
    assert got == {"August": "2026-08", "March": "2026-03"}


def test_decade_after_a_decade(dates):
    got = dates("The band's sound defined the 70s and 80s.")
    assert got == {"the 70s": "197", "80s": "198"}


def test_the_quarter_just_ended_in_the_future_tense(dates):
    got = dates(
        "The retailer said its third-quarter profit will be lower than analysts expect.",
        anchor="2026-10-29",
    )
    assert got == {"third-quarter": "2026-Q3"}
    ahead = dates("The retailer will open ten stores in the second quarter.", anchor="2026-10-29")
    assert ahead == {"the second quarter": "2027-Q2"}


def test_a_forecast_quarter_is_not_the_one_compared(dates):
    got = dates(
        "Analysts see losses through the third quarter of 2027. In the year-ago period, "
        "the miner earned $40 million.",
        anchor="2026-10-29",
    )
    assert got == {"the third quarter of 2027": "2027-Q3", "the year-ago period": "2025"}


def test_an_index_level_is_no_clock_time(dates):
    got = dates("The FTSE 100 fell 0.8% to 5,452.76 on Friday.", anchor="2026-11-30")
    assert got == {"Friday": "2026-11-27"}


def test_two_thousand_years_is_a_count(dates):
    assert dates("The craft has been passed down for two thousand years.") == {}


def test_a_few_weeks_back_is_a_duration(dates):
    got = dates("Sales have slowed over the past few weeks but grew over the past several years.")
    assert got == {"the past several years": "PAST_REF"}


def test_a_day_before_a_colon(dates):
    got = dates(
        "The paper said in an editorial on Thursday, April 6: the talks must go on.",
        anchor="2028-04-07",
    )
    assert got == {"Thursday, April 6": "2028-04-06"}


def test_one_day_under_a_modal(dates):
    got = dates("Researchers say the vaccine could one day replace annual flu jabs.")
    assert got == {"one day": "FUTURE_REF"}
    assert dates("The strike lasted one day, and one day later the mine reopened.") == {}


def test_days_later_count_from_the_day_just_given(dates):
    got = dates(
        "The ferry sank off the coast on 3 November. A day later, divers found the wreck, and "
        "two weeks later the inquiry opened."
    )
    assert got == {
        "3 November": "2026-11-03",
        "A day later": "2026-11-04",
        "two weeks later": "2026-W47",
    }
    got = dates("The bank was founded in June 2001. Three months later it opened a branch.")
    assert got == {"June 2001": "2001-06", "Three months later": "2001-09"}
    # no date given: a duration after an event, no date; a vague count gives none either
    assert dates("The clinic closed, and two days later the staff were told why.") == {}
    assert dates("He resigned on Monday. A few days later, his deputy left.") == {
        "Monday": "2026-11-23"
    }


def test_the_last_few_years_is_the_past(dates):
    got = dates("These last few years have been hard for hill farmers.")
    assert got == {"These last few years": "PAST_REF"}
    assert dates("Prices have risen over the last couple of months.") == {
        "the last couple of months": "PAST_REF"
    }
    # the final stretch of something is no time before the story
    assert dates("The last few days of the campaign were bitter.") == {}


def test_today_meaning_nowadays(dates):
    got = dates("Today's teenagers spend more time online than their grandparents ever did.")
    assert got == {"Today": "PRESENT_REF"}
    assert dates("The steel industry today employs fewer people than a bank.") == {
        "today": "PRESENT_REF"
    }
    assert dates("The new chips crunch numbers faster than can be done today.") == {
        "today": "PRESENT_REF"
    }
    assert dates("The bridge cost $2m, or $30m in today's dollars.") == {"today": "PRESENT_REF"}
    # the day of the story: an event noun, a past verb, "more than" a number
    assert dates("Today's vote was delayed.") == {"Today": "2026-11-26"}
    assert dates("The steel industry today announced 300 job cuts.") == {"today": "2026-11-26"}
    assert dates("More than 40 people died today in the floods.") == {"today": "2026-11-26"}


def test_the_day_before_an_event_or_the_day_mentioned(dates):
    assert dates("The day before the ballot, the mayor resigned.") == {"The day": "2026-XX-XX"}
    got = dates("She was detained on March 3. The day before, she had flown to Lisbon.")
    assert got == {"March 3": "2026-03-03", "The day before": "2026-03-02"}
    assert dates("The parcel arrived the day before yesterday.") == {
        "the day before yesterday": "2026-11-24"
    }
    assert dates("The merger was announced a day after the bank cut rates.") == {}


def test_the_2000s_is_a_decade(dates):
    got = dates("Output stalled in the 2000s and recovered in the 2010s.")
    assert got == {"the 2000s": "200", "the 2010s": "201"}


def test_a_clock_time_with_a_day(dates):
    got = dates("Talks will resume at 1400 GMT on Monday, and the ferry sank at 3.30pm on May 4.")
    assert got == {"1400 GMT on Monday": "2026-11-30T14:00", "3.30pm on May 4": "2026-05-04T15:30"}
    got = dates("Tenants have until 9 a.m. Tuesday to leave; the vote is on Friday at 10 a.m.")
    assert got == {"9 a.m. Tuesday": "2026-12-01T09:00", "Friday at 10 a.m.": "2026-11-27T10:00"}
    assert dates("The index closed up 3.1 at 512.40 on Friday.") == {"Friday": "2026-11-20"}
    # the clock's digits are no year of their own
    got = dates("The debate is on Saturday 12 February at 2005 GMT on BBC Two.")
    assert list(got) == ["Saturday 12 February at 2005 GMT"]


def test_a_clock_time_converted_in_brackets_before_its_day(dates):
    got = dates("The ultimatum expires at 1700 GMT (1200 EST) on Monday.")
    assert got == {"1700 GMT (1200 EST) on Monday": "2026-11-30T17:00"}
    got = dates(
        "Polls close at 9pm (2100 GMT) on Thursday, and counting starts (in Leeds) on Friday."
    )
    assert got == {"9pm (2100 GMT) on Thursday": "2026-11-26T21:00", "Friday": "2026-11-27"}


def test_recent_before_people_and_things_is_no_date(dates):
    got = dates("Recent graduates were hired, and recent photos show the damage.")
    assert got == {}
    assert dates("The recent collapse of the bank hurt savers.") == {"recent": "PAST_REF"}


def test_the_nth_straight_day(dates):
    assert dates("Shares in the carmaker fell for a third straight day.") == {
        "a third straight day": "2026-11-26"
    }
    assert dates("It is the fourth day of the rail strike.") == {"the fourth day": "2026-11-26"}
    assert dates("The climbers reached the summit on the 40th day of the trek.") == {}


def test_a_year_in_a_model_name_is_no_date(dates):
    got = dates(
        "The worm infects computers running Windows 2000, and Office 2003 users should update "
        "their software. The retailer said Racing Manager 2006 was its best-selling game."
    )
    assert got == {}
    # an event named with its year is dated by it, as are years after a preposition
    assert dates("Portugal hosted Euro 2004, the football championship.") == {"2004": "2004"}
    assert dates("Athens 2004 drew record crowds to the Games.") == {"2004": "2004"}
    assert dates("Sales of the console doubled in 2004.") == {"2004": "2004"}


def test_a_match_half_is_no_half_year(dates):
    got = dates("Rovers led at the break but conceded twice in the second half.")
    assert got == {}
    assert dates("United's first-half display was their worst of the season.") == {}
    got = dates("The retailer expects profits to recover in the second half.")
    assert got == {"the second half": "2026-H2"}
    got = dates("The chain's first-half sales rose 4%. It expects a slowdown in the second half.")
    assert got == {"first-half": "2026-H1", "the second half": "2026-H2"}


def test_the_long_term_is_no_date(dates):
    got = dates("The manager wants to keep him at the club for the long term.")
    assert got == {}
    assert dates("A scheme for the long-term unemployed was launched.") == {}


def test_a_year_earlier_counts_from_the_narrative(dates):
    got = dates("The singer left the band in 1996. Three years later he returned for a tour.")
    assert got == {"1996": "1996", "Three years later": "1999"}
    got = dates(
        "Profit rose to £3m in 2004, compared with £2.1m in 2003. Sales rose to £40m, from "
        "£36m a year earlier."
    )
    assert got["a year earlier"] == "2003"
    # "a year ago" counts from the story's day
    assert dates("The clinic opened in 2019. A year ago it closed.")["A year ago"] == "2025"


def test_todays_things_meaning_nowadays(dates):
    got = dates("Today's mobile networks carry far more data than today's computers can store.")
    assert got == {"Today": "PRESENT_REF", "today": "PRESENT_REF"}
    got = dates("The phones of today hold more music than a record shop.")
    assert got == {"today": "PRESENT_REF"}
    assert dates("Today's vote was delayed.") == {"Today": "2026-11-26"}


def test_a_weekday_in_a_newspaper_or_programme_name_is_no_date(dates):
    got = dates(
        "The minister told the Sunday Times he would not resign. A Sunday Express poll "
        "agreed, according to a book by Sunday Herald writer Ann Lee. He later told ITV's "
        "Saturday Morning Show and Sky News' Sunday with Kay Burley that he felt fine."
    )
    assert got == {}
    # after "on", "last" or a verb a weekday is a date, a name after it or not
    got = dates("On Sunday Labour launched its campaign. Last Friday Arsenal lost at home.")
    assert got == {"Sunday": "2026-11-22", "Last Friday": "2026-11-20"}
    assert dates("Labour's Sunday rally drew 5,000 people.") == {"Sunday": "2026-11-22"}
    # a date that spaCy runs into a name over "on"
    got = dates("The chancellor set out the plan to the Commons on Thursday.")
    assert got == {"Thursday": "2026-11-26"}


def test_now_as_a_discourse_marker_is_no_date(dates):
    got = dates(
        'The professor said: "Now, if a bank fails, taxpayers pay. Now this is not because '
        'regulators are lazy."'
    )
    assert got == {}
    got = dates("The mill once employed 900 people. Now the site is a car park.")
    assert got == {"Now": "PRESENT_REF"}


def test_of_the_year_in_an_award_name_is_no_date(dates):
    got = dates("The striker was named Footballer of the Year and the club's Player of the Month.")
    assert got == {}
    assert dates("Sales rose 5% for the year.") == {"the year": "2026"}


def test_a_year_in_a_software_name_that_spacy_reads_as_a_date(dates):
    got = dates("The patch fixes PCs running Windows XP or Windows 2000.")
    assert got == {}
    assert dates("Shoppers spent more at Christmas 2004 than ever.") == {
        "Christmas 2004": "2004-12-25"
    }


def test_a_year_ago_beside_a_figure_compared_is_the_reported_year_before(dates):
    # earnings copy: TimeBank dates "from $X a year ago" as the period under report, a year
    # back; elsewhere "a year ago" counts from the story's day
    got = dates("The brewer's profit fell to 40m euros during 2004, from 52m euros a year ago.")
    assert got == {"2004": "2004", "a year ago": "2003"}
    got = dates("The museum reopened in 2019, and a year ago it won an award.")
    assert got == {"2019": "2019", "a year ago": "2025"}


def test_a_month_name_in_a_team_line_up_is_a_player(dates):
    line_up = "Sale: Robinson; Cueto, Taylor, Hanley, May, Ripol; Hodgson, Bruce."
    assert dates(line_up) == {}
    assert dates("Sales rose in March, May, June and July.") == {
        "March": "2026-03",
        "May": "2026-05",
        "June": "2026-06",
        "July": "2026-07",
    }


def test_dates_of_a_reporting_period_take_its_year_without_a_publication_date(dates):
    # no publication date: a month, day or holiday in the quarter a results story names
    # takes that quarter's year; a year alone or a month after "since" places nothing
    got = dates(
        "Retail output rose 1.2% in the final three months of 2009, the agency said. "
        "Stores had their best Christmas in years, and sales in November beat forecasts. "
        "Output fell in the previous quarter.",
        anchor=None,
    )
    assert got == {
        "the final three months of 2009": "2009-Q4",
        "Christmas": "2009-12-25",
        "November": "2009-11",
        "the previous quarter": "2009-Q3",
    }
    got = dates(
        "The bank raised rates for the first time since June 2011. Growth slowed between "
        "July and September.",
        anchor=None,
    )
    assert got == {"June 2011": "2011-06", "July": "XXXX-07", "September": "XXXX-09"}
    got = dates(
        "Approval is due in the first quarter of 2012. In July the firm cut jobs.", anchor=None
    )
    assert got == {"the first quarter of 2012": "2012-Q1", "July": "XXXX-07"}
    got = dates("Sales will slow in the first half of 2013. In January, exports fell.", anchor=None)
    assert got == {"the first half of 2013": "2013-H1", "January": "XXXX-01"}


def test_the_last_quarter_of_the_year_is_the_fourth_of_the_year_named(dates):
    got = dates("The economy grew 2.4% in 2009 after speeding up in the last quarter of the year.")
    assert got == {"2009": "2009", "the last quarter of the year": "2009-Q4"}
    got = dates("Exports fell in the first six months of 2010.", anchor=None)
    assert got == {"the first six months of 2010": "2010-H1"}


def test_full_year_before_a_noun_is_no_date(dates):
    got = dates("The airline swung from a full year pre-tax loss in 2008 to a profit.")
    assert got == {"2008": "2008"}
    assert dates("Sales for the full year were $2.1 billion.") == {"the full year": "2026"}


def test_a_lower_case_award_of_the_year_is_no_date(dates):
    got = dates("The winger, named the league's player of the year in 2011, has signed.")
    assert got == {"2011": "2011"}


def test_a_holiday_before_a_word_for_its_period_is_a_date(dates):
    got = dates(
        "The market stays shut over the Christmas holiday, and MPs return after the Easter recess.",
        anchor=None,
    )
    assert got == {"Christmas": "XXXX-12-25", "Easter": "XXXX-XX-XX"}
    assert dates("Christmas sales were flat.") == {}


def test_a_holiday_listed_among_titles_is_a_film(dates):
    got = dates("The actor, star of Top Gun, Independence Day and Men In Black, will be honoured.")
    assert got == {}
    assert dates("Shops will close on Christmas Day and Boxing Day.") == {
        "Christmas Day": "2026-12-25",
        "Boxing Day": "2026-12-26",
    }


def test_tomorrow_as_the_future(dates):
    got = dates("The alliance wants gadgets to work together in tomorrow's connected home.")
    assert got == {"tomorrow": "FUTURE_REF"}
    assert dates("Tomorrow's final is a sell-out.") == {"Tomorrow": "2026-11-27"}


def test_the_same_day_as_a_day_without_its_year(dates):
    got = dates(
        "Okafor runs the 10km race on 14 April, and his brother runs the junior race on the "
        "same day.",
        anchor=None,
    )
    assert got == {"14 April": "XXXX-04-14", "the same day": "XXXX-04-14"}


def test_back_then_is_a_past_reference(dates):
    got = dates("In 2001 a survey found few homes online. Back then, a modem cost £100.")
    assert got == {"2001": "2001", "Back then": "PAST_REF"}


def test_the_next_year_in_the_future_tense_is_the_coming_one(dates):
    got = dates(
        "Shipments grew 9% in 2008. Analysts say tablets will take off in the next year.",
        anchor=None,
    )
    assert got == {"2008": "2008", "the next year": "XXXX"}
    got = dates("Shipments grew 9% in 2008. The next year they fell.", anchor=None)
    assert got == {"2008": "2008", "The next year": "2009"}


def test_four_digits_before_a_time_zone_are_a_clock_time(dates):
    got = dates("The final will be shown live on ITV1 from 1930 GMT, after the 1966 rerun.")
    assert got == {"1966": "1966"}
    assert dates("Kick-off has been moved from 2045 BST to 2000 BST.") == {}


def test_a_date_word_ending_a_title_is_no_date(dates):
    got = dates(
        "Sales of the charity single Will We Meet Again This Christmas? rose, and the band "
        "won the Rock Album Of The Year."
    )
    assert got == {}
    # a name with "The" before a day, or a title-case headline, keeps its date
    got = dates("The minister told The Guardian on Monday that the plan was sound.")
    assert got == {"Monday": "2026-11-23"}
    assert dates("Shoppers Flock To Stores Before Christmas") == {"Christmas": "2026-12-25"}


def test_a_part_of_the_day_is_a_time_of_that_day(dates):
    got = dates(
        "The ferry sank late on Tuesday morning, and divers reached it on Wednesday "
        "afternoon. Rescuers searched through last night and will hold a briefing this "
        "evening. The funeral is tomorrow morning."
    )
    assert got == {
        "Tuesday morning": "2026-11-24TMO",
        "Wednesday afternoon": "2026-11-25TAF",
        "last night": "2026-11-25TNI",
        "this evening": "2026-11-26TEV",
        "tomorrow morning": "2026-11-27TMO",
    }
    named = dates("He hosts Monday Night Football, and on the last night of the tour he sang.")
    assert named == {}
    assert dates("The strike ends tonight.") == {"tonight": "2026-11-26"}


def test_today_in_a_present_relative_clause_of_people_in_general(dates):
    got = dates("The pressures young people face today are greater than ever, she said.")
    assert got == {"today": "PRESENT_REF"}
    got = dates("The phones that teenagers carry today are small computers.")
    assert got == {"today": "PRESENT_REF"}
    assert dates("Nurses go on strike today over pay.") == {"today": "2026-11-26"}
    assert dates("The union said the nurses who walked out today would return.") == {
        "today": "2026-11-26"
    }


def test_a_quarter_named_by_its_end_date(dates):
    got = dates(
        "Harbor Freight Lines reported a fiscal first-quarter loss. Sales for the quarter "
        "ended June 30 fell 8% from a year earlier."
    )
    assert got["the quarter"] == "2026-Q2"
    assert got["June 30"] == "2026-06-30"
    # a 13-week quarter ended just after the calendar one is mostly the third
    got = dates("Pinecrest Mills posted a loss for the quarter that ended Oct. 2.")
    assert got == {"the quarter": "2026-Q3", "Oct. 2": "2026-10-02"}
    got = dates("Profit for the quarter, which ended June 30, 2025, doubled.")
    assert got == {"the quarter": "2025-Q2", "June 30, 2025": "2025-06-30"}
    # with no end date the quarter stays the one under report
    assert dates("Profit for the quarter doubled, the bank said.") == {"the quarter": "2026-Q3"}


def test_two_quarters_of_a_year_are_a_half(dates):
    got = dates(
        "Steelmakers expect weak demand through the first two quarters of 2027 and a "
        "recovery in the last two quarters of the year."
    )
    assert got == {
        "the first two quarters of 2027": "2027-H1",
        "the last two quarters of the year": "2027-H2",
    }


def test_a_deadline_under_a_present_perfect_is_ahead(dates):
    got = dates("The court has given the landlord until 5 p.m. Monday to reopen the building.")
    assert got == {"5 p.m. Monday": "2026-11-30T17:00"}
    got = dates("Regulators have told the airline to file its plan by Tuesday.")
    assert got == {"Tuesday": "2026-12-01"}
    # a simple past deadline has passed
    assert dates("The strike lasted until Monday.") == {"Monday": "2026-11-23"}


def test_the_day_before_an_event_set_off_after_a_day_is_that_day(dates):
    got = dates("Trading was halted on Oct. 14, the day before the merger vote.")
    assert got == {"Oct. 14": "2026-10-14", "the day": "2026-10-14"}
    # not set off after a day: the event's day is unknown
    assert dates("Rebels met the day before the peace talks.") == {"the day": "2026-XX-XX"}


def test_then_current_is_the_past(dates):
    got = dates("Holders could buy stock at half the then current market price.")
    assert got == {"then current": "PAST_REF"}
    assert dates("The then-current owner sold the mill.") == {"then-current": "PAST_REF"}


def test_weekdays_before_a_plural_part_of_day_recur(dates):
    got = dates(
        "The airline said new flights would leave on Wednesday and Thursday nights, and the "
        "museum will stay open Friday, Saturday and Sunday evenings. The board met Monday."
    )
    assert got == {"Monday": "2026-11-23"}
    assert dates("The council sat on Monday and Tuesday.") == {
        "Monday": "2026-11-23",
        "Tuesday": "2026-11-24",
    }


def test_a_year_or_month_before_counts_from_the_one_last_mentioned(dates):
    got = dates(
        "The carmaker lost $2 billion last year, half as much as the year previous. Exports "
        "slumped in May 2026 after a rise the month before."
    )
    assert got == {
        "last year": "2025",
        "the year previous": "2024",
        "May 2026": "2026-05",
        "the month before": "2026-04",
    }
    # before an event it is no date of its own
    assert dates("The year before the war was calm.") == {}


def test_a_firm_tense_picks_a_month_beside_the_story(dates):
    # the story is of Thursday 26 November 2026: December is next month, October last month
    got = dates("Orders fell sharply in December, the trade group said.")
    assert got == {"December": "2025-12"}
    got = dates("The new terminal will open in October.")
    assert got == {"October": "2027-10"}
    # a passive, a perfect or a deadline leaves the nearer month
    assert dates("The vote was planned for December.") == {"December": "2026-12"}
    assert dates("Regulators gave the bidder until mid-December to reply.") == {
        "mid-December": "2026-12"
    }
    assert dates("Prices rose in October.") == {"October": "2026-10"}


def test_that_day_after_a_month_is_a_day_of_that_month(dates):
    got = dates(
        "Police arrested two men on Monday. The first attack came in August 2025, and the "
        "gang struck again the following day."
    )
    assert got == {
        "Monday": "2026-11-23",
        "August 2025": "2025-08",
        "the following day": "2025-08-XX",
    }
    got = dates("The vote was held on March 3, and results came the next day.")
    assert got == {"March 3": "2026-03-03", "the next day": "2026-03-04"}


def test_in_the_fall_ending_a_clause_is_the_season(dates):
    assert dates("The chain was sold in the fall.") == {"the fall": "2026-FA"}
    assert dates("Prices slid during the fall, traders said.") == {"the fall": "2026-FA"}
    assert dates("Banks led the losses in the fall of the dollar.") == {}
    assert dates("Shares recovered after the fall, and the fall in sales hurt.") == {}
