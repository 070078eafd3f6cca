"""Entities: titles and affiliations from pre-modifiers, appositions and relative clauses."""
from __future__ import annotations

import pytest

from newsgraph.pipeline import analyze

from conftest import entity_named as ent

TEXT = (
    "Japan's Foreign Ministry protested on Friday. Ministry spokesperson Aiko Tanaka said the ship left.\n\n"
    "White House spokesperson Karine Jean-Pierre said talks would go on. "
    "Tanaka added that Tokyo would respond.\n\n"
    "The plan was drafted by Omar Haddad, president of the Arab Monetary Institute, "
    "and by Ruth Cole, who serves as the director of the Baltic Energy Agency.\n\n"
    "French Prime Minister Jean Dupont did not comment."
)


@pytest.fixture(scope="module")
def analysis():
    return analyze(TEXT, body_only=True, published="2024-07-09")




def name_of(analysis, eid):
    return next(e.name for e in analysis.entities if e.id == eid)


def test_entities_roles_premodifier_org_noun_resolves_to_article_org(analysis):
    tanaka = ent(analysis, "Aiko Tanaka")
    assert any("spokesperson" in t.lower() for t in tanaka.titles)
    assert name_of(analysis, tanaka.affiliation) == "Foreign Ministry"
    assert tanaka.country == "JPN"
    assert [m.text for m in tanaka.mentions] == ["Aiko Tanaka", "Tanaka"]


def test_entities_roles_premodifier_seat_of_power(analysis):
    kjp = ent(analysis, "Karine Jean-Pierre")
    assert kjp.titles == ("spokesperson",)
    assert name_of(analysis, kjp.affiliation) == "White House"
    assert kjp.country == "USA"


def test_entities_roles_apposition(analysis):
    haddad = ent(analysis, "Omar Haddad")
    assert haddad.titles == ("president of the Arab Monetary Institute",)
    assert name_of(analysis, haddad.affiliation) == "Arab Monetary Institute"


def test_entities_roles_relative_clause(analysis):
    cole = ent(analysis, "Ruth Cole")
    assert any(t.startswith("director") for t in cole.titles)
    assert name_of(analysis, cole.affiliation) == "Baltic Energy Agency"


def test_entities_roles_demonym_gives_country(analysis):
    dupont = ent(analysis, "Jean Dupont")
    assert dupont.titles == ("Prime Minister",)
    assert dupont.country == "FRA"


