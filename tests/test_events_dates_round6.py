"""Events: dates, round 6 (issue 6, unseen articles; `newsgraph/extract/event_dates.py`). Pasted
articles written for these tests (published Friday 14 March 2025: Monday is the 10th, Tuesday the
11th, Wednesday the 12th, Thursday the 13th); every date names its rule."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, event_rule as rule_of

HEADER = ("Frontier Wire\n\nNeighbours quarrel over a closed crossing\n\nBy Tomas Varga\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return pasted_events(HEADER, body, published=published)


# -- a summary reported next by an official "for" (of, at) the side's body -------------------------
def test_events_dates_summary_reported_by_a_spokesperson_for_the_sides_ministry():
    evs = article("Honduran fishermen said Nicaraguan patrol boats had chased them out of the gulf on "
                  "Monday.\n\nNicaragua's government rejected the complaint. A spokesperson for the "
                  "Nicaraguan foreign ministry said on Wednesday that its navy had acted within "
                  "Nicaraguan waters.\n")
    ev = by_trigger(evs, "rejected")
    assert ev.date == "2025-03-12"
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_summary_reported_by_an_official_of_the_sides_government():
    evs = article("Kenya's government dismissed the accusation. An official of the Kenyan interior "
                  "ministry told reporters on Tuesday that no Kenyan police officer had crossed the "
                  "border.\n")
    ev = by_trigger(evs, "dismissed")
    assert ev.date == "2025-03-11"


def test_events_dates_spokesperson_for_the_other_side_does_not_report_the_summary():
    evs = article("Nicaragua's government rejected the complaint. A spokesperson for the Honduran "
                  "foreign ministry said on Wednesday that the boats had been chased away.\n")
    assert by_trigger(evs, "rejected").date is None
