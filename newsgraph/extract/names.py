"""Mention finding: spaCy's entities corrected and extended by rules.

`find_mentions(doc)` returns candidate mentions (token spans with a label and the
rule that produced them) without touching the Doc. The rules, in order:

1. spaCy's entities, trimmed of a leading "the" and a trailing possessive.
2. Lexicon matches (``data/organizations.tsv``, ``data/country_aliases.tsv``,
   country names, ``data/places.tsv``): news agencies and outlets ("Yonhap" is an
   ORG, not a NORP), abbreviations ("NK", "N. Korea", "U.S."), regions and seas.
3. Person names completed: a PERSON followed by more capitalised proper-noun tokens
   ("Yoon Suk" + "Yeol") or a hyphenated given-name part ("Kim Jong" + "-un").
4. Organisations and facilities named after people or places: a name followed by
   capitalised words ending in an organisation head ("Kim Il Sung" + "Military
   University" is one ORG).
5. Acronyms defined in the text: "Joint Chiefs of Staff (JCS)" links every "JCS".
6. Propagation: a name found once as an entity is found wherever else it is written.
7. Label voting: one surface form gets one label in one article (the majority,
   rules counting over spaCy guesses).
"""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsgraph.extract.places import _data_lines, fold, gazetteer, is_known_place

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
# A person's name is rarely longer than this many tokens ("Maria da Graca Foster" = 4,
# "Kim Jong" "-" "un" = 4); longer runs of capitalised words are titles or headlines.
MAX_NAME_TOKENS = 5
# How far to the right of a name an organisation head may be ("Kim Il Sung" +
# "Military University": 2 words; "... Institute for Unification Studies": 4).
MAX_ORG_EXTENSION_TOKENS = 4
# Acronyms are 2..8 capital letters ("UN" .. "UNCTAD", "KOSPI200" excluded).
MIN_ACRONYM_CHARS, MAX_ACRONYM_CHARS = 2, 8
# A spelled-out name without an organisation head must have this many tokens to be taken
# as the body an acronym stands for ("Economic Community of West African States (ECOWAS)").
MIN_ACRONYM_RUN_TOKENS = 3
# Short all-capital lexicon forms ("US", "WHO", "AP") are ordinary words in an
# all-capitals headline; a sentence whose letters are at least this share upper
# case is treated as such a headline.
UPPERCASE_SENTENCE_SHARE = 0.8
# Code points below this are Latin script (Basic Latin .. Latin Extended-B).
LATIN_SCRIPT_END = 0x250
# Capitalised words shorter than this are codes ("US", "UN", "AP"), handled by the lexicon.
MIN_CAPS_PLACE_CHARS = 4
# Weight of a rule-made label against a spaCy label in label voting: a lexicon or
# structural rule is more reliable than the small model's guess on one mention.
RULE_VOTE_WEIGHT = 3

