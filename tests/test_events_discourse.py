"""Events across clauses and sentences (issue 6, unseen articles): possessive and object
pronouns, coordinated verbs of a report, reports of harm to the speaker's side, dates of
after-clauses and of "the incident happened on ...", reciprocal acts of coordinated subjects.

Texts are short synthetic sentences written for these tests."""
from __future__ import annotations

from newsgraph.pipeline import analyze

PUBLISHED = "2025-05-10"  # a Saturday


def events_of(text: str, *, published: str = PUBLISHED):
    return list(analyze(text, body_only=True, published=published).events)


def find(evs, etype: str, source: str | None = None):
    return [e for e in evs if e.type == etype and (source is None or (e.source and e.source.country == source))]


def test_events_discourse_its_ministry_is_the_previous_subjects():
    evs = events_of("Norway, a close partner of Sweden, objected to the plan. Its foreign ministry said on Friday "
                    "that Stockholm had failed to inform its partners and accused it of acting in bad faith.")
    acc = find(evs, "ACCUSE")
    assert acc, evs
    ev = acc[0]
    assert (ev.source.country, ev.target.country, ev.date) == ("NOR", "SWE", "2025-05-09")
    assert "possessive-antecedent" in ev.evidence[0].notes[-1] or any(
        "possessive-antecedent" in n for n in ev.evidence[0].notes)


def test_events_discourse_its_partners_are_not_the_owner():
    evs = events_of("Kenya objected to the tariff. Its partners accused Uganda of breaking the rules on Friday.")
    # "its partners" are other sides: they take no country from "its"
    assert evs and not any(any("possessive-antecedent" in n for n in e.evidence[0].notes) for e in evs)


def test_events_discourse_coordinated_verb_after_perfect_is_the_speakers():
    evs = events_of("Indian foreign ministry spokesman Arun Mehta said on Thursday that Pakistan had shelled "
                    "border posts and urged Islamabad to respect the truce.")
    req = find(evs, "REQUEST")
    assert req and (req[0].source.country, req[0].target.country) == ("IND", "PAK")
    assert req[0].date == "2025-05-08"


def test_events_discourse_coordinated_verb_sharing_the_perfect_stays_in_the_clause():
    # "had crossed and attacked": one subject for both conjuncts, no shift of tense
    evs = events_of("Officials in Kyiv said on Friday that Russian troops had crossed the border and attacked "
                    "a Ukrainian post.")
    assault = find(evs, "ASSAULT")
    assert assault and assault[0].source.country == "RUS"


def test_events_discourse_report_of_harm_to_own_side_is_an_accusation():
    evs = events_of("Vietnamese foreign ministry spokesman Pham Thu Hang said on Monday that Cambodia had "
                    "\"repeatedly violated Vietnam's airspace\".", published="2024-03-06")
    acc = find(evs, "ACCUSE", "VNM")
    assert acc and acc[0].target.country == "KHM" and acc[0].date == "2024-03-04"
    assert "accusation-in-report" in acc[0].evidence[0].rule
    act = next(e for e in evs if e.trigger == "violated")
    assert (act.source.country, act.status, act.claimed_by) == ("KHM", "alleged", "Pham Thu Hang")


def test_events_discourse_quote_of_harm_to_our_side_is_an_accusation():
    evs = events_of("\"Cambodian patrol boats attacked our fishing vessels and injured our crew,\" Thai navy "
                    "spokesman Admiral Prasert Wong told reporters on Tuesday.", published="2024-03-06")
    acc = find(evs, "ACCUSE", "THA")
    assert acc and acc[0].target.country == "KHM" and acc[0].date == "2024-03-05"
    assert "accusation-in-" in acc[0].evidence[0].rule


def test_events_discourse_attack_told_by_the_other_sides_ministry_keeps_the_attack():
    evs = events_of("A Turkish air strike killed three people near the border on Monday, Syria's health "
                    "ministry said.", published="2024-03-06")
    # the attack stays an event (the ministry's claim) and the report of it is Syria's charge
    assert find(evs, "ASSAULT", "TUR")
    acc = find(evs, "ACCUSE", "SYR")
    assert acc and acc[0].target.country == "TUR"


