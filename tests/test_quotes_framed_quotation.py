"""A quotation opened right after a word of the reporter's own clause ("that", "of", "to",
"as", "for") is a mixed quote, however much of the content it covers; a quotation the cue
introduces directly stays direct."""
import pytest

from newsgraph import analyze


@pytest.mark.parametrize("text,words", [
    ("Minister Ana Lim emphasized that \"any form of cooperation must respect the resolutions.\"", "any form"),
    ("The minister urged them to \"go further.\"", "go further"),
    ("Defence Minister Iaia Camara accused Senegal of \"acting with excessive zeal.\"", "excessive zeal"),
])
def test_quotes_framed_quotation_is_mixed(text, words):
    an = analyze(text, body_only=True, published="2026-01-29")
    q = next(q for q in an.quotes if words in q.text)
    assert q.kind == "mixed", (q.kind, q.text)


@pytest.mark.parametrize("text", ["Lim said: \"We will act.\"", "\"We will act,\" Lim said."])
def test_quotes_cue_introduced_quotation_stays_direct(text):
    an = analyze(text, body_only=True, published="2026-01-29")
    q = next(q for q in an.quotes if "We will act" in q.text)
    assert q.kind == "direct"
