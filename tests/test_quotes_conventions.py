"""Quotes: typesetting conventions and what counts as one statement (issue 5, PolNeAR round).

Sentences written for these tests."""
from __future__ import annotations

from newsgraph.clean.body_only import split_paragraphs
from newsgraph.extract.quotes import find_quote_regions
from newsgraph.pipeline import analyze

PUBLISHED = "2024-07-09"


def quotes_of(text: str):
    analysis = analyze(text, published=PUBLISHED, body_only=True)
    for q in analysis.quotes:
        assert analysis.article.text[q.start:q.end] == q.text
    return analysis.quotes


def with_text(quotes, fragment: str):
    return [q for q in quotes if fragment in q.text]


# -- ASCII quotation marks ----------------------------------------------------------------

def test_quotes_ascii_double_apostrophes_are_quotation_marks():
    text = "''We will rebuild the bridge by winter,'' Mayor Ellen Novak said."
    regions = find_quote_regions(text, split_paragraphs(text))
    assert [text[r.start:r.end] for r in regions] == ["We will rebuild the bridge by winter,"]
    assert (regions[0].outer_start, regions[0].outer_end) == (0, text.index(" Mayor"))
    q = with_text(quotes_of(text), "rebuild the bridge")
    assert len(q) == 1 and q[0].kind == "direct" and q[0].text == "We will rebuild the bridge by winter,"
    assert q[0].speaker.name == "Ellen Novak"


def test_quotes_ascii_backtick_marks_open_a_quotation():
    text = "The judge said, ``The hearing is postponed until March.''"
    regions = find_quote_regions(text, split_paragraphs(text))
    assert [text[r.start:r.end] for r in regions] == ["The hearing is postponed until March."]


def test_quotes_single_apostrophe_is_no_quotation_mark():
    text = "The players' union said the owners' offer was unfair."
    assert find_quote_regions(text, split_paragraphs(text)) == []


# -- one statement, not two -------------------------------------------------------------

def test_quotes_cue_inside_a_reported_clause_is_part_of_it():
    qs = quotes_of("The mayor said she believes the bridge will reopen in May.")
    assert [q.text for q in qs] == ["she believes the bridge will reopen in May"]
    assert qs[0].cue == "said"


def test_quotes_parenthetical_cue_inside_according_to_clause_stays():
    qs = quotes_of("According to the report, the minister said the plan had failed.")
    said = [q for q in qs if q.cue == "said"]
    assert [q.text for q in said] == ["the plan had failed"], [(q.text, q.cue) for q in qs]


# -- what a sentence adverbial attributes -------------------------------------------------

def test_quotes_according_to_at_the_end_reports_the_whole_sentence():
    qs = quotes_of("Ruiz won 41 percent, Okafor had 38 percent and Lind took 12 percent, according to the tally.")
    q = [q for q in qs if q.cue == "according to"]
    assert [x.text for x in q] == ["Ruiz won 41 percent, Okafor had 38 percent and Lind took 12 percent"]
    assert q[0].speaker.text == "the tally"


def test_quotes_according_to_an_outlet_or_a_profile_is_a_source():
    qs = quotes_of("The pilot had flown for the airline since 2004, according to his online profile.")
    assert [q.text for q in qs] == ["The pilot had flown for the airline since 2004"]
    qs = quotes_of("According to Reuters, the talks will resume on Friday.")
    assert [q.text for q in qs] == ["the talks will resume on Friday"]


def test_quotes_according_to_a_plan_is_no_source():
    assert not quotes_of("The bridge reopened in May, according to plan.")


def test_quotes_a_finding_opening_the_sentence_reports_it():
    qs = quotes_of("In a new Marist survey, turnout among young voters rose to 40 percent.")
    q = [q for q in qs if q.cue.startswith("In")]
    assert [x.text for x in q] == ["turnout among young voters rose to 40 percent"]


def test_quotes_in_the_polls_is_an_idiom_not_a_source():
    assert not [q for q in quotes_of("The governor is rising in the polls.") if q.cue and q.cue.startswith("in")]


# -- judgements: an object and what it is taken to be -----------------------------------

def test_quotes_object_with_as_complement_is_the_judgement():
    qs = quotes_of("Senator Hal Brook described the budget as a work in progress.")
    assert [q.text for q in qs] == ["the budget as a work in progress"]
    qs = quotes_of("Most farmers see the tariff as a threat to their livelihood.")
    assert [q.text for q in qs] == ["the tariff as a threat to their livelihood"]


def test_quotes_see_without_as_is_perception():
    assert not quotes_of("The farmers saw the new tariff schedule at the market on Monday.")


