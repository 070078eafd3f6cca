"""Who is speaking: the noun phrase that names a quote's speaker, and its resolution
to the fullest name the article gives.

No offline coreference model installs here, so resolution is a small set of rules
over the parse, each recorded in the evidence:

- ``entity``: the phrase holds a mention of an article entity (ctx.entities, else
  spaCy's own entity spans); its name is the entity's name.
- ``surname``: a one- or two-word PERSON name that is part of an earlier, longer
  PERSON name ("Lim" -> "Lim Soo-suk", "Peskov" -> "Dmitry Peskov").
- ``pronoun``: he/she -> the latest person who was a subject or a speaker before
  it; they/it -> the latest organisation, country or group speaker.
- ``nominal``: "the ministry" -> an earlier ORG whose name ends in "Ministry".
- ``group`` / ``document`` / ``phrase``: groups ("officials", "analysts at X"),
  documents ("Article eight of the treaty") and other noun phrases stand for
  themselves.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsgraph.extract.context import Context
from newsgraph.extract.event_discourse import possessive_antecedent
from newsgraph.records import Evidence, Speaker

RELATIVE_PRONOUNS = {"who", "that", "which"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
GROUP_PRONOUNS = {"they", "them", "it", "we", "their", "its", "our"}
FIRST_PERSON = {"i", "me", "we", "us", "you"}
SPEAKER_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# What an "its"/"their" opening a speaker phrase may stand for: a state or a body, not a person.
OWNER_TYPES = {"ORG", "GPE", "NORP"}
# Right-hand dependents that still belong to the speaker phrase ("Article eight of the
# treaty", "analysts at Brightline Capital"); relative clauses and appositions after a
# comma do not ("Smith, who chairs the panel,").
NP_RIGHT_DEPS = {"prep", "pobj", "compound", "flat", "nummod", "case", "poss", "amod", "det"}
# A bare name of at most this many words may be a surname of an earlier, longer name.
SURNAME_MAX_TOKENS = 2
# A pronoun finds its person among this many characters before it; further back the
# article has usually moved on to someone else.
PRONOUN_WINDOW = 2500
# Nouns that name a group of people or an institution: such a phrase is a speaker in its
# own right even when no entity is there ("officials", "state media", "the ministry").
GROUP_NOUNS = {
    "official", "officials", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts",
    "source", "sources", "critic", "critics", "lawmaker", "lawmakers", "legislator", "legislators",
    "resident", "residents", "witness", "witnesses", "investigator", "investigators", "prosecutor",
    "prosecutors", "police", "media", "authorities", "authority", "spokesman", "spokeswoman",
    "spokesperson", "spokespeople", "aide", "aides", "advisers", "adviser", "advisors", "advisor",
    "economist", "economists", "observer", "observers", "supporter", "supporters", "opponent",
    "opponents", "voter", "voters", "democrats", "republicans", "leader", "leaders", "activist",
    "activists", "protester", "protesters", "researcher", "researchers", "scientist", "scientists",
    "doctor", "doctors", "people", "campaign", "government", "ministry", "agency", "office",
    "department", "committee", "commission", "council", "court", "judge", "military", "army",
    "company", "firm", "group", "party", "administration", "white", "house", "kremlin", "state",
    "officer", "officers", "minister", "president", "chairman", "chair", "director", "chief",
    "secretary", "senator", "governor", "mayor", "candidate", "nominee", "spokesmen", "staff",
    "team", "union", "association", "organization", "organisation", "bank", "network", "newspaper",
    "survey", "poll", "polls", "study", "report", "statement", "treaty", "article", "document",
    "memo", "letter", "filing", "complaint", "indictment", "lawsuit", "ruling", "law", "bill",
    "resolution", "agreement", "constitution", "data", "figures", "statistics", "website", "post",
    "tweet", "video", "ad", "advertisement", "book", "interview", "paper", "magazine", "editorial",
    # bodies of a state or movement ("the military's media wing", "the bloc", "the junta")
    "wing", "bureau", "directorate", "service", "mission", "command", "navy", "guard", "secretariat",
    "cabinet", "parliament", "embassy", "consulate", "regime", "junta", "bloc", "alliance", "coalition",
}
# Role nouns that speak for a body: unnamed, the body is the speaker ("a spokesman for the council")
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
DOCUMENT_NOUNS = {"treaty", "article", "document", "memo", "letter", "filing", "complaint", "indictment",
                  "lawsuit", "ruling", "law", "bill", "resolution", "agreement", "constitution", "report",
                  "statement", "study", "survey", "poll", "polls", "editorial", "website", "note", "communique",
                  "communiqué", "memorandum", "declaration"}


@dataclass(frozen=True)
class Resolved:
    speaker: Speaker
    type: str | None  # PERSON, ORG, GPE, GROUP, DOCUMENT, PRONOUN, None
    evidence: Evidence


def phrase_tokens(tok) -> tuple[int, int]:
    """Token span [start, end) of the noun phrase headed by `tok`, without relative
    clauses, appositions or anything after a comma."""
    left = tok.i
    for t in reversed(list(tok.lefts)):
        if t.tag_ == "HYPH":  # "Lim Soo-suk": the hyphen is inside the name
            continue
        if t.dep_ in {"punct", "cc", "preconj"} or t.text in {",", "("}:
            break
        left = min(left, t.left_edge.i)
    right = tok.i
    for t in tok.rights:
        if t.dep_ not in NP_RIGHT_DEPS or t.text in {",", "("}:
            break
        # "A spokesperson for Itamaraty, Brazil's foreign ministry": the apposition inside
        # the prepositional phrase is not part of the speaker's name
        appos = {x.i for a in t.subtree if a.dep_ == "appos" for x in a.subtree}
        right = max(right, max(x.i for x in t.subtree if x.i not in appos))
    # a trailing possessive marker or punctuation is not part of the name
    while right > left and tok.doc[right].dep_ in {"punct", "case"}:
        right -= 1
    while left < right and tok.doc[left].dep_ in {"punct", "cc"}:
        left += 1
    return left, right + 1


def _in_reported_clause(tok) -> bool:
    """Is `tok` the subject of a complement clause of a verb of saying ("said Kurti wanted ...")?"""
    from newsgraph.extract.quotes import load_cues

    clause = tok.head if tok.dep_ != "appos" else tok.head.head
    return clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" and (clause.head.lemma_.lower(), "verb") in load_cues()


# Lower-case particles inside a person's name ("Fernandez de Cossio", "van der Berg").
NAME_PARTICLES = {"de", "del", "da", "dos", "das", "do", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn"}


class SpeakerResolver:
    """Resolves speaker phrases of one article; remembers the speakers it has seen."""

    def __init__(self, doc, ctx: Context):
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access: read it once
        self.ctx = ctx
        self._names: list[list[str]] | None = None
        self.seen: list[tuple[int, str, str | None, str | None]] = []  # (offset, name, entity id, type)
        ents = [e for e in doc.ents if e.label_ in SPEAKER_ENTITY_LABELS]
        self.ents = ents
        # PERSON subjects: the people a later "he"/"she" most likely refers to
        # (not a name the entity layer retyped as a place or body: "Khartoum had asked ...")
        # ("The ministry's spokeswoman, Maly Socheata, dismissed ...": the apposed name of a subject too)
        self.person_subjects = [e for e in ents if e.label_ == "PERSON" and (
            e.root.dep_ in {"nsubj", "nsubjpass"} or (e.root.dep_ == "appos" and e.root.head.dep_ in {"nsubj", "nsubjpass"}))
            and self._entity_type(e.start_char, e.end_char) in (None, "PERSON")]
        # ("Fernandez de Cossio struck a sharper tone. He told ...": a subject the tagger read no
        # name in, where the entity layer found a person's mention)
        tagged = [(e.start_char, e.end_char) for e in self.person_subjects]
        for ent in ctx.entities:
            if ent.type != "PERSON":
                continue
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, label="PERSON")
                if span is None or any(a < m.end and m.start < b for a, b in tagged) \
                        or span.root.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                self.person_subjects.append(span)
        # ... or whose words are part of a longer name of a person the article names (the tagger
        # read "Fernandez de Cossio" as an organisation)
        tagged = [(e.start_char, e.end_char) for e in self.person_subjects]
        for tok in doc:
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN" or any(
                    a <= tok.idx < b for a, b in tagged):
                continue
            left = tok.left_edge.i
            while left < tok.i and not (doc[left].pos_ == "PROPN" or doc[left].is_title):
                left += 1
            span = doc[left:tok.i + 1]
            words = span.text.split()
            if all(t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES for t in span) and any(
                    len(n) > len(words) and any(n[k:k + len(words)] == words for k in range(len(n)))
                    for n in self._person_names()):
                self.person_subjects.append(doc.char_span(span.start_char, span.end_char, label="PERSON"))
        # ("Vucic ... said Kurti wanted "a war of nerves". He said ...": the subject of a reported
        # clause is what the speaker talks about; the speaker stays the likelier "he")
        self.person_subjects = [e for e in self.person_subjects if not _in_reported_clause(e.root)]
        self.person_subjects.sort(key=lambda e: e.start_char)

    # -- bookkeeping -------------------------------------------------------------------
    def remember(self, offset: int, resolved: Resolved) -> None:
        sp = resolved.speaker
        self.seen.append((offset, sp.name, sp.entity, resolved.type))

    # -- names ---------------------------------------------------------------------------
    def fullest_person(self, name: str, before: int) -> str:
        """An earlier or later longer PERSON name containing all words of `name`."""
        words = name.split()
        best = name
        for ew in self._person_names():
            if len(ew) > len(best.split()) and all(w in ew for w in words):
                best = " ".join(ew)
        return best

    def _person_names(self) -> list[list[str]]:
        """Full names of the article's people: the entity layer's (titles already cut off:
        "Kazakh Agriculture Minister Daniyar Seitkali" is Daniyar Seitkali), then the
        tagger's PERSON names where the entity layer has no person."""
        if self._names is None:
            people = [e for e in self.ctx.entities if e.type == "PERSON"]
            self._names = [e.name.split() for e in people]
            covered = [(m.start, m.end) for e in people for m in e.mentions]
            for e in self.ents:
                if e.label_ == "PERSON":
                    s, t = self._extend_name(e)
                    if not any(a < t and s < b for a, b in covered):
                        self._names.append(self.text[s:t].split())
        return self._names

    def _entity_type(self, start: int, end: int) -> str | None:
        ent = self.ctx.entity_at(start, end)
        return ent.type if ent is not None else None

    def _entity_for(self, start: int, end: int):
        ent = self.ctx.entity_at(start, end)
        if ent is not None:
            ov = [m for m in ent.mentions if m.start < end and m.end > start]
            m = max(ov, key=lambda m: min(end, m.end) - max(start, m.start)) if ov else None
            return ent.id, ent.name, ent.type, (m.start, m.end, m.text) if m else None
        return None

    def _spacy_ent_in(self, start_i: int, end_i: int, head_i: int):
        """The spaCy entity inside the phrase that holds its head (else the last one)."""
        inside = [e for e in self.ents if e.start >= start_i and e.end <= end_i]
        for e in inside:
            if e.start <= head_i < e.end:
                return e
            if e.label_ == "PERSON":  # NER cut the name short of its head ("Yoon Suk" + "Yeol")
                _, end_char = self._extend_name(e)
                if e.start_char <= self.doc[head_i].idx < end_char:
                    return e
        return None

    def resolve(self, head) -> Resolved:
        """Resolve the speaker phrase headed by token `head`."""
        doc = self.doc
        low = head.lower_
        if low in RELATIVE_PRONOUNS and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
            # "Barkley, who said ...": the mention is "who", the speaker the noun it stands for
            noun = self.resolve(head.head.head)
            s, e = head.idx, head.idx + len(head.text)
            sp = Speaker(name=noun.speaker.name, start=s, end=e, entity=noun.speaker.entity, text=head.text)
            return Resolved(sp, noun.type, Evidence(rule="speaker-relative", text=head.text, start=s, end=e,
                                                    anchor=noun.speaker.name))
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return self._resolve_pronoun(head)
        if head.ent_type_ != "PERSON":
            # "China's foreign ministry spokesperson Mao Ning said": the person the title
            # phrase names (its apposition) is the speaker, not the title
            for c in head.children:
                if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                    return self.resolve(c)
            named = _closing_appositive_name(head)
            if named is not None:
                return self.resolve(named)
            apposed = self._apposed_person(head)
            if apposed is not None:
                return apposed
        start_i, end_i = phrase_tokens(head)
        clipped = self._after_dateline(start_i, head.i)
        ent = self._spacy_ent_in(clipped, end_i, head.i)
        if ent is None and (clipped != start_i or self._opens_after_dateline(start_i)):
            # the tagger reads no name in a phrase glued to the dateline (or cut off from it by
            # the parse: "GEORGETOWN, Oct 6 - Guyana urged ..."); the entity layer may
            found = self._entity_for(head.idx, head.idx + len(head.text))
            if found is not None and found[3] is not None:
                eid, ename, etype, (ms, me, mtext) = found
                sp = Speaker(name=ename, start=ms, end=me, entity=eid, text=mtext)
                return Resolved(sp, etype, Evidence(rule="speaker-entity", text=mtext, start=ms, end=me, anchor=eid))
        start_i = clipped
        if ent is not None and doc[start_i].dep_ == "poss" and doc[start_i].pos_ == "PRON":
            ent = None  # "Its Foreign Ministry said": the ministry of what "Its" stands for (below)
        if ent is not None:
            span = self._extend_name(ent)
            s, e = span
            found = self._entity_for(s, e)
            name = self.text[s:e]
            eid, etype = None, ent.label_
            if found:
                eid, ename, etype, _ = found
                # the entity's name: "The Algerian Defence Ministry" is "Algerian Defence Ministry";
                # not when the phrase names another place than the entity ("Lithuania's Foreign
                # Ministry" folded into an entity "Chinese Foreign Ministry")
                if (len(ename.split()) >= len(_strip_det(name).split()) or name.endswith(" " + ename)) \
                        and not (etype != "PERSON" and _names_other_place(doc[start_i:end_i], ename)):
                    name = ename
            else:
                name = _strip_det(name)  # "the health ministry said" (no entity of its own)
            if etype in {"NORP", "ORG"} and _is_name_shaped(name) and _role_before(doc, start_i, ent.start):
                # "Ministry spokeswoman Marina Voronova" typed as a nationality or a body: a role
                # word before a name-shaped entity names a person (a later "she" refers to her)
                etype = "PERSON"
            if etype == "PERSON":
                full = self.fullest_person(name, s)
                rule = "entity" if full == name else "surname"
                name = full
            else:
                rule = "entity"
            sp = Speaker(name=name, start=s, end=e, entity=eid, text=self.text[s:e])
            return Resolved(sp, etype, Evidence(rule=f"speaker-{rule}", text=sp.text, start=s, end=e, anchor=eid))
        s, e = doc[start_i].idx, doc[end_i - 1].idx + len(doc[end_i - 1].text)
        phrase = self.text[s:e]
        lemma = head.lemma_.lower()
        owner = self._possessive_owner(head)
        if owner is not None:
            # "Argentina objected. Its foreign ministry said ...": the ministry is Argentina's
            oname, oid = owner
            rest = self.text[head.left_edge.idx + len(head.left_edge.text):e].strip()
            sp = Speaker(name=f"{oname}'s {rest}", start=s, end=e, text=phrase)
            return Resolved(sp, "ORG", Evidence(rule="speaker-possessive", text=phrase, start=s, end=e,
                                                anchor=oid or oname))
        person = self._titled_person(head, s)
        if person is not None:
            # "the president said": the latest earlier person who holds that title
            eid, name = person
            sp = Speaker(name=name, start=s, end=e, entity=eid, text=phrase)
            return Resolved(sp, "PERSON", Evidence(rule="speaker-title", text=phrase, start=s, end=e, anchor=eid))
        if low in GROUP_NOUNS or lemma in GROUP_NOUNS:
            org = self._nominal_org(head, s)
            if org is not None:
                eid, name = org
                sp = Speaker(name=name, start=s, end=e, entity=eid, text=phrase)
                return Resolved(sp, "ORG", Evidence(rule="speaker-nominal", text=phrase, start=s, end=e, anchor=eid))
            body = self._body_named_before(head)
            if body is not None:
                return body
            kind = "DOCUMENT" if lemma in DOCUMENT_NOUNS else "GROUP"
            body = self._spokesperson_body(head) if kind == "GROUP" else None
            if body is not None:
                # "A spokesman for the Presidential Council said": the council speaks
                eid, name = body
                sp = Speaker(name=name, start=s, end=e, entity=eid, text=phrase)
                return Resolved(sp, "ORG", Evidence(rule="speaker-spokesperson-body", text=phrase, start=s, end=e,
                                                    anchor=eid))
            name = self._group_name(head, start_i, end_i) if kind == "GROUP" else phrase
            sp = Speaker(name=_strip_det(name), start=s, end=e, text=phrase)
            return Resolved(sp, kind, Evidence(rule=f"speaker-{kind.lower()}", text=phrase, start=s, end=e))
        toks = doc[start_i:end_i]
        # (a capitalised word the tagger read as a common noun counts: "Safadi told reporters" gives
        # NOUN; it becomes a surname only when it is a word of a person the article names)
        if len(toks) <= SURNAME_MAX_TOKENS and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" or (
                t.pos_ == "NOUN" and t.is_title) for t in toks):
            # a name the tagger missed or mislabelled: an earlier person's surname?
            full = self.fullest_person(phrase, s)
            if full == phrase:
                full = next((n for _, n, _, t in reversed(self.seen) if t == "PERSON"
                             and set(phrase.split()) <= set(n.split()) and len(n.split()) > len(phrase.split())), phrase)
            if full != phrase:
                found = self._entity_for(s, e)
                sp = Speaker(name=full, start=s, end=e, entity=found[0] if found else None, text=phrase)
                return Resolved(sp, "PERSON", Evidence(rule="speaker-surname", text=phrase, start=s, end=e, anchor=full))
        titled = self._titled_name(head, start_i, end_i)
        if titled is not None:
            return titled
        sp = Speaker(name=_strip_det(phrase), start=s, end=e, text=phrase)
        return Resolved(sp, None, Evidence(rule="speaker-phrase", text=phrase, start=s, end=e))

    def _person_speaker(self, toks, rule: str, mention) -> Resolved:
        """A PERSON speaker named by the tokens `toks` (the mention offsets are those of
        `mention`, the tokens that name the speaker in the sentence)."""
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        ms, me = mention[0].idx, mention[-1].idx + len(mention[-1].text)
        name = self.fullest_person(self.text[s:e], s)
        found = self._entity_for(s, e)
        sp = Speaker(name=name, start=ms, end=me, entity=found[0] if found else None, text=self.text[ms:me])
        return Resolved(sp, "PERSON", Evidence(rule=rule, text=sp.text, start=ms, end=me, anchor=name))

    def _apposed_person(self, head):
        """"Its chief, Admiral Zulhelmy Ithnain, said", "McGonigle's brother, Seamus, told ...": a
        noun naming one person by role or kinship with a proper name in apposition: the name is
        the speaker even when the tagger took it for an organisation or a place (rank titles
        opening the name are not part of it)."""
        if not _names_one_person(head):
            return None
        for c in head.children:
            if c.dep_ != "appos" or c.i < head.i or c.pos_ != "PROPN":
                continue
            chain = [t for t in self.doc[c.left_edge.i:c.i + 1]]
            if not chain or any(t.pos_ != "PROPN" and t.tag_ != "HYPH" for t in chain):
                continue
            rest = _without_titles(chain)
            if rest and _reads_as_name(self.text[rest[0].idx:rest[-1].idx + len(rest[-1].text)]):
                return self._person_speaker(rest, "speaker-apposed-name", chain)
        return None

    def _body_named_before(self, head):
        """"The RSF rejected the agreement on Thursday. In a statement ..., the group said": a
        bare definite body noun is the organisation the sentence before is about (its subject)."""
        if head.lemma_.lower() not in GENERIC_BODY_NOUNS or [c.lower_ for c in head.lefts] != ["the"]:
            return None
        sent = head.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.pos_ == "PRON":
            return None
        found = self._entity_for(subj.idx, subj.idx + len(subj.text))
        if found is None or found[2] != "ORG" or found[0] is None:
            return None
        s, e = head.left_edge.idx, head.idx + len(head.text)
        sp = Speaker(name=found[1], start=s, end=e, entity=found[0], text=self.text[s:e])
        return Resolved(sp, "ORG", Evidence(rule="speaker-body-before", text=sp.text, start=s, end=e, anchor=found[0]))

    def _titled_name(self, head, start_i: int, end_i: int):
        """"Opposition lawmaker Enkhjargal Dorj said": a name no tagger found, after the role
        words that open its phrase, is a person named without the role."""
        if head.pos_ != "PROPN":
            return None
        toks = list(self.doc[start_i:end_i])
        roles = [k for k, t in enumerate(toks) if t.i < head.i and t.lower_ in _person_nouns()]
        if not roles:
            return None
        rest = toks[roles[-1] + 1:]
        if not rest or rest[-1].i != head.i or any(t.pos_ != "PROPN" and t.tag_ != "HYPH" for t in rest):
            return None
        if not _is_name_shaped(self.text[rest[0].idx:rest[-1].idx + len(rest[-1].text)]):
            return None
        return self._person_speaker(rest, "speaker-titled-name", toks)

    def _opens_after_dateline(self, start_i: int) -> bool:
        """Does the phrase at token `start_i` open the story right after the wire dateline
        (nothing but its separator between)?"""
        dl = self.ctx.article.dateline_span
        idx = self.doc[start_i].idx
        return dl is not None and dl.end <= idx and not any(ch.isalnum() for ch in self.text[dl.end:idx])

    def _after_dateline(self, start_i: int, head_i: int) -> int:
        """A speaker phrase the parser glued to the wire dateline ("GEORGETOWN, Oct 6 - Guyana
        urged ...") starts after the dateline and its dash."""
        dl = self.ctx.article.dateline_span
        if dl is None or not (self.doc[start_i].idx < dl.end <= self.doc[head_i].idx):
            return start_i
        i = start_i
        while i < head_i and (self.doc[i].idx < dl.end or not self.doc[i].is_alpha):
            i += 1
        return i

    def _possessive_owner(self, head):
        """(name, entity id) of what the "its"/"their" opening a speaker phrase stands for
        ("Its foreign ministry" after "Argentina ... objected"), else None."""
        first = head.left_edge
        if first.dep_ != "poss" or first.head.i != head.i:
            return None
        ante = possessive_antecedent(first)
        if ante is None:
            return None
        ent = self.ctx.entity_at(ante.idx, ante.idx + len(ante.text))
        if ent is not None and ent.type in OWNER_TYPES:
            return self._state_named(ent), ent.id
        return None

    def _state_named(self, ent) -> str:
        """The name of the state a capital stands for when the article names that state
        ("Pretoria ... Its foreign ministry" is South Africa's), else the entity's own name."""
        from newsgraph.extract.places import country_for_name, country_of_country_name

        if ent.type != "GPE" or country_of_country_name(ent.name):
            return ent.name
        iso = country_for_name(ent.name)
        if iso is None:
            return ent.name
        state = next((e.name for e in self.ctx.entities if e.type == "GPE" and country_of_country_name(e.name) == iso),
                     None)
        return state or ent.name

    def _extend_name(self, ent) -> tuple[int, int]:
        """Character span of a PERSON entity, extended over proper nouns the tagger cut
        off ("Yoon Suk" + "Yeol" when all three are a compound chain)."""
        end = ent.end
        doc = self.doc
        while ent.label_ == "PERSON" and end < len(doc) and doc[end].tag_ == "NNP" and doc[end].ent_type_ in {"", "PERSON"} \
                and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
            end += 1
        last = doc[end - 1]
        return ent.start_char, last.idx + len(last.text)

    def _titled_person(self, head, before: int):
        """'the president' / 'the senator': the PERSON entity mentioned last before `before`
        whose titles end with the head noun -> (entity id, name), else None."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        low = head.lower_
        best = None
        for ent in self.ctx.entities:
            if ent.type != "PERSON" or not any(t.lower().split()[-1:] == [low] for t in ent.titles if t):
                continue
            last = max((m.start for m in ent.mentions if m.start < before), default=None)
            if last is not None and (best is None or last > best[0]):
                best = (last, ent.id, ent.name)
        return (best[1], best[2]) if best else None

    def _spokesperson_body(self, head):
        """(entity id, name) of the organisation an unnamed spokesperson speaks for ("a
        spokesman for the Presidential Council", "a spokeswoman of the ministry"), else None."""
        if head.lemma_.lower() not in SPOKESPERSON_NOUNS:
            return None
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is None:
                    continue
                found = self._entity_for(obj.idx, obj.idx + len(obj.text))
                if found is not None and found[2] in {"ORG", "GPE"} and found[0] is not None:
                    return found[0], found[1]
        return None

    def _group_name(self, head, start_i: int, end_i: int) -> str:
        """The words that name a group speaker. A group already named by its nationality
        ("An Indian official in New Delhi") is named without where it is ("Indian official"):
        the phrase up to its head and any "of"/"for" phrases after it. Otherwise the place is
        what says whose they are ("Officials in Manila") and the whole phrase names them."""
        if not any(c.ent_type_ in {"NORP", "GPE"} for c in head.lefts):
            t0, t1 = self.doc[start_i], self.doc[end_i - 1]
            return self.text[t0.idx:t1.idx + len(t1.text)]
        end = head.i + 1
        for t in head.rights:
            if t.i >= end_i or t.dep_ != "prep" or t.lower_ not in {"of", "for"} or t.i != end:
                break
            end = t.right_edge.i + 1
        toks = self.doc[start_i:min(end, end_i)]
        return self.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)] if len(toks) else head.text

    def _nominal_org(self, head, before: int):
        """'the ministry' -> an earlier ORG entity whose name ends with the head noun; "the
        Turkish ministry" only to one whose name carries "Turkish"; never "the ministry's press
        service" (a part of something else)."""
        if any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in head.lefts):
            return None
        places = [t.lower_ for t in head.lefts if t.ent_type_ in {"NORP", "GPE"}]
        word = head.lower_
        best = None
        for ent in self.ctx.entities:
            if ent.type != "ORG" or not ent.mentions or ent.mentions[0].start >= before:
                continue
            if ent.name.lower().split()[-1] in {word, head.lemma_.lower()} \
                    and all(p in ent.name.lower().split() for p in places):
                best = (ent.id, ent.name)
        if best is None:
            for e in self.ents:
                if e.label_ == "ORG" and e.start_char < before and e[-1].lower_ in {word, head.lemma_.lower()} \
                        and all(p in e.text.lower().split() for p in places):
                    found = self._entity_for(e.start_char, e.end_char)
                    best = (found[0], found[1]) if found else (None, e.text)
        return best

    def _resolve_pronoun(self, head) -> Resolved:
        doc = self.doc
        s, e = head.idx, head.idx + len(head.text)
        low = head.lower_
        name, eid, rule = None, None, "speaker-pronoun"
        if low in PERSON_PRONOUNS:
            # earlier speakers who are people: named ones, and ones named only by their role
            # ("The foreign ministry's spokesperson told a briefing ... she said")
            cands = [(off, n, i) for off, n, i, t in self.seen
                     if (t == "PERSON" or (i is None and (_is_role_phrase(n) or (t is None and _is_name_shaped(n)))))
                     and off < s and s - off < PRONOUN_WINDOW]
            subj = [x for x in self.person_subjects if x.start_char < s and s - x.start_char < PRONOUN_WINDOW]
            last_speaker = cands[-1] if cands else None
            last_subject = subj[-1] if subj else None
            if last_subject is not None and (last_speaker is None or last_subject.start_char > last_speaker[0]):
                span = self._extend_name(last_subject)
                found = self._entity_for(*span)
                name = found[1] if found and len(found[1].split()) >= 2 else self.text[span[0]:span[1]]
                name = self.fullest_person(name, span[0])
                eid = found[0] if found else None
            elif last_speaker is not None:
                _, name, eid = last_speaker
        elif low in GROUP_PRONOUNS:
            cands = [(off, n, i) for off, n, i, t in self.seen
                     if t in {"ORG", "GPE", "GROUP", "NORP"} and off < s and s - off < PRONOUN_WINDOW]
            if cands:
                _, name, eid = cands[-1]
            # "Lithuania's Foreign Ministry summoned the envoy to protest against what it called
            # ...": inside its own sentence the pronoun stands for the main clause's subject
            root = head.sent.root
            subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i
                         and c.pos_ != "PRON" and root.i < head.i), None)
            if subj is not None:
                own = self.resolve(subj)
                if own.type in {"ORG", "GPE", "NORP"}:
                    name, eid, rule = own.speaker.name, own.speaker.entity, "speaker-pronoun-subject"
        if name is None:
            sp = Speaker(name=head.text, start=s, end=e, text=head.text)
            return Resolved(sp, "PRONOUN", Evidence(rule="speaker-pronoun-unresolved", text=head.text, start=s, end=e))
        sp = Speaker(name=name, start=s, end=e, entity=eid, text=head.text)
        typ = "PERSON" if low in PERSON_PRONOUNS else "ORG"
        return Resolved(sp, typ, Evidence(rule=rule, text=head.text, start=s, end=e, anchor=name))