def test_events_discourse_officials_of_no_country_make_no_charge():
    evs = events_of("A Turkish air strike killed three people near the border on Monday, officials said.",
                    published="2024-03-06")
    assert find(evs, "ASSAULT", "TUR")
    assert not find(evs, "ACCUSE")


def test_events_discourse_after_clause_takes_no_date_of_main_clause():
    evs = events_of("Chile lodged a protest with Peru on Thursday after Peruvian patrol boats fired on a "
                    "Chilean trawler.")
    fired = next(e for e in evs if e.trigger == "fired")
    assert fired.date != "2025-05-08"
    protest = next(e for e in evs if e.trigger == "protest")
    assert protest.date == "2025-05-08"


def test_events_discourse_the_incident_happened_redates_the_attack():
    evs = events_of("Chile lodged a protest with Peru on Thursday after Peruvian patrol boats fired on a "
                    "Chilean trawler. The incident happened on Tuesday night off the coast.")
    fired = next(e for e in evs if e.trigger == "fired")
    assert fired.date == "2025-05-06"
    assert "date:incident-anaphor" in fired.evidence[0].rule


def test_events_discourse_incident_does_not_redate_a_dated_attack():
    evs = events_of("Peruvian patrol boats fired on a Chilean trawler on Wednesday. The incident happened "
                    "after a long chase.")
    fired = next(e for e in evs if e.trigger == "fired")
    assert fired.date == "2025-05-07"


def test_events_discourse_compound_subject_signing_is_reciprocal_not_about_the_clause():
    evs = events_of("Peru and Ecuador signed a trade agreement on Friday that will cut tariffs on "
                    "Chinese steel across Latin America.")
    agree = find(evs, "AGREE")
    assert agree
    ev = agree[0]
    assert {a.country for a in ev.sources} == {"PER", "ECU"}
    assert {a.country for a in ev.targets} == {"PER", "ECU"}


def test_events_discourse_latin_america_is_no_country():
    evs = events_of("Officials from Latin America met Spanish diplomats in Madrid on Friday.")
    assert not any(a.country == "USA" for e in evs for a in (*e.sources, *e.targets))


def test_events_discourse_visit_by_titled_minister_hosted_where_it_happens_dated_by_its_clause():
    evs = events_of("Chile and Peru signed a fisheries pact on Thursday. The pact was signed in Lima by "
                    "Chile's Minister of Fisheries, Rosa Vidal, and Peru's Production Minister, Luis Paredes, "
                    "at the end of a two-day visit by Vidal that began on Wednesday.")
    visit = next(e for e in evs if e.trigger == "visit")
    assert (visit.type, visit.source.country, visit.target.country, visit.date) == (
        "CONSULT", "CHL", "PER", "2025-05-07")
    assert "visit-host-place" in visit.evidence[0].rule


def test_events_discourse_speaker_placed_by_where_the_briefing_is():
    evs = events_of("At a regular briefing in Hanoi on Friday, ministry spokesman Le Van Tuan said Cambodia "
                    "had violated Vietnam's airspace and urged Phnom Penh to halt the flights.")
    acc = find(evs, "ACCUSE", "VNM")
    assert acc and acc[0].target.country == "KHM" and acc[0].date == "2025-05-09"
    req = find(evs, "REQUEST", "VNM")
    assert req and req[0].target.country == "KHM"


def test_events_discourse_quoted_country_does_not_place_the_speaker():
    evs = events_of("At a briefing in Hanoi on Friday, spokesman Le Van Tuan urged Cambodia to halt the "
                    "flights. \"The Cambodian side must stop,\" Le said.")
    assert not any(a.country == "KHM" for e in evs for a in e.sources)


def test_events_discourse_attack_victims_placed_by_a_place_in_the_subject_phrase():
    evs = events_of("A Russian missile fired at a bus near the city of Kharkiv killed two people on "
                    "Saturday, officials said.")
    ev = find(evs, "ASSAULT", "RUS")
    assert ev and ev[0].target is not None and ev[0].target.country == "UKR"


