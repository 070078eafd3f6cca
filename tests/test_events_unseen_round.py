"""Events: the unseen-articles round of issue 6 (`newsgraph/extract/events.py`, `actors.py`).
Pasted articles written for these tests (published Thursday 12 June 2025: Monday is the 9th,
Tuesday the 10th, Wednesday the 11th):

- a month-and-year that modifies a noun ("the February 2021 understanding") dates that thing,
  not the sentence, so the sentence still goes on in the episode before it;
- a time still ahead ("next month") dates a plan, not the act told as done, and does not stop the
  sentence going on in the episode before it;
- the past act a sentence reports in its main clause ("On Wednesday, the junta recalled its
  ambassador, its spokesman told reporters") dates the episode the next sentence goes on with;
- "the three countries" means the three countries named last (their coordination if any);
- the object of a causative verb does what its "to" clause says ("leading Manila to summon ...");
- "condemned the launch" / "Wednesday's launch was condemned": a noun of a kind of act points back at
  the latest act of that kind however far (a doerless re-telling does not stop it); "the move" only
  at what was just told;
- "both sides" leaves out a country the sentence names as chairing, hosting or mediating;
- a protest with no named doer is placed by the city or country of its place phrase before a
  facility a nationality names ("outside the Japanese Embassy in Seoul").
"""
from __future__ import annotations

from conftest import event_by_trigger as by_trigger, pasted_events, actor_countries as countries

HEADER = ("Continental Wire\n\nNeighbours trade charges over border and water\n\nBy Lucia Mendez\n\n"
          "Published {published}\n\n")


def article(body: str, *, published: str = "12 June 2025, 08:00") -> list:
    return pasted_events(HEADER, body, published=published)


def test_events_unseen_round_noun_month_year_does_not_stop_the_episode():
    evs = article("Officers of Peru and Bolivia met at the Desaguadero bridge on Tuesday. Commanders from both "
                  "sides agreed to reopen the crossing and to respect the March 2019 protocol, a Peruvian "
                  "official said.")
    ev = by_trigger(evs, "agreed")
    assert ev.type == "AGREE"
    assert ev.date == "2025-06-10"


def test_events_unseen_round_month_year_on_the_act_still_dates_it():
    # the same words, but the month-year is the act's own: no carry from the sentence before
    evs = article("Officers of Peru and Bolivia met at the Desaguadero bridge on Tuesday. In March 2019, "
                  "Peru expelled two Bolivian diplomats.")
    ev = by_trigger(evs, "expelled")
    assert ev.date == "2019-03"


def test_events_unseen_round_future_time_does_not_stop_the_episode():
    evs = article("Chile recalled its ambassador from La Paz on Tuesday. The Chilean government warned that it "
                  "would take the dispute to the International Court of Justice next month.")
    ev = by_trigger(evs, "warned")
    assert ev.type == "THREATEN"
    assert ev.date == "2025-06-10"


def test_events_unseen_round_reported_main_act_dates_the_next_sentence():
    evs = article("On Wednesday, Paraguay recalled its ambassador from Brasilia for consultations, the "
                  "government's spokesman, Carlos Benitez, told reporters in Asuncion. Benitez accused Brazil of "
                  "diverting water from the Parana river.")
    ev = by_trigger(evs, "accused")
    assert (ev.type, ev.target.country if ev.target else None) == ("ACCUSE", "BRA")
    assert ev.date == "2025-06-11"


def test_events_unseen_round_report_in_a_new_paragraph_is_not_carried():
    # a new paragraph opens a new report: the reported act's date stays in its own paragraph
    evs = article("On Wednesday, Paraguay recalled its ambassador from Brasilia for consultations, the "
                  "government's spokesman told reporters.\n\nUruguay accused Argentina of polluting the river.")
    ev = by_trigger(evs, "accused")
    assert ev.date is None


def test_events_unseen_round_the_three_countries_are_the_coordination_named_last():
    evs = article("France, Germany and Britain condemned the move in a joint statement on Tuesday. The three "
                  "European countries warned that they would seek a resolution against Iran.")
    ev = by_trigger(evs, "warned")
    assert ev.type == "THREATEN"
    assert countries(ev.sources) == {"FRA", "DEU", "GBR"}
    assert ev.target is not None and ev.target.country == "IRN"


