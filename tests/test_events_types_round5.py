"""Events: types round 5 (issue 6, unseen articles). Acts the coder missed or typed wrong on fresh
development articles, each rule written for its English construction, with sentences written for
these tests (published Friday 14 March 2025: Monday is the 10th, Tuesday the 11th, Wednesday the
12th, Thursday the 13th); a negative case guards each near miss."""
from __future__ import annotations

from conftest import ledger_events, actor_countries as countries

HEADLINE = "Neighbours trade blows over a river crossing"
TOPIC = "the river crossing"


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return ledger_events(body, topic=TOPIC, headline=HEADLINE, published=published)


def of_type(evs, category: str) -> list:
    return [e for e in evs if e.type == category]


# -- "called for X to leave", "asked for the ship to be freed": a request whose content is a
# "for ... to" clause (the parser makes "for" the clause's mark, not the verb's preposition) --------
def test_events_types_call_for_subject_to_infinitive_is_a_request():
    evs = article("On Tuesday, Saudi Arabia called for Qatar to withdraw from the talks in Doha.")
    req = of_type(evs, "REQUEST")
    assert req and req[0].trigger == "called"
    assert countries(req[0].sources) == {"SAU"} and "QAT" in countries(req[0].targets)


def test_events_types_ask_for_passive_clause_is_a_request():
    evs = article("Ghana on Monday asked for the Togolese government to be held responsible for the raid "
                  "on the fishing village.")
    req = of_type(evs, "REQUEST")
    assert req and req[0].trigger == "asked" and countries(req[0].sources) == {"GHA"}


def test_events_types_asked_about_is_still_a_question():
    evs = article("Asked about the raid on Monday, Ghana's interior minister said the police were "
                  "investigating.")
    assert not [e for e in evs if e.trigger == "Asked"]


# -- "barred Congolese traders from crossing": a ban -------------------------------------------------
def test_events_types_barring_people_from_an_activity_is_a_ban():
    evs = article("Senegal on Wednesday barred Malian traders from crossing at the Kidira border post.")
    ban = [e for e in evs if e.trigger == "barred"]
    assert ban and ban[0].type == "COERCE" and ban[0].mode == "ban"
    assert countries(ban[0].sources) == {"SEN"} and countries(ban[0].targets) == {"MLI"}
    assert ban[0].date == "2025-03-12"


# -- a crowd gathering to demand or denounce is a demonstration -------------------------------------
def test_events_types_gathering_to_demand_is_a_protest():
    evs = article("Hundreds of farmers gathered outside the French embassy in Madrid on Monday to demand "
                  "an end to the new tariffs.")
    demo = [e for e in evs if e.trigger == "gathered"]
    assert demo and demo[0].type == "PROTEST" and demo[0].mode == "demo"
    assert demo[0].date == "2025-03-10"
    # the demand is what the demonstration is for: one event, not a second one by a guessed side
    assert not [e for e in evs if e.trigger == "demand"]


def test_events_types_taking_to_the_streets_to_denounce_is_a_protest_aimed_at_the_purpose():
    evs = article("Thousands of Armenians took to the streets of Yerevan on Sunday to denounce the border "
                  "deal with Azerbaijan.")
    demo = [e for e in evs if e.trigger == "took"]
    assert demo and demo[0].type == "PROTEST"
    assert countries(demo[0].sources) == {"ARM"} and countries(demo[0].targets) == {"AZE"}


def test_events_types_gathering_to_discuss_is_no_protest():
    evs = article("Mayors from both sides of the river gathered in Lisbon on Monday to discuss the new "
                  "tariffs with Portuguese officials.")
    assert not of_type(evs, "PROTEST")


# -- an act "at which" / "during which": the occasion's day -----------------------------------------
def test_events_types_act_in_an_at_which_clause_takes_the_talks_day():
    evs = article("The reopening followed talks in Abuja on Monday between Nigeria's trade minister, Musa "
                  "Bello, and Benin's finance minister, Romuald Agbo, at which the two sides agreed to set up "
                  "joint customs patrols along the frontier.")
    agree = [e for e in evs if e.trigger == "agreed"]
    assert agree and agree[0].type in ("AGREE", "COOPERATE")
    assert agree[0].date == "2025-03-10"
    assert "date:governing-timex" in agree[0].evidence[0].rule