def test_events_discourse_praise_of_the_deal_supports_its_parties():
    evs = events_of("Peru and Chile signed a trade deal on Monday. Bolivia's foreign minister said on "
                    "Tuesday that the deal was good news for the region.")
    sup = find(evs, "SUPPORT", "BOL")
    assert sup and {a.country for a in sup[0].targets} == {"PER", "CHL"} and sup[0].date == "2025-05-06"
    assert "evaluation+" in sup[0].evidence[0].rule
    # "the deal" in the praise is the deal told before, not a second agreement by Bolivia
    assert not find(evs, "AGREE", "BOL")


def test_events_discourse_calling_drills_provocative_accuses_their_owner():
    evs = events_of("Taiwan's defence ministry on Monday called China's drills provocative.")
    acc = find(evs, "ACCUSE", "TWN")
    assert acc and acc[0].target.country == "CHN" and acc[0].date == "2025-05-05"


def test_events_discourse_negated_evaluation_is_no_praise():
    evs = events_of("Peru and Chile signed a trade deal on Monday. Bolivia's foreign minister said on "
                    "Tuesday that the deal was not good news for the region.")
    assert not find(evs, "SUPPORT", "BOL")


def test_events_discourse_what_marchers_say_is_not_whom_they_protest():
    evs = events_of("On Wednesday, hundreds of members of Chile's dockworkers' union marched to the labour "
                    "ministry in Santiago, saying cheap Peruvian imports would cost Chilean jobs.")
    protest = find(evs, "PROTEST", "CHL")
    assert protest and protest[0].target is not None and protest[0].target.country == "CHL"


def test_events_discourse_dateline_glued_to_the_subject_is_skipped():
    text = ("Trade Wire\n\nKenya, Uganda sign pact\n\nBy A. Writer\n\nMarch 6, 2026\n\n"
            "NAIROBI, March 6 - Kenya and Uganda signed a rail pact on Thursday, officials said.\n")
    an = analyze(text, published="2026-03-06")
    agree = [e for e in an.events if e.type == "AGREE"]
    assert agree and {a.country for a in agree[0].sources} == {"KEN", "UGA"}
    assert agree[0].date == "2026-03-05"


def test_events_discourse_must_in_a_quote_is_the_speakers_request():
    evs = events_of("\"Turkey must withdraw the vessel immediately,\" Greek Foreign Minister Eleni Sotiriou told "
                    "reporters on Tuesday.")
    req = find(evs, "REQUEST", "GRC")
    assert req and req[0].target.country == "TUR" and req[0].date == "2025-05-06"
    assert not find(evs, "RETREAT")


def test_events_discourse_nobody_calls_on_itself():
    evs = events_of("Turkey's foreign ministry rejected the protest on Wednesday. Its spokesman, Kemal Aydin, "
                    "said Greece had militarised the islands and called on Athens to respect the treaty.")
    req = find(evs, "REQUEST")
    assert req and (req[0].source.country, req[0].target.country) == ("TUR", "GRC")


def test_events_discourse_year_modifying_a_noun_does_not_stop_the_date_carry():
    evs = events_of("Turkey rejected the protest on Wednesday. It also called on Greece to respect the "
                    "1923 treaty.")
    req = find(evs, "REQUEST", "TUR")
    assert req and req[0].date == "2025-05-07"


def test_events_discourse_its_ministry_tagged_as_a_name():
    evs = events_of("Uganda, which relies on Kenyan ports, objected. Its Trade Ministry said on Thursday that "
                    "Nairobi had ignored the rules and accused it of undermining integration.")
    acc = find(evs, "ACCUSE")
    assert acc and (acc[0].source.country, acc[0].target.country) == ("UGA", "KEN")


def test_events_discourse_owned_thing_called_illegal_accuses_its_owner():
    evs = events_of("Egypt sided with Greece. Its foreign ministry said on Tuesday that the Turkish survey was "
                    "provocative and illegal.")
    acc = find(evs, "ACCUSE", "EGY")
    assert acc and acc[0].target.country == "TUR" and acc[0].date == "2025-05-06"


