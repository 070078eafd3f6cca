"""Events: which phrase is the other side, and who acted, on sentences written for these tests
(issue 6, the PLOVER GSR target-country work). Each test names the rule its event's evidence
records."""
from __future__ import annotations

from newsgraph.pipeline import analyze

PUBLISHED = "2024-03-06"


def events_of(text: str, *, published: str = PUBLISHED):
    return list(analyze(text, body_only=True, published=published).events)


def one(evs, category: str):
    found = [e for e in evs if e.type == category]
    assert found, [(e.type, e.trigger) for e in evs]
    return found[0]


def test_events_targets_with_a_helpers_help_is_no_target():
    ev = one(events_of("NATO said on Monday it would tighten the naval blockade of Libya with Egypt's help."), "THREATEN")
    assert ev.target.country == "LBY"


def test_events_targets_complaint_to_a_body_is_about_the_country_it_names():
    ev = one(events_of("Chile complained to the United Nations on Monday over two Bolivian border raids."), "ACCUSE")
    assert ev.source.country == "CHL" and ev.target.country == "BOL"
    assert "target-matter-of-statement" in ev.evidence[0].notes


def test_events_targets_purpose_of_a_noun_trigger_names_the_target():
    ev = one(events_of("About 200 Sri Lankan refugees began a hunger strike on Monday to protest against Canada's "
                       "decision to deport them."), "PROTEST")
    assert ev.target.country == "CAN"
    assert "target-in-purpose" in ev.evidence[0].rule


def test_events_targets_back_off_stays_out_of_clauses_inside_the_object():
    # the rally's purpose names Somalia; the rally itself (and its organisers) are Kenya's
    ev = one(events_of("Kenyan police prevented the rally staged by students in Nairobi to protest the sending "
                       "of troops to Somalia."), "COERCE")
    assert ev.source.country == "KEN" and ev.target.country == "KEN"


def test_events_targets_blast_as_subject_is_agentless():
    ev = one(events_of("A roadside bomb exploded. A second blast killed four Canadian soldiers on Sunday."), "ASSAULT")
    assert ev.source is None
    assert ev.target.country == "CAN"
    assert "actor-backoff-agentless" in ev.evidence[0].rule


def test_events_targets_unplaced_group_acts_on_a_placed_target():
    ev = one(events_of("Unknown hackers defaced dozens of Estonian government websites."), "COERCE")
    assert ev.source is not None and ev.source.country is None and ev.source.name.endswith("hackers")
    assert ev.target.country == "EST"
    assert "source:unplaced-group" in ev.evidence[0].notes


def test_events_targets_unplaced_group_with_no_placed_target_is_no_event():
    assert not [e for e in events_of("Unknown hackers defaced dozens of websites.") if e.type == "COERCE"]


def test_events_targets_statement_noun_speaks_for_its_issuer():
    ev = one(events_of("The Polish government issued a statement demanding that Belarus release the journalist."),
             "REQUEST")
    assert ev.source.country == "POL" and ev.target.country == "BLR"


def test_events_targets_successor_state_place_as_of_publication():
    text = "Sudanese rebels shelled the southern town of Juba on Sunday."
    before = one(events_of(text, published="2005-03-06"), "ASSAULT")
    after = one(events_of(text, published="2015-03-06"), "ASSAULT")
    assert before.target.country == "SDN" and "country-as-of-publication" in before.evidence[0].notes
    assert after.target.country == "SSD"


def test_events_targets_former_country_names():
    ev = one(events_of("Zairean troops attacked rebel camps near the Rwandan border."), "ASSAULT")
    assert ev.source.country == "COD"


def test_events_targets_place_of_an_attack_never_places_the_attackers():
    ev = one(events_of("Gunmen attacked a police station in northern Nigeria on Monday."), "ASSAULT")
    assert ev.source is None or ev.source.country is None
    assert ev.target.country == "NGA"


def test_events_targets_lexicon_phrases():
    cases = {
        "Settlers set fire to the offices of a Palestinian charity overnight.": ("COERCE", "PSE"),
        "The Myanmar army forced out more than 500 Rohingya villagers from their homes.": ("COERCE", None),
        "Russia closed its border with Georgia on Friday.": ("COERCE", "GEO"),
        "Rioters burned a Turkish cultural centre in the city.": ("COERCE", "TUR"),
    }
    for text, (category, target) in cases.items():
        ev = one(events_of(text), category)
        if target is not None:
            assert ev.target is not None and ev.target.country == target, (text, ev.target)


def test_events_targets_burning_a_flag_is_no_coercion():
    assert not [e for e in events_of("Protesters in Seoul burned a Japanese flag.") if e.type == "COERCE"]