# -- the occasion of an agreement retold is a meeting of its parties --------------------------------
def test_events_types_talks_where_a_retold_agreement_was_reached_are_a_consultation():
    evs = article("India and China agreed on Monday to resume joint patrols along their disputed frontier."
                  "\n\nThe agreement was reached at the 24th round of corps commander-level talks, held at a "
                  "border meeting point, officials said.")
    talks = [e for e in evs if e.trigger == "talks"]
    assert talks and talks[0].type == "CONSULT"
    assert countries(talks[0].sources) | countries(talks[0].targets) == {"IND", "CHN"}
    assert talks[0].date == "2025-03-10"


def test_events_types_meeting_parties_in_a_between_phrase_hung_on_the_host():
    evs = article("Peru and Chile agreed on Tuesday to reopen their consulates.\n\nThe agreement was reached "
                  "at a meeting hosted by Panama's foreign minister, Elena Castillo, between Peruvian deputy "
                  "minister Jorge Salas and Chile's undersecretary for trade, Rosa Fuentes.")
    meeting = [e for e in evs if e.trigger == "meeting"]
    assert meeting and meeting[0].type == "CONSULT"
    assert {"PER", "CHL"} <= countries(meeting[0].sources) | countries(meeting[0].targets)
    assert meeting[0].date == "2025-03-11"


def test_events_types_a_meeting_on_a_border_between_two_countries_names_no_parties():
    evs = article("Local officials held a meeting on the border between Chad and Sudan on Tuesday.")
    assert not [e for e in evs if e.trigger == "meeting" and {"TCD", "SDN"} <= countries(e.sources)]


def test_events_types_an_exchange_of_rhetoric_between_two_capitals_is_no_joint_act():
    evs = article("The visit came amid a heated exchange of rhetoric between Seoul and Moscow over military "
                  "cooperation on Tuesday.")
    assert not [e for e in evs if e.trigger == "exchange"]


# -- a participle restating a measure on those it named is the same measure -------------------------
def test_events_types_barring_them_after_a_blacklisting_is_the_same_measure():
    evs = article("On Monday, China's commerce ministry added seven American defence companies to its "
                  "unreliable entity list, barring them from trade and investment in China.")
    assert [e.type for e in evs if e.trigger == "added"] == ["SANCTION"]
    assert not [e for e in evs if e.trigger == "barring"]


# -- a mission's nationality is the country it represents, not the crowd's outside it ---------------
def test_events_types_protest_outside_an_embassy_is_not_by_the_embassy_country():
    evs = article("BAMAKO - Hundreds of students demonstrated outside the French embassy on Monday against "
                  "the new visa rules.")
    demo = [e for e in evs if e.trigger == "demonstrated"]
    assert demo and countries(demo[0].sources) == {"MLI"} and countries(demo[0].targets) == {"FRA"}
    evs = article("Hundreds of students demonstrated outside the French embassy on Monday against the new "
                  "visa rules.")
    assert not [e for e in evs if e.trigger == "demonstrated" and "FRA" in countries(e.sources)]


# -- a paragraph's first words open no sentence of their own ----------------------------------------
def test_nlp_pipeline_paragraph_opening_country_stays_in_its_sentence():
    from newsgraph.nlp import parse

    doc = parse("Mexico, Ecuador agree to reopen consulates\n\nMexico and Ecuador agreed on Tuesday to reopen "
                "their consulates and restore consular services.\n")
    lead = next(s for s in doc.sents if "agreed" in s.text)
    assert lead.text.startswith("Mexico and Ecuador")


def test_events_types_coordinated_subject_opening_a_paragraph_acts_together():
    evs = article("India and China agreed on Monday to resume joint patrols along their disputed frontier.")
    agree = [e for e in evs if e.trigger == "agreed"]
    assert agree and countries(agree[0].sources) == {"IND", "CHN"}