def test_events_discourse_quoted_must_with_no_trigger_is_a_request():
    evs = events_of("\"Serbia must stop this at once,\" Kosovo Interior Minister Xhelal Svecla told reporters on "
                    "Wednesday.")
    req = find(evs, "REQUEST")
    assert req and req[0].target is not None and req[0].target.country == "SRB"
    assert req[0].source.country not in (None, "SRB")


def test_events_discourse_report_of_a_wrong_with_no_victim_named_is_an_accusation():
    evs = events_of("Chinese foreign ministry spokesperson Mao Ning said on Friday that Japan had ignored "
                    "the concerns of its neighbours.")
    acc = find(evs, "ACCUSE", "CHN")
    assert acc and acc[0].target.country == "JPN" and acc[0].date == "2025-05-09"


def test_events_discourse_act_in_a_relative_or_time_clause_is_no_charge():
    evs = events_of("Russia said on Tuesday that Sudan must return a helicopter that was captured by "
                    "Sudanese troops. Italy announced on Wednesday a suspension of flights to Serbia, a day "
                    "after a Serbian jet shot down a Croatian helicopter.")
    assert not [e for e in evs if "accusation-in-" in e.evidence[0].rule]


def test_events_discourse_the_attack_dates_every_act_of_its_sentence():
    evs = events_of("Two Kosovo police officers were wounded when gunmen opened fire on their vehicle, the "
                    "ministry said. The attack occurred late on Tuesday night.")
    for trig in ("wounded", "opened"):
        ev = next((e for e in evs if e.trigger == trig), None)
        if ev is not None:
            assert ev.date == "2025-05-06", (trig, ev.date)
    assert any(e.date == "2025-05-06" for e in evs)


def test_events_discourse_evaluation_of_an_owned_act_targets_its_owner_not_the_last_act():
    evs = events_of("Brazil sent troops to its northern border on Wednesday. \"Venezuela's actions are "
                    "reckless,\" Guyanese President Irfaan Ali said on Thursday.")
    acc = find(evs, "ACCUSE", "GUY")
    assert acc and acc[0].target.country == "VEN"


def test_events_discourse_officials_from_the_two_armies_are_both_sides():
    evs = events_of("Indian and Chinese soldiers clashed on the border on Tuesday. Corps commanders from the two "
                    "armies held talks on Thursday to defuse tensions.")
    talks = find(evs, "CONSULT")
    assert talks and {a.country for a in talks[0].sources} == {"IND", "CHN"} and talks[0].date == "2025-05-08"


def test_events_discourse_measured_after_clause_is_dated_from_its_main_clause():
    evs = events_of("Somalia recalled its ambassador to Ethiopia on Wednesday, a day after Ethiopia signed a "
                    "port deal with Djibouti.")
    signed = next(e for e in evs if e.type == "AGREE")
    assert signed.date == "2025-05-06"  # (rule date:measured-clause of event_dates.py)


def test_events_discourse_illegally_in_a_report_is_a_charge_only():
    evs = events_of("Chinese military spokesman Long Shaohua said on Friday that Indian troops had illegally "
                    "crossed the line.")
    acc = find(evs, "ACCUSE", "CHN")
    assert acc and acc[0].target.country == "IND" and acc[0].date == "2025-05-09"
    assert not find(evs, "REJECT")


def test_events_discourse_country_possessor_continues_the_paragraph_date():
    text = ("Somalia recalled its ambassador to Ethiopia on Wednesday after Ethiopia signed a "
            "port deal with Djibouti.\n\nSomalia's cabinet called the deal \"null and void\".\n")
    evs = events_of(text)
    acc = find(evs, "ACCUSE", "SOM")
    assert acc and acc[0].target.country == "ETH" and acc[0].date == "2025-05-07"


def test_events_discourse_quoted_sentence_calling_an_act_unjustified_is_a_charge():
    evs = events_of("\"Our fishermen were in international waters,\" Ecuadorian Foreign Minister Gabriela "
                    "Sommerfeld said on Sunday. \"Peru's action is unjustified.\"", published="2026-02-02")
    acc = find(evs, "ACCUSE", "ECU")
    assert acc and acc[0].target.country == "PER" and acc[0].date == "2026-02-01"


