"""Quotes follow-up (issue 5): constructions that are not reported speech, and title
phrases whose named person speaks. Sentences written for these tests."""
from __future__ import annotations

from newsgraph.pipeline import analyze

PUBLISHED = "2024-07-09"  # a Tuesday


def quotes_of(text: str):
    analysis = analyze(text, published=PUBLISHED, body_only=True)
    for q in analysis.quotes:
        assert analysis.article.text[q.start:q.end] == q.text
    return analysis.quotes


def test_quotes_precision_agree_to_infinitive_is_an_act():
    qs = quotes_of("Portugal and Morocco agreed on Monday to reopen the ferry line between their ports.")
    assert not [q for q in qs if "reopen" in q.text], [q.text for q in qs]


def test_quotes_precision_agree_that_clause_stays_a_quote():
    qs = quotes_of("The two ministers agreed that the ferry line should reopen before the summer season.")
    assert [q for q in qs if "ferry line should reopen" in q.text and q.cue == "agreed"], [q.text for q in qs]


def test_quotes_precision_bare_object_of_stance_verb_is_not_a_quote():
    qs = quotes_of("The European Union on Sunday condemned the shooting and called for calm in the capital.")
    assert not [q for q in qs if q.text == "the shooting"], [q.text for q in qs]


def test_quotes_precision_longer_object_of_stance_verb_stays_content():
    qs = quotes_of("The union rejected the company's revised pay offer for warehouse staff.")
    assert [q for q in qs if "revised pay offer" in q.text and q.cue == "rejected"], [q.text for q in qs]


def test_quotes_precision_title_phrase_speaker_is_the_named_person():
    # the parser makes the name an apposition of "spokesman"
    qs = quotes_of("The agency's chief spokesman, Tomas Varga, said the figures were wrong.")
    q = next(q for q in qs if "the figures were wrong" in q.text)
    assert q.speaker.name == "Tomas Varga"
    assert q.speaker.text == "Tomas Varga"


# -- recall: cues the first lexicon missed (issue 5 follow-up) ---------------------------

def test_quotes_recall_made_clear_that_is_a_cue():
    qs = quotes_of("The coach made clear that the team would not play on the damaged pitch.")
    q = next(q for q in qs if "would not play" in q.text)
    assert q.cue == "made clear"
    assert q.speaker.text == "The coach"


def test_quotes_recall_progressive_form_the_lemmatizer_misreads():
    qs = quotes_of("The farmers are hoping that the rain will return before the harvest.")
    q = next(q for q in qs if "the rain will return" in q.text)
    assert q.cue == "hoping"


def test_quotes_recall_copular_stance_noun_gives_its_subject_a_position():
    qs = quotes_of("The governor is a vocal advocate of charter schools.")
    q = next(q for q in qs if q.text == "charter schools")
    assert q.speaker.text == "The governor"
    assert q.cue == "advocate"


def test_quotes_recall_possessed_intention_noun_with_infinitive():
    qs = quotes_of("The mayor's plan to sell the city's water utility drew protests from residents.")
    assert [q for q in qs if q.text.startswith("to sell the city") and q.cue == "plan"], [q.text for q in qs]
    # the object of a stance verb: the critics' statement is about the whole plan
    qs = quotes_of("Critics attacked the mayor's plan to sell the city's water utility.")
    assert [(q.text, q.cue) for q in qs] == [("the mayor's plan to sell the city's water utility", "attacked")]


def test_quotes_recall_the_title_resolves_to_the_person_who_holds_it():
    qs = quotes_of("President Laura Chinchilla met farmers in Cartago on Monday. The president said the new "
                   "irrigation fund would be ready by March.")
    q = next(q for q in qs if "irrigation fund" in q.text)
    assert q.speaker.name == "Laura Chinchilla"
    assert q.speaker.text == "The president"
    assert any(ev.rule == "speaker-title" for ev in q.evidence)


def test_quotes_precision_declining_to_act_and_a_thing_aiming_are_not_statements():
    qs = quotes_of("The spokesman declined to give details of the visit. The core of the agreement is a pledge "
                   "to expand trade, and the treaty aims to lower tariffs.")
    assert not qs, [(q.cue, q.text) for q in qs]


def test_quotes_recall_according_to_a_finding_but_not_to_a_data_store():
    qs = quotes_of("According to early results of the exit poll, turnout rose in every district.")
    q = next(q for q in qs if "turnout rose" in q.text)
    assert q.cue == "According to"
    qs = quotes_of("The bridge opened in 1932, according to the city database.")
    assert not qs, [(q.cue, q.text) for q in qs]


def test_quotes_recall_participle_speaks_for_the_noun_it_modifies():
    qs = quotes_of("Last year the firm gave $2 million to a group backing Senator Maria Lopez.")
    q = next(q for q in qs if q.cue == "backing")
    assert q.text == "Senator Maria Lopez"
    assert q.speaker.text == "a group"


def test_quotes_recall_proper_noun_object_of_stance_verb_stays_content():
    qs = quotes_of("The farmers' union strongly supports Maria Lopez.")
    assert [q for q in qs if q.text == "Maria Lopez" and q.cue == "supports"], [(q.cue, q.text) for q in qs]


def test_quotes_precision_participle_of_a_thing_does_not_speak():
    qs = quotes_of("Investors studied a graph showing steep losses in the third quarter.")
    assert not [q for q in qs if q.cue == "showing"], [(q.cue, q.text) for q in qs]


def test_quotes_recall_statement_inside_a_relative_clause():
    qs = quotes_of("Mayor Ellen Novak promised a new footbridge over the river, which she said the regional "
                   "government should also pay for.")
    q = next(q for q in qs if q.cue == "said")
    assert q.text == "the regional government should also pay for"
    assert q.speaker.name == "Ellen Novak"
