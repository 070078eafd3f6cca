"""Round 7 of the time expressions on news articles (issue 3): a wire dateline without its year,
offsets counted from the story's time ("two days later"), weekdays of scheduled events, a
possessive weekday, and a few missing expressions ("that evening", "another month", a year
leading a name)."""
from __future__ import annotations

import pytest
from conftest import body_timexes


def _values(nlp, text, published="2024-07-09"):
    return [(t.text, t.value) for t in body_timexes(nlp, text, published)]


def _value_of(nlp, text, word, published="2024-07-09"):
    return [v for t, v in _values(nlp, text, published) if t == word]


# -- 1. a dateline without its year ------------------------------------------------------------
def test_timexes_news_dateline_year_from_lead_weekday(nlp):
    # March 4 fell on a Tuesday in 2025, the first such year after the 2021 the article names
    text = ("OSLO, March 4 (NW) - Norway on Tuesday summoned the envoy after a trawler was seized "
            "on Monday. The two countries signed a fisheries pact in 2021.")
    assert _values(nlp, text, None)[:3] == [("March 4", "2025-03-04"), ("Tuesday", "2025-03-04"),
                                            ("Monday", "2025-03-03")]


def test_timexes_news_dateline_year_ignores_target_years(nlp):
    # "by 2030" is ahead of the story: the year is still found from 2021 onwards
    text = ("OSLO, March 4 (NW) - Norway on Tuesday announced new quotas. The pact of 2021 "
            "sets targets to be met by 2030.")
    assert _value_of(nlp, text, "Tuesday", None) == ["2025-03-04"]


def test_timexes_news_dateline_without_weekday_stays_unresolved(nlp):
    # no weekday in the lead paragraph: nothing ties the day to a year
    text = "OSLO, March 4 (NW) - Norway summoned the envoy.\nThe pact dates from 2021. Talks resume on Friday."
    assert _value_of(nlp, text, "Friday", None) == ["XXXX-WXX-5"]


# -- 2. offsets from the story's time ----------------------------------------------------------
def test_timexes_news_later_with_apposed_day_takes_the_day(nlp):
    text = ("Troops crossed the border on Monday. Officials protested on Tuesday. "
            "Two days later, on Wednesday, a checkpoint went up.")
    assert _value_of(nlp, text, "Two days later") == ["2024-07-03"]


def test_timexes_news_later_skips_quoted_today(nlp):
    # "today" in the minister's words is the day of the meeting, not a day the story moved to
    text = ('The ministers met on Sunday. "Today we took the final step," the minister said. '
            "Tehran responded two days later.")
    assert _value_of(nlp, text, "two days later") == ["2024-07-09"]


def test_timexes_news_later_counts_from_the_day_just_told(nlp):
    # the day of the same sentence, though the dateline's day (July 9) is later in the calendar
    text = ("VILNIUS, July 9 - Lithuania protested on Tuesday. One reactor was shut down on Saturday "
            "and restarted two days later, officials said.")
    assert _value_of(nlp, text, "two days later") == ["2024-07-08"]


# -- 5. weekdays of scheduled events -----------------------------------------------------------
@pytest.mark.parametrize("text,word,want", [
    # published Tuesday 2024-07-09: the day fixed for something is the coming one
    ("The army said a national day of mourning has been declared for Saturday.", "Saturday", "2024-07-13"),
    ("The spokesman said on Tuesday that the ship was due to leave on Monday.", "Monday", "2024-07-15"),
    ("The envoy called both sides to talks on Thursday.", "Thursday", "2024-07-11"),
])
def test_timexes_news_scheduled_weekday_points_forward(nlp, text, word, want):
    assert _value_of(nlp, text, word) == [want]


def test_timexes_news_overtaken_due_date_left_to_its_clause(nlp):
    # "had been due": the plan was overtaken (the offer was extended), the day is the past one
    text = "The bid was extended to Nov. 16. It had been due to expire Friday evening."
    assert _value_of(nlp, text, "Friday evening") == ["2024-07-05TEV"]


def test_timexes_news_scheduled_participle_left_to_its_clause(nlp):
    # a participle ("a rally set for Saturday was cancelled") is dated by the clause around it
    assert _value_of(nlp, "A rally set for Saturday was cancelled by the police.", "Saturday") == ["2024-07-06"]


def test_timexes_news_possessive_weekday_is_the_day_told(nlp):
    # Friday before a Tuesday publication; the possessive in a future clause is that same Friday
    text = "The leaders agreed on Friday to open talks. Under Friday's agreement, the two sides will cut tariffs."
    assert _value_of(nlp, text, "Friday") == ["2024-07-05", "2024-07-05"]


# -- 6. expressions we missed -----------------------------------------------------------------
def test_timexes_news_another_month_is_a_duration(nlp):
    assert _value_of(nlp, "If the dredging goes on for another month, the lagoon will suffer.", "another month") == ["P1M"]


def test_timexes_news_year_leading_a_name_is_kept(nlp):
    text = "Tehran said it remained committed to the 1975 Algiers Agreement on the border."
    assert _value_of(nlp, text, "1975") == ["1975"]


def test_timexes_news_year_needs_a_real_dateline(nlp):
    # a holiday or a day in a story's first lines is no dateline: no year is guessed from a weekday
    text = ("Over Christmas the candidates kept campaigning, as they had in 2011, and on Saturday night "
            "they debated again. This weekend, the senator complained about the schedule.")
    assert _value_of(nlp, text, "Saturday night", None)[0].startswith("XXXX")
    text = "The talks of Dec. 25 ended on Saturday without a deal, as the 2011 round had."
    assert _value_of(nlp, text, "Saturday", None)[0].startswith("XXXX")