ORG_HEADS = frozenset("""
university academy institute institution college school foundation center centre council committee commission
embassy consulate mission delegation staff
ministry department agency bureau office service army navy force forces command corps guard party union
association federation league society club fund bank group corporation corp company co inc ltd llc holdings
authority administration assembly parliament congress senate court tribunal organization organisation
alliance front movement network station hospital clinic museum library church mosque temple
times post herald journal news daily tribune press television tv radio broadcasting
""".split())
FAC_HEADS = frozenset("square airport stadium bridge palace tower avenue boulevard street road highway port harbor harbour base dam canal".split())
# Words that are capitalised but never continue a person's name.
NOT_NAME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december said says told added the a an of and or but in on at to for from with by
""".split())
# Words that open place names and are never given names here ("North Darfur", "West Bank").
PLACE_NAME_WORDS = frozenset("""
north south east west central northern southern eastern western upper lower greater new port mount lake
""".split())
ABSORBED = "_absorbed"  # label of a mention swallowed by a longer one (dropped)
# Parts of speech that never open a person's name (a capitalised "Above", "Meanwhile", "When").
NON_NAME_POS = frozenset({"ADP", "ADV", "DET", "PRON", "VERB", "AUX", "CCONJ", "SCONJ", "INTJ"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady"})
CONNECTORS = frozenset({"of", "for", "and", "&", "de", "the"})
# A portfolio or body name goes on past "and" after its "of"/"for" phrase ("Minister of Roads and
# Urban Development"): words there are the name's, not a person's (`_rest_of_office_name`).
OFFICE_NAME_JOINERS = frozenset({"and", "&"})
OFFICE_NAME_PREPS = frozenset({"of", "for"})
# Prepositions after which a city name is a place even when spaCy says PERSON ("flew to Vladivostok").
# Verbs whose object is a place when it is a gazetteer place ("visited Kyiv", "entered Rafah").
PLACE_VERBS = frozenset({"visit", "enter", "leave", "depart", "reach", "attack", "bomb", "shell", "strike", "capture",
                         "seize", "liberate", "occupy", "invade", "evacuate", "tour", "storm", "besiege"})
LOCATIVE_PREPS = frozenset({"in", "to", "from", "at", "near", "into", "outside", "toward", "towards", "via", "across",
                            "around", "inside", "within", "through", "beyond", "along", "between"})
# Nouns whose "of" phrase names a place ("the Black Sea port of Odesa", "the city of Kassala").
PLACE_NOUNS = frozenset({"port", "city", "town", "village", "capital", "province", "region", "district", "island",
                         "state", "suburb", "outskirts", "exclave", "enclave", "territory", "oblast"})


@dataclass
class M:
    """A candidate mention: token span [start, end) with a label and provenance."""

    start: int
    end: int
    label: str
    rule: str
    canon: str | None = None  # canonical name from a lexicon ("United Nations" for "UN")
    country: str | None = None  # alpha-3 known from a lexicon
    link: int | None = None  # index of another mention this one is an acronym/alias of
    notes: list = field(default_factory=list)
    partner: "M | None" = None  # the other half of a paired name ("Putin" of "Putin-Kim")

    @property
    def is_rule(self) -> bool:
        return self.rule != "spacy-ner"


def _union_of_countries(name: str, g) -> bool:
    """Whether a gazetteer country's name is two other countries' names joined by "and" (the
    dissolved "Serbia and Montenegro"): read as the two countries, never as one state. Names whose
    halves are no countries ("Trinidad and Tobago", "Bosnia and Herzegovina") stay one country."""
    halves = name.split(" and ")
    return len(halves) == 2 and all(
        (hit := g.countries.get(fold(h))) is not None and fold(hit[1]) != fold(name) for h in halves)


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """surface text -> (label, canonical name, alpha-3 or None, rule). Loaded once."""
    g = gazetteer()
    lex: dict = {}
    for iso3, info in ((v["iso3"], v) for v in g.iso3_info.values()):
        name = info["name"].strip()
        if _union_of_countries(name, g):
            continue  # "Serbia and Montenegro" (dissolved 2006): in news since, the two countries
        lex[name] = ("GPE", name, iso3, "lexicon-country")
    for row in _data_lines("country_aliases.tsv"):
        lex[row[0]] = ("GPE", row[2], row[1], "lexicon-country")
    for row in _data_lines("places.tsv"):
        row += [""] * (7 - len(row))
        name, alts, _lat, _lon, feature, cc, meto = row[:7]
        label = {"seat of power": "ORG", "landmark": "FAC", "country": "GPE", "city": "GPE"}.get(feature, "LOC")
        for n in [name] + [a for a in alts.split("|") if a]:
            # single words ("Amazon", "Java", "Pacific") are also other things: only spaCy finds those
            if " " in n or "-" in n or feature in {"seat of power", "country", "continent"}:
                lex.setdefault(n, (label, name, meto or (g.iso2_to_iso3.get(cc) if cc else None), "lexicon-place"))
    for row in _data_lines("demonyms.tsv"):
        # a nationality of two words or a hyphen ("Sierra Leonean", "East Timorese", "Bissau-Guinean"):
        # the tagger splits it ("Sierra" ORG + "Leonean" PERSON); one-word forms are left to spaCy
        if " " in row[0] or "-" in row[0]:
            for form in (row[0], row[0] + "s"):
                lex.setdefault(form, ("NORP", row[0], row[1], "lexicon-demonym"))
    for row in _data_lines("organizations.tsv"):
        row += [""] * (4 - len(row))
        lex[row[0]] = (row[1], row[2], row[3] or None, "lexicon-org")
        if len(row[0]) > 4 and not row[0].isupper():  # "(REUTERS)" credits
            lex.setdefault(row[0].upper(), (row[1], row[2], row[3] or None, "lexicon-org"))
    return lex


@functools.lru_cache(maxsize=1)
def _lexicon_by_prefix() -> dict:
    by: dict = defaultdict(list)
    for surface in lexicon():
        by[surface[:2]].append(surface)
    for k in by:
        by[k].sort(key=len, reverse=True)  # longest match first
    return dict(by)


@functools.lru_cache(maxsize=1)
def portfolio_words() -> frozenset:
    """Words of a government portfolio ("national", "security", "affairs"): data/portfolios.txt."""
    return _word_list("portfolios.txt")


@functools.lru_cache(maxsize=None)
def _word_list(name: str) -> frozenset:
    return frozenset(r[0].lower() for r in _data_lines(name))


def _country_word(text: str) -> bool:
    """A country or nationality word ("Philippine", "Sri Lanka's" without the 's)."""
    from newsgraph.extract.places import country_of_country_name, country_of_demonym

    return bool(country_of_country_name(text) or country_of_demonym(text))


@functools.lru_cache(maxsize=1)
def role_words() -> frozenset:
    text = _data_lines("roles.txt")
    return frozenset(r[0].lower() for r in text)


# Words that open a noun phrase without being part of the name in it: "the Kremlin",
# "Its Foreign Ministry said" (the ministry of the country named before, not a body called so)
LEADING_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your"})


# "Murmansk-based Arktika Fishing Company", "the Kremlin-controlled broadcaster": a place or
# body glued by a hyphen to one of these participles describes the name, it is not part of it
LINKING_PARTICIPLES = frozenset({"based", "headquartered", "backed", "controlled", "owned", "run", "funded",
                                 "led", "registered", "listed", "affiliated", "allied", "aligned"})


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and doc[start].lower_ in LEADING_DETERMINERS:
        start += 1
    if (end - start >= 3 and doc[start + 1].text == "-" and doc[start + 2].lower_ in LINKING_PARTICIPLES
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_):
        # "Moscow-based" alone is the place; "Murmansk-based Arktika Fishing Company" the company
        start, end = (start, start + 1) if end - start == 3 else (start + 3, end)
    # "World Health Organization (WHO": a name stops at an opening parenthesis it does not close
    for i in range(start + 1, end):
        if doc[i].text == "(" and not any(t.text == ")" for t in doc[i + 1:end]):
            end = i
            break
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "\u2019s", "'", "\u2019"}
                           or doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"}):
        end -= 1
    # web addresses are not part of a name ("Huma Abedin Dailymail.com")
    while end - start > 1 and (doc[end - 1].like_url or doc[end - 1].like_email):
        end -= 1
    # names do not end in numbers ("M. Gatting 83" in a sports table) or in common
    # lower-case words ("Interfax news agency" is "Interfax")
    while end - start > 1 and (not any(c.isalpha() for c in doc[end - 1].text)
                               or doc[end - 1].is_lower and doc[end - 1].is_alpha and doc[end - 2].whitespace_):
        end -= 1
    # "U.S." keeps its final period; a sentence-final period glued on is dropped
    if end > start and doc[end - 1].text == "." and end - 1 > start:
        end -= 1
    return start, end


