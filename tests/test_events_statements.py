"""What a quoted statement DOES, typed from its content (issue 6, round 7: event_statements.py):
a side's speaker threatening retaliation, refusing, charging, demanding or backing is coded by
the words said, whatever the verb of saying ("said", "told").

Texts are short synthetic sentences written for these tests."""
from __future__ import annotations

from newsgraph.extract.event_statements import stance_table, statements
from newsgraph.pipeline import analyze

PUBLISHED = "2025-05-10"  # a Saturday


def analysis(text: str):
    return analyze(text, body_only=True, published=PUBLISHED)


def stated(text: str):
    """The events the statement-content rule made (lead evidence)."""
    return [e for e in analysis(text).events if "statement-content" in e.evidence[0].rule]


def sides(ev):
    return (ev.type, ev.source.country if ev.source else None, ev.target.country if ev.target else None, ev.date)


def test_events_statements_table_rows_are_well_formed():
    rows = stance_table()
    assert len(rows) > 50
    assert {r.category for r in rows} == {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"}
    assert {r.pos for r in rows} <= {"V", "N", "A", "*"} and {r.when for r in rows} <= {"plain", "neg", "fut", "oblig"}


def test_events_statements_retaliation_to_come_is_a_threat():
    for text in (
        'Kenya closed the border with Somalia on Thursday. "Those who meddle in our affairs will receive an '
        'appropriate answer," Somali President Ahmed Noor said on Friday.',
        'Kenya closed the border with Somalia on Thursday. Somali President Ahmed Noor said on Friday that '
        'Mogadishu reserved the right to respond "at a time of its choosing."',
        'Kenya closed the border with Somalia on Thursday. "We will retaliate," Somali President Ahmed Noor '
        'told reporters on Friday.',
    ):
        evs = stated(text)
        assert evs and sides(evs[0]) == ("THREATEN", "SOM", "KEN", "2025-05-09"), (text, evs)


def test_events_statements_refusal_answers_the_other_side():
    for text in (
        'Russia banned wheat imports from Kazakhstan on Wednesday. "There is no scientific basis for this ban," '
        "Kazakh Agriculture Minister Aida Sarsen told reporters on Thursday.",
        'Russia banned wheat imports from Kazakhstan on Wednesday. "Our grain market is not for sale," Kazakh '
        "Agriculture Minister Aida Sarsen told reporters on Thursday.",
        "Russia banned wheat imports from Kazakhstan on Wednesday. Kazakh Agriculture Minister Aida Sarsen said "
        "on Thursday that the matter was not up for discussion.",
    ):
        evs = stated(text)
        assert evs and sides(evs[0]) == ("REJECT", "KAZ", "RUS", "2025-05-08"), (text, evs)


def test_events_statements_charge_in_content_is_an_accusation():
    evs = stated('Peru detained two Ecuadorian engineers on Tuesday. "They are being held as a bargaining chip," '
                 "Ecuadorian Foreign Minister Lucia Vera said on Wednesday.")
    assert evs and sides(evs[0]) == ("ACCUSE", "ECU", "PER", "2025-05-07"), evs
    # a charge the speaker denies is none
    assert not stated('Peru detained two Ecuadorian engineers on Tuesday. "This is not a provocation," '
                      "Ecuadorian Foreign Minister Lucia Vera said on Wednesday.")


def test_events_statements_denied_right_of_the_other_side_is_a_refusal():
    # the speaker is placed by the title on the mention ("Togolese Trade Minister ...")
    evs = stated('Ghana seized a Togolese cargo ship on Tuesday. "Accra has no right to hold our sailors," '
                 "Togolese Trade Minister Koffi Ameh told reporters in Lome on Friday.")
    assert evs and sides(evs[0]) == ("REJECT", "TGO", "GHA", "2025-05-09"), evs


def test_events_statements_solidarity_given_to_a_named_side_is_support():
    evs = stated('"Finland has our full solidarity," Estonian Interior Minister Kadri Tamm said on Monday.')
    assert evs and sides(evs[0]) == ("SUPPORT", "EST", "FIN", "2025-05-05"), evs
    # another's solidarity told by the speaker is not the speaker's
    assert not stated('"Latvia has shown full solidarity with Finland," Estonian Interior Minister Kadri Tamm '
                      "said on Monday.")


def test_events_statements_conditions_and_questions_do_nothing():
    base = 'Russia banned wheat imports from Kazakhstan on Wednesday. '
    assert stated(base + '"This is blackmail," Kazakh Agriculture Minister Aida Sarsen said on Thursday.')
    assert not stated(base + '"If they extend it, this is blackmail," Kazakh Agriculture Minister Aida Sarsen '
                             "said on Thursday.")
    assert not stated(base + '"Is this blackmail?" Kazakh Agriculture Minister Aida Sarsen asked on Thursday.')


def test_events_statements_split_quote_is_one_statement():
    text = ('Russia banned wheat imports from Kazakhstan on Wednesday. "This is blackmail," Kazakh Agriculture '
            'Minister Aida Sarsen said on Thursday. "It is illegal and it is a provocation."')
    an = analysis(text)
    groups = statements(type("C", (), {"quotes": an.quotes, "article": an.article})())
    assert any(len(g) == 2 for g in groups), [[q.text for q in g] for g in groups]
    evs = [e for e in an.events if "statement-content" in e.evidence[0].rule]
    assert len(evs) == 1 and sides(evs[0]) == ("ACCUSE", "KAZ", "RUS", "2025-05-08"), evs


def test_events_statements_cue_already_typed_adds_nothing():
    # "accused" already is the ACCUSE: the content adds no second one
    text = ("Russia banned wheat imports from Kazakhstan on Wednesday. Kazakh Agriculture Minister Aida Sarsen "
            "on Thursday accused Moscow of an illegal provocation.")
    evs = analysis(text).events
    assert any(e.type == "ACCUSE" and e.source.country == "KAZ" for e in evs), evs
    assert not [e for e in evs if "statement-content" in e.evidence[0].rule]
    # while "said" with the same content is typed from it
    assert stated("Russia banned wheat imports from Kazakhstan on Wednesday. Kazakh Agriculture Minister Aida "
                  'Sarsen said on Thursday: "This is blackmail."')


# -- tightened after the precision audit on real news --------------------------------------------------
def test_events_statements_a_person_with_only_an_occupation_speaks_for_no_side():
    text = ('Chinese parents followed the debate. Zhou Lan, a lawyer from Chengdu, worried about her daughter '
            'in Minnesota. "Washington will face consequences for these tariffs," Ms. Zhou said.')
    assert stated(text) == []
    # an office speaks for its side
    text = ('Beijing followed the debate. "Washington will face consequences for these tariffs," Chinese Foreign '
            'Ministry spokeswoman Hua Ming said on Friday.')
    assert [sides(e) for e in stated(text)] == [("THREATEN", "CHN", "USA", "2025-05-09")]


def test_events_statements_a_wrong_that_is_its_clauses_doer_charges_none_of_its_victims():
    text = ('Filipinos voted on Friday. "The insurgents are learning that threats and intimidation will not stop '
            'the Filipino people from voting," U.S. Secretary of State Mark Hollis said on Friday.')
    assert [e for e in stated(text) if e.type == "ACCUSE"] == []


def test_events_statements_no_day_after_the_story_for_a_statement():
    # a deadline still ahead of the story, told in the sentence before, dates no statement made
    text = ('Canada postponed the original July 1 deadline for its ban at the request of the European '
            'Commission. Danish Foreign Minister Lars Holm said in an interview: "Denmark will not accept a ban '
            'on Danish meat exports, and I am sure we can reach an understanding with the Canadians."')
    evs = analysis(text).events
    assert evs and all(e.date is None for e in evs), [(e.type, e.date) for e in evs]


def test_events_statements_an_occupation_gives_no_side_to_an_evaluation_either():
    # the older statement builders (evaluation, charge, reported accusation) share the speaker test
    text = ('Chinese parents followed the debate. Zhou Lan, a lawyer from Chengdu, worried about her daughter '
            'in Minnesota. "The new American tariffs are illegal," Ms. Zhou said.')
    assert [e for e in analysis(text).events if e.type == "ACCUSE"] == []
    text = ('Chinese officials followed the debate. "The new American tariffs are illegal," Chinese Foreign '
            'Ministry spokeswoman Hua Ming said on Friday.')
    assert [sides(e)[:3] for e in analysis(text).events if e.type == "ACCUSE"] == [("ACCUSE", "CHN", "USA")]
