"""Round 5 of the quotes work: where a content starts and stops (PolNeAR near misses) and
who speaks on unseen wire articles. Sentences written for these tests."""
from newsgraph import analyze

PUB = "2026-03-12"


def _quotes(text):
    return analyze(text, body_only=True, published=PUB).quotes


def _one(text, cue):
    qs = [q for q in _quotes(text) if q.cue == cue]
    assert len(qs) == 1, [(q.cue, q.text) for q in _quotes(text)]
    return qs[0]


# -- boundaries ---------------------------------------------------------------------------------

def test_quotes_round5_second_that_clause_is_said_too():
    q = _one("The mayor said the new bridge had eased traffic, but that more buses were needed downtown.", "said")
    assert q.text == "the new bridge had eased traffic, but that more buses were needed downtown"


def test_quotes_round5_medium_after_the_object_is_where_not_what():
    q = _one("The union leader criticized the new contract in a radio interview.", "criticized")
    assert q.text == "the new contract"


def test_quotes_round5_clause_with_its_own_subject_is_no_as_predicate():
    q = _one("The governor criticized the new budget as lawmakers gathered in the capital.", "criticized")
    assert q.text == "the new budget"
    # the as-predicate of a judgement stays: "described X as Y"
    q = _one("The minister described the budget as a work in progress.", "described")
    assert q.text == "the budget as a work in progress"


def test_quotes_round5_stance_noun_object_reports_what_it_is_about():
    q = _one("The committee showed little enthusiasm for the proposed merger.", "showed")
    assert q.text == "the proposed merger"


def test_quotes_round5_closing_apposition_stays_out_of_the_object():
    q = _one("The opposition leader praised the appointment of Maria Lopez, the new head of the electoral "
             "commission.", "praised")
    assert q.text == "the appointment of Maria Lopez"


def test_quotes_round5_next_act_after_a_present_tense_cue():
    qs = _quotes("The candidate adds that she has released ten years of tax returns and called on her rivals "
                 "to do the same.")
    adds = next(q for q in qs if q.cue == "adds")
    assert adds.text == "she has released ten years of tax returns"
    called = next(q for q in qs if q.cue == "called")
    assert called.text == "her rivals to do the same"
    assert called.speaker is not None and called.speaker.name == adds.speaker.name
