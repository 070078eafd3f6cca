"""Events: "both sides", "the two countries", "the warring parties" (issue 6). Pasted articles
written for these tests."""
from __future__ import annotations

from newsgraph.pipeline import analyze

HEADER = "Andes Wire\n\nNeighbours urged to calm border tensions\n\nBy Lucia Paredes\n\nPublished 9 May 2025, 10:00\n\n"


def events_of(body: str):
    return list(analyze(HEADER + body).events)


def request_by(evs, country: str):
    found = [e for e in evs if e.type == "REQUEST" and e.source is not None and e.source.country == country]
    assert found, [(e.type, e.trigger, e.source, e.target) for e in evs]
    return found[0]


def test_events_pairs_both_sides_are_the_last_joint_act_sides():
    evs = events_of("Peru and Ecuador signed a fishing agreement in Lima on Tuesday after months of talks. "
                    "The United States praised the deal, and Brazil called on both sides to respect it.")
    ev = request_by(evs, "BRA")
    assert {a.country for a in ev.targets} == {"PER", "ECU"}


def test_events_pairs_both_sides_of_a_civil_war_are_one_country():
    evs = events_of("The war between the Ethiopian army and Tigrayan rebels has displaced a million people, the "
                    "United Nations said. The United States imposed new sanctions on Ethiopian officials on "
                    "Monday.\n\nKenya called on both sides on Tuesday to allow food convoys into the region.")
    ev = request_by(evs, "KEN")
    assert ev.target is not None and ev.target.country == "ETH"
    assert "target:the-two-countries" in ev.evidence[0].notes


def test_events_pairs_without_a_pair_the_last_two_countries_named():
    evs = events_of("Officials from Chile and Argentina met in Santiago on Monday to discuss water rights. "
                    "Uruguay urged the two countries to reach a deal soon.")
    ev = request_by(evs, "URY")
    assert {a.country for a in ev.targets} == {"CHL", "ARG"}
