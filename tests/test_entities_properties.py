"""Entities never raise and always keep exact offsets, whatever the text looks like."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.extract.context import Context
from newsgraph.extract.entities import extract_entities
from newsgraph.records import Article, Span

WORDS = ["Kim", "Jong-un", "North", "Korea", "NK", "U.S.", "(", ")", "JCS", "Joint", "Chiefs", "of", "Staff", "said",
         "the", "Kremlin", "spokesperson", "Dmitry", "Peskov", ",", ".", "\n", "President", "Lee", "who", "serves",
         "as", "in", "Moscow", "Idaho", "'s", "-", "SEOUL", "Theresa", "May", "Ministry", "Foreign", "a", "for",
         "Gen.", "Maj", "UN", "Security", "Council", "Putin-Kim", "Mazar-i-Sharif", "ROMANIA", "1996"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_entities_properties_offsets_and_ids_hold(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    article = Article(text=text, paragraphs=(Span(0, len(text)),), body_only=True)
    ents = extract_entities(doc, Context(article=article))
    ids = [e.id for e in ents]
    assert ids == [f"e{i}" for i in range(1, len(ents) + 1)]
    firsts = [e.mentions[0].start for e in ents]
    assert firsts == sorted(firsts)
    seen = set()
    for e in ents:
        assert e.affiliation is None or e.affiliation in ids
        for m in e.mentions:
            assert text[m.start:m.end] == m.text and m.text.strip()
            assert (m.start, m.end) not in seen  # a span belongs to one entity
            seen.add((m.start, m.end))
