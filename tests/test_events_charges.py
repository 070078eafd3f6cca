"""Accusations carried by what a side says (issue 6): a statement whose content charges a named
side with a wrong ("the path of intimidation", "is trying to intimidate") is the speaker's ACCUSE
of that side; a copula judging "the removal of the buoys" targets whoever removed them.

Texts are short synthetic sentences written for these tests."""
from __future__ import annotations

from newsgraph.pipeline import analyze

PUBLISHED = "2025-05-10"  # a Saturday


def events_of(text: str):
    return list(analyze(text, body_only=True, published=PUBLISHED).events)


def charges_of(evs):
    return [e for e in evs if e.type == "ACCUSE" and any("charge-in-statement" in x.rule for x in e.evidence)]


def test_events_charges_quoted_charge_noun_is_an_accusation():
    evs = events_of('"Chile has chosen the road of intimidation over dialogue," Peruvian Foreign Minister '
                    'Ana Torres told reporters in Lima on Friday.')
    acc = charges_of(evs)
    assert acc, evs
    ev = acc[0]
    assert (ev.source.country, ev.target.country, ev.date) == ("PER", "CHL", "2025-05-09")
    assert any(n == "charge:intimidation" for n in ev.evidence[0].notes)


def test_events_charges_reported_charge_verb_is_an_accusation():
    evs = events_of("Polish Foreign Minister Jan Nowak said on Thursday that Belarus was trying to "
                    "destabilise the region with the migrant flows.")
    acc = charges_of(evs)
    assert acc, evs
    assert (acc[0].source.country, acc[0].target.country, acc[0].date) == ("POL", "BLR", "2025-05-08")


def test_events_charges_negated_charge_is_none():
    evs = events_of('"Chile has not chosen the road of intimidation," Peruvian Foreign Minister Ana Torres '
                    'told reporters in Lima on Friday.')
    assert not charges_of(evs), evs


def test_events_charges_conditional_charge_is_none():
    evs = events_of("Polish Foreign Minister Jan Nowak said on Thursday that Belarus would provoke a crisis "
                    "if it moved troops to the border.")
    assert not charges_of(evs), evs


def test_events_charges_own_side_is_never_the_accused():
    evs = events_of('"Poland will not bow to intimidation," Polish Foreign Minister Jan Nowak said on Thursday. '
                    '"Poland has rejected the path of aggression," he said.')
    assert not charges_of(evs), evs


def test_events_charges_anothers_wrong_condemned_is_no_charge_of_the_subject():
    # the subject condemns a third side's provocation: it is charged with nothing
    evs = events_of("\"Lithuania has condemned the Belarusian regime's provocation,\" Polish Foreign Minister "
                    "Jan Nowak said on Thursday.")
    acc = [e for e in charges_of(evs) if e.target and e.target.country == "LTU"]
    assert not acc, evs
    evs = events_of('"Lithuania has rejected the path of aggression," Polish Foreign Minister Jan Nowak said.')
    assert not charges_of(evs), evs


def test_events_charges_no_side_named_is_none():
    evs = events_of('"The campaign of intimidation must stop," Polish Foreign Minister Jan Nowak said on Thursday.')
    assert not charges_of(evs), evs


def test_events_charges_removal_judged_targets_who_removed():
    evs = events_of("Russian border guards removed Latvian border markers on the river on Thursday. "
                    '"The removal of the markers is a provocative act," Latvian Foreign Minister Ilze Berzina '
                    "said on Friday.")
    acc = [e for e in evs if e.type == "ACCUSE" and any("evaluation-" in x.rule for x in e.evidence)]
    assert acc, evs
    assert (acc[0].source.country, acc[0].target.country, acc[0].date) == ("LVA", "RUS", "2025-05-09")


def test_events_charges_deverbal_noun_needs_the_act_of_its_verb():
    # "the closure of the office" names no act told before (the only act is a visit): no target
    evs = events_of("Serbian President Marko Petrovic visited Riga on Thursday. "
                    '"The closure of the office is a provocative act," Latvian Foreign Minister Ilze Berzina '
                    "said on Friday.")
    acc = [e for e in evs if e.type == "ACCUSE" and any("evaluation-" in x.rule for x in e.evidence)]
    assert not acc, evs