def _is_upper_sentence(tok) -> bool:
    sent = tok.sent
    letters = [c for c in sent.text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) >= UPPERCASE_SENTENCE_SHARE


def _split_at_line_breaks(doc, start: int, end: int) -> list[tuple[int, int]]:
    """A name never runs over a line break: "Ken\nGreen" is two pieces."""
    pieces, s = [], start
    for i in range(start, end):
        if doc[i].is_space and "\n" in doc[i].text:  # a line break of its own
            pieces.append((s, i))
            s = i + 1
        elif "\n" in doc[i].whitespace_ and i < end - 1:
            pieces.append((s, i + 1))
            s = i + 1
    pieces.append((s, end))
    return [(a, b) for a, b in pieces if a < b]


def _spacy_mentions(doc) -> list[M]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        for s0, e0 in _split_at_line_breaks(doc, ent.start, ent.end):
            m = _spacy_mention(doc, s0, e0, ent.label_)
            if m is not None:
                out.append(m)
    return out


def _spacy_mention(doc, s: int, e: int, label: str) -> M | None:
    """One spaCy entity piece, trimmed; None when nothing of a name is left."""
    s, e = _trim(doc, s, e)
    if label == "PERSON":  # "President Yoon", "Gen. Milley": the title is read by roles.py
        while e - s > 1 and doc[s].whitespace_ and (doc[s].lower_ in role_words() or doc[s].lower_ in HONORIFICS
                                                    or doc[s].pos_ in NON_NAME_POS):  # "Above Clinton" in a caption
            s += 1  # (a word glued by a hyphen stays: "al-Shabaab")
    if s < e and any(c.isalpha() for c in doc[s:e].text):
        if all(t.is_lower for t in doc[s:e] if t.is_alpha):
            return None  # "coast" of "China's coast guard": common nouns are never names
        return M(s, e, label, "spacy-ner")
    return None


def _lexicon_mentions(doc) -> list[M]:
    lex, by = lexicon(), _lexicon_by_prefix()
    text = doc.text
    end_tok = {t.idx + len(t): t.i for t in doc}
    out = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        hit = None
        for surface in by.get(text[tok.idx:tok.idx + 2], ()):
            if not text.startswith(surface, tok.idx):
                continue
            j = end_tok.get(tok.idx + len(surface))
            if j is None:
                continue
            if surface.isupper() and len(surface) <= 4 and _is_upper_sentence(tok):
                continue
            hit = (surface, j)
            break
        if hit:
            surface, j = hit
            label, canon, country, rule = lex[surface]
            out.append(M(i, j + 1, label, rule, canon=canon, country=country))
            i = j + 1
        else:
            i += 1
    return out


def _overlaps(a: M, b: M) -> bool:
    return a.start < b.end and b.start < a.end


def _merge_lexicon(spacy_ms: list[M], lex_ms: list[M]) -> list[M]:
    """A lexicon match replaces spaCy mentions it covers; a longer spaCy span keeps its words."""
    out = []
    used_lex = set()
    for m in spacy_ms:
        over = [k for k, lm in enumerate(lex_ms) if _overlaps(m, lm)]
        covering = [k for k in over if lex_ms[k].start <= m.start and lex_ms[k].end >= m.end]
        if covering:
            continue  # the lexicon's span wins
        if sum(1 for k in over if lex_ms[k].rule == "lexicon-country") >= 2:
            continue  # "Korea-Russia", "US-China": two countries, not one name
        if over and all(lex_ms[k].start >= m.start and lex_ms[k].end <= m.end for k in over):
            # spaCy's span is longer ("Yonhap News Agency reporter"): keep it, drop the inner match
            used_lex.update(over)
            out.append(m)
            continue
        if over:  # partial overlap: trust the lexicon
            continue
        out.append(m)
    out.extend(lm for k, lm in enumerate(lex_ms) if k not in used_lex)
    return sorted(out, key=lambda m: (m.start, -m.end))


def _covered(ms: list[M], n: int) -> list[int]:
    owner = [-1] * n
    for k, m in enumerate(ms):
        for i in range(m.start, m.end):
            owner[i] = k
    return owner


def _is_name_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in NOT_NAME_WORDS


