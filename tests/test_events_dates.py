"""Events: when an act happened, for sentences with no time expression of their own and around
the wire dateline (issue 6). Pasted articles written for these tests; every carried date names
its rule in the event's evidence."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events

HEADER = ("Coastal Mail\n\nNeighbours trade accusations as border row deepens\n\nBy Tomas Reyes\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "12 June 2025, 08:00") -> list:
    return pasted_events(HEADER, body, published=published)


def test_events_dates_past_narration_carries_the_episode_date_on():
    evs = article("Togo closed its border with Ghana on Tuesday. It then expelled two Ghanaian diplomats. "
                  "It also summoned the Ghanaian ambassador.")
    assert by_trigger(evs, "expelled").date == "2025-06-10"
    summoned = by_trigger(evs, "summoned")
    assert summoned.date == "2025-06-10"
    assert "date:narration-continues" in summoned.evidence[0].rule


def test_events_dates_future_sentence_passes_no_date_on():
    evs = article("Togo closed its border with Ghana on Tuesday. It will review the decision. "
                  "It also summoned the Ghanaian ambassador.")
    assert by_trigger(evs, "summoned").date is None


def test_events_dates_new_paragraph_does_not_continue():
    evs = article("Togo closed its border with Ghana on Tuesday.\n\nNigeria also summoned the Togolese ambassador.")
    assert by_trigger(evs, "summoned").date is None


def test_events_dates_main_act_dated_deep_in_its_clause_passes_its_date_on():
    evs = article("Peru recalled its ambassador to Mexico for consultations on Friday. President Dina Boluarte "
                  "accused Mexico of meddling in Peru's affairs.")
    assert by_trigger(evs, "recalled").date == "2025-06-06"
    assert by_trigger(evs, "accused").date == "2025-06-06"


def test_events_dates_statement_dated_by_the_report_after_it():
    evs = article("Ecuador accused Chile of spying. Chile denied the charge. Its foreign ministry said on "
                  "Wednesday that no Chilean agent had entered Ecuador.")
    ev = by_trigger(evs, "denied")
    assert ev.date == "2025-06-11"
    assert ev.target is not None and ev.target.country == "ECU"
    assert "date:next-sentence-same-actor" in ev.evidence[0].rule


def test_events_dates_a_material_act_is_not_dated_by_the_report_after_it():
    evs = article("Chile seized an Ecuadorian fishing boat. Its navy said on Wednesday that the boat had no permit.")
    assert by_trigger(evs, "seized").date is None


def test_events_dates_new_paragraph_goes_on_with_the_side_that_acted():
    evs = article("Two Chilean soldiers were wounded when Bolivian troops opened fire near the border on "
                  "Tuesday, Chile's army said on Wednesday.\n\nBolivia accused Chile of provoking the clash.")
    assert by_trigger(evs, "accused").date == "2025-06-11"


def test_events_dates_the_side_acted_on_answering_is_a_new_report():
    evs = article("Bolivia expelled two Chilean diplomats on Tuesday, accusing them of spying near the border."
                  "\n\nChile rejected the expulsions and said its diplomats had done nothing wrong.")
    ev = by_trigger(evs, "rejected")
    assert ev.target is not None and ev.target.country == "BOL"
    assert ev.date is None


def test_events_dates_the_dateline_dates_no_act():
    evs = article("LIMA, June 12 - Thousands of people marched in Cusco on Tuesday against the mining law.")
    assert by_trigger(evs, "marched").date == "2025-06-10"


def test_events_dates_reaction_to_an_act_of_the_publication_day_is_of_that_day():
    evs = article("Iran seized a British oil tanker in the Gulf on Thursday morning, the navy said.\n\n"
                  "Britain condemned the seizure and summoned the Iranian ambassador.")
    ev = by_trigger(evs, "condemned")
    assert ev.target is not None and ev.target.country == "IRN"
    assert ev.date == "2025-06-12" and "date:reaction-same-day" in ev.evidence[0].rule


def test_events_dates_reaction_to_an_older_act_stays_undated():
    evs = article("Iran seized a British oil tanker in the Gulf on Monday, the navy said.\n\n"
                  "Britain condemned the seizure and summoned the Iranian ambassador.")
    assert by_trigger(evs, "condemned").date is None


def test_events_dates_the_same_actor_goes_on_with_its_episode():
    evs = article("Chilean police fired tear gas at thousands of students in Santiago on Tuesday, as marches "
                  "against the education reform turned violent.\n\nAt least two people were injured, the health "
                  "ministry said. Police arrested dozens of students, including two union leaders.")
    ev = by_trigger(evs, "arrested")
    assert ev.date == "2025-06-10"
    assert "date:same-actor-episode" in ev.evidence[0].rule


def test_events_dates_another_actor_does_not_take_the_episode_date():
    evs = article("Chilean police fired tear gas at thousands of students in Santiago on Tuesday, as marches "
                  "against the education reform turned violent.\n\nAt least two people were injured, the health "
                  "ministry said. Bolivia expelled two Chilean diplomats, accusing them of spying.")
    assert by_trigger(evs, "expelled").date is None


def test_events_dates_report_after_a_statement_beats_a_carried_date():
    evs = article("Peru recalled its ambassador to Chile on Monday. Chile rejected the decision. Its foreign "
                  "ministry said on Wednesday that the recall was unjustified.")
    ev = by_trigger(evs, "rejected")
    assert ev.date == "2025-06-11"


def test_events_dates_the_episode_goes_on_after_a_new_paragraph_of_the_same_actor():
    evs = article("Peruvian President Dina Boluarte arrived in La Paz on Wednesday for a two-day visit.\n\n"
                  "Boluarte met Bolivian President Luis Arce at the government palace. The two leaders signed "
                  "an agreement on water rights.")
    assert by_trigger(evs, "agreement").date == "2025-06-11"


def test_events_dates_shortly_after_an_act_is_dated_by_it():
    evs = article("Armenia and Azerbaijan exchanged 32 prisoners of war on Tuesday, officials said.\n\n"
                  "Hours after the swap, Azerbaijani troops shelled an Armenian village near the border, the "
                  "Armenian defence ministry said.")
    ev = by_trigger(evs, "shelled")
    assert ev.date == "2025-06-10" and "date:shortly-after-act" in ev.evidence[0].rule


def test_events_dates_order_dated_by_its_complement_and_participle_by_its_head():
    evs = article("Argentina ordered seven Venezuelan diplomats to leave the country within 72 hours on Monday, "
                  "accusing Caracas of spying on opposition figures.")
    assert by_trigger(evs, "ordered").date == "2025-06-09"
    assert by_trigger(evs, "accusing").date == "2025-06-09"
    later = article("Argentina ordered seven Venezuelan diplomats to leave the country by Friday, June 20.")
    assert by_trigger(later, "ordered").date is None  # a departure date ahead is not the order's


def test_events_dates_dateline_glued_to_an_unplaced_attacker():
    evs = article("MAIDUGURI, June 12 - A suicide bomber killed at least 12 people at a market in Nigeria's Borno "
                  "state on Tuesday, police said.")
    ev = by_trigger(evs, "killed")
    assert ev.date == "2025-06-10" and ev.target.country == "NGA"
