"""PLOVER events, stage 1: candidate triggers, their PLOVER typing and their embedding.

Pure functions over the spaCy parse that `events.extract_events` calls on every token and
clause before any actor is looked for:

- `_trigger`: a verb or an event noun of the PLOVER lexicon (`plover_lexicon.senses_for`) with
  the sense its object, particle or complement picks ("send troops" MOBILIZE, "send a
  delegation" CONSULT), or None; returns a `_Candidate` (token, sense, "V"/"N", notes).
- `_obligation_clause`, `_refusal_clause`, `_quoted_obligation`, `_wrongdoing_clause`: clauses
  that are an act without a trigger word of their own ("must withdraw", "refused to",
  "illegally crossed", "without permission").
- `_absorb`: a trigger inside the complement of another trigger is the content of that
  statement and is absorbed by it (`_Candidate.absorbed_by`, note `content:...`).
- Shared parse helpers the later stages use too: `_anchor_verb` (the verb a noun trigger's
  clause hangs on), `_object_in_class` / `_trigger_noun_only` (object classes),
  `_misparsed_main_verb`, `_quote_at` / `_in_direct_quote` (the quote an offset sits in).

Reads only the parse, the lexicon and `ctx.quotes`; writes nothing but the candidates' notes.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from newsgraph.extract import event_precision
from newsgraph.extract.actors import GROUP_HEADS, QUANTITY_HEADS
from newsgraph.extract.context import Context
from newsgraph.extract.plover_lexicon import LIGHT_VERBS, SPEECH_VERBS, VERBAL_CATEGORIES, Sense, in_class, senses_for

# Dependency labels through which a trigger is the content of the trigger above it
# ("threatened [xcomp] to ban", "demanded [ccomp] that ... refuse", "rejected [dobj] calls").
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "compound", "nmod", "attr", "oprd",
                            "pcomp", "amod", "advcl"})
# Adverbs by which a speaker calls an act a wrong ("illegally crossed", "unlawfully detained").
WRONGDOING_ADVERBS = frozenset({"illegally", "unlawfully", "illegitimately", "wrongfully", "unilaterally"})
# What an act done "without" it lacks to be lawful, said by a speaker ("said the boats had entered
# *without prior notification*", "had started building without approval", "attacked without
# provocation"): the same charge as "illegally" (types round 5b; real text: the two reported hits in
# PolNeAR, BBC, News-Cluster and Reuters are charges).
WRONGDOING_WITHOUT_NOUNS = frozenset({"permission", "authorization", "authorisation", "notification", "consent",
                                      "approval", "permit", "provocation", "justification", "mandate"})
# Prepositions of a verb's time or place frame: an act named inside them ("signed the pact at
# the end of a visit", "during talks", "after the attack") is an act of its own, not the content.
FRAME_PREPS = frozenset({"at", "during", "after", "before", "amid", "following", "since", "until", "in", "on"})
# How far up the tree a trigger looks for the trigger that embeds it: complements of
# complements ("agreed [that they] should cooperate to encourage") sit 2-4 arcs deep;
# further up, the link is usually a separate clause.
MAX_EMBEDDING_ARCS = 4
# For verbs of travel the object is where they left from, the target is where they go.
TRAVEL_LEMMAS = frozenset({"depart", "leave", "fly", "travel", "arrive", "head"})
# Verbs of taking a place that, done by a crowd of civilians (object class CIVIL_CROWD_CLASS of
# plover_objects.json: protesters, farmers, workers, students, residents ...), are a sit-in or an
# occupation protest (PLOVER PROTEST), not a side's seizure (COERCE).
CIVIL_OCCUPATION_LEMMAS = frozenset({"occupy", "seize"})
CIVIL_CROWD_CLASS = "civil-crowd"
# Aspectual verbs whose complement is the act an object class is read from ("vowed to *continue* fighting").
ASPECTUAL_LEMMAS = frozenset({"continue", "keep", "resume", "start", "begin", "step", "carry"})
# Partitive nouns whose "of" noun is what the verb acts on ("pulled out of *a round of* negotiations").
PARTITIVE_HEADS = frozenset({"round", "series", "session", "part", "phase"})
# Verbs that carry people somewhere: with people as their object and "back" or a border as
# their goal they are an expulsion ("inmates were bussed to the border", "sent 600 refugees back
# across the river", "pushed the migrants back"), whatever else the verb means elsewhere.
TRANSPORT_LEMMAS = frozenset({"send", "bus", "buss", "truck", "fly", "ship", "transfer", "transport", "drive",
                              "move", "push", "take", "force", "ferry", "load", "escort", "dump"})
# prepositions that name where the moved people are taken
GOAL_PREPS = frozenset({"to", "across", "over", "toward", "towards", "at"})
# Auxiliaries and verbs of modality.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
# Heads that say their complement did not happen ("failed to reach agreement").
FAILURE_HEADS = frozenset({"fail"})
# Dependency labels of a noun's modifiers read for its sense ("naval drills", "joint patrols").
NOUN_MODIFIER_DEPS = ("compound", "amod", "nmod")
# How many nouns down an "of" chain under a verb's object still name what it acts on: the
# opening -> of a cluster -> of talks (three covers "the start of the next round of talks"; deeper
# chains are rare and drift away from the object).
OF_CHAIN_DEPTH = 3
# Verbs that are PLOVER acts only without an object or clause ("protesters demonstrated").
INTRANSITIVE_SENSES = frozenset({"demonstrate", "march", "rally"})
# Verbs that are verbs of saying when they take a clause ("conceded that ...").
ADMISSION_VERBS = frozenset({"concede", "admit", "acknowledge", "insist"})
# Dependency labels of a clause of its own under a word (its places are not the word's).
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "parataxis"})
# Verbs of a crowd coming together ("gathered", "assembled", "massed", "took to the streets"): a
# demonstration only when its "to" clause says the crowd came to demand, denounce or protest
# ("gathered outside the consulate to demand their release"); reporters, mayors or supporters
# gathering somewhere, or gathering "to discuss", are no event (polnear train: most "gathered"
# are audiences and meetings).
GATHERING_LEMMAS = frozenset({"gather", "assemble", "mass", "congregate", "converge", "throng", "flock"})
# "took to the streets": the idiom's noun (the verb "take" with "to the streets/squares")
STREET_NOUNS = frozenset({"street", "streets", "square", "squares"})
# What a gathered crowd does that makes it a demonstration: chanting, or showing signs
CHANT_LEMMAS = frozenset({"chant", "shout"})
DISPLAY_LEMMAS = frozenset({"carry", "wave", "hold", "brandish"})
SIGN_NOUNS = frozenset({"flag", "banner", "placard", "sign", "poster", "slogan", "effigy"})
# A withdrawal with nothing named it leaves ("before the Malaysian vessel withdrew") leaves the side
# of the latest of these acts between it and another country (types round 5b): a stand-off, a
# warning exchanged, a clash, a deployment against it.
CONFRONTATION_CATEGORIES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
# Participles that make a measure its noun names: "the sanctions *imposed* by the US", "the ban
# *introduced* by Poland", "a curfew *declared* by the army". The verb's own sense is generic (COERCE
# restrict for "impose"), the noun says which act it is (types round 5b).
MEASURE_PARTICIPLES = frozenset({"impose", "reimpose", "introduce", "declare", "enact"})
# The object class of armed forces (plover_objects.json).
FORCES_CLASS = "forces"
# Object classes a verb's sense holds for when any conjunct of its object is in them (not only the
# first): what is sent or delivered is a list ("sent teams and a battalion", "delivered motorcycles
# and equipment"); other classes keep their first object ("evacuated its diplomats and their families")
CONJUNCT_OBJECT_CLASSES = frozenset({FORCES_CLASS, "aid"})
# Object classes that name another side's act or word (disputed): with a possessive pronoun
# ("disputed their own figures") the object is the doer's own
OTHER_SIDE_CLASSES = frozenset({"disputed-claim"})
# The object class of a view or concern shared (plover_objects.json): support for another side only
# when that side is named ("shared Germany's view", "shared its concerns" of a side told before,
# "a common position with the other EC states"); "people who share Tory values", "they share the
# same values" name no side and tell no act (audit 11 on BBC), so no event at all
SHARED_VIEW_CLASS = "shared-view"
# Possessive pronouns of the speaker's own side: "share our values" names no other side
OWN_POSSESSIVES = frozenset({"our", "my"})
# Prepositions naming the side a view is shared with or belongs to ("with the EC states", "the concerns of Japan")
SHARED_WITH_PREPS = frozenset({"with"})
VIEW_OWNER_PREPS = frozenset({"of"})
# Amounts an infinitive can qualify ("little to object to", "nothing to hide"): no act done
AMOUNT_WORDS = frozenset({"little", "nothing", "much", "anything", "something", "less", "more"})
# Vehicles, craft and systems: an event noun modifying one names a kind of equipment, not an act
# ("patrol motorcycles", "patrol boats", "attack helicopters", "the early warning system")
EQUIPMENT_HEADS = frozenset({"boat", "ship", "vessel", "helicopter", "aircraft", "jet", "plane", "vehicle", "car",
                             "motorcycle", "truck", "drone", "craft", "system"})
# Measures against a side: a participle of one after another restates it ("..., barring them from")
RESTRICTION_CATEGORIES = frozenset({"SANCTION", "COERCE"})
# Categories of a purpose that makes a gathering a protest (to demand, to denounce, to protest, to reject)
PROTEST_PURPOSE_CATEGORIES = frozenset({"REQUEST", "ACCUSE", "PROTEST", "REJECT"})
# The one mark that opens a "to" clause with its own subject ("called for Qatar to leave"): a
# verb's "for" particle there (only "for" opens a subject-to-infinitive clause in English).
FOR_TO_MARKS = frozenset({"for"})
# Senses that hold only with a complement saying what is demanded ("ordered X to leave").
COMPLEMENT_SENSES = frozenset({("order", "REQUEST")})
# Senses that hold only when the verb's "to" complement has its own doer ("expected Yerevan to
# amend its constitution" is a demand on Yerevan; "expects to sign" an intent, not an event).
OTHER_DOER_SENSES = frozenset({("expect", "REQUEST"), ("tell", "REQUEST")})
# Dependency labels of a predicate adjective that tells a stance ("is grateful to", "was critical of").
STANCE_ADJECTIVE_DEPS = frozenset({"acomp", "conj"})
# Verbs by which a side puts out a document ("the ministry issued a statement"): their subject issued it.
ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "deliver", "hand", "circulate", "post"})
DOCUMENT_NOUNS = frozenset({"note", "letter", "statement", "communique", "communiqué", "memorandum", "message",
                            "declaration", "resolution"})


@dataclass
class _Candidate:
    tok: object
    sense: Sense
    pos: str  # "V" or "N"
    absorbed_by: int | None = None
    notes: list = field(default_factory=list)


# -- triggers ------------------------------------------------------------------------------------
def _trigger(tok) -> _Candidate | None:
    if tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tok.tag_ == "VBN" and tok.dep_ in ("acomp", "ROOT", "conj")):
        pos = "V"  # "Israel is opposed to the mediation": the participle is the act
    elif _verb_tagged_plural_noun(tok):
        pos = "V"
    elif tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP", "DATE"):
        pos = "N"
    elif tok.pos_ == "ADJ" and tok.dep_ in STANCE_ADJECTIVE_DEPS and senses_for(tok.lemma_.lower(), "A"):
        # "We are grateful to Qatar", "Turkey was critical of the decision": a stance told by a
        # predicate adjective is an act of its subject, as its verb would be
        pos = "V"
    else:
        return None
    lemma = tok.lemma_.lower()
    if pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in GROUP_HEADS:
        return None  # "riot police", "strike force": a kind of group, not an act
    if pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in EQUIPMENT_HEADS:
        return None  # "30 patrol motorcycles", "the early warning system": a kind of equipment, not an act
    senses = senses_for(lemma, pos) or (senses_for(tok.lower_, pos) if pos == "N" else ())
    if _stance_adjective(tok):
        senses = senses_for(lemma, "A")
    if not senses and pos == "V" and tok.pos_ == "ADJ" and tok.lower_.endswith("ed"):
        senses = senses_for(tok.lower_[:-1], "V") or senses_for(tok.lower_[:-2], "V")
    if pos == "V" and _gathers_to_protest(tok):
        return _Candidate(tok=tok, sense=Sense(lemma=lemma, pos="V", particle=None, category="PROTEST", mode="demo",
                                               context=None, object_class=None), pos=pos, notes=["gathering-purpose"])
    if pos == "V" and lemma in TRANSPORT_LEMMAS and _moves_people_out(tok):
        return _Candidate(tok=tok, sense=Sense(lemma=lemma, pos="V", particle=None, category="COERCE", mode="deport",
                                               context="legal", object_class="moved-people"), pos=pos)
    for s in senses:
        if s.particle and not _has_particle(tok, s.particle):
            continue
        if pos == "V" and (s.lemma, s.category) in COMPLEMENT_SENSES and not any(
                ch.dep_ in ("xcomp", "ccomp") for ch in tok.children):
            continue  # "ordered patrols" is no demand on anyone; "ordered Menem to appear" is
        if pos == "V" and (s.lemma, s.category) in OTHER_DOER_SENSES and not _other_doer_complement(tok):
            continue  # "expects to sign" is an intent; "expects Yerevan to amend" a demand on Yerevan
        if pos == "V" and (s.lemma, s.category) in OTHER_DOER_SENSES and any(
                ch.dep_ == "dobj" and ch.pos_ == "PRON" for ch in tok.children):
            continue  # ""They told us to get on the trucks"": what people were told, no side's demand
        if s.object_class and not _object_in_class(tok, pos, s.object_class):
            continue
        if pos == "V" and s.object_class == SHARED_VIEW_CLASS and not _view_of_other_side(tok):
            return None  # "share Tory values", "share the same values": no other side named, no act
        if pos == "V" and s.category == "MOBILIZE" and lemma in ORDER_LEMMAS and any(
                ch.dep_ == "xcomp" and any(k.category != "MOBILIZE" for k in senses_for(ch.lemma_.lower(), "V"))
                for ch in tok.children):
            continue  # "ordered its troops to withdraw / to open fire": the ordered act is told by its own verb
        if not event_precision.sense_fits(tok, pos, s.category, is_trigger_noun=_trigger_noun_only):
            continue  # "exports declined", "struck by the awareness" (event_precision.py)
        if pos == "V" and s.category == "PROTEST" and lemma in INTRANSITIVE_SENSES and any(
                ch.dep_ in ("dobj", "ccomp") for ch in tok.children):
            return None  # "demonstrated restraint", "demonstrated that it could": to show, not to protest
        if pos == "V" and s.object_class in OTHER_SIDE_CLASSES and _own_possessed_object(tok):
            continue  # "disputed its own figures": its own word, no other side's
        if pos == "V" and _amount_infinitive(tok):
            return None  # "our proposal leaves it very little to object to": nothing done
        if pos == "V" and lemma in ADMISSION_VERBS and any(ch.dep_ == "ccomp" for ch in tok.children):
            return None  # "conceded that its strikes killed civilians": an admission, reported speech
        if pos == "V" and lemma in LIGHT_VERBS and not s.particle and _event_noun_object(tok) is not None:
            return None  # "signed a treaty", "imposed sanctions": the noun carries the event
        if pos == "V" and lemma in MEASURE_PARTICIPLES and tok.dep_ == "acl" and tok.tag_ == "VBN" \
                and not s.particle and (noun_sense := _measure_noun_sense(tok.head)) is not None:
            # "rejected the sanctions imposed by the US", "defied the curfew declared by the army": the
            # participle tells its agent making the measure its noun names, of the noun's kind (the noun
            # itself is what the outer verb acts on, absorbed there)
            return _Candidate(tok=tok, sense=replace(noun_sense, lemma=lemma, pos="V", particle=None),
                              pos=pos, notes=["measure-participle"])
        if pos == "V" and lemma in ISSUING_VERBS and not s.particle and (
                (doc_obj := _event_noun_object(tok)) is not None and doc_obj.lemma_.lower() in DOCUMENT_NOUNS):
            return None  # "sent a formal protest note to Argentina": the note carries the event
        subjects = [ch for ch in tok.children if ch.dep_ == "nsubj"]
        subjects += [g for sj in subjects if sj.lemma_.lower() in QUANTITY_HEADS for p in sj.children
                     if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if pos == "V" and lemma in TRAVEL_LEMMAS and any(in_class(_group_words(sj), "forces") for sj in subjects) \
                and not _travels_for_visit(tok):
            # troops arriving somewhere are deployed, not visiting
            s = Sense(lemma=s.lemma, pos="V", particle=s.particle, category="MOBILIZE", mode="troops",
                      context="military", object_class="forces")
        if pos == "V" and lemma in CIVIL_OCCUPATION_LEMMAS and s.category == "COERCE" and subjects and all(
                in_class(_group_words(sj), CIVIL_CROWD_CLASS) for sj in subjects
                if sj.lemma_.lower() not in QUANTITY_HEADS):
            # "Hundreds of farmers occupied the dam", "protesters seized the toll plaza": a crowd of
            # civilians taking a place holds it to protest; no side's forces seize anything
            s = Sense(lemma=s.lemma, pos="V", particle=s.particle, category="PROTEST", mode="occupation",
                      context=None, object_class=None)
        return _Candidate(tok=tok, sense=s, pos=pos)
    return None


def _verb_tagged_plural_noun(tok) -> bool:
    """ "said it "categorically rejects" Iran's claims", "Super PAC blasts Trump for skipping
    debate": a present tense in quotation marks or a headline the tagger read as a plural noun,
    though the parser gave it a subject and a direct object as it would a verb (7 such nouns in
    1,900 Reuters and PolNeAR stories; the one with a verb sense in the lexicon, "blasts", the act)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and bool(senses_for(tok.lemma_.lower(), "V")) and any(
        c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)