def _extend_persons(doc, ms: list[M]) -> None:
    owner = _covered(ms, len(doc))
    roles = role_words()
    for k, m in enumerate(ms):
        if m.label != "PERSON":
            if m.label != ABSORBED:
                _extend_hyphenated(doc, m, k, owner, ms)
            continue
        # "Sadiq" + "Khan": a given name right before the surname spaCy kept alone; "Kamal" +
        # "Eddin Hassan": a first name the parser binds into the name (after a title's portfolio)
        while m.start > 0 and owner[m.start - 1] == -1 and m.end - m.start < MAX_NAME_TOKENS:
            prev = doc[m.start - 1]
            if m.end - m.start == 1 and prev.pos_ == "PROPN" and prev.whitespace_ == " " and is_given_name(prev.text):
                m.start -= 1
                owner[m.start] = k
                m.notes.append("given-name-extended")
            elif (prev.pos_ == "PROPN" and prev.whitespace_ == " " and prev.dep_ == "compound"
                  and m.start <= prev.head.i < m.end and _is_name_word(prev) and not prev.is_upper
                  and not prev.is_sent_start and not _line_start(doc, prev.i)
                  and prev.lower_ not in roles and prev.lower_ not in HONORIFICS
                  and prev.lower_ not in portfolio_words() and _org_head_label(prev.text) is None
                  and not (is_known_place(prev.text) and not _after_title(doc, prev.i, roles))
                  and not _country_word(prev.text)):
                m.start -= 1  # "Hany" + "Mansour": a first name the parser binds to the surname
                owner[m.start] = k
                m.notes.append("compound-name-extended")
            else:
                break
            if m.end - m.start == 2 and "given-name-extended" in m.notes:
                break  # a known given name opens the name
        end = m.end
        while end < len(doc) and end - m.start < MAX_NAME_TOKENS:
            t = doc[end]
            prev = doc[end - 1]
            if owner[end] not in (-1, k):
                break
            if (t.text in {"-", "\u2010"} and not prev.whitespace_ and end + 1 < len(doc)
                    and not t.whitespace_ and doc[end + 1].is_alpha and owner[end + 1] in (-1, k)):
                end += 2  # "Kim Jong" "-" "un"
                continue
            if (prev.whitespace_ and "\n" not in prev.whitespace_ and _is_name_word(t) and t.pos_ == "PROPN"
                    and t.lower_ not in roles
                    and not t.is_sent_start and not _is_upper_sentence(t)):
                end += 1
                continue
            break
        if end != m.end:
            for i in range(m.end, end):
                owner[i] = k
            m.end = end
            m.notes.append("name-extended")


def _after_title(doc, i: int, roles: frozenset) -> bool:
    """doc[i] follows a title or its portfolio ("Minister of Cabinet Affairs | Kamal"): a word
    there that is also a town's name is the person's first name."""
    return i > 0 and (doc[i - 1].lower_ in roles or doc[i - 1].lower_ in portfolio_words())


def _extend_hyphenated(doc, m: M, k: int, owner: list[int], ms: list[M]) -> None:
    """ "Mazar" + "-i-Sharif": a name glued by hyphens to the following words is one name
    (a separate mention glued on is absorbed); "Russia-North Korea" stays two countries."""
    if m.rule == "lexicon-country":
        return
    end = m.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha and owner[end] == -1
           and not (doc[end + 1].is_lower and doc[end + 1].lower_ in LINKING_PARTICIPLES)):
        k2 = owner[end + 1]
        if k2 not in (-1, k):
            if ms[k2].start != end + 1 or ms[k2].label == ABSORBED or ms[k2].is_rule:
                break
            ms[k2].label = ABSORBED
            end = ms[k2].end
            continue
        end += 2
    if end != m.end:
        for i in range(m.end, end):
            owner[i] = k
        m.end = end
        m.notes.append("hyphen-extended")


def _org_head_label(word: str) -> str | None:
    w = word.lower()
    if w in ORG_HEADS:
        return "ORG"
    if w in FAC_HEADS:
        return "FAC"
    return None


def _extend_named_orgs(doc, ms: list[M]) -> list[M]:
    """ "Kim Il Sung" + "Military University" -> one ORG; a PERSON ending in an org head is an ORG."""
    ms = sorted(ms, key=lambda m: m.start)
    out: list[M] = []
    skip = set()
    for k, m in enumerate(ms):
        if k in skip:
            continue
        if m.label in {"PERSON", "GPE", "NORP", "ORG", "LOC"} and m.rule != "lexicon-country":
            # walk right over capitalised words (and "of"/"for") looking for an org head
            j, best = m.end, None
            while j < len(doc) and j - m.end < MAX_ORG_EXTENSION_TOKENS:
                t = doc[j]
                if not doc[j - 1].whitespace_ or "\n" in doc[j - 1].whitespace_:
                    break
                if t.lower_ in NOT_NAME_WORDS and t.lower_ not in CONNECTORS:
                    break  # "Yoon on Tuesday Foreign Ministry ..." is no name
                if t.is_alpha and t.text[:1].isupper() and not _is_upper_sentence(t):
                    if _org_head_label(t.text):
                        best = j + 1
                    j += 1
                    continue
                if t.lower_ in CONNECTORS and t.lower_ != "and":
                    j += 1
                    continue
                break
            if best is not None and m.label != "ORG" or (best is not None and m.label == "ORG"
                                                            and _org_head_label(doc[m.end - 1].text) is None):
                new = M(m.start, best, _org_head_label(doc[best - 1].text), "org-head", notes=["named-after"])
                # swallow any later mention inside the new span
                for k2 in range(k + 1, len(ms)):
                    if ms[k2].start < best:
                        skip.add(k2)
                out.append(new)
                continue
        if m.label == "PERSON" and m.end - m.start > 1 and _org_head_label(doc[m.end - 1].text):
            m.label, m.rule = _org_head_label(doc[m.end - 1].text), "org-head"
        out.append(m)
    return out


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w[:1].isupper())