def test_events_targets_lexical_event_anaphor():
    evs = events_of("Togo expelled two Ghanaian diplomats on Tuesday. Ghana condemned the expulsions.")
    ev = one(evs, "ACCUSE")
    assert ev.source.country == "GHA" and ev.target.country == "TGO"
    assert "target-event-anaphor" in ev.evidence[0].rule


def test_events_targets_rejected_criticism_points_at_the_critic():
    evs = events_of("Peru called on Chile to withdraw the new fishing law. Chile rejected the criticism.")
    ev = one(evs, "REJECT")
    assert ev.source.country == "CHL" and ev.target.country == "PER"


def test_events_targets_brussels_is_the_eu_when_the_eu_is_named():
    evs = events_of("The European Union criticised the vote in Tbilisi. Brussels also froze 30 million euros "
                    "in aid to Georgia.")
    assert any(e.source is not None and e.source.country == "EU" and e.target is not None
               and e.target.country == "GEO" for e in evs), [(e.type, e.source, e.target) for e in evs]
    alone = events_of("Belgian police in Brussels detained three Moroccan men on Friday.")
    assert all(e.source is None or e.source.country != "EU" for e in alone)


def test_events_targets_compass_region_of_a_country():
    from newsgraph.extract.actors import country_for_text

    assert country_for_text("South Lebanon") == "LBN" and country_for_text("Western Cambodia") == "KHM"
    assert country_for_text("South Korea") == "KOR"  # a country's own name comes first
    assert country_for_text("Northern Ireland") == "GBR"  # the region table comes before the rule
    assert country_for_text("Central America") is None and country_for_text("Latin America") is None
    ev = one(events_of("Israel mounted an invasion of South Lebanon on Tuesday."), "ASSAULT")
    assert ev.target.country == "LBN"


def test_events_targets_subject_pronoun_is_the_previous_sentences_subject():
    evs = events_of("Peru's foreign minister accused Chile of spying on Monday. He demanded that Santiago recall "
                    "its military attache.")
    ev = one(evs, "REQUEST")
    assert ev.source.country == "PER" and ev.target.country == "CHL"
    assert "source:pronoun-previous-subject" in ev.evidence[0].notes


def test_events_targets_subject_pronoun_needs_a_fitting_antecedent():
    # "he" cannot be the previous sentence's subject when that subject is a country
    evs = events_of("Ecuador accused Chile of spying on Monday. He demanded that Santiago recall its attache.")
    assert not any("source:pronoun-previous-subject" in e.evidence[0].notes for e in evs)
    evs = events_of("The Chilean government rejected the claim on Monday. It accused Peru of inventing the story.")
    ev = one(evs, "ACCUSE")
    assert ev.source.country == "CHL" and ev.target.country == "PER"


def test_events_targets_place_of_a_peaceful_act_places_its_unplaced_actor():
    # the ceasefire's "in" phrase is where it holds, not a side it is aimed at
    ev = one(events_of("The rebel group declared a unilateral ceasefire on Friday in northern Mozambique."), "RETREAT")
    assert ev.source.country == "MOZ"


def test_events_targets_engaged_in_carries_the_noun_act():
    ev = one(events_of("Rwandan troops were engaged in heavy fighting against the rebels near Goma on Sunday."),
             "ASSAULT")
    assert ev.source.country == "RWA"


def test_events_targets_a_nationality_population_is_placed_where_it_lives():
    ev = one(events_of("Serbian police attacked the Albanian population in southern Serbia on Monday."), "ASSAULT")
    assert ev.target.country == "SRB"
    assert "ethnic-group-by-residence" in ev.evidence[0].rule


def test_events_targets_nationality_of_the_country_the_article_names():
    evs = events_of("Dominican soldiers detained 40 Haitian migrants near the border on Friday, the Dominican "
                    "Republic's army said.")
    ev = one(evs, "COERCE")
    assert ev.source.country == "DOM" and ev.target.country == "HTI"


def test_events_targets_the_north_is_the_north_the_article_names():
    ev = one(events_of("North Korea fired two missiles on Monday. South Korea urged the North to stop its tests."),
             "REQUEST")
    assert ev.source.country == "KOR" and ev.target.country == "PRK"


def test_events_targets_hostile_act_noun_points_back_at_any_hostile_act():
    evs = events_of("The Dominican Republic deported 300 Haitians on Friday. Haiti's president criticised the "
                    "expulsions.")
    ev = one(evs, "ACCUSE")
    assert ev.source.country == "HTI" and ev.target.country == "DOM"


def test_events_targets_the_reporting_clause_is_no_target():
    ev = one(events_of("Iran fired three missiles into the sea on Tuesday, Israel's military said."), "ASSAULT")
    assert ev.target is None or ev.target.country != "ISR"