def _view_of_other_side(tok) -> bool:
    """ "shared Germany's view", "shared its concerns", "shared the concerns of Japan", "shared a
    common position with the EC states": a view shared names the side whose view it is (a possessor
    other than the speaker's own, an "of" owner of the view, a "with" side on the verb or the view)."""
    views = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    for v in views:
        if any(p.dep_ == "poss" and p.lower_ not in OWN_POSSESSIVES for p in v.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ in VIEW_OWNER_PREPS and any(
                g.dep_ == "pobj" and (g.ent_type_ or g.pos_ == "PROPN" or event_precision.someone_noun(g))
                for g in c.children) for c in v.children):
            return True
    return any(c.dep_ == "prep" and c.lower_ in SHARED_WITH_PREPS and any(g.dep_ == "pobj" for g in c.children)
               for w in [tok, *views] for c in w.children)


def _own_possessed_object(tok) -> bool:
    """ "disputed its own figures", "disputed their earlier account": the object a possessive pronoun
    gives the subject itself is the doer's own act or word, not another side's."""
    return any(o.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)
               for o in tok.children)


def _amount_infinitive(tok) -> bool:
    """ "leaves it very little to object to", "had nothing to complain about": an infinitive
    qualifying an amount is what could be done, not an act."""
    return any(a.dep_ == "aux" and a.lower_ == "to" and a.i > 0 and tok.doc[a.i - 1].lower_ in AMOUNT_WORDS
               for a in tok.children)


