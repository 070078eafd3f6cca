"""Places: offline geocoding, disambiguation by context, curated regions, metonymy, country lookup."""
from __future__ import annotations

import math

import pytest

from newsgraph.pipeline import analyze
from newsgraph.extract.entities import country_for_name
from newsgraph.extract.places import geocode


def km(a_lat, a_lon, b_lat, b_lon):
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b_lon - a_lon) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("name,lat,lon,iso3", [
    ("Pyongyang", 39.03, 125.75, "PRK"),
    ("Seoul", 37.57, 126.98, "KOR"),
    ("Moscow", 55.75, 37.62, "RUS"),
    ("Kyiv", 50.45, 30.52, "UKR"),
    ("Korean Peninsula", 38.0, 127.5, None),
    ("South China Sea", 12.0, 113.0, None),
    ("Second Thomas Shoal", 9.75, 115.87, None),
    ("the Kremlin", 55.75, 37.62, "RUS"),
])
def test_places_geocode_known_places(name, lat, lon, iso3):
    place = geocode(name)
    assert place is not None
    assert km(place.geo.lat, place.geo.lon, lat, lon) < 50
    assert place.country == iso3


@pytest.mark.parametrize("name,iso3", [("Odessa", "UKR"), ("Calcutta", "IND"), ("Canton", "CHN"), ("Peking", "CHN"),
                                       ("Arizona", "USA"), ("Busan", "KOR"), ("Kaesong", "PRK")])
def test_places_spellings_and_old_names_find_the_big_city(name, iso3):
    assert geocode(name).country == iso3


def test_places_qualifier_picks_namesake():
    idaho = geocode("Moscow", qualifier="Idaho")
    assert idaho.country == "USA" and idaho.geo.lon < -100
    assert geocode("Moscow").country == "RUS"


def test_places_article_country_breaks_ties():
    # Cambridge, England is a little bigger than Cambridge, Massachusetts
    assert geocode("Cambridge", article_countries={"USA"}).country == "USA"
    assert geocode("Cambridge", article_countries={"GBR"}).country == "GBR"
    # a small namesake never beats a world capital
    assert geocode("Paris", article_countries={"USA"}).country == "FRA"


@pytest.mark.parametrize("text,iso3", [
    ("North Korea", "PRK"), ("N. Korea", "PRK"), ("NK", "PRK"), ("U.S.", "USA"), ("North Korean", "PRK"),
    ("Seoul", "KOR"), ("Pyongyang", "PRK"), ("the Kremlin", "RUS"), ("White House", "USA"), ("Britain", "GBR"),
    ("EU", None), ("UN", None), ("Busan", None), ("Korean", None),
])
def test_places_country_for_name(text, iso3):
    assert country_for_name(text) == iso3


def test_places_metonymy_and_geo_in_analysis():
    text = ("The move drew warnings from Seoul. Kim Jong-un later flew to Moscow, Idaho? No: "
            "he flew to Vladivostok, and the Kremlin said the talks went well.")
    a = analyze(text, body_only=True, published="2024-07-09")
    ents = {e.name: e for e in a.entities}
    assert ents["Seoul"].metonym_for == "KOR" and ents["Seoul"].country == "KOR"
    assert ents["Kremlin"].metonym_for == "RUS"
    assert ents["Moscow"].geo.country == "US"
    assert ents["Vladivostok"].geo.country == "RU" and ents["Vladivostok"].metonym_for is None


def test_places_capital_as_destination_is_not_metonym():
    a = analyze("The delegation departed Pyongyang for Russia on Monday.", body_only=True, published="2024-07-09")
    pyongyang = next(e for e in a.entities if e.name == "Pyongyang")
    assert pyongyang.metonym_for is None
    assert pyongyang.country == "PRK" and pyongyang.geo.feature == "city"


def test_places_hyphenated_city_is_one_geocoded_gpe():
    text = ("A truck bomb hit the German consulate in Afghanistan's Mazar-i-Sharif city on Thursday, "
            "police said, and the Taliban claimed the attack on the consulate.")
    a = analyze(text, body_only=True, published="2016-11-11")
    city = next(e for e in a.entities if e.name == "Mazar-i-Sharif")
    assert city.type == "GPE" and city.country == "AFG"
    assert km(city.geo.lat, city.geo.lon, 36.71, 67.11) < 50


def test_places_generic_suffix_is_dropped_when_unknown():
    from newsgraph.extract.places import geocode_with_suffix

    assert geocode("Kursk region") is None
    kursk = geocode_with_suffix("Kursk region")
    assert kursk.country == "RUS" and km(kursk.geo.lat, kursk.geo.lon, 51.73, 36.19) < 50


def test_places_missed_town_in_locative_context_is_found():
    text = ("The company opened a plant in Liege on Tuesday and said another would follow near Bristol, "
            "where it already employs 300 people, a spokeswoman said.")
    a = analyze(text, body_only=True, published="1996-08-27")
    by = {e.name: e for e in a.entities}
    assert by["Liege"].type == "GPE" and by["Liege"].country == "BEL"
    assert by["Bristol"].country == "GBR"
