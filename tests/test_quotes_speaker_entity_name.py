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


def test_quotes_unnamed_spokesperson_speaks_for_the_body():
    an = analyze("The Presidential Council met on Monday. A spokesman for the Presidential Council, however, "
                 "said the council's decision was final.", body_only=True, published="2026-06-17")
    sp = an.quotes[0].speaker
    assert sp.name == "Presidential Council" and sp.entity is not None
    assert sp.text == "A spokesman for the Presidential Council"  # the words stay the mention


def test_quotes_group_speaker_name_leaves_out_where_they_are():
    names = _speakers("An Indian official in New Delhi, who spoke on condition of anonymity, said India "
                      "remained committed to the policy. Officials of the European Commission said the plan was dead.")
    assert names == ["Indian official", "Officials of the European Commission"]


def test_quotes_speaker_phrase_without_entity_drops_determiner():
    assert _speakers("At least three civilians were killed and 11 wounded, the health ministry said.") == ["health ministry"]


def test_quotes_state_body_speaking_after_the_states_dated_act_is_dated_by_it():
    an = analyze('Algeria hit back on Tuesday. Its Foreign Ministry summoned the envoy and said it '
                 '"categorically rejects the baseless accusations" made by Bamako.', body_only=True,
                 published="2025-08-27")
    assert [(q.speaker.name, q.date) for q in an.quotes] == [("Algeria's Foreign Ministry", "2025-08-26")]
    # another paragraph is another occasion
    an = analyze('Algeria hit back on Tuesday.\n\nIts Foreign Ministry said it "rejects the accusations".',
                 body_only=True, published="2025-08-27")
    assert [q.date for q in an.quotes] == [None]


def test_quotes_official_quoted_after_the_states_dated_statement_takes_its_date():
    text = ("Vietnam on Wednesday formally asked Cambodia to share data on the canal.\n\n"
            '"The Mekong belongs to all who live along it," Vietnamese foreign ministry spokeswoman Pham Thi Lan told '
            "a regular press briefing in Hanoi.\n\n"
            '"We will study it," Cambodian minister Sok Chenda said.')
    an = analyze(text, body_only=True, published="2025-11-20")
    dates = {q.speaker.name: q.date for q in an.quotes if q.speaker is not None}
    assert dates["Pham Thi Lan"] == "2025-11-19"
    assert dates.get("Sok Chenda") is None  # the other side's statement is not dated by it


def test_quotes_speaker_role_phrase_closed_by_a_name_is_that_person():
    # the parse hangs the name on the role phrase's last noun ("Jayapura"); news style names the
    # role's holder there, and a later "He" goes on with that person
    from newsgraph.pipeline import analyze

    a = analyze("A spokesman for the border command in Kupang, Major Rudi Hartono, said the patrol "
                "had turned back. He denied that the boats had entered Timorese waters.",
                body_only=True, published="2026-05-04")
    names = [q.speaker.name for q in a.quotes]
    assert names and all(n == "Rudi Hartono" for n in names), names
