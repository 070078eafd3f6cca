"""Time expressions counted from the story's day rather than the publication date, and a day
an event is called for (sentences written for these tests)."""
from __future__ import annotations

from newsgraph.pipeline import analyze
from newsgraph.time.normalize import _number


def _values(text: str, published: str) -> dict:
    an = analyze(text, body_only=True, published=published)
    return {t.text: t.value for t in an.timexes}


def test_timexes_clock_with_following_morning_counts_from_story_day():
    v = _values("The halt was announced in a statement late on Monday. Flows ended at 7 a.m. the following "
                "morning, the ministry said. Talks resumed at noon the next day.", "2026-01-15")
    assert v["Monday"] == "2026-01-12"
    assert v["7 a.m."] == "2026-01-13T07:00"
    assert v["the following morning"] == "2026-01-13TMO"
    assert v["noon"] == "2026-01-14T12:00"
    assert v["the next day"] == "2026-01-14"


def test_timexes_weekday_an_event_is_called_for_lies_ahead():
    an = analyze("The committee called the note weak and announced a march to the border for Friday. "
                 "He was later charged over Friday's attack.", body_only=True, published="2026-03-11")
    # the march is called for the coming Friday; the attack's Friday is the past one
    assert [(t.text, t.value) for t in an.timexes] == [("Friday", "2026-03-13"), ("Friday", "2026-03-06")]


def test_timexes_unions_call_strike_for_monday():
    v = _values("Unions called a strike for Monday over pay.", "2026-03-11")
    assert v["Monday"] == "2026-03-16"
    v = _values("Police arrested two men on Monday.", "2026-03-11")
    assert v["Monday"] == "2026-03-09"


def test_timexes_spelled_hundreds_multiply():
    assert _number("a hundred") == 100
    assert _number("two hundred fifty") == 250
    assert _number("twenty-four") == 24
