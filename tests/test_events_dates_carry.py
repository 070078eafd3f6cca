"""Events: dates carried into a sentence with no time expression of its own from the report that
dates it in the same paragraph (`newsgraph/extract/event_dates.py`, issue 6, fresh-article round).
Pasted articles written for these tests (published Friday 14 March 2025: Monday is the 10th,
Tuesday the 11th, Wednesday the 12th, Thursday the 13th); every date names its rule."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events

HEADER = ("Coastal Ledger\n\nNeighbours spar over fishing grounds\n\nBy Ines Carvalho\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return pasted_events(HEADER, body, published=published)


def rule_of(ev) -> str:
    return ev.evidence[0].rule


def test_events_dates_summary_dated_by_the_quote_after_its_opening_sentences():
    evs = article("Chilean Foreign Minister Pablo Soto blamed Argentina for the collision. \"Nobody here wanted "
                  "this. Their trawler rammed our patrol boat,\" Soto told reporters in Santiago on Tuesday.")
    ev = by_trigger(evs, "blamed")
    assert (ev.type, ev.date) == ("ACCUSE", "2025-03-11")
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_summary_not_dated_by_another_speakers_quote():
    evs = article("Chilean Foreign Minister Pablo Soto blamed Argentina for the collision. \"Nobody here wanted "
                  "this. We did nothing wrong,\" Argentine Foreign Minister Laura Vidal told reporters in Buenos "
                  "Aires on Tuesday.")
    assert by_trigger(evs, "blamed").date is None


def test_events_dates_summary_dated_by_the_same_speakers_dated_statement_act():
    evs = article("Peru and Bolivia, which left the fisheries pact last year, offered their support to Ecuador. "
                  "In a joint statement on Wednesday they condemned the seizure of the Ecuadorian trawlers.")
    ev = by_trigger(evs, "offered")
    assert ev.date == "2025-03-12"
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_measured_from_a_news_conference_a_dated_quote_was_said_at():
    evs = article("\"We will defend our waters,\" Ecuadorian President Diego Mora told a news conference in Quito "
                  "on Monday.\n\nHours after the news conference, the Peruvian Foreign Ministry said it regretted "
                  "the remarks and urged Ecuador to return the trawlers.")
    ev = by_trigger(evs, "urged")
    assert (ev.type, ev.date) == ("REQUEST", "2025-03-10")
    assert "date:measured-from-named" in rule_of(ev)


def test_events_dates_measured_from_an_undated_news_conference_stays_undated():
    evs = article("\"We will defend our waters,\" Ecuadorian President Diego Mora told a news conference in "
                  "Quito.\n\nHours after the news conference, the Peruvian Foreign Ministry said it regretted the "
                  "remarks and urged Ecuador to return the trawlers.")
    assert by_trigger(evs, "urged").date is None


def test_events_dates_measured_from_a_news_conference_dated_through_its_quote():
    evs = article("Ecuador and Peru signed a fisheries agreement in Lima on Monday. \"We will defend our waters,\" "
                  "Ecuadorian President Diego Mora told a news conference after the signing ceremony.\n\nHours "
                  "after the news conference, the Peruvian Foreign Ministry said it regretted the remarks and urged "
                  "Ecuador to return the trawlers.")
    ev = by_trigger(evs, "urged")
    assert ev.date == "2025-03-10"
    assert "date:measured-from-named" in rule_of(ev)