def test_events_types_talks_at_the_end_of_which_an_agreement_was_reached():
    evs = article("Saudi Arabia and Yemen agreed on Monday to exchange 200 prisoners.\n\nThe agreement was "
                  "reached at the end of two days of closed-door talks in the Omani capital, officials said.")
    talks = [e for e in evs if e.trigger == "talks"]
    assert talks and talks[0].type == "CONSULT"
    assert countries(talks[0].sources) | countries(talks[0].targets) == {"SAU", "YEM"}
    assert talks[0].date == "2025-03-10"


# -- forces among the conjuncts of what is sent make it a deployment --------------------------------
def test_events_types_teams_and_a_battalion_sent_are_a_deployment():
    evs = article("Poland on Wednesday sent anti-drone teams and a mechanised battalion to its border with "
                  "Belarus.")
    sent = [e for e in evs if e.trigger == "sent"]
    assert sent and sent[0].type == "MOBILIZE"


def test_events_types_diplomats_and_families_evacuated_are_no_aid():
    evs = article("Azerbaijan on Monday evacuated its diplomats and their families from Iran after the attack "
                  "on its embassy.")
    assert not [e for e in evs if e.trigger == "evacuated" and e.type == "AID"]


# -- a snap readiness inspection of forces is a mobilisation; its orderer is its doer ----------------
def test_events_types_snap_readiness_inspection_ordered_by_a_leader_is_a_mobilisation():
    evs = article("The troop movements were part of a snap combat readiness inspection ordered by President "
                  "Alexander Lukashenko of Belarus on Monday.")
    insp = [e for e in evs if e.trigger == "inspection"]
    assert insp and insp[0].type == "MOBILIZE" and countries(insp[0].sources) == {"BLR"}


def test_events_types_an_arms_inspection_is_no_mobilisation():
    evs = article("Iran on Monday allowed an inspection of the Fordow site by the International Atomic Energy "
                  "Agency.")
    assert not [e for e in evs if e.trigger == "inspection" and e.type == "MOBILIZE"]


# -- incursions and border installations --------------------------------------------------------------
def test_events_types_entering_an_offshore_block_licensed_by_another_state_is_an_incursion():
    evs = article("A Turkish drillship, escorted by two navy frigates, entered an offshore block licensed by "
                  "Cyprus.")
    inc = [e for e in evs if e.trigger == "entered"]
    assert inc and inc[0].type == "COERCE"
    assert countries(inc[0].sources) == {"TUR"} and countries(inc[0].targets) == {"CYP"}


def test_events_types_entering_a_zone_of_no_other_side_is_no_domestic_incursion():
    evs = article("Chinese warships entered the zone on Monday, the navy said.")
    assert not [e for e in evs if e.trigger == "entered"]


def test_events_types_removing_border_buoys_is_a_seizure_aimed_at_the_other_side():
    evs = article("Estonia summoned Russia's envoy on Thursday after Russian border guards removed navigation "
                  "buoys from the river that forms the border between the two countries.")
    rem = [e for e in evs if e.trigger == "removed"]
    assert rem and rem[0].type == "COERCE"
    assert countries(rem[0].sources) == {"RUS"} and countries(rem[0].targets) == {"EST"}


def test_events_types_removing_trade_barriers_is_no_seizure():
    evs = article("Japan on Monday removed the trade barriers on Korean beef imports.")
    assert not [e for e in evs if e.trigger == "removed" and e.type == "COERCE"]


# -- turning back a patrol, boats or migrants is a coercive block -------------------------------------
def test_events_types_a_patrol_turned_back_by_naval_vessels_is_coerced():
    evs = article("A Belize Defence Force patrol was turned back by Guatemalan naval vessels on the Sarstoon "
                  "River on Sunday.")
    tb = [e for e in evs if e.trigger == "turned"]
    assert tb and tb[0].type == "COERCE"
    assert countries(tb[0].sources) == {"GTM"} and countries(tb[0].targets) == {"BLZ"}
    assert tb[0].date == "2025-03-09"


def test_events_types_turning_back_to_look_is_no_event():
    evs = article("The Guatemalan minister turned back to look at the crowd on Monday.")
    assert not [e for e in evs if e.trigger == "turned"]


