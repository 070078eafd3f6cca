"""Entities: whole names, merging of mentions, agencies, acronyms, abbreviations."""
from __future__ import annotations

import pytest

from newsgraph.pipeline import analyze

from conftest import entity_named as by_name

TEXT = (
    "Mongolian President Batbold Enkh-Amgalan met Chinese Premier Li Qiang in Beijing on Monday, "
    "Xinhua said. Batbold later visited the Genghis Khan Technical Institute. "
    "The Joint Chiefs of Staff (JCS) said N. Korea fired a missile; the JCS gave no details. "
    "Officials at the U.S. embassy declined to comment, Li told reporters."
)


@pytest.fixture(scope="module")
def analysis():
    return analyze(TEXT, body_only=True, published="2024-07-09")




def test_entities_surname_merges_into_full_name(analysis):
    li = by_name(analysis, "Li Qiang")
    assert li.type == "PERSON"
    assert [m.text for m in li.mentions] == ["Li Qiang", "Li"]
    batbold = by_name(analysis, "Batbold Enkh-Amgalan")
    assert len(batbold.mentions) == 2


def test_entities_org_named_after_person_is_org(analysis):
    inst = by_name(analysis, "Genghis Khan Technical Institute")
    assert inst.type == "ORG"
    assert not any(e.name == "Genghis Khan" for e in analysis.entities)


def test_entities_agency_is_org_with_country(analysis):
    x = [e for e in analysis.entities if "Xinhua" in e.aliases or e.name.startswith("Xinhua")][0]
    assert x.type == "ORG" and x.country == "CHN"


def test_entities_acronym_defined_in_text_joins_its_name(analysis):
    jcs = by_name(analysis, "Joint Chiefs of Staff")
    assert [m.text for m in jcs.mentions] == ["Joint Chiefs of Staff", "JCS", "JCS"]


def test_entities_abbreviations_resolve_to_countries(analysis):
    nk = [e for e in analysis.entities if e.country == "PRK" and e.type == "GPE"][0]
    assert nk.name == "North Korea" and nk.mentions[0].text == "N. Korea"
    us = [e for e in analysis.entities if e.country == "USA" and e.type == "GPE"][0]
    assert us.mentions[0].text == "U.S."


def test_entities_ids_follow_first_mention(analysis):
    starts = [e.mentions[0].start for e in analysis.entities]
    assert starts == sorted(starts)
    assert [e.id for e in analysis.entities] == [f"e{i}" for i in range(1, len(analysis.entities) + 1)]


def test_entities_offsets_match_text(analysis):
    for e in analysis.entities:
        for m in e.mentions:
            assert analysis.article.text[m.start:m.end] == m.text


def test_entities_given_name_makes_a_person():
    text = ("The Shadow Secretary of State for the Family, Theresa May, said the plan was late. "
            "Runner Tanja Damaske of Germany won the race in Berlin on Sunday afternoon.")
    a = analyze(text, body_only=True, published="1996-08-30")
    people = {e.name for e in a.entities if e.type == "PERSON"}
    assert {"Theresa May", "Tanja Damaske"} <= people


def test_entities_capitalised_dateline_and_country_are_places():
    text = ("COLOMBO 1996-08-26\n\nSri Lanka's cricket board said on Monday the team would tour "
            "ROMANIA and other countries next year.\n\nKen\nGreen")
    a = analyze(text, body_only=True, published="1996-08-26")
    by = {e.name: e for e in a.entities}
    assert by["COLOMBO"].type == "GPE" and by["COLOMBO"].country == "LKA"
    assert any(e.country == "ROU" and e.type == "GPE" for e in a.entities)
    assert not any("\n" in m.text for e in a.entities for m in e.mentions)


def test_entities_shared_surname_does_not_merge_two_people():
    text = ("Hillary Clinton blamed the FBI for her defeat on Saturday. Clinton told donors the letter hurt. "
            "Her husband, Bill Clinton, stayed silent at the event in New York.\n\n"
            "Clinton later thanked her staff in a call that lasted an hour, aides said.")
    a = analyze(text, body_only=True, published="2016-11-12")
    hillary = next(e for e in a.entities if e.name == "Hillary Clinton")
    bill = next(e for e in a.entities if e.name == "Bill Clinton")
    assert hillary.id != bill.id
    assert [m.text for m in hillary.mentions] == ["Hillary Clinton", "Clinton", "Clinton"]
    assert [m.text for m in bill.mentions] == ["Bill Clinton"]


