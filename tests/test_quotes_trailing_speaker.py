"""'..., the military's media wing, Inter-Services Public Relations, said.': when the parser
leaves a sentence-final verb of saying without a subject, the comma-set phrase before it is
the speaker and the sentence up to it the content."""
from newsgraph import analyze

TEXT = ("Two civilians, including a 12-year-old girl, were killed by shelling in the Nakyal area of "
        "Kashmir, the military's media wing, Inter-Services Public Relations, said. It accused the other side "
        "of \"deliberately targeting civilians\".")


def test_quotes_trailing_speaker_with_apposition():
    an = analyze(TEXT, body_only=True, published="2026-03-12")
    q = next(q for q in an.quotes if "Two civilians" in q.text)
    assert q.kind == "indirect"
    assert q.text.endswith("area of Kashmir"), q.text
    assert q.speaker.name == "Inter-Services Public Relations"  # the apposition's proper name
    assert any(e.rule == "indirect-verb-cue-trailing-parenthetical" for e in q.evidence), q.evidence
    # "It" then stands for that speaker
    it = next(q for q in an.quotes if "targeting" in q.text)
    assert it.speaker.name == "Inter-Services Public Relations", it.speaker


def test_quotes_trailing_speaker_needs_a_bare_noun_phrase():
    an = analyze("He went home, then left, and nobody said.", body_only=True, published="2026-03-12")
    assert not an.quotes
