"""Quotes follow-up (issue 5): constructions that are not reported speech, and title
phrases whose named person speaks. Sentences written for these tests."""
from __future__ import annotations

from newsgraph.pipeline import analyze

PUBLISHED = "2024-07-09"  # a Tuesday


def quotes_of(text: str):
    analysis = analyze(text, published=PUBLISHED, body_only=True)
    for q in analysis.quotes:
        assert analysis.article.text[q.start:q.end] == q.text
    return analysis.quotes


def test_quotes_precision_agree_to_infinitive_is_an_act():
    qs = quotes_of("Portugal and Morocco agreed on Monday to reopen the ferry line between their ports.")
    assert not [q for q in qs if "reopen" in q.text], [q.text for q in qs]


def test_quotes_precision_agree_that_clause_stays_a_quote():
    qs = quotes_of("The two ministers agreed that the ferry line should reopen before the summer season.")
    assert [q for q in qs if "ferry line should reopen" in q.text and q.cue == "agreed"], [q.text for q in qs]


def test_quotes_precision_bare_object_of_stance_verb_is_not_a_quote():
    qs = quotes_of("The European Union on Sunday condemned the shooting and called for calm in the capital.")
    assert not [q for q in qs if q.text == "the shooting"], [q.text for q in qs]


def test_quotes_precision_longer_object_of_stance_verb_stays_content():
    qs = quotes_of("The union rejected the company's revised pay offer for warehouse staff.")
    assert [q for q in qs if "revised pay offer" in q.text and q.cue == "rejected"], [q.text for q in qs]


def test_quotes_precision_title_phrase_speaker_is_the_named_person():
    # the parser makes the name an apposition of "spokesman"
    qs = quotes_of("The agency's chief spokesman, Tomas Varga, said the figures were wrong.")
    q = next(q for q in qs if "the figures were wrong" in q.text)
    assert q.speaker.name == "Tomas Varga"
    assert q.speaker.text == "Tomas Varga"
