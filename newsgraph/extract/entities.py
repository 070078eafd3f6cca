"""Named entities of an article: one record per real-world entity, every mention
merged, with roles, affiliations, countries, coordinates and metonymy.

Stages (each a small function; see docs/entities.md):

- mentions: `newsgraph.extract.names.find_mentions` (spaCy corrected by rules);
- merging (`_group`): same name; surname or given name -> the full name mentioned
  nearest before; acronym -> its definition; a lexicon abbreviation -> its canonical
  entity ("NK" -> North Korea); an organisation written shorter ("Foreign Ministry")
  -> the longer form ("South Korea's Foreign Ministry" gives the same ORG a country);
  "X, often referred to as "Y"" -> one entity;
- roles (`newsgraph.extract.roles`): titles and affiliations of people;
- countries: countries and demonyms from the gazetteer, places from the geocoder,
  organisations from a lexicon or a country/demonym written before them, people
  from their affiliation or the demonym of their title;
- geo and metonymy (`newsgraph.extract.places`).

Helpers other extractors may call (stable): `country_for_name(text)` and
`entity_for_token(doc, i, ctx)`.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from newsgraph.extract.actor_dictionary import lookup_actor, lookup_titled_surname
from newsgraph.extract.context import Context
from newsgraph.extract.names import M, _initials, find_mentions, is_given_name
from newsgraph.extract.names import role_words as role_words_set
from newsgraph.extract.places import (
    canonical_country_name,
    country_for_name,
    country_of_country_name,
    country_of_demonym,
    fold,
    geocode,
    geocode_with_suffix,
)
from newsgraph.extract.roles import find_roles
from newsgraph.records import Entity, Evidence, Mention

__all__ = ["extract_entities", "country_for_name", "entity_for_token", "REQUIRES"]

REQUIRES = ("doc.ents", "doc.sents", "token.pos", "token.dep", "token.tag")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# All-capital words up to this long are abbreviations ("NK", "DPRK", "USSR").
MAX_ABBREVIATION_CHARS = 5
# Nationality words shared by two states: an organisation named with one gets no country by default.
AMBIGUOUS_NATIONALITY = frozenset({"korean", "korea", "chinese", "congolese", "sudanese", "irish", "arab"})
# How many tokens after a name an alias phrase may start ("X, often referred to as "Y"").
ALIAS_WINDOW_TOKENS = 8
ALIAS_CUES = ("referred to as", "known as", "dubbed", "also called", "formerly")
# Dependency roles in which a capital or seat of power acts (is the government):
# subject, possessor, or the object of "from"/"between"/"by"/"with"/"against".
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
AGENT_PREPS = frozenset({"from", "between", "by", "with", "against", "and"})
# Roles that speak for a state or a movement, besides offices ("leader", "spokesman").
PUBLIC_ROLE_WORDS = frozenset({"leader", "spokesperson", "spokesman", "spokeswoman", "envoy", "official",
                               "commander", "diplomat", "king", "queen", "prince", "emperor"})
# The longest place name a title may open with ("Republika Srpska President": 2 words).
MAX_TITLE_PLACE_WORDS = 3
# How close before a titled person a country must be named to be theirs ("In Iran,
# Supreme Leader Ali Khamenei": 3 tokens; "Lebanon also sent a delegation, led by
# Social Affairs Minister Rania Aoun": 9 tokens). No other person may stand between.
SENTENCE_COUNTRY_WINDOW_TOKENS = 12
# How far into its sentence a titled name may start and still continue the previous
# sentence's subject ("Home Affairs Minister Claire Donnelly said": the title's words come first)
TOPIC_TITLE_MAX_TOKENS = 6
# How far after a name its "is/was" may come (an alias clause may sit between).
COPULA_WINDOW_TOKENS = 16
# Heads of government bodies that news names without their country when the country
# is the outlet's own ("the Unification Ministry" in a Seoul paper).
GOVERNMENT_HEADS = frozenset({"ministry", "cabinet", "parliament", "assembly", "police", "prosecution", "court",
                              "guard", "force", "navy", "army", "office", "agency", "service", "commission",
                              "council", "staff", "command"})
# Titles of office that news gives without the country when it is the outlet's own
# ("Defense Minister Shin Won-sik told lawmakers" under a Seoul dateline).
GOVERNMENT_TITLES = frozenset({"minister", "president", "prime", "secretary", "ambassador", "lawmaker", "governor",
                               "mayor", "general", "admiral", "chairman", "speaker", "premier", "chief",
                               "opposition", "commissioner", "adviser", "advisor"})
# Envoys serve abroad: an ambassador named without a country in a Jakarta paper is as
# likely the foreign one summoned there, so the outlet's country is not given to them
ENVOY_TITLES = frozenset({"ambassador", "envoy"})
# First words of bodies above or across nations: never given the outlet's country
# ("European Commission", "African Union", "World Health Organization").
SUPRANATIONAL_WORDS = frozenset({"european", "african", "asian", "arab", "international", "world", "united", "global",
                                 "inter-american", "pan-african", "gulf", "nordic", "latin", "pacific", "atlantic"})
# Adjectives that may stand between a country's possessive and its organisation
# ("India's state-owned National Thermal Power Corporation").
MAX_POSSESSOR_GAP_TOKENS = 3


def entity_for_token(doc, i: int, ctx: Context):
    """The entity of the article with a mention covering token `i`, or None."""
    tok = doc[i]
    return ctx.entity_at(tok.idx, tok.idx + len(tok))


def _text(doc, m: M) -> str:
    return doc[m.start:m.end].text


class _Union:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def _key(doc, m: M) -> tuple:
    """What makes two mentions one entity without any other evidence."""
    if m.label in {"GPE", "LOC"} or m.rule == "lexicon-country":
        iso3 = m.country if m.rule == "lexicon-country" else country_of_country_name(_text(doc, m))
        if iso3:
            return ("country", iso3)
    if m.label == "NORP":
        return ("norp", fold(_text(doc, m)))
    if m.canon:
        return ("canon", fold(m.canon))
    if m.label == "PERSON":  # "Kim Jong-un" and "Kim Jong Un" are one spelling
        return ("person", "".join(c for c in fold(_text(doc, m)) if c.isalnum()))
    return ("name", fold(_text(doc, m)))


def _group(doc, ms: list[M]) -> list[list[int]]:
    uf = _Union(len(ms))
    parts = _person_name_parts(doc, ms)
    first: dict = {}
    deferred = []
    for k, m in enumerate(ms):
        if m.end - m.start == 1 and _text(doc, m) in parts and m.label in {"PERSON", "ORG", "GPE", "NORP"}:
            deferred.append(k)  # "Clinton" may be Hillary or Bill: resolved one by one below
            continue
        key = _key(doc, m)
        if key in first:
            uf.union(first[key], k)
        else:
            first[key] = k
    for k, m in enumerate(ms):
        if m.link is not None:
            uf.union(m.link, k)
    resolved = _merge_person_parts(doc, ms, uf, parts)
    for k in deferred:  # surnames that matched no full name group by their text
        if k in resolved:
            continue
        key = _key(doc, ms[k])
        if key in first:
            uf.union(first[key], k)
        else:
            first[key] = k
    _merge_org_suffixes(doc, ms, uf)
    _merge_aliases(doc, ms, uf)
    _merge_bare_acronyms(doc, ms, uf)
    groups: dict = defaultdict(list)
    for k in range(len(ms)):
        groups[uf.find(k)].append(k)
    return sorted(groups.values(), key=lambda g: min(ms[k].start for k in g))


def _person_name_parts(doc, ms) -> dict:
    """First and last words of the multi-word person names -> their mention indices."""
    parts_of: dict = defaultdict(list)
    for k, m in enumerate(ms):
        if m.label == "PERSON" and m.end - m.start > 1:
            words = [t.text for t in doc[m.start:m.end] if t.is_alpha]
            if words:
                joined = _text(doc, m).split()
                for w in {words[0], words[-1], joined[0], joined[-1]}:
                    parts_of[w].append(k)
    return parts_of


def _merge_person_parts(doc, ms, uf, parts_of) -> set:
    """ "Lim" -> "Lim Soo-suk", "Peskov" -> "Dmitry Peskov": a one-word mention joins the
    full name whose first or last word it is. With several such names ("Clinton": Hillary
    and Bill) it joins the one named in the same sentence, else the one named first (the
    story's main person); a name given only later counts when it is the only one."""
    resolved = set()
    index_of = {id(m): k for k, m in enumerate(ms)}
    first_of: dict = {}
    for k, m in enumerate(ms):
        if m.label == "PERSON" and m.end - m.start > 1:
            first_of.setdefault(fold(_text(doc, m)), k)
    for k, m in enumerate(ms):
        if m.end - m.start != 1 or m.label not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        word = _text(doc, m)
        cands = parts_of.get(word, [])
        if not cands:
            continue
        if m.label != "PERSON" and (country_for_name(word) or m.is_rule):
            continue  # "Jordan" the country stays a country
        names = {fold(_text(doc, ms[c])) for c in cands}
        before = [c for c in cands if ms[c].start < m.start]
        sent = doc[m.start].sent
        same_sentence = [c for c in before if ms[c].start >= sent.start]
        if len(names) == 1:
            target = cands[0]
        elif same_sentence:
            target = max(same_sentence, key=lambda c: ms[c].start)
        elif before:
            target = min((first_of[fold(_text(doc, ms[c]))] for c in before), key=lambda c: ms[c].start)
        elif m.partner is not None and index_of.get(id(m.partner)) is not None:
            # "Putin-Kim pact": the Kim who shares a sentence with the full-named Putin
            partner_words = _text(doc, m.partner)
            partner_sents = {doc[ms[c].start].sent.start for c in parts_of.get(partner_words, [])}
            with_partner = {fold(_text(doc, ms[c])) for c in cands if doc[ms[c].start].sent.start in partner_sents}
            if len(with_partner) != 1:
                continue
            target = first_of[with_partner.pop()]
        else:
            continue
        m.label = "PERSON"
        uf.union(target, k)
        resolved.add(k)
    return resolved


def _merge_org_suffixes(doc, ms, uf) -> None:
    """ "Foreign Ministry" joins "South Korean Foreign Ministry" when the longer
    form is the only one that ends with it."""
    orgs = [k for k, m in enumerate(ms) if m.label == "ORG"]
    words = {k: fold(_text(doc, ms[k])).split() for k in orgs}
    for k in orgs:
        w = words[k]
        if len(w) < 2:
            continue
        longer = {tuple(words[j]) for j in orgs if len(words[j]) > len(w) and words[j][-len(w):] == w}
        if len(longer) == 1:
            target = next(j for j in orgs if tuple(words[j]) in longer)
            if _home_body_before_foreign(doc, ms, orgs, words, k, target):
                continue
            uf.union(target, k)


def _home_body_before_foreign(doc, ms, orgs, words, k: int, target: int) -> bool:
    """Whether the short name ("Foreign Ministry") is first used before the long form names a
    country's ("Chinese Foreign Ministry"): in "HANOI - Foreign Ministry spokeswoman X said ... /
    Chinese Foreign Ministry spokesman Y said" the first is the story's own ministry, not China's."""
    extra = " ".join(words[target][:len(words[target]) - len(words[k])])
    if not (country_of_demonym(extra) or country_of_country_name(extra)):
        return False
    first_short = min(ms[j].start for j in orgs if words[j] == words[k])
    first_long = min(ms[j].start for j in orgs if words[j] == words[target])
    return first_short < first_long


def _merge_bare_acronyms(doc, ms, uf) -> None:
    """ "the paramilitary Rapid Support Forces ... The RSF said": an all-capital word never
    defined in parentheses that spells the initials of an organisation named in full earlier
    is that organisation (typed ORG whatever the model said)."""
    orgs: dict = {}
    for k, m in enumerate(ms):
        text = _text(doc, m)
        words = text.split()
        if m.label == "ORG" and len(words) >= 2:
            initials = _initials(words)  # "Organization of American States" is OAS
            if len(initials) >= 2:
                orgs.setdefault(initials, k)
        elif (m.end - m.start == 1 and text.isalpha() and text.isupper() and 2 <= len(text) <= MAX_ABBREVIATION_CHARS
              and text in orgs and orgs[text] < k and m.rule in {"spacy-ner", "propagated"}):
            m.label = "ORG"
            uf.union(orgs[text], k)


def _merge_aliases(doc, ms, uf) -> None:
    """ "X, often referred to as "Y"" and "X, also known as Y" make one entity."""
    starts = {m.start: k for k, m in enumerate(ms)}
    for k, m in enumerate(ms):
        window = doc[m.end:min(len(doc), m.end + ALIAS_WINDOW_TOKENS)]
        low = window.text.lower()
        if not any(c in low for c in ALIAS_CUES):
            continue
        for t in window:
            j = starts.get(t.i)
            if j is not None and j != k and ms[j].label in {m.label, "ORG", "FAC", "PERSON"}:
                if ms[j].label == m.label or {ms[j].label, m.label} <= {"ORG", "FAC", "PERSON"}:
                    ms[j].label = m.label
                    uf.union(k, j)
                break


def _choose_type(ms: list[M], group: list[int]) -> str:
    votes = Counter()
    for k in group:
        votes[ms[k].label] += 3 if ms[k].is_rule else 1
    return votes.most_common(1)[0][0]


# Common nouns a place's name stands before ("Kandal province", "the Jarinje crossing",
# "the Cuciurgan power station"): the last word of a place or facility, not of a person
PLACE_AREA_HEADS = frozenset({"province", "region", "department", "district", "county", "state", "territory",
                              "village", "town", "city", "valley", "river", "triangle", "enclave", "basin",
                              "peninsula", "island", "islands", "strait", "sea", "gulf", "corridor", "desert",
                              "municipality", "prefecture", "governorate", "oblast", "area", "zone", "camp"})
PLACE_FACILITY_HEADS = frozenset({"crossing", "station", "post", "checkpoint", "road", "bridge", "airport", "port",
                                  "base", "dam", "plant", "border", "highway", "pipeline", "terminal", "mine"})
# Words before "of" that take a place after them ("the department of Potosí", "the people of X")
PLACE_OF_HEADS = PLACE_AREA_HEADS | frozenset({"people", "residents", "governor", "mayor", "outskirts", "centre",
                                               "center", "north", "south", "east", "west"})
# Verbs whose subject is a person or a body, never a place ("Oraba said")
PERSON_VERBS = frozenset({"say", "tell", "add", "accuse", "urge", "announce", "deny", "insist", "warn", "write",
                          "speak", "ask", "claim", "argue", "meet", "call", "describe", "vow", "pledge"})
# Words a capital's name needs before a person tag is overruled by the gazetteer: two (one-word
# capitals, "Douglas", "Kingston", are often surnames too).
MIN_CAPITAL_WORDS = 2
# Prepositions of place: a name right after one is where something is, not who
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "over", "outside", "inside", "across", "around"})