def test_events_discourse_protest_note_handed_to_an_ambassador():
    evs = events_of("Ecuador's foreign ministry handed a protest note to Peru's ambassador on Sunday.",
                    published="2026-02-02")
    acc = find(evs, "ACCUSE", "ECU")
    assert acc and acc[0].target.country == "PER" and acc[0].date == "2026-02-01"
    assert not find(evs, "RETREAT")


def test_events_discourse_summoned_charge_d_affaires_is_an_envoy():
    evs = events_of("Afghanistan summoned Pakistan's chargé d'affaires in Kabul on Tuesday.", published="2026-11-17")
    acc = find(evs, "ACCUSE", "AFG")
    assert acc and acc[0].target.country == "PAK"


def test_events_discourse_demand_for_release_is_aimed_at_the_captor():
    evs = events_of("Peru's navy detained three Ecuadorian fishing boats on Saturday. Ecuador's foreign ministry "
                    "demanded the immediate release of the fishermen on Sunday.", published="2026-02-02")
    req = find(evs, "REQUEST", "ECU")
    assert req and req[0].target.country == "PER"
    assert "holder-of-seized" in req[0].evidence[0].rule


def test_events_discourse_undated_reaction_takes_the_recent_acts_day():
    evs = events_of("The European Union imposed new sanctions on Belarus on Thursday. The measures were agreed "
                    "by ministers in Luxembourg last week.\n\nBelarus's foreign ministry called the sanctions "
                    "\"illegitimate\".", published="2026-04-24")
    acc = find(evs, "ACCUSE", "BLR")
    assert acc and acc[0].date == "2026-04-23" and "date:reaction-to-act" in acc[0].evidence[0].rule


def test_events_discourse_charge_of_a_wrong_with_a_defaulted_target():
    evs = events_of("Lithuania's foreign minister said on Thursday that Belarus had weaponised migration.",
                    published="2026-04-24")
    acc = find(evs, "ACCUSE", "LTU")
    assert acc and acc[0].target.country == "BLR" and acc[0].date == "2026-04-23"


def test_events_discourse_subject_cut_off_by_the_sentence_splitter_after_a_dateline():
    text = ("Mekong Post\n\nThailand, Cambodia agree to pull back troops\n\nBy S. Chea\n\n"
            "Published: Friday, 12 June 2026\n\nPHNOM PENH - Thailand and Cambodia agreed on Thursday to "
            "withdraw troops from a disputed border area.\n")
    an = analyze(text, published="2026-06-12")
    agree = [e for e in an.events if e.type == "AGREE" and an.article.zone_of(e.start) == "body"]
    assert agree and {a.country for a in agree[0].sources} == {"THA", "KHM"} and agree[0].date == "2026-06-11"


def test_events_discourse_the_drone_named_before_acts_for_its_owner():
    evs = events_of("Algeria shot down a Malian drone near the border on Monday. Algeria's defence ministry said "
                    "on Tuesday that the drone had violated Algerian airspace.", published="2026-04-09")
    acc = find(evs, "ACCUSE", "DZA")
    assert acc and acc[0].target.country == "MLI"


def test_events_discourse_recalled_its_ambassador_from_the_other_capital():
    evs = events_of("Mali recalled its ambassador from Algiers on Sunday.", published="2026-04-09")
    ev = next(e for e in evs if e.trigger == "recalled")
    assert ev.source.country == "MLI" and ev.target.country == "DZA"


def test_events_discourse_stood_by_an_ally_is_support():
    evs = events_of("Turkey said on Monday that it stood by Baku.", published="2026-11-03")
    sup = find(evs, "SUPPORT", "TUR")
    assert sup and sup[0].target.country == "AZE"


def test_events_discourse_access_to_detainees_is_asked_of_their_holder():
    evs = events_of("Azerbaijan's security service arrested six Iranian nationals on Friday. Iran's foreign "
                    "ministry demanded consular access to the detainees on Saturday.", published="2026-11-03")
    req = find(evs, "REQUEST", "IRN")
    assert req and req[0].target.country == "AZE"


