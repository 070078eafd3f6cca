"""newsgraph.time: the TIMEX3 normaliser on its own (no spaCy)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.time import TIMEX3_VALUE, find_timexes, normalize_timex

ANCHOR = date(2024, 7, 9)  # a Tuesday


@pytest.mark.parametrize("text,tense,type_,value,mod", [
    ("mid-June", None, "DATE", "2024-06", "MID"),
    ("less than a month", None, "DURATION", "P1M", "LESS_THAN"),
    ("Monday", "PAST", "DATE", "2024-07-08", None),
    ("Monday", "FUTURE", "DATE", "2024-07-15", None),
    ("June 19", None, "DATE", "2024-06-19", None),
    ("last week", None, "DATE", "2024-W27", None),
    ("this week", None, "DATE", "2024-W28", None),
    ("the third quarter", "PAST", "DATE", "2024-Q3", None),
    ("the fourth quarter", "PAST", "DATE", "2023-Q4", None),
    ("Q3 2025", None, "DATE", "2025-Q3", None),
    ("fiscal 2025", None, "DATE", "2025", None),
    ("the 1990s", None, "DATE", "199", None),
    ("the early 1990s", None, "DATE", "199", "START"),
    ("every Monday", None, "SET", "XXXX-WXX-1", None),
    ("annually", None, "SET", "P1Y", None),
    ("the past three years", None, "DURATION", "P3Y", None),
    ("about two weeks", None, "DURATION", "P2W", "APPROX"),
    ("more than 48 hours", None, "DURATION", "PT48H", "MORE_THAN"),
    ("now", None, "DATE", "PRESENT_REF", None),
    ("recently", None, "DATE", "PAST_REF", None),
    ("the end of the month", None, "DATE", "2024-07", "END"),
    ("yesterday", None, "DATE", "2024-07-08", None),
    ("tonight", None, "TIME", "2024-07-09TNI", None),
    ("this morning", None, "TIME", "2024-07-09TMO", None),
    ("overnight", None, "TIME", "2024-07-08TNI", None),
    ("10:30 p.m.", None, "TIME", "2024-07-09T22:30", None),
    ("a year earlier", None, "DATE", "2023", None),
    ("three weeks ago", None, "DATE", "2024-W25", None),
    ("next year", None, "DATE", "2025", None),
    ("last fall", None, "DATE", "2023-FA", None),
    ("January", "FUTURE", "DATE", "2025-01", None),
    ("October", "PAST", "DATE", "2023-10", None),
    ("Sept. 27, 1989", None, "DATE", "1989-09-27", None),
    ("12 March 2023", None, "DATE", "2023-03-12", None),
    ("2024-07-08", None, "DATE", "2024-07-08", None),
    ("the first half of 2023", None, "DATE", "2023-H1", None),
    ("Christmas", "FUTURE", "DATE", "2024-12-25", None),
    ("the late 70s", None, "DATE", "197", "END"),
    ("two decades", None, "DURATION", "P20Y", None),
    ("18:00 UTC", None, "TIME", "2024-07-09T18:00Z", None),
    ("nineteen ninety-six", None, "DATE", "1996", None),
    ("the Fourth of July", None, "DATE", "2024-07-04", None),
    ("the second half of the year", None, "DATE", "2024-H2", None),
    ("5:42 PM GMT", None, "TIME", "2024-07-09T17:42Z", None),
])
def test_time_normalize_examples(text, tense, type_, value, mod):
    norm = normalize_timex(text, anchor=ANCHOR, tense=tense)
    assert norm is not None, text
    assert (norm.type, norm.value, norm.mod) == (type_, value, mod)


@pytest.mark.parametrize("text", ["We", "may", "march", "Sun", "1,990", "$2000", "spring", "fall", "quarter", "the"])
def test_time_normalize_rejects_non_times(text):
    assert normalize_timex(text, anchor=ANCHOR) is None


@pytest.mark.parametrize("sentence", [
    "We will see.", "You may go now or later.", "Protesters march on the capital.", "Sun Microsystems reported.",
    "The army sent 1500 troops.", "Theresa May spoke.", "Shares may fall sharply.", "Prices spring back.",
    "Shoppers crowded stores on Black Friday.", "She is in her late 70s.", "He watched 60 Minutes.",
    "A second group of directors resigned.", "It costs $5 a year.", "Article 2024 of the code applies.",
    "Flight 1549 landed.",
])
def test_time_find_no_false_friends(sentence):
    found = [f for f in find_timexes(sentence, anchor=ANCHOR) if f.norm.rule != "deictic_word"]
    assert found == []


def test_time_find_dateline_date():
    found = find_timexes("MANILA, March 12 (Reuters) - The army said it would act.", anchor=date(2024, 3, 13))
    assert [(f.text, f.norm.value) for f in found] == [("March 12", "2024-03-12")]


def test_time_find_following_day_anchored_on_story_date():
    found = find_timexes("The talks opened on June 3, 2024. Two days later they collapsed; the following day "
                         "nobody came.", anchor=ANCHOR)
    assert [f.norm.value for f in found] == ["2024-06-03", "2024-06-05", "2024-06-06"]


def test_time_find_year_earlier_counts_from_story_year():
    found = find_timexes("In 2019 he moved to Seoul. A year earlier he had left Busan.", anchor=ANCHOR)
    assert [f.norm.value for f in found] == ["2019", "2018"]


def test_time_find_year_earlier_same_quarter():
    found = find_timexes("Third-quarter profit rose 5% from a year earlier.", anchor=date(1989, 11, 2))
    assert [f.norm.value for f in found] == ["1989-Q3", "1988-Q3"]


def test_time_find_offsets_index_the_text():
    text = "On Monday, less than a month after the June 19 summit, officials met again."
    for f in find_timexes(text, anchor=ANCHOR):
        assert text[f.start:f.end] == f.text


# -- properties -----------------------------------------------------------------------------
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PHRASES = [
    "Monday", "last Friday", "next Tuesday", "mid-June", "June 19", "the third quarter", "last week", "this week",
    "yesterday", "tomorrow", "tonight", "two days later", "a year earlier", "three weeks ago", "the 1990s",
    "every Monday", "annually", "daily", "less than a month", "the past three years", "about 10 hours", "now",
    "the end of the month", "early next year", "last fall", "this summer", "Q2", "fiscal 2020", "noon",
    "9:30 a.m.", "the following day", "earlier in the day", "December", "the weekend", "recent years",
]


@given(anchor=dates, phrase=st.sampled_from(PHRASES), tense=st.sampled_from([None, "PAST", "PRESENT", "FUTURE"]))
@settings(max_examples=300, deadline=None)
def test_time_values_match_timex3_grammar(anchor, phrase, tense):
    norm = normalize_timex(phrase, anchor=anchor, tense=tense)
    assert norm is not None, phrase
    assert TIMEX3_VALUE.match(norm.value), (phrase, norm.value)
    assert norm.type in ("DATE", "TIME", "DURATION", "SET")


@given(text=st.text(max_size=200), anchor=dates)
@settings(max_examples=200, deadline=None)
def test_time_find_never_raises_and_values_are_timex3(text, anchor):
    for f in find_timexes(text, anchor=anchor):
        assert text[f.start:f.end] == f.text
        assert TIMEX3_VALUE.match(f.norm.value), f


@given(anchor=dates, weekday=st.sampled_from(WEEKDAY_NAMES), tense=st.sampled_from([None, "PAST", "PRESENT", "FUTURE"]))
@settings(max_examples=300, deadline=None)
def test_time_bare_weekday_within_seven_days(anchor, weekday, tense):
    norm = normalize_timex(weekday, anchor=anchor, tense=tense)
    got = date.fromisoformat(norm.value)
    assert abs((got - anchor).days) < 7
    assert got.strftime("%A") == weekday


@given(day=dates)
def test_time_iso_dates_round_trip(day):
    text = day.isoformat()
    norm = normalize_timex(text, anchor=day + timedelta(days=400))
    assert norm is not None and norm.value == text and norm.type == "DATE"


PIECES = PHRASES + [
    "on", "in", "the", "said", "will", "May", "March", "Sun", "1999", "2024-02-30", "12/25/1999", "7/8/07", "$2000",
    "Tuesday,", "Aug. 7, 1998", "3 p.m. EST", "18:00 UTC", "the 80s", "his 80s", "Q4", "H2 2023", "mid-", "late",
    "Black", "Friday", "a", "year", "ago", "later", "\n", ".", ",", "fiscal", "quarter", "last", "next", "every",
]


@given(words=st.lists(st.sampled_from(PIECES), max_size=14), anchor=dates)
@settings(max_examples=400, deadline=None)
def test_time_find_on_time_like_word_salad(words, anchor):
    text = " ".join(words)
    for f in find_timexes(text, anchor=anchor):
        assert text[f.start:f.end] == f.text
        assert TIMEX3_VALUE.match(f.norm.value), f


def test_time_find_same_period_a_year_ago():
    found = find_timexes("Sales in January fell 5% from the same month a year ago.", anchor=date(2009, 2, 3))
    assert [(f.text, f.norm.value) for f in found] == [("January", "2009-01"), ("the same month a year ago", "2008-01")]
