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


# -- "since <a day>" with a verb of closing or blocking: the day the state began --------------------
def test_events_dates_blocked_since_a_day_is_that_day():
    evs = article("Striking dock workers from Chile's Arica port have blocked the main road crossing "
                  "with Peru since Tuesday, leaving hundreds of lorries stranded.\n")
    ev = by_trigger(evs, "blocked")
    assert ev.date == "2025-03-11"
    assert "date:since-day-begun" in rule_of(ev)


def test_events_dates_closed_since_a_date_is_that_date():
    evs = article("Bolivia has closed its border with Peru to freight traffic since March 3, citing a "
                  "surge in fuel smuggling.\n")
    assert by_trigger(evs, "closed").date == "2025-03-03"


def test_events_dates_repeated_act_since_a_day_stays_undated():
    evs = article("Peru has twice accused Bolivia of smuggling fuel since Monday, and Bolivian police "
                  "have blocked the crossing repeatedly since Tuesday.\n")
    assert by_trigger(evs, "accused").date is None
    assert by_trigger(evs, "blocked").date is None


def test_events_dates_closed_since_a_month_stays_undated():
    evs = article("Bolivia has closed its border with Peru to freight traffic since January, citing a "
                  "surge in fuel smuggling.\n")
    assert by_trigger(evs, "closed").date is None


# -- the things acted on, counted again by the next sentence's passive with its day -----------------
def test_events_dates_things_counted_again_by_a_dated_passive():
    evs = article("Bolivia sent a protest note to Peru on Wednesday after Peruvian police turned back "
                  "dozens of boats carrying Bolivian fishermen on Lake Titicaca.\n\nAbout 30 small "
                  "boats were stopped near the island of Amantani by a Peruvian patrol on Monday as they "
                  "headed for the fishing grounds.\n")
    ev = by_trigger(evs, "turned")
    assert ev.date == "2025-03-10"
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_things_counted_by_a_number_before_and_after():
    evs = article("Bolivia protested on Wednesday after Peruvian police turned back 40 boats carrying "
                  "Bolivian fishermen on Lake Titicaca.\n\nSome 35 boats were stopped near Amantani on Monday "
                  "night, the ministry said.\n")
    assert by_trigger(evs, "turned").date == "2025-03-10"


def test_events_dates_other_things_counted_do_not_retell_the_act():
    evs = article("Bolivia protested on Wednesday after Peruvian police turned back dozens of boats "
                  "carrying Bolivian fishermen on Lake Titicaca.\n\nAbout 30 buses were stopped near Puno on "
                  "Monday night, the ministry said.\n")
    assert by_trigger(evs, "turned").date is None


# -- "at the time": the time of the act just told ---------------------------------------------------
def test_events_dates_at_the_time_is_the_answered_acts_time():
    evs = article("The two countries resumed talks on the dam on Wednesday.\n\nIn January, Sudan accused "
                  "Ethiopia of filling the reservoir without notice, and Khartoum threatened to go to the "
                  "Security Council. Ethiopia's foreign ministry rejected the accusation at the time, "
                  "saying the filling had been agreed by all three countries in 2015.\n")
    ev = by_trigger(evs, "rejected")
    assert ev.date == "2025-01"
    assert "date:at-the-time" in rule_of(ev)


def test_events_dates_at_the_time_of_something_else_dates_nothing():
    evs = article("The two countries resumed talks on the dam on Wednesday.\n\nIn January, Sudan accused "
                  "Ethiopia of filling the reservoir without notice. Ethiopia's foreign ministry rejected "
                  "the accusation at the time of the second filling, saying the filling had been agreed "
                  "in 2015.\n")
    assert "date:at-the-time" not in rule_of(by_trigger(evs, "rejected"))


