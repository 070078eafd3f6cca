"""Round 6 of the time expressions (issue 3): weeks named by a day or month in them, parts of
the day the story is in, hours counted in a part of the day, titles that end in "Today", the
idiom "high noon", and the tense of a perfect progressive ("have been searching since ...")."""
from __future__ import annotations


import pytest
from conftest import body_timexes



def _values(nlp, text, published="2024-07-09"):
    return [(t.text, t.type, t.value) for t in body_timexes(nlp, text, published)]


@pytest.mark.parametrize("text,want", [
    # the ISO week holding the day (2024-07-22 is a Monday of week 30)
    ("The hearing could be held the week of July 22, a lawyer said.", [("the week of July 22", "DATE", "2024-W30")]),
    # the last week with four or more days in March 2024: Mar 25-31, week 13
    ("Sales recovered in the last week of March.", [("the last week of March", "DATE", "2024-W13")]),
    # the first week with four or more days in September 2024: Sep 2-8, week 36
    ("Talks resume in the first week of September 2024.",
     [("the first week of September 2024", "DATE", "2024-W36")]),
])
def test_timexes_round6_week_of_a_month(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    # the day the story is in: the Friday just named, then its morning
    ("Shares fell on Friday. Dealers placed heavy sell orders in the morning to cut their losses.",
     [("Friday", "DATE", "2024-07-05"), ("the morning", "TIME", "2024-07-05TMO")]),
    ("Police sealed the road on Monday, and by mid afternoon the crowd had left.",
     [("Monday", "DATE", "2024-07-08"), ("mid afternoon", "TIME", "2024-07-08TAF")]),
    ("The index rose to a record in morning trading before it slipped.",
     [("morning", "TIME", "2024-07-09TMO")]),
    # a modal or generic clause tells no day
    ('"They cannot talk in the morning and shell us in the afternoon," the minister said.',
     [("the morning", "TIME", "XXXX-XX-XXTMO"), ("the afternoon", "TIME", "XXXX-XX-XXTAF")]),
])
def test_timexes_round6_part_of_the_story_day(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    "He said so in the morning papers.",
    "She wrote an opinion piece in the Morning Call.",
    "They met the morning after the vote.",
])
def test_timexes_round6_part_of_day_not_a_time(nlp, text):
    assert not [v for v in _values(nlp, text) if v[0].lower().endswith(("morning", "afternoon", "evening"))]


@pytest.mark.parametrize("text,want", [
    # the weekday in the parenthesis after it gives the day (FUTURE: the coming Thursday)
    ("The father will leave at 4 in the morning (4 a.m. EDT Thursday), officials said.",
     [("4 in the morning", "TIME", "2024-07-11T04:00"), ("4 a.m. EDT Thursday", "TIME", "2024-07-11T04:00")]),
    # no day told in a quote: the hour alone
    ('"They came with bulldozers at six in the morning," he said.',
     [("six in the morning", "TIME", "XXXX-XX-XXT06:00")]),
    ("Voting closed at nine in the evening on Monday.", [("nine in the evening", "TIME", "2024-07-08T21:00"),
                                                        ("Monday", "DATE", "2024-07-08")]),
])
def test_timexes_round6_hour_in_a_part_of_day(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    "The figures were first reported by USA Today.",
    "This is VOA Today.",
    "For the people of the region, high noon has come.",
])
def test_timexes_round6_titles_and_idioms(nlp, text):
    assert _values(nlp, text) == []


def test_timexes_round6_today_still_a_date(nlp):
    # a capitalised "Today" opening a sentence, or after an ordinary word, is still the day
    assert _values(nlp, "Today the talks resume in Geneva.") == [("Today", "DATE", "2024-07-09")]
    assert _values(nlp, "TALKS RESUME TODAY") == [("TODAY", "DATE", "2024-07-09")]


