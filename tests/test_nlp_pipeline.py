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


def test_nlp_title_abbreviation_is_one_token_and_no_sentence_end(nlp):
    doc = nlp("The attackers wore uniforms, army spokesman Brig. Gen. Moses Okello said on Monday. "
              "Lt. Col. Anna Berg and Sgt. Tom Ruiz left.")
    words = [t.text for t in doc]
    assert "Brig." in words and "Lt." in words and "Sgt." in words
    assert [s.text.split()[0] for s in doc.sents] == ["The", "Lt."]


def test_nlp_title_abbreviation_does_not_glue_sentences_without_a_name(nlp):
    # a full stop after an abbreviation followed by a lower-case word keeps the parser's choice;
    # a real sentence end after a name still ends the sentence
    doc = nlp("The report was signed by Gen. Ali. Talks resume on Monday.")
    assert len(list(doc.sents)) == 2


def test_entities_speaker_behind_rank_abbreviations():
    from newsgraph.pipeline import analyze

    an = analyze('"The attackers were in uniform," army spokesman Brig. Gen. Moses Okello said on Monday.',
                 body_only=True, published="2026-04-22")
    assert [q.speaker.name for q in an.quotes] == ["Moses Okello"]
    assert not any(e.name in {"Maj", "Gen", "Brig"} for e in an.entities)
