"""Forms tagged (or left alone) the way TimeBank/AQUAINT annotators mostly do: rate
adjectives as SETs, bare plural measure phrases, "soon", generic "today's"/"the future",
determiners inside a dated event name, "an additional year", "the near term"."""
from __future__ import annotations


import pytest
from conftest import body_timexes



def _values(nlp, text, published="2024-07-09"):
    return [(t.text, t.type, t.value) for t in body_timexes(nlp, text, published)]


@pytest.mark.parametrize("text,want", [
    ("The union holds a weekly meeting in the old hall.", [("weekly", "SET", "P1W")]),
    ("Volunteers hand out bread on a daily basis.", [("daily", "SET", "P1D")]),
    ("Protesters gather daily outside the ministry.", [("daily", "SET", "P1D")]),
])
def test_timexes_rate_adjectives_are_sets(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    "The bank pays a quarterly dividend to its owners.",
    "Turnover fell to 4% of the exchange's average daily volume.",
    "The story ran in the ruling party daily Rodong Sinmun.",
])
def test_timexes_rate_adjectives_not_sets(nlp, text):
    assert _values(nlp, text) == []


@pytest.mark.parametrize("text,want", [
    ("The two villages have quarreled over the well for years.", [("years", "DURATION", "PXY")]),
    ("The harbor stayed closed for weeks, fishermen said.", [("weeks", "DURATION", "PXW")]),
    ("Prices rose for the first time in months.", [("months", "DURATION", "PXM")]),
])
def test_timexes_bare_plural_measure_phrases(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    "After years of talks, the treaty was signed in a matter of days.",
    "He returned years later to the same village.",
])
def test_timexes_bare_plurals_outside_measure_phrases(nlp, text):
    assert all(v[0] not in ("years", "days") for v in _values(nlp, text))


@pytest.mark.parametrize("text,want", [
    ("The ministry will soon publish its report.", [("soon", "DATE", "FUTURE_REF")]),
    ("The ferry was soon back in service and the port reopened.", []),
    ("They will leave as soon as the road opens.", []),
    ("The mayor resigned soon after the vote.", []),
])
def test_timexes_soon_in_non_past_clauses(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    ("The play speaks to today's youth and their worries.", []),
    ("Shares rose ahead of today's vote in parliament.", [("today", "DATE", "2024-07-09")]),
    ("She wants to train the leaders of tomorrow.", []),
    ("He called the events of today a turning point.", [("today", "DATE", "2024-07-09")]),
    ("The talks matter for the future of both nations.", []),
    ("The harvest was poor, and the future looks bleak.", []),
    ("They will keep troops there in the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("Officials see no easing of the strain in the near term.", [("the near term", "DATE", "FUTURE_REF")]),
])
def test_timexes_generic_era_words(nlp, text, want):
    assert _values(nlp, text) == want


def test_timexes_determiner_inside_dated_event_name(nlp):
    got = _values(nlp, "Tourism fell after the Aug. 7 embassy bombings in Nairobi, the Kenyan capital.", "1998-09-07")
    assert ("Aug. 7", "DATE", "1998-08-07") in got


@pytest.mark.parametrize("text,want", [
    ("The lease may be extended for an additional year.", [("an additional year", "DURATION", "P1Y")]),
    ("Over the next couple of years the plant will double output.", [("the next couple of years", "DURATION", "P2Y")]),
])
def test_timexes_duration_forms(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    ("Funds may have to sell bonds in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
    ("Sales rose 40% over the past five years.", [("the past five years", "DURATION", "P5Y")]),
    ("The strike lasted over a week.", [("over a week", "DURATION", "P1W")]),
])
def test_timexes_vague_spans_and_preposition_outside(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    "Guards stood outside the clinic 24 hours a day, seven days a week.",
    "The chip runs 15 million instructions per second.",
    "Workers were paid $40 per day.",
])
def test_timexes_rates_are_not_durations_or_sets(nlp, text):
    assert _values(nlp, text) == []


def test_timexes_every_is_still_a_set(nlp):
    assert _values(nlp, "The council meets every week in the town hall.") == [("every week", "SET", "P1W")]


def test_timexes_one_day_after_a_modal_is_someday(nlp):
    assert _values(nlp, "Engineers say the city will one day run on solar power.") == [("one day", "DATE", "FUTURE_REF")]
    assert _values(nlp, "The minister had been in the job one day.") == [("one day", "DURATION", "P1D")]


def test_timexes_these_days_is_present(nlp):
    assert _values(nlp, "Sell orders hurt small dealers more these days.") == [("these days", "DATE", "PRESENT_REF")]


def test_timexes_previous_weekday_counts_from_the_story_day(nlp):
    text = "Stocks fell on Friday, Oct. 27. The index closed down 4.5% from the previous Friday."
    got = _values(nlp, text, "1989-10-30")
    assert ("the previous Friday", "DATE", "1989-10-20") in got
    text = "The talks opened on Tuesday, June 4, 2024. They resumed the following Monday morning."
    assert ("the following Monday morning", "DATE", "2024-06-10TMO") in _values(nlp, text)


def test_timexes_period_looked_ahead_to_is_not_the_reported_one(nlp):
    text = ("The steelmaker posted a 54% drop in third-quarter profit. Analysts expect the trend to continue "
            "into the fourth quarter. In the year-ago period, it earned $101 million.")
    assert ("the year-ago period", "DATE", "2023-Q3") in _values(nlp, text, "2024-10-26")


def test_timexes_later_date_and_year_ago_period(nlp):
    assert _values(nlp, "The vote was put off to a later date.") == [("a later date", "DATE", "FUTURE_REF")]
    text = "Third-quarter profit fell 20%. In the year-ago period, the company earned $4 million."
    assert ("the year-ago period", "DATE", "2023-Q3") in _values(nlp, text, "2024-10-26")


def test_timexes_months_of_pay_is_money(nlp):
    assert _values(nlp, "Workers who leave get a bonus equal to six months of base pay.") == []
    assert _values(nlp, "The strike lasted six months.") == [("six months", "DURATION", "P6M")]
