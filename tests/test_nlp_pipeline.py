"""The parse every extractor reads: the pinned pipeline plus paragraph-break sentence starts."""
from __future__ import annotations

from newsgraph.nlp import MODEL_PACKAGE, MODEL_VERSION, PARAGRAPH_COMPONENT


def test_nlp_pinned_model_is_loaded(nlp):
    assert nlp.meta["version"] == MODEL_VERSION
    assert MODEL_PACKAGE.startswith("en_core_web_sm")
    assert PARAGRAPH_COMPONENT in nlp.pipe_names
    assert nlp.pipe_names.index(PARAGRAPH_COMPONENT) < nlp.pipe_names.index("parser")


def test_nlp_blank_line_ends_a_sentence(nlp):
    doc = nlp("Seoul and Tokyo agree to resume talks\n\nSouth Korean minister Han, right, shakes hands.\n\n"
              'MANILA, March 23 (Reuters) - He said, "We will go."\n\n"It is over," she said.')
    starts = [s.text.strip()[:12] for s in doc.sents]
    assert starts[:2] == ["Seoul and To", "South Korean"]
    assert any(s.startswith("MANILA") for s in starts)
    # a closing quotation mark stays with the sentence it closes
    assert all(not s.startswith('"\n') and s != '"' for s in starts)
    assert any(s.text.rstrip().endswith('go."') for s in doc.sents)


def test_nlp_single_newline_is_not_a_break(nlp):
    doc = nlp("The minister said the talks\nwould resume next week.")
    assert len(list(doc.sents)) == 1
