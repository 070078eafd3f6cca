"""Fractional durations are written in the next smaller unit; "a couple of" is two;
"recent"/"coming" plurals are unspecified durations (TimeML, as TimeBank/AQUAINT annotate)."""
from datetime import date

import pytest

from newsgraph.time.normalize import find_timexes, normalize_timex

ANCHOR = date(2021, 3, 4)


@pytest.mark.parametrize("phrase,value", [
    ("3 1/2 years", "P3Y6M"),
    ("four and a half years", "P4Y6M"),
    ("a minute and a half", "PT1M30S"),
    ("an hour and a half", "PT1H30M"),
    ("7 1/2 hours", "PT7H30M"),
    ("a couple of weeks", "P2W"),
])
def test_time_fractional_duration_values(phrase, value):
    got = normalize_timex(phrase, anchor=ANCHOR)
    assert got is not None and got.type == "DURATION"
    assert got.value == value


def test_time_fraction_is_inside_the_extent():
    text = "The ferry crossing took 3 1/2 hours in the storm."
    found = find_timexes(text, anchor=ANCHOR)
    assert [(f.text, f.norm.value) for f in found] == [("3 1/2 hours", "PT3H30M")]


def test_time_numeric_date_is_not_a_fraction():
    found = find_timexes("The deal closed on 3/12/2020 after talks.", anchor=ANCHOR)
    assert [f.norm.value for f in found] == ["2020-03-12"]


@pytest.mark.parametrize("phrase,value", [
    ("recent months", "PXM"), ("recent decades", "PXY"), ("the coming days", "PXD"), ("coming years", "PXY"),
])
def test_time_recent_and_coming_plurals_are_vague_durations(phrase, value):
    got = normalize_timex(phrase, anchor=ANCHOR)
    assert got is not None and (got.type, got.value) == ("DURATION", value)


def test_time_quarters_of_a_thing_are_a_fraction_not_a_duration():
    found = find_timexes("The island buys about three-quarters of its fuel abroad.", anchor=ANCHOR)
    assert found == []
    kept = find_timexes("Output grew for three quarters of the year.", anchor=ANCHOR)
    assert [f.norm.value for f in kept if f.text == "three quarters"] == ["P3Q"]
    run = find_timexes("It shrank for two consecutive quarters of the downturn.", anchor=ANCHOR)
    assert [f.norm.value for f in run] == ["P2Q"]


def test_time_rate_after_a_percentage_is_not_a_set():
    assert "annually" not in [f.text for f in find_timexes("Sales should grow 12% annually for years.", anchor=ANCHOR)]
    assert [f.text for f in find_timexes("The festival is held annually in May.", anchor=ANCHOR)][:1] == ["annually"]