def test_places_us_state_is_not_a_foreign_town():
    from newsgraph.extract.places import geocode

    assert geocode("Arizona").country == "USA"
    assert geocode("Washington").geo.feature == "city"  # the capital, not the state


def test_entities_country_names_follow_the_article():
    text = ("Britain and the Czech Republic signed a deal with the DPRK on Monday, officials in London said. "
            "The United States and the U.S. Congress were not told.")
    a = analyze(text, body_only=True, published="2024-07-09")
    names = {e.country: e.name for e in a.entities if e.type == "GPE" and e.geo and e.geo.feature == "country"}
    assert names["GBR"] == "Britain" and names["CZE"] == "Czech Republic"
    assert names["PRK"] == "North Korea"  # only an abbreviation in the text: the country's name
    assert names["USA"] == "United States"


def test_entities_no_false_names_from_acronyms_or_given_names():
    text = ("The Consumer Price Index (CPI) rose 2 percent in May, and the CPI is watched closely. "
            "Chief Executive Officer (CEO) Tim Cook said the figures were fine.")
    a = analyze(text, body_only=True, published="2024-07-09")
    names = {e.name for e in a.entities}
    assert "Price Index" not in names and "Consumer Price Index" not in names
    assert "Chief Executive Officer" not in names
    assert "Tim Cook" in names


def test_entities_hyphenated_country_pairs_stay_two_countries():
    text = ("The Korea-Russia relations soured as Russia-North Korea military cooperation grew, "
            "and US-China trade talks stalled on Monday, officials said.")
    a = analyze(text, body_only=True, published="2024-07-09")
    countries = {e.country for e in a.entities if e.type == "GPE"}
    assert {"KOR", "RUS", "PRK", "USA", "CHN"} <= countries
    assert not any("-" in e.name for e in a.entities)


def test_entities_spelling_variants_of_one_name_merge():
    text = ("North Korean leader Kim Jong Un watched the launch on Wednesday, state media said. "
            "Kim Jong-un later spoke to officers, and Kim praised the scientists.")
    a = analyze(text, body_only=True, published="2017-11-29")
    kims = [e for e in a.entities if e.type == "PERSON"]
    assert len(kims) == 1
    assert [m.text for m in kims[0].mentions] == ["Kim Jong Un", "Kim Jong-un", "Kim"]