def _gathering_purpose(tok):
    """The "to" clause saying why a crowd gathered ("gathered ... to demand their release"), when
    `tok` is a verb of gathering (or "took to the streets") and the clause is a demand, a charge
    or a protest; else None."""
    if not _gathering_verb(tok):
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
                s.category in PROTEST_PURPOSE_CATEGORIES for s in senses_for(c.lemma_.lower(), "V")):
            return c
    return None


def _gathering_verb(tok) -> bool:
    """A verb of a crowd gathering ("gathered", "massed", "took to the streets")."""
    lemma = tok.lemma_.lower()
    return lemma in GATHERING_LEMMAS or (lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in STREET_NOUNS for g in c.children)
        for c in tok.children))


def _gathers_with_signs(tok) -> bool:
    """ "about 300 people gathered in front of the Albanian Embassy, carrying Greek flags and
    chanting ...", "had amassed at the center, ... carrying signs": a crowd gathering while it
    chants or shows flags, banners or placards demonstrates, when it says no purpose of its own
    ("gathered ... waving balloons to celebrate the vote" is none)."""
    if not _gathering_verb(tok):
        return False
    doing = [c for c in tok.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
    doing += [g for c in doing for g in c.conjuncts if g.tag_ == "VBG"]
    if any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for v in [tok, *doing] for c in v.children):
        return False
    return any(d.lemma_.lower() in CHANT_LEMMAS or (d.lemma_.lower() in DISPLAY_LEMMAS and any(
        o.dep_ == "dobj" and o.lemma_.lower() in SIGN_NOUNS for o in d.children)) for d in doing)