def test_entities_roles_of_titles_comma_titles_and_ranks():
    text = ("U.S. Secretary of State Antony Blinken met Russia's foreign minister, Sergei Lavrov, "
            "and Gen. Mark Milley. President Yoon Suk Yeol was not there.")
    a = analyze(text, body_only=True, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    assert ents["Antony Blinken"].titles == ("Secretary of State",)
    assert ents["Antony Blinken"].country == "USA"
    assert ents["Sergei Lavrov"].titles == ("foreign minister",)
    assert ents["Sergei Lavrov"].country == "RUS"
    assert ents["Mark Milley"].titles == ("Gen.",)
    # the title is not part of the name
    assert ents["Yoon Suk Yeol"].titles == ("President",)
    assert not any(e.name.startswith("President") for e in a.entities)


def test_entities_roles_paired_surnames_split():
    text = ("Putin-Xi talks\n\nChinese leader Xi Jinping met Russian President Vladimir Putin in Beijing on Monday, "
            "and the two men said they would meet again in the autumn to discuss trade and security.")
    a = analyze(text, body_only=True, published="2024-07-09")
    putin = next(e for e in a.entities if e.name == "Vladimir Putin")
    xi = next(e for e in a.entities if e.name == "Xi Jinping")
    assert putin.mentions[0].text == "Putin" and xi.mentions[0].text == "Xi"


def test_entities_roles_hyphenated_title_and_capitalised_credit():
    text = ("President-elect Donald Trump met Barack Obama at the White House on Thursday, "
            "and both men called the talks excellent, aides said. (REUTERS)")
    a = analyze(text, body_only=True, published="2016-11-11")
    trump = next(e for e in a.entities if e.name == "Donald Trump")
    assert trump.titles == ("President-elect",)
    assert any(e.name == "Reuters" and e.type == "ORG" for e in a.entities)


def test_entities_org_country_from_copula_lexicon_and_outlet():
    text = ("The Korea Herald\n\nSeoul weighs aid\n\nBy Ann Lee\n\nPublished : July 9, 2024 - 17:42\n\n"
            "The Unification Ministry said on Tuesday that it would review the plan. "
            "Hanbit Maritime Academy, often called the sea school, is a South Korean college for sailors. "
            "The Korean People's Army did not respond.")
    a = analyze(text, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    assert ents["Unification Ministry"].country == "KOR"
    assert ents["Hanbit Maritime Academy"].country == "KOR"
    assert ents["Korean People's Army"].country == "PRK"


def test_entities_roles_ranks_title_words_and_international_bodies():
    text = ("Pentagon spokesman Maj. Gen. Pat Ryder said the drills were routine. "
            "Japan's Defense Minister Minoru Kihara agreed. Chinese Foreign Ministry spokesperson Mao Ning "
            "objected. U.N. Secretary-General Antonio Guterres, who is a former prime minister of Portugal, "
            "urged calm.")
    a = analyze(text, body_only=True, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    assert ents["Pat Ryder"].country == "USA" and "Gen." in ents["Pat Ryder"].titles[0]
    assert ents["Minoru Kihara"].titles == ("Defense Minister",)
    assert not any(e.name == "Defense" for e in a.entities)  # a title word, not an organisation
    assert ents["Chinese Foreign Ministry"].country == "CHN" and ents["Mao Ning"].country == "CHN"
    guterres = ents["Antonio Guterres"]
    assert ents["U.N."].id == guterres.affiliation
    assert guterres.country is None  # his current role is international; "former" roles come last


def test_entities_roles_dateline_home_country_for_unqualified_offices():
    text = ("SEOUL, July 9 (Yonhap) -- The Joint Chiefs of Staff (JCS) said two missiles were fired on Tuesday. "
            "Defense Minister Shin Won-sik told lawmakers the launch was a provocation. "
            "Beijing urged restraint at the U.N. Security Council, and Seoul said it would respond.")
    a = analyze(text, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    assert ents["Seoul"].aliases == ("SEOUL",)  # the dateline's capitals are not the name
    assert ents["Seoul"].type == "GPE" and ents["Seoul"].country == "KOR"
    assert ents["Joint Chiefs of Staff"].country == "KOR"
    assert ents["Shin Won-sik"].country == "KOR"
    assert ents["U.N. Security Council"].country is None  # an international body keeps no home country


def test_entities_roles_country_only_from_before_the_person():
    text = ("Ayatollah Ali Khamenei warned Israel on Sunday, state television reported. "
            "In Iran, Supreme Leader Ali Khamenei spoke again on Monday. Rabbi Marvin Hier disagreed.")
    a = analyze(text, body_only=True, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    kh = ents["Ali Khamenei"]
    assert kh.country == "IRN"  # not ISR, the country he warned
    assert "Supreme Leader" in kh.titles and kh.affiliation is None
    assert ents["Marvin Hier"].titles == ("Rabbi",)


def test_entities_roles_title_with_of_before_comma_and_places_as_objects():
    text = ("The head of the IAEA, Rafael Grossi, visited Kyiv on Monday. "
            "The spokesman for the Israeli military, Daniel Hagari, said troops had entered Rafah.")
    a = analyze(text, body_only=True, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    assert ents["Rafael Grossi"].titles == ("head of the IAEA",)
    assert ents["Rafael Grossi"].affiliation == ents["IAEA"].id
    assert ents["Daniel Hagari"].titles == ("spokesman for the Israeli military",)
    assert ents["Daniel Hagari"].country == "ISR"
    assert ents["Kyiv"].type == "GPE" and ents["Rafah"].type == "GPE"


def test_entities_paired_surname_follows_its_partner():
    text = ("Delegation leaves after Putin-Kim pact\n\n"
            "The delegation, led by Kim Kum-chol, left on Monday for Moscow by train, state media said.\n\n"
            "Leader Kim Jong-un and President Vladimir Putin signed a treaty in June, officials said.")
    a = analyze(text, published="2024-07-09")
    kju = next(e for e in a.entities if e.name == "Kim Jong-un")
    assert kju.mentions[0].text == "Kim" and kju.mentions[0].start < 40


def test_entities_roles_country_not_borrowed_from_a_neighbouring_title():
    text = ("SEOUL, July 10 (Yonhap) -- Foreign Minister Cho Tae-yul met US Ambassador Philip Goldberg in Seoul, "
            "while Unification Minister Kim Yung-ho visited Paju. \"No,\" said Jane Smith, a spokeswoman for "
            "Samsung Electronics.")
    a = analyze(text, published="2024-07-10")
    ents = {e.name: e for e in a.entities}
    assert ents["Philip Goldberg"].country == "USA"
    assert ents["Kim Yung-ho"].country == "KOR"  # the dateline's country, not the ambassador's
    assert ents["Samsung Electronics"].country == "KOR"


def test_entities_roles_possessor_org_noun_and_copula():
    text = ("South Korea's Foreign Ministry protested on Tuesday. The ministry's spokesperson Lim Soo-suk said "
            "the visit was regrettable. Kim Kum-chol is the president of Kim Il Sung Military University.")
    a = analyze(text, body_only=True, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    assert ents["Lim Soo-suk"].affiliation == ents["Foreign Ministry"].id
    kim = ents["Kim Kum-chol"]
    assert kim.titles == ("president of Kim Il Sung Military University",)
    assert kim.affiliation == ents["Kim Il Sung Military University"].id


def test_entities_titled_person_speaks_for_previous_sentences_subject_country():
    from newsgraph.pipeline import analyze

    text = ("The Jakarta Ledger\n\nIndonesia summons envoy\n\nJAKARTA, Wednesday, December 3, 2025\n\n"
            "Indonesia summoned Australia's ambassador on Monday. Ambassador Rod Halloran was called to the "
            "Foreign Ministry in Jakarta.\n\nForeign Minister Sugiono went further on Tuesday.\n\n"
            "Australia defended the operation. Home Affairs Minister Claire Donnelly said the boat was returned safely.\n")
    an = analyze(text)
    country = {e.name: e.country for e in an.entities}
    assert country["Claire Donnelly"] == "AUS"  # the subject of the sentence before
    assert country["Sugiono"] == "IDN"  # the dateline's country, for a minister named without one
    assert country["Rod Halloran"] != "IDN"  # an ambassador in the home capital is not given it


def test_entities_adviser_is_a_government_title_for_the_home_country():
    from newsgraph.pipeline import analyze

    an = analyze("Dhaka Ledger\n\nBangladesh protests to India\n\nDHAKA, Aug 19 - Bangladesh lodged a protest on "
                 "Tuesday.\n\n\"Not a single life should be lost,\" Foreign Affairs Adviser Touhid Hossain told reporters.\n")
    assert {e.name: e.country for e in an.entities}["Touhid Hossain"] == "BGD"


def test_entities_official_of_a_body_above_nations_gets_no_home_country():
    from newsgraph.pipeline import analyze

    an = analyze("NATO Secretary General Mark Rutte said the alliance would defend Lithuania. "
                 "Foreign Minister Sergei Lavrov said so.", body_only=True, published="2026-03-12")
    country = {e.name: e.country for e in an.entities}
    assert country["Mark Rutte"] is None  # not the Netherlands he once led
    assert country["Sergei Lavrov"] == "RUS"  # world knowledge still serves a state's minister


def test_entities_bare_surname_of_a_named_person_looks_up_nobody_in_the_dictionary():
    from newsgraph.pipeline import analyze

    an = analyze("Interior Minister Muntaka Mubarak told reporters on Tuesday that smuggling would stop. "
                 "Mubarak said 14 suspects were arrested. President Vladimir Putin spoke.",
                 body_only=True, published="2026-05-20")
    country = {e.name: e.country for e in an.entities}
    assert country["Muntaka Mubarak"] != "EGY"  # not Hosni Mubarak
    assert country["Vladimir Putin"] == "RUS"


def test_entities_spokesperson_speaks_for_the_side_whose_statement_he_reports():
    from newsgraph.pipeline import analyze

    an = analyze("The Uganda People's Defence Forces blamed the attack on South Sudanese soldiers, army "
                 "spokesman Brig. Gen. Moses Okello said on Monday.", body_only=True, published="2026-04-22")
    assert {e.name: e.country for e in an.entities}["Moses Okello"] == "UGA"  # not South Sudan


def test_entities_roles_role_before_comma_then_rank_gives_both_titles_and_the_seat_country():
    # the role phrase before the comma is kept beside the rank that opens the name, and a body
    # placed by its seat ("the border command in Kupang") gives the person that seat's country
    a = analyze("A spokesman for the border command in Kupang, Major Rudi Hartono, said the patrol "
                "had turned back. The head of Kenya's navy, Admiral Grace Wanjiru, said little.",
                body_only=True, published="2026-05-04")
    hartono = ent(a, "Rudi Hartono")
    assert "Major" in hartono.titles and any("border command" in t for t in hartono.titles), hartono.titles
    assert hartono.country == "IDN"
    wanjiru = ent(a, "Grace Wanjiru")
    assert any(t.startswith("head of") for t in wanjiru.titles) and wanjiru.country == "KEN", (
        wanjiru.titles, wanjiru.country)
