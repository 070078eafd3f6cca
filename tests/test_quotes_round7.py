"""Round 7 of the quotes work: content boundaries found by counting PolNeAR's near misses (a
quote of ours overlapping a gold content but failing the half-of-each rule) and the one recall
class that cleared a precision bar. Sentences written for these tests."""
from conftest import body_quotes, quote_by_cue

PUB = "2026-03-12"


def _quotes(text):
    return body_quotes(text, published=PUB)


def _one(text, cue):
    return quote_by_cue(text, cue, published=PUB)


# -- a negated "did not" / "would not" verb is the speaker's next act ------------------------------

def test_quotes_round7_negated_did_not_verb_is_the_speakers_next_act():
    q = _one("The mayor said the new depot will open in May but did not discuss its cost.", "said")
    assert q.text == "the new depot will open in May"


def test_quotes_round7_negated_past_modal_verb_is_the_speakers_next_act():
    q = _one("The senator said she has no plans to change her vote and would not name the issues that could "
             "sway her.", "said")
    assert q.text == "she has no plans to change her vote"


def test_quotes_round7_coordinated_verb_of_the_reported_clause_stays_in_it():
    # neither negated nor past-marked: both verbs belong to what was said
    q = _one("Officials said the storm damaged the harbour and will close the ferry for a week.", "said")
    assert q.text == "the storm damaged the harbour and will close the ferry for a week"


# -- a conjunction left dangling by the parse --------------------------------------------------------

def test_quotes_round7_conjunct_the_parser_hung_from_the_verb_joins_the_object():
    q = _one("The commission has offered no specifics about funding or why the new rules would be any more "
             "effective.", "offered")
    assert q.text == "no specifics about funding or why the new rules would be any more effective"


def test_quotes_round7_conjunct_joins_a_phrasal_cue_object():
    q = _one("He refused to rule out new curfews or closing the border entirely.", "rule out")
    assert q.text == "new curfews or closing the border entirely"


def test_quotes_round7_second_report_after_the_conjunction_stays_out():
    qs = _quotes("Most voters said they were satisfied with the mayor and 60 percent said they would like to see "
                 "him run again.")
    assert sorted(q.text for q in qs) == ["they were satisfied with the mayor", "they would like to see him run again"]


# -- a short object whose determiner points back or quantifies ----------------------------------------

def test_quotes_round7_pointing_determiner_object_is_content():
    q = _one("The company denied any wrongdoing.", "denied")
    assert q.text == "any wrongdoing"
    assert q.speaker is not None and q.speaker.text == "The company"


def test_quotes_round7_demonstrative_object_is_content():
    q = _one("Governor Alma Reyes rejected that idea on Thursday.", "rejected")
    assert q.text == "that idea"
    assert q.speaker is not None and q.speaker.name == "Alma Reyes"


def test_quotes_round7_bare_definite_object_is_still_no_statement():
    # "condemned the attack" names what is judged, not what is said
    assert not [q for q in _quotes("The foreign minister condemned the attack.") if q.cue == "condemned"]


def test_quotes_round7_negated_passive_conjunct_stays_in_the_reported_clause():
    q = _one("The port director said the cargo had been seized and would not be released.", "said")
    assert q.text == "the cargo had been seized and would not be released"


# -- a first-person belief stated outside quotation marks --------------------------------------------

def test_quotes_round7_first_person_belief_is_a_report():
    q = _one("I think the new harbour tax will drive the ferries away.", "think")
    assert q.text == "the new harbour tax will drive the ferries away"
    assert q.speaker is not None and q.speaker.text == "I"


def test_quotes_round7_first_person_aside_and_question_are_no_reports():
    qs = _quotes("The harbour tax is, I guess, here to stay.\n\nDo you think the ferries will stay?\n\n"
                 "You know the ferries are leaving.")
    assert not [q for q in qs if q.cue in {"guess", "think", "know"}]


# -- a trailing cue the parser joined as a conjunct --------------------------------------------------

def test_quotes_round7_trailing_cue_parsed_as_conjunct_reports_the_clause_before():
    q = _one("Under the decision, four Chinese officers currently working alongside Fijian investigators in Suva "
             "and Nadi will leave by the end of October, Home Affairs Minister Semi Vuniwai told parliament on "
             "Tuesday afternoon.", "told")
    assert q.text.startswith("Under the decision, four Chinese officers")
    assert q.text.endswith("by the end of October")
    assert q.speaker is not None and q.speaker.name == "Semi Vuniwai"


def test_quotes_round7_trailing_cue_after_a_coordinated_clause_reports_both():
    q = _one('The agency "deplores" the step and has asked Tehran to reconsider it, IAEA spokesperson Martina Holz '
             'told reporters.', "told")
    assert q.text == 'The agency "deplores" the step and has asked Tehran to reconsider it'
    assert q.speaker is not None and q.speaker.name == "Martina Holz"


def test_quotes_round7_verb_joined_by_and_is_no_trailing_cue():
    # "and" joins a second act of the same sentence, not an aside naming the source
    qs = _quotes("The ferry company cut its timetable and the mayor told reporters about the strike.")
    assert not [q for q in qs if q.cue == "told" and "timetable" in q.text]


# -- the name given, and a document that speaks --------------------------------------------------------

def test_quotes_round7_name_given_read_as_apposition_is_the_content():
    q = _one('Deputy Prime Minister Sherzod Karimov called the accord "a model of good-neighbourliness".', "called")
    assert q.text == "a model of good-neighbourliness"
    assert q.speaker is not None and q.speaker.name == "Sherzod Karimov"


def test_quotes_round7_participle_of_a_document_speaks_for_it():
    q = _one('Officials handed him a protest note calling the killings "a grave violation of human rights and of '
             'bilateral agreements."', "calling")
    assert "a grave violation of human rights" in q.text
    assert q.speaker is not None and "note" in q.speaker.text


def test_quotes_round7_past_perfect_complement_keeps_its_coordinated_verb():
    # the complement is in the past already: the second past verb continues it
    q = _one("The ministry's spokesperson said the agency had shared its data with the inspectors in July and "
             "remained open to joint monitoring.", "said")
    assert q.text == "the agency had shared its data with the inspectors in July and remained open to joint monitoring"


def test_quotes_round7_present_complement_still_stops_before_the_speakers_next_act():
    q = _one("The governor said she has signed the budget and called on lawmakers to pass the tax bill.", "said")
    assert q.text == "she has signed the budget"


def test_quotes_round7_finite_verb_after_a_relative_clause_has_the_name_as_subject():
    q = _one('Cross River State governor Bassey Otu, who visited wounded survivors in hospital on Monday, called on '
             'the federal government to "take every step" to protect its citizens.', "called")
    assert "take every step" in q.text
    assert q.speaker is not None and q.speaker.name == "Bassey Otu"