def _place_by_context(doc, ms: list[M], group: list[int], *, nouns_only: bool = False) -> str | None:
    """ "LOC"/"FAC" for a one-word name spaCy took for a person that the article uses as a
    place: some mention stands before a place noun ("Kandal province", "the Oraba crossing"),
    after a preposition of place ("In Potosí", "at Terespol and Kuznica") or after "the
    department of", and none is a person's (the subject of a verb, after a title or a given
    name). None otherwise."""
    label, cues = "LOC", 0
    for k in group:
        m = ms[k]
        if m.end - m.start != 1 or m.rule not in {"spacy-ner", "propagated"}:
            return None
        tok = doc[m.start]
        nxt = doc[m.end] if m.end < len(doc) else None
        prev = doc[m.start - 1] if m.start > 0 else None
        head = tok.head if tok.dep_ == "conj" else tok
        before = doc[head.i - 1] if head.i > 0 else None
        if nxt is not None and nxt.is_lower and m.end + 1 < len(doc) and doc[m.end + 1].is_lower \
                and doc[m.end + 1].lower_ in PLACE_FACILITY_HEADS | PLACE_AREA_HEADS:
            nxt = doc[m.end + 1]  # "the Cuciurgan power station", "the Oraba border crossing"
        if nxt is not None and nxt.is_lower and nxt.lower_ in PLACE_FACILITY_HEADS:
            label, cues = "FAC", cues + 1
        elif nxt is not None and nxt.is_lower and nxt.lower_ in PLACE_AREA_HEADS:
            cues += 1
        elif nouns_only:
            # an organisation's name after "in"/"at" is still an organisation ("at Reuters")
            if tok.dep_ == "nsubj" and tok.head.lemma_ in PERSON_VERBS:
                return None
        elif before is not None and before.lower_ in LOCATIVE_PREPOSITIONS:
            cues += 1  # "In Potosí, the committee called ...": even if parsed as the subject
        elif prev is not None and prev.lower_ == "of" and m.start > 1 and doc[m.start - 2].lower_ in PLACE_OF_HEADS:
            cues += 1
        elif (tok.dep_ == "nsubj" and tok.head.lemma_ in PERSON_VERBS) or (
                prev is not None and (prev.lower_ in role_words_set() or is_given_name(prev.text))):
            return None
    return label if cues else None