def test_events_dates_at_the_time_with_nothing_dated_before_stays_undated():
    evs = article("The two countries resumed talks on the dam.\n\nSudan has often accused Ethiopia of "
                  "filling the reservoir without notice. Ethiopia's foreign ministry rejected the "
                  "accusation at the time, saying the filling had been agreed in 2015.\n")
    assert by_trigger(evs, "rejected").date is None


# -- the same person's run goes on from a quotation dated in its own sentence -----------------------
def test_events_dates_speaker_run_from_a_dated_quotation():
    evs = article("Peru's government rejected the complaint.\n\nPeruvian President Dina Boluarte, speaking "
                  "to reporters in Lima on Tuesday, said the police had acted lawfully. \"Nobody crossed "
                  "into Bolivia,\" Boluarte said.\n\nShe accused Bolivia of spreading rumours to distract "
                  "from its fuel shortage.\n")
    ev = by_trigger(evs, "accused")
    assert ev.date == "2025-03-11"
    assert "date:speaker-run-quote" in rule_of(ev)


def test_events_dates_speaker_run_from_a_quote_told_at_a_dated_rally():
    evs = article("Bolivia's government condemned the raid on the market.\n\n\"We will not be "
                  "intimidated,\" Bolivian President Luis Arce told a rally in El Alto on Wednesday. \"Our "
                  "border is our border.\"\n\nHe accused Peru of protecting the police officers who fired "
                  "on unarmed traders.\n")
    assert by_trigger(evs, "accused").date == "2025-03-12"


def test_events_dates_speaker_run_stops_at_another_speakers_quote():
    evs = article("Bolivia's government condemned the raid on the market.\n\n\"We will not be "
                  "intimidated,\" Bolivian President Luis Arce told a rally in El Alto on Wednesday.\n\n"
                  "\"The traders were armed,\" said Peruvian police commander Jorge Salas.\n\nHe accused "
                  "Peru of protecting the police officers who fired on unarmed traders.\n")
    assert "date:speaker-run-quote" not in rule_of(by_trigger(evs, "accused"))


# -- an act reported by a source, then told as what took effect on a day ----------------------------
def test_events_dates_reported_act_takes_the_day_it_took_effect():
    evs = article("Peru has suspended imports of Bolivian potatoes, cutting off one of Bolivia's main "
                  "farm export markets, Bolivian officials said on Thursday.\n\nThe suspension, which "
                  "took effect on Monday, was announced by Peru's agricultural health service.\n")
    # (the participle "cutting off", dated through "suspended" by the report, goes with it: one act)
    sanctions = [e for e in evs if e.type == "SANCTION"]
    assert [e.date for e in sanctions] == ["2025-03-10"]
    assert "date:began-later" in rule_of(sanctions[0])


def test_events_dates_reported_act_with_a_later_ban_of_another_kind_keeps_its_report_day():
    evs = article("Peru has suspended imports of Bolivian potatoes, Bolivian officials said on Thursday."
                  "\n\nThe protest, which began on Monday, was called by Bolivian farmers.\n")
    assert by_trigger(evs, "suspended").date == "2025-03-13"


# -- "back" and its day hung on a past-perfect relative clause of the object ------------------------
def test_events_dates_day_after_back_in_a_relative_clause_dates_the_sending():
    evs = article("Peruvian police sent about 300 migrants who had crossed the Desaguadero river "
                  "illegally back across the border to Bolivia on Tuesday, according to aid workers.\n\n"
                  "Bolivia's foreign ministry protested.\n")
    ev = by_trigger(evs, "sent")
    assert ev.date == "2025-03-11"
    assert "date:goal-in-relative-clause" in rule_of(ev)


def test_events_dates_day_before_back_in_the_relative_clause_is_the_clauses_own():
    evs = article("Peruvian police sent about 300 migrants who had crossed the Desaguadero river on "
                  "Tuesday back across the border to Bolivia, according to aid workers.\n\nBolivia's "
                  "foreign ministry protested.\n")
    assert "date:goal-in-relative-clause" not in rule_of(by_trigger(evs, "sent"))
