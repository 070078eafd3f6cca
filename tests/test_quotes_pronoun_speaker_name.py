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
