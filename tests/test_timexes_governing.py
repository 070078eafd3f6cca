"""timex_governing / timex_date: the interface quotes and events use to date facts."""
from __future__ import annotations


import pytest
from conftest import body_timexes

from newsgraph.extract.timexes import timex_date, timex_governing
from newsgraph.records import Timex


def _run(nlp, text, published="2024-07-09"):
    doc = nlp(text)
    return doc, body_timexes(nlp, text, published, doc=doc)


def _tok(doc, word, nth=0):
    return [t.i for t in doc if t.text == word][nth]


def test_timexes_governing_prep_attached(nlp):
    doc, tx = _run(nlp, "The delegation departed Pyongyang for Russia on Monday.")
    got = timex_governing(doc, _tok(doc, "departed"), tx)
    assert got is not None and got.text == "Monday" and got.value == "2024-07-08"


def test_timexes_governing_not_embedded_clause(nlp):
    doc, tx = _run(nlp, "The ministry said Tuesday that the delegation had left Pyongyang on Monday.")
    said = timex_governing(doc, _tok(doc, "said"), tx)
    left = timex_governing(doc, _tok(doc, "left"), tx)
    assert said is not None and said.value == "2024-07-09"
    assert left is not None and left.value == "2024-07-08"


def test_timexes_governing_possessive_in_prep_phrase(nlp):
    doc, tx = _run(nlp, "The spokesperson made the remarks during Tuesday's regular briefing.")
    got = timex_governing(doc, _tok(doc, "made"), tx)
    assert got is not None and got.text == "Tuesday"


def test_timexes_governing_none_when_undated(nlp):
    doc, tx = _run(nlp, "Officials met in Seoul. The talks resumed on Friday.")
    assert timex_governing(doc, _tok(doc, "met"), tx) is None


def test_timexes_future_tense_next_weekday(nlp):
    _, tx = _run(nlp, "The two leaders will meet on Monday in Geneva.")
    assert [t.value for t in tx] == ["2024-07-15"]


@pytest.mark.parametrize("value,type_,want", [
    ("2024-07-08", "DATE", "2024-07-08"), ("2024-07-08TMO", "TIME", "2024-07-08"), ("2024-06", "DATE", "2024-06"),
    ("2024-W28", "DATE", "2024-07"), ("2025-Q3", "DATE", "2025"), ("P1M", "DURATION", None),
    ("PRESENT_REF", "DATE", None), ("XXXX-WXX-1", "SET", None), ("199", "DATE", None),
])
def test_timexes_date_values(value, type_, want):
    assert timex_date(Timex(text="x", start=0, end=1, type=type_, value=value)) == want


def test_timexes_governing_coordinated_verb_shares_time(nlp):
    doc, tx = _run(nlp, "Kim met Putin in Pyongyang last month and signed a treaty.")
    got = timex_governing(doc, _tok(doc, "signed"), tx)
    assert got is not None and got.text == "last month" and got.value == "2024-06"
