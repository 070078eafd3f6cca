"""extract_timexes: the grammar over a parsed article, with tense, names and anchors."""
from __future__ import annotations


import pytest
from conftest import body_timexes

from newsgraph.extract.timexes import extract_timexes, text_anchor


def _timexes(nlp, text, published="2024-07-09"):
    return body_timexes(nlp, text, published)


def _values(nlp, text, published="2024-07-09"):
    return [(t.text, t.value) for t in _timexes(nlp, text, published)]


@pytest.mark.parametrize("text,want", [
    ("The delegation departed Pyongyang for Russia on Monday.", [("Monday", "2024-07-08")]),
    ("The two ministers will meet on Monday in Geneva.", [("Monday", "2024-07-15")]),
    ("The deadline runs until Friday, officials said.", [("Friday", "2024-07-12")]),
    ("Prices rose in March, the agency reported.", [("March", "2024-03")]),
    ("The plant will open in March.", [("March", "2025-03")]),
    ("The merger is scheduled for completion by Dec. 10.", [("Dec. 10", "2024-12-10")]),
    ("The offer is due to expire Friday.", [("Friday", "2024-07-12")]),
    ("The offer had been due to expire Friday.", [("Friday", "2024-07-05")]),
    ("The talks, scheduled for Thursday, are expected to focus on trade.", [("Thursday", "2024-07-11")]),
    ("A memorial service planned for Saturday was canceled.", [("Saturday", "2024-07-06")]),
    ("Investigators have searched for him since the Oct. 23 attack.", [("Oct. 23", "2023-10-23")]),
])
def test_timexes_direction_from_tense(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text,want", [
    ("The army sent 1800 soldiers and 1500 trucks.", []),
    ("Analysts were predicting 1990 BellSouth earnings.", [("1990", "1990")]),
    ("He built 1900 homes in 1990.", [("1990", "1990")]),
    ("Elections In 2024 Will Decide Everything", [("2024", "2024")]),
])
def test_timexes_counts_are_not_years(nlp, text, want):
    assert _values(nlp, text) == want


@pytest.mark.parametrize("text", [
    "Theresa May met the president.",
    "March on, the crowd chanted, and they did march to the square.",
    "Sun Microsystems and Oracle said they had agreed.",
    "We may see more troops; 1500 soldiers were sent.",
    "The Russell 2000 Index of smaller companies fell 3 percent.",
    "The African Union adopted its Agenda 2063 Framework in Addis Ababa.",
])
def test_timexes_no_false_friends(nlp, text):
    assert _values(nlp, text) == []


def test_timexes_offsets_and_evidence(nlp):
    text = "Lim said on Tuesday that talks held in mid-June lasted less than a month."
    got = _timexes(nlp, text)
    assert [(t.text, t.type, t.value, t.mod) for t in got] == [
        ("Tuesday", "DATE", "2024-07-09", None), ("mid-June", "DATE", "2024-06", "MID"),
        ("less than a month", "DURATION", "P1M", "LESS_THAN")]
    for t in got:
        assert text[t.start:t.end] == t.text
        assert t.evidence is not None and t.evidence.rule and t.evidence.anchor == "2024-07-09"


def test_timexes_without_published_date_use_the_date_line(nlp):
    text = "Published : July 9, 2024 - 17:42\n\nThe delegation left on Monday."
    assert text_anchor(text) is not None
    got = _values(nlp, text, published=None)
    assert ("Monday", "2024-07-08") in got


def test_timexes_without_any_date_leave_unknown_parts(nlp):
    assert _values(nlp, "The delegation left on Monday.", published=None) == [("Monday", "XXXX-WXX-1")]


@pytest.mark.parametrize("text,published,want", [
    ("Stocks fell to levels last seen in '82, traders said.", "2008-10-10", [("'82", "1982")]),
    ("Prices have doubled since \u201998, the agency said.", "2008-10-10", [("\u201998", "1998")]),
    ("Sales rose 5 percent in '09.", "2010-01-01", [("'09", "2009")]),
    ("The class of '95 met again.", "2008-10-10", []),
])
def test_timexes_two_digit_year_after_a_preposition(nlp, text, published, want):
    assert _values(nlp, text, published) == want