# -- a note sent to a side is aimed at it ----------------------------------------------------------------
def test_events_types_protest_note_sent_to_a_country_targets_it():
    evs = article("Chile sent a formal protest note to Argentina on Wednesday over the new official map.")
    note = [e for e in evs if e.trigger == "note"]
    assert note and note[0].type == "ACCUSE"
    assert countries(note[0].sources) == {"CHL"} and countries(note[0].targets) == {"ARG"}


# -- officials in a "where" clause are the place's ----------------------------------------------------
def test_events_types_officials_where_an_envoy_was_summoned_speak_for_the_host_country():
    evs = article("Britain's ambassador was called in to the foreign ministry in Dublin on Thursday morning, "
                  "where officials asked for the trawler to be released.")
    ask = [e for e in evs if e.trigger == "asked"]
    assert ask and ask[0].type == "REQUEST" and countries(ask[0].sources) == {"IRL"}


# -- where a side says it will go is no side a warning is aimed at -----------------------------------
def test_events_types_warning_to_return_to_the_hague_is_not_aimed_at_the_netherlands():
    evs = article("Costa Rica's foreign minister, Arnoldo Saenz, warned on Monday that Costa Rica would return "
                  "to The Hague if the dredging did not stop.")
    warn = [e for e in evs if e.trigger == "warned"]
    assert not [e for e in warn if "NLD" in countries(e.targets) or "CRI" in countries(e.targets)]


def test_events_types_warning_names_the_side_of_its_condition():
    evs = article("Costa Rica's foreign minister warned on Monday that Costa Rica would return to The Hague if "
                  "Nicaragua did not stop the dredging.")
    warn = [e for e in evs if e.trigger == "warned"]
    assert warn and warn[0].type == "THREATEN" and countries(warn[0].targets) == {"NIC"}


# -- a mediation with no sides named, and acts of "both armies" -------------------------------------
def test_events_types_mediation_by_a_third_country_is_between_the_two_sides_named_last():
    evs = article("Eritrea freed four Djiboutian soldiers on Monday. Their release was the result of months of "
                  "mediation by Qatar, officials from both countries said.")
    med = [e for e in evs if e.trigger == "mediation"]
    assert med and med[0].type == "CONSULT" and countries(med[0].sources) == {"QAT"}
    assert countries(med[0].targets) == {"ERI", "DJI"}


def test_events_types_both_armies_pulling_back_act_towards_each_other():
    evs = article("Kyrgyzstan and Tajikistan signed a border deal on Monday. Both armies pulled back troops from "
                  "four disputed posts on Tuesday.")
    back = [e for e in evs if e.trigger == "pulled"]
    assert back and back[0].type == "RETREAT"
    assert countries(back[0].sources) == countries(back[0].targets) == {"KGZ", "TJK"}


# -- a noun's "of" phrase says what it acts on ----------------------------------------------------------
def test_events_types_closure_of_an_airspace_is_a_restriction_on_the_side_shut_out():
    evs = article("ALGIERS, March 12 - Algeria on Wednesday extended its closure of its airspace to all Moroccan "
                  "civilian and military aircraft.")
    clo = [e for e in evs if e.trigger == "closure"]
    assert clo and clo[0].type == "COERCE"
    assert countries(clo[0].sources) == {"DZA"} and countries(clo[0].targets) == {"MAR"}


def test_events_types_closure_of_a_plant_is_no_event():
    evs = article("Ford on Monday announced the closure of its plant in Belgium.")
    assert not [e for e in evs if e.trigger == "closure"]


def test_events_types_a_note_of_protest_handed_over_is_one_charge_not_a_domestic_demonstration():
    evs = article("Ukraine's Foreign Ministry summoned Belarus' charge d'affaires on Wednesday and handed him a "
                  "note of protest over the troop movements, the ministry said.")
    assert not [e for e in evs if e.type == "PROTEST"]


# -- "asked not to be named" is a source's anonymity --------------------------------------------------
def test_events_types_asking_not_to_be_named_is_no_request():
    evs = article("The release followed months of talks in Doha, according to a Qatari diplomat, who asked not "
                  "to be named because he was not authorised to speak.")
    assert not [e for e in evs if e.trigger == "asked"]


