"""Events: dates, round 5b (issue 6, unseen articles; `newsgraph/extract/event_dates.py`). Pasted
articles written for these tests (published Friday 14 March 2025: Monday is the 10th, Tuesday the
11th, Wednesday the 12th, Thursday the 13th); every date names its rule."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, event_rule as rule_of

HEADER = ("Border Ledger\n\nNeighbours trade blows over a river crossing\n\nBy Ana Ferreira\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return pasted_events(HEADER, body, published=published)


# -- a possessive day names the thing, the report dates the act ------------------------------------
def test_events_dates_possessive_day_of_a_thing_gives_way_to_the_report():
    evs = article("A rebel spokesman in Nairobi said on Thursday that Tuesday's ceasefire was a trick "
                  "played on the Sudanese people, and called on the African Union to intervene.\n")
    ev = by_trigger(evs, "called")
    assert ev.date == "2025-03-13"
    assert "date:report-not-thing-day" in rule_of(ev)


def test_events_dates_possessive_day_of_a_thing_in_a_statement_report():
    evs = article("The Chadian government said on Wednesday that Monday's raid on the border town was "
                  "an act of war and accused Sudan of arming the militia.\n")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-03-12"


def test_events_dates_possessive_day_of_the_setting_still_dates_the_act():
    evs = article("Three Malian soldiers were killed in Tuesday's attack on a border post, the army of "
                  "Mali said.\n")
    ev = by_trigger(evs, "killed")
    assert ev.date == "2025-03-11"


# -- "and later": the first conjunct's time is not the later act's ---------------------------------
def test_events_dates_later_conjunct_does_not_take_the_first_acts_day():
    evs = article("Peru expelled the Bolivian ambassador on Monday and later took Bolivia to the "
                  "International Court of Justice, accusing it of breaching a 1904 treaty.\n")
    assert by_trigger(evs, "expelled").date == "2025-03-10"
    assert by_trigger(evs, "accusing").date is None


def test_events_dates_later_conjunct_with_its_own_day_keeps_it():
    evs = article("Peru expelled the Bolivian ambassador on Monday and later on Wednesday accused Bolivia "
                  "of harbouring smugglers.\n")
    assert by_trigger(evs, "accused").date == "2025-03-12"


def test_events_dates_later_conjunct_keeps_a_year_both_acts_share():
    evs = article("Chad cut diplomatic ties with Sudan in 2021 and later closed the Adre border crossing "
                  "to Sudanese traders.\n")
    assert by_trigger(evs, "closed").date == "2021"


# -- the same speaker's run goes on past a paragraph of quotes --------------------------------------
def test_events_dates_speaker_run_past_a_quote_paragraph():
    evs = article("Peruvian Foreign Minister Elena Rojas rejected the Bolivian complaint on Wednesday. "
                  "Speaking in Lima, she said the barges had been seized under Peruvian law.\n\n"
                  "\"We have nothing to apologise for,\" Rojas said. \"The river is not a smugglers' road.\"\n\n"
                  "She accused Bolivian customs officers of protecting the smugglers and said Lima would "
                  "raise the matter at the regional summit next month.\n")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-03-12"
    assert "date:speaker-run" in rule_of(ev)


def test_events_dates_speaker_run_from_the_paragraph_before():
    evs = article("Chile's defence minister, Tomas Vidal, condemned the incursion on Tuesday, "
                  "speaking to reporters in Santiago.\n\n"
                  "He accused Argentine border guards of crossing the line twice in a week.\n")
    assert by_trigger(evs, "accused").date == "2025-03-11"


def test_events_dates_speaker_run_stops_at_another_speaker():
    evs = article("Peruvian Foreign Minister Elena Rojas rejected the Bolivian complaint on Wednesday.\n\n"
                  "\"This is an insult to our farmers,\" said Bolivian senator Marta Quispe, who demanded "
                  "an apology.\n\n"
                  "She accused Peruvian customs officers of protecting the smugglers.\n")
    assert by_trigger(evs, "accused").date is None


# -- a measure counts from the main clause's act, however it was dated ------------------------------
def test_events_dates_measured_from_a_carried_main_act():
    evs = article("The standoff began on Tuesday morning, when a Chilean patrol boat approached a Peruvian "
                  "trawler near the maritime boundary. The two crews traded warnings for several hours "
                  "before the Peruvian trawler withdrew, Chilean naval officials said.\n")
    ev = by_trigger(evs, "withdrew")
    assert ev.date == "2025-03-11"
    assert "date:measured-" in rule_of(ev)


def test_events_dates_measured_clause_under_a_for_phrase():
    evs = article("Bolivian and Peruvian guards exchanged warnings on Wednesday for about two hours before "
                  "the Bolivian patrol withdrew from the island.\n")
    assert by_trigger(evs, "withdrew").date == "2025-03-12"