def _gathers_to_protest(tok) -> bool:
    return _gathering_purpose(tok) is not None or _gathers_with_signs(tok)


def _group_words(tok) -> list[str]:
    """A group noun's words with its compound modifiers: "217 Kenyan *police* officers" are police,
    "a *peacekeeping* contingent" troops."""
    return [tok.lemma_, tok.lower_] + [w for c in tok.children if c.dep_ == "compound" for w in (c.lemma_, c.lower_)]


def _stance_adjective(tok) -> bool:
    """A predicate adjective of the lexicon's adjective senses ("grateful to", "critical of")."""
    return tok.pos_ == "ADJ" and tok.tag_ != "VBN" and tok.dep_ in STANCE_ADJECTIVE_DEPS \
        and bool(senses_for(tok.lemma_.lower(), "A"))


def _other_doer_complement(tok) -> bool:
    """Whether a verb's "to" complement has a doer of its own, not the verb's subject: "expected
    Yerevan to amend" (parsed with Yerevan as the complement's subject, or as the verb's object
    over an xcomp), not "expects to sign"."""
    for ch in tok.children:
        if ch.dep_ == "ccomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children) and any(
                g.dep_ == "nsubj" for g in ch.children):
            return True
        if ch.dep_ == "xcomp" and any(g.dep_ == "dobj" and g.i < ch.i for g in tok.children):
            return True
    return False