def _role_before(doc, start_i: int, end_i: int) -> bool:
    """Does a word of a person's role stand in the phrase before the name ("Ministry spokeswoman
    Marina Voronova")?"""
    from newsgraph.extract.names import role_words

    return any(t.lower_ in role_words() for t in doc[start_i:end_i])


@functools.lru_cache(maxsize=4096)
def _is_role_phrase(name: str) -> bool:
    """A speaker named by one person's role ("Russian foreign ministry's spokesperson"),
    not a group ("officials") nor a body."""
    from newsgraph.extract.names import role_words

    words = name.split()
    return bool(words) and words[-1].lower() in role_words()


# Words of a name the tagger missed ("Aminata Diallo-Kone"): two to four capitalised words.
NAME_SHAPED = re.compile(r"^(?:[A-Z][\w'\u2019.-]*[a-z\u00e0-\u00ff][\w'\u2019.-]*\s){1,3}[A-Z][\w'\u2019.-]*[a-z\u00e0-\u00ff][\w'\u2019.-]*$")


@functools.lru_cache(maxsize=4096)
def _is_name_shaped(name: str) -> bool:
    """A speaker phrase that looks like a person's full name nobody tagged: capitalised words
    only, none a role, a country or an organisation word."""
    from newsgraph.extract.names import _org_head_label, role_words
    from newsgraph.extract.places import country_for_name

    if not NAME_SHAPED.match(name):
        return False
    words = name.split()
    return (words[0].lower() not in {"the", "a", "an"} and _org_head_label(words[-1]) is None
            and not any(w.lower() in role_words() or country_for_name(w) for w in words))


