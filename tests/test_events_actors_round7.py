"""Events: actors round 7 (issue 6, unseen articles). The dissolved "Serbia and Montenegro" named in
news since 2006 is the two countries; an act noun's own "of"/"by" phrases the parser hung on a date
between them ("the detention on Wednesday of two drivers by the National Guard") or the doer's "by"
hung on the patient are still the act's sides; a date is no side; rejecting "that account" or "the
findings" answers whoever told them (not "froze its bank account"). Sentences written for these tests
(published Friday 14 March 2025); a negative case guards each near miss."""
from __future__ import annotations

from conftest import actor_countries as countries, events_by_trigger as made_by, frontier_events as article


# -- "Serbia and Montenegro" is two countries --------------------------------------------------------
def test_events_actors_serbia_and_montenegro_agreeing_are_two_sides():
    evs = article("Serbia and Montenegro agreed on Wednesday to send their ambassadors back to each other's capitals.")
    made = made_by(evs, "agreed")
    assert made
    assert countries(made[0].sources) == {"SRB", "MNE"} and countries(made[0].targets) == {"SRB", "MNE"}


def test_events_actors_a_country_named_with_and_stays_one_country():
    # "Bosnia and Herzegovina": its halves are no countries, the name is one state
    evs = article("Croatia accused Bosnia and Herzegovina on Wednesday of dumping waste near the border.")
    made = made_by(evs, "accused")
    assert made and countries(made[0].targets) == {"BIH"}


# -- an act noun's phrases hung on a date or on its patient ------------------------------------------
def test_events_actors_detention_on_a_day_of_people_by_a_force():
    evs = article("The ceremony was overshadowed by the detention on Wednesday of two Colombian truck drivers "
                  "by Venezuela's National Guard near San Antonio.")
    made = made_by(evs, "detention")
    assert made and made[0].type == "COERCE"
    assert countries(made[0].sources) == {"VEN"} and countries(made[0].targets) == {"COL"}
    assert made[0].date == "2025-03-12"


def test_events_actors_arrest_on_a_day_has_no_date_target():
    evs = article("The arrest on Monday of three Thai fishermen by Cambodian police angered Bangkok.")
    made = made_by(evs, "arrest")
    assert made and countries(made[0].sources) == {"KHM"}
    assert [t.name for t in made[0].targets] == ["Thai fishermen"]


def test_events_actors_expulsion_in_a_month_by_a_state():
    evs = article("The expulsion in March of two Polish diplomats by Belarus was condemned by the EU.")
    made = made_by(evs, "expulsion")
    assert made and countries(made[0].sources) == {"BLR"} and countries(made[0].targets) == {"POL"}


# -- a retelling of another side's words is aimed at the teller -------------------------------------
def test_events_actors_rejecting_that_account_targets_who_gave_it():
    evs = article("Qatar accused Bahrain on Monday of detaining its fishermen in Qatari waters. "
                  "Bahraini officials rejected that account on Tuesday.")
    made = made_by(evs, "rejected")
    assert made and countries(made[0].targets) == {"QAT"}


def test_events_actors_rejecting_the_findings_targets_the_inspecting_side():
    evs = article("Russia's food safety agency accused Kazakhstan on Monday of shipping infected grain. "
                  "Astana rejected the findings.")
    made = made_by(evs, "rejected")
    assert made and countries(made[0].targets) == {"RUS"}


def test_events_actors_freezing_a_bank_account_is_no_retelling():
    evs = article("Qatar accused Bahrain on Monday of helping smugglers. Bahrain froze its bank account on Tuesday.")
    made = made_by(evs, "froze")
    assert not made or "QAT" not in countries(made[0].targets)



# -- a speaker's act after a closing quote -----------------------------------------------------------
def test_events_actors_speaker_calls_on_after_a_quoted_report():
    evs = article('On Monday the State Department said Mexico had "repeatedly chosen not to deliver water it had '
                  'available" and called on the Mexican government to present a repayment plan.')
    made = made_by(evs, "called")
    assert made and countries(made[0].sources) == {"USA"} and countries(made[0].targets) == {"MEX"}
    assert made[0].status == "asserted"


def test_events_actors_quoted_report_continued_inside_the_quote_stays_reported():
    # the conjunct sits inside the quotation: part of what was reported
    evs = article('On Monday the State Department said Mexico had "chosen not to deliver water and refused '
                  'every offer of talks".')
    assert not any(countries(e.sources) == {"USA"} and e.type == "REJECT" for e in evs)


# -- killed in a fight with someone: the other side of the fight did it ------------------------------
def test_events_actors_killed_in_a_clash_with_forces_is_their_act():
    evs = article("An Iranian border guard was killed in a clash with Taliban forces on Tuesday.")
    made = made_by(evs, "killed")
    assert made and countries(made[0].sources) == {"AFG"} and countries(made[0].targets) == {"IRN"}


def test_events_actors_wounded_in_an_exchange_of_fire_coordinated_with_killed():
    evs = article("An Iranian border guard was killed and two others were wounded in an exchange of fire with "
                  "Taliban forces on Tuesday.")
    assert any(e.type == "ASSAULT" and countries(e.sources) == {"AFG"} and "IRN" in countries(e.targets)
               for e in evs)


def test_events_actors_wounded_during_fighting_with_troops():
    evs = article("Two Thai soldiers were wounded during fighting with Cambodian troops near the temple on Monday.")
    made = made_by(evs, "wounded")
    assert made and countries(made[0].sources) == {"KHM"}


def test_events_actors_killed_in_an_accident_has_no_doer():
    evs = article("Two Thai soldiers were killed in an accident with a Cambodian truck near the border on Monday.")
    assert not any("KHM" in countries(e.sources) for e in evs)
