"""Actor dictionary (issues 4 and 6): world knowledge gives people and groups their country
when the article names none; titled surnames are time-valid; transnational groups get none."""
from __future__ import annotations

import pytest

from newsgraph.extract.actor_dictionary import actor_entries, lookup_actor, lookup_titled_surname
from newsgraph.pipeline import analyze

TEXT = (
    "President Bush met Prime Minister Major at the White House on Monday. "
    "Hezbollah fired rockets at northern towns. "
    "The paramilitary Rapid Support Forces attacked a market. "
    "Al-Qaeda claimed the bombing."
)


def ent(analysis, name):
    hits = [e for e in analysis.entities if e.name == name]
    assert hits, [(e.name, e.type) for e in analysis.entities]
    return hits[0]


@pytest.fixture(scope="module")
def in_1991():
    return analyze(TEXT, body_only=True, published="1991-03-04")


def test_actor_dictionary_table_is_well_formed():
    entries = actor_entries()
    people = [e for e in entries if e.type == "PERSON"]
    assert len(people) >= 300
    assert all(e.type in ("PERSON", "ORG") for e in entries)
    assert all(e.country is None or (len(e.country) == 3 and e.country.isupper()) for e in entries)
    assert all(e.valid_from is None or e.valid_to is None or e.valid_from <= e.valid_to for e in entries)


def test_actor_dictionary_leader_without_demonym_gets_country(in_1991):
    bush = ent(in_1991, "Bush")
    assert bush.country == "USA"
    assert any(ev.rule == "actor-dictionary" for ev in bush.evidence)
    assert ent(in_1991, "Major").country == "GBR"


def test_actor_dictionary_ambiguous_surname_outside_valid_years_gets_none():
    # no president named Bush held office in 2015; a bare "Bush" has no title at all
    later = analyze(TEXT, body_only=True, published="2015-03-04")
    assert ent(later, "Bush").country is None
    assert lookup_titled_surname("Bush", ["President"], year=2015) is None
    assert lookup_titled_surname("Bush", [], year=1991) is None
    # two presidents named Kim of two countries: the year picks the one in office
    assert lookup_titled_surname("Kim", ["President"], year=1999).country == "KOR"


def test_actor_dictionary_armed_group_gets_country(in_1991):
    assert ent(in_1991, "Rapid Support Forces").country == "SDN"
    assert lookup_actor("the paramilitary Rapid Support Forces").country == "SDN"
    assert lookup_actor("al-Shabaab").country == "SOM"


def test_actor_dictionary_transnational_group_gets_no_country(in_1991):
    hit = lookup_actor("al-Qaeda")
    assert hit is not None and hit.country is None
    qaeda = [e for e in in_1991.entities if "Qaeda" in e.name]
    assert all(e.country is None for e in qaeda)


def test_actor_dictionary_events_use_the_countries(in_1991):
    met = [v for v in in_1991.events if v.trigger == "met"]
    assert met and met[0].source.country == "USA" and met[0].target.country == "GBR"


def test_actor_dictionary_bare_name_only_when_curated():
    # "Putin" alone is listed as an alias; "Major" alone is a common word and is not
    assert lookup_actor("Putin").country == "RUS"
    assert lookup_actor("Major") is None
    # a group named with the word for its kind
    assert lookup_actor("the Fatah Party").country == "PSE"
    assert lookup_actor("Democratic Party") is None


def test_actor_dictionary_family_name_first_surname_with_title():
    # Korean and Chinese names put the family name first: "Chairman Kim" in 2019 is Kim Jong Un
    assert lookup_titled_surname("Kim", ["Chairman"], year=2019).country == "PRK"
    assert lookup_titled_surname("Xi", ["President"], year=2020).country == "CHN"
    # no President Kim held office in 2019 (Kim Jong Un's role is not a presidency)
    assert lookup_titled_surname("Kim", ["President"], year=2019) is None