def _capital_taken_for_person(doc, ms: list[M], group: list[int], name: str) -> bool:
    """Whether a name spaCy took for a person is a country's capital of two or more words ("Buenos
    Aires", "Addis Ababa", "Phnom Penh", "Port Moresby": two capitalised unknown words look like a
    given name and a surname), with no title or given name before any mention. A one-word capital
    ("Douglas", "Kingston") is as often a surname; only its context makes it a place
    (`_place_by_context`)."""
    if len(name.split()) < MIN_CAPITAL_WORDS:
        return False
    place = geocode(name)
    if place is None or not place.is_capital or place.geo.feature != "city":
        return False
    for k in group:
        prev = doc[ms[k].start - 1] if ms[k].start > 0 else None
        if _text(doc, ms[k]) != name or (prev is not None and (
                prev.lower_ in role_words_set() or is_given_name(prev.text))):
            return False
    return True


def _is_abbreviation(text: str) -> bool:
    """ "U.S.", "N. Korea", "NK", "DPRK", "UAE"."""
    return "." in text or (text.isupper() and len(text) <= MAX_ABBREVIATION_CHARS)


def _choose_name(doc, ms: list[M], group: list[int], key: tuple) -> str:
    if key[0] == "country":
        canon = canonical_country_name(key[1])
        texts = {fold(_text(doc, ms[k])) for k in group}
        # "U.S.", "NK", "DPRK" alone: the country's name; "Britain" stays "Britain"
        if canon and (fold(canon) in texts or all(_is_abbreviation(_text(doc, ms[k])) for k in group)):
            return canon
    canons = [ms[k].canon for k in group if ms[k].canon]
    best = max(group, key=lambda k: (not _text(doc, ms[k]).isupper(),  # "Seoul" over a dateline's "SEOUL"
                                     sum(1 for t in doc[ms[k].start:ms[k].end] if not t.is_punct),
                                     len(_text(doc, ms[k])), -ms[k].start))
    text = _text(doc, ms[best])
    # the article's own words name it ("Yonhap", not the lexicon's "Yonhap News Agency"),
    # except a credit in capitals whose lexicon form is the same word ("REUTERS" -> "Reuters")
    if canons and text.isupper() and not canons[0].isupper() and fold(canons[0]) == fold(text):
        return canons[0]
    return text