def test_timexes_round6_perfect_progressive_is_past(nlp):
    # "have been searching since ... the Oct. 23 slaying", written in May: last October, not next
    text = "Investigators have been searching for him since shortly after the Oct. 23 slaying."
    assert _values(nlp, text, published="1999-05-06") == [("Oct. 23", "DATE", "1998-10-23")]


def test_timexes_round6_vague_later_is_a_measure(nlp):
    # counted from the story's time, not from now: not FUTURE_REF; the measure is marked
    text = "The chief executive resigned in May. A few days later, the company announced lower earnings."
    assert ("A few days", "DURATION", "PXD") in _values(nlp, text)
    assert not [v for v in _values(nlp, text) if v[2] == "FUTURE_REF"]


def test_timexes_round6_same_day_after_a_month(nlp):
    # the last date named is a month: "that same day" is an unknown day of that month
    text = ("Three doctors on the list were killed, most recently last October, when a gunman shot one. "
            "His name was crossed out on the site that same day.")
    assert ("that same day", "DATE", "2023-10-XX") in _values(nlp, text, published="2024-02-06")


def test_timexes_round6_same_day_after_a_day(nlp):
    text = "The protest began on Monday. Police arrested 40 people that same day."
    assert ("that same day", "DATE", "2024-07-08") in _values(nlp, text)


def test_timexes_round6_weekdays_sharing_plural_nights(nlp):
    # "Monday and Tuesday nights": both days recur
    text = "Two new flights will leave Bombay on Monday and Tuesday nights from March 30."
    got = _values(nlp, text)
    assert ("Monday", "SET", "XXXX-WXX-1TNI") in got and ("Tuesday nights", "SET", "XXXX-WXX-2TNI") in got


def test_timexes_round6_the_past_before_seasons(nlp):
    # "the past three summers" is not "the past" (PAST_REF) followed by other words
    assert not [v for v in _values(nlp, "Marches have provoked riots for the past three summers.")
                if v[2] == "PAST_REF"]


@pytest.mark.parametrize("text,published,want", [
    ("Relatives prayed for him as Easter week began.", "2000-04-17", [("Easter week", "DATE", "2000-W16")]),
    ("The pope will lead the procession on Good Friday.", "2025-04-10", [("Good Friday", "DATE", "2025-04-18")]),
    ("Clinic violence will be a theme of the campaign from now to Election Day.", "1998-10-26",
     [("now", "DATE", "PRESENT_REF"), ("Election Day", "DATE", "1998-11-03")]),
    ("The boy was found clinging to an inner tube last Thanksgiving.", "2000-02-10",
     [("last Thanksgiving", "DATE", "1999-11-25")]),
])
def test_timexes_round6_movable_holidays(nlp, text, published, want):
    assert _values(nlp, text, published=published) == want


@pytest.mark.parametrize("text", [
    "Children hunted for Easter eggs in the park.",
    "Turnout was high on Election day in Nairobi.",
])
def test_timexes_round6_holiday_false_friends(nlp, text):
    assert _values(nlp, text) == []


def test_timexes_round6_years_that_followed(nlp):
    text = "The rebels landed in 1956. In the years that followed, they waged war on the troops of the dictator."
    assert ("years", "DURATION", "PXY") in _values(nlp, text)


def test_timexes_round6_first_two_quarters_of_a_year(nlp):
    text = "Analysts expect the slump to last through at least the first two quarters of 2025."
    assert _values(nlp, text) == [("the first two quarters of 2025", "DATE", "2025-H1")]
    # without a year it stays a measure
    assert ("the past two quarters", "DURATION", "P2Q") in _values(nlp, "Losses grew in the past two quarters.")


@pytest.mark.parametrize("text", [
    "The film is part of the broadcaster's commitment to Holocaust Memorial Day.",
    "The playlist opened with Wham's Last Christmas and two carols.",
    "Adverts shown during early morning cartoon shows will be replaced.",
])
def test_timexes_round6_named_days_and_parts_of_day_false_friends(nlp, text):
    assert _values(nlp, text) == []
