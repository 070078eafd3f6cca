"""Events: dates, round 7 (issue 6, fresh articles; `newsgraph/extract/event_dates.py`). Pasted
articles written for these tests (published Friday 14 March 2025: Monday is the 10th, Tuesday the
11th, Wednesday the 12th, Thursday the 13th); every date names its rule."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, event_rule as rule_of

HEADER = ("Frontier Wire\n\nNeighbours quarrel over a river crossing\n\nBy Tomas Varga\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return pasted_events(HEADER, body, published=published)


# -- the side's body named with its country's possessive reports the summary ------------------------
# ("Romania's Foreign Ministry ... / Ukraine's Foreign Ministry": the entities stage may merge the
# two bare "Foreign Ministry" names into one entity of the first country)
def test_events_dates_summary_reported_by_the_sides_own_ministry_after_the_others():
    evs = article("Peru's Foreign Ministry said on Monday that Bolivian dredgers were working in the "
                  "river without notice.\n\nBolivia rejected the criticism. In a statement issued late on "
                  "Wednesday, Bolivia's Foreign Ministry said the dredging was routine maintenance.\n")
    ev = by_trigger(evs, "rejected")
    assert ev.date == "2025-03-12"
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_summary_reported_by_the_other_sides_ministry_stays_undated():
    evs = article("Bolivia's Foreign Ministry said on Monday that the dredgers were Bolivian.\n\n"
                  "Bolivia rejected the criticism. In a statement issued late on Wednesday, Peru's "
                  "Foreign Ministry said the dredging had to stop.\n")
    ev = by_trigger(evs, "rejected")
    assert ev.date != "2025-03-12"
    assert "date:next-sentence-same-speaker" not in rule_of(ev)


def test_events_dates_summary_reported_by_the_sides_defence_ministry():
    evs = article("Chile's Defence Ministry said on Monday that a Bolivian patrol had crossed the "
                  "line.\n\nBolivia denied the accusation. In a statement on Thursday, Bolivia's Defence "
                  "Ministry said the patrol never left Bolivian soil.\n")
    ev = by_trigger(evs, "denied")
    assert ev.date == "2025-03-13"


# -- the document an act was made in, hung on the act's object, dated by its participle -------------
def test_events_dates_demand_in_a_note_delivered_the_same_day():
    evs = article("Venezuelan guards detained two Colombian drivers on Wednesday.\n\nBogota demanded "
                  "their immediate release in a diplomatic note delivered the same day.\n")
    ev = by_trigger(evs, "demanded")
    assert ev.date == "2025-03-12"
    assert "date:statement-frame" in rule_of(ev)


def test_events_dates_demand_in_a_letter_delivered_on_a_day():
    evs = article("Brazilian officials raised the tariff on Paraguayan power on Monday.\n\nAsuncion "
                  "demanded a review of the tariff in a formal letter delivered on Tuesday.\n")
    ev = by_trigger(evs, "demanded")
    assert ev.date == "2025-03-11"
    assert "date:statement-frame" in rule_of(ev)


def test_events_dates_object_in_a_place_is_no_document_frame():
    # "in the river" is where the boats are, not a document: no day from its clause
    evs = article("Peru demanded the removal of the boats in the river anchored since 2019, the "
                  "ministry said.\n")
    ev = by_trigger(evs, "demanded")
    assert ev.date is None or not ev.date.startswith("2019")


# -- the speaker goes on after a report dated by its own time expression ----------------------------
def test_events_dates_speaker_goes_on_after_a_report_dated_by_its_own_day():
    evs = article("Chilean marines stopped a Bolivian survey boat on Tuesday.\n\nBolivia's foreign "
                  "minister, Ana Rojas, told parliament on Wednesday that she had instructed the embassy "
                  "to deliver a protest note. She accused Chilean authorities of harassing Bolivian "
                  "scientists and said La Paz had recorded four incidents since January.\n")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-03-12"
    assert "date:speaker-continues" in rule_of(ev)


def test_events_dates_same_speaker_goes_on_after_said_on_a_day():
    evs = article("Peru's foreign minister, Luis Vega, said on Thursday that talks with Ecuador had "
                  "stalled. He urged Ecuador to return the boats and said none had been released since "
                  "February.\n")
    ev = by_trigger(evs, "urged")
    assert ev.date == "2025-03-13"


def test_events_dates_speaker_in_the_past_perfect_after_a_dated_report_stays_undated():
    evs = article("Bolivia's foreign minister, Ana Rojas, told parliament on Wednesday that talks had "
                  "stalled. She had accused Chile of bad faith and said no boat had been released since "
                  "January.\n")
    assert by_trigger(evs, "accused").date is None


def test_events_dates_another_speaker_after_a_dated_report_stays_undated():
    evs = article("Bolivia's foreign minister, Ana Rojas, told parliament on Wednesday that talks had "
                  "stalled. Peruvian officials accused Chile of bad faith and said no boat had been "
                  "released since January.\n")
    assert by_trigger(evs, "accused").date is None


def test_events_dates_speaker_named_by_the_titles_appositive_goes_on():
    evs = article("Peru's foreign minister, Luis Vega, said on Thursday that talks with Ecuador had "
                  "stalled. Vega urged Ecuador to return the boats and said none had been released "
                  "since February.\n")
    ev = by_trigger(evs, "urged")
    assert ev.date == "2025-03-13"
    assert "date:speaker-continues" in rule_of(ev)


def test_events_dates_other_person_after_a_titled_speaker_stays_undated():
    evs = article("Ecuador's foreign minister, Gabriela Sommerfeld, said on Monday that talks had "
                  "stalled. Luis Vega urged Ecuador to return the boats and said none had been released "
                  "since February.\n")
    assert by_trigger(evs, "urged").date is None


# -- the body named again ("the ministry's spokesperson") reports the summary; its report's day wins
# over a day carried from the sentence before ---------------------------------------------------
def test_events_dates_summary_reported_by_the_bodys_spokesperson_over_a_carried_day():
    evs = article("Peru summoned Bolivia's ambassador on Monday over dredging work on the river.\n\n"
                  "Bolivia's foreign ministry rejected the criticism. The ministry's spokesperson, Ana "
                  "Rojas, said on Tuesday that the dredging was routine maintenance.\n")
    ev = by_trigger(evs, "rejected")
    assert ev.date == "2025-03-11"
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_another_bodys_spokesperson_leaves_the_carried_day():
    evs = article("Peru summoned Bolivia's ambassador on Monday over dredging work on the river.\n\n"
                  "Bolivia's foreign ministry rejected the criticism. The embassy's spokesperson, Ana "
                  "Rojas, said on Tuesday that the dredging was routine maintenance.\n")
    ev = by_trigger(evs, "rejected")
    assert ev.date != "2025-03-11"


# -- an act told as a habit or not done yet takes no day from the episode around it ----------------
def test_events_dates_habitual_perfect_takes_no_carried_day():
    evs = article("Argentine troops fired on a Chilean border post on Thursday. Chilean inspectors have "
                  "repeatedly warned Argentina about such violations.\n")
    assert by_trigger(evs, "warned").date is None


def test_events_dates_repetition_in_the_simple_past_keeps_the_episodes_day():
    evs = article("Peruvian police cleared the border bridge on Thursday. Bolivian protesters "
                  "repeatedly accused Peru of brutality.\n")
    assert by_trigger(evs, "accused").date == "2025-03-13"