def _travels_for_visit(tok) -> bool:
    """Whether a travel verb says its purpose is a visit or talks ("two vessels arrived in Manila
    for the four-day visit"): ships or troops coming for a visit are visiting, not deployed."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and in_class([g.lemma_, g.lower_], "visit-purpose") for g in c.children)
        for c in tok.children)


def _obligation_clause(tok) -> _Candidate | None:
    """A reported clause of obligation with no trigger of its own ("declared that China must
    drop barriers"): the statement itself is a REQUEST (resolved in `_build_event`)."""
    if tok.dep_ != "ccomp" or tok.pos_ not in ("VERB", "AUX") or tok.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in tok.children):
        return None
    sense = Sense(lemma=tok.lemma_.lower(), pos="V", particle=None, category="REQUEST", mode=None, context=None,
                  object_class=None)
    return _Candidate(tok=tok, sense=sense, pos="V", notes=["obligation-clause"])


# Verbs of telling (and of saying) whose refusal is a declined comment, not a refusal of another side
# ("would not say whether talks were held", "would not disclose the terms", "would not comment"): no REJECT.
DECLINED_TELLING = frozenset({"comment", "disclose", "elaborate", "confirm", "reveal", "specify", "discuss",
                              "identify", "name", "detail", "speculate"}) | SPEECH_VERBS


def _refusal_clause(tok) -> _Candidate | None:
    """A reported clause saying what a side will not do, with no trigger of its own ("said
    Australia would not change a policy", "his government would not issue a safe-conduct"): the
    speaker's side refusing is a REJECT (kept in `_build_event` only when the clause's actor is the
    speaker's side)."""
    clause = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" else tok
    # (a conjunct may share the clause's subject: "said Ecuador regretted the recall but would not
    # reverse the policy")
    if tok.pos_ != "VERB" or not any(c.dep_ == "nsubj" for v in (tok, clause) for c in v.children):
        return None
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if tok.lemma_.lower() in DECLINED_TELLING:
        return None  # "but would not say whether ...": a comment declined
    if not (any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would"} for c in tok.children)
            and any(c.dep_ == "neg" for c in tok.children)):
        return None
    sense = Sense(lemma=tok.lemma_.lower(), pos="V", particle=None, category="AGREE", mode=None, context=None,
                  object_class=None)
    return _Candidate(tok=tok, sense=sense, pos="V", notes=["refusal-clause"])


