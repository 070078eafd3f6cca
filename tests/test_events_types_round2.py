"""Events: PLOVER types of acts fresh articles told that were coded wrongly or not at all (issue 6,
fresh-articles round: types (2)). Pasted articles written for these tests (published Thursday
12 June 2025: Monday is the 9th), each rule with a case where it must not apply:

- initialling a treaty or agreement text is AGREE (both sides when told of two);
- proposing a meeting or talks asks the other side to meet (REQUEST), proposing a plan stays AGREE;
- blocking accession, talks or a deal is a rejection (REJECT); blocking a road stays PROTEST;
- a joint patrol, exercise or operation is COOPERATE between its sides (a joint modifier may hang
  on another modifier: "joint search-and-rescue exercise"); one side's patrols stay MOBILIZE;
- ships or troops arriving "for a visit" are visiting (CONSULT), arriving otherwise are deployed;
- a definite document ("The note urged ...") speaks for whoever issued it, on the day it was issued;
- a reported demand in an adverbial clause of a rejection ("blocked ..., insisting that X must")
  is a request of its own.
"""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, actor_countries as countries

HEADER = ("Continental Wire\n\nNeighbours at odds\n\nBy Ana Petrova\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "12 June 2025, 08:00") -> list:
    return pasted_events(HEADER, body, published=published)


def test_events_types_round2_initialling_a_treaty_is_agreement_of_both_sides():
    evs = article("BAKU - Georgian Foreign Minister Maka Botchorishvili and Armenian Foreign Minister Ararat "
                  "Mirzoyan initialled the text of a border treaty on Monday, officials said.")
    ev = by_trigger(evs, "initialled")
    assert ev.type == "AGREE"
    assert countries(ev.sources) == {"GEO", "ARM"}
    assert countries(ev.targets) == {"GEO", "ARM"}


def test_events_types_round2_initialled_memo_is_no_agreement():
    # "initial" of a document that is no agreement (a guest book) is no event
    evs = article("TBILISI - Georgian Foreign Minister Maka Botchorishvili initialled the guest book at the "
                  "museum on Monday.")
    assert not [e for e in evs if e.trigger == "initialled"]


def test_events_types_round2_proposing_a_meeting_is_a_request():
    evs = article("VIENNA - Austria rejected the claims on Monday. Slovenian Foreign Minister Tanja Fajon proposed "
                  "a meeting with Austrian Foreign Minister Beate Meinl-Reisinger in Graz next month.")
    ev = by_trigger(evs, "proposed")
    assert ev.type == "REQUEST"
    assert ev.mode == "meet"
    assert ev.source.country == "SVN" and ev.target.country == "AUT"


def test_events_types_round2_proposing_a_plan_stays_agreement():
    evs = article("VIENNA - Slovenia proposed a new water-sharing plan to Austria on Monday, officials said.")
    ev = by_trigger(evs, "proposed")
    assert ev.type == "AGREE"


def test_events_types_round2_blocking_accession_talks_is_rejection():
    evs = article("ATHENS - Greece on Monday blocked the opening of the next chapter of Albania's EU accession "
                  "negotiations, diplomats said.")
    ev = by_trigger(evs, "blocked")
    assert ev.type == "REJECT"
    assert ev.source.country == "GRC" and ev.target.country == "ALB"


def test_events_types_round2_blocking_a_road_stays_protest():
    evs = article("TIRANA - Hundreds of Albanian farmers blocked the main road to the port on Monday.")
    ev = by_trigger(evs, "blocked")
    assert ev.type == "PROTEST"


def test_events_types_round2_joint_patrols_are_cooperation_of_both_sides():
    evs = article("LOME - Beninese and Togolese soldiers on Monday began joint patrols along the shared border, "
                  "officials from both countries said.")
    ev = by_trigger(evs, "patrols")
    assert ev.type == "COOPERATE"
    assert countries(ev.sources) | countries(ev.targets) == {"BEN", "TGO"}


def test_events_types_round2_one_sides_patrols_stay_mobilization():
    evs = article("LOME - Togolese soldiers on Monday stepped up patrols along the border, officials said.")
    ev = by_trigger(evs, "patrols")
    assert ev.type == "MOBILIZE"


def test_events_types_round2_joint_marked_on_a_modifier_of_the_exercise():
    evs = article("JAKARTA - The navies of Indonesia and Malaysia held a joint search-and-rescue exercise off "
                  "Batam on Monday.")
    ev = by_trigger(evs, "exercise")
    assert ev.type == "COOPERATE"
    assert countries(ev.sources) == {"IDN", "MYS"}


def test_events_types_round2_ships_arriving_for_a_visit_are_visiting():
    evs = article("JAKARTA - Two Malaysian warships arrived in Jakarta on Monday for a three-day visit.")
    ev = by_trigger(evs, "arrived")
    assert ev.type == "CONSULT"
    assert ev.source.country == "MYS" and ev.target.country == "IDN"


def test_events_types_round2_ships_arriving_otherwise_are_deployed():
    evs = article("JAKARTA - Two Malaysian warships arrived off the Indonesian coast on Monday, officials said.")
    ev = by_trigger(evs, "arrived")
    assert ev.type == "MOBILIZE"


def test_events_types_round2_the_note_speaks_for_its_issuer():
    evs = article("DHAKA - Bangladesh lodged a protest with Myanmar on Monday over the shelling. The Myanmar "
                  "envoy was called to the foreign ministry, where officials handed him a protest note. "
                  "The note urged Myanmar to investigate the shelling.")
    ev = by_trigger(evs, "urged")
    assert ev.type == "REQUEST"
    assert ev.source.country == "BGD" and ev.target.country == "MMR"
    assert ev.date == "2025-06-09"


def test_events_types_round2_an_unissued_note_speaks_for_nobody():
    # a note with no act of issuing told before it names no side
    evs = article("DHAKA - The note urged Naypyidaw to investigate the shelling, according to a copy seen by "
                  "reporters on Monday.")
    assert not [e for e in evs if e.trigger == "urged" and e.source is not None and e.source.country == "BGD"]


def test_events_types_round2_demand_in_adverbial_clause_of_a_rejection_is_its_own():
    evs = article("ATHENS - Greece on Monday blocked the opening of Albania's EU accession talks, insisting that "
                  "Tirana must first amend its property law.")
    types = {(e.type, e.source.country if e.source else None) for e in evs}
    assert ("REJECT", "GRC") in types
    assert ("REQUEST", "GRC") in types


def test_events_types_round2_this_is_a_hostile_act_accuses_the_doer_told_before():
    evs = article('NAIROBI - Ethiopia recalled its ambassador from Mogadishu on Monday. "Somalia has chosen to '
                  'sign a port deal with a breakaway region," the Ethiopian foreign ministry said. '
                  '"This is a hostile act against the Ethiopian state."')
    accuse = [e for e in evs if e.type == "ACCUSE" and e.source is not None and e.source.country == "ETH"]
    assert accuse and accuse[0].target.country == "SOM", [(e.type, e.trigger) for e in evs]


def test_events_types_round2_this_is_a_dangerous_situation_judges_no_act():
    evs = article('NAIROBI - "Somalia has chosen to hold elections in the breakaway region," the Ethiopian '
                  'foreign ministry said. "This is a dangerous situation for everyone."')
    assert not [e for e in evs if e.type == "ACCUSE"], [(e.type, e.trigger) for e in evs]