def test_events_discourse_its_security_service_is_the_states():
    evs = events_of("Azerbaijan expelled four Iranian diplomats on Monday, days after its security service "
                    "arrested six people.", published="2026-11-03")
    arrest = next(e for e in evs if e.trigger == "arrested")
    assert arrest.source.country == "AZE"


def test_events_discourse_government_spokesman_speaks_for_the_dateline_country():
    text = ("Addis Wire\n\nEthiopia presses Eritrea\n\nBy T. Bekele\n\nPublished 21 May 2026\n\n"
            "ADDIS ABABA - Government spokesman Legesse Tulu on Wednesday called on Eritrea to withdraw its "
            "forces from the border.\n")
    an = analyze(text, published="2026-05-21")
    req = [e for e in an.events if e.type == "REQUEST" and an.article.zone_of(e.start) == "body"]
    assert req and (req[0].source.country, req[0].target.country) == ("ETH", "ERI")


def test_events_discourse_attack_charged_by_a_side_was_done_to_it():
    evs = events_of("Armenia's defence ministry said on Thursday that Azerbaijani forces had shelled the village "
                    "of Kornidzor overnight and warned that it would respond to any further attacks.",
                    published="2026-08-07")
    attack = find(evs, "ASSAULT", "AZE")
    assert attack and attack[0].target is not None and attack[0].target.country == "ARM"
    assert "target-accuser-side" in attack[0].evidence[0].rule
    warn = find(evs, "THREATEN", "ARM")
    assert warn and warn[0].target.country == "AZE"


def test_events_discourse_reopened_consulates_in_the_other_country():
    evs = events_of("Colombia reopened its consulates in Caracas on Friday.", published="2026-03-14")
    ev = next(e for e in evs if e.trigger == "reopened")
    assert (ev.type, ev.source.country, ev.target.country, ev.date) == ("COOPERATE", "COL", "VEN", "2026-03-13")


def test_events_discourse_minister_named_by_nationality_continues_the_paragraph_date():
    evs = events_of("Colombia reopened its consulates in Caracas on Friday.\n\nColombian Foreign Minister Luis "
                    "Murillo travelled to Caracas for the ceremony.", published="2026-03-14")
    trip = next(e for e in evs if e.trigger == "travelled")
    assert trip.date == "2026-03-13"


def test_events_discourse_the_ministry_of_a_wire_story_is_the_datelines():
    text = ("Korea Wire\n\nSeoul protests\n\nBy P. Ji-won\n\nPublished 15 July 2026\n\n"
            "SEOUL - South Korea lodged a protest with Japan on Tuesday.\n\n\"The government strongly urges Japan "
            "to withdraw its claim,\" the foreign ministry said in a statement.\n")
    an = analyze(text, published="2026-07-15")
    req = [e for e in an.events if e.type == "REQUEST"]
    assert req and (req[0].source.country, req[0].target.country) == ("KOR", "JPN")


def test_events_discourse_punishing_people_in_a_quote_is_a_charge():
    evs = events_of("\"Pristina is punishing ordinary people,\" Serbian Trade Minister Jagoda Lazarevic told "
                    "reporters on Tuesday.", published="2026-05-20")
    acc = find(evs, "ACCUSE", "SRB")
    assert acc and acc[0].target.country == "XKX"


def test_events_discourse_fronted_charge_is_not_the_content_of_the_denial():
    evs = events_of("Sudan accuses Chad of arming the rebels, a charge Ndjamena denies.", published="2026-11-09")
    acc = find(evs, "ACCUSE", "SDN")
    assert acc and acc[0].target.country == "TCD"


def test_events_discourse_stopping_gas_supplies_is_a_sanction():
    evs = events_of("Algeria stopped pumping gas through a pipeline that crosses Morocco on Thursday.",
                    published="2026-10-02")
    ev = find(evs, "SANCTION", "DZA")
    assert ev and ev[0].target.country == "MAR" and ev[0].date == "2026-10-01"
