"""Titles and affiliations of people, read around their mentions.

Patterns (role words come from ``data/roles.txt``):

- pre-modifier: "Kremlin spokesperson Dmitry Peskov" (title "spokesperson",
  affiliation the Kremlin), "North Korean leader Kim Jong-un" (title "leader",
  country PRK, affiliation the North Korea entity when the article names it),
  "ministry spokesperson Lim Soo-suk" (affiliation: the article's ORG whose name
  ends in "ministry", nearest before);
- apposition: "Kim Kum-chol, President of Kim Il Sung Military University," and
  "Jane Roe, a spokesperson for the ministry,";
- relative clause: "Kim Kum-chol who serves as the president of ...".

The affiliation is an entity id; a title without an organisation in it may still
give a country (from a demonym or country name).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.extract.names import M, role_words
from newsgraph.extract.places import country_of_country_name, country_of_demonym, fold
from newsgraph.records import Evidence

# Words that may stand inside a title before its role word ("former deputy
# foreign minister"). Lower-case nouns and adjectives are accepted too.
TITLE_MODIFIERS = frozenset("""
former acting deputy vice senior chief top first prime interim then-president then foreign defense defence state
national presidential military security general executive assistant associate special principal party
""".split())
# A pre-modifier title longer than this is not a title but a clause.
MAX_PREMODIFIER_TOKENS = 6
# Words joining the capitalised parts of a portfolio ("Minister of Roads and Urban Development").
PORTFOLIO_JOINERS = frozenset({"and", "&"})
# An apposition or relative-clause title longer than this is a sentence, not a title.
MAX_APPOSITION_TOKENS = 14
# Common nouns that name an organisation of the article ("ministry spokesperson").
ORG_NOUNS = frozenset("""
ministry government army military party company agency embassy office council committee commission
university academy institute court parliament assembly police navy command bureau department union
""".split())
RELATIVE_VERBS = frozenset({"serves", "served", "is", "was", "has", "had", "became", "becomes", "remains", "works",
                            "worked", "acts", "acted"})
HEAD_VERBS = {"heads": "head", "headed": "head", "leads": "leader", "led": "leader", "chairs": "chair",
              "chaired": "chair", "runs": "head", "ran": "head"}
STOP_PUNCT = frozenset({",", ".", ";", ":", ")", "(", '"', "\u201c", "\u201d", "?", "!", "--", "\u2014"})


@dataclass
class RoleInfo:
    titles: list = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    evidence: list = field(default_factory=list)


def _owner(ms: list[M], n: int) -> list[int]:
    owner = [-1] * n
    for k, m in enumerate(ms):
        for i in range(m.start, m.end):
            owner[i] = k
    return owner


def _is_role(tok) -> bool:
    return tok.lower_ in role_words()


def _span_evidence(doc, rule: str, start: int, end: int, anchor: str | None) -> Evidence:
    return Evidence(rule=rule, text=doc[start:end].text, start=doc[start].idx,
                    end=doc[end - 1].idx + len(doc[end - 1]), anchor=anchor)


class _Resolver:
    """Maps words of a title to the entity it belongs to."""

    def __init__(self, doc, ms, ids, info, country_entity):
        self.doc, self.ms, self.ids, self.info = doc, ms, ids, info
        self.country_entity = country_entity
        self.by_id = {d["id"]: d for d in info}

    def from_mention(self, k: int) -> tuple[str | None, str | None]:
        """(affiliation id, country) for a mention inside a title."""
        m = self.ms[k]
        eid = self.ids.get(k)
        d = self.by_id.get(eid)
        if m.label == "NORP":
            iso3 = country_of_demonym(self.doc[m.start:m.end].text)
            return self.country_entity.get(iso3), iso3
        if m.label in {"ORG", "GPE", "FAC", "LOC"} and d is not None:
            return eid, d["country"]
        return None, None

    def from_org_noun(self, words: list[str], before: int) -> str | None:
        """ "ministry" -> the nearest ORG before `before` whose name ends in "ministry"."""
        for w_end in range(len(words), 0, -1):
            w = words[w_end - 1]
            if w not in ORG_NOUNS:
                continue
            tail = " ".join(words[max(0, w_end - 2):w_end])
            best, best_pos = None, -1
            for k, m in enumerate(self.ms):
                if m.label != "ORG" or m.start >= before:
                    continue
                name = fold(self.doc[m.start:m.end].text)
                # "the ministry" -> "Foreign Ministry" or "Ministry of Natural Resources and Environment"
                if (name.endswith(" " + tail) or name == tail or name.endswith(" " + w)
                        or name.startswith(w + " of ")) and m.start > best_pos:
                    best, best_pos = self.ids.get(k), m.start
            if best is not None:
                return best
        return None


def _of_title_start(doc, s: int) -> int | None:
    """Start of a capitalised "ROLE of ..." title ending at token s ("Secretary of State")."""
    j = s - 1
    while j >= 0 and s - j <= MAX_PREMODIFIER_TOKENS + 2 and (
            doc[j].is_title or doc[j].lower_ in {"of", "the", "and", "&"}):
        j -= 1
    for i in range(j + 2, s - 1):
        if doc[i].lower_ == "of" and _is_role(doc[i - 1]) and doc[i - 1].is_title:
            start = i - 1
            while start - 1 > j and (doc[start - 1].lower_ in TITLE_MODIFIERS or _is_role(doc[start - 1])):
                start -= 1
            return start
    return None


def _glued_word_start(doc, s: int) -> int:
    """First token of the word written without spaces that ends at token s-1."""
    j = s - 1
    while j > 0 and not doc[j - 1].whitespace_ and (doc[j - 1].is_alpha or doc[j - 1].text == "-"):
        j -= 1
    return j


def _role_of_before_comma(doc, comma: int, owner, ms, res: _Resolver):
    """ "the head of the IAEA, Rafael Grossi,": ROLE of|for|at [the] ENTITY, NAME."""
    i = comma - 1
    ent_k = None
    if i >= 3 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # "the head of the United Nations Office ... (UNOWAS), Leonardo Santos,"
    # walk back over the organisation phrase: entity mentions (a long name counts as one
    # word), nouns, adjectives, "the"
    steps = 0
    seat_k = None  # "the regional command in Jayapura": the body's seat places it, it is not the body
    while i >= 1 and steps < MAX_PREMODIFIER_TOKENS:
        steps += 1
        k = owner[i]
        if k != -1:
            if ms[k].label == "PERSON":
                return None
            ent_k = ent_k if ent_k is not None and ms[ent_k].label == "ORG" else k
            i = ms[k].start - 1
            continue
        t = doc[i]
        if t.lower_ in {"of", "for", "at"}:
            break
        if t.lower_ == "in" and seat_k is None and ent_k is not None and ms[ent_k].label == "GPE":
            seat_k, ent_k = ent_k, None
            i -= 1
            continue
        if t.lower_ == "the" or t.tag_ == "POS" or (t.is_alpha and t.pos_ in {"NOUN", "ADJ", "PROPN"}):
            i -= 1
            continue
        if t.lower_ in PORTFOLIO_JOINERS and doc[i + 1].is_title and doc[i - 1].is_title and owner[i - 1] == -1:
            # "Minister of Roads *and* Urban Development, Farzaneh Sadegh": a portfolio of two
            # capitalised parts (not two named bodies: "the envoys of Iran and Iraq, ...")
            i -= 1
            continue
        return None
    if i < 1 or doc[i].lower_ not in {"of", "for", "at"} or not _is_role(doc[i - 1]) or i == comma - 1:
        return None
    start = i - 1
    while start > 0 and (doc[start - 1].lower_ in TITLE_MODIFIERS or _is_role(doc[start - 1])):
        start -= 1
    aff, country = res.from_mention(ent_k) if ent_k is not None else (None, None)
    if aff is None:
        aff = res.from_org_noun([t.lower_ for t in doc[i + 1:comma]], comma)
    if country is None and seat_k is not None:
        country = res.from_mention(seat_k)[1]
    if aff is None and start >= 2 and doc[start - 1].tag_ == "POS" and owner[start - 2] != -1:
        # "Sri Lanka's Minister of Energy, Nimal Perera,": the possessor owns the office
        aff, country = res.from_mention(owner[start - 2])
    return doc[start:comma].text, aff, country, _span_evidence(doc, "title-before-comma", start, comma, aff)


def _premodifier(doc, m: M, owner, ms, res: _Resolver):
    name_start = m.start
    s = m.start
    # "Russia's foreign minister, Sergei Lavrov": the title before a comma
    if s >= 2 and doc[s - 1].text == "," and _is_role(doc[s - 2]):
        s = name_start = s - 1
    elif s >= 4 and doc[s - 1].text == ",":
        got = _role_of_before_comma(doc, s - 1, owner, ms, res)
        if got is not None:
            return got
    if s == 0:
        return None
    glued = _glued_word_start(doc, s)
    if glued < s - 1 and doc[glued:s].text.lower() in role_words():  # "President-elect"
        return _premodifier_from(doc, glued + 1, name_start, owner, ms, res)
    if doc[s - 1].text == "." and s >= 2 and not doc[s - 2].whitespace_ and doc[s - 2].lower_ + "." in role_words():
        return _premodifier_from(doc, s - 1, name_start, owner, ms, res)
    if not _is_role(doc[s - 1]):
        of_start = _of_title_start(doc, s)
        if of_start is None:
            return None
        s = of_start
        if s == 0 or not _is_role(doc[s]):
            return None
        # walk on from the title's first word; the "of" phrase belongs to the title
        s_title_end = name_start
        return _premodifier_from(doc, s + 1, s_title_end, owner, ms, res)
    return _premodifier_from(doc, s, name_start, owner, ms, res)


def _role_before_rank(doc, m: M, owner, ms, res: _Resolver):
    """ "A spokesman for the regional command in Jayapura, Colonel Agus Setiawan,": the role
    before the comma of a name that a rank opens (the rank itself is the premodifier's)."""
    s = m.start
    if s >= 5 and _is_role(doc[s - 1]) and doc[s - 2].text == ",":
        return _role_of_before_comma(doc, s - 2, owner, ms, res)
    return None


def _premodifier_from(doc, s: int, name_start: int, owner, ms, res: _Resolver):
    """Walk left from token s-1 over the title's words; the title ends at name_start."""
    j = s - 1
    ent_k = None
    possessor = None
    while j >= 0 and s - j <= MAX_PREMODIFIER_TOKENS:
        t = doc[j]
        if owner[j] != -1:
            k = owner[j]
            if ms[k].label in {"ORG", "GPE", "NORP", "FAC", "LOC"}:
                ent_k = k
            break
        if t.text == "." and j > 0 and not doc[j - 1].whitespace_ and doc[j - 1].lower_ + "." in role_words():
            j -= 2  # "Maj" "." : an abbreviated rank
            continue
        if t.tag_ == "POS":
            if j > 0 and owner[j - 1] != -1:
                ent_k = owner[j - 1] if ms[owner[j - 1]].label in {"ORG", "GPE", "NORP", "FAC", "LOC"} else None
            elif j > 0 and doc[j - 1].lower_ in ORG_NOUNS:
                possessor = doc[j - 1].lower_  # "the ministry's spokesperson Lim"
            break
        if t.text == ")" and j >= 2 and doc[j - 2].text == "(" and owner[j - 1] != -1 \
                and ms[owner[j - 1]].label == "ORG":
            ent_k = owner[j - 1]  # "The North Atlantic Treaty Organization (NATO) Secretary-General ..."
            break
        if t.lower_ in {"its", "their"}:
            # "The RSF delegation will be led by its political adviser": the organisation
            # named last before the pronoun in the sentence
            sent_start = t.sent.start
            for x in range(j - 1, sent_start - 1, -1):
                if owner[x] != -1 and ms[owner[x]].label == "ORG":
                    ent_k = owner[x]
                    break
            break
        if t.is_punct or t.pos_ in {"DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "NUM", "PART"}:
            break
        if not (_is_role(t) or t.lower_ in TITLE_MODIFIERS or t.lower_ in ORG_NOUNS
                or (t.is_alpha and t.pos_ in {"NOUN", "ADJ", "PROPN"} and (t.is_lower or t.is_title))):
            break
        j -= 1
    first = j + 1
    if first >= s:
        return None
    title_start = first
    title = doc[title_start:name_start]
    while len(title) and title[-1].text == ",":
        title = title[:-1]
    if not len(title) or not any(_is_role(t) for t in title):
        return None
    aff, country = (res.from_mention(ent_k) if ent_k is not None else (None, None))
    if aff is None:
        aff = res.from_org_noun([t.lower_ for t in title] + ([possessor] if possessor else []), title_start)
    return title.text, aff, country, _span_evidence(doc, "title-premodifier", title_start, title_start + len(title), aff)


def _role_phrase(doc, i: int, owner, ms, res: _Resolver, *, rule: str, limit: int):
    """Parse "[a|the] [mods] ROLE [of|for|at ENTITY]" from token i; (title, aff, country, evidence)."""
    n = len(doc)
    if i < n and doc[i].lower_ in {"a", "an", "the"}:
        i += 1
    start = i
    role_seen = False
    aff = country = None
    end = i
    while i < n and i - start < limit:
        t = doc[i]
        if t.text in STOP_PUNCT:
            break
        if owner[i] != -1:
            k = owner[i]
            if ms[k].label == "PERSON":
                break
            a, c = res.from_mention(k)
            if a is not None or c is not None:
                if aff is None:
                    aff = a
                country = country or c
            i = ms[k].end
            end = i
            if role_seen:
                break
            continue
        if _is_role(t):
            role_seen = True
            i += 1
            end = i
            continue
        if t.lower_ in {"of", "for", "at", "to", "in"} and role_seen:
            i += 1
            continue
        if t.tag_ == "POS" or t.lower_ in {"the", "a"} and role_seen:
            i += 1
            continue
        if t.pos_ in {"NOUN", "ADJ", "PROPN"} and (t.is_lower or t.lower_ in TITLE_MODIFIERS or t.text[:1].isupper()):
            i += 1
            if role_seen:
                end = i
            continue
        break
    if not role_seen or end <= start:
        return None
    words = [t.lower_ for t in doc[start:end]]
    if aff is None:
        aff = res.from_org_noun(words, end)
    return doc[start:end].text, aff, country, _span_evidence(doc, rule, start, end, aff)


def _apposition(doc, m: M, owner, ms, res):
    if m.end + 1 < len(doc) and doc[m.end].text == ",":
        return _role_phrase(doc, m.end + 1, owner, ms, res, rule="title-apposition", limit=MAX_APPOSITION_TOKENS)
    return None


def _relative_clause(doc, m: M, owner, ms, res):
    i = m.end
    # "Kim Kum-chol is the president of ...": a plain copula after the name
    if i + 1 < len(doc) and doc[i].lower_ in {"is", "was"}:
        j = i + 1
        while j < len(doc) and doc[j].lower_ in {"now", "currently", "also", "still"}:
            j += 1
        if j < len(doc) and doc[j].lower_ in {"a", "an", "the"}:
            return _role_phrase(doc, j, owner, ms, res, rule="title-copula", limit=MAX_APPOSITION_TOKENS)
        return None
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "who":
        return None
    v = doc[i + 1]
    if v.lower_ in HEAD_VERBS:
        got = _role_phrase(doc, i + 2, owner, ms, res, rule="title-relative-clause", limit=MAX_APPOSITION_TOKENS)
        if got is None:
            got = _head_verb_object(doc, i + 1, owner, ms, res)
            if got is not None:
                return got
        k = owner[i + 2] if i + 2 < len(doc) else -1
        if k != -1:
            aff, country = res.from_mention(k)
            end = ms[k].end
            return (f"{HEAD_VERBS[v.lower_]} of {doc[ms[k].start:end].text}", aff, country,
                    _span_evidence(doc, "title-relative-clause", i + 1, end, aff))
        return got
    if v.lower_ not in RELATIVE_VERBS:
        return None
    j = i + 2
    while j < len(doc) and doc[j].lower_ in {"served", "been", "as", "now", "currently", "also"}:
        j += 1
    return _role_phrase(doc, j, owner, ms, res, rule="title-relative-clause", limit=MAX_APPOSITION_TOKENS)


def _head_verb_object(doc, v: int, owner, ms, res: _Resolver):
    """ "who leads the WHO's emergency team", "who heads the Samagi Jana Balawegaya (SJB)":
    title "leader of ..." / "head of ..."; the affiliation is the first organisation or
    country named in the object phrase."""
    j = v + 1
    while j < len(doc) and doc[j].lower_ in {"the", "a", "an"}:
        j += 1
    end = j
    aff = country = None
    while end < len(doc) and end - j < MAX_APPOSITION_TOKENS and doc[end].text not in STOP_PUNCT:
        t = doc[end]
        if owner[end] != -1:
            k = owner[end]
            if ms[k].label == "PERSON":
                break
            if aff is None and country is None:
                aff, country = res.from_mention(k)
            end = ms[k].end
            continue
        if t.tag_ == "POS" or t.lower_ in {"of", "for", "'s"} or (t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.is_alpha):
            end += 1
            continue
        break
    if end <= j or (aff is None and country is None):
        return None
    title = f"{HEAD_VERBS[doc[v].lower_]} of {doc[j:end].text}"
    return title, aff, country, _span_evidence(doc, "title-relative-clause", v, end, aff)


def find_roles(doc, ms: list[M], ids: dict, info: list, country_entity: dict) -> dict:
    """entity id -> RoleInfo for every PERSON entity with a title."""
    owner = _owner(ms, len(doc))
    res = _Resolver(doc, ms, ids, info, country_entity)
    by_id = {d["id"]: d for d in info}
    out: dict = {}
    found: dict = {}
    for k, m in enumerate(ms):
        eid = ids.get(k)
        if eid is None or by_id[eid]["type"] != "PERSON":
            continue
        for finder in (_premodifier, _role_before_rank, _apposition, _relative_clause):
            got = finder(doc, m, owner, ms, res)
            if not got:
                continue
            title, aff, country, ev = got
            r = out.setdefault(eid, RoleInfo())
            if fold(title) not in {fold(t) for t in r.titles}:
                r.titles.append(title)
                r.evidence.append(ev)
            found.setdefault(eid, []).append((title, aff if aff != eid else None, country))
    for eid, r in out.items():
        # current roles before former ones; the affiliation and the country come from one role
        roles = sorted(found.get(eid, []), key=lambda x: fold(x[0]).startswith(("former", "ex-", "then")))
        with_aff = [x for x in roles if x[1] is not None]
        if with_aff:
            _title, r.affiliation, r.country = with_aff[0]
            if r.country is None and r.affiliation in by_id:
                r.country = by_id[r.affiliation]["country"]
        else:
            r.country = next((x[2] for x in roles if x[2]), None)
        if r.country is None and not with_aff:
            r.country = next((c for c in (_country_in_title(t) for t in r.titles) if c), None)
        if r.affiliation is None and r.country is not None and any(_country_in_title(t) == r.country
                                                                   for t in r.titles):
            # "Ukrainian Infrastructure Minister": the office belongs to Ukraine
            r.affiliation = country_entity.get(r.country)
    return out


def _country_in_title(title: str) -> str | None:
    """The country of a country word or demonym in a title ("Sri Lankan Energy Minister")."""
    words = title.replace("'s", " ").replace("\u2019s", " ").split()
    for i in range(len(words)):
        for n in (3, 2, 1):
            chunk = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n:
                c = country_of_country_name(chunk) or country_of_demonym(chunk)
                if c:
                    return c
    return None