def _qualifier(doc, m: M, ms_by_start: dict) -> str | None:
    """ "Idaho" in "Moscow, Idaho"."""
    if m.end + 1 < len(doc) and doc[m.end].text == ",":
        nxt = ms_by_start.get(m.end + 1)
        if nxt is not None and nxt.label in {"GPE", "LOC"}:
            return doc[nxt.start:nxt.end].text
    return None


def _is_agentive(doc, m: M) -> bool:
    """A mention used as an actor: subject, possessor, or "warnings from Seoul"."""
    root = doc[m.start:m.end].root
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in AGENT_DEPS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in AGENT_PREPS and tok.head.head.pos_ in {"NOUN", "PROPN"}:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in {"from", "by", "against"}:
        return True
    return False


# "London-based", "Geneva-headquartered": the place an organisation is based in gives its country
# (not "Iran-backed", "Kremlin-controlled": a patron is not a home)
SEAT_PARTICIPLES = frozenset({"based", "headquartered"})


def _org_country_from_context(doc, m: M, ms_by_end: dict) -> str | None:
    """ "South Korea's Foreign Ministry", "South Korean Foreign Ministry", "North Korean state media"."""
    k = m.start
    # "India's state-owned National Thermal Power Corporation": a few lower-case adjectives
    gap = 0
    while gap < MAX_POSSESSOR_GAP_TOKENS and k - 1 > 0 and (doc[k - 1].is_lower or doc[k - 1].text == "-") \
            and doc[k - 1].pos_ in {"ADJ", "VERB", "PUNCT", "NOUN"} and doc[k - 1].tag_ != "POS":
        k -= 1
        gap += 1
    if gap and not (k > 0 and doc[k - 1].tag_ == "POS"):
        k = m.start  # adjectives count only after a possessive
    if k > 0 and doc[k - 1].tag_ == "POS":
        k -= 1
    prev = ms_by_end.get(k)
    if prev is not None:
        txt = doc[prev.start:prev.end].text
        return (prev.country if prev.rule == "lexicon-country" else None) or country_of_country_name(txt) \
            or country_of_demonym(txt)
    # "the Murmansk-based Arktika Fishing Company": the country of the place it is based in
    s = m.start
    if s >= 3 and doc[s - 1].lower_ in SEAT_PARTICIPLES and doc[s - 2].text == "-" and not doc[s - 3].whitespace_:
        place_m = ms_by_end.get(s - 2)
        if place_m is not None and place_m.label == "GPE":
            txt = doc[place_m.start:place_m.end].text
            place = geocode(txt)
            return country_of_country_name(txt) or (place.country if place is not None else None)
    return None