def _quoted_obligation(tok, ctx: Context) -> _Candidate | None:
    """The main clause of a sentence inside a direct quote saying what a side must do, with no
    trigger of its own ('"Serbia must stop sending armed groups," the minister said'): the
    statement is a REQUEST by the quote's speaker (resolved in `_build_event`)."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in tok.children):
        return None
    if not _in_direct_quote(ctx, tok.idx):
        return None
    sense = Sense(lemma=tok.lemma_.lower(), pos="V", particle=None, category="REQUEST", mode=None, context=None,
                  object_class=None)
    return _Candidate(tok=tok, sense=sense, pos="V", notes=["obligation-clause"])


def _wrongdoing_clause(tok, ctx: Context) -> _Candidate | None:
    """A reported clause (or quoted sentence) whose act the speaker calls unlawful ("said Indian
    troops had *illegally* crossed the line"), with no trigger of its own: a wrong done (REJECT
    of a norm) that `_report_accusation` turns into the speaker's ACCUSE; kept only as that."""
    if tok.pos_ != "VERB" or not (any(c.dep_ == "advmod" and c.lower_ in WRONGDOING_ADVERBS for c in tok.children)
                                  or _failure_to_act(tok) or _done_without_leave(tok)):
        return None
    reported = (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS) or (
        tok.dep_ == "ROOT" and _in_direct_quote(ctx, tok.idx))
    if not reported:
        return None
    sense = Sense(lemma=tok.lemma_.lower(), pos="V", particle=None, category="REJECT", mode=None, context=None,
                  object_class=None)
    return _Candidate(tok=tok, sense=sense, pos="V", notes=["wrongdoing-clause"])


def _done_without_leave(tok) -> bool:
    """ "had entered *without prior notification*", "began work without approval": an act done
    without what would make it lawful (WRONGDOING_WITHOUT_NOUNS), not "without delay"."""
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in WRONGDOING_WITHOUT_NOUNS for g in c.children) for c in tok.children)


def _failure_to_act(tok) -> bool:
    """ "said Baghdad *had failed to act* against PKK camps": a side's failure to do what is no act
    of the lexicon itself is a wrong done (a failed release or withdrawal stays the refusal that
    `_build_event` makes of it)."""
    if tok.lemma_.lower() not in FAILURE_HEADS or any(c.dep_ == "neg" for c in tok.children):
        return False
    comps = [c for c in tok.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                  for g in c.children)]
    # (nor one whose complement tells an act: "failed to reach agreement" is a refusal of it)
    return bool(comps) and not any(_trigger(t) is not None for c in comps
                                   for t in [c] + [g for g in c.children if g.dep_ in ("dobj", "attr")])


def _moves_people_out(tok) -> bool:
    """Whether a transport verb takes people back or to a border ("bussed the inmates to the border")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]  # "hundreds of refugees"
    if not any(in_class([o.lemma_, o.lower_], "moved-people") for o in objs):
        return False
    # the goal may hang off a relative clause of the object ("sent 600 people who had fled the
    # fighting back across the river": the parser gives "back across" to "fled")
    # (or off the object itself: "bussed 800 inmates to the border", parsed "inmates to")
    # or off the place it is taken from: "bussed from Ecuadorian jails to the border")
    heads = [tok] + objs + [r for o in objs for r in o.children if r.dep_ == "relcl"]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    kids = [c for h in heads for c in h.children]
    if any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in kids) or any(
            c.dep_ == "prep" and c.lower_ in GOAL_PREPS and any(b.lower_ == "back" for b in c.children) for c in kids):
        return True  # "sent them back", "sent them back across the river" ("back" under "across")
    return any(c.dep_ == "prep" and c.lower_ in GOAL_PREPS and any(
        g.dep_ == "pobj" and in_class([g.lemma_, g.lower_], "border-place") for g in c.children) for c in kids)


def _has_particle(tok, particle: str) -> bool:
    # a preposition heading a time ("called *on Sunday* for sanctions") is no particle
    return any(c.lower_ == particle and c.dep_ in ("prt", "prep", "dobj", "advmod") and not (
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children))
        for c in tok.children) or _for_to_clause(tok, particle) or _particle_on_number(tok, particle)


def _particle_on_number(tok, particle: str) -> bool:
    """ "handed over 12 wanted nationals", "turned over two suspects": right after the verb the
    parser reads the particle as "more than", a modifier of the object's number."""
    return any(c.dep_ == "dobj" and c.pos_ == "NUM" and any(
        q.dep_ == "quantmod" and q.lower_ == particle and q.i == tok.i + 1 for q in c.children)
        for c in tok.children)


