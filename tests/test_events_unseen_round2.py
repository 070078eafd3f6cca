"""Events: the second unseen-articles round of issue 6 (`newsgraph/extract/events.py`).
Pasted articles written for these tests (published Thursday 12 June 2025: Monday is the 9th):

- a verb that carries people (send, bus, truck, fly, transfer ...) with people as its object and
  "back" or a border as its goal is an expulsion (COERCE), the people's country its target;
- told in the passive with no doer, the expulsion is done by the country the people were taken
  from ("were bussed from Chilean prisons to the border");
- carrying goods, or people to a city, is no expulsion;
- "the two foreign ministries" (administrations, navies, envoys) are the two countries named last;
- "came to Tehran's defence" (rushed, sprang) is support of Tehran;
- "held a (phone, trilateral) call" is a consultation among those who held it, "a call for" is not;
- a relative clause's "which/who/that" subject is the phrase it modifies, all its conjuncts;
- "X urged Y to withdraw its troops" is a request by X of Y.
"""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events

HEADER = ("Andean Wire\n\nNeighbours trade charges over border\n\nBy Lucia Mendez\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "12 June 2025, 08:00") -> list:
    return pasted_events(HEADER, body, published=published)


def test_events_unseen_round2_people_sent_back_are_expelled():
    evs = article("Bolivian police sent about 300 Peruvian migrants back across the river on Monday, "
                  "officials in La Paz said.")
    ev = by_trigger(evs, "sent")
    assert ev.type == "COERCE"
    assert ev.source.country == "BOL" and ev.target.country == "PER"
    assert ev.date == "2025-06-09"


def test_events_unseen_round2_doerless_transfer_to_border_is_by_the_country_left():
    evs = article("More than 500 Bolivian inmates were trucked from Chilean prisons to the border on Monday, "
                  "a Bolivian official said.")
    ev = by_trigger(evs, "trucked")
    assert ev.type == "COERCE"
    assert ev.source.country == "CHL" and ev.target.country == "BOL"


def test_events_unseen_round2_moving_goods_or_people_to_a_city_is_no_expulsion():
    evs = article("Peru sent 40 tonnes of food to the border on Monday. Chile flew 200 Bolivian students "
                  "to Santiago on Tuesday for a science fair.")
    assert not [e for e in evs if e.type == "COERCE"], [(e.type, e.trigger) for e in evs]


def test_events_unseen_round2_urged_to_withdraw_is_a_request():
    # (a body of one short sentence is dropped by the cleaner as page furniture: see the report of
    # this round; a wire paragraph of ordinary length is kept)
    evs = article("Peru urged Chile to withdraw its troops from the disputed border area on Monday.")
    ev = by_trigger(evs, "urged")
    assert ev.type == "REQUEST"
    assert ev.source.country == "PER" and ev.target.country == "CHL"
    assert ev.date == "2025-06-09"


def test_events_unseen_round2_the_two_ministries_are_the_two_countries():
    evs = article("Bolivia accused Paraguay of blocking river traffic on Monday. The two foreign ministries "
                  "agreed on Tuesday to hold talks in Montevideo next month, Uruguay's government said.")
    ev = by_trigger(evs, "agreed")
    assert {a.country for a in ev.sources} == {"BOL", "PRY"}
    assert ev.target.country in {"BOL", "PRY"} and ev.target.country != ev.source.country
    assert ev.date == "2025-06-10"


def test_events_unseen_round2_coming_to_a_sides_defence_is_support():
    evs = article("Brazil came to Caracas's defence on Monday, saying the sanctions were unjust. "
                  "Argentina came to Lima on Tuesday for a trade fair.")
    ev = by_trigger(evs, "came")
    assert ev.type == "SUPPORT"
    assert ev.source.country == "BRA" and ev.target.country == "VEN"
    assert not [e for e in evs if e.source and e.source.country == "ARG" and e.type == "SUPPORT"]


def test_events_unseen_round2_a_call_held_is_a_consultation_a_call_for_is_not():
    evs = article("Chile and Peru held a phone call on Monday. Bolivia made a call for calm on Tuesday.")
    ev = by_trigger(evs, "call")
    assert ev.type == "CONSULT"
    assert {ev.source.country, ev.target.country} == {"CHL", "PER"}
    assert ev.date == "2025-06-09"
    assert not [e for e in evs if e.type == "CONSULT" and e.source.country == "BOL"]


def test_events_unseen_round2_relative_pronoun_subject_is_its_antecedent():
    evs = article("The raid was condemned on Monday by Chile and Peru, which held a phone call on Tuesday. "
                  "Brazil is sending rifles to Bolivia, which is preparing an offensive against Paraguay.")
    ev = by_trigger(evs, "call")
    assert ev.type == "CONSULT" and {ev.source.country, ev.target.country} == {"CHL", "PER"}
    off = by_trigger(evs, "offensive")
    assert off.source.country == "BOL" and off.target.country == "PRY"
