"""The PLOVER trigger lexicon and the category names (issue 6)."""
from __future__ import annotations

from newsgraph.extract.plover_lexicon import CATEGORIES, OBJECT_CLASSES, SENSES, normalize_category


def test_events_lexicon_codes_only_the_16_categories():
    cats = {s.category for senses in SENSES.values() for s in senses}
    assert cats <= set(CATEGORIES)
    assert cats == set(CATEGORIES)  # every category has at least one trigger


def test_events_lexicon_object_classes_exist():
    for senses in SENSES.values():
        for s in senses:
            assert s.pos in ("V", "N", "A")  # A: predicate adjectives ("grateful to", "critical of")
            assert s.object_class is None or s.object_class.lstrip("!") in OBJECT_CLASSES, s


def test_events_lexicon_negated_class_excludes_its_members():
    from newsgraph.extract.plover_lexicon import in_class

    assert in_class(["troops"], "forces") and not in_class(["photo"], "forces")
    assert in_class(["prisoners"], "!media") and not in_class(["photo"], "!media")


def test_events_lexicon_specific_senses_come_first():
    send = SENSES[("send", "V")]
    assert all(s.object_class is not None for s in send)
    strike = SENSES[("strike", "N")]
    assert {s.category for s in strike} == {"PROTEST", "ASSAULT"}


def test_events_lexicon_old_names_map_to_current_ones():
    assert normalize_category("DEMAND") == "REQUEST"
    assert normalize_category("disapprove") == "ACCUSE"
    assert normalize_category("INVESTIGATE") == "ACCUSE"
    assert normalize_category("FIGHT") == "ASSAULT"
    assert normalize_category("CONSULT") == "CONSULT"


def test_events_lexicon_evacuating_people_in_need_is_aid_troops_retreat():
    from newsgraph.pipeline import analyze

    an = analyze("Kenyan helicopters evacuated the wounded from the Somali town of Baidoa on Friday.", body_only=True,
                 published="2024-03-06")
    assert [e.type for e in an.events if e.trigger == "evacuated"] == ["AID"]
    an = analyze("Kenya evacuated its troops from Somalia on Friday.", body_only=True, published="2024-03-06")
    assert [e.type for e in an.events if e.trigger == "evacuated"] == ["RETREAT"]


def test_events_lexicon_time_preposition_is_not_a_particle():
    from newsgraph.pipeline import analyze

    an = analyze("Kenya on Sunday called for sanctions against Somalia.", body_only=True, published="2024-03-06")
    ev = next(e for e in an.events if e.trigger == "called")
    assert ev.evidence[0].rule.startswith("trigger:V:call+for")  # not "call+on" from "on Sunday"