def test_events_unseen_round_the_three_countries_without_a_coordination():
    evs = article("Kenya agreed on Monday to share data with Uganda and Tanzania. The ministers of the three "
                  "countries accused Somalia of blocking the talks.")
    ev = by_trigger(evs, "accused")
    assert ev.type == "ACCUSE"
    assert countries(ev.sources) == {"KEN", "UGA", "TZA"}


def test_events_unseen_round_three_countries_need_three_named():
    # only two countries named: "the three countries" cannot be resolved to them
    evs = article("Kenya agreed on Monday to share data with Uganda. The ministers of the three countries "
                  "accused Somalia of blocking the talks.")
    ev = by_trigger(evs, "accused")
    assert countries(ev.sources) != {"KEN", "UGA"}


def test_events_unseen_round_causative_object_does_the_act():
    evs = article("Chinese coast guard ships blocked the channel on Tuesday, leading Manila to summon the Chinese "
                  "ambassador.")
    ev = by_trigger(evs, "summon")
    assert ev.source is not None and ev.source.country == "PHL"
    assert ev.target is not None and ev.target.country == "CHN"


def test_events_unseen_round_causative_object_can_be_an_organisation():
    evs = article("Thai soldiers sent 600 refugees back across the river on Saturday, prompting the United "
                  "Nations to accuse Bangkok of breaching international law.")
    ev = by_trigger(evs, "accuse")
    assert ev.type == "ACCUSE"
    assert ev.source is not None and ev.source.country != "THA" and "source:igo" in ev.evidence[0].notes
    assert ev.target is not None and ev.target.country == "THA"


def test_events_unseen_round_passive_act_noun_points_back_at_its_doer():
    evs = article("North Korea fired a ballistic missile into the sea on Wednesday. Wednesday's launch was "
                  "condemned by the government of Japan.")
    ev = by_trigger(evs, "condemned")
    assert ev.type == "ACCUSE"
    assert ev.source is not None and ev.source.country == "JPN"
    assert ev.target is not None and ev.target.country == "PRK"
    assert "target-event-anaphor" in ev.evidence[0].rule


def test_events_unseen_round_act_noun_reaches_past_an_agentless_retelling():
    # the doerless re-telling of the launch does not stop the search for who launched
    evs = article("North Korea fired a ballistic missile into the sea on Wednesday. The missile was launched "
                  "from an area near Pyongyang at 7:40 a.m. and flew about 1,000 kilometres. Japan condemned "
                  "the launch.")
    ev = by_trigger(evs, "condemned")
    assert ev.target is not None and ev.target.country == "PRK"


def test_events_unseen_round_vague_noun_does_not_reach_far():
    filler = " ".join(f"Farmers in the valley planted maize and beans in field number {i}." for i in range(20))
    evs = article("Chile expelled two Bolivian diplomats on Monday. " + filler + " Peru criticised the move.")
    ev = next((e for e in evs if e.trigger == "criticised"), None)
    assert ev is None or ev.target is None or ev.target.country != "CHL"


def test_events_unseen_round_both_sides_leave_out_the_chair():
    evs = article("The border between Kenya and Uganda has been tense for months. Thursday's meeting, chaired "
                  "by Angolan Foreign Minister Luisa Sebastiao, ended with a communique in which both sides agreed "
                  "to reactivate the verification mechanism.")
    ev = by_trigger(evs, "agreed")
    assert ev.type == "AGREE"
    assert countries(ev.sources) == {"KEN", "UGA"}


def test_events_unseen_round_both_sides_without_a_third_party():
    # no one chairs: the two countries named last are the sides
    evs = article("Kenya accused Uganda of backing the rebels. Thursday's meeting, held at an Angolan army base, "
                  "ended with a communique in which both sides agreed to reactivate the verification mechanism.")
    ev = by_trigger(evs, "agreed")
    assert countries(ev.sources) == {"KEN", "UGA"}


def test_events_unseen_round_protest_outside_an_embassy_is_placed_by_its_city():
    evs = article("A group representing former forced labourers staged a protest outside the Japanese Embassy in "
                  "Seoul on Tuesday.")
    ev = by_trigger(evs, "protest")
    assert ev.type == "PROTEST"
    assert ev.source is not None and ev.source.country == "KOR"