def test_quotes_one_word_name_object_is_a_stance():
    qs = quotes_of("Governor Ana Ruiz endorsed Okafor last week.")
    assert [(q.text, q.cue) for q in qs] == [("Okafor", "endorsed")]
    assert not quotes_of("The officials said so.")


def test_quotes_call_takes_no_preposition_before_it():
    qs = quotes_of("On Twitter, the senator called the proposal \u201creckless.\u201d")
    assert [q.text for q in qs] == ["the proposal \u201creckless.\u201d"]


def test_quotes_stance_on_a_position_takes_the_whole_phrase():
    qs = quotes_of("The council condemned the mayor\u2019s call for a curfew on Friday.")
    assert [(q.text, q.cue) for q in qs] == [("the mayor\u2019s call for a curfew", "condemned")]
    qs = quotes_of("At the dinner, the attendees expressed their support for the new mayor.")
    assert [(q.text, q.cue) for q in qs] == [("their support for the new mayor", "expressed")]


def test_quotes_that_clause_hung_from_the_statement_noun_is_the_content():
    qs = quotes_of("Campaign strategist John Weaver says in a statement that the race is now a two-man contest.")
    assert [(q.text, q.cue) for q in qs] == [("the race is now a two-man contest", "says")]


# -- questions -------------------------------------------------------------------------------

def test_quotes_a_question_is_a_statement_even_when_the_asker_is_unnamed():
    qs = quotes_of("The reporter asked the senator whether he would run again.")
    assert [(q.text, q.cue, q.speaker.text) for q in qs] == [("he would run again", "asked", "The reporter")]
    qs = quotes_of("Asked if the plant would close, the manager shrugged.")
    assert [(q.text, q.speaker) for q in qs] == [("the plant would close", None)]


def test_quotes_a_relative_clause_after_a_comma_ends_the_content():
    qs = quotes_of("Senator Hal Brook acknowledged the cost of the new dam, which critics have called wasteful.")
    assert [q.text for q in qs if q.cue == "acknowledged"] == ["the cost of the new dam"]


def test_quotes_blame_and_praise_keep_who_is_judged():
    qs = quotes_of("The governor blasted the media for its coverage of the flood.")
    assert [q.text for q in qs] == ["the media for its coverage of the flood"]
    qs = quotes_of("The envoy warned Russia against further provocations near the border.")
    assert [q.text for q in qs] == ["Russia against further provocations near the border"]


def test_quotes_trailing_according_to_and_participle_stay_out_of_the_complement():
    qs = quotes_of("Mayor Ellen Novak said the bridge will reopen in May, according to the city's website.")
    said = [q for q in qs if q.cue == "said"]
    assert [q.text for q in said] == ["the bridge will reopen in May"]


def test_quotes_call_for_someone_to_act():
    qs = quotes_of("The senator also called for all candidates to release their tax returns.")
    assert [(q.text, q.cue) for q in qs] == [("all candidates to release their tax returns", "called")]


def test_quotes_topic_after_the_addressee():
    qs = quotes_of("The governor is talking to voters about the new highway tolls.")
    assert [(q.text, q.cue) for q in qs] == [("the new highway tolls", "talking")]


def test_quotes_a_plan_to_act_is_a_stated_intention():
    qs = quotes_of("The union plans to strike at the port next month.")
    assert [(q.text, q.speaker.text) for q in qs] == [("to strike at the port next month", "The union")]


def test_quotes_colon_headline_with_a_name_the_tagger_missed():
    text = ("Okafor: Bridge Tolls Will Fall Next Year.\n\n"
            "Transport Minister Paul Okafor said on Sunday that tolls on the new bridge would be cut.")
    qs = quotes_of(text)
    head = [q for q in qs if q.cue == ":"]
    assert [q.text for q in head] == ["Bridge Tolls Will Fall Next Year."]
    assert not [q for q in quotes_of("Update: The bridge is closed.\n\nThe ministry gave no reason.") if q.cue == ":"]


def test_quotes_hopes_is_read_as_hope():
    for text in ("The mayor hopes the bridge will reopen in May.", "The mayor hoped the bridge would reopen in May."):
        qs = quotes_of(text)
        assert [q.speaker.text for q in qs] == ["The mayor"], text


def test_quotes_passive_for_to_clause_and_deep_that_clause():
    qs = quotes_of("The senator has repeatedly called for the emails to be made public.")
    assert [(q.text, q.cue) for q in qs] == [("the emails to be made public", "called")]
    qs = quotes_of("The former mayor said in one of a series of posts that the truck was carrying arms.")
    assert [(q.text, q.cue) for q in qs] == [("the truck was carrying arms", "said")]


def test_quotes_a_bare_nominal_cue_object_is_the_thing_judged():
    assert not quotes_of("A bomb killed 12 people in the market on Sunday. The council condemned the attack.")