# Generic nouns for a body: "the group said" right after a sentence about a named organisation.
GENERIC_BODY_NOUNS = {"group", "organisation", "organization", "movement", "militia", "bloc", "alliance",
                      "coalition", "party", "company", "firm", "union", "association", "network", "faction"}
# Nouns that name one person by a relation, not by an office ("his brother, Seamus", "a
# resident, Ana Cruz"); with the role words of newsgraph/data/roles.txt they name one person.
KIN_NOUNS = {"brother", "sister", "wife", "husband", "son", "daughter", "mother", "father", "uncle", "aunt",
             "cousin", "nephew", "niece", "widow", "widower", "grandson", "granddaughter", "grandmother",
             "grandfather", "partner", "fiancee", "fiance", "relative", "friend", "neighbour", "neighbor",
             "colleague", "resident", "witness", "farmer", "fisherman", "driver", "student", "teacher", "worker",
             "owner", "survivor", "victim", "lawyer", "attorney", "skipper", "captain", "trader", "shopkeeper"}


@functools.lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    from newsgraph.extract.names import role_words

    return frozenset(role_words() | KIN_NOUNS)


def _names_one_person(head) -> bool:
    return head.pos_ == "NOUN" and (head.lower_ in _person_nouns() or head.lemma_.lower() in _person_nouns()) \
        and head.tag_ in {"NN", "NNP"}


