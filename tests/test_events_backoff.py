"""Events: actor back-off when the parse names an actor it cannot place (issue 6).

Texts are short synthetic sentences written for these tests."""
from __future__ import annotations

from newsgraph.pipeline import analyze

PUBLISHED = "2024-03-06"


def events_of(text: str):
    an = analyze(text, body_only=True, published=PUBLISHED)
    return list(an.events)




def test_events_backoff_paragraph_country_for_a_person_with_none():
    evs = events_of("Peru's election ended on Sunday. Rebel commander Juan Ortega threatened to attack the capital.")
    ev = next(e for e in evs if e.type == "THREATEN")
    assert ev.source.country == "PER"
    assert ev.source.name == "Juan Ortega"  # the named actor keeps its name, gains the country
    assert "actor-backoff-paragraph" in ev.evidence[0].rule


def test_events_backoff_country_in_the_actor_phrase():
    evs = events_of("A car bombing in Baghdad on Monday killed three soldiers.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.source.country == "IRQ"
    assert "actor-backoff-phrase" in ev.evidence[0].rule


def test_events_backoff_agentless_passive_has_victim_target_and_no_source():
    evs = events_of("Four Kenyan police officers were killed in Nairobi on Monday.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.source is None
    assert ev.target.country == "KEN"
    assert "actor-backoff-agentless" in ev.evidence[0].rule


def test_events_backoff_never_uses_a_country_named_as_the_one_acted_on():
    # "Chile" is who must release: not the protesters' country
    evs = events_of("Protesters blocked roads on Monday to demand that Chile release prisoners.")
    assert not any(e.source is not None and e.source.country == "CHL" for e in evs)


def test_events_backoff_not_for_a_thing_or_an_unnamed_asker():
    # "any action" names no one; "when asked" has no asker: no country is guessed for them
    evs = events_of("Any action aiding Chile's navy would be a mistake, the minister said.")
    assert not any(e.type == "AID" for e in evs)
    evs = events_of("Peru held a vote on Sunday. When asked to comment, the minister said nothing.")
    assert not any("actor-backoff" in e.evidence[0].rule for e in evs if e.trigger == "asked")


def test_events_backoff_target_after_trigger_is_another_country():
    evs = events_of("Chilean warplanes struck on Monday, hours after Bolivian troops crossed the border.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert (ev.source.country, ev.target.country) == ("CHL", "BOL")
    assert "actor-backoff-target-after" in ev.evidence[0].rule


def test_events_backoff_office_holder_acts_at_home():
    evs = events_of("President Juan Ortega banned Peruvian opposition candidates from the election.")
    ev = next(e for e in evs if e.type == "COERCE")
    assert (ev.source.country, ev.target.country) == ("PER", "PER")
    assert "actor-backoff-office-holder" in ev.evidence[0].rule


def test_events_backoff_office_holder_not_from_the_other_side():
    # Russia is the one threatened, not the president's country
    evs = events_of("President Juan Ortega threatened further action against Russia.")
    ev = next(e for e in evs if e.type == "THREATEN")
    assert ev.source.country != "RUS" and ev.target.country == "RUS"


def test_events_backoff_domestic_default_only_without_other_countries():
    evs = events_of("Kenyan rebels demanded the removal of the president on Monday.")
    ev = next(e for e in evs if e.type == "REQUEST")
    assert (ev.source.country, ev.target.country) == ("KEN", "KEN")
    assert "domestic-default" in ev.evidence[0].rule
    # a story that named another country before: the target stays unknown
    evs = events_of("Chile and Peru signed a fisheries pact on Friday.\n\nKenyan officials denounced a new law on Monday.")
    ev = next(e for e in evs if e.type == "ACCUSE")
    assert ev.target is None


def test_events_accusation_participle_is_the_accused_partys_alleged_act():
    evs = events_of("Peru accused Chile's navy on Monday of firing at a fishing boat, injuring two sailors.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.source.country == "CHL"
    assert ev.status == "alleged" and ev.claimed_by == "Peru"
    assert "alleged-under:accuse" in ev.evidence[0].rule


def test_events_date_does_not_carry_into_a_new_paragraph():
    evs = events_of("Peru's minister said on Friday that Chile broke the accord.\n\n"
                    "Bolivia condemned the incident and said it stood with Peru.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert ev.date is None
    evs = events_of("Peru's minister said on Friday that Chile broke the accord. "
                    "Bolivia condemned the incident and said it stood with Peru.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert ev.date == "2024-03-01"  # the same paragraph carries the date on, with evidence
    assert "previous-sentence" in ev.evidence[0].rule


def test_events_announced_dispatch_of_envoys_is_future_consult():
    evs = events_of("Peruvian Foreign Minister Juan Ortega said Peru would send a delegation to Chile in April.")
    ev = next(e for e in evs if e.trigger == "send")
    assert (ev.type, ev.status, ev.source.country, ev.target.country) == ("CONSULT", "future", "PER", "CHL")
    evs = events_of("Peruvian Foreign Minister Juan Ortega said Peru would visit Chile in April.")
    assert next(e for e in evs if e.trigger == "visit").type == "AGREE"  # a promise to visit: PLOVER's AGREE


def test_events_date_carries_into_a_new_paragraph_only_for_the_same_actor():
    evs = events_of("Chile on Friday dismissed remarks by Bolivia.\n\nBolivia condemned the decision.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert ev.date == "2024-03-01"
    assert "previous-paragraph-same-actor" in ev.evidence[0].rule
    evs = events_of("Chile on Friday dismissed remarks by Bolivia.\n\nPeru condemned the decision.")
    assert next(e for e in evs if e.trigger == "condemned").date is None


def test_events_backoff_office_title_found_at_another_mention():
    evs = events_of("President Juan Ortega announced on Monday that he will ban opposition rallies in Lima.")
    ev = next(e for e in evs if e.trigger == "ban")
    assert (ev.source.name, ev.source.country) == ("Juan Ortega", "PER")
    assert "actor-backoff-office-holder" in ev.evidence[0].rule


def test_events_ethnic_group_is_placed_where_it_lives():
    evs = events_of("Peruvian forces killed three ethnic Chileans in a gunbattle in southern Peru on Friday.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.target.country == "PER" and "ethnic-group-by-residence" in ev.evidence[0].rule
    evs = events_of("Peruvian forces killed three Chileans in a gunbattle in southern Peru on Friday.")
    assert next(e for e in evs if e.type == "ASSAULT").target.country == "CHL"  # nationals keep their country


def test_events_backoff_passive_with_a_thing_as_agent_is_agentless():
    evs = events_of("Two Kenyan soldiers were killed by a roadside bomb on Monday.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.source is None and ev.target.country == "KEN"
    evs = events_of("A journalist has been killed in Nairobi.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.source is None and ev.target.country == "KEN"  # the place says whose people suffered


def test_events_backoff_target_from_the_phrase_acted_on():
    evs = events_of("A camp for Kenyan refugees was attacked by Somali militiamen on Monday.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert (ev.source.country, ev.target.country) == ("SOM", "KEN")
    assert "actor-backoff-target-phrase" in ev.evidence[0].rule


def test_events_target_of_a_definite_act_noun_is_the_earlier_acts_doer():
    evs = events_of("Chilean warships fired on a Peruvian fishing boat on Saturday.\n\n"
                    "Bolivia condemned the incident.")
    ev = next(e for e in evs if e.trigger == "condemned")
    assert ev.target.country == "CHL" and "target-event-anaphor" in ev.evidence[0].rule
    evs = events_of("Bolivia condemned an incident.")  # nothing reported before: no target invented
    assert all(e.target is None or e.target.country != "CHL" for e in evs)


def test_events_infinitive_under_a_request_is_its_content():
    # "on Sunday" makes the parser read "to release" as an adverbial clause: still one request
    evs = events_of("Kenya on Sunday called on Somalia to release the prisoners.")
    assert [(e.type, e.source.country, e.target.country) for e in evs] == [("REQUEST", "KEN", "SOM")]