def _acronyms(doc, ms: list[M]) -> list[M]:
    """Link "Long Name (ACR)" and every later ACR to the long name's mention."""
    by_start = {m.start: k for k, m in enumerate(ms)}
    by_end = {m.end: k for k, m in enumerate(ms)}
    defs: dict = {}
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acr = doc[i + 1].text
        if not (MIN_ACRONYM_CHARS <= len(acr) <= MAX_ACRONYM_CHARS and acr.isalpha() and acr.isupper()):
            continue
        k = by_end.get(i)
        if k is not None:
            words = [t.text for t in doc[ms[k].start:ms[k].end]]
            if _initials(words).startswith(acr[0]) and set(acr) <= set(_initials(words)):
                defs[acr] = k
                m = ms[k]
                if m.label == "PERSON" or (m.label == "FAC" and _org_head_label(words[-1]) != "FAC"):
                    # people are not given acronyms: "Ceylon Electricity Board (CEB)",
                    # "Samagi Jana Balawegaya (SJB)" name bodies
                    m.notes.append(f"relabelled {m.label}->ORG (acronym)")
                    m.label, m.rule = "ORG", "acronym-definition"
                continue
        # the capitalised run whose initials spell the acronym, across the model's pieces
        # ("Economic Community" + "of" + "West African States" (ECOWAS))
        run = None
        for j in range(i - 1, max(-1, i - 2 * len(acr) - 3), -1):
            t = doc[j]
            if not (t.text[:1].isupper() or t.lower_ in CONNECTORS):
                break
            words = [x.text for x in doc[j:i]]
            # "ECOWAS" spells "of" too; "UNOWAS" skips "for", "and", "the"
            if t.text[:1].isupper() and acr in {_initials(words), "".join(w[0].upper() for w in words if w.isalpha())}:
                run = j
                break
        if run is not None:
            head = _org_head_label(doc[i - 1].text)
            # without an organisation head, only a run of 3+ words the model partly took
            # for an organisation is a body ("Consumer Price Index (CPI)" is not)
            part_org = any(m.label == "ORG" and run <= m.start and m.end <= i for m in ms)
            if k is not None and ms[k].start == run:
                defs[acr] = k  # the model's name is the whole run ("... of West African States (ECOWAS)")
                continue
            if head is not None or (part_org and i - run >= MIN_ACRONYM_RUN_TOKENS):
                ms.append(M(run, i, head or "ORG", "acronym-definition"))
                defs[acr] = len(ms) - 1
                continue
        if k is not None and ms[k].label == "ORG" and ms[k].end - ms[k].start >= 2 and not _country_word(acr) \
                and acr not in lexicon():
            # "National Liberation Army (ELN)", "Internal Security Agency (ABW)": an
            # acronym of the name in its own language, written right after it
            defs[acr] = k
    if not defs:
        return ms
    owner = _covered(ms, len(doc))
    for t in doc:
        k = defs.get(t.text)
        if k is None:
            continue
        if owner[t.i] != -1:
            other = ms[owner[t.i]]
            if other.start == t.i and other.end == t.i + 1:
                other.link, other.label, other.rule = k, ms[k].label, "acronym"
            continue
        ms.append(M(t.i, t.i + 1, ms[k].label, "acronym", link=k))
    return ms


def _propagate(doc, ms: list[M]) -> list[M]:
    """Find again, wherever it is written, a name that was an entity once."""
    owner = _covered(ms, len(doc))
    forms: dict = {}
    for k, m in enumerate(ms):
        words = tuple(t.text for t in doc[m.start:m.end])
        if not any(w[:1].isupper() for w in words) or (len(words) == 1 and len(words[0]) < 2):
            continue
        forms.setdefault(words[0], []).append((words, k))
    # the first and last word of a person's full name, wherever written as a proper noun
    parts: dict = {}
    for k, m in enumerate(ms):
        if m.label == "PERSON" and m.end - m.start > 1:
            for t in (doc[m.start], doc[m.end - 1]):
                if t.is_alpha and t.text[:1].isupper() and len(t.text) > 1 and t.lower_ not in NOT_NAME_WORDS:
                    parts.setdefault(t.text, k)
    new = []
    for i, t in enumerate(doc):
        if owner[i] == -1 and t.text in parts and t.pos_ == "PROPN" \
                and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
            new.append(M(i, i + 1, "PERSON", "propagated-name-part"))
            owner[i] = len(ms) + len(new) - 1
            continue
        if owner[i] != -1 or t.text not in forms:
            continue
        for words, k in sorted(forms[t.text], key=lambda x: -len(x[0])):
            j = i + len(words)
            if j > len(doc) or any(owner[x] != -1 for x in range(i, j)):
                continue
            if tuple(x.text for x in doc[i:j]) != words:
                continue
            if j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j - 1].whitespace_:
                continue  # a longer name starts here ("Kim" in "Kim Jong-un" spelled elsewhere)
            src = ms[k]
            if src.label in {"GPE", "LOC", "FAC"} and _tail_of_longer_name(doc, i, j):
                continue  # "Gap" in "the Suwalki Gap" is not the town of Gap named elsewhere
            new.append(M(i, j, src.label, "propagated", canon=src.canon, country=src.country, link=src.link))
            for x in range(i, j):
                owner[x] = len(ms) + len(new) - 1
            break
    return ms + new


def _vote_labels(doc, ms: list[M]) -> None:
    votes: dict = defaultdict(Counter)
    for m in ms:
        key = fold(doc[m.start:m.end].text)
        votes[key][m.label] += RULE_VOTE_WEIGHT if m.is_rule and m.rule != "propagated" else 1
    for m in ms:
        if m.rule.startswith("lexicon") or m.rule in {"org-head", "acronym-definition"}:
            continue
        key = fold(doc[m.start:m.end].text)
        label, _ = votes[key].most_common(1)[0]
        if label != m.label:
            m.notes.append(f"relabelled {m.label}->{label}")
            m.label = label


