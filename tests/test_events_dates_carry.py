"""Events: dates carried into a sentence with no time expression of its own from the report that
dates it in the same paragraph (`newsgraph/extract/event_dates.py`, issue 6, fresh-article round).
Pasted articles written for these tests (published Friday 14 March 2025: Monday is the 10th,
Tuesday the 11th, Wednesday the 12th, Thursday the 13th); every date names its rule."""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, event_rule as rule_of

HEADER = ("Coastal Ledger\n\nNeighbours spar over fishing grounds\n\nBy Ines Carvalho\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return pasted_events(HEADER, body, published=published)


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


def test_events_dates_other_sides_account_of_a_clash_takes_its_day():
    evs = article("Two Peruvian fishermen were wounded when Chilean patrol boats opened fire near the maritime "
                  "boundary late on Tuesday, Peru's navy said.\n\nChile gave a different account. A Chilean "
                  "sailor was injured by Peruvian gunfire near the boundary, the Chilean navy said.")
    ev = by_trigger(evs, "gunfire") if any(e.trigger == "gunfire" for e in evs) else by_trigger(evs, "injured")
    assert ev.type == "ASSAULT" and ev.date == "2025-03-11"
    assert "date:same-clash" in rule_of(ev)


def test_events_dates_clash_day_not_given_to_an_attack_between_other_sides():
    evs = article("Chilean patrol boats opened fire on Peruvian trawlers near the maritime boundary late on Tuesday, "
                  "Peru's navy said.\n\nBolivian troops attacked a Brazilian border post, Brazil's army said.")
    bolivia = [e for e in evs if e.type == "ASSAULT" and e.source is not None and e.source.country == "BOL"]
    assert bolivia and bolivia[0].date is None


def test_events_dates_simple_past_only_for_a_retold_clash():
    from newsgraph.extract.event_dates import _simple_past
    from newsgraph.nlp import load_nlp

    nlp = load_nlp()
    assert _simple_past(nlp("Chilean sailors attacked two trawlers.")[2])
    assert _simple_past(nlp("Two sailors were killed by gunfire.")[3])
    assert not _simple_past(nlp("Chilean sailors had attacked two trawlers.")[3])
    assert not _simple_past(nlp("Chilean sailors will attack two trawlers.")[3])


def test_events_dates_lead_act_retold_with_its_day_further_on():
    evs = article("Ecuador accused Peru on Thursday of breaking the fishing truce, days after delegations from the "
                  "two countries met under Brazilian mediation.\n\nThe Peruvian trawlers were seized near the "
                  "Galapagos, the navy said.\n\nThe two delegations met in Brasilia on Monday, Brazil's foreign "
                  "ministry said.")
    met = [e for e in evs if e.trigger == "met"]
    assert met and met[0].date == "2025-03-10"
    assert "date:retold-later" in rule_of(met[0])


def test_events_dates_lead_act_not_dated_by_a_later_act_of_other_sides():
    evs = article("Ecuador accused Peru on Thursday of breaking the fishing truce, days after delegations from the "
                  "two countries met under Brazilian mediation.\n\nThe trawlers were seized near the Galapagos, "
                  "the navy said.\n\nThe presidents of Argentina and Uruguay met in Montevideo on Monday.")
    met = [e for e in evs if e.trigger == "met"]
    assert met and met[0].date is None


def test_events_dates_statement_said_then_reported_with_its_day_by_the_same_body():
    evs = article("The European Commission said it stood in full solidarity with Ecuador. A Commission "
                  "spokesperson told reporters in Brussels on Wednesday that the bloc would support Quito.")
    ev = by_trigger(evs, "stood")
    assert (ev.type, ev.date) == ("SUPPORT", "2025-03-12")
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_statement_not_dated_by_another_bodys_report():
    evs = article("The European Commission said it stood in full solidarity with Ecuador. A Council spokesperson "
                  "told reporters in Brussels on Wednesday that talks would go on.")
    assert by_trigger(evs, "stood").date is None


def test_events_dates_hours_after_the_recall_is_the_recalls_day_not_the_latest_acts():
    evs = article("Peru recalled its ambassador to Santiago on Thursday.\n\nChile had rejected Peru's protest on "
                  "Wednesday.\n\nHours after the recall, Brazil urged both countries to show restraint.")
    ev = by_trigger(evs, "urged")
    assert ev.date == "2025-03-13"
    assert "date:measured-from-named" in rule_of(ev)


def test_events_dates_statement_dated_by_its_officials_quote_in_the_next_paragraph():
    evs = article("Chile rejected the Bolivian protest. Foreign Minister Andres Pizarro said the pumping station "
                  "had been built lawfully.\n\n\"Our waters are not up for debate,\" he said on Tuesday. \"We will "
                  "keep pumping.\"")
    ev = by_trigger(evs, "rejected")
    assert (ev.type, ev.date) == ("REJECT", "2025-03-11")
    assert "date:speaker-quoted-later" in rule_of(ev)


def test_events_dates_statement_not_dated_by_an_analysts_quote():
    evs = article("Chile rejected the Bolivian protest. Water researcher Andres Pizarro said the pumping station "
                  "had been built lawfully.\n\n\"The waters are not up for debate,\" he said on Tuesday.")
    assert by_trigger(evs, "rejected").date is None


def test_events_dates_lead_act_told_in_detail_by_the_next_sentence():
    evs = article("Four Peruvian fishermen were killed by gunmen believed to be Chilean marines near the maritime "
                  "boundary, Peruvian officials said.\n\nThe four Peruvian fishermen were shot dead early on "
                  "Sunday off the port of Ilo, according to the local police chief.")
    ev = by_trigger(evs, "killed")
    assert ev.date == "2025-03-09"
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_lead_act_not_dated_by_a_later_attack_on_others():
    evs = article("Four Peruvian fishermen were killed by gunmen believed to be Chilean marines near the maritime "
                  "boundary, Peruvian officials said.\n\nTwo Bolivian traders were shot dead early on Sunday near "
                  "the port of Arica.")
    assert by_trigger(evs, "killed").date is None


def test_events_dates_hours_later_counts_from_the_last_day_told():
    evs = article("Ecuadorian President Diego Mora condemned the seizure on Wednesday morning at his news "
                  "conference.\n\n\"We will not be bullied,\" he said.\n\nHours later, Ecuador ordered Peru's "
                  "charge d'affaires to leave the country, a ministry spokesperson told reporters.")
    ev = by_trigger(evs, "ordered")
    assert (ev.type, ev.date) == ("SANCTION", "2025-03-12")
    assert "date:later-than-before" in rule_of(ev)


def test_events_dates_later_with_no_measure_takes_no_day():
    evs = article("Ecuadorian President Diego Mora condemned the seizure on Wednesday morning.\n\nLater, Ecuador "
                  "ordered Peru's charge d'affaires to leave the country, a ministry spokesperson told reporters.")
    assert "date:later-than-before" not in rule_of(by_trigger(evs, "ordered"))


def test_events_dates_act_noun_named_again_with_its_own_day():
    evs = article("Peru has sent a formal protest note to Chile accusing Chilean trawlers of fishing in its waters."
                  "\n\nThe note, delivered to the Chilean embassy in Lima on Monday, says at least six trawlers "
                  "crossed the boundary, Foreign Minister Ana Rojas told reporters on Tuesday.")
    ev = by_trigger(evs, "note")
    assert ev.date == "2025-03-10"
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_act_noun_not_dated_by_what_was_done_to_it_later():
    evs = article("Peru has sent a formal protest note to Chile accusing Chilean trawlers of fishing in its waters."
                  "\n\nThe note was rejected by Chile on Tuesday.")
    ev = by_trigger(evs, "note")
    assert "date:retold-later" not in rule_of(ev) and ev.date != "2025-03-11"


def test_events_dates_lead_act_dated_by_a_year_refined_by_its_retelling():
    evs = article("Peru recalled its ambassador to Chile on Thursday after Chilean air defences shot down a Peruvian "
                  "military drone near Tacna, the second such incident this year.\n\nThe Chilean Defence Ministry "
                  "said on Wednesday that its units had destroyed a Peruvian reconnaissance drone late on Monday.")
    ev = by_trigger(evs, "shot")
    assert (ev.type, ev.date) == ("ASSAULT", "2025-03-10")
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_lead_act_not_dated_by_the_background_act_of_the_next_sentence():
    evs = article("Chilean authorities sent about 300 Peruvian migrants back across the border, aid workers said."
                  "\n\nThe migrants had crossed into Chile two days earlier after Peruvian police raided their camp "
                  "on Thursday.")
    assert "date:retold-later" not in rule_of(by_trigger(evs, "sent"))


def test_events_dates_retelling_keeps_the_doer_and_the_side_acted_on():
    from newsgraph.extract.event_dates import _same_doer_and_done_to
    from newsgraph.records import Actor, Event

    def ev(src, tgt):
        return Event(id="v", type="ASSAULT", trigger="x", start=0, end=1,
                     source=Actor(name=src or "-", country=src) if src else None,
                     target=Actor(name=tgt, country=tgt))

    assert _same_doer_and_done_to(ev("CHL", "PER"), ev(None, "PER"))  # "the fishermen were shot dead"
    assert _same_doer_and_done_to(ev("CHL", "PER"), ev("CHL", "PER"))
    assert not _same_doer_and_done_to(ev("CHL", "PER"), ev("PER", "CHL"))  # the other side's act
    assert not _same_doer_and_done_to(ev("CHL", "PER"), ev("BOL", "PER"))


def test_events_dates_act_not_yet_done_is_not_retold():
    evs = article("Ecuador asked Peru to halt the transfers until the two governments agreed on a procedure.\n\n"
                  "The two foreign ministries agreed on Wednesday to hold talks in Lima next week.")
    assert any(e.trigger == "agreed" for e in evs)
    assert not any("date:retold-later" in rule_of(e) for e in evs)


def test_events_dates_the_attack_came_counts_from_the_attack_told_further_back():
    evs = article("Tuesday's Chilean drone strike on a Peruvian patrol boat killed two sailors, the Peruvian navy "
                  "said.\n\nPeru condemned the strike on Wednesday. Chile has not commented.\n\nThe attack came a "
                  "day after Chilean and Peruvian diplomats met in Quito to discuss the maritime boundary.")
    ev = by_trigger(evs, "met")
    assert ev.date == "2025-03-10"
    assert "date:measured-clause" in rule_of(ev)


def test_events_dates_a_report_is_not_dated_by_the_next_sentences_statement():
    evs = article("Chilean patrol boats fired on Peruvian trawlers, the Peruvian navy said.\n\nPeru's foreign "
                  "ministry accused Chile on Wednesday of violating the truce.")
    assert not any("date:retold-later" in rule_of(e) for e in evs)


def test_events_dates_present_perfect_lead_takes_the_datelines_day():
    evs = article("LIMA, March 13 (Reuters) - Peru has expelled a Chilean diplomat over a fishing dispute, the "
                  "foreign ministry said.\n\nThe ministry gave no details.")
    ev = by_trigger(evs, "expelled")
    assert (ev.type, ev.date) == ("SANCTION", "2025-03-13")
    assert "date:dateline" in rule_of(ev)


def test_events_dates_simple_past_lead_or_its_own_day_not_the_datelines():
    evs = article("LIMA, March 13 (Reuters) - Peru expelled a Chilean diplomat over a fishing dispute, the "
                  "foreign ministry said.\n\nChile has recalled its ambassador to Lima on Tuesday, officials said.")
    assert by_trigger(evs, "expelled").date is None
    assert by_trigger(evs, "recalled").date == "2025-03-11"


def test_events_dates_a_retelling_is_recent_news():
    from newsgraph.extract.event_dates import _recent

    assert _recent("2025-03-10", "2025-03-14")
    assert _recent("2025-03-10", None)
    assert not _recent("1986-03-01", "1987-03-09")  # "In early 1986, Gencorp agreed to sell WOR-TV"
    assert not _recent("2025-01-01", "2025-03-14")  # 72 days: older than RETOLD_MAX_DAYS


def test_events_dates_result_participle_takes_its_verbs_time_not_a_things_year():
    evs = article("Ties between Lima and Santiago have deteriorated since Chile ended the 2015 fisheries agreement "
                  "with Peru in January 2024, accusing Lima of overfishing.")
    ev = by_trigger(evs, "accusing")
    assert ev.date == "2024-01"


def test_events_dates_act_named_by_the_next_sentence_the_decision_dated():
    evs = article("Peru has withdrawn the fishing licences of two Chilean trawlers, the fisheries agency said.\n\n"
                  "The decision was communicated to the Chilean embassy on Tuesday, according to a copy of the "
                  "letter.")
    ev = by_trigger(evs, "withdrawn")
    assert ev.date == "2025-03-11"
    assert "date:act-named-next" in rule_of(ev)


def test_events_dates_the_decision_dates_no_act_told_in_the_past_perfect():
    evs = article("Chilean officials said Peru had withdrawn the fishing licences of two Chilean trawlers.\n\n"
                  "The decision was communicated to the Chilean embassy on Tuesday.")
    assert not any("date:act-named-next" in rule_of(e) for e in evs)


def test_events_dates_an_act_dated_long_before_publication_is_historical():
    from datetime import date

    from newsgraph.extract.event_dates import _historical
    from newsgraph.records import Event

    def ev(when, status="asserted"):
        return Event(id="v", type="ACCUSE", trigger="accusing", start=0, end=8, date=when, status=status)

    assert _historical(ev("2024-01"), date(2025, 3, 14)).status == "historical"
    assert _historical(ev("2024-12"), date(2025, 3, 14)).status == "asserted"
    assert _historical(ev("2023"), date(2024, 12, 31)).status == "historical"
    assert _historical(ev("2024-01", "negated"), date(2025, 3, 14)).status == "negated"


def test_events_dates_the_thing_acted_on_taken_up_by_a_dated_passive():
    evs = article("Peru protested to Chile after the Chilean navy seized a Peruvian fishing boat near the maritime "
                  "boundary.\n\nThe boat, which carries a crew of 12, was boarded by marines on Monday about 40 "
                  "miles off Arica, the navy said.")
    ev = by_trigger(evs, "seized")
    assert (ev.type, ev.date) == ("COERCE", "2025-03-10")
    assert "date:retold-later" in rule_of(ev)


def test_events_dates_the_thing_acted_on_released_later_is_another_act():
    evs = article("Peru protested to Chile after the Chilean navy seized a Peruvian fishing boat near the maritime "
                  "boundary.\n\nThe boat was released by the navy on Tuesday, the ministry said.")
    assert "date:retold-later" not in rule_of(by_trigger(evs, "seized"))


def test_events_dates_statement_dated_when_its_spokesman_goes_on_as_he():
    evs = article("Chile rejected the protest. A foreign ministry spokesman, Jorge Vidal, told reporters in "
                  "Santiago that the trawlers had been fishing illegally. \"We apply the law to everyone,\" he "
                  "said on Wednesday.")
    ev = by_trigger(evs, "rejected")
    assert (ev.type, ev.date) == ("REJECT", "2025-03-12")
    assert "date:next-sentence-same-speaker" in rule_of(ev)


def test_events_dates_statement_not_dated_by_another_speaker_going_on():
    evs = article("Chile rejected the protest. A foreign ministry spokesman, Jorge Vidal, told reporters in "
                  "Santiago that the trawlers had been fishing illegally. \"We did nothing wrong,\" Peruvian "
                  "captain Luis Soto said on Wednesday.")
    assert "date:next-sentence-same-speaker" not in rule_of(by_trigger(evs, "rejected"))


def test_events_dates_that_evening_is_the_day_told_last():
    evs = article("Peru summoned Chile's ambassador on Tuesday over the shooting.\n\nEcuador offered to mediate "
                  "that evening, its foreign ministry said.")
    ev = by_trigger(evs, "offered")
    assert ev.date == "2025-03-11"
    assert "date:later-than-before" in rule_of(ev)


def test_events_dates_shot_and_wounded_share_the_closing_time():
    evs = article("Chile summoned Peru's ambassador after a Chilean fisherman was shot and wounded near the "
                  "maritime boundary on Monday night, the foreign ministry said on Wednesday.")
    ev = by_trigger(evs, "shot")
    assert ev.date == "2025-03-10"
    assert "date:coordinated-verb" in rule_of(ev)


def test_events_dates_when_clause_takes_the_time_it_opens_on():
    evs = article("Tensions have risen since last month, when Peru said Chilean marines had detained two Peruvian "
                  "fishermen near the boundary.")
    ev = by_trigger(evs, "detained")
    assert ev.date == "2025-02"
    assert "date:when-clause" in rule_of(ev)


def test_events_dates_when_with_no_time_before_it_dates_nothing():
    evs = article("Peru said Chilean marines detained two Peruvian fishermen when they crossed the boundary.")
    assert "date:when-clause" not in rule_of(by_trigger(evs, "detained"))


def test_events_dates_two_days_before_the_talks_opened():
    evs = article("Peruvian and Chilean delegations held talks in Quito on Thursday on the maritime boundary, "
                  "Ecuador's foreign ministry said.\n\nTwo days before the talks opened, Ecuadorian Foreign "
                  "Minister Ana Rojas met Peru's ambassador in Quito.")
    ev = by_trigger(evs, "met")
    assert ev.date == "2025-03-11"
    assert "date:measured-from-named" in rule_of(ev)


def test_events_dates_statement_the_lead_reports_takes_the_datelines_day():
    evs = article("LIMA, March 13 (Reuters) - The foreign ministry said Peru rejected Chile's claims over the "
                  "fishing grounds.\n\nIt gave no details.")
    ev = by_trigger(evs, "rejected")
    assert ev.date == "2025-03-13"
    assert "date:dateline" in rule_of(ev)


def test_events_dates_count_since_a_month_is_not_dated_by_it():
    from newsgraph.pipeline import analyze

    an = analyze("A rights group said at least 25 Bangladeshis had been killed by Indian border guards since January.",
                 body_only=True, published="2026-08-19")
    kills = [e for e in an.events if e.type == "ASSAULT"]
    assert kills and all(e.date is None for e in kills)
    an = analyze("Indian border guards killed two Bangladeshi villagers in January, a rights group said.",
                 body_only=True, published="2026-08-19")
    assert [e.date for e in an.events if e.type == "ASSAULT"] == ["2026-01"]


def test_events_dates_act_announced_hours_later_takes_that_day():
    from newsgraph.pipeline import analyze

    text = ("A fuel depot in Port Sudan was struck by drones on Tuesday, the army said.\n\n"
            "Thick black smoke rose over the port for hours. At least three civilians were killed, the health "
            "ministry said.\n\nArmy spokesman Nabil Abdallah said air defences had shot down several drones.\n\n"
            "Hours later, Sudan's Foreign Ministry announced it was recalling its ambassador from Nairobi "
            "in protest at Kenya's decision to host the meeting.")
    an = analyze(text, body_only=True, published="2026-07-15")
    recall = [e for e in an.events if e.trigger == "recalling"]
    assert recall and recall[0].date == "2026-07-14"
    # an act the announcement reports as done before is not dated by it
    text2 = text.replace("announced it was recalling", "said it had recalled")
    an2 = analyze(text2, body_only=True, published="2026-07-15")
    assert all(e.date != "2026-07-14" or "later-than-before" not in e.evidence[0].rule
               for e in an2.events if e.trigger == "recalled")
