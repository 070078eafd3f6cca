"""A statement takes the date of the occasion its speaker was just said to be at: the
sentence before it, in the same paragraph, has the speaker as subject and its own time
expression ("X went further in an interview on Tuesday evening. "...," he said.")."""
from newsgraph import analyze

TEXT = ("Tunisian Trade Minister Samir Haddad went further in an interview with state radio on Tuesday "
        "evening. \"Tunisia has always kept its word,\" he said. \"But we will not be threatened.\"\n\n"
        "Italian President Carla Bruni struck a calm tone in a televised address on Wednesday. "
        "\"We will keep talking,\" she said.\n\n"
        "Farmers marched in Tunis on Monday. \"We are ruined,\" Haddad said.")


def _quote(an, words):
    return next(q for q in an.quotes if words in q.text)


def test_quotes_occasion_dates_the_statement_after_it():
    an = analyze(TEXT, body_only=True, published="2026-10-22")
    for words, date in (("kept its word", "2026-10-20"), ("not be threatened", "2026-10-20"),
                        ("keep talking", "2026-10-21")):
        q = _quote(an, words)
        assert q.date == date, (words, q.date)
        assert any(e.rule == "date-occasion" for e in q.evidence)


def test_quotes_occasion_of_someone_else_gives_no_date():
    an = analyze(TEXT, body_only=True, published="2026-10-22")
    q = _quote(an, "We are ruined")
    assert q.speaker.name == "Samir Haddad"
    assert not any(e.rule == "date-occasion" for e in q.evidence)


EVENT_TEXT = ("Brazil and Peru signed an expanded trade agreement on Thursday in Lima.\n\n"
              "\"This is a political decision,\" Ferrer said at the signing ceremony. \"We waited too long.\"\n\n"
              "The foreign ministers of Chile and Bolivia met in La Paz on Tuesday for talks on water. "
              "\"The door is open again,\" Rojas said after the talks.\n\n"
              "\"We are ready,\" Diaz said at the meeting of the council.")


def test_quotes_said_at_an_occasion_the_article_dated_takes_its_date():
    an = analyze(EVENT_TEXT, body_only=True, published="2026-09-11")
    for words, date in (("political decision", "2026-09-10"), ("waited too long", "2026-09-10"),
                        ("door is open", "2026-09-08")):
        q = _quote(an, words)
        assert q.date == date, (words, q.date)
        assert any(e.rule == "date-occasion-event" for e in q.evidence)


def test_quotes_an_occasion_named_otherwise_is_not_the_dated_one():
    an = analyze(EVENT_TEXT, body_only=True, published="2026-09-11")
    assert _quote(an, "We are ready").date is None  # "the meeting of the council" is another meeting


def test_quotes_statement_frame_dates_what_is_said():
    text = ("In a statement read on state television on Monday night, Foreign Minister Ramon Ibarra said his "
            "government \"does not recognise\" the court.\n\nAt a briefing held on Wednesday, spokeswoman Ana Lim "
            "said talks would resume.\n\nIn a statement, the council said the North had broken the truce on Sunday.")
    an = analyze(text, body_only=True, published="2026-10-08")
    assert _quote(an, "does not recognise").date == "2026-10-05"
    assert _quote(an, "talks would resume").date == "2026-10-07"
    assert any(e.rule == "date-frame" for e in _quote(an, "talks would resume").evidence)
    assert _quote(an, "broken the truce").date is None  # Sunday dates the breach, not the statement


def test_quotes_signing_ceremony_of_what_the_lead_says_was_agreed():
    text = ("Chad and Niger agreed on Monday to pull their troops back from the border.\n\n"
            "\"This is a first step,\" she told reporters after the signing ceremony.")
    an = analyze(text, body_only=True, published="2026-06-23")
    assert _quote(an, "first step").date == "2026-06-22"