def test_events_targets_complaint_noun_filed_with_a_body_is_about_its_matter():
    ev = one(events_of("Chile filed a complaint with the World Trade Organization on Monday over Argentine "
                       "import quotas."), "ACCUSE")
    assert ev.source.country == "CHL" and ev.target.country == "ARG"


def test_events_targets_talks_in_a_city_are_held_there_not_with_it():
    evs = events_of("Chile and Argentina held talks in Geneva last month on water rights.")
    ev = one(evs, "CONSULT")
    assert {a.country for a in ev.targets} <= {"CHL", "ARG"} and ev.target is not None


def test_events_targets_protest_with_no_one_named_is_by_the_place():
    ev = one(events_of("Protests against the new tax erupted in Lagos on Monday."), "PROTEST")
    assert ev.source.country == "NGA" and ev.target.country == "NGA"
    assert "source:protest-by-place" in ev.evidence[0].notes


def test_events_targets_for_a_visit_is_a_purpose_not_a_side():
    ev = one(events_of("Chilean President Gabriel Boric arrived in Lima on Monday for a state visit."), "CONSULT")
    assert ev.source.country == "CHL" and ev.target.country == "PER"


def test_events_targets_one_sides_act_is_not_merged_into_a_joint_act():
    evs = events_of("Peru and Bolivia signed a trade agreement on Monday. Peru also pledged 5 million dollars "
                    "to help Bolivia rebuild flooded roads.")
    pledge = [e for e in evs if e.trigger == "pledged"]
    assert pledge and pledge[0].source.country == "PER" and pledge[0].target.country == "BOL"


def test_events_targets_an_indefinite_act_noun_is_new_not_pointed_back_at():
    evs = events_of("Thousands rallied in Bamako on Sunday to support the army. The European Union announced "
                    "it was halting budget support to Mali.")
    ev = one(evs, "SANCTION")
    assert ev.source.country == "EU" and ev.target.country == "MLI"


def test_events_targets_the_place_name_places_a_rally_not_an_embassys_nationality():
    ev = one(events_of("Thousands of people rallied outside the French embassy in Bamako on Sunday."), "PROTEST")
    assert ev.source.country == "MLI"


def test_events_targets_the_junta_is_a_group():
    ev = one(events_of("The junta accused Paris of interfering in Mali's internal affairs."), "ACCUSE")
    assert ev.source.country == "MLI" and ev.target.country == "FRA"


def test_events_targets_a_denial_answers_the_latest_charge():
    evs = events_of("Colombia accused Venezuela on Monday of sheltering rebel commanders. Venezuela's defence "
                    "minister denied any such support.")
    ev = one(evs, "REJECT")
    assert ev.source.country == "VEN" and ev.target.country == "COL"
    assert "target-denied-charge" in ev.evidence[0].rule


def test_events_targets_planned_joint_exercises_are_cooperation_not_a_threat():
    evs = events_of("Chile and Argentina will hold joint naval exercises next month, the Chilean navy said.")
    assert not [e for e in evs if e.type == "THREATEN"]
    assert [e for e in evs if e.type in ("AGREE", "COOPERATE")]


def test_events_targets_prisoner_exchange_is_a_release():
    ev = one(events_of("Armenia and Azerbaijan exchanged 32 prisoners of war on Wednesday."), "RETREAT")
    assert {ev.source.country, ev.target.country} == {"ARM", "AZE"}


def test_events_targets_exchanging_fire_is_a_joint_assault():
    ev = one(events_of("Indian and Pakistani soldiers exchanged fire along the border on Tuesday."), "ASSAULT")
    assert {a.country for a in ev.sources} == {"IND", "PAK"}


def test_events_targets_entering_anothers_territory_is_coercion():
    ev = one(events_of("Venezuelan troops entered Guyanese territory on Monday."), "COERCE")
    assert ev.source.country == "VEN" and ev.target.country == "GUY"


def test_events_targets_misparsed_main_verb_keeps_its_subject():
    ev = one(events_of("Malaysia, which chairs ASEAN this year, called on Thailand to show restraint."), "REQUEST")
    assert ev.source.country == "MYS" and ev.target.country == "THA"
    ev = one(events_of("Israeli air strikes killed at least 25 people across the Gaza Strip overnight, the "
                       "civil defence agency said."), "ASSAULT")
    assert ev.source.country == "ISR" and ev.target.country == "PSE"


def test_events_targets_each_sides_attack_stays_its_own_event():
    evs = events_of("Israeli air strikes killed 12 people in Gaza on Monday. Hamas fired rockets at southern "
                    "Israel on Monday.")
    pairs = {(e.source.country, e.target.country) for e in evs if e.type == "ASSAULT" and e.source and e.target}
    assert {("ISR", "PSE"), ("PSE", "ISR")} <= pairs