def _without_titles(chain) -> list:
    """The tokens of a proper-name chain without the rank or role words opening it
    ("Admiral Zulhelmy Ithnain" -> "Zulhelmy Ithnain")."""
    k = 0
    while k < len(chain) - 1 and (chain[k].lower_ in _person_nouns() or chain[k].tag_ == "HYPH"):
        k += 1
    return chain[k:]


def _reads_as_name(name: str) -> bool:
    """Two to four capitalised words of a name nobody tagged, or one capitalised given name
    that is no country or organisation word."""
    from newsgraph.extract.names import _org_head_label
    from newsgraph.extract.places import country_for_name

    if " " not in name:
        return name[:1].isupper() and name[1:].islower() and name.isalpha() and len(name) > 2 \
            and _org_head_label(name) is None and not country_for_name(name)
    return _is_name_shaped(name)


def _names_other_place(span, name: str) -> bool:
    """Does the phrase `span` name a country, place or nationality that `name` does not carry?"""
    words = set(name.lower().split())
    return any(t.ent_type_ in {"GPE", "NORP"} and t.pos_ in {"PROPN", "ADJ"} and t.lower_ not in words
               for t in span)


def _strip_det(phrase: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if phrase.startswith(det):
            return phrase[len(det):]
    return phrase


def _closing_appositive_name(head):
    """The person a role phrase names at its end, set off by commas, when the parse hangs the
    name on the phrase's last noun ("A spokesman for the regional command in Jayapura, Colonel
    Agus Setiawan, said": news style names the role's holder there), or None."""
    from newsgraph.extract.names import role_words

    if head.lower_ not in role_words():
        return None
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i, default=None)
    if last is None or last.i == head.i or last.dep_ != "appos" or last.ent_type_ != "PERSON":
        return None
    first = min(t.i for t in last.subtree)
    return last if first > 0 and head.doc[first - 1].text == "," else None

