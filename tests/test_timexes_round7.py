"""Round 7 of the time expressions (issue 3): runs counted up to the story's day ("for a third
straight day", "the fourth week in a row", "today is the eighth day of the strike"), bare plurals
of minutes and hours ("in just minutes", "for hours"), and a decade coordinated with another
("the 70s and 80s")."""
from __future__ import annotations


import pytest
from conftest import body_timexes


def _values(nlp, text, published="2024-07-09"):
    return [(t.text, t.type, t.value) for t in body_timexes(nlp, text, published)]


@pytest.mark.parametrize("text,want", [
    # a streak reaches the day the story is in: the publication day when no other day is named
    ("Trading on the exchange was suspended for a second consecutive day.",
     [("a second consecutive day", "DATE", "2024-07-09")]),
    # ... the weekday named right after it (Monday before a Tuesday publication)
    ("Stocks fell for a third straight day on Monday as oil prices rose.",
     [("a third straight day", "DATE", "2024-07-08"), ("Monday", "DATE", "2024-07-08")]),
    # a week-long streak is the ISO week the story is in (2024-07-09 lies in week 28)
    ("The index posted gains for the fourth week in a row.", [("the fourth week in a row", "DATE", "2024-W28")]),
    # "is the n-th day of": the day being told
    ("Today is the eighth day of the dock strike.",
     [("Today", "DATE", "2024-07-09"), ("the eighth day", "DATE", "2024-07-09")]),
    # the day the story moved to, not the publication day
    ("The walkout began on July 1. July 3 was the third day of the strike.",
     [("July 1", "DATE", "2024-07-01"), ("July 3", "DATE", "2024-07-03"), ("the third day", "DATE", "2024-07-03")]),
])
def test_timexes_round7_runs_reach_the_story_day(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    # an ordinal day with neither a streak word nor "is ... of": which day is not said
    "Delegates recalled the second day of talks with some bitterness.",
    # "first" starts no run; an ordinal week as a count of weeks of a plan is not a date either
    "He was sworn in on his first day in office.",
])
def test_timexes_round7_ordinal_day_without_a_run_is_no_date(nlp, text):
    assert [v for v in _values(nlp, text) if "day" in v[0] or "week" in v[0]] == []


@pytest.mark.parametrize("text,want", [
    ("The index lost 300 points in just minutes.", [("minutes", "DURATION", "PTXM")]),
    ("The two sides argued for hours, officials said.", [("hours", "DURATION", "PTXH")]),
])
def test_timexes_round7_bare_minutes_and_hours(nlp, text, want):
    assert _values(nlp, text) == want


def test_timexes_round7_coordinated_decades(nlp):
    assert _values(nlp, "The boxy cars of the 70s and 80s are gone.") == [
        ("the 70s", "DATE", "197"), ("80s", "DATE", "198")]
    # "80s" alone after a count is not a decade
    assert _values(nlp, "Temperatures rose into the high 80s and 90s.") == []


@pytest.mark.parametrize("text,want", [
    # "the March accession": an ambiguous month before a lower-case noun takes "the" as its cue
    ("The March accession will make the three countries members.", [("March", "DATE", "2025-03")]),
    ("The post-1959 politics split families apart.", [("post-1959", "DATE", "1959")]),
    ("Prices are back to pre-2008 levels.", [("pre-2008", "DATE", "2008")]),
])
def test_timexes_round7_month_and_year_modifiers(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    "Thousands joined the March on Washington for Jobs and Freedom.",  # a name, "on" after it
    "Critics of the May government called for an election.",  # Theresa May's government
])
def test_timexes_round7_ambiguous_month_after_the_needs_a_noun(nlp, text):
    assert _values(nlp, text) == []