def _for_to_clause(tok, particle: str) -> bool:
    """ "called *for* Qatar to leave the talks", "asked *for* the vessel to be released": the
    parser makes "for" the mark of a "to" clause the verb governs, not the verb's preposition."""
    return particle in FOR_TO_MARKS and any(
        c.dep_ in CLAUSE_DEPS and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == particle and m.i < c.i
                                                     for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def _object_words(tok, pos: str) -> list[str]:
    if pos == "N":
        # (and, marked "verb:", the verb it is the object of: "staged a strike" is a labour strike)
        verb = [f"verb:{tok.head.lemma_.lower()}"] if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else []
        mods = _noun_modifiers(tok)
        # (and what it acts on, "of": "the closure of its airspace" as "the airspace closure")
        mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return [tok.lemma_, tok.lower_] + [c.lemma_ for c in mods] + [c.lower_ for c in mods] + verb
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)  # "a photo released by KCNA": the noun is the object
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "pulled out of the talks": the parser makes "out" a preposition over "of the talks"
    objs += [g for c in tok.children if c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)
             for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    objs += [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    # "handed over 12 wanted Vietnamese nationals": after a bare number object the parser made the
    # rest of its noun phrase a clause of its own ("wanted" a verb); its words and object are the object
    objs += [g for n in list(objs) if n.dep_ == "dobj" and n.pos_ == "NUM"
             and all(q.dep_ == "quantmod" for q in n.children)
             for c in tok.children if c.i == n.i + 1 and c.dep_ in ("advcl", "ccomp") and c.tag_ in ("VBD", "VBN")
             for g in [c] + [o for o in c.children if o.dep_ == "dobj"]]
    if not any(c.dep_ == "cc" for c in tok.children):
        # "keep all crossings with Russia closed until further notice": a participle the parser
        # made a conjunct with no "and" and no subject or object of its own is the complement
        objs += [c for c in tok.children if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD", "JJ") and not any(
            g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)]
    # "vowed to continue fighting", "pledged to keep talking": an aspectual verb passes on its complement
    objs += [g for o in list(objs) if o.dep_ == "xcomp" and o.lemma_.lower() in ASPECTUAL_LEMMAS
             for g in o.children if g.dep_ == "xcomp"]
    # "a new round of negotiations": a partitive noun names its "of" noun
    objs += [g for o in list(objs) if o.dep_ == "pobj" and o.lemma_.lower() in PARTITIVE_HEADS
             for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words = []
    # "tons of food aid", "a series of bombs": the measured noun names the object
    objs += [g for o in list(objs) if o.dep_ in ("dobj", "nsubjpass") for c in o.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "blocked the opening of the first cluster of accession talks": an "of" chain under the object
    # names what is acted on, up to OF_CHAIN_DEPTH nouns down
    frontier = [o for o in objs if o.dep_ == "pobj" and o.head.lower_ == "of" and o.head.head.dep_ in ("dobj", "nsubjpass")]
    for _ in range(OF_CHAIN_DEPTH - 1):
        frontier = [g for o in frontier for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
        objs += frontier
    for o in objs:
        words += [o.lemma_, o.lower_] + [c.lemma_ for c in o.children if c.dep_ in ("compound", "amod", "nmod")]
        words += [g.lemma_ for c in o.children if c.dep_ == "dobj" for g in [c]]
    return words


def _noun_modifiers(tok) -> list:
    """A noun's compound/adjective modifiers, and theirs: in "a joint search-and-rescue exercise"
    the parser hangs "joint" on "search", a modifier of "exercise"."""
    mods = [c for c in tok.children if c.dep_ in NOUN_MODIFIER_DEPS]
    return mods + [g for c in mods if c.dep_ in ("compound", "nmod") for g in c.children if g.dep_ in NOUN_MODIFIER_DEPS]


def _object_in_class(tok, pos: str, object_class: str) -> bool:
    words = _object_words(tok, pos)
    if pos == "V" and object_class in CONJUNCT_OBJECT_CLASSES:
        # "sent anti-drone teams and a mechanised battalion": armed forces among the conjuncts
        # make it a deployment ("evacuated its diplomats and their families" keeps its first object);
        # "delivered 30 patrol motorcycles and night-vision equipment to Lao border units": aid among
        # them makes it aid
        words += [w for o in tok.children if o.dep_ in ("dobj", "nsubjpass") for g in o.conjuncts
                  for w in (g.lemma_, g.lower_)]
    return in_class(words, object_class)


def _event_noun_object(tok):
    for c in tok.children:
        if c.dep_ in ("dobj", "attr") and _trigger_noun_only(c):
            return c
    return None


def _confronted_side(tok, earlier, own: set):
    """The other country of the latest hostile act (CONFRONTATION_CATEGORIES) between the side
    `own` and another country, told in `tok`'s sentence (before it) or the sentence before; None
    when there is none or the doer's country is unknown."""
    if not own or None in own:
        return None
    sent = tok.sent
    lo = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    for ev in reversed(earlier):
        if ev.sentence is None or ev.sentence.start < lo:
            break
        if ev.start >= tok.idx or ev.type not in CONFRONTATION_CATEGORIES:
            continue
        sides = tuple(ev.sources or ((ev.source,) if ev.source else ())) + tuple(
            ev.targets or ((ev.target,) if ev.target else ()))
        countries = {a.country for a in sides if a.country}
        if own & countries:
            other = next((a for a in sides if a.country and a.country not in own), None)
            if other is not None:
                return other
    return None


def _measure_noun_sense(tok) -> Sense | None:
    """The sense of a measure noun a participle makes ("the *sanctions* imposed by ...", "a *curfew*
    declared by ..."): the first noun sense that fits its object class, if the noun is a trigger."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((s for s in senses_for(tok.lemma_.lower(), "N")
                 if s.object_class is None or _object_in_class(tok, "N", s.object_class)), None)


def _trigger_noun_only(tok) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for s in senses_for(tok.lemma_.lower(), "N"):
        if s.object_class is None or _object_in_class(tok, "N", s.object_class):
            return True
    return False


def _absorb(c: _Candidate, by_i: dict, *, block_of) -> None:
    """Mark `c` absorbed when it is the content of a statement trigger above it."""
    tok = c.tok
    if _misparsed_main_verb(tok):
        return  # "air strikes killed 25 people": the verb of its noun, not a modifier of it
    if "measure-participle" in c.notes:
        return  # "the sanctions imposed by the US": the making of the measure, not what is said of it
    home = block_of(tok.idx)
    up = by_i.get(tok.head.i)
    purpose = _gathering_purpose(up.tok) if up is not None and "gathering-purpose" in up.notes else None
    if purpose is not None and purpose.i == tok.i:
        # "gathered outside the consulate to demand their release": the demand is what the
        # demonstration is for, one event with it
        c.absorbed_by = up.tok.i
        up.notes.append(f"content:{tok.text}:{c.sense.category}")
        return
    if up is not None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and c.sense.category in RESTRICTION_CATEGORIES \
            and up.sense.category in RESTRICTION_CATEGORIES and any(
                ch.dep_ == "dobj" and ch.lower_ in ("them", "it") for ch in tok.children):
        # "added seven companies to its entity list, barring them from trade": the participle tells
        # what the measure does to those it named, not a second measure
        c.absorbed_by = up.tok.i
        up.notes.append(f"content:{tok.text}:{c.sense.category}")
        return
    crossed_clause = False
    for _ in range(MAX_EMBEDDING_ARCS):
        if tok.dep_ not in EMBEDDING_DEPS or tok.head.i == tok.i:
            return
        crossed_clause = crossed_clause or tok.dep_ == "advcl"
        if tok.dep_ == "prep" and tok.lower_ in FRAME_PREPS and tok.head.pos_ in ("VERB", "AUX"):
            return  # "signed the pact *at the end of a visit*": the act's frame, not its content
        tok = tok.head
        if block_of(tok.idx) != home:
            return  # the parser ran a headline into the body: no embedding across blocks
        up = by_i.get(tok.i)
        if up is None:
            continue
        if crossed_clause and up.sense.category not in VERBAL_CATEGORIES:
            return  # an adverbial clause ("..., marking ... since they signed a treaty") is its own act
        if crossed_clause and "obligation-clause" in c.notes and up.sense.category != "REQUEST":
            return  # "blocked the talks, insisting that Skopje must amend ...": the demand told in the
            # adverbial clause is a request of its own, not what was blocked or rejected
        if c.tok.dep_ == "ccomp" and c.tok.head.i == up.tok.i and c.tok.i < up.tok.i and any(
                ch.dep_ in ("nsubj", "nsubjpass") for ch in c.tok.children):
            return  # "Congo accuses Rwanda of arming the rebels, a charge Kigali denies": a fronted
            # clause with its own subject is an act of its own, not the content of the act after it
        if up.sense.mode == "third-party" and c.pos == "N":
            return  # "brokered a truce between Israel and Hamas": the truce is the sides' own act
        if up.sense.category in VERBAL_CATEGORIES or up.sense.category == c.sense.category or c.pos == "N":
            if c.tok.dep_ == "advcl" and c.tok.head.i == up.tok.i and c.pos == "V" and not (
                    up.sense.category in VERBAL_CATEGORIES and any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in c.tok.children)):
                return  # "X did A, doing B": two acts ("called on Y to release": one request)
            c.absorbed_by = up.tok.i
            up.notes.append(f"content:{c.tok.text}:{c.sense.category}")
        return


# verbs of command whose object is armed forces put them in motion (plover_triggers.tsv: order ... forces)
ORDER_LEMMAS = frozenset({"order"})


def _anchor_verb(tok):
    """The verb a noun trigger's clause hangs on ("joined the *sanctions*" -> joined)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _misparsed_main_verb(tok) -> bool:
    """A past tense the parser took for a participle modifying the name that opens the sentence
    ("Malaysia, which chairs ASEAN this year, called on both countries ..." parsed with
    "Malaysia" as the root and "called" as its modifier): the sentence's main verb."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or head.i > tok.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in tok.children):
        return False
    # ... or a participle with a direct object, which only an active past tense takes ("Israeli air
    # strikes killed at least 25 people", parsed as "strikes [that were] killed ...")
    return (head.dep_ == "ROOT" and head.pos_ == "PROPN") or (
        head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in tok.children))


def _in_direct_quote(ctx: Context, offset: int) -> bool:
    """Whether `offset` lies inside quoted words (a direct or mixed quote), not a paraphrase."""
    q = _quote_at(ctx, offset)
    return q is not None and q.kind != "indirect"


def _quote_at(ctx: Context, offset: int):
    for q in ctx.quotes:
        if q.start <= offset < q.end:
            return q
    return None
