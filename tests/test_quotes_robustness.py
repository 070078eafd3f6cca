"""Quotes: the extractor never raises on odd punctuation and keeps every offset true."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.clean.body_only import clean_body_only
from newsgraph.extract.context import Context
from newsgraph.extract.quotes import extract_quotes, find_quote_regions

PIECES = ['"', "\u201c", "\u201d", "\u2018", "\u2019", ":", ",", ".", "\n\n", " said ", "Anna Berg", " he ",
          " told reporters ", "according to ", "We will win", " the plan ", "Says ", "that "]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_quotes_robust_offsets_hold_on_arbitrary_marks(nlp, pieces):
    text = "".join(pieces)
    article = clean_body_only(text)
    doc = nlp(article.text)
    for r in find_quote_regions(article.text, article.paragraphs):
        assert 0 <= r.outer_start <= r.start <= r.end <= r.outer_end <= len(article.text)
    for q in extract_quotes(doc, Context(article=article)):
        assert article.text[q.start:q.end] == q.text
        assert q.kind in {"direct", "mixed", "indirect"}
        if q.cue_start is not None:
            assert article.text[q.cue_start:q.cue_end] == q.cue
        if q.speaker is not None and q.speaker.start is not None:
            assert article.text[q.speaker.start:q.speaker.end] == q.speaker.text
