"""Events: dates of acts, round 5 (issue 6, unseen articles; `newsgraph/extract/event_dates.py` and
`timex_governing` in `newsgraph/extract/timexes.py`). Pasted articles written for these tests
(published Friday 14 March 2025: Monday is the 10th, Tuesday the 11th, Wednesday the 12th,
Thursday the 13th); every date names its rule, and a near miss that must stay as it was follows
each positive case."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, event_rule as rule_of

HEADER = ("Border Ledger\n\nNeighbours trade blows over a river crossing\n\nBy Ana Ferreira\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return pasted_events(HEADER, body, published=published)


# -- a coordinated passive retold by its first verb -------------------------------------------------
def test_events_dates_coordinated_passive_retold_by_its_first_verb():
    evs = article("LIMA - Peru recalled its consul on Thursday after a Chilean fishing boat was boarded and "
                  "seized by a Peruvian navy frigate near the maritime border.\n\n"
                  "The boat, the Santa Rosa, was boarded on Tuesday about 30 miles off Arica by marines.")
    ev = by_trigger(evs, "seized")
    assert ev.date == "2025-03-11"
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_coordinated_passive_of_another_thing_stays_undated():
    evs = article("LIMA - Peru recalled its consul on Thursday after a Chilean fishing boat was boarded and "
                  "seized by a Peruvian navy frigate near the maritime border.\n\n"
                  "A cargo ship was boarded on Tuesday about 30 miles off Arica by customs officers.")
    assert by_trigger(evs, "seized").date is None


# -- an act dated only by its report, named next with its own day -----------------------------------
def test_events_dates_act_named_next_beats_the_reports_day():
    evs = article("QUITO, March 13 - Ecuador has asked Colombia to close two border crossings until the two "
                  "governments agree on new controls, officials in Quito said on Thursday.\n\n"
                  "The request was conveyed on Tuesday by Ecuador's ambassador in Bogota.")
    ev = by_trigger(evs, "asked")
    assert ev.date == "2025-03-11"
    assert "date:act-named-next" in rule_of(ev)


def test_events_dates_suspension_announced_earlier_beats_the_reports_day():
    evs = article("Brazil has suspended beef imports from Paraguay, Paraguayan officials said on Thursday.\n\n"
                  "The suspension was announced by Brazil's agriculture ministry on Monday evening.")
    ev = by_trigger(evs, "suspended")
    assert ev.date == "2025-03-10"


def test_events_dates_act_named_next_later_than_its_report_keeps_the_reports_day():
    evs = article("Ecuador has asked Colombia to close two border crossings, officials in Quito said on "
                  "Tuesday.\n\nThe request was discussed again on Thursday by the two foreign ministers.")
    assert by_trigger(evs, "asked").date == "2025-03-11"


# -- a statement made by saying it, in a direct quotation -------------------------------------------
def test_events_dates_quoted_first_person_demand_takes_the_quotations_day():
    evs = article('"This is a grave violation of our waters," Guyanese Foreign Minister Ana Duarte said in a '
                  'statement on Wednesday. "We demand that Venezuela release the fishermen immediately."')
    ev = by_trigger(evs, "demand")
    assert ev.date == "2025-03-12"
    assert "date:quoted-performative" in rule_of(ev)


def test_events_dates_quoted_first_person_call_in_a_quote_only_paragraph_takes_the_quotations_day():
    evs = article('"The island has always been ours," Bolivian President Luis Arce told reporters in La Paz on '
                  'Tuesday.\n\n"I call on Caracas to withdraw its troops from it. There is no other way."')
    ev = by_trigger(evs, "call")
    assert ev.date == "2025-03-11"


def test_events_dates_quoted_past_request_is_no_performative():
    evs = article('"We asked Venezuela to release the fishermen, and nothing happened," Guyanese Foreign '
                  'Minister Ana Duarte said on Wednesday.')
    found = [e for e in evs if e.trigger == "asked"]
    assert not found or "date:quoted-performative" not in rule_of(found[0])


# -- an act named again as what began or took effect on a day ---------------------------------------
def test_events_dates_blockade_named_again_as_begun():
    evs = article("BEITBRIDGE, March 13 - Zimbabwe on Thursday demanded that South Africa restore order at the "
                  "border post, where a blockade by South African truck drivers protesting against foreign "
                  "drivers has stranded 3,000 lorries.\n\n"
                  "The blockade began on Monday, when drivers parked their lorries across the road.")
    ev = by_trigger(evs, "protesting")
    assert ev.date == "2025-03-10"
    assert "date:began-later" in rule_of(ev)


def test_events_dates_ban_that_took_effect_beats_the_dateline():
    evs = article("LUSAKA, March 13 - Zambia has imposed a ban on Congolese traders crossing at the "
                  "Kasumbalesa border post.\n\n"
                  "The ban, which took effect on Tuesday, was announced by the commerce minister.")
    ev = by_trigger(evs, "ban")
    assert ev.date == "2025-03-11"
    assert "date:began-later" in rule_of(ev) or "date:retold-later" in rule_of(ev)  # (the noun's own phrase)


def test_events_dates_another_blockade_beginning_dates_nothing():
    evs = article("BEITBRIDGE - South African truck drivers protesting against foreign drivers have "
                  "stranded 3,000 lorries at the border post.\n\n"
                  "A similar blockade began on Monday at a crossing into Mozambique.")
    assert by_trigger(evs, "protesting").date is None


# -- a day before a purpose clause's "to" -----------------------------------------------------------
def test_events_dates_day_before_the_purpose_clause_is_the_acts():
    evs = article("Peruvian Foreign Minister Elmer Schialer telephoned his Chilean counterpart, Alberto van "
                  "Klaveren, on Tuesday to offer condolences, according to Peru's foreign ministry.")
    ev = by_trigger(evs, "telephoned")
    assert ev.date == "2025-03-11"
    assert "date:purpose-clause-closing" in rule_of(ev)


# -- a document named again: what it says is of the day it was sent ---------------------------------
def test_events_dates_act_told_in_a_note_sent_the_day_before():
    evs = article("SANTIAGO - Chile sent a formal protest note to Argentina on Wednesday after Buenos Aires "
                  "published a new map of the ice field, the foreign ministry said.\n\n"
                  "In the note, which was delivered to the Argentine embassy, Chile asked Argentina to "
                  "withdraw the map, the ministry said in a statement.")
    ev = by_trigger(evs, "asked")
    assert (ev.type, ev.date) == ("REQUEST", "2025-03-12")
    assert "date:document-named-before" in rule_of(ev)


def test_events_dates_act_told_in_a_letter_sent_on_a_day():
    evs = article("Guyana's foreign ministry sent a letter to the Venezuelan government on Monday over the "
                  "seizure of two mining barges.\n\n"
                  "In its letter, Guyana demanded the return of the barges, officials said.")
    ev = by_trigger(evs, "demanded")
    assert ev.date == "2025-03-10"


def test_events_dates_undated_note_dates_nothing():
    evs = article("SANTIAGO - Chile sent a formal protest note to Argentina after Buenos Aires published a new "
                  "map of the ice field.\n\n"
                  "In the note, Chile asked Argentina to withdraw the map, the ministry said.")
    assert by_trigger(evs, "asked").date is None


# -- a day naming the act's object gives way to the act's own ---------------------------------------
def test_events_dates_possessive_day_of_the_object_gives_way_to_the_acts_day():
    evs = article("Brazil welcomed Tuesday's ceasefire agreement between Colombia and Venezuela on Thursday, "
                  "its foreign ministry said.")
    ev = by_trigger(evs, "welcomed")
    assert ev.date == "2025-03-13"


def test_events_dates_possessive_day_of_the_object_alone_still_dates():
    evs = article("Bolivia's foreign minister attended Tuesday's border talks with Peru in Desaguadero.")
    found = [e for e in evs if e.date]
    assert found and found[0].date == "2025-03-11"


# -- a time in a relative clause does not stop the narration ----------------------------------------
def test_events_dates_relative_clause_time_does_not_stop_the_speaker_going_on():
    evs = article("Bolivia defended the fees. Its foreign ministry spokesman, Ana Soto, said on Tuesday that "
                  "Chile bore full responsibility for the dispute. She also repeated La Paz's call for direct "
                  "government-to-government talks, which Santiago has refused since 2019.")
    ev = by_trigger(evs, "call")
    assert ev.date == "2025-03-11"
    assert "date:narration-past-relative-time" in rule_of(ev)


def test_events_dates_relative_clause_time_after_an_undated_sentence_dates_nothing():
    evs = article("Bolivia defended the fees in a long statement. Its spokesman also repeated La Paz's call "
                  "for direct talks, which Santiago has refused since 2019.")
    assert by_trigger(evs, "call").date is None


# -- "In a move announced on Monday, ..." ----------------------------------------------------------
def test_events_dates_act_framed_by_a_dated_move():
    evs = article("In a separate step announced on Wednesday, Chinese customs authorities lifted a daily cap "
                  "on trucks at the Mongolian border crossing.")
    ev = by_trigger(evs, "lifted")
    assert ev.date == "2025-03-12"
    assert "date:statement-frame" in rule_of(ev)


# -- a day the parser hangs on a place ------------------------------------------------------------
def test_events_dates_day_hung_on_a_place_is_the_acts():
    evs = article("Several hundred Paraguayan farmers staged a sit-in on the highway leading to the bridge "
                  "last Wednesday, blocking traffic in both directions for most of the day.")
    ev = by_trigger(evs, "blocking")
    assert ev.date == "2025-03-12"
    assert "date:place-phrase-day" in rule_of(ev)


def test_events_dates_day_of_a_charged_act_does_not_date_the_charge():
    evs = article("Sudan's army accused Ethiopian forces of shelling its positions on Monday, and the fighting "
                  "lasted three days.")
    ev = by_trigger(evs, "accused")
    assert "date:place-phrase-day" not in rule_of(ev)


# -- "the same day" is the day of the act the sentence before is about ------------------------------
def test_events_dates_same_day_as_the_act_the_sentence_before_names():
    evs = article("QUITO, March 13 - Peru and Bolivia agreed on Tuesday to reopen their consulates, the first "
                  "thaw since Bolivian police raided the Peruvian embassy in La Paz in June 2023. \"Today we took "
                  "a first step,\" the Peruvian envoy said.\n\n"
                  "The raid, in which police climbed the embassy walls, was condemned across the region. Peru "
                  "broke off diplomatic relations with Bolivia the same day.")
    ev = by_trigger(evs, "broke")
    assert ev.date == "2023-06"
    assert "date:same-day-as-named" in rule_of(ev)


def test_events_dates_same_day_of_another_verb_is_not_this_acts():
    evs = article("QUITO, March 13 - Peru and Bolivia agreed on Tuesday to reopen their consulates, the first "
                  "thaw since Bolivian police raided the Peruvian embassy in La Paz in June 2023. \"Today we took "
                  "a first step,\" the Peruvian envoy said.\n\n"
                  "The raid, in which police climbed the embassy walls, was condemned across the region. Peru "
                  "broke off diplomatic relations the same day and later took Bolivia to court, accusing it of "
                  "violating the Vienna Convention.")
    assert "date:same-day-as-named" not in rule_of(by_trigger(evs, "accusing"))


# -- a present-perfect lead the body retells with its day ------------------------------------------
def test_events_dates_present_perfect_lead_retold_with_its_day_beats_the_dateline():
    evs = article("LIMA, March 13 - Peru has expelled a Chilean diplomat accused of spying on its navy, "
                  "deepening a row between the neighbours.\n\n"
                  "The foreign ministry expelled the diplomat, a naval attache, on Tuesday after police said he had "
                  "photographed warships in Callao, officials said.")
    found = [e for e in evs if e.trigger == "expelled"]
    assert [e.date for e in found] == ["2025-03-11"]  # one act, of its own day (was also a dateline copy)
    assert "date:retold-later" in rule_of(found[0])


def test_events_dates_present_perfect_lead_not_retold_keeps_the_dateline():
    evs = article("LIMA, March 13 - Peru has expelled a Chilean diplomat accused of spying on its navy, "
                  "deepening a row between the neighbours.\n\n"
                  "Bolivia expelled a Chilean consul on Tuesday over a separate dispute, officials said.")
    assert by_trigger(evs, "expelled").date == "2025-03-13"


# -- a statement act coordinated after what a dated statement reports -------------------------------
def test_events_dates_statement_act_coordinated_after_a_long_report_takes_the_statements_day():
    evs = article("Bolivia dismissed the accusations. In a statement issued late on Tuesday, the Bolivian foreign "
                  "ministry said the dam was \"a routine technical project\" that caused \"no significant harm\" "
                  "to downstream states, and accused Lima of trying to internationalise a regional issue.")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-03-11"
    assert "date:statement-frame" in rule_of(ev)


# -- an act a report tells in the past perfect, told in detail by the next sentence ----------------
def test_events_dates_past_perfect_act_told_in_detail_next_takes_that_day():
    evs = article("A Peruvian army spokesman said Peru had reinforced its units along the border in response. "
                  "Two infantry companies and an engineering platoon were sent to Tacna on Wednesday, he said.")
    ev = by_trigger(evs, "reinforced")
    assert ev.date == "2025-03-12"
    assert "date:retold-by-passive" in rule_of(ev)


def test_events_dates_past_perfect_act_not_dated_by_a_separate_one():
    evs = article("A Peruvian army spokesman said Peru had reinforced its units along the border in response. "
                  "A separate battalion was sent to Cusco on Wednesday, officials said.")
    assert by_trigger(evs, "reinforced").date is None


def test_events_dates_past_perfect_act_not_dated_two_sentences_on():
    evs = article("A Peruvian army spokesman said Peru had reinforced its units along the border in response. "
                  "The border has been tense for months.\n\nA battalion was sent to Tacna on Wednesday, officials "
                  "said.")
    assert by_trigger(evs, "reinforced").date is None


# -- "the bloc's commission": the body just named, as the next speaker ------------------------------
def test_events_dates_statement_summed_up_then_reported_by_the_blocs_commission():
    evs = article("ABUJA - Nigeria reopened its land border with Benin on Tuesday after two days of talks in "
                  "Cotonou.\n\nThe Economic Community of West African States (ECOWAS) welcomed the decision. In a "
                  "statement issued on Thursday, the bloc's commission said it \"commends both governments for "
                  "choosing dialogue\" and urged other members to ease restrictions.")
    ev = by_trigger(evs, "welcomed")
    assert ev.date == "2025-03-13"
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_statement_not_dated_by_another_sides_body():
    evs = article("ABUJA - Nigeria reopened its land border with Benin on Tuesday after two days of talks in "
                  "Cotonou.\n\nThe Economic Community of West African States (ECOWAS) welcomed the decision. In a "
                  "statement issued on Thursday, the other bloc's commission said it had doubts about the move.")
    ev = by_trigger(evs, "welcomed")
    assert "date:next-sentence-same-speaker" not in rule_of(ev)


# -- a present-perfect lead made again, by saying it, in a dated quotation --------------------------
def test_events_dates_present_perfect_demand_made_again_in_a_quotation_takes_its_day():
    evs = article("LA PAZ, March 13 - Bolivia has demanded that Chile release a river barge and its crew of six, "
                  "seized by the Chilean navy on Sunday.\n\n"
                  "Foreign Ministry spokeswoman Ana Soto said on Tuesday that Bolivia had lodged a protest with "
                  "the Chilean embassy. \"The barge was in Bolivian waters,\" she told a regular news briefing. "
                  "\"We demand that the Chilean side release the crew and the vessel immediately.\"")
    ev = by_trigger(evs, "demanded")
    assert ev.date == "2025-03-11"
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_present_perfect_demand_not_dated_by_the_other_sides_quoted_demand():
    evs = article("LA PAZ, March 13 - Bolivia has demanded that Chile release a river barge and its crew of six, "
                  "seized by the Chilean navy on Sunday.\n\n"
                  "Chilean navy spokesman Pedro Rojas said on Tuesday that the barge had entered Chilean waters. "
                  "\"The barge was fishing illegally,\" he told a regular news briefing. \"We demand that the "
                  "Bolivian side respect our waters.\"")
    ev = by_trigger(evs, "demanded")
    assert ev.date != "2025-03-11" and "date:retold-later" not in rule_of(ev)  # the other side's demand


# -- a duration goes on in the episode the sentence before dated, event or not -----------------------
def test_events_dates_narration_past_a_duration_after_a_dated_sentence_with_no_event():
    evs = article("The standoff began on Sunday morning, when a Peruvian patrol vessel approached a Chilean "
                  "corvette near the oil field. The Chilean corvette fired on the Peruvian vessel for about five "
                  "minutes, and Peruvian sailors seized two Chilean fishing boats.")
    ev = by_trigger(evs, "fired")
    assert ev.date == "2025-03-09"
    assert "date:narration-past-duration" in rule_of(ev)


def test_events_dates_narration_past_a_duration_not_after_a_statements_day():
    evs = article("The ministry said on Sunday that talks would resume. Chilean troops shelled Peruvian positions "
                  "for about two hours, officials said.")
    ev = by_trigger(evs, "shelled")
    assert "date:narration-past-duration" not in rule_of(ev)


def test_events_dates_quoted_performative_dated_by_the_speakers_own_today():
    evs = article('"Today two families can finally stop counting the days," Peruvian Foreign Minister Elmer '
                  'Schialer said in a statement. "We are deeply grateful to the State of Qatar for its patience."')
    ev = by_trigger(evs, "grateful")
    assert ev.date == "2025-03-14"
    assert "date:quoted-performative" in rule_of(ev)


def test_events_dates_quoted_performative_not_dated_by_another_speakers_today():
    evs = article('"Today two families can finally stop counting the days," a Qatari official said. '
                  'Peruvian Foreign Minister Elmer Schialer said in a statement: "We are deeply grateful to the '
                  'State of Qatar for its patience."')
    found = [e for e in evs if e.trigger == "grateful"]
    assert not found or "date:quoted-performative" not in rule_of(found[0])


def test_events_dates_past_perfect_act_not_dated_by_a_noun_of_its_kind_in_the_next_sentence():
    evs = article("At least nine civilians were killed by gunmen who crossed into Tacna province early on "
                  "Monday. He said the attackers had set fire to several houses before withdrawing.\n\n"
                  "\"We will not keep our doors open to killers,\" a government spokesman told a news conference "
                  "on Thursday, announcing the closure of the border.")
    found = [e for e in evs if e.trigger == "set"]
    assert not found or found[0].date != "2025-03-13"


def test_events_dates_act_not_dated_by_a_noun_of_its_category_but_another_mode():
    evs = article("At least nine civilians were killed by gunmen who crossed into Tacna province early on Monday. "
                  "The attackers set fire to several houses before withdrawing, the governor said.\n\n"
                  "\"We will not keep our doors open to killers,\" a Peruvian government spokesman told a news "
                  "conference on Thursday, announcing the closure of the border.")
    found = [e for e in evs if e.trigger == "set"]
    assert not found or found[0].date != "2025-03-13"