def test_events_types_asking_a_side_not_to_interfere_is_still_a_request():
    evs = article("Iran asked Britain not to interfere in its affairs on Monday.")
    req = [e for e in evs if e.trigger == "asked"]
    assert req and req[0].type == "REQUEST" and countries(req[0].targets) == {"GBR"}


# -- brokering is mediating; what is brokered stays the sides' own act ----------------------------------
def test_events_types_brokering_an_exchange_between_two_sides_is_a_mediation_of_them():
    evs = article("Qatar brokered a prisoner exchange between Iran and Britain on Saturday.")
    med = [e for e in evs if e.trigger == "brokered"]
    assert med and med[0].type == "CONSULT" and med[0].mode == "third-party"
    assert countries(med[0].sources) == {"QAT"} and countries(med[0].targets) == {"IRN", "GBR"}
    assert [e for e in evs if e.trigger == "exchange"]


def test_events_types_the_single_meeting_after_which_an_agreement_was_reached_is_of_its_day():
    evs = article("Ghana and Togo agreed on Wednesday to reopen talks on the disputed oil block.\n\nThe agreement "
                  "was reached in Accra after a five-hour meeting between Ghana's foreign minister, Kofi Mensah, and "
                  "his Togolese counterpart, Yawa Agbo, according to a joint statement.")
    meeting = [e for e in evs if e.trigger == "meeting"]
    assert meeting and meeting[0].type == "CONSULT" and meeting[0].date == "2025-03-12"


def test_events_types_months_of_talks_before_an_agreement_take_no_day_from_it():
    evs = article("Ghana and Togo agreed on Wednesday to reopen their consulates.\n\nThe agreement was reached "
                  "after months of talks between Ghana's foreign minister and his Togolese counterpart, officials "
                  "said.")
    assert not [e for e in evs if e.trigger == "talks" and e.date == "2025-03-12"]


def test_events_types_those_who_disagree_are_no_side():
    evs = article("\"Qatar believes that dialogue remains the only path, even between those who disagree deeply,\" "
                  "the Qatari minister said on Monday.")
    assert not [e for e in evs if e.trigger == "disagree"]


def test_events_types_crowd_outside_a_foreign_mission_is_of_the_dateline_country():
    evs = article("TEGUCIGALPA - Honduras protested to Nicaragua on Wednesday over the arrest of 14 fishermen.\n\n"
                  "Relatives of the detained men gathered outside the Nicaraguan consulate in a border town on "
                  "Thursday to demand their release.")
    demo = [e for e in evs if e.trigger == "gathered"]
    assert demo and demo[0].type == "PROTEST"
    assert countries(demo[0].sources) == {"HND"} and countries(demo[0].targets) == {"NIC"}


def test_events_types_he_denied_is_the_official_the_quotes_layer_resolved():
    evs = article("PORT MORESBY - Papua New Guinea summoned Indonesia's ambassador on Wednesday after two "
                  "villagers were shot near the border.\n\nThe Indonesian military gave a different account. A "
                  "spokesman for the regional command in Jayapura, Colonel Agus Setiawan, said soldiers had been "
                  "pursuing fighters who had fired on a patrol and then fled towards the border. He denied that "
                  "troops had crossed into PNG territory.")
    den = [e for e in evs if e.trigger == "denied"]
    assert den and den[0].type == "REJECT" and countries(den[0].sources) == {"IDN"}


# -- a side's stance named by a possessive noun is aimed at the sentence's other country --------------
def test_events_types_a_sides_refusal_named_by_a_noun_is_aimed_at_the_other_country():
    evs = article("South Korea's president and Japan's prime minister agreed on Friday to launch a chip "
                  "framework, but the summit was overshadowed by a dispute over Japan's refusal to issue a fresh "
                  "apology.")
    ref = [e for e in evs if e.trigger == "refusal"]
    assert ref and ref[0].type == "REJECT"
    assert countries(ref[0].sources) == {"JPN"} and countries(ref[0].targets) == {"KOR"}
    assert ref[0].date == "2025-03-14"


def test_events_types_a_refusal_criticised_is_the_criticisms_content():
    evs = article("Officials in Seoul criticised Japan's refusal on Friday.")
    assert not [e for e in evs if e.trigger == "refusal"]
