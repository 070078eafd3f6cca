"""Events: acts of fresh articles missed for want of a general construction (issue 6, unseen
articles round 4). Pasted articles written for these tests (published Thursday 12 June 2025:
Monday is the 9th, Tuesday the 10th), each family with varied sentences and a near miss:

- shutting or sealing a border or its crossings is the same closure as closing it (COERCE);
- "turn down" is a refusal (REJECT), like "reject" or "rebuff";
- lifting a cap eases a restriction (CONCEDE), like lifting a ban or a quota;
- ordering troops, warships or police somewhere puts them in motion (MOBILIZE); an order whose
  "to" clause is an act of its own kind ("ordered its troops to withdraw") stays that act;
- a stance told in a relative clause on a noun re-naming the clause's act after a comma ("...,
  a request Mauritania turned down", "..., an offer Somalia rejected") is aimed at whoever did that
  act; a noun that is the plain object ("welcomed the agreement Somalia signed") re-names nothing.
"""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events

HEADER = ("Continental Wire\n\nNeighbours at odds\n\nBy Ana Petrova\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "12 June 2025, 08:00") -> list:
    return pasted_events(HEADER, body, published=published)


def test_events_round4_shutting_crossing_points_is_a_border_closure():
    evs = article("VILNIUS - Trucks were stranded after Lithuania shut its two remaining crossing points with "
                  "Belarus on Tuesday.")
    ev = by_trigger(evs, "shut")
    assert ev.type == "COERCE"
    assert (ev.source.country, ev.target.country) == ("LTU", "BLR")
    assert ev.date == "2025-06-10"


def test_events_round4_sealing_a_border_is_a_border_closure():
    evs = article("ANKARA - Turkey sealed its border with Syria on Monday after a bombing in Reyhanli.")
    ev = by_trigger(evs, "sealed")
    assert ev.type == "COERCE"
    assert (ev.source.country, ev.target.country) == ("TUR", "SYR")


def test_events_round4_sealing_an_envelope_is_no_closure():
    evs = article("ANKARA - Turkish officials sealed the envelope with the ballots on Monday.")
    assert not [e for e in evs if e.trigger == "sealed"]


def test_events_round4_turning_down_an_offer_is_a_refusal():
    evs = article("WARSAW - Poland on Monday turned down a German offer of air-defence batteries.")
    ev = by_trigger(evs, "turned")
    assert ev.type == "REJECT"
    assert ev.source.country == "POL"


def test_events_round4_lifting_a_cap_eases_a_restriction():
    evs = article("BEIJING - Chinese customs authorities on Tuesday lifted a daily cap of 1,200 trucks at the "
                  "main border crossing with Mongolia.")
    ev = by_trigger(evs, "lifted")
    assert ev.type == "CONCEDE"
    assert ev.source.country == "CHN"


def test_events_round4_ordering_warships_somewhere_is_a_mobilisation():
    evs = article("ATHENS - Greece ordered the frigate Psara to sail toward the disputed area on Tuesday evening, "
                  "a defence source said.")
    ev = by_trigger(evs, "ordered")
    assert ev.type == "MOBILIZE"
    assert ev.source.country == "GRC"
    evs = article("NEW DELHI - India on Monday ordered two warships to move to the Andaman Sea.")
    assert by_trigger(evs, "ordered").type == "MOBILIZE"


def test_events_round4_ordering_troops_to_withdraw_is_no_mobilisation():
    evs = article("MOSCOW - Russia ordered its troops to withdraw from the village on Monday.")
    ev = by_trigger(evs, "ordered")
    assert ev.type == "REQUEST"
    assert "content:withdraw:RETREAT" in ev.evidence[0].notes


def test_events_round4_refusal_of_a_renamed_request_is_aimed_at_the_requester():
    evs = article("DAKAR - Senegal asked Mauritania to suspend the approval of new cost claims until the audit "
                  "was complete, a request Nouakchott turned down on Monday.")
    ev = by_trigger(evs, "turned")
    assert ev.type == "REJECT"
    assert (ev.source.country, ev.target.country) == ("MRT", "SEN")
    evs = article("BELGRADE - Serbia demanded the release of the three officers on Monday, a demand Kosovo "
                  "rejected on Tuesday.")
    ev = by_trigger(evs, "rejected")
    assert (ev.source.country, ev.target.country) == ("XKX", "SRB")


def test_events_round4_refusal_of_a_renamed_offer_is_aimed_at_the_offerer():
    evs = article("NAIROBI - Kenya proposed a ceasefire on Monday, an offer Somalia rejected on Tuesday.")
    ev = by_trigger(evs, "rejected")
    assert (ev.source.country, ev.target.country) == ("SOM", "KEN")


def test_events_round4_a_plain_object_with_a_relative_clause_renames_nothing():
    evs = article("NAIROBI - Kenya welcomed the agreement Somalia signed with Ethiopia on Monday.")
    ev = by_trigger(evs, "signed")
    assert ev.target is None or ev.target.country != "KEN"
