"""Quotes: typesetting conventions and what counts as one statement (issue 5, PolNeAR round).

Sentences written for these tests."""
from __future__ import annotations

from newsgraph.clean.body_only import split_paragraphs
from newsgraph.extract.quotes import find_quote_regions
from newsgraph.pipeline import analyze

PUBLISHED = "2024-07-09"


def quotes_of(text: str):
    analysis = analyze(text, published=PUBLISHED, body_only=True)
    for q in analysis.quotes:
        assert analysis.article.text[q.start:q.end] == q.text
    return analysis.quotes


def with_text(quotes, fragment: str):
    return [q for q in quotes if fragment in q.text]


# -- ASCII quotation marks ----------------------------------------------------------------

def test_quotes_ascii_double_apostrophes_are_quotation_marks():
    text = "''We will rebuild the bridge by winter,'' Mayor Ellen Novak said."
    regions = find_quote_regions(text, split_paragraphs(text))
    assert [text[r.start:r.end] for r in regions] == ["We will rebuild the bridge by winter,"]
    assert (regions[0].outer_start, regions[0].outer_end) == (0, text.index(" Mayor"))
    q = with_text(quotes_of(text), "rebuild the bridge")
    assert len(q) == 1 and q[0].kind == "direct" and q[0].text == "We will rebuild the bridge by winter,"
    assert q[0].speaker.name == "Ellen Novak"


def test_quotes_ascii_backtick_marks_open_a_quotation():
    text = "The judge said, ``The hearing is postponed until March.''"
    regions = find_quote_regions(text, split_paragraphs(text))
    assert [text[r.start:r.end] for r in regions] == ["The hearing is postponed until March."]


def test_quotes_single_apostrophe_is_no_quotation_mark():
    text = "The players' union said the owners' offer was unfair."
    assert find_quote_regions(text, split_paragraphs(text)) == []


# -- one statement, not two -------------------------------------------------------------

def test_quotes_cue_inside_a_reported_clause_is_part_of_it():
    qs = quotes_of("The mayor said she believes the bridge will reopen in May.")
    assert [q.text for q in qs] == ["she believes the bridge will reopen in May"]
    assert qs[0].cue == "said"


def test_quotes_parenthetical_cue_inside_according_to_clause_stays():
    qs = quotes_of("According to the report, the minister said the plan had failed.")
    said = [q for q in qs if q.cue == "said"]
    assert [q.text for q in said] == ["the plan had failed"], [(q.text, q.cue) for q in qs]
