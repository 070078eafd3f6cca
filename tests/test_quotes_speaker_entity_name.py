"""A speaker named by an entity carries the entity's name, not the words of the phrase
(sentences written for these tests)."""
from __future__ import annotations

from newsgraph.pipeline import analyze


def _speakers(text: str) -> list[str]:
    an = analyze(text, body_only=True, published="2025-08-27")
    return [q.speaker.name for q in an.quotes if q.speaker is not None]


def test_quotes_speaker_drops_the_determiner_of_its_entity():
    names = _speakers("The Algerian Defence Ministry said on Sunday that its units had destroyed a drone.")
    assert names == ["Algerian Defence Ministry"]


def test_quotes_speaker_its_ministry_is_named_for_the_country_before():
    names = _speakers('Algeria hit back on Tuesday. Its Foreign Ministry summoned the envoy and said it '
                      '"categorically rejects the baseless accusations" made by Bamako.')
    assert names == ["Algeria's Foreign Ministry"]
