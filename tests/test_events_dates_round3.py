"""Events: dates of acts told with no time expression of their own, round 3 (issue 6, unseen
articles; `newsgraph/extract/event_dates.py` and the dateline break in `newsgraph/nlp`). Pasted
articles written for these tests (published Friday 14 March 2025: Monday is the 10th, Tuesday the
11th, Wednesday the 12th, Thursday the 13th); every date names its rule."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, event_rule as rule_of

from newsgraph.nlp import parse

HEADER = ("Border Ledger\n\nNeighbours trade blows over a river crossing\n\nBy Ana Ferreira\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return pasted_events(HEADER, body, published=published)


# -- a wire dateline is no part of the lead's sentence ----------------------------------------------
def test_nlp_pipeline_dateline_ends_before_the_lead():
    doc = parse("Harbour Times\n\nSANTIAGO, March 12 - The Chilean navy on Tuesday seized two Peruvian "
                "trawlers fishing inside its exclusive economic zone, officials said.\n")
    lead = next(s for s in doc.sents if "navy" in s.text)
    assert lead.text.startswith("The Chilean navy")
    assert lead.root.pos_ == "VERB"


def test_nlp_pipeline_dateline_without_a_date_ends_before_the_lead():
    doc = parse("Harbour Times\n\nLA PAZ \u2014 Bolivia has recalled its ambassador to Lima over the seizure "
                "of two river barges, deepening a row with its neighbour.\n")
    lead = next(s for s in doc.sents if "recalled" in s.text)
    assert lead.text.startswith("Bolivia")
    assert lead.root.lemma_ == "recall"


def test_nlp_pipeline_short_headline_with_a_dash_is_no_dateline():
    doc = parse("EU - Chile talks stall\n\nThe talks ended without a deal.\n")
    assert any(s.text.startswith("EU - Chile") for s in doc.sents)


# -- an act a dated statement reports as under way --------------------------------------------------
def test_events_dates_act_reported_in_progress_takes_the_statements_day():
    evs = article("The European Union said on Wednesday it was suspending 40 million euros in aid to Bolivia "
                  "over the seizure of the barges.")
    ev = by_trigger(evs, "suspending")
    assert (ev.type, ev.date) == ("SANCTION", "2025-03-12")
    assert "date:reported-in-progress" in rule_of(ev)


def test_events_dates_act_announced_in_the_present_progressive_takes_the_announcements_day():
    evs = article("Peru's foreign ministry announced on Tuesday that it is expelling two Bolivian diplomats "
                  "from Lima.")
    ev = by_trigger(evs, "expelling")
    assert ev.date == "2025-03-11"
    assert "date:reported-in-progress" in rule_of(ev)


def test_events_dates_planned_act_reported_on_a_day_is_not_dated_by_it():
    evs = article("The European Union said on Wednesday it would suspend 40 million euros in aid to Bolivia "
                  "if the barges were not returned.")
    ev = by_trigger(evs, "suspend")
    assert ev.date is None or "date:reported-in-progress" not in rule_of(ev)


# -- two coordinated acts of one operation share the time closing the second ------------------------
def test_events_dates_coordinated_acts_with_objects_between_share_the_closing_day():
    evs = article("Chile's navy detained 11 Peruvian fishermen and seized three of their boats near Arica on "
                  "Monday, a navy spokesman said.")
    ev = by_trigger(evs, "detained")
    assert (ev.type, ev.date) == ("COERCE", "2025-03-10")
    assert "date:coordinated-verb" in rule_of(ev)


def test_events_dates_second_act_dated_before_its_verb_does_not_date_the_first():
    evs = article("Chile's navy detained 11 Peruvian fishermen near Arica and on Monday seized three of "
                  "their boats, a navy spokesman said.")
    ev = by_trigger(evs, "detained")
    assert ev.date is None or "date:coordinated-verb" not in rule_of(ev)


# -- a summary dated by the same speaker's quotation opening the next paragraph ---------------------
def test_events_dates_summary_dated_by_quote_opening_the_next_paragraph():
    evs = article("Bolivian Foreign Minister Rosa Quispe accused Peru of \"stealing our river trade\" and "
                  "threatening the livelihoods of barge crews.\n\n\"We will not accept this,\" Quispe told "
                  "the senate in La Paz on Wednesday.")
    ev = by_trigger(evs, "accused")
    assert (ev.type, ev.date) == ("ACCUSE", "2025-03-12")
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_summary_not_dated_by_another_speakers_quote_in_the_next_paragraph():
    evs = article("Bolivian Foreign Minister Rosa Quispe accused Peru of \"stealing our river trade\".\n\n"
                  "\"This is nonsense,\" Peruvian Foreign Minister Jorge Salas told reporters in Lima on "
                  "Wednesday.")
    assert by_trigger(evs, "accused").date is None


# -- an act named again further on by a definite noun with a day of its own --------------------------
def test_events_dates_act_retold_by_a_possessive_day_noun():
    evs = article("At least six villagers were killed by gunmen who crossed the river from Peru, local "
                  "officials said. Bolivia closed the crossing.\n\nPeru's government denied any role in "
                  "Tuesday's attack and offered to help the investigation.")
    ev = by_trigger(evs, "killed")
    assert (ev.type, ev.date) == ("ASSAULT", "2025-03-11")
    assert "date:retold-by-noun" in rule_of(ev)


def test_events_dates_act_retold_as_what_an_announcement_made_public():
    evs = article("Peru protested to Bolivia after La Paz suspended imports of Peruvian fish.\n\nBolivia's "
                  "customs agency announced the suspension late on Wednesday, citing health concerns.")
    ev = by_trigger(evs, "suspended")
    assert (ev.type, ev.date) == ("SANCTION", "2025-03-12")
    assert "date:retold-by-noun" in rule_of(ev)


def test_events_dates_act_not_dated_by_an_indefinite_noun_of_its_kind():
    evs = article("At least six villagers were killed by gunmen who crossed the river from Peru, local "
                  "officials said.\n\nAn attack on Tuesday near the same crossing wounded two soldiers.")
    ev = by_trigger(evs, "killed")
    assert ev.date is None or "date:retold-by-noun" not in rule_of(ev)


# -- the one acted on taken up by the next sentence's passive with a day of its own ------------------
def test_events_dates_act_retold_by_a_passive_on_the_prisoners_surname():
    evs = article("In return, Peru freed Carlos Mamani, a Bolivian trader convicted of smuggling. Mamani was "
                  "released from a prison in Tacna on Thursday and crossed the border the same evening, the "
                  "justice ministry said.")
    ev = by_trigger(evs, "freed")
    assert (ev.type, ev.date) == ("RETREAT", "2025-03-13")
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_act_retold_by_a_passive_on_the_same_count_of_victims():
    evs = article("Bolivia protested to Peru on Wednesday after two Bolivian farmers were killed by Peruvian "
                  "border guards, the ministry said. The two men were shot dead early on Monday near the "
                  "Desaguadero crossing, according to local police.\n\nRights groups said at least 12 "
                  "Bolivians had been killed by border guards since January.")
    ev = by_trigger(evs, "killed")
    assert (ev.type, ev.date) == ("ASSAULT", "2025-03-10")
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_passive_of_another_kind_on_the_surname_does_not_date_the_act():
    evs = article("In return, Peru freed Carlos Mamani, a Bolivian trader convicted of smuggling. Mamani was "
                  "flown to La Paz on Thursday, the justice ministry said.")
    ev = by_trigger(evs, "freed")
    assert ev.date is None or "date:retold-later" not in rule_of(ev)


def test_events_dates_object_noun_does_not_take_the_day_of_its_verb_of_judgement():
    evs = article("Two Bolivian soldiers were killed by Peruvian fire near the river, the army said.\n\n"
                  "Bolivia's president condemned the attack on Wednesday.")
    ev = by_trigger(evs, "killed")
    assert ev.date is None or "date:retold-by-noun" not in rule_of(ev)


# -- a purpose clause closing the sentence with the act's day ----------------------------------------
def test_events_dates_day_closing_a_purpose_clause_dates_the_act():
    evs = article("He said Bolivian troops had been sent to reinforce positions along the river on Tuesday.")
    ev = by_trigger(evs, "sent")
    assert (ev.type, ev.date) == ("MOBILIZE", "2025-03-11")
    assert "date:purpose-clause-closing" in rule_of(ev)


def test_events_dates_planned_act_with_a_purpose_clause_day_is_not_dated_by_it():
    evs = article("Peru will deploy 300 soldiers to the border to monitor the crossing on Tuesday.")
    for ev in evs:
        assert "date:purpose-clause-closing" not in rule_of(ev)


# -- the next sentence names the act by a noun of its kind -------------------------------------------
def test_events_dates_act_named_next_by_what_it_sent():
    evs = article("Peru has deployed about 500 additional soldiers to its southern border, the defence "
                  "ministry said. The reinforcements arrived in Puno on Saturday aboard air force planes.")
    ev = by_trigger(evs, "deployed")
    assert (ev.type, ev.date) == ("MOBILIZE", "2025-03-08")
    # (a present-perfect lead told in detail by the next sentence is also `date:retold-later`'s)
    assert "date:act-named-next" in rule_of(ev) or "date:retold-later" in rule_of(ev)


# -- an act whose "when" clause has its own day --------------------------------------------------------
def test_events_dates_act_dated_by_its_when_clause():
    evs = article("A Bolivian border guard was killed and another was wounded when Peruvian soldiers opened "
                  "fire on a checkpoint near Desaguadero late on Tuesday, the Bolivian army said.")
    ev = by_trigger(evs, "killed")
    assert (ev.type, ev.date) == ("ASSAULT", "2025-03-11")
    assert "date:when-clause-act" in rule_of(ev)


def test_events_dates_act_not_dated_by_a_when_clause_of_what_is_to_come():
    evs = article("Bolivia said it would close the border when Peru deployed troops there on Tuesday.")
    for ev in evs:
        assert "date:when-clause-act" not in rule_of(ev)


# -- a reaction given in the act's own sentence; a statement retold only by its own doer -------------
def test_events_dates_reaction_to_a_move_in_the_acts_sentence_takes_its_day():
    evs = article("Peru on Tuesday released three Bolivian sailors held since a clash on the lake, in a move "
                  "that Bolivia welcomed as a step towards better relations.")
    ev = by_trigger(evs, "welcomed")
    assert (ev.type, ev.date) == ("SUPPORT", "2025-03-11")
    assert "date:statement-frame" in rule_of(ev)


def test_events_dates_statement_not_dated_by_the_same_verb_of_a_body_of_no_country():
    evs = article("Bolivia welcomed Peru's release of three sailors held since a clash on the lake.\n\n"
                  "The families of the sailors gathered at the airport in La Paz.\n\nThe Andean Community "
                  "Secretariat welcomed Peru's gesture on Wednesday.")
    ev = next(e for e in evs if e.trigger == "welcomed" and e.source.country == "BOL")
    assert ev.date != "2025-03-12"


# -- a duration dates nothing: the narration goes on ------------------------------------------------
def test_events_dates_narration_goes_on_past_a_duration():
    evs = article("Fishermen in Puno protested on Wednesday against the new quotas. Several hundred people "
                  "blocked the lakeside road for about three hours, and police fired tear gas to disperse "
                  "them, witnesses said.")
    ev = by_trigger(evs, "fired")
    assert ev.date == "2025-03-12"
    assert "date:narration-past-duration" in rule_of(ev)


def test_events_dates_duration_sentence_in_a_new_paragraph_is_not_carried():
    evs = article("Fishermen in Puno protested on Wednesday against the new quotas.\n\nPolice fired tear gas "
                  "at a crowd for about three hours in Juliaca, witnesses said.")
    ev = by_trigger(evs, "fired")
    assert ev.date is None or "date:narration-past-duration" not in rule_of(ev)


# -- a lead's act retold by a doerless passive of its kind ----------------------------------------------
def test_events_dates_caused_act_retold_by_a_doerless_passive_with_its_day():
    evs = article("Five Bolivian herders were killed by gunmen in a raid near the border, officials said, "
                  "prompting La Paz to send troops to the area.\n\nThe defence minister said an additional "
                  "battalion had been deployed to Charaña on Monday.")
    ev = by_trigger(evs, "send")
    assert (ev.type, ev.date) == ("MOBILIZE", "2025-03-10")
    assert "date:retold-by-passive" in rule_of(ev)


def test_events_dates_passive_with_its_own_doer_does_not_retell_the_act():
    evs = article("Five Bolivian herders were killed by gunmen in a raid near the border, officials said, "
                  "prompting La Paz to send troops to the area.\n\nPeruvian officials said marines had been "
                  "deployed by Lima to Tacna on Monday.")
    ev = by_trigger(evs, "send")
    assert ev.date is None or "date:retold-by-passive" not in rule_of(ev)