def _is_place_context(doc, span) -> bool:
    """The span is written as a place: the object of a locative preposition or of a place
    verb ("flew to Vladivostok", "visited Kyiv"), "the port of Odesa", or the conjunct
    of such a place ("from Chennai and Hyderabad")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < span.start:
        root = root.head
    if root.dep_ in {"compound", "nmod"} and root.head.lemma_.lower() in PLACE_NOUNS:
        root = root.head  # "in Kassala and Gedaref states"
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in PLACE_VERBS:
        return True
    # "El Fasher, the capital of North Darfur": an apposition that calls it a place
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children)


def _places_not_people(doc, ms: list[M]) -> None:
    """A PERSON or ORG that is a gazetteer place written as a place ("flew to Vladivostok",
    "Chesterfield, England", "engineers from Chennai") is a GPE, unless it is part of a
    person's full name here; a national capital the model took for a person ("Kyiv",
    "Khartoum has blamed ...") is a GPE wherever it stands."""
    from newsgraph.extract.places import geocode

    name_parts = {t.text for m in ms if m.label == "PERSON" and m.end - m.start > 1 for t in doc[m.start:m.end]}
    starts = {m.start: m for m in ms}
    for m in ms:
        if m.label not in {"PERSON", "ORG", "FAC"} or (m.is_rule and m.rule != "given-name"):
            continue
        if m.label == "FAC" and (not is_known_place(doc[m.start:m.end].text) or _org_head_label(doc[m.end - 1].text)):
            continue  # "the Russian exclave of Kaliningrad" (FAC for the model) is a city
        span = doc[m.start:m.end]
        text = span.text
        if text in name_parts or (m.label == "ORG" and _org_head_label(doc[m.end - 1].text)):
            continue
        known = is_known_place(text)
        if not known and not (m.label == "ORG" or m.rule == "given-name"):
            continue
        place = geocode(text) if not known else None
        if not known and (place is None or place.geo.feature != "city"):
            continue  # an alternate spelling of a large city ("Gedaref") counts only as a city
        nxt = starts.get(m.end + 1)
        qualified = (m.end < len(doc) and doc[m.end].text == "," and nxt is not None
                     and nxt.label in {"GPE", "LOC"})
        capital = known and m.end - m.start == 1 and not is_given_name(text) and (
            (geocode(text) or place) is not None and (geocode(text) or place).is_capital)
        if _is_place_context(doc, span) or qualified or capital:
            m.notes.append(f"relabelled {m.label}->GPE (place)")
            m.label = "GPE"
            if m.rule == "given-name":
                m.rule = "gazetteer-place"


def _tail_of_longer_name(doc, i: int, j: int) -> bool:
    """doc[i:j] ends a longer name whose first word(s) stand before it ("Suwalki Gap",
    "Fulda Gap"): the word before is a capitalised proper noun compounded onto the span."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return (prev.pos_ == "PROPN" and prev.is_alpha and prev.text[:1].isupper() and bool(prev.whitespace_)
            and prev.dep_ == "compound" and i <= prev.head.i < j and prev.lower_ not in role_words())


def _missed_places(doc, ms: list[M]) -> list[M]:
    """A gazetteer place the model skipped, written as a place: "in Bristol", "from Liege"."""
    owner = _covered(ms, len(doc))
    new = []
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if owner[i] != -1 or t.pos_ != "PROPN" or not _is_name_word(t) or t.is_upper:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and owner[j] == -1 and doc[j].pos_ == "PROPN" and _is_name_word(doc[j]) \
                and doc[j - 1].whitespace_ == " ":
            j += 1
        span = doc[i:j]
        if _is_place_context(doc, span) and is_known_place(span.text) and not is_given_name(span.text) \
                and not _tail_of_longer_name(doc, i, j):
            new.append(M(i, j, "GPE", "gazetteer-place"))
        i = j
    return sorted(ms + new, key=lambda m: (m.start, -m.end))


def _split_place_pairs(doc, ms: list[M]) -> list[M]:
    """ "Cucuta and Arauca" taken for one name: two known places joined by "and" are two places."""
    out = []
    for m in ms:
        words = [t.lower_ for t in doc[m.start:m.end]]
        if not m.is_rule and words.count("and") == 1 and m.end - m.start >= 3:
            cut = m.start + words.index("and")
            left, right = doc[m.start:cut].text, doc[cut + 1:m.end].text
            after = doc[m.end].lemma_.lower() if m.end < len(doc) else ""
            # both halves known places, or one known and the pair followed by a place noun
            # ("in Can Tho and An Giang province"); never a name that is itself a place
            # ("Trinidad and Tobago")
            pair = (is_known_place(left) and is_known_place(right)) or (
                (is_known_place(left) or is_known_place(right)) and after in PLACE_NOUNS and m.label != "ORG")
            if cut > m.start and cut + 1 < m.end and pair and not is_known_place(doc[m.start:m.end].text) \
                    and not _org_head_label(doc[m.end - 1].text):
                out.append(M(m.start, cut, "GPE", "place-pair", notes=["split"]))
                out.append(M(cut + 1, m.end, "GPE", "place-pair", notes=["split"]))
                continue
        out.append(m)
    return out


def _split_paired_names(doc, ms: list[M]) -> list[M]:
    """ "Putin-Kim pact": a hyphenated PERSON whose two halves are each a word of
    another person's full name in the article is two mentions."""
    def hyphen_pair(m: M) -> bool:
        return (m.end - m.start == 3 and doc[m.start + 1].text == "-" and not doc[m.start].whitespace_
                and not doc[m.start + 1].whitespace_)

    # words of OTHER full names ("Putin-Kim" itself is no evidence; "al-Shabaab" is one name)
    parts = {t.text for m in ms if m.label == "PERSON" and m.end - m.start > 1 and not hyphen_pair(m)
             for t in (doc[m.start], doc[m.end - 1])}
    out = []
    for m in ms:
        if m.label == "PERSON" and hyphen_pair(m) and doc[m.start].text in parts and doc[m.end - 1].text in parts:
            a = M(m.start, m.start + 1, "PERSON", "paired-names")
            b = M(m.end - 1, m.end, "PERSON", "paired-names")
            a.partner, b.partner = b, a
            out.extend((a, b))
            continue
        out.append(m)
    return out