def _country_from_copula(doc, m: M) -> str | None:
    """ "Kim Il Sung Military University, often referred to as ..., is North Korea's
    premier institution" / "X is a Russian state company": the country or demonym right
    after the first "is"/"was" that follows the name in its sentence."""
    sent_end = doc[m.start].sent.end
    for i in range(m.end, min(sent_end, m.end + COPULA_WINDOW_TOKENS)):
        t = doc[i]
        if t.lemma_ != "be" or t.dep_ not in {"ROOT", "ccomp", "relcl", "conj"} and t.pos_ != "AUX":
            continue
        j = i + 1
        if j < sent_end and doc[j].lower_ in {"a", "an", "the"}:
            j += 1
        words = []
        while j < sent_end and len(words) < 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            words.append(doc[j].text)
            j += 1
        for n in range(len(words), 0, -1):
            txt = " ".join(words[:n])
            iso3 = country_of_country_name(txt) or country_of_demonym(txt)
            if iso3:
                return iso3
        return None
    return None


def _country_in_name(name: str) -> str | None:
    """ "Chinese Foreign Ministry", "Japan Coast Guard", "Samsung Electronics" (a known
    organisation's name opening a longer one)."""
    from newsgraph.extract.names import lexicon

    words = name.split()
    for n in (2, 1):
        if len(words) > n:
            head = " ".join(words[:n])
            iso3 = country_of_demonym(head) or country_of_country_name(head)
            if iso3:
                return iso3
            hit = lexicon().get(head)
            if hit and hit[0] == "ORG" and hit[2]:
                return hit[2]
    # "Border Guard Bangladesh", "Bank of Ghana", "Police of Ukraine": the country closing
    # the name (not a body above nations: "Council of Europe" names no country)
    if len(words) >= 3 and fold(words[0]) not in SUPRANATIONAL_WORDS:
        for n in (2, 1):
            tail = " ".join(words[-n:])
            iso3 = country_of_country_name(tail)
            if iso3:
                return iso3
    return None


# What a side says or decides (its spokesperson tells of it); not acts done to others, which a
# spokesperson of the other side reports as often
SIDE_STANCE_VERBS = frozenset({"blame", "accuse", "deny", "reject", "condemn", "denounce", "criticize", "criticise",
                               "warn", "urge", "demand", "insist", "welcome", "announce", "decide", "protest",
                               "vow", "pledge", "refuse", "summon", "say", "call", "agree", "respond"})


def _country_of_reported_subject(doc, ms: list[M], group: list[int], info: list[dict], owner: dict) -> str | None:
    """ "The Uganda People's Defence Forces blamed the attack on South Sudanese soldiers, army
    spokesman Moses Okello said": a titled person who tells what an organisation or state (the
    subject of the clause they report) did speaks for it; its country."""
    country_of = {}
    for x in info:
        for k in x["group"]:
            country_of[k] = (x["type"], x["country"])
    for k in group:
        head = doc[ms[k].end - 1]
        if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
            continue
        verb = head.head
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < head.i), None)
        if clause is None:
            continue
        if clause.lemma_.lower() not in SIDE_STANCE_VERBS:
            continue  # "Russia attacked Kyiv overnight, air force spokesman X said": not Russia's
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        j = owner.get(subj.i) if subj is not None else None
        if j is None:
            continue
        etype, iso = country_of.get(j, (None, None))
        if etype in ("ORG", "GPE") and iso:
            return iso
    return None


