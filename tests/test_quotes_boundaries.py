"""Quotes: where a reported clause ends and the speaker's next act begins (PolNeAR round 2),
on sentences written for these tests."""
from __future__ import annotations

from newsgraph.pipeline import analyze

PUBLISHED = "2024-07-09"


def quotes_of(text: str):
    analysis = analyze(text, published=PUBLISHED, body_only=True)
    for q in analysis.quotes:
        assert analysis.article.text[q.start:q.end] == q.text
    return analysis.quotes


def test_quotes_boundaries_speakers_next_past_act_is_not_content():
    qs = quotes_of("The governor said she has signed the budget and called on lawmakers to pass the tax bill.")
    said = [q for q in qs if q.cue == "said"]
    assert [q.text for q in said] == ["she has signed the budget"]
    called = [q for q in qs if q.cue and q.cue.startswith("called")]
    assert called and "pass the tax bill" in called[0].text
    assert called[0].speaker.text == "The governor"


def test_quotes_boundaries_second_reporting_verb_is_a_second_statement():
    qs = quotes_of("The union leader told reporters the strike would go on and said talks had failed.")
    told = [q for q in qs if q.cue == "told"]
    assert [q.text for q in told] == ["the strike would go on"]
    said = [q for q in qs if q.cue == "said"]
    assert said and said[0].text == "talks had failed" and said[0].speaker.text == "The union leader"


def test_quotes_boundaries_past_tense_complement_keeps_its_conjunct():
    # both verbs are the storm's: the coordination is inside what officials said
    qs = quotes_of("Officials said the storm destroyed homes and killed three people.")
    assert [q.text for q in qs] == ["the storm destroyed homes and killed three people"]


def test_quotes_boundaries_call_on_with_infinitive():
    qs = quotes_of("The foreign minister called on the rebels to lay down their arms.")
    assert [q.text for q in qs] == ["the rebels to lay down their arms"]


def test_quotes_boundaries_reporter_words_before_quotation_make_it_mixed():
    qs = quotes_of('The ministry said the port had "repeatedly ignored safety rules" and fined its operator.')
    q = [q for q in qs if "safety rules" in q.text][0]
    assert q.kind == "mixed" and q.text.startswith("the port had")


def test_quotes_evidential_seems_to_reports_subject_and_complement_without_source():
    qs = quotes_of("The ceasefire seemed to hold through the night.")
    assert [(q.text, q.speaker) for q in qs] == [("The ceasefire seemed to hold through the night", None)]


def test_quotes_evidential_agentless_expected_to():
    qs = quotes_of("The merger is expected to close in March.")
    assert [q.text for q in qs] == ["The merger is expected to close in March"]
    assert qs[0].speaker is None and qs[0].cue == "expected"


def test_quotes_evidential_not_for_an_appearance_or_a_named_expecter():
    assert quotes_of("The minister appeared in court on Monday.") == ()
    qs = quotes_of("Analysts expected the bank to raise rates.")
    assert all(q.speaker is not None for q in qs)


def test_quotes_adjective_cue_that_clause_speaker_is_the_subject():
    qs = quotes_of("The governor's aides were optimistic that the bill would pass.")
    assert [(q.text, q.cue, q.speaker.text) for q in qs] == [
        ("the bill would pass", "optimistic", "The governor's aides")]


def test_quotes_adjective_cue_prepositional_object():
    qs = quotes_of("The union has been critical of the new pension rules.")
    assert [(q.text, q.speaker.text) for q in qs] == [("the new pension rules", "The union")]


def test_quotes_adjective_cue_not_for_things_or_forecasts():
    assert quotes_of("The store is open on Sundays.") == ()
    assert quotes_of("The senator is certain to win the primary.") == ()


def test_quotes_adjective_cue_expletive_unclear_has_no_source():
    qs = quotes_of("It is unclear whether the ceasefire will hold.")
    assert [(q.text, q.speaker) for q in qs] == [("the ceasefire will hold", None)]


def test_quotes_unowned_nominal_cue_reports_its_that_clause():
    qs = quotes_of("The vote deepened concerns that the coalition would collapse before the budget.")
    assert [(q.text, q.speaker, q.cue) for q in qs] == [
        ("the coalition would collapse before the budget", None, "concerns")]


def test_quotes_nominal_cue_in_apposition_speaks_for_its_anchor():
    qs = quotes_of("Mayor Rosa Delgado, a longtime critic of the tunnel project, spoke at the rally.")
    assert [(q.text, q.speaker.name) for q in qs] == [("the tunnel project", "Rosa Delgado")]


def test_quotes_refusal_to_comment_is_a_statement_of_its_subject():
    qs = quotes_of("The defence ministry declined to comment.")
    assert [(q.text, q.cue, q.speaker.text) for q in qs] == [("to comment", "declined", "The defence ministry")]


def test_quotes_refusal_to_act_is_not_a_statement():
    assert quotes_of("The protesters refused to leave the square.") == ()


def test_quotes_refusal_to_say_whether_stays_the_inner_statement():
    qs = quotes_of("The spokesman declined to say whether the talks would resume.")
    assert [(q.text, q.cue) for q in qs] == [("the talks would resume", "say")]


def test_quotes_statement_noun_to_names_the_audience_not_the_content():
    assert quotes_of("The senator's speech to the convention lasted an hour.") == ()
    qs = quotes_of("The senator's warning about the deficit went unheeded.")
    assert [q.text for q in qs] == ["the deficit"]