def _drop_title_words(doc, ms: list[M]) -> list[M]:
    """ "Defense" in "Defense Minister Kim", "State" in "Secretary of State": words of a
    title that spaCy took for an organisation."""
    from newsgraph.extract.roles import TITLE_MODIFIERS

    roles = role_words()
    out = []
    for m in ms:
        if _is_portfolio_title(doc, m, roles):
            continue
        if not m.is_rule and m.label in {"GPE", "LOC", "ORG", "PERSON"} and m.end - m.start <= 2:
            from newsgraph.extract.places import country_of_country_name, country_of_demonym

            text = doc[m.start:m.end].text
            if country_of_demonym(text) and not country_of_country_name(text):
                m.notes.append(f"relabelled {m.label}->NORP (demonym)")  # "Ukrainian President ..."
                m.label = "NORP"
        if m.end - m.start == 1 and not m.is_rule and m.label == "ORG":
            w = doc[m.start].lower_
            nxt = doc[m.end].lower_ if m.end < len(doc) else ""
            prev2 = doc[m.start - 2].lower_ if m.start >= 2 else ""
            if (w in TITLE_MODIFIERS or w in {"state", "defense", "defence", "interior", "justice", "finance"}) and (
                    nxt in roles or (m.start >= 2 and doc[m.start - 1].lower_ == "of" and prev2 in roles)):
                continue
            if nxt in roles and m.end < len(doc) and doc[m.end].is_title:
                continue  # "Supreme Leader": one capitalised title, not an organisation and a role
        out.append(m)
    return out


