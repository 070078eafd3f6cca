"""Events: types round 5b (issue 6, unseen articles). A participle that makes a measure its noun
names ("the sanctions *imposed* by the US", "the curfew *declared* by the army") tells its agent's
act of the noun's kind, not the participle's generic sense, and is not swallowed as the content of
the noun or of the verb acting on the noun. Sentences written for these tests (published Friday 14
March 2025); a negative case guards each near miss."""
from __future__ import annotations

from conftest import ledger_events, actor_countries as countries, events_by_trigger as made_by

HEADLINE = "Neighbours trade blows over new measures"
TOPIC = "the measures"


def article(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    return ledger_events(body, topic=TOPIC, headline=HEADLINE, published=published)


def test_events_types_sanctions_imposed_by_is_a_sanction_of_the_agent():
    evs = article("Moscow said on Wednesday that the sanctions imposed by the United States on Tuesday were "
                  "illegal.")
    made = made_by(evs, "imposed")
    assert made and made[0].type == "SANCTION"
    assert countries(made[0].sources) == {"USA"}


def test_events_types_measure_participle_survives_the_verb_acting_on_its_noun():
    # the noun is what Venezuela rejects (absorbed there); the participle is Washington's own act
    evs = article("Venezuela on Thursday rejected the sanctions imposed by Washington on its state oil company.")
    assert any(e.type == "REJECT" and countries(e.sources) == {"VEN"} for e in evs)
    made = made_by(evs, "imposed")
    assert made and made[0].type == "SANCTION" and countries(made[0].sources) == {"USA"}


def test_events_types_embargo_imposed_takes_the_nouns_kind_and_date():
    evs = article("Cuba on Monday condemned the trade embargo imposed by Washington in 1962.")
    made = made_by(evs, "imposed")
    assert made and made[0].type == "SANCTION" and made[0].date == "1962"


def test_events_types_active_imposed_with_a_non_sanction_object_keeps_its_sense():
    # no participle of a measure noun: the verb's own sense stands ("imposed tariffs": a restriction)
    evs = article("Canada imposed tariffs on Chinese steel on Monday.")
    made = made_by(evs, "imposed")
    assert made and made[0].type == "COERCE"


def test_events_types_participle_on_a_plain_noun_is_no_measure():
    # "conditions" is no act: nothing of its kind to tell
    evs = article("Ghana said on Tuesday that the conditions imposed by the lender on Togo were too strict.")
    assert not any(e.type == "SANCTION" for e in evs)


# -- a side pulling back with nothing named it withdraws from leaves the side it was just
# confronting ----------------------------------------------------------------------------------------
def test_events_types_withdrawal_after_a_standoff_leaves_the_confronted_side():
    evs = article("On Sunday, a Thai patrol boat fired warning shots at a Cambodian gunboat near the island for "
                  "an hour before the Cambodian boat withdrew, Thai officials said.")
    out = [e for e in evs if e.type == "RETREAT" and e.trigger == "withdrew"]
    assert out and countries(out[0].sources) == {"KHM"} and "THA" in countries(out[0].targets)


def test_events_types_withdrawal_after_a_clash_told_the_sentence_before():
    evs = article("Indian and Chinese troops clashed in the Galwan valley on Monday. The Chinese soldiers later "
                  "pulled back, the Indian army said.")
    out = [e for e in evs if e.type == "RETREAT"]
    assert out and countries(out[0].sources) == {"CHN"} and "IND" in countries(out[0].targets)


def test_events_types_withdrawal_from_a_named_place_gets_no_confronted_side():
    # "retreated from the area": what it leaves is named, a place of no side; no guess
    evs = article("Ukrainian forces shelled Russian positions near the town on Tuesday before the Russian troops "
                  "retreated from the area.")
    out = [e for e in evs if e.type == "RETREAT"]
    assert out and not any("confronted-side" in e.evidence[0].rule for e in out)


# -- an act done "without" what would make it lawful, said by a side, is a charge against the doer
# (as "illegally crossed") ---------------------------------------------------------------------------
def test_events_types_entered_without_notification_is_a_charge():
    evs = article("A Guatemalan ministry spokesman told reporters on Tuesday that the Belizean boats had entered "
                  "the river without prior notification.")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and countries(acc[0].sources) == {"GTM"} and "BLZ" in countries(acc[0].targets)


def test_events_types_built_without_consent_is_a_charge():
    evs = article("Nepal said on Monday that Indian workers had built the road without its consent.")
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and countries(acc[0].sources) == {"NPL"} and "IND" in countries(acc[0].targets)


def test_events_types_without_delay_is_no_charge():
    evs = article("Ghana said on Monday that Togolese officials had answered its letter without delay.")
    assert not any(e.type == "ACCUSE" for e in evs)


def test_events_types_round5b_pronoun_in_a_where_clause_is_no_venue_official():
    # (a precision audit on real news: "talks in Paris, where they agreed" had France agreeing)
    evs = article("JAKARTA - The Indonesian and Malaysian foreign ministers met in Paris on Monday, where they "
                  "agreed to resume joint patrols.")
    assert not [e for e in evs if e.trigger == "agreed" and "FRA" in {a.country for a in e.sources}]


def test_events_types_round5b_bar_without_from_is_no_ban():
    evs = article("TOKYO - Bar a slight dip in March, Japanese exports to China rose all year, officials said on "
                  "Monday.")
    assert not [e for e in evs if e.trigger.lower() == "bar"]
    evs = article("LUSAKA - Zambia on Monday barred Congolese small-scale traders from crossing at Kasumbalesa.")
    assert [e for e in evs if e.trigger == "barred" and e.type == "COERCE"]


def test_events_types_round5b_a_veto_is_aimed_at_no_country_of_the_sentence():
    # (a precision audit on real news: "Reagan's veto of a water projects bill" was aimed at a country
    # the sentence named for another reason)
    evs = article("WASHINGTON - The U.S. President's veto of the farm bill came as a delegation from Brazil arrived "
                  "in Washington on Monday.")
    assert not [e for e in evs if e.trigger == "veto" and "BRA" in {a.country for a in e.targets}]
    evs = article("SEOUL - The summit with South Korea's president was overshadowed by a dispute over Japan's "
                  "refusal to issue a fresh apology.")
    assert [e for e in evs if e.trigger == "refusal" and "KOR" in {a.country for a in e.targets}]
