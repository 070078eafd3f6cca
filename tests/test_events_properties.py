"""Events on arbitrary text: never raise, every offset points at its words (issue 6)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WORDS = ["Russia", "France", "Kenya", "officials", "troops", "the", "delegation", "sent", "attacked", "did", "not",
         "sign", "a", "treaty", "with", "on", "Monday", "said", "we", "will", "visit", "Seoul", "\"", ",", ".",
         "its", "denounced", "sanctions", "against", "could", "Iran", "and", "talks", "in", "2019", "\n\n"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
def test_events_properties_never_raise_and_offsets_hold(words):
    from newsgraph.pipeline import analyze
    from newsgraph.extract.plover_lexicon import CATEGORIES

    text = " ".join(words)
    if not text.strip(" \n\"',."):
        return
    an = analyze(text, body_only=True, published="2024-01-10")
    for ev in an.events:
        assert an.article.text[ev.start:ev.end] == ev.trigger
        assert ev.type in CATEGORIES
        assert ev.source is not None and ev.evidence
        assert ev.status in ("asserted", "negated", "hypothetical", "future", "historical", "alleged")