def _topic_country_before(doc, ms: list[M], group: list[int], owner: dict) -> str | None:
    """ "Australia defended the operation. Home Affairs Minister Claire Donnelly said ...": a
    titled person named first at the start of a sentence speaks for the country that is the
    subject of the sentence just before, in the same paragraph."""
    first = min(ms[k].start for k in group)
    sent = doc[first].sent
    if first - sent.start > TOPIC_TITLE_MAX_TOKENS or sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc[prev.end - 1:sent.start + 1].text:
        return None  # a new paragraph: no topic carried
    subj = next((t for t in prev.root.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    k = owner.get(subj.i)
    if k is None:
        return None
    m = ms[k]
    txt = _text(doc, m)
    if m.label in {"GPE"} or m.rule == "lexicon-country":
        return (m.country if m.rule == "lexicon-country" else None) or country_of_country_name(txt)
    if m.label == "NORP":
        return country_of_demonym(txt)
    return None


def _region_before(doc, ms: list[M], group: list[int], titles, owner: dict, info_of: dict) -> str | None:
    """The country of a region named right before a titled person's title ("Abkhazia leader
    Aslan Bzhania", "Tigray regional president X"), when the gazetteer places the region in one."""
    title_words = {fold(w) for t in titles for w in t.split()}
    for k in group:
        i = ms[k].start - 1
        while i >= 0 and doc[i].pos_ != "PROPN" and (fold(doc[i].text) in title_words or doc[i].lower_ in (
                "regional", "provincial", "state")) and i not in owner:
            i -= 1
        d = info_of.get(owner.get(i)) if i >= 0 and i < ms[k].start - 1 else None
        if d is not None and d["type"] in ("LOC", "GPE") and d["country"] and d["geo"] is not None \
                and d["geo"].feature == "region":
            return d["country"]
    return None


def _gazetteer_region(name: str) -> bool:
    """Whether the gazetteer knows `name` as a region of one country ("Abkhazia", "Darfur")."""
    place = geocode(name)
    return place is not None and bool(place.country) and not place.is_country and place.geo.feature == "region"


def _title_place_country(titles, article_countries) -> str | None:
    """The country of the place a title of public office opens with ("Republika Srpska
    President", "Texas Governor", "Kayanza provincial governor"): a region the gazetteer places in
    a country, or a town of a country the article names (town names repeat across countries).
    A country's own name is no such place (the roles layer reads those)."""
    for title in titles:
        words = title.split()
        if not _has_public_title((title,)):
            continue
        for n in range(min(len(words) - 1, MAX_TITLE_PLACE_WORDS), 0, -1):
            lead = words[:n]
            if not all(w[:1].isupper() for w in lead) or fold(lead[-1]) in GOVERNMENT_TITLES | PUBLIC_ROLE_WORDS:
                continue
            place = geocode(" ".join(lead), article_countries=article_countries)
            if place is None or not place.country or place.is_country:
                continue
            if place.geo.feature == "region" or (place.geo.feature == "city" and place.country in article_countries):
                return place.country
    return None


def _has_public_title(titles, *, words=frozenset()) -> bool:
    """A current title of public office ("Defense Minister", "leader", "spokesman")."""
    words = words or (GOVERNMENT_TITLES | PUBLIC_ROLE_WORDS)
    return any(w in words for t in titles if not fold(t).startswith(("former", "ex-"))
               for w in fold(t).replace("-", " ").split())


def _only_country_in_sentences(doc, ms: list[M], group: list[int]) -> str | None:
    """The one country (named or by demonym) before a titled person in the sentences that
    name them, when there is exactly one: "In Iran, Supreme Leader Ali Khamenei said"."""
    found = set()
    # the person's first mention in each sentence: only countries named shortly before it,
    # with no other person between, count ("Ayatollah Ali Khamenei warned Israel" says
    # nothing of his country; nor does "US Ambassador Philip Goldberg" of the next name)
    first_in_sent: dict = {}
    for k in group:
        first_in_sent.setdefault(doc[ms[k].start].sent.start, ms[k].start)
    person_starts = sorted(x.start for x in ms if x.label == "PERSON")
    for m in ms:
        limit = first_in_sent.get(doc[m.start].sent.start)
        if limit is None or m.start >= limit or limit - m.end > SENTENCE_COUNTRY_WINDOW_TOKENS:
            continue
        if any(m.end <= p < limit for p in person_starts):
            continue
        if any(doc[i].is_quote for i in range(m.end, limit)):
            continue  # named in the quoted words before the cue ('"The Philippine side must ...," Guo said')
        if m.label == "NORP":
            found.add(country_of_demonym(_text(doc, m)))
        elif m.label == "GPE" or m.rule == "lexicon-country":
            found.add(m.country if m.rule == "lexicon-country" else country_of_country_name(_text(doc, m)))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _place_frame_before(doc, ms: list[M], group: list[int]) -> str | None:
    """ "In Nairobi, the deployment remains divisive. Opposition lawmaker Daniel Ouko accused ...":
    a titled person named right after a sentence of the same paragraph that opens with a place
    frame ("In <city or country>,") is of that place's country, when no other country is named
    between the frame and the person."""
    first = min(ms[k].start for k in group)
    sent = doc[first].sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n\n" in doc[prev.end - 1:sent.start + 1].text or len(prev) < 3:
        return None
    if prev[0].lower_ != "in" or prev[0].dep_ != "prep":
        return None
    frame = [m for m in ms if prev.start < m.start and m.end < prev.end and m.end < len(doc)
             and doc[m.end].text == "," and m.start == prev.start + 1]
    if not frame or frame[0].label not in ("GPE", "LOC"):
        return None
    m = frame[0]
    iso = (m.country if m.rule == "lexicon-country" else None) or country_of_country_name(_text(doc, m))
    if iso is None:
        place = geocode(_text(doc, m))
        iso = place.country if place is not None else None
    if iso is None:
        return None
    for x in ms:  # another country named between the frame and the person: the frame is not theirs
        if m.end <= x.start < first and (x.label == "NORP" or x.label == "GPE" or x.rule == "lexicon-country"):
            other = country_of_demonym(_text(doc, x)) if x.label == "NORP" else (
                (x.country if x.rule == "lexicon-country" else None) or country_of_country_name(_text(doc, x)))
            if other and other != iso:
                return None
    return iso


def _home_country(ctx: Context) -> str | None:
    """The country of the outlet ("The Korea Herald" -> KOR) or of the dateline city
    ("SEOUL, July 9 (Yonhap)" -> KOR), when the article gives one."""
    from newsgraph.extract.names import lexicon

    art = ctx.article
    if art.outlet:
        hit = lexicon().get(art.outlet) or lexicon().get(art.outlet.removeprefix("The ").strip())
        if hit and hit[2]:
            return hit[2]
    if art.dateline:
        head = art.dateline.split(",")[0].split("(")[0].strip()
        if head:
            place = geocode(head.title() if head.isupper() else head)
            if place is not None and place.country and (place.is_capital or place.is_country):
                return place.country
    return None


def _is_government_body(name: str) -> bool:
    """ "Unification Ministry", "Ministry of Defense", "Department of Foreign Affairs", "National Police
    Agency"."""
    words = fold(name).split()
    if words and words[0] in SUPRANATIONAL_WORDS:
        return False
    # ("Department of Foreign Affairs": a department named by its portfolio, like "Ministry of Defense")
    return bool(words) and (words[-1] in GOVERNMENT_HEADS or words[0] == "ministry" or (
        words[0] == "department" and len(words) > 2 and words[1] == "of"))


def _dictionary_country(d: dict, titles: tuple, ctx: Context) -> tuple | None:
    """(country, matched name, notes) from the actor dictionary for a PERSON/ORG entity: its name or
    an alias, else (people) a surname with a title of office, time-valid in the publication year."""
    year = ctx.published.year if ctx.published is not None else None
    texts = (d["name"], *d["aliases"])
    if d["type"] == "PERSON" and len(d["name"].split()) > 1:
        # "Muntaka Mubarak" is not Hosni Mubarak: a named person's bare surname looks up nobody
        texts = tuple(t for t in texts if len(t.split()) > 1)
    for text in texts:
        entry = lookup_actor(text, year=year, types=frozenset({d["type"]}))
        if entry is not None:
            return (entry.country, text, (entry.name, entry.role)) if entry.country else None
    if d["type"] == "PERSON" and titles and len(d["name"].split()) == 1:
        # a surname alone ("President Bush"); a fuller name the dictionary lacks ("Juan Ortega") is someone else
        entry = lookup_titled_surname(d["name"], titles, year=year)
        if entry is not None and entry.country:
            return entry.country, d["name"], (entry.name, entry.role)
    return None


def extract_entities(doc, ctx: Context) -> list[Entity]:
    """The article's entities, ids "e1".. in order of first mention."""
    ms = find_mentions(doc)
    if not ms:
        return []
    groups = _group(doc, ms)
    ms_by_start = {m.start: m for m in ms}
    ms_by_end = {m.end: m for m in ms}
    ids = {}
    for n, group in enumerate(groups, 1):
        for k in group:
            ids[k] = f"e{n}"
    article_countries = {m.country if m.rule == "lexicon-country" else country_of_country_name(_text(doc, m))
                         for m in ms if m.label in {"GPE", "LOC"}} - {None}
    article_countries |= {country_of_demonym(_text(doc, m)) for m in ms if m.label == "NORP"} - {None}

    home = _home_country(ctx)
    # first pass: names, types, countries, places
    info = []
    country_entity: dict = {}
    for n, group in enumerate(groups, 1):
        key = _key(doc, ms[group[0]])
        etype = _choose_type(ms, group)
        relabel = (_place_by_context(doc, ms, group) if etype == "PERSON"
                   else _place_by_context(doc, ms, group, nouns_only=True) if etype == "ORG" else None)
        if relabel is not None:
            etype = relabel  # "Kandal province", "In Potosí": a place, not a person
        name = _choose_name(doc, ms, group, key)
        texts = []
        for k in group:
            t = _text(doc, ms[k])
            if t != name and t not in texts:
                texts.append(t)
        country = geo = metonym = None
        evidence = [Evidence(rule=r) for r in sorted({ms[k].rule for k in group})]
        if relabel is not None:
            evidence.append(Evidence(rule="place-by-context", anchor=relabel))
        elif etype == "PERSON" and _capital_taken_for_person(doc, ms, group, name):
            etype = "GPE"  # "Buenos Aires rejected the protest": a capital, not a person
            evidence.append(Evidence(rule="capital-by-gazetteer", anchor="GPE"))
        if etype == "NORP" and country_of_demonym(name) is None and _gazetteer_region(name):
            # "Abkhazia leader X": a region's name the tagger took for a nationality is a place
            etype = "LOC"
            evidence.append(Evidence(rule="region-by-gazetteer", anchor="LOC"))
        if key[0] == "country":
            country = key[1]
            place = geocode(canonical_country_name(country) or name)
            geo = place.geo if place else None
            country_entity.setdefault(country, f"e{n}")
        elif etype == "NORP":
            country = country_of_demonym(name)
        elif etype in PLACE_LABELS or any(ms[k].rule == "lexicon-place" for k in group):
            first = ms[group[0]]
            place = geocode_with_suffix(name, article_countries=article_countries,
                                        qualifier=_qualifier(doc, first, ms_by_start))
            if place is None and name != _text(doc, first):
                place = geocode(_text(doc, first), article_countries=article_countries)
            if place is not None:
                geo, country = place.geo, place.country
                if etype == "LOC" and place.geo.feature in {"city", "country"}:
                    etype = "GPE"  # OntoNotes: cities and countries are GPE
                if place.metonym_for and place.is_capital:
                    agentive = [ms[k] for k in group if _is_agentive(doc, ms[k])]
                    if agentive:
                        metonym = place.metonym_for
                        a = agentive[0]
                        evidence.append(Evidence(rule="metonymy-capital", text=_text(doc, a),
                                                 start=doc[a.start].idx, end=doc[a.end - 1].idx + len(doc[a.end - 1]),
                                                 anchor=metonym))
                elif place.metonym_for:
                    metonym = place.metonym_for
                    evidence.append(Evidence(rule="metonymy-seat-of-power", anchor=metonym))
        if etype == "ORG" and country is None:
            country = next((ms[k].country for k in group if ms[k].country), None)
            if country is None:
                country = next((c for c in (_org_country_from_context(doc, ms[k], ms_by_end) for k in group) if c), None)
            canon_of_group = any(ms[k].canon for k in group)
            if country is None:
                country = _country_in_name(name)
            if country is None:
                country = next((c for c in (_country_from_copula(doc, ms[k]) for k in group) if c), None)
            if country is None and _is_government_body(name) and not canon_of_group and not any(
                    fold(w) in AMBIGUOUS_NATIONALITY for w in name.split()):
                country = home if home is not None else None
                if country:
                    evidence.append(Evidence(rule="home-country-of-outlet", anchor=country))
            canon = next((ms[k].canon for k in group if ms[k].canon), None)
            if canon:
                place = geocode(canon)
                if place is not None and place.metonym_for:
                    metonym, geo = place.metonym_for, place.geo
                    evidence.append(Evidence(rule="metonymy-seat-of-power", anchor=metonym))
        info.append(dict(id=f"e{n}", name=name, type=etype, aliases=tuple(texts), country=country, geo=geo,
                         metonym=metonym, evidence=evidence, group=group))

    # second pass: roles and affiliations of people
    roles = find_roles(doc, ms, ids, info, country_entity)
    owner = {i: k for k, m in enumerate(ms) for i in range(m.start, m.end)}  # token -> its mention
    info_of = {k: d for d in info for k in d["group"]}  # mention -> its entity's first-pass record
    out = []
    for n, d in enumerate(info, 1):
        r = roles.get(d["id"])
        titles, affiliation, country = (), None, d["country"]
        evidence = list(d["evidence"])
        aff = next((x for x in info if r is not None and x["id"] == r.affiliation), None)
        serves_body_above_nations = aff is not None and aff["country"] is None and any(
            ev.rule == "lexicon-org" for ev in aff["evidence"])  # "NATO Secretary General Mark Rutte"
        if country is None and (r is None or r.country is None) and d["type"] in ("PERSON", "ORG") \
                and not serves_body_above_nations:
            # world knowledge when the article names no country (issue 4): "President Bush", "Hezbollah"
            hit = _dictionary_country(d, tuple(r.titles) if r is not None else (), ctx)
            if hit is not None:
                country = hit[0]
                evidence.append(Evidence(rule="actor-dictionary", text=hit[1], anchor=hit[0], notes=hit[2]))
        if r is not None:
            titles, affiliation = tuple(r.titles), r.affiliation
            country = country or r.country
            evidence.extend(r.evidence)
            if country is None and affiliation is None:
                hit = _title_place_country(titles, article_countries) or _region_before(
                    doc, ms, d["group"], titles, owner, info_of)
                if hit:
                    # "Somaliland President X", "Darfur Governor Y": the region whose office it is
                    country = hit
                    evidence.append(Evidence(rule="title-place", anchor=hit))
            if country is None and affiliation is None and _has_public_title(titles) and not _has_public_title(
                    titles, words=ENVOY_TITLES):
                hit = _country_of_reported_subject(doc, ms, d["group"], info, owner)
                if hit:
                    country = hit
                    evidence.append(Evidence(rule="spokesperson-of-reported-subject", anchor=hit))
            if country is None and affiliation is None and _has_public_title(titles):
                country = _only_country_in_sentences(doc, ms, d["group"])
                if country:
                    evidence.append(Evidence(rule="only-country-in-sentence", anchor=country))
            if country is None and affiliation is None and _has_public_title(titles) and not _has_public_title(
                    titles, words=ENVOY_TITLES):
                country = _place_frame_before(doc, ms, d["group"])
                if country:
                    evidence.append(Evidence(rule="place-frame-of-paragraph", anchor=country))
            aff_info = next((x for x in info if x["id"] == affiliation), None)
            domestic_aff = affiliation is None or (
                aff_info is not None and aff_info["type"] == "ORG" and aff_info["country"] is None
                and not any(ms[k].canon for k in aff_info["group"])
                and not any(w in SUPRANATIONAL_WORDS for w in fold(aff_info["name"]).split()[:1]))
            if country is None and affiliation is None and _has_public_title(titles) and not _has_public_title(
                    titles, words=ENVOY_TITLES):  # "X summoned Y's ambassador. Ambassador Z ...": not X's
                hit = _topic_country_before(doc, ms, d["group"], owner)
                if hit:
                    country = hit
                    evidence.append(Evidence(rule="country-of-previous-subject", anchor=hit))
            if country is None and domestic_aff and home is not None and _has_public_title(
                    titles, words=GOVERNMENT_TITLES - ENVOY_TITLES):
                country = home
                evidence.append(Evidence(rule="home-country-of-outlet", anchor=home))
        mentions = tuple(sorted((Mention(doc[ms[k].start].idx, doc[ms[k].end - 1].idx + len(doc[ms[k].end - 1]),
                                         _text(doc, ms[k])) for k in d["group"]), key=lambda x: x.start))
        out.append(Entity(id=d["id"], name=d["name"], type=d["type"], mentions=mentions, aliases=d["aliases"],
                          titles=titles, affiliation=affiliation, country=country, geo=d["geo"],
                          metonym_for=d["metonym"], evidence=tuple(evidence)))
    return out
