"""Events: dates from the statement that reports an act, from a measured after/before, from the
speaker going on (`newsgraph/extract/event_dates.py`, issue 6). Pasted articles written for these
tests (published Thursday 12 June 2025: Sunday is the 8th, Monday the 9th, Tuesday the 10th,
Wednesday the 11th); every date names its rule in the event's evidence."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, event_rule as rule_of

HEADER = ("Andes Courier\n\nNeighbours trade charges over border and water\n\nBy Lucia Mendez\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "12 June 2025, 08:00") -> list:
    return pasted_events(HEADER, body, published=published)


def test_events_dates_discourse_statement_frame_dates_what_is_said():
    evs = article("In a statement read on state radio on Tuesday night, Bolivian Foreign Minister Ana Rojas said "
                  "her government rejected Chile's new border map.")
    ev = by_trigger(evs, "rejected")
    assert (ev.type, ev.date) == ("REJECT", "2025-06-10")
    assert "date:statement-frame" in rule_of(ev)


def test_events_dates_discourse_briefing_clause_dates_the_report():
    evs = article("Bolivian Foreign Minister Ana Rojas said at a briefing held on Wednesday that her government "
                  "rejected Chile's claims.")
    assert by_trigger(evs, "rejected").date == "2025-06-11"


def test_events_dates_discourse_year_of_what_a_statement_is_about_dates_nothing():
    evs = article("In a statement on the 2019 treaty, Bolivia rejected Chile's claims.")
    ev = by_trigger(evs, "rejected")
    assert ev.date is None
    assert "not-dated-by:year-of-another-thing" in ev.evidence[0].notes


def test_events_dates_discourse_pronoun_continues_the_dated_statement():
    evs = article("In a statement read on state radio on Tuesday night, Bolivian Foreign Minister Ana Rojas said "
                  "her government rejected Chile's new border map. She accused Chile of moving border markers. "
                  "Peru also accused Chile of moving markers.")
    she = [e for e in evs if e.trigger == "accused" and e.source is not None and e.source.country == "BOL"]
    assert she and she[0].date == "2025-06-10"
    assert "date:speaker-continues" in rule_of(she[0])
    peru = [e for e in evs if e.trigger == "accused" and e.source is not None and e.source.country == "PER"]
    assert peru and peru[0].date is None  # another speaker: not that statement's date


def test_events_dates_discourse_new_paragraph_does_not_continue_the_statement():
    evs = article("In a statement read on state radio on Tuesday night, Bolivian Foreign Minister Ana Rojas said "
                  "her government rejected Chile's new border map.\n\nShe accused Chile of moving border markers.")
    assert by_trigger(evs, "accused").date is None


def test_events_dates_discourse_measured_clause_counts_back_from_the_main_clause():
    evs = article("The foreign ministers of Peru and Ecuador met in Quito on Wednesday, two days after Ecuadorian "
                  "troops detained twelve Peruvian fishermen.")
    assert by_trigger(evs, "met").date == "2025-06-11"
    assert by_trigger(evs, "detained").date == "2025-06-09"


def test_events_dates_discourse_measured_clause_dates_an_act_noun():
    # the parser hangs "Tuesday" over the talks too: the measure corrects it
    evs = article("Bolivia sent its reply to Chile on Tuesday, a day after a round of technical talks between "
                  "Bolivia and Peru ended in La Paz.")
    ev = by_trigger(evs, "talks")
    assert (ev.type, ev.date) == ("CONSULT", "2025-06-09")
    assert "date:measured-clause" in rule_of(ev)


def test_events_dates_discourse_measured_from_a_named_act():
    evs = article("Peru and Ecuador held talks in Lima on Monday.\n\nTwo days after the talks, Peru accused "
                  "Ecuador of violating its airspace.")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-06-11"
    assert "date:measured-from-named" in rule_of(ev)


def test_events_dates_discourse_hours_after_a_named_news_conference():
    evs = article("Chilean spokesman Pablo Vera told a news conference on Tuesday that Bolivia had no claim.\n\n"
                  "Hours after the news conference, Vera urged Bolivia to withdraw its complaint.")
    assert by_trigger(evs, "urged").date == "2025-06-10"


def test_events_dates_discourse_unmeasured_after_gives_no_date():
    evs = article("Peru and Ecuador held talks in Lima on Monday.\n\nSeveral days after the talks, Peru accused "
                  "Ecuador of violating its airspace.")
    assert by_trigger(evs, "accused").date is None


def test_events_dates_discourse_announced_act_is_of_the_announcement_day():
    evs = article("On Sunday, Chile's defence ministry announced that it had deployed additional troops to the "
                  "border with Bolivia.")
    ev = by_trigger(evs, "deployed")
    assert (ev.type, ev.date) == ("MOBILIZE", "2025-06-08")
    assert "date:announced-act" in rule_of(ev)


def test_events_dates_discourse_past_perfect_after_said_stays_undated():
    evs = article("On Sunday, Chile's defence ministry said that it had deployed additional troops to the border "
                  "with Bolivia.")
    assert by_trigger(evs, "deployed").date is None


def test_events_dates_discourse_next_sentence_same_speaker_dates_the_charge():
    evs = article("Government spokesman Carlos Mesa accused Chile of stealing water from the Silala river. "
                  "\"This is theft,\" Mesa told a news conference in La Paz on Tuesday.")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-06-10"
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_discourse_communique_dates_what_it_records():
    evs = article("Wednesday's meeting in Lima ended with a communique in which Peru and Ecuador agreed to reopen "
                  "the border.")
    ev = by_trigger(evs, "agreed")
    assert (ev.type, ev.date) == ("AGREE", "2025-06-11")
    assert "date:statement-frame" in rule_of(ev)


def test_events_dates_discourse_multi_city_dateline_dates_nothing():
    # "LIMA/QUITO, June 12 -" is the wire dateline: the act is Monday's, not the dateline's day
    evs = article("LIMA/QUITO, June 12 - Peru urged Ecuador on Monday to free the fishermen.")
    assert by_trigger(evs, "urged").date == "2025-06-09"


def test_events_dates_discourse_the_two_sides_go_on_with_their_meeting():
    evs = article("The foreign ministers of Peru and Ecuador met in Quito on Tuesday.\n\nThe two sides agreed to "
                  "reopen the border next month, an official said.")
    ev = by_trigger(evs, "agreed")
    assert (ev.type, ev.date) == ("AGREE", "2025-06-10")
    assert "date:joint-act-episode" in rule_of(ev)


def test_events_dates_discourse_a_plan_of_the_two_sides_keeps_its_own_date():
    evs = article("The foreign ministers of Peru and Ecuador met in Quito on Tuesday.\n\nThe two sides will sign a "
                  "border agreement next month.")
    assert not any(e.date == "2025-06-10" for e in evs if e.type == "AGREE")


def test_events_dates_discourse_speaking_at_a_dated_occasion_dates_the_main_clause():
    evs = article("Speaking at a news conference in La Paz on Wednesday, Bolivian Foreign Minister Ana Rojas "
                  "accused Chile of diverting the Silala river.")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-06-11"
    assert "date:participle-frame" in rule_of(ev)


def test_events_dates_discourse_after_a_dated_participle_no_same_day():
    evs = article("After meeting Chilean officials on Monday, Bolivian Foreign Minister Ana Rojas accused Chile of "
                  "diverting the Silala river.")
    assert by_trigger(evs, "accused").date is None


def test_events_dates_discourse_dated_statement_as_subject_dates_what_it_says():
    evs = article("The Bolivian ministry's statement, issued late on Monday, said Chile had violated Bolivian "
                  "sovereignty.")
    assert by_trigger(evs, "violated").date == "2025-06-09"


def test_events_dates_discourse_body_then_its_spokesman_dates_the_statement():
    evs = article("Chile's foreign ministry dismissed the letter. \"The river is ours,\" ministry spokesman Pablo "
                  "Vera told reporters in Santiago on Wednesday.")
    ev = by_trigger(evs, "dismissed")
    assert ev.date == "2025-06-11"
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_discourse_next_statement_dated_by_its_frame():
    evs = article("Chile rejected the accusation. In a statement posted on its website on Tuesday night, the "
                  "Chilean foreign ministry said Bolivia was inventing threats.")
    assert by_trigger(evs, "rejected").date == "2025-06-10"


def test_events_dates_discourse_remarks_broadcast_on_a_day_date_the_speaker_on():
    evs = article("Chile's foreign minister said in remarks broadcast on Sunday that Bolivia had violated the "
                  "border agreement. He also accused La Paz of harbouring smugglers.")
    assert by_trigger(evs, "accused").date == "2025-06-08"


def test_events_dates_discourse_the_move_came_days_after():
    evs = article("Chile recalled its ambassador from La Paz on Monday. The move came two days after Bolivia "
                  "expelled three Chilean diplomats.")
    ev = by_trigger(evs, "expelled")
    assert ev.date == "2025-06-07"
    assert "date:measured-clause" in rule_of(ev)


def test_events_dates_discourse_result_participle_takes_its_verbs_day():
    evs = article("Bolivia's government blamed a rebel group for the ambush. It said its air force had carried out "
                  "strikes on the group's positions on Wednesday morning, killing dozens of fighters.")
    ev = by_trigger(evs, "killing")
    assert ev.date == "2025-06-11"


def test_events_dates_discourse_undated_verb_gives_its_participle_nothing():
    evs = article("Bolivia's government blamed a rebel group for the ambush. It said its air force had carried out "
                  "strikes on the group's positions, killing dozens of fighters.")
    assert by_trigger(evs, "killing").date is None


def test_events_dates_discourse_same_source_goes_on_into_the_next_paragraph():
    evs = article("Chilean troops fired on a Bolivian border post on Tuesday, Bolivia's army said.\n\n"
                  "Two Bolivian soldiers were detained by Chilean troops near the post, the army said.")
    ev = by_trigger(evs, "detained")
    assert ev.date == "2025-06-10"
    assert "date:same-source-continues" in rule_of(ev)


def test_events_dates_discourse_another_source_does_not_go_on():
    evs = article("Chilean troops fired on a Bolivian border post on Tuesday, Bolivia's army said.\n\n"
                  "Two Bolivian soldiers were detained by Chilean troops near the post, police said.")
    assert by_trigger(evs, "detained").date is None
