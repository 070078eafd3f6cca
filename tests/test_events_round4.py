"""Events: acts of fresh articles missed for want of a general construction (issue 6, unseen
articles round 4). Pasted articles written for these tests (published Thursday 12 June 2025:
Monday is the 9th, Tuesday the 10th), each family with varied sentences and a near miss:

- shutting or sealing a border or its crossings is the same closure as closing it (COERCE);
- "turn down" is a refusal (REJECT), like "reject" or "rebuff"; impounding is a seizure (COERCE);
- lifting a cap eases a restriction (CONCEDE), like lifting a ban or a quota;
- ordering troops, warships or police somewhere puts them in motion (MOBILIZE); an order whose
  "to" clause is an act of its own kind ("ordered its troops to withdraw") stays that act;
- a stance told in a relative clause on a noun re-naming the clause's act after a comma ("...,
  a request Mauritania turned down", "..., an offer Somalia rejected") is aimed at whoever did that
  act; a noun that is the plain object ("welcomed the agreement Somalia signed") re-names nothing;
- a border closed with no neighbour named in its sentence is closed to the one other country the
  headline names;
- a crowd rallying in a square, avenue or street of the dateline's city is the dateline country's
  (a named town we cannot place still keeps the dateline out); the dateline "ULAANBAATAR" and the
  abbreviation "PNG" name their countries.
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


def test_events_round4_border_closed_with_no_neighbour_named_is_closed_to_the_headline_country():
    evs = pasted_events("Pacific Daily News\n\nGhana recalls envoy from Togo after shooting at border market\n\n"
                        "By Ana Petrova\n\nPublished {published}\n\n",
                        "ACCRA - Ghana recalled its ambassador on Wednesday. On Tuesday, Ghanaian authorities closed "
                        "the Aflao crossing, the only paved road link between the two countries, to all traffic.",
                        published="12 June 2025, 08:00")
    ev = by_trigger(evs, "closed")
    assert ev.type == "COERCE"
    assert (ev.source.country, ev.target.country) == ("GHA", "TGO")


def test_events_round4_crowd_in_a_square_of_the_dateline_city_is_the_dateline_countrys():
    evs = article("CAIRO - Several hundred people rallied in Tahrir Square on Tuesday evening, accusing the "
                  "government of selling the country's gas too cheaply.")
    ev = by_trigger(evs, "rallied")
    assert ev.type == "PROTEST"
    assert ev.source.country == "EGY"
    assert ev.date == "2025-06-10"


def test_events_round4_ulaanbaatar_dateline_places_a_crowd_in_mongolia():
    evs = article("ULAANBAATAR - Several hundred people marched along Peace Avenue on Tuesday to protest against "
                  "the coal deal.")
    ev = next(e for e in evs if e.type == "PROTEST")
    assert ev.source.country == "MNG"


def test_events_round4_crowd_in_an_unplaced_town_keeps_the_dateline_out():
    evs = article("KHUJAND - In Vorukh, residents blocked the road on Tuesday.")
    assert all(e.source is None or e.source.country != "TJK" for e in evs)


def test_events_round4_png_abbreviation_names_papua_new_guinea():
    evs = article("PORT MORESBY - PNG summoned Indonesia's ambassador on Tuesday over the killing of two "
                  "villagers near the border.")
    ev = by_trigger(evs, "summoned")
    assert (ev.source.country, ev.target.country) == ("PNG", "IDN")


def test_events_round4_impounding_is_a_seizure():
    evs = article("MADRID - Spanish police impounded a Moroccan fishing boat off Ceuta on Tuesday.")
    ev = by_trigger(evs, "impounded")
    assert ev.type == "COERCE"
    assert (ev.source.country, ev.target.country) == ("ESP", "MAR")
    evs = article("VILNIUS - The Lithuanian trucks were impounded by Belarusian customs officers on Tuesday.")
    ev = by_trigger(evs, "impounded")
    assert (ev.source.country, ev.target.country) == ("BLR", "LTU")