def test_events_targets_both_sides_after_an_exchange_of_blows():
    evs = events_of("Egyptian and Qatari mediators met Hamas officials in Cairo on Tuesday. Israeli air strikes "
                    "killed 12 people in Gaza on Wednesday. Hamas fired rockets at southern Israel. Qatar urged "
                    "both sides to accept a truce.")
    ev = [e for e in evs if e.type == "REQUEST" and e.source is not None and e.source.country == "QAT"][0]
    assert {a.country for a in ev.targets} == {"ISR", "PSE"}


def test_events_targets_a_release_is_asked_of_whoever_seized():
    evs = events_of("Iran seized a British-flagged tanker on Friday. Britain demanded the release of the ship.")
    ev = one(evs, "REQUEST")
    assert ev.source.country == "GBR" and ev.target.country == "IRN"
    assert "target-holder-of-seized" in ev.evidence[0].rule


def test_events_targets_a_staged_strike_is_a_protest_and_a_deposit_is_aid():
    ev = one(events_of("Traders in Karachi staged a strike against higher fuel prices."), "PROTEST")
    assert ev.source.country == "PAK"
    ev = one(events_of("Qatar deposited $2 billion in Egypt's central bank."), "AID")
    assert ev.source.country == "QAT" and ev.target.country == "EGY"


def test_events_targets_ordering_diplomats_out_is_an_expulsion_and_ordering_someone_a_demand():
    ev = one(events_of("Peru ordered four Bolivian diplomats to leave the country on Monday."), "SANCTION")
    assert ev.source.country == "PER" and ev.target.country == "BOL"
    ev = one(events_of("A Chilean judge ordered former president Sebastian Pinera to appear in court."), "REQUEST")
    assert ev.source.country == "CHL"
    assert not [e for e in events_of("The Peruvian government ordered police patrols in Lima.") if e.type == "REQUEST"]


def test_events_targets_the_objects_own_with_phrase_is_the_side():
    ev = one(events_of("Lithuania closed two crossings with Belarus in solidarity with Warsaw."), "COERCE")
    assert ev.target.country == "BLR"


def test_events_targets_by_doing_is_done_by_the_subject():
    ev = one(events_of("Venezuela responded by suspending all flights to Argentina."), "SANCTION")
    assert ev.source.country == "VEN" and ev.target.country == "ARG"


def test_events_targets_the_two_governments_in_a_reported_offer():
    evs = events_of("Argentina expelled seven Venezuelan diplomats on Monday. Brazil offered to mediate between the "
                    "two governments.")
    ev = one(evs, "AGREE")
    assert {a.country for a in ev.targets} == {"ARG", "VEN"}


def test_events_targets_a_lone_attacker_placed_nowhere_still_attacks_a_placed_victim():
    ev = one(events_of("A suicide bomber killed at least 12 people at a crowded market in Konduga in Nigeria's "
                       "Borno state on Sunday."), "ASSAULT")
    assert (ev.source is None or ev.source.country is None) and ev.target.country == "NGA"


def test_events_targets_an_operation_against_someone_is_an_attack():
    ev = one(events_of("The Nigerian army launched an operation against militant hideouts on Monday."), "ASSAULT")
    assert ev.source.country == "NGA"


def test_events_targets_the_attack_is_not_a_deployment():
    evs = events_of("A suicide bomber killed 12 people in Maiduguri on Sunday. Chad sent 500 soldiers to the "
                    "border. The UN condemned the attack.")
    assert not [e for e in evs if e.type == "ACCUSE" and e.target is not None and e.target.country == "TCD"]


def test_events_targets_eu_institutions_act_for_the_eu():
    evs = events_of("The European Commission imposed tariffs on Chinese electric vehicles on Friday. German "
                    "carmakers criticised the Commission's decision.")
    ev = one(evs, "COERCE") if any(e.type == "COERCE" for e in evs) else one(evs, "SANCTION")
    assert ev.source.country == "EU" and ev.target.country == "CHN"
    ev = one(evs, "ACCUSE")
    assert ev.source.country == "DEU" and ev.target.country == "EU"


def test_events_targets_a_light_verbs_phrase_and_an_origin_name_the_side():
    ev = one(events_of("China's commerce ministry responded on Saturday by launching an anti-dumping investigation "
                       "into brandy imported from the European Union."), "ACCUSE")
    assert ev.source.country == "CHN" and ev.target.country == "EU"


def test_events_targets_a_groups_thing_is_the_group_named_before():
    evs = events_of("Sudan's army recaptured the presidential palace in Khartoum on Friday. Egypt welcomed the "
                    "army's advance.")
    ev = one(evs, "SUPPORT")
    assert ev.source.country == "EGY" and ev.target.country == "SDN"
