"""Events: PLOVER types of acts fresh articles told that were coded wrongly or not at all (issue 6,
fresh-articles round: types (3)). Pasted articles written for these tests (published Thursday
12 June 2025: Monday is the 9th), each family with a case where it must not apply:

- voiding, annulling, nullifying or striking down an agreement is a rejection (REJECT), not an
  attack ("struck down"); scrapping a treaty too, scrapping old tanks is nothing;
- brushing, shrugging or waving aside concerns or a protest is a rejection of its owner;
- dispersing or breaking up a crowd, a rally or protesters is violent repression (ASSAULT);
  "dispersed the funds" is nothing;
- approving arms, a loan or aid for another side provides it (AID); approving a budget is nothing;
- forces arriving (police officers named by a compound: "police officers", "a contingent") are
  deployed (MOBILIZE); forces moved in the passive with no doer are moved by their own state;
- a consultation noun that is the occasion of the clause's act and names a side met ("raised the
  issue in a telephone call with his counterpart") is a CONSULT by the clause's doer;
- a coordinated act after ", and" that the parser hangs deep inside a report ("said the filling
  was an operation that caused no harm to states, and accused Cairo of ...") is the speaker's;
- workers stopping work are on strike (PROTEST).
"""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, actor_countries as countries

HEADER = ("Continental Wire\n\nNeighbours at odds\n\nBy Lena Moretti\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "12 June 2025, 08:00") -> list:
    return pasted_events(HEADER, body, published=published)


def test_events_types_round3_court_voiding_a_pact_rejects_it():
    evs = article("BAGHDAD - Iraq's supreme court on Monday voided a fisheries agreement with Iran, "
                  "saying parliament had never approved it.")
    ev = by_trigger(evs, "voided")
    assert ev.type == "REJECT"
    assert ev.source.country == "IRQ" and ev.target.country == "IRN"
    assert ev.date == "2025-06-09"


def test_events_types_round3_annulling_and_striking_down_are_rejections_not_attacks():
    evs = article("LIMA - Peru's Constitutional Court struck down the extradition treaty with Bolivia on "
                  "Monday. A week earlier a Chilean court had annulled a mining deal with Argentina.")
    struck = by_trigger(evs, "struck")
    assert struck.type == "REJECT"
    assert struck.source.country == "PER" and struck.target.country == "BOL"
    annulled = by_trigger(evs, "annulled")
    assert annulled.type == "REJECT"
    assert annulled.source.country == "CHL" and annulled.target.country == "ARG"
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_events_types_round3_scrapping_old_equipment_is_no_rejection():
    evs = article("ANKARA - Turkey scrapped 40 old tanks at a depot near the Syrian border on Monday.")
    assert not [e for e in evs if e.trigger == "scrapped"]


def test_events_types_round3_brushing_aside_concerns_rejects_their_owner():
    evs = article("BEIJING - China on Monday brushed aside Vietnam's concerns over the new dam. On Tuesday "
                  "Russia shrugged off a formal Estonian protest over the airspace violation.")
    aside = by_trigger(evs, "brushed")
    assert aside.type == "REJECT"
    assert aside.source.country == "CHN" and aside.target.country == "VNM"
    off = by_trigger(evs, "shrugged")
    assert off.type == "REJECT"
    assert off.source.country == "RUS" and off.target.country == "EST"


def test_events_types_round3_dispersing_a_crowd_is_repression():
    evs = article("NAIROBI - Kenyan riot police dispersed hundreds of opposition supporters with tear gas in "
                  "Nairobi on Monday. In Kampala, Ugandan police broke up a student rally with batons.")
    ev = by_trigger(evs, "dispersed")
    assert ev.type == "ASSAULT"
    assert ev.source.country == "KEN" and ev.target.country == "KEN"
    broke = by_trigger(evs, "broke")
    assert broke.type == "ASSAULT"
    assert broke.source.country == "UGA"


def test_events_types_round3_dispersing_funds_is_nothing():
    evs = article("ACCRA - Ghana's finance ministry dispersed the remaining funds to regional councils on "
                  "Monday.")
    assert not [e for e in evs if e.trigger == "dispersed"]


def test_events_types_round3_approving_arms_or_a_loan_for_a_side_is_aid():
    evs = article("WASHINGTON - The US State Department on Monday approved a $900 million sale of "
                  "anti-ship missiles to the Philippines. The World Bank approved a $300 million loan to "
                  "Nepal on Tuesday.")
    sale = by_trigger(evs, "approved")
    assert sale.type == "AID"
    assert sale.source.country == "USA" and sale.target.country == "PHL"
    assert [e for e in evs if e.type == "AID" and e.target is not None and e.target.country == "NPL"]


def test_events_types_round3_approving_a_budget_is_nothing():
    evs = article("NAIROBI - Kenya's parliament approved the annual budget on Monday after a long debate.")
    assert not [e for e in evs if e.trigger == "approved"]


def test_events_types_round3_police_contingent_arriving_is_deployed():
    evs = article("PORT-AU-PRINCE - A contingent of 150 Jamaican police officers arrived in Haiti on Monday, "
                  "officials said.")
    ev = by_trigger(evs, "arrived")
    assert ev.type == "MOBILIZE"
    assert ev.source.country == "JAM" and ev.target.country == "HTI"


def test_events_types_round3_officials_arriving_for_talks_still_visit():
    evs = article("PORT-AU-PRINCE - Two Jamaican police officials arrived in Haiti on Monday for talks on "
                  "the mission.")
    ev = by_trigger(evs, "arrived")
    assert ev.type == "CONSULT"


def test_events_types_round3_own_forces_moved_in_the_passive():
    evs = article("N'DJAMENA - Nigerien troops were sent to reinforce positions along the Malian frontier "
                  "on Monday, the state broadcaster reported.")
    ev = by_trigger(evs, "sent")
    assert ev.type == "MOBILIZE"
    assert ev.source.country == "NER"
    assert "NER" not in countries(ev.targets)


def test_events_types_round3_call_with_counterpart_is_consultation_of_the_doer():
    evs = article("TOKYO - South Korean Foreign Minister Cho Tae-yul raised the dispute in a telephone call "
                  "with his Japanese counterpart on Monday.")
    ev = next(e for e in evs if e.type == "CONSULT")
    assert ev.source.country == "KOR" and ev.target.country == "JPN"
    assert ev.date == "2025-06-09"


def test_events_types_round3_talks_with_a_side_as_occasion():
    evs = article("NEW DELHI - Indian Foreign Minister Subrahmanyam Jaishankar pressed the issue during "
                  "talks with Chinese Foreign Minister Wang Yi on Monday.")
    ev = by_trigger(evs, "talks")
    assert ev.type == "CONSULT"
    assert ev.source.country == "IND" and ev.target.country == "CHN"


def test_events_types_round3_act_after_a_deep_report_is_the_speakers():
    evs = article('ADDIS ABABA - The Kenyan foreign ministry said on Monday the dam was "a routine project" '
                  'that caused "no harm" to downstream states, and accused Somalia of spreading rumours.')
    ev = by_trigger(evs, "accused")
    assert ev.type == "ACCUSE"
    assert ev.source.country == "KEN" and ev.target.country == "SOM"


def test_events_types_round3_relative_clause_conjunct_without_comma_stays_inside():
    # no ", and": the coordinated verb belongs to the relative clause's own subject
    evs = article("NAIROBI - Kenya said on Monday the Ugandan minister, who visited Mogadishu and praised "
                  "Somalia, would resign.")
    ev = by_trigger(evs, "praised")
    assert ev.source.country == "UGA"


def test_events_types_round3_workers_stopping_work_strike():
    evs = article("BELGRADE - Some 200,000 Serbian teachers stopped work on Monday over a new pay law.")
    ev = by_trigger(evs, "stopped")
    assert ev.type == "PROTEST"
    assert ev.source.country == "SRB"


def test_events_types_round3_grateful_to_a_side_is_support():
    evs = article('ROME - "We are deeply grateful to the Sultanate of Oman for its discretion," Italian Foreign '
                  'Minister Antonio Tajani said on Monday.')
    ev = by_trigger(evs, "grateful")
    assert ev.type == "SUPPORT"
    assert ev.source.country == "ITA" and ev.target.country == "OMN"


def test_events_types_round3_critical_of_a_decision_is_criticism_of_its_owner():
    evs = article("ANKARA - Turkey was sharply critical of the Greek decision on Monday. Greece was not "
                  "critical of Italy.")
    ev = by_trigger(evs, "critical")
    assert ev.type == "ACCUSE"
    assert ev.source.country == "TUR" and ev.target.country == "GRC"
    negated = [e for e in evs if e.trigger == "critical" and e.source.country == "GRC"]
    assert negated and negated[0].status == "negated"


def test_events_types_round3_critical_without_a_side_is_nothing():
    evs = article("ROME - The next two weeks are critical for the harvest in southern Italy.")
    assert not [e for e in evs if e.trigger == "critical"]


def test_events_types_round3_expecting_another_side_to_act_is_a_request():
    evs = article("BAKU - Azerbaijani Foreign Minister Jeyhun Bayramov told reporters on Monday that Baku "
                  "expected Yerevan to withdraw its border guards from the disputed villages.")
    ev = by_trigger(evs, "expected")
    assert ev.type == "REQUEST"
    assert ev.source.country == "AZE" and ev.target.country == "ARM"
    assert not [e for e in evs if e.type == "RETREAT"]  # the withdrawal is what was asked for


def test_events_types_round3_expecting_to_act_oneself_is_no_request():
    evs = article("NAIROBI - Kenya expects to sign a trade deal with Uganda next month, officials said on "
                  "Monday. The Ugandan army was expected to withdraw from South Sudan.")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_events_types_round3_statement_from_a_side_speaks_for_it():
    # no act of issuing was kept: the document's own "from" phrase (or the subject of "issued")
    # names who speaks through it, also in an act coordinated after the statement's report
    evs = article('ALGIERS - The decision was announced on Monday in a statement from the Tunisian presidency. '
                  'The statement said the measure would stay in force "until further notice" and accused '
                  'Libya of "repeated provocations" along the border.')
    ev = by_trigger(evs, "accused")
    assert ev.type == "ACCUSE"
    assert ev.source.country == "TUN" and ev.target.country == "LBY"
    evs = article("NAIROBI - The Kenyan foreign ministry issued a statement on Monday. The statement urged "
                  "Somalia to release the fishermen.")
    ev = by_trigger(evs, "urged")
    assert ev.source.country == "KEN" and ev.target.country == "SOM"


def test_events_types_round3_statement_of_no_one_named_stays_unplaced():
    evs = article("NAIROBI - The statement urged Somalia to release the fishermen.")
    assert not [e for e in evs if e.trigger == "urged"]


def test_events_types_round3_sides_meeting_mediators_are_consulted_by_them():
    evs = article("DOHA - Sudanese and Chadian delegations met separately with Qatari mediators on Monday.")
    ev = by_trigger(evs, "met")
    assert ev.type == "CONSULT"
    assert countries(ev.sources) == {"QAT"}
    assert countries(ev.targets) == {"SDN", "TCD"}
    assert ev.mode == "third-party"


def test_events_types_round3_meeting_diplomats_is_no_mediation():
    evs = article("KAMPALA - Ugandan officials met Kenyan diplomats on Monday.")
    ev = by_trigger(evs, "met")
    assert ev.source.country == "UGA" and ev.target.country == "KEN"


def test_events_types_round3_relative_clause_of_a_ruling_is_the_issuers_act():
    evs = article("LIMA - Peru's Constitutional Court issued a decision on Monday that annulled the extradition "
                  "treaty with Chile. Bolivia protested against a ruling by Argentina's Supreme Court that "
                  "struck down a border protocol.")
    ev = by_trigger(evs, "annulled")
    assert ev.type == "REJECT"
    assert ev.source.country == "PER" and ev.target.country == "CHL"
    struck = by_trigger(evs, "struck")
    assert struck.type == "REJECT" and struck.source.country == "ARG"


def test_events_types_round3_relative_clause_of_an_unissued_decision_has_no_doer():
    evs = article("LIMA - The decision that annulled the treaty with Chile was criticised on Monday.")
    assert not [e for e in evs if e.trigger == "annulled"]


def test_events_types_round3_telling_another_side_to_act_is_a_request():
    evs = article("BEIJING - China on Monday rejected the protest and told Japan to stop interfering in the "
                  "case.")
    ev = by_trigger(evs, "told")
    assert ev.type == "REQUEST"
    assert ev.source.country == "CHN" and ev.target.country == "JPN"
    assert by_trigger(evs, "rejected").type == "REJECT"


def test_events_types_round3_telling_reporters_is_no_request():
    evs = article("TOKYO - The Japanese minister told reporters on Monday to wait for the cabinet's decision. "
                  "He told reporters that Japan would respond.")
    assert not [e for e in evs if e.trigger == "told"]


def test_events_types_round3_keeping_crossings_closed_is_a_restriction():
    evs = article("HELSINKI - Finland's government decided on Monday to keep all eight crossings with Russia "
                  "closed for another three months.")
    ev = by_trigger(evs, "keep")
    assert ev.type == "COERCE"
    assert ev.source.country == "FIN" and ev.target.country == "RUS"


def test_events_types_round3_keeping_talks_going_is_no_restriction():
    evs = article("KYIV - Ukraine kept the talks with Poland going on Monday.")
    assert not [e for e in evs if e.trigger == "kept"]


def test_events_types_round3_mediating_between_two_sides_targets_both():
    evs = article("MUSCAT - Oman mediated between Iran and the United States on Monday.")
    ev = by_trigger(evs, "mediated")
    assert ev.type == "CONSULT"
    assert ev.source.country == "OMN"
    assert countries(ev.targets) == {"IRN", "USA"}


def test_events_types_round3_what_people_were_told_is_no_request():
    evs = article('BANGKOK - "They told us to get on the trucks or be arrested," one Karen woman said on Monday.')
    assert not [e for e in evs if e.trigger == "told"]


def test_events_types_round3_measure_decided_is_taken_not_threatened():
    evs = article("HELSINKI - Estonia will keep all three crossing points on its border with Russia closed until "
                  "further notice, the government decided on Monday.")
    ev = by_trigger(evs, "keep")
    assert ev.type == "COERCE"
    assert ev.source.country == "EST" and ev.target.country == "RUS"
    assert ev.date == "2025-06-09"


def test_events_types_round3_measure_announced_stays_a_threat():
    evs = article("TALLINN - Estonia will close its border with Russia, the interior minister said on Monday.")
    ev = by_trigger(evs, "close")
    assert ev.type == "THREATEN"


def test_events_types_round3_talks_framing_a_joint_act_are_the_sides_consultation():
    evs = article("HAVANA - The United States and Cuba agreed on Monday to resume deportation flights, at the "
                  "end of a round of migration talks in Havana.")
    ev = by_trigger(evs, "talks")
    assert ev.type == "CONSULT"
    assert countries(ev.sources) == {"USA", "CUB"} and countries(ev.targets) == {"USA", "CUB"}
    assert ev.date == "2025-06-09"


def test_events_types_round3_talks_framing_one_sides_act_name_no_one():
    evs = article("PARIS - France signed the deal on Monday at the end of talks in Rome.")
    assert not [e for e in evs if e.trigger == "talks"]


def test_events_types_round3_summoning_a_high_commissioner_is_a_protest():
    evs = article("NEW DELHI - India's foreign ministry summoned Sri Lanka's acting high commissioner on Monday "
                  "to lodge a strong protest over the arrests.")
    ev = by_trigger(evs, "summoned")
    assert ev.type == "ACCUSE"
    assert ev.source.country == "IND" and ev.target.country == "LKA"
    assert ev.date == "2025-06-09"


def test_events_types_round3_reported_failure_to_act_is_a_charge():
    evs = article("ANKARA - A senior Turkish official told reporters on Monday that Baghdad had failed to act "
                  "against PKK camps in the north.")
    ev = next((e for e in evs if e.type == "ACCUSE"), None)
    assert ev is not None, [(e.type, e.trigger) for e in evs]
    assert ev.source.country == "TUR" and ev.target.country == "IRQ"


def test_events_types_round3_failure_of_things_or_of_a_named_act_stays_as_it_was():
    evs = article("NAIROBI - Kenya said on Monday that the talks had failed to produce a deal. Israel and the "
                  "Palestinians failed to reach agreement on Tuesday.")
    assert not [e for e in evs if e.type == "ACCUSE"]
    assert [e for e in evs if e.type == "REJECT" and e.trigger in ("reach", "agreement")]
