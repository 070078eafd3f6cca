"""Reference times of time expressions: reporting periods, planned events, the trading day."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import body_timexes

from newsgraph.time import find_timexes

ANCHOR = date(2024, 7, 9)  # a Tuesday, in the third quarter


def _found(text, anchor=ANCHOR):
    return [(f.text, f.norm.value) for f in find_timexes(text, anchor=anchor)]


def _values(nlp, text, published="2024-07-09"):
    return [(t.text, t.value) for t in body_timexes(nlp, text, published)]


def test_timexes_reference_year_to_date_period_compares_years():
    text = ("For the nine months, the company earned $4 million, up from $3 million a year earlier. "
            "The year-ago results included a charge.")
    assert _found(text) == [("the nine months", "P9M"), ("a year earlier", "2023"), ("year-ago", "2023")]


def test_timexes_reference_quarter_period_compares_quarters():
    text = "Net rose 5% in the second quarter from a year earlier. The year-ago figures were restated."
    assert _found(text) == [("the second quarter", "2024-Q2"), ("a year earlier", "2023-Q2"), ("year-ago", "2023-Q2")]


def test_timexes_reference_comparison_period_is_not_the_reported_one():
    # "the year-ago quarter" is the comparison: a later "year-ago" still means a year before
    # the quarter reported, not two years before
    text = ("Net income for the quarter ended June 30 rose. The company earned $2 million in the year-ago quarter. "
            "The year-ago results have been restated.")
    values = dict(_found(text))
    assert values["the year-ago quarter"] == "2023-Q2"
    assert values["year-ago"] == "2023-Q2"


def test_timexes_reference_the_day_of_trading():
    text = "On Monday the index fell 3% to end the day at 7,114. For the day, bonds were flat."
    assert _found(text) == [("Monday", "2024-07-08"), ("the day", "2024-07-08"), ("the day", "2024-07-08")]


def test_timexes_reference_the_day_needs_a_cue():
    assert _found("He recalled the day of the attack.") == []
    assert _found("Prices closed the day's session higher.") == []


@pytest.mark.parametrize("text,want", [
    ("The fire broke out a week ago.", "2024-07-02"),
    ("The talks collapsed two weeks ago.", "2024-06-25"),
    ("The plant closed six weeks ago.", "2024-W22"),
])
def test_timexes_reference_weeks_ago(text, want):
    assert [v for _, v in _found(text)] == [want]


@pytest.mark.parametrize("text,want", [
    # the planned event lies after the planning, whatever the planning verb's tense
    ("Protesters planned a large rally in the capital on Saturday.", [("Saturday", "2024-07-13")]),
    ("The prosecutor has scheduled a news conference Thursday.", [("Thursday", "2024-07-11")]),
    ("On Friday, the union plans to hold a strike vote.", [("Friday", "2024-07-12")]),
    ("Officials postponed until Monday any decision on the permit.", [("Monday", "2024-07-15")]),
    # but not a plan given up, a participle in a past clause, or a date fronted before a past plan
    ("The group had planned a march on Saturday.", [("Saturday", "2024-07-06")]),
    ("A concert planned for Saturday was canceled.", [("Saturday", "2024-07-06")]),
    ("On Friday, the government planned to pay the first claims.", [("Friday", "2024-07-05")]),
])
def test_timexes_reference_planned_events_lie_ahead(nlp, text, want):
    assert _values(nlp, text) == want


def test_timexes_reference_last_year_in_a_comparison_is_the_period_a_year_before():
    text = "Second-quarter profit was $24 million, compared with a loss of $3 million last year."
    assert _found(text) == [("Second-quarter", "2024-Q2"), ("last year", "2023-Q2")]
    # without a comparison "last year" is the year
    assert _found("Second-quarter profit was $24 million. The plant opened last year.")[-1] == ("last year", "2023")


def test_timexes_reference_year_reported_is_the_period():
    text = "For the year ended March 31, net rose 9% from last year's $12 million."
    assert _found(text)[-1] == ("last year", "2023")


def test_timexes_reference_that_quarter_is_the_period_reported():
    text = "The company lost $5 million in the first quarter. Results for that quarter included a charge."
    assert _found(text) == [("the first quarter", "2024-Q1"), ("that quarter", "2024-Q1")]


def test_timexes_reference_latest_period():
    assert _found("Sales in the second quarter rose. The latest period included a gain.")[-1] == \
        ("The latest period", "2024-Q2")
    assert _found("Revenue surged in the latest period.") == [("the latest period", "2024-Q2")]


@pytest.mark.parametrize("text,want", [
    ("In the quarter ended July 31, the retailer had 5.6 million shares outstanding.", "2024-Q2"),
    ("For the quarter ended Sept. 30, 2023, the airline earned $133 million.", "2023-Q3"),
    ("For the quarter, the airline earned $133 million.", "2024-Q2"),
])
def test_timexes_reference_quarter_ended(text, want):
    assert _found(text)[0][1] == want


@pytest.mark.parametrize("text,want", [
    ("The bank created an office of the chairman, effective Feb. 1.", ("Feb. 1", "2025-02-01")),
    ("The new rules were adopted, effective Monday.", ("Monday", "2024-07-15")),
    ("The bank created an office of the chairman on Feb. 1.", ("Feb. 1", "2024-02-01")),
])
def test_timexes_reference_effective_dates_lie_ahead(text, want):
    assert _found(text) == [want]


def test_timexes_reference_clock_day_after_a_conversion():
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday."
    assert ("10:35 a.m.", "2024-07-05T10:35") in _found(text)


def test_timexes_reference_year_of_the_period_reported():
    anchor = date(2006, 1, 27)
    text = "GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year."
    assert _found(text, anchor) == [("the fourth quarter of 2005", "2005-Q4"), ("the entire year", "2005")]
    assert _found("Ford made a profit in the final quarter of 2009.", date(2010, 1, 28)) == \
        [("the final quarter of 2009", "2009-Q4")]


def test_timexes_reference_the_year_previous_counts_from_the_year_named():
    text = "Costs fell to $118 billion last year, $19.8 billion less than the year previous."
    assert _found(text, date(2010, 1, 28)) == [("last year", "2009"), ("the year previous", "2008")]


@pytest.mark.parametrize("text,want", [
    ("The deal should close by year-end.", ("year-end", "2024", "END")),
    ("The index has risen 12% since year-end.", ("year-end", "2023", "END")),
    ("Rules should be in place by year's end.", ("year's end", "2024", "END")),
    ("Shares are up 8% from year-end 2022 levels.", ("year-end 2022", "2022", "END")),
])
def test_timexes_reference_year_end(text, want):
    assert [(f.text, f.norm.value, f.norm.mod) for f in find_timexes(text, anchor=ANCHOR)] == [want]


def test_timexes_reference_second_day_of_a_pair():
    text = "A ceremony will be held at the summit on April 24 and 25, officials said."
    assert _found(text, date(1999, 3, 12)) == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    assert _found("Sales rose on March 5 and 6 percent in April.", date(1999, 3, 12))[0] == ("March 5", "1999-03-05")
    assert ("6", "1999-03-06") not in _found("Sales rose on March 5 and 6 percent in April.", date(1999, 3, 12))
    assert _found("On March 5 and 6 soldiers were killed.", date(1999, 3, 12)) == [("March 5", "1999-03-05")]


def test_timexes_reference_same_day_and_that_day_take_the_last_date():
    text = ("Fire broke out on July 1. The same day, police arrested two men. "
            "The rebels took the town on June 30. On that day, the army withdrew; it returned that same day.")
    assert _found(text) == [("July 1", "2024-07-01"), ("The same day", "2024-07-01"), ("June 30", "2024-06-30"),
                            ("that day", "2024-06-30"), ("that same day", "2024-06-30")]
    assert _found("He remembered that day when the war began.") == []


@pytest.mark.parametrize("text,want", [
    # reported speech: the weekday dates "said", not the future clause it reports
    ("The ministry said Friday that it will hold talks with Seoul.", [("Friday", "2024-07-05")]),
    ("Officials said Friday the vote will take place next month.", [("Friday", "2024-07-05"), ("next month", "2024-08")]),
    ("Friday's meeting ended without a deal.", [("Friday", "2024-07-05")]),
    ("Police arrested two men Monday night.", [("Monday night", "2024-07-08TNI")]),
])
def test_timexes_reference_reported_speech_and_nominals(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    ("The two companies settled their decades-long dispute.", [("decades-long", "PXY")]),
    ("Lawyers emerged from a day-long meeting.", [("day-long", "P1D")]),
    ("Workers ended a two-week-long strike.", [("two-week-long", "P2W")]),
    ("It was the worst single-day decline since 2001.", [("single-day", "P1D"), ("2001", "2001")]),
    ("Prices have fallen in recent decades.", [("recent decades", "PXY")]),
])
def test_timexes_reference_compound_durations(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("anchor,tense,want", [
    (date(2006, 8, 19), None, "2006-Q4"),  # the next quarter: nearer ahead than behind
    (date(2006, 8, 19), "PAST", "2005-Q4"),  # a past event cannot lie in a quarter not yet begun
    (date(2007, 1, 18), None, "2006-Q4"),  # an earnings report in January: the quarter just ended
])
def test_timexes_reference_quarter_not_yet_begun(anchor, tense, want):
    from newsgraph.time import normalize_timex

    assert normalize_timex("the fourth quarter", anchor=anchor, tense=tense).value == want


def test_timexes_reference_comparisons_and_forecasts_are_not_the_reported_period():
    # "the 2023 period" names the comparison by its year; a forecast quarter is not reported yet
    text = ("Net rose in the second quarter. There was a one-time gain in the 2023 period. "
            "Sales should grow through the first quarter of 2025. Dividends were up from 4 pence a year earlier.")
    assert dict(_found(text))["a year earlier"] == "2023-Q2"


@pytest.mark.parametrize("text,want", [
    ("January nineteen ninety-seven. Atlanta again.", [("January nineteen ninety-seven", "1997-01")]),
    ("the level we saw in the winter of nineteen ninety-four.", [("the winter of nineteen ninety-four", "1994-WI")]),
])
def test_timexes_reference_spelled_years(text, want):
    assert _found(text) == want


def test_timexes_reference_spelled_count_is_no_year():
    values = [v for _, v in _found("Families have kept the secret for two thousand years.")]
    assert "2000" not in values