def _is_portfolio_title(doc, m: M, roles: frozenset) -> bool:
    """ "Philippine National Security" + "Adviser", "Social Affairs" + "Minister", "Indian
    Power" + "Minister": a spaCy name made of an optional country word and portfolio words,
    right before a capitalised role word, is the front of a title."""
    if m.is_rule or m.label not in {"ORG", "PERSON", "NORP", "GPE", "FAC"} or m.end >= len(doc):
        return False
    nxt = doc[m.end]
    if nxt.lower_ not in roles or not nxt.is_title:
        return False
    words = [t for t in doc[m.start:m.end] if not (t.is_punct and t.text == "-")]
    k = 0
    for n in range(min(len(words), 3), 0, -1):  # a leading country word ("Sri Lankan", "Philippine")
        if _country_word(doc[m.start:m.start + n].text):
            k = n
            break
    rest = words[k:]
    return bool(rest) and all(t.lower_ in portfolio_words() or t.lower_ == "and" for t in rest)


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset:
    """Given names in Latin script from Faker's person providers (MIT licence; ~21,000
    names of ~80 locales: Tanja, Mihai, Sadiq, Yahya, Recep ...), loaded once (~0.4 s)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    names: set = set()
    for mod_info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod_info.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = next((base.__dict__[attr] for base in provider.__mro__ if attr in base.__dict__), None)
            if isinstance(value, dict):
                names.update(value)
            elif isinstance(value, (tuple, list, set, frozenset)):
                names.update(value)
    return frozenset(n for n in names if isinstance(n, str) and all(c.isalpha() or c in "-' " for c in n)
                     and all(ord(c) < LATIN_SCRIPT_END for c in n))


def is_given_name(word: str) -> bool:
    """True when `word` is a known given name that is not also a role word, a place or a month."""
    if len(word) < 2 or not word[:1].isupper() or word.lower() in role_words() or word.lower() in NOT_NAME_WORDS \
            or word.lower() in PLACE_NAME_WORDS:
        return False
    if is_known_place(word):
        return False
    return word in _given_names()


def _rest_of_office_name(doc, start: int) -> bool:
    """Whether `start` opens the last part of a capitalised office or body name coordinated with
    "and" after "of"/"for" ("Minister of Roads and *Urban Development*", "Department of Housing and
    *Urban Development*", "Secretary of Health and *Human Services*"): the words go on the name,
    they are no person however they begin."""
    i = start - 1
    if i < 1 or doc[i].lower_ not in OFFICE_NAME_JOINERS:
        return False
    j = i - 1
    while j >= 0 and (doc[j].text[:1].isupper() and doc[j].is_alpha or doc[j].text == ","):
        j -= 1
    return i - 1 > j >= 1 and doc[j].lower_ in OFFICE_NAME_PREPS and doc[j - 1].text[:1].isupper() \
        and doc[j + 1].text[:1].isupper()


def _name_shaped(doc, start: int, end: int) -> bool:
    """Given name + one or two capitalised words, none an organisation or facility head."""
    if not 2 <= end - start <= 3 or not is_given_name(doc[start].text) or _rest_of_office_name(doc, start):
        return False
    rest = doc[start + 1:end]
    return all((t.is_alpha or "-" in t.text) and t.text[:1].isupper() and not t.is_upper and t.tag_ != "NNPS"
               and _org_head_label(t.text) is None for t in rest) and not is_known_place(doc[start:end].text)


def _persons_by_given_name(doc, ms: list[M]) -> list[M]:
    """ "Tanja Damaske" tagged ORG is a PERSON; "Theresa May" missed is found: a known
    given name followed by capitalised surname words."""
    for m in ms:
        if (m.label in {"ORG", "GPE", "LOC", "NORP", "FAC", "PERSON"} and not m.is_rule and m.end - m.start >= 3
                and doc[m.start].lower_ in role_words() and _name_shaped(doc, m.start + 1, m.end)):
            m.start += 1  # "Runner Tanja Damaske": the role word is not part of the name
        if m.label in {"ORG", "GPE", "LOC", "FAC"} and not m.is_rule and _name_shaped(doc, m.start, m.end):
            m.notes.append(f"relabelled {m.label}->PERSON (given name)")
            m.label, m.rule = "PERSON", "given-name"
    roles = role_words()
    for m in ms:
        # "Togolese Security Minister Kodjo Adjovi" typed ORG: two or three capitalised words
        # right after a capitalised title word are a person's name
        if (m.label in {"ORG", "GPE", "LOC", "FAC"} and not m.is_rule and 2 <= m.end - m.start <= 3
                and m.start > 0 and doc[m.start - 1].lower_ in roles and doc[m.start - 1].text[:1].isupper()
                and all(t.is_alpha and t.is_title for t in doc[m.start:m.end])
                and all(_org_head_label(t.text) is None and t.lower_ not in roles for t in doc[m.start:m.end])
                and not is_known_place(doc[m.start:m.end].text) and not _country_word(doc[m.start].text)):
            m.notes.append(f"relabelled {m.label}->PERSON (after a title)")
            m.label, m.rule = "PERSON", "after-title"
    owner = _covered(ms, len(doc))
    for m in ms:
        # "Gen. Moses | Okello" with only the surname tagged ORG: the given name before it opens
        # a person's name
        s = m.start
        if (m.label in {"ORG", "GPE", "LOC", "FAC"} and not m.is_rule and s > 0 and owner[s - 1] == -1
                and doc[s - 1].whitespace_ == " " and not _line_start(doc, s - 1)
                and _name_shaped(doc, s - 1, m.end)):
            m.notes.append(f"relabelled {m.label}->PERSON (given name before it)")
            m.start, m.label, m.rule = s - 1, "PERSON", "given-name"
            owner[s - 1] = owner[s]
    new = []
    i, n = 0, len(doc)
    while i < n - 1:
        t = doc[i]
        if owner[i] != -1 or t.pos_ != "PROPN" or not t.whitespace_ or _is_upper_sentence(t):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and owner[j] == -1 and doc[j].pos_ == "PROPN" and doc[j - 1].whitespace_ == " " \
                and doc[j].text[:1].isupper():
            j += 1
        # the run must stand alone: "Price Index" inside "Consumer Price Index" is no name
        alone = not (i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start
                     ) and not (j < n and doc[j].is_alpha and doc[j].text[:1].isupper())
        if j - i >= 2 and alone and _name_shaped(doc, i, j):
            new.append(M(i, j, "PERSON", "given-name"))
            i = j
        else:
            i += 1
    return sorted(ms + new, key=lambda m: (m.start, -m.end))


def _line_start(doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)


def _uppercase_places(doc, ms: list[M]) -> list[M]:
    """Place names in capitals that the model skips: a country anywhere ("ROMANIA"), a
    known place opening a line as a dateline ("SEOUL, July 9", "COLOMBO 1996-08-26")."""
    from newsgraph.extract.places import country_of_country_name

    owner = _covered(ms, len(doc))
    new = []
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if owner[i] != -1 or not (t.is_alpha and t.is_upper and len(t.text) >= MIN_CAPS_PLACE_CHARS):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and owner[j] == -1 and doc[j].is_alpha and doc[j].is_upper \
                and doc[j - 1].whitespace_ == " ":
            j += 1
        hit = None
        for end in range(j, i, -1):
            name = doc[i:end].text.title()
            if country_of_country_name(name):
                hit = (end, "caps-country")
                break
            nxt = doc[end] if end < n else None
            if _line_start(doc, i) and nxt is not None and (nxt.text in {",", "("} or nxt.like_num) \
                    and is_known_place(name):
                hit = (end, "caps-dateline")
                break
        if hit:
            new.append(M(i, hit[0], "GPE", hit[1]))
            i = hit[0]
        else:
            i = j
    return sorted(ms + new, key=lambda m: (m.start, -m.end))


def find_mentions(doc) -> list[M]:
    """Candidate mentions of named entities, sorted by position (see module docstring)."""
    ms = _merge_lexicon(_drop_title_words(doc, _spacy_mentions(doc)), _lexicon_mentions(doc))
    ms = _persons_by_given_name(doc, ms)
    ms = _uppercase_places(doc, ms)
    _extend_persons(doc, ms)
    ms = [m for m in ms if m.label != ABSORBED]
    ms = _extend_named_orgs(doc, ms)
    ms = sorted(_split_place_pairs(doc, ms), key=lambda m: (m.start, -m.end))
    _places_not_people(doc, ms)
    ms = _missed_places(doc, ms)
    ms = _split_paired_names(doc, ms)
    ms = _acronyms(doc, ms)
    links = {id(m): ms[m.link] for m in ms if m.link is not None}
    ms = _propagate(doc, ms)
    for m in ms:
        if m.link is not None and id(m) not in links:
            links[id(m)] = ms[m.link]
    _vote_labels(doc, ms)
    order = sorted(range(len(ms)), key=lambda k: (ms[k].start, -ms[k].end))
    # drop mentions nested inside an earlier longer one
    kept, last_end = [], -1
    for k in order:
        if ms[k].start < last_end:
            continue
        kept.append(ms[k])
        last_end = ms[k].end
    # re-point links to the kept list
    pos = {id(m): i for i, m in enumerate(kept)}
    for m in kept:
        target = links.get(id(m))
        m.link = pos.get(id(target)) if target is not None else None
    return kept