def test_entities_function_word_never_opens_a_person_name():
    text = "Above Clinton speaks in New York. Hillary Clinton said she was sorry, and Clinton left the stage."
    a = analyze(text, body_only=True, published="2016-11-12")
    people = [e for e in a.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Hillary Clinton"]
    assert people[0].mentions[0].text == "Clinton"


def test_entities_place_word_ending_a_longer_name_is_not_that_place():
    # "Gap" is a French town in the gazetteer; in "the Suwalki Gap" it ends another name.
    text = ("Russia protested on Friday against a NATO exercise near the Suwalki Gap. Tanks crossed the "
            "Fulda Gap in the drill. Officials in Gap, a town in the French Alps, said nothing.")
    a = analyze(text, body_only=True, published="2026-05-30")
    gap = [e for e in a.entities if e.name == "Gap"]
    assert len(gap) == 1 and gap[0].country == "FRA", [(e.name, e.country) for e in a.entities]
    assert [m.start for m in gap[0].mentions] == [text.index("in Gap") + 3]


@pytest.mark.parametrize("text,name,title", [
    ("The accord was signed by Sudan's Minister of Cabinet Affairs Kamal Eddin Hassan. Hassan said it would hold.",
     "Kamal Eddin Hassan", "Minister of Cabinet Affairs"),
    ("The accord, signed in Cairo by Libyan Interior Minister Omar Salem and Chad's Minister of Public Security "
     "Idriss Mahamat Deby, covers the border. Deby said it would hold.", "Idriss Mahamat Deby",
     "Minister of Public Security"),
])
def test_entities_first_name_after_a_portfolio_title_stays_in_the_name(text, name, title):
    # "Kamal" is also a town in the gazetteer; neither first name is in the given-name lists.
    a = analyze(text, body_only=True, published="2026-06-22")
    people = {e.name: e for e in a.entities if e.type == "PERSON"}
    assert name in people, list(people)
    assert people[name].titles == (title,)
    assert len(people[name].mentions) == 2


def test_entities_name_drops_leading_possessive_determiner():
    # "Its Foreign Ministry" is the ministry of the country named before, not a body called "Its ..."
    an = analyze("Chile hit back on Friday. Its Foreign Ministry summoned the Peruvian envoy.",
                 body_only=True, published="2024-07-09")
    names = [e.name for e in an.entities]
    assert "Foreign Ministry" in names
    assert not any(n.lower().startswith(("its ", "their ")) for n in names)
    ministry = by_name(an, "Foreign Ministry")
    assert [m.text for m in ministry.mentions] == ["Foreign Ministry"]


def test_entities_place_based_prefix_is_not_part_of_the_name():
    # "Murmansk-based" describes the company: the place is its own entity and gives its country
    an = analyze("The owner, the Murmansk-based Arktika Fishing Company, paid a fine. A Kremlin-controlled "
                 "broadcaster and the Iran-backed Houthi Movement were named.", body_only=True, published="2024-07-09")
    names = {e.name: e for e in an.entities}
    assert "Arktika Fishing Company" in names and "Murmansk" in names
    assert names["Arktika Fishing Company"].country == "RUS"
    assert "Kremlin" in names
    assert not any("-based" in n or "-controlled" in n for n in names)
    assert names["Houthi Movement"].country != "IRN"  # a patron is not a home


def test_entities_one_word_person_used_only_as_place_is_a_place():
    an = analyze("Work began at Prek Takeo, Kandal province, on Tuesday. In Potosí, the civic committee called "
                 "a march. Police were seen near the Oraba crossing. Minister Tawfiq Oraba said nothing.",
                 body_only=True, published="2024-07-09")
    types = {e.name: e.type for e in an.entities}
    assert types.get("Kandal") in {"LOC", "GPE"}
    assert types.get("Potosí") in {"LOC", "GPE"}
    # a name the article also gives a person keeps the person
    assert types.get("Tawfiq Oraba") == "PERSON"


def test_entities_arabic_article_name_is_one_name():
    an = analyze("Kenyan troops fight the militant group al-Shabaab near the fertile al-Fashaga triangle.",
                 body_only=True, published="2024-07-09")
    names = [e.name for e in an.entities]
    assert "al-Shabaab" in names
    assert "al" not in names and "Shabaab" not in names


def test_entities_name_after_a_title_is_a_person():
    # "Kodjo" is no known given name; the title before the name says it is a person
    an = analyze("Togolese Security Minister Kodjo Adjovi said Togo was a victim of the trade.",
                 body_only=True, published="2026-05-20")
    adjovi = by_name(an, "Kodjo Adjovi")
    assert adjovi.type == "PERSON" and adjovi.country == "TGO"


def test_entities_country_closing_an_organisation_name():
    an = analyze("Border Guard Bangladesh said the men were shot. The Council of Europe met.",
                 body_only=True, published="2026-08-19")
    assert by_name(an, "Border Guard Bangladesh").country == "BGD"
    assert by_name(an, "Council of Europe").country is None  # a body above nations


def test_entities_one_word_organisation_before_a_place_noun_is_a_place():
    an = analyze("Hungary protested over schools in the Transcarpathia region. Reporters at Reuters left.",
                 body_only=True, published="2026-02-25")
    assert by_name(an, "Transcarpathia").type in {"LOC", "GPE"}
    assert by_name(an, "Reuters").type == "ORG"  # after "at", an organisation stays one


def test_entities_bare_acronym_of_an_organisation_named_earlier():
    an = analyze("The army blamed the paramilitary Rapid Support Forces for the attack. The RSF did not "
                 "claim responsibility. The RSF later denied it.", body_only=True, published="2026-07-15")
    rsf = by_name(an, "Rapid Support Forces")
    assert rsf.type == "ORG" and "RSF" in rsf.aliases and len(rsf.mentions) == 3
    assert not any(e.name == "RSF" for e in an.entities)
