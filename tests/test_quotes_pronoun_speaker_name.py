"""A pronoun speaker is named by the person's name, never by the title phrase the tagger
took into the name ("Kazakh Agriculture Minister Daniyar Seitkali")."""
from newsgraph import analyze

TEXT = ("Farmers blocked a highway last month, and police detained at least a dozen of them. Kazakh Agriculture Minister Daniyar Seitkali told parliament "
        "at the time that the government was doing \"everything possible\" to secure supplies.\n\n"
        "\"Our farmers cannot wait for another season of empty canals,\" he said on Monday.")


def test_quotes_pronoun_speaker_takes_the_entity_name_without_title():
    an = analyze(TEXT, body_only=True, published="2026-06-02")
    person = next(e for e in an.entities if e.type == "PERSON")
    assert person.name == "Daniyar Seitkali"
    q = next(q for q in an.quotes if "empty canals" in q.text)
    assert q.speaker.text == "he"
    assert q.speaker.name == "Daniyar Seitkali" and q.speaker.entity == person.id


def test_quotes_its_ministry_is_named_for_the_state_it_stands_for():
    text = ("Chile, Peru's partner in the Pacific Alliance, also objected. Its foreign ministry said in a "
            "statement late on Thursday that Lima had failed to consult its partners.")
    an = analyze(text, body_only=True, published="2026-09-11")
    q = next(q for q in an.quotes if "failed to consult" in q.text)
    assert q.speaker.name == "Chile's foreign ministry"
    assert q.speaker.text == "Its foreign ministry"
    ev = next(e for e in q.evidence if e.rule == "speaker-possessive")
    assert ev.anchor == next(e.id for e in an.entities if e.name == "Chile")


def test_quotes_its_never_stands_for_a_person():
    text = ("Minister Ana Ruiz spoke first. Its spokesman said on Thursday that the talks had failed.")
    an = analyze(text, body_only=True, published="2026-09-11")
    q = next(q for q in an.quotes if "talks had failed" in q.text)
    assert "Ruiz" not in q.speaker.name


def test_quotes_she_continues_a_speaker_named_only_by_role():
    text = ("The Chinese foreign ministry's spokesperson told a regular briefing on Thursday that the drills "
            "were \"dangerous.\"\n\n\"Beijing will take all necessary measures,\" she said.\n\n"
            "Officials in Manila said the drills were routine. \"We are not afraid,\" they said.")
    an = analyze(text, body_only=True, published="2026-05-30")
    q = next(q for q in an.quotes if "necessary measures" in q.text)
    assert q.speaker.name == "Chinese foreign ministry's spokesperson" and q.speaker.text == "she"
    assert q.date == "2026-05-28"
    group = next(q for q in an.quotes if "not afraid" in q.text)
    assert group.speaker.name == "Officials in Manila"  # a group is never a "she"


def test_quotes_apposition_inside_a_speaker_phrase_is_not_its_name():
    text = ("Brazil rejected the criticism on Friday. A spokesperson for Itamaraty, Brazil's foreign ministry, "
            "told the newspaper that the agreement \"fully respects Mercosur rules.\"")
    an = analyze(text, body_only=True, published="2026-09-11")
    q = next(q for q in an.quotes if "Mercosur rules" in q.text)
    # an unnamed spokesperson speaks for the body (Itamaraty), and the apposition is no part of it
    assert q.speaker.name == "Itamaraty"
    assert "Brazil's foreign ministry" not in q.speaker.text
    assert an.article.text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_quotes_she_continues_an_untagged_full_name_not_an_earlier_role():
    # the tagger finds no person in "Aminata Diallo-Koné": the speaker phrase is all there is
    text = ("A spokeswoman said aid programmes would continue.\n\nAminata Diallo-Koné, ECOWAS commissioner for "
            "political affairs, said the bloc was prepared to ease the sanctions step by step. \"The door to "
            "dialogue is open,\" she told reporters by telephone.")
    an = analyze(text, body_only=True, published="2026-01-29")
    q = next(q for q in an.quotes if "door to dialogue" in q.text)
    assert q.speaker.name == "Aminata Diallo-Koné", q.speaker
