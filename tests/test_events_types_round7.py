"""Events: types round 7 (issue 6, unseen articles). A crowd of civilians taking a place (farmers
occupying a dam, strikers seizing a post) is a protest, not a side's seizure; forces doing the same
stay COERCE. Sentences written for these tests (published Friday 14 March 2025); a negative case
guards each near miss."""
from __future__ import annotations

from conftest import actor_countries as countries, events_by_trigger as made_by, frontier_events as article


# -- civilians occupying a place ---------------------------------------------------------------------
def test_events_types_farmers_occupying_a_dam_is_a_protest():
    evs = article("Hundreds of Mexican farmers occupied the control facilities of the La Boquilla dam on Sunday.")
    made = made_by(evs, "occupied")
    assert made and made[0].type == "PROTEST"
    assert countries(made[0].sources) == {"MEX"}


def test_events_types_protesters_occupying_an_embassy_is_a_protest_against_its_country():
    evs = article("Belarusian protesters occupied the Ukrainian embassy in Minsk on Monday.")
    made = made_by(evs, "occupied")
    assert made and made[0].type == "PROTEST"
    assert "UKR" in countries(made[0].targets)


def test_events_types_striking_miners_seizing_a_post_is_a_protest():
    evs = article("Striking Bolivian miners seized the main border post at Desaguadero on Monday, demanding higher wages.")
    made = made_by(evs, "seized")
    assert made and made[0].type == "PROTEST"


def test_events_types_troops_occupying_a_village_stay_a_seizure():
    evs = article("Russian troops occupied the Ukrainian village of Krynky on Monday.")
    made = made_by(evs, "occupied")
    assert made and made[0].type == "COERCE"


# -- a comment declined is no refusal (precision audit on real news) ------------------------------------
def test_events_types_would_not_disclose_the_terms_is_no_rejection_of_the_deal():
    evs = article("The Turkish minister said Ankara would not disclose the terms of the deal with Iraq.")
    assert not [e for e in evs if e.type == "REJECT"], [(e.type, e.trigger) for e in evs]
    # a deal the side says it will not sign is still refused
    evs = article("The Turkish minister said Ankara would not sign the deal with Iraq.")
    assert [(e.type, e.source.country, e.target.country) for e in evs if e.type == "REJECT"] == [("REJECT", "TUR", "IRQ")]


def test_events_types_declining_comment_is_no_rejection():
    evs = article("Spokesmen for the Serbian central bank declined additional comment on the Croatian loans.")
    assert not [e for e in evs if e.type == "REJECT"], [(e.type, e.trigger) for e in evs]
    # declining a side's offer is still a rejection
    evs = article("Serbia declined the Croatian offer of talks on Tuesday.")
    assert [(e.type, e.source.country, e.target.country) for e in evs if e.type == "REJECT"] == [("REJECT", "SRB", "HRV")]
