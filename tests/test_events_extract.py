"""Events: triggers, actors and countries, reciprocity, status, dates and evidence (issue 6).

Texts are short synthetic sentences written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.pipeline import analyze

PUBLISHED = "2024-03-06"


def events_of(text: str, *, published: str = PUBLISHED):
    an = analyze(text, body_only=True, published=published)
    return an, list(an.events)


def test_events_extract_verb_trigger_with_countries_and_date():
    an, evs = events_of("Norwegian Prime Minister Ola Berg visited Kenya on Monday.")
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.mode, ev.source.country, ev.target.country) == ("CONSULT", "visit", "NOR", "KEN")
    assert ev.date == "2024-03-04"  # the Monday before publication, from the governing time expression
    assert an.article.text[ev.start:ev.end] == ev.trigger == "visited"


def test_events_extract_compound_actors_are_one_reciprocal_event():
    _, evs = events_of("Chilean and Peruvian officials signed a fisheries agreement on Friday.")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.type == "AGREE"
    assert [a.country for a in ev.sources] == ["CHL", "PER"]
    assert [a.country for a in ev.targets] == ["PER", "CHL"]
    assert "reciprocal" in ev.evidence[0].rule


def test_events_extract_passive_agent_is_the_source():
    _, evs = events_of("Two Ukrainian soldiers were killed by Russian forces on Tuesday.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert (ev.source.country, ev.target.country) == ("RUS", "UKR")


def test_events_extract_object_picks_the_sense_of_send():
    _, troops = events_of("Canada sent troops to Latvia last week.")
    _, aid = events_of("Canada sent food aid to Haiti last week.")
    assert [e.type for e in troops] == ["MOBILIZE"]
    assert [e.type for e in aid] == ["AID"]
    assert troops[0].target.country == "LVA" and aid[0].target.country == "HTI"


@pytest.mark.parametrize("text, status", [
    ("Egypt did not sign the water agreement with Ethiopia.", "negated"),
    ("Officials said Iran could attack Israeli ships.", "hypothetical"),
    ("Vietnam will host Thai envoys next month.", "future"),
])
def test_events_extract_status_flags_what_did_not_happen(text, status):
    _, evs = events_of(text)
    assert evs, text
    assert evs[0].status == status


def test_events_extract_stated_intent_to_cooperate_is_agree():
    # PLOVER codes a stated intention to give aid as AGREE (the statement is the event)
    _, evs = events_of("Germany said it will send medical aid to Sudan.")
    assert [e.type for e in evs] == ["AGREE"]
    assert (evs[0].source.country, evs[0].target.country) == ("DEU", "SDN")


def test_events_extract_content_of_a_threat_is_not_a_second_event():
    _, evs = events_of("Turkey threatened to impose sanctions on Greece.")
    assert [e.type for e in evs] == ["THREATEN"]
    assert (evs[0].source.country, evs[0].target.country) == ("TUR", "GRC")
    assert any(n.startswith("content:") for n in evs[0].evidence[0].notes)


def test_events_extract_the_delegation_stands_for_the_country_that_sent_it():
    _, evs = events_of("Mongolia dispatched a trade delegation to Japan. The delegation arrived in Tokyo on Monday.")
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1  # the arrival re-mentions the dispatch: merged
    assert (consult[0].source.country, consult[0].target.country) == ("MNG", "JPN")
    assert consult[0].date == "2024-03-04"
    assert len(consult[0].evidence) == 2


def test_events_extract_rejected_remarks_target_their_speaker():
    _, evs = events_of("Kremlin spokesman Ivan Sokolov dismissed Polish President Jan Nowak's remarks.")
    ev = next(e for e in evs if e.type == "REJECT")
    assert (ev.source.country, ev.target.country) == ("RUS", "POL")


def test_events_extract_needs_a_source_with_a_country():
    _, evs = events_of("The committee discussed the budget and criticized the plan.")
    assert evs == []


def test_events_extract_declining_to_comment_is_no_event():
    _, evs = events_of("Swedish officials declined to comment on the report.")
    assert evs == []


def test_events_extract_every_event_has_evidence_and_offsets():
    an, evs = events_of("France condemned the attack on Mali. Spain sent aid to Mali on Sunday.")
    assert evs
    for ev in evs:
        assert ev.evidence and ev.evidence[0].rule.startswith("trigger:")
        assert an.article.text[ev.start:ev.end] == ev.trigger
        assert ev.sentence is not None and ev.sentence.start <= ev.start < ev.sentence.end


def test_events_extract_refusal_of_cooperation_is_reject():
    _, evs = events_of("Syria says it will not accept any more refugees.")
    assert [e.type for e in evs] == ["REJECT"]
    assert evs[0].source.country == "SYR" and "refusal" in evs[0].evidence[0].rule


def test_events_extract_obligation_put_on_another_side_is_request():
    _, evs = events_of("Egyptian President Omar Nasser said on Wednesday that Israel must stop the attacks on Gaza.")
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and (req[0].source.country, req[0].target.country) == ("EGY", "ISR")


def test_events_extract_news_outlets_are_not_actors():
    _, evs = events_of("Reuters said Chinese warships fired on Philippine boats. A photo released by Xinhua showed it.")
    assert all(e.source.name not in ("Reuters", "Xinhua") for e in evs)
    assert not [e for e in evs if e.type == "RETREAT"]  # releasing a photo is no release
    fired = [e for e in evs if e.type == "ASSAULT"]
    assert fired and (fired[0].source.country, fired[0].target.country) == ("CHN", "PHL")


def test_events_extract_old_dates_are_historical():
    _, evs = events_of("Iraq invaded Kuwait in August 1990.")
    assert evs and evs[0].type == "ASSAULT" and evs[0].status == "historical"
    assert evs[0].date.startswith("1990")


def test_events_extract_people_in_a_country_and_derived_demonyms():
    _, evs = events_of("Fijian rebels kidnapped two Croat engineers. Students in Kenya protested on Friday.")
    kid = next(e for e in evs if e.type == "COERCE")
    assert (kid.source.country, kid.target.country) == ("FJI", "HRV")
    prot = next(e for e in evs if e.type == "PROTEST")
    assert prot.source.country == "KEN"


def test_events_extract_headline_repeat_of_a_body_event_is_dropped():
    from newsgraph.extract.context import Context
    from newsgraph.extract.event_merge import _drop_display_duplicates
    from newsgraph.records import Actor, Article, Event, Span

    text = "Peru recalls envoy\n\nPeru recalled its ambassador from Chile."
    art = Article(text=text, paragraphs=(Span(20, len(text)),), headline="Peru recalls envoy",
                  headline_span=Span(0, 18))
    peru, chile = Actor(name="Peru", country="PER"), Actor(name="Chile", country="CHL")
    head = Event(id="", type="SANCTION", trigger="recalls", start=5, end=12, source=peru)
    body = Event(id="", type="SANCTION", trigger="recalled", start=25, end=33, source=peru, target=chile)
    other = Event(id="", type="CONSULT", trigger="recalls", start=5, end=12, source=peru)
    kept = _drop_display_duplicates([head, body, other], Context(article=art))
    assert kept == [body, other]  # the headline repeat goes; a headline-only event stays


def test_events_extract_reported_obligation_without_trigger_is_request():
    _, evs = events_of("Japan declared on Tuesday that China must drop its barriers to exports.")
    assert [(e.type, e.source.country, e.target.country) for e in evs] == [("REQUEST", "JPN", "CHN")]
    assert "obligation-under:declare" in evs[0].evidence[0].rule


def test_events_extract_mediation_between_sides_targets_them():
    _, evs = events_of("Qatar launched a mediation effort on Saturday between Sudan and Chad.")
    assert [(e.type, e.mode, e.source.country) for e in evs] == [("CONSULT", "third-party", "QAT")]
    assert {a.country for a in evs[0].targets} <= {"SDN", "TCD"} and evs[0].targets


def test_events_extract_joint_exercises_are_cooperation_alone_mobilisation():
    _, joint = events_of("Brazil and Argentina held joint military drills on Monday.")
    _, alone = events_of("Brazil held military exercises near its border on Monday.")
    assert [(e.type, e.source.country, e.target.country) for e in joint] == [("COOPERATE", "BRA", "ARG")]
    assert [e.type for e in alone] == ["MOBILIZE"]


def test_events_extract_a_rejected_act_targets_whoever_did_it():
    _, evs = events_of("Chile lodged a formal protest with Peru on Monday. Lima rejected the protest on Tuesday.")
    rej = next(e for e in evs if e.type == "REJECT")
    assert (rej.source.country, rej.target.country, rej.date) == ("PER", "CHL", "2024-03-05")
    assert any("event-coreference" in n for n in rej.evidence[0].notes)


def test_events_extract_present_perfect_act_is_dated_by_its_report():
    _, evs = events_of("Canada has sent two frigates to Latvia, a defence official said on Monday.")
    assert [(e.type, e.source.country, e.target.country, e.date) for e in evs] == [
        ("MOBILIZE", "CAN", "LVA", "2024-03-04")]


def test_events_extract_the_two_countries_are_the_last_two_named():
    _, evs = events_of("Vietnam sent a trade delegation to Japan on Monday, a year after the two countries "
                       "signed a trade pact in March 2022.")
    pact = next(e for e in evs if e.type == "AGREE")
    assert sorted(a.country for a in pact.sources) == ["JPN", "VNM"]
    assert pact.date == "2022-03" and pact.status == "historical"


@pytest.mark.parametrize("value, expected", [
    ("2024", ("2024-01-01", "2024-12-31")), ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023-12-31", ("2023-12-31", "2023-12-31")), ("2024-02-30", None), ("XXXX-06", None), ("P1Y", None),
])
def test_events_extract_period_of_a_date_value(value, expected):
    from newsgraph.extract.event_timing import _period

    got = _period(value)
    assert (got and (got[0].isoformat(), got[1].isoformat())) == expected or (got is None and expected is None)


def test_events_extract_negation_of_one_conjunct_does_not_spread():
    _, evs = events_of("Egypt did not sign the accord with Sudan, and Ethiopia could attack Sudan.")
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.status == "hypothetical" and attack.source.country == "ETH"


def test_events_extract_the_two_countries_after_a_joint_act_are_its_sides():
    _, evs = events_of("Kenya and Uganda agreed on Monday to reopen the border. "
                       "Ghanaian officials met Canadian envoys on Tuesday. France praised the two countries.")
    praise = next(e for e in evs if e.type == "SUPPORT")
    assert sorted(a.country for a in praise.targets) == ["KEN", "UGA"]
