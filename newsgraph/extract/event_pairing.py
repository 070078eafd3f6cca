"""PLOVER events, stage 3: the source, target and location of a trigger.

Pure functions over the spaCy parse, `ctx` (entities, quotes, article zones) and an
`actors.ActorResolver`, called by `events._build_event` (and by `events.extract_events` for
reported speakers) once a trigger has its PLOVER type:

- `_actors`: sources (subject, passive agent, possessor, "by"/"from" phrases) and targets
  (object, "to"/"with"/"against"/"on" phrases, the sides a third party brokers between) from
  the dependency parse, with `_subject_tokens`, `_subject_actors`, `_clause_targets`,
  `_renamed_act_doers`, `_occasion_with_party`.
- `_backoff_source` (evidence `actor-backoff-*`): an actor the parse names but cannot place takes
  a country from its own phrase, the sentence, an office it holds or the paragraph; with
  `_act_noun_doers`, `_event_anaphor`, `_document_issuer`, `_only_other_country`,
  `_headline_other_country` for targets.
- Guards on a pairing (`_actor_is_someone`, `_is_place_phrase_actor`, `_in_place_phrase`,
  `_agentless_passive`, `_is_ethnic`, ...), `_location` (a place after "in"/"at") and
  `_contexts` (military, diplomatic, economic ... words around the trigger).

Returns `actors.Resolved` lists, actors and places; every rule names itself in the evidence.
"""
from __future__ import annotations

import re

from newsgraph.extract import event_precision
from newsgraph.extract.actors import (
    GROUP_HEADS, PAIR_HEADS, PAIR_WORDS, ActorResolver, Resolved, absolute_clause, country_for_text, in_dateline,
    is_media, names_document_place, names_new_people,
)
from newsgraph.extract.context import Context
from newsgraph.extract.event_discourse import (
    GENERIC_ACT_NOUNS, act_noun_categories, refusal_not_meant, split_lead_subject, report_continued_by,
)
from newsgraph.extract.event_merge import JOINT_ACT_CATEGORIES
from newsgraph.extract.event_timing import ISO_DATE, OCCASION_RELATIVE_PREPS, _date_of
from newsgraph.extract.event_triggers import (
    CLAUSE_DEPS, DOCUMENT_NOUNS, ISSUING_VERBS, OF_CHAIN_DEPTH, PARTITIVE_HEADS, TRAVEL_LEMMAS, _Candidate,
    _anchor_verb, _in_direct_quote, _misparsed_main_verb, _object_in_class, _stance_adjective, _trigger_noun_only,
)
from newsgraph.extract.places import country_of_demonym
from newsgraph.extract.plover_lexicon import LIGHT_VERBS, SPEECH_VERBS, VERBAL_CATEGORIES, senses_for
from newsgraph.records import Actor, Event

# Verbs of calling envoys home: the post they leave ("from Algiers") is the side acted on.
RECALL_LEMMAS = frozenset({"recall", "withdraw", "summon"})
# Prepositions of a deployment's goal ("deployed troops *along* the frontier", "sent police *to* the
# border area") and the nouns of a border there (`sent_to_border`).
BORDER_GOAL_PREPS = frozenset({"to", "along", "near", "at", "on", "toward", "towards"})
BORDER_GOAL_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})
# Arcs down from the act to its goal phrase ("sent [troops] [to reinforce [positions [along the
# frontier]]]"), and how many of them: the act's own phrases, not a clause coordinated with it.
BORDER_GOAL_ARCS = frozenset({"dobj", "xcomp", "advcl", "prep", "nsubjpass"})
BORDER_GOAL_DEPTH = 4
# Participles of holding people ("the six *detained* Mozambicans", "its nationals *held* in Harare"):
# people so named are held by another side, and what is asked for them is asked of the holder.
HOLDING_LEMMAS = frozenset({"detain", "arrest", "jail", "imprison", "hold", "capture", "abduct", "kidnap", "seize",
                            "intern", "incarcerate", "confine"})
# Arcs by which such a participle hangs on the people noun (adjective, reduced relative clause).
HOLDING_ARCS = frozenset({"amod", "acl"})
# Nouns for a third party brokering talks: met with them, the sides are consulted by them.
MEDIATOR_NOUNS = frozenset({"mediator", "mediators", "facilitator", "facilitators", "intermediary",
                            "intermediaries", "go-between", "go-betweens", "broker", "brokers"})
# Prepositions naming the sides a third party brokers between ("mediated between X and Y").
MEDIATED_PREPS = frozenset({"between", "among"})
# Arcs from a nationality word up to the mediator noun it modifies ("Qatari [conj] and Egyptian [amod] mediators").
MEDIATOR_ARCS = 3
# Prepositions by which a consultation noun is the occasion of its clause's act ("raised the issue
# *in* a phone call with", "*during* talks with", "*at* a meeting with").
OCCASION_PREPS = frozenset({"in", "during", "at"})
# Nouns framing an occasion in time ("at the end of a round of talks", "on the sidelines of a summit").
OCCASION_FRAME_NOUNS = frozenset({"end", "close", "conclusion", "start", "opening", "round", "day", "days",
                                  "sidelines", "margins", "session", "series"})
# Prepositions introducing the target of a verb, in order of preference.
TARGET_PREPS = ("against", "on", "to", "with", "toward", "towards", "into", "at", "upon", "over", "for", "from", "in")
TRAVEL_TARGET_PREPS = ("for", "to", "in", "at")
# Prepositions introducing the source of an event noun ("a visit by X", "warnings from X").
NOUN_SOURCE_PREPS = frozenset({"by", "from"})
# Prepositions introducing the target of an event noun.
# Casualty acts told in the passive whose doer is the other side of the fight they happened in
# ("was killed in clashes with rebels"), the fight nouns, and the prepositions that place the act in it.
FIGHT_PARTNER_CATEGORIES = frozenset({"ASSAULT"})
FIGHT_NOUNS = frozenset({"clash", "clashes", "exchange", "fighting", "fight", "firefight", "gunfight", "gunbattle",
                         "skirmish", "shootout", "battle", "confrontation"})
FIGHT_PHRASE_PREPS = frozenset({"in", "during"})
# Prepositions of a date phrase on an act noun ("the detention on Wednesday of ..."), and the
# noun's own phrases the parser may hang on that date (the doer's "by", the patient's "of").
DATE_PHRASE_PREPS = frozenset({"on", "in"})
NOUN_PHRASE_ON_DATE_PREPS = frozenset({"of", "by"})
NOUN_TARGET_PREPS = ("against", "on", "to", "with", "toward", "towards", "of", "for", "in", "into", "at")
ANTI_PREFIX = re.compile(r"\banti-\s*([A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)")
# Places of an event: GPE/LOC/FAC after these prepositions.
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
# Senses whose object is what is sent or given (a delegation, troops, aid), not the target.
THEME_OBJECT_CLASSES = frozenset({"envoy", "forces", "aid", "weapon", "weapon-fire", "agreement"})
# ... for the acts of sending and giving (a SANCTION "expelled two diplomats" acts on them).
THEME_CATEGORIES = frozenset({"CONSULT", "MOBILIZE", "AID", "AGREE"})
# Acts on the ground: without a named target, the country where they happen is the target.
PLACE_TARGET_CATEGORIES = frozenset({"ASSAULT", "COERCE", "PROTEST", "CONCEDE", "MOBILIZE", "RETREAT"})
# Participles that describe the subject's stance, not something done to it ("Israel is
# opposed to", "is committed to", "is prepared to").
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "prepare", "determine", "dedicate", "resolve", "inclined",
                                 "engage"})
# Nouns a "with" phrase names as a means or a helper's part, not as the other side ("with
# Albania's help", "with machetes", "with the approval of parliament").
WITH_MEANS_NOUNS = frozenset({"help", "assistance", "support", "backing", "aid", "consent", "approval", "permission",
                              "blessing", "participation", "involvement", "machete", "gun", "rifle", "knife", "stone",
                              "rock", "weapon", "bomb", "grenade", "tank", "missile", "rocket", "stick", "club",
                              "baton", "bullet", "gas", "means", "force"})
# Prepositions naming what a statement is about ("complained to the UN *over* Israeli raids").
MATTER_PREPS = frozenset({"over", "about", "against", "regarding"})
# Participles that make an act happen: their "by" agent on an act noun is its doer ("an inspection
# ordered by Lukashenko", "an offensive launched by the army", "talks hosted by Oman" stay with
# their own sense where the verb is a trigger).
CAUSING_PARTICIPLES = frozenset({"order", "launch", "conduct", "carry", "stage", "mount", "organise", "organize",
                                 "lead", "wage", "initiate", "begin", "start",
                                 # "the sanctions imposed by the United States", "a curfew declared by the
                                 # army", "the ban introduced by Ankara": the measure's maker (types round 5b;
                                 # not "announce": "the truce announced by Qatar" is the mediator's word)
                                 "impose", "introduce", "declare", "enact", "reimpose"})
# Verbs of a side moving itself: where it goes ("return to The Hague", "go to Brussels") is a place,
# not a side a statement is aimed at ("send troops to Ukraine" moves others: not listed).
SELF_MOTION_LEMMAS = TRAVEL_LEMMAS | {"return", "go", "come"}
# Nouns of a span of time or effort over an act ("months of mediation", "years of talks", "rounds of
# negotiation"): a "by" phrase on them names the act's doer.
SPAN_HEADS = frozenset({"day", "week", "month", "year", "decade", "hour", "round", "series", "weeks", "months"})
# Personal pronouns whose referent the quotes layer resolves for a cue it opens ("He denied ...").
SPEAKER_PRONOUNS = frozenset({"he", "she"})
# A state's missions abroad: their nationality word names the state represented, not the host.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "chancery", "chancellery"})
# Blasts and weapons that, as the subject of an attack verb, name no one ("a roadside bombing
# killed ..."): the doer is unnamed, as in an agentless passive.
INSTRUMENT_NOUNS = frozenset({"explosion", "blast", "bomb", "bombing", "mine", "landmine", "device", "explosive",
                              "shell", "shelling", "rocket", "missile", "grenade", "mortar", "fire", "shot",
                              "gunfire", "airstrike", "strike", "attack", "detonation"})
# Documents that speak for whoever issued them ("issued a statement condemning X").
STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "letter", "note", "resolution",
                             "message", "appeal", "ultimatum", "warning", "report", "memorandum"})
# Clauses inside a noun phrase: their words are not part of what the phrase names.
PHRASE_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp"})
# Acts of force whose place names who suffered, not who acted ("gunmen attacked an army post in
# northern Burkina Faso": the gunmen are not placed by it).
VICTIM_PLACE_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# Verbs that make their object do what their "to" clause says ("prompting the UN to accuse Bangkok",
# "leading Manila to summon the envoy", "forced Armenia to recall its ambassador"): that object is the
# clause's doer. Not verbs of asking ("urged Japan to stop"): there the asking is the event.
CAUSATIVE_CONTROL_HEADS = frozenset({"prompt", "lead", "force", "push", "spur", "drive", "compel", "cause", "oblige",
                                     "provoke", "trigger"})
# Categories whose noun's "in/at" phrase names a venue, not a side ("held talks in Geneva").
VENUE_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Acts that charge a side (what a denial answers).
CHARGE_CATEGORIES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# Words that put an act close after another ("hours after the swap", "shortly after the meeting").
SHORTLY_WORDS = frozenset({"hour", "hours", "minute", "minutes", "shortly", "soon", "moments", "moment",
                           "immediately", "just"})
# Prepositions of a time or circumstance frame around an act ("since the attacks in the US"): a
# country named there is no side of the act.
FRAME_ASIDE_PREPS = frozenset({"since", "after", "before", "following", "amid", "despite", "during"})
# Prepositions of a verb's object that name the other side ("a delegation to Russia", "its border
# with Iran", "sanctions against Minsk").
OBJECT_TARGET_PREPS = ("to", "against", "on", "with")
# One person named by the attack they carried out ("a suicide bomber", "a gunman"): an actor the
# article may place nowhere.
ATTACKER_NOUNS = frozenset({"bomber", "gunman", "attacker", "assailant", "sniper", "militant", "insurgent",
                            "kidnapper", "hijacker", "shooter"})
# Nouns whose "of" phrase is the norm broken, not an actor ("a violation of UN resolutions").
NORM_NOUNS = frozenset({"violation", "breach"})
# Verbs through which a noun's source arrives in a "from" phrase ("drew warnings from Seoul").
RECEIVING_VERBS = frozenset({"draw", "receive", "attract", "face", "earn", "get", "meet", "prompt", "spark", "trigger"})
# Looking back over the paragraph for an actor's country stops after this many sentences:
# further back, the paragraph has usually moved on to another side.
# Heads naming a state's envoy: the country modifying them is the side the act is done with
ENVOY_HEADS = frozenset({"ambassador", "envoy", "charge", "chargé", "diplomat", "counterpart", "consul",
                         "attache", "attaché", "emissary"})
BACKOFF_PARAGRAPH_SENTS = 2
# Arcs from a word up to the "in"/"at" of its place phrase ("in [the capital of] Sudan",
# "in [East Timor's capital] Dili"); further up it belongs to another phrase.
PLACE_PHRASE_ARCS = 3
# Dependency labels of a country word that modifies another word ("Haiti's elections",
# "U.S. exports", "Algerian President"): a side's own thing, not the side acted on.
MODIFIER_DEPS_BACKOFF = frozenset({"amod", "poss", "compound", "nmod"})
# Nouns through which a statement points back at an act already reported, and the
# categories that act may have (empty: any): "condemned the incident", "denounced the agreement".
_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})
_AGREEMENTS = frozenset({"AGREE", "COOPERATE"})
# "the attack", "the raid": an act of force, not a deployment or a sanction.
_FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})
# Nouns of what another side told of events ("rejected that account", "disputed the findings",
# "denied their version"): a telling only as the object of a stance (a verb of VERBAL_CATEGORIES)
# and with no compound modifier of their own ("froze its bank account" is no telling).
TELLING_NOUNS = ("account", "version", "finding", "findings", "assertion", "characterization", "characterisation",
                 "narrative")
ANAPHORIC_EVENT_NOUNS = {
    "incident": _HOSTILE_ACTS, "attack": _FORCE_ACTS, "assault": _FORCE_ACTS, "raid": _FORCE_ACTS,
    "clash": _FORCE_ACTS, "provocation": _HOSTILE_ACTS, "confrontation": _HOSTILE_ACTS,
    "agreement": _AGREEMENTS, "deal": _AGREEMENTS, "pact": _AGREEMENTS, "accord": _AGREEMENTS,
    "treaty": _AGREEMENTS, "move": frozenset(), "step": frozenset(), "decision": frozenset(),
    "action": frozenset(),
    **{noun: _HOSTILE_ACTS for noun in ("launch", "test", "firing", "shelling", "bombing", "shooting", "incursion",
                                        "killing", "killings", "crackdown", "deportation", "expulsion",
                                        # what was done to people or a border ("denounced the transfer")
                                        "transfer", "transfers", "return", "returns", "pushback", "pushbacks",
                                        "turnback", "turnbacks", "removal", "closure", "blockade")},
    # what another side said: "rejected the criticism", "denied the charge" (any statement act)
    **{noun: VERBAL_CATEGORIES for noun in ("criticism", "charge", "accusation", "allegation", "claim", "remark",
                                            "comment", "statement", "demand", "call", "request", "ultimatum",
                                            "threat", "warning", "complaint", "condemnation", "protest",
                                            "concern", "concerns", "objection", "objections",
                                            # what another side told of events (TELLING_NOUNS)
                                            *TELLING_NOUNS,
                                            # what another side offered: "accepted the invitation"
                                            "offer", "proposal", "invitation", "initiative")},
}
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
# How far back (characters, about five news sentences) an act may be pointed back at.
EVENT_ANAPHOR_MAX_CHARS = 1000
# Documents that "urge", "demand" or "reject" on their issuer's behalf ("The note urged New Delhi to
# investigate" after "officials handed him a protest note"): a definite one speaks for whoever
# issued it in an act told shortly before (within EVENT_ANAPHOR_MAX_CHARS).
# Acts of an issuer that a relative clause tells the effect of ("a ruling *by the court* that struck
# down the pact", "the council's resolution that condemned ..."): the issuer did what the clause says.
RELATIVE_PRONOUNS = frozenset({"that", "which"})
ISSUED_ACT_NOUNS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "resolution", "decree",
                              "order", "statement", "declaration", "law"})
# The word that makes a nationality word an ethnic group ("ethnic Albanians in Serbia").
ETHNIC_WORD = "ethnic"
# Nouns that make a nationality word a community living somewhere ("the Albanian population of
# the province", "the Serb minority in Kosovo"): placed, like "ethnic X", by where it lives.
ETHNIC_GROUP_HEADS = frozenset({"population", "populations", "minority", "minorities", "community", "communities"})
# Characters after a nationality word searched for such a noun (the longest is 11).
ETHNIC_HEAD_CHARS = 14
# Titles of a national office: their holder acts for the state that office belongs to.
OFFICE_TITLES = frozenset({"president", "vice-president", "premier", "prime", "chancellor", "king", "queen", "emir",
                           "sultan", "judge", "governor", "minister", "secretary", "general", "gen", "lt", "col",
                           "ambassador", "speaker", "sheikh", "prince", "mayor"})
# Words before (and within) a person's name searched for a title ("Prime Minister X", "Lt. Gen. X").
OFFICE_TITLE_WINDOW = 3


def _speech_head(verb):
    """The verb of saying whose complement holds `verb` ("said [they will release]")."""
    if verb is None:
        return None
    cur = verb
    for _ in range(2):
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "conj") and cur.head.lemma_.lower() in SPEECH_VERBS:
            return cur.head
        if cur.dep_ not in ("ccomp", "xcomp", "conj"):
            return None
        cur = cur.head
    return None


# -- actors -------------------------------------------------------------------------------------------
def _subject_tokens(verb, *, depth: int = 3) -> list:
    cut = split_lead_subject(verb)
    if cut is not None:
        return [cut]  # "PHNOM PENH - Thailand and Cambodia / agreed ...": the splitter cut the subject off
    cur = verb
    for _ in range(depth):
        subj = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")
                or (c.dep_ == "nsubjpass" and (cur.pos_ == "ADJ" or cur.lemma_.lower() in STATIVE_PARTICIPLES))]
        if subj:
            if cur.dep_ == "relcl" and all(t.lower_ in RELATIVE_PRONOUNS for t in subj):
                # "a ruling by Iraq's top court that struck down the pact", "issued a decision
                # that annulled the treaty": the issuer of the act noun did what the clause says
                return _issuer_of_act_noun(cur.head) or subj
            return subj
        agent = [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agent:
            return agent
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in CAUSATIVE_CONTROL_HEADS:
            obj = [c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i]
            if obj:
                # "..., prompting the United Nations to accuse Bangkok": the one made to act acts
                return obj
        if cur.dep_ in ("xcomp", "advcl", "conj", "acl", "pcomp", "acomp") and cur.head.i != cur.i:
            speech = report_continued_by(cur) if cur.dep_ == "conj" else None
            if speech is not None:
                # "Guo said the Philippines had violated ... and urged Manila": the speaker urged
                cur = speech
                continue
            if _misparsed_main_verb(cur):
                return [cur.head]  # "Malaysia, which chairs ASEAN, called on ...": the name is the subject
            if cur.dep_ == "pcomp" and cur.head.lower_ == "by" and cur.head.head.pos_ in ("VERB", "AUX"):
                cur = cur.head.head  # "Venezuela responded by suspending flights": the doer of "responded"
                continue
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
                if cur.tag_ == "VBG" and cur.head.lemma_.lower() in STATEMENT_NOUNS and cur.head.dep_ in (
                        "dobj", "attr") and cur.head.head.pos_ in ("VERB", "AUX"):
                    # "issued a statement condemning X": whoever issued the statement condemns
                    cur = cur.head.head
                    continue
                return [cur.head] if cur.tag_ == "VBG" else []
            cur = cur.head
            continue
        if cur.dep_ == "relcl":
            return _issuer_of_act_noun(cur.head) or [cur.head]
        return []
    return []


def _issuer_of_act_noun(noun) -> list:
    """Who issued an act noun of ISSUED_ACT_NOUNS: its possessor ("the court's ruling"), its "by"
    phrase ("a ruling by the court") or the subject of the verb issuing it ("the court issued a
    decision"); [] for other nouns."""
    if noun.lemma_.lower() not in ISSUED_ACT_NOUNS:
        return []
    named = [ch for ch in noun.children if ch.dep_ == "poss"] + [
        g for ch in noun.children if ch.dep_ == "prep" and ch.lower_ == "by" for g in ch.children if g.dep_ == "pobj"]
    if not named and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
        named = [ch for ch in noun.head.children if ch.dep_ == "nsubj"]
    return named


# stances that can be taken on an act re-named by an appositive noun ("..., a request Mauritania
# turned down", "..., an offer Somalia accepted")
RENAMED_ACT_STANCES = VERBAL_CATEGORIES | {"CONCEDE"}
RENAMED_ACT_DEPS = ("npadvmod", "appos", "dobj")


def _renamed_act_doers(tok, sources: list[Resolved], resolver: ActorResolver) -> list[Resolved]:
    """ "Dakar asked Nouakchott to suspend ..., *a request Mauritania turned down*", "Kenya proposed
    a truce, *an offer Somalia rejected*": a relative clause (no pronoun, no object of its own) on a
    noun that re-names the clause's act after a comma is aimed at whoever did that act (the
    subject of the clause's verb), never at the stance-taker's own side. "welcomed the agreement
    Somalia signed" (no comma: the noun is the object, not a re-naming) is left alone."""
    if tok.dep_ != "relcl" or any(ch.dep_ in ("dobj", "nsubjpass") for ch in tok.children):
        return []
    noun = tok.head
    lemma = noun.lemma_.lower()
    if noun.dep_ not in RENAMED_ACT_DEPS or not (lemma in GENERIC_ACT_NOUNS or senses_for(lemma, "N")):
        return []
    edge = noun.left_edge
    if edge.i == 0 or noun.doc[edge.i - 1].text not in (",", "\u2014", "-", "\u2013"):
        return []
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return []
    own = {s.actor.country for s in sources}
    return [r for r in _subject_actors(verb, resolver) if r.actor.country and r.actor.country not in own]


def _subject_actors(verb, resolver: ActorResolver) -> list[Resolved]:
    out = []
    for s in _subject_tokens(verb):
        out.extend(resolver.resolve_all(s))
    return out


def _actors(c: _Candidate, doc, resolver: ActorResolver) -> tuple[list[Resolved], list[Resolved], list[str]]:
    tok = c.tok
    src_toks, tgt_toks, notes = [], [], []
    between = []
    if c.pos == "V":
        stative = tok.lemma_.lower() in STATIVE_PARTICIPLES and not any(ch.dep_ == "agent" for ch in tok.children)
        passive = tok.pos_ != "ADJ" and not stative and any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children)
        reduced = tok.tag_ == "VBN" and not passive and not any(ch.dep_ in ("nsubj", "aux") for ch in tok.children) \
            and tok.dep_ in ("advcl", "acl", "conj", "xcomp") and not _misparsed_main_verb(tok)
        if reduced:
            # "when asked to comment", "a delegation led by Kim": a reduced passive; the
            # clause's subject is acted on, the agent (if any) acts
            src_toks = [g for ch in tok.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
            tgt_toks = _subject_tokens(tok.head) if tok.dep_ != "acl" else [tok.head]
        elif passive:
            src_toks = [g for ch in tok.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
            tgt_toks = [ch for ch in tok.children if ch.dep_ == "nsubjpass"]
            if not src_toks and c.sense.category in FIGHT_PARTNER_CATEGORIES:
                src_toks = _fight_partner(tok)
                if src_toks:
                    notes.append("source-fight-partner")
        else:
            src_toks = _subject_tokens(tok)
            if tok.lemma_.lower() not in TRAVEL_LEMMAS and not (
                    c.sense.object_class in THEME_OBJECT_CLASSES and c.sense.category in THEME_CATEGORIES
                    and c.sense.mode != "host"):
                tgt_toks = [ch for ch in tok.children if ch.dep_ in ("dobj", "dative")]
        # "sent a delegation to Russia", "closed two crossings with Belarus": the object's own
        # "to/against/on/with" phrase, before the verb's looser phrases ("in solidarity with Warsaw")
        for o in [ch for ch in tok.children if ch.dep_ == "dobj"]:
            for ch in o.children:
                if ch.dep_ == "prep" and (ch.lower_ in OBJECT_TARGET_PREPS or (
                        ch.lower_ == "from" and tok.lemma_.lower() in RECALL_LEMMAS)):
                    # ("recalled its ambassador *from Algiers*": the post left is the side acted on)
                    tgt_toks += [g for g in ch.children if g.dep_ == "pobj" and _is_party(g, ch.lower_)]
        if c.sense.mode == "third-party":
            # "Oman mediated between Iran and the United States": the sides brokered are the targets
            # (also on what was brokered: "brokered a prisoner exchange between Iran and Britain")
            tgt_toks += [g for h in (tok, *(o for o in tok.children if o.dep_ == "dobj")) for ch in h.children
                         if ch.dep_ == "prep" and ch.lower_ in MEDIATED_PREPS for g in ch.children if g.dep_ == "pobj"]
        preps = TRAVEL_TARGET_PREPS if tok.lemma_.lower() in TRAVEL_LEMMAS else TARGET_PREPS
        if _stance_adjective(tok):
            preps = preps + ("of",)  # "critical of the decision", "supportive of Kyiv"
        for p in preps:
            for ch in tok.children:
                if ch.dep_ in ("prep", "dative") and ch.lower_ == p:
                    tgt_toks += [g for g in ch.children if g.dep_ == "pobj" and _is_party(g, p)]
    else:
        for ch in [*tok.children, *_phrases_on_date(tok)]:
            if ch.dep_ == "poss":
                src_toks.append(ch)
            elif ch.dep_ == "prep" and ch.lower_ in NOUN_SOURCE_PREPS:
                src_toks += [g for g in ch.children if g.dep_ == "pobj"]
            elif ch.dep_ == "prep" and ch.lower_ == "between":
                between += [g for g in ch.children if g.dep_ == "pobj"]
        if not src_toks and tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
                tok.head.head.lemma_.lower() in SPAN_HEADS:
            # "months of mediation by Qatar": the parser hangs the doer on the span
            src_toks += [g for ch in tok.head.head.children if ch.dep_ == "prep" and ch.lower_ == "by"
                         for g in ch.children if g.dep_ == "pobj"]
        if not src_toks:
            # "an inspection ordered by President Lukashenko", "the offensive launched by the army":
            # the doer of a participle that makes the act happen is the act's doer
            src_toks += [g for ch in tok.children if ch.dep_ == "acl" and ch.tag_ == "VBN"
                         and ch.lemma_.lower() in CAUSING_PARTICIPLES for a in ch.children if a.dep_ == "agent"
                         for g in a.children if g.dep_ == "pobj"]
        if tok.dep_ == "compound" and not between:
            # "a mediation effort between X and Y": the phrase sits on the head noun
            between = [g for ch in tok.head.children if ch.dep_ == "prep" and ch.lower_ == "between"
                       for g in ch.children if g.dep_ == "pobj"]
        if not between and c.sense.category in JOINT_ACT_CATEGORIES:
            between = _stray_between(tok)
        for p in NOUN_TARGET_PREPS:
            if p == "of" and tok.lemma_.lower() in NORM_NOUNS:
                continue
            if p in ("in", "at") and c.sense.category in VENUE_CATEGORIES:
                continue  # "talks in Geneva", "a summit at the Kremlin": where they meet, not a side
            for ch in [*tok.children, *_phrases_on_date(tok)]:
                if ch.dep_ == "prep" and ch.lower_ == p:
                    tgt_toks += [g for g in ch.children if g.dep_ == "pobj" and _is_party(g, p)]
    sources = _resolve_many(src_toks, resolver)
    targets = _resolve_many(tgt_toks, resolver)
    if targets and c.pos == "V" and c.sense.category in VERBAL_CATEGORIES | {"PROTEST"} and \
            targets[0].actor.country is None and targets[0].sector == "IGO":
        # "complained to the United Nations over two Israeli air raids": the body addressed is
        # no side; the country whose act the statement is about is its target
        matter = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in MATTER_PREPS for g in ch.children
                  if g.dep_ == "pobj"]
        found = _countries_in((t for g in matter for t in g.subtree), sources, resolver)
        if found:
            targets = found[:1] + targets
            notes.append("target-matter-of-statement")
    # a thing acted on stands for its owner ("dismissed Yoon's remarks", "rejected calls by Belarus")
    if not targets and tgt_toks:
        for t in tgt_toks:
            mods = resolver._from_modifiers(t)
            if mods:
                targets = mods
                notes.append(f"target-owner-of:{t.text}")
                break
    if c.pos == "N":
        if between and c.sense.mode == "third-party":
            # a mediation between X and Y: they are its targets; the mediator is found below
            targets = targets or _resolve_many(between, resolver)
            notes.append("between-mediated")
        elif not sources and between:
            sources = _resolve_many(between, resolver)
            if len(sources) > 1:
                targets = sources[1:] + sources[:1]
                notes.append("between")
        if not sources and any(ch.dep_ == "poss" and ch.pos_ == "PRON" for ch in tok.children):
            # "Israel mounted its invasion": the possessive pronoun is the subject of the clause
            verb = _anchor_verb(tok)
            if verb is not None:
                sources = _subject_actors(verb, resolver)
                if sources:
                    notes.append("source-possessive-pronoun")
        mods = resolver._from_modifiers(tok, preps=False) if not sources else []
        anti = ANTI_PREFIX.search(doc[tok.left_edge.i:tok.i + 1].text)
        if anti:
            ac = country_for_text(anti.group(1).split()[0]) or country_for_text(anti.group(1))
            if ac:
                targets = [Resolved(Actor(name=anti.group(1).strip(), country=ac), rule="anti-modifier")]
                mods = [m for m in mods if m.actor.country != ac]
        verb = _anchor_verb(tok)
        if not sources and verb is not None and tok.dep_ == "dobj" and verb.lemma_.lower() in RECEIVING_VERBS:
            froms = [g for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in NOUN_SOURCE_PREPS
                     for g in ch.children if g.dep_ == "pobj"]
            sources = _resolve_many(froms, resolver)
            if sources:
                notes.append(f"source-from-of:{verb.lemma_}")
                if not targets:
                    # "Niger's decision ... drew criticism from Benin", "closed the border, drawing
                    # criticism from Benin": whoever drew it is what it is aimed at
                    own = {s.actor.country for s in sources}
                    targets = [r for r in _subject_actors(verb, resolver) if r.actor.country
                               and r.actor.country not in own]
                    if targets:
                        notes.append(f"target-drawer-of:{verb.lemma_}")
        if not sources and mods:
            sources = mods
            notes.append("source-modifier")
            if len(sources) > 1 and not targets:
                targets = sources[1:] + sources[:1]
        if not sources:
            occasion = _occasion_with_party(tok, c.sense.category)
            verb = occasion or _anchor_verb(tok)
            if verb is not None and tok.dep_ in ("dobj", "attr", "pobj", "compound", "nsubjpass") and (
                    verb.lemma_.lower() in LIGHT_VERBS or tok.dep_ in ("dobj", "attr")
                    or occasion is not None) and not (
                    tok.dep_ == "pobj" and tok.head.lower_ in MATTER_PREPS):
                # ("lodged a protest with China *over the detention* of a Japanese national": what a
                # complaint is about is no act of the complainer's)
                sources = _subject_actors(verb, resolver)
                if sources:
                    notes.append(f"source-subject-of:{verb.lemma_}")
                if not targets and verb.lemma_.lower() in LIGHT_VERBS:
                    # "held talks with X": the light verb carries the noun's phrases
                    skip = ("of",) if c.sense.category in PLACE_TARGET_CATEGORIES else ("of", "in", "at")
                    tt = [g for p in NOUN_TARGET_PREPS + ("between",) if p not in skip for ch in verb.children
                          if ch.dep_ in ("prep", "dative") and ch.lower_ == p for g in ch.children
                          if g.dep_ == "pobj" and _is_party(g, p)]
                    targets = _resolve_many(tt, resolver)
    if c.pos == "V" and c.sense.object_class in ("envoy", "forces"):
        # "dispatched a delegation": the delegation now stands for the sender
        for o in [ch for ch in tok.children if ch.dep_ == "dobj"]:
            if sources and sources[0].actor.country:
                resolver.nominal[o.lemma_.lower()] = (resolver._sent_index(o), sources[0])
    if not targets and sources and c.pos == "V" and c.sense.category in RENAMED_ACT_STANCES:
        doers = _renamed_act_doers(tok, sources, resolver)
        if doers:
            targets = doers
            notes.append("target-doer-of-renamed-act")
    # no target found where the grammar puts it (a misparsed "kidnapped up to 16 Russian advisers"):
    # the first other country named among the trigger's own dependents
    if not targets and sources:
        near = [ch for ch in tok.children if ch.dep_ in ("dobj", "prep", "prt", "dative", "npadvmod", "oprd")
                and not (c.pos == "N" and ch.lower_ in NOUN_SOURCE_PREPS)
                and not (ch.dep_ == "prep" and ch.lower_ in FRAME_ASIDE_PREPS)  # "since the attacks in the US"
                and not absolute_clause(ch)  # "..., with its minister telling reporters in Luxembourg"
                and not (ch.lower_ in ("in", "at") and c.sense.category in VENUE_CATEGORIES)]
        light = _anchor_verb(tok) if c.pos == "N" and tok.dep_ in ("dobj", "attr") else None
        if light is not None and light.lemma_.lower() in LIGHT_VERBS | ISSUING_VERBS:
            # "launched an investigation into brandy imported from the EU": the light verb carries
            # the noun's phrases ("sent a formal protest note to Argentina": the parser makes the
            # "to" of a verb of sending its dative)
            near += [ch for ch in light.children if ch.dep_ in ("prep", "dative") and ch.lower_ in NOUN_TARGET_PREPS
                     and ch.lower_ not in ("of", "in", "at")]
        targets = _countries_in((t for ch in near for t in _phrase_tokens(ch)), sources, resolver)[:1]
        if targets:
            notes.append("target-among-dependents")
    # a statement's target: the countries its reported clause names
    if not targets and c.sense.category in VERBAL_CATEGORIES and sources:
        targets = _clause_targets(tok, c.pos, sources, resolver)
        if targets:
            notes.append("target-in-clause")
    # statements inside a reported clause: the speaker is the source ("X said ... is a violation")
    if not sources and c.sense.category in VERBAL_CATEGORIES:
        speech = _speech_head(_anchor_verb(tok) if c.pos == "N" else tok)
        if speech is not None:
            sources = _subject_actors(speech, resolver)
            if sources:
                notes.append(f"source-speaker-of:{speech.lemma_}")
                if not targets:
                    clause = _anchor_verb(tok) if c.pos == "N" else tok
                    targets = _countries_in(clause.subtree if clause is not None else (), sources, resolver)
    if c.pos == "N" and c.sense.category in VERBAL_CATEGORIES | {"PROTEST"} and sources and (
            not targets or (targets[0].actor.country is None and targets[0].sector in ("IGO", "ORG"))):
        # "filed a complaint with the World Trade Organization over Chinese tariffs": the body
        # addressed is no side; what the complaint is about names it
        holders = [tok] + ([v] if (v := _anchor_verb(tok)) is not None and v.lemma_.lower() in LIGHT_VERBS else [])
        matter = [g for h in holders for ch in h.children if ch.dep_ == "prep" and ch.lower_ in MATTER_PREPS
                  for g in ch.children if g.dep_ == "pobj"]
        found = _countries_in((t for g in matter for t in g.subtree), sources, resolver)
        if found:
            targets = found[:1] + targets
            notes.append("target-matter-of-statement")
    return sources, targets, [f"source:{s.rule}" for s in sources[:1]] + [f"target:{t.rule}" for t in targets[:1]] + notes


def _retold_at_venue(tok, earlier: list[Event], *, parties: set) -> Event | None:
    """The earlier agreement a sentence retells by a definite noun as reached or signed at the
    occasion `tok` names ("*The agreement* was reached on Monday *at* the 24th round of ...
    *talks*", "The deal was signed *during* a meeting in Luanda"): the latest AGREE or COOPERATE
    event with two sides (or, when the occasion names its own `parties`, one with a side among
    them), within `EVENT_ANAPHOR_MAX_CHARS` back."""
    cur = tok
    for _ in range(OF_CHAIN_DEPTH):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in (
                PARTITIVE_HEADS | OCCASION_FRAME_NOUNS):
            cur = cur.head.head  # "the 24th round of talks", "at the end of two days of talks"
    after_one = cur.i == tok.i and tok.tag_ == "NN" and cur.head.lower_ == "after"
    # ("reached after a five-hour meeting": a single meeting just before, the same day; not "after
    # months of talks")
    if cur.dep_ != "pobj" or (cur.head.lower_ not in OCCASION_RELATIVE_PREPS and not after_one) \
            or cur.head.head.pos_ != "VERB":
        return None
    verb = cur.head.head
    told = next((ch for ch in verb.children if ch.dep_ in ("nsubjpass", "nsubj") and ch.pos_ == "NOUN"), None)
    if told is None or ANAPHORIC_EVENT_NOUNS.get(told.lemma_.lower()) != _AGREEMENTS or not any(
            ch.dep_ in ("det", "poss") and ch.lower_ in DEFINITE_DETERMINERS for ch in told.children):
        return None
    for ev in reversed(earlier):
        if ev.sentence is None or tok.sent.start_char - ev.sentence.start > EVENT_ANAPHOR_MAX_CHARS:
            break
        sides = {a.country for a in ev.sources + ev.targets if a.country}
        if ev.type in _AGREEMENTS and ((not parties and len({a.country for a in ev.sources if a.country}) > 1)
                                       or (parties and sides & parties)):
            return ev
    return None


def _where_clause_place(verb, exclude: list[Resolved], resolver: ActorResolver) -> Resolved | None:
    """The country of the place a "where" clause holding `verb` is set in: the nearest place or
    body named before "where" in the sentence ("summoned to the foreign ministry in Dhaka, where
    officials handed him a protest note": Bangladesh)."""
    if verb is None:
        return None
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return None  # "met in Paris, where *they* agreed": the ones named before, not the venue's people
    where = next((c for v in (verb, *verb.ancestors) for c in v.children if c.dep_ == "advmod"
                  and c.lower_ == "where" and c.i < verb.i), None)
    if where is None or where.i == where.sent.start:
        return None
    for t in reversed(where.doc[where.sent.start:where.i]):
        if t.dep_ == "pobj" and t.pos_ in ("PROPN", "NOUN") and t.ent_type_ not in ("DATE", "TIME") and not (
                t.head.lower_ == "on" or t.lower_ in ("morning", "afternoon", "evening", "night")):
            while t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
                t = t.head.head  # "the Department of Foreign Affairs": the whole name
            found = _countries_in(t.subtree, exclude, resolver)
            return found[0] if found else None
    return None


def _pronoun_cue_speaker(tok, ctx: Context) -> Resolved | None:
    """The speaker the quotes layer gave the statement whose cue is `tok`, when `tok`'s subject is a
    personal pronoun ("He denied that ..."): that speaker's entity and country, or None."""
    if not any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in tok.children):
        return None
    for q in ctx.quotes:
        if q.cue_start is None or q.cue_end is None or not (q.cue_start <= tok.idx < q.cue_end):
            continue
        if q.speaker is None or q.speaker.entity is None:
            return None
        ent = ctx.entity_by_id(q.speaker.entity)
        country = (ent.metonym_for or ent.country) if ent is not None else None
        if not country:
            return None
        return Resolved(Actor(name=q.speaker.name, entity=q.speaker.entity, country=country,
                              start=q.speaker.start, end=q.speaker.end), rule="cue-speaker")
    return None


def _self_motion_goals(sent) -> set:
    """Token indices of the "to" phrases saying where a side goes itself ("would return to The
    Hague", "went to Brussels"): a place, never a side acted on."""
    return {t.i for p in sent if p.dep_ == "prep" and p.lower_ == "to" and p.head.lemma_.lower() in SELF_MOTION_LEMMAS
            for t in p.subtree}


def _mission_nationality(tok) -> bool:
    """ "outside the *Nicaraguan* consulate in Choluteca": the country a diplomatic mission
    represents, which is never where it stands nor the crowd's outside it."""
    return tok.dep_ in MODIFIER_DEPS_BACKOFF and tok.head.lemma_.lower() in MISSION_NOUNS


def _stray_between(tok) -> list:
    """ "a meeting hosted by Panama's foreign minister, Elena Castillo, between X and Y": the
    parties of a joint act's noun in a "between" phrase the parser hung on a person further down
    the noun's phrase (the host), not on the noun; a "between" on a thing ("on the border between
    Chad and Sudan", "an exchange of rhetoric between Seoul and Moscow") names no parties met."""
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ != "prep" or t.lower_ != "between":
            continue
        holder = t.head
        if holder.i == tok.i or not (holder.ent_type_ in ("PERSON", "ORG", "NORP") or any(
                ch.dep_ == "appos" and ch.ent_type_ == "PERSON" for ch in holder.children)
                or holder.lemma_.lower() in OFFICE_TITLES | ENVOY_HEADS):
            continue  # (a host named or titled; "an exchange of rhetoric between Seoul and Moscow" is words)
        found = [g for g in t.children if g.dep_ == "pobj"]
        if found:
            return found
    return []


def _mediators_met(targets: list[Resolved], doc) -> list[Resolved]:
    """The placed targets that name mediators ("met with *Omani* mediators", "met *Qatari and
    Egyptian* mediators"): a nationality word climbing at most MEDIATOR_ARCS arcs to a mediator noun."""
    out = []
    for t in targets:
        if not t.actor.country or t.actor.start is None or t.actor.start < 0:
            continue
        span = doc.char_span(t.actor.start, t.actor.end, alignment_mode="expand")
        cur = span.root if span is not None else None
        for _ in range(MEDIATOR_ARCS):
            if cur is None:
                break
            if cur.lemma_.lower() in MEDIATOR_NOUNS or cur.lower_ in MEDIATOR_NOUNS:
                out.append(t)
                break
            if cur.dep_ not in ("amod", "compound", "conj", "nmod") or cur.head.i == cur.i:
                break
            cur = cur.head
    return out


def _occasion_with_party(tok, category: str):
    """A consultation noun that is the occasion of its clause's act and names the side met
    ("raised the issue *in a telephone call with* his Chinese counterpart", "pressed the case
    *during talks with* Wang"), or whose act two coordinated sides do ("The United States and Cuba
    agreed ..., *at the end of a round of* migration *talks*"): the doers of the clause's act are
    the ones who consulted. Returns that clause's verb, or None."""
    if category != "CONSULT" or tok.dep_ != "pobj":
        return None
    frame = tok
    # "at the end of a round of talks": climb the "of" chain of frame nouns to the preposition
    while frame.head.lower_ == "of" and frame.head.head.lemma_.lower() in OCCASION_FRAME_NOUNS \
            and frame.head.head.dep_ == "pobj":
        frame = frame.head.head
    verb = frame.head.head
    if frame.head.lower_ not in OCCASION_PREPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(ch.dep_ == "prep" and ch.lower_ == "with" and any(g.dep_ == "pobj" for g in ch.children)
           for ch in tok.children):
        return verb
    if any(ch.dep_ == "nsubj" and any(g.dep_ == "conj" for g in ch.children) for ch in verb.children):
        return verb
    return None


def _fight_partner(verb) -> list:
    """The other side of the fight a passive casualty verb happened in ("a border guard was killed
    *in an exchange of fire with Taliban forces*", "three soldiers were wounded in clashes with
    rebels"): whoever the victims fought did the killing (the "with" object of a fight noun in the
    verb's "in/during" phrase, or of that noun's "of" phrase: "an exchange of fire with ...")."""
    out = []
    # (or on a passive casualty verb coordinated with it: "was killed and two others were wounded in ...")
    verbs = [verb] + [v for v in (*verb.children, verb.head) if v.i != verb.i and (
        v.dep_ == "conj" and v.head.i == verb.i or verb.dep_ == "conj" and v.i == verb.head.i)
        and v.tag_ == "VBN"]
    for ch in (ch for v in verbs for ch in v.children):
        if ch.dep_ != "prep" or ch.lower_ not in FIGHT_PHRASE_PREPS:
            continue
        for noun in (g for g in ch.children if g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() in FIGHT_NOUNS):
            holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj"]
            out += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj"]
    return out


def _phrases_on_date(tok) -> list:
    """The act noun's own "of"/"by" phrases the parser hung elsewhere: on a date told between them
    ("the detention *on Wednesday* of two truck drivers": "of ..." sits on "Wednesday"; a date names
    no side, so its "of"/"by" phrases can only be the noun's), and the doer's "by" hung on the
    patient of its "of" ("the detention of two drivers *by the National Guard*": drivers are
    detained, not made by anyone)."""
    hung = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in DATE_PHRASE_PREPS
            for d in ch.children if d.dep_ == "pobj" and d.ent_type_ in ("DATE", "TIME")
            for g in d.children if g.dep_ == "prep" and g.lower_ in NOUN_PHRASE_ON_DATE_PREPS]
    patients = [d for ch in [*tok.children, *hung] if ch.dep_ == "prep" and ch.lower_ == "of"
                for d in ch.children if d.dep_ == "pobj"]
    return hung + [g for d in patients for g in d.children if g.dep_ == "prep" and g.lower_ == "by"
                   and not any(ch.dep_ == "prep" and ch.lower_ == "by" for ch in tok.children)]


def _phrase_tokens(root):
    """The words of `root`'s phrase, in order, without the clauses inside it ("the demonstration
    [staged by students ... to protest the sending of troops to Iraq]": Iraq is not in the phrase
    the act is done to)."""
    cut = set()
    for d in root.subtree:
        if d.i != root.i and d.dep_ in PHRASE_CLAUSE_DEPS:
            # a participle's "by" agent still says whose thing it is ("crimes committed by X")
            # (and its "from" phrase the origin: "brandy imported from the European Union")
            keep = {t.i for a in d.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "from"
                                                                      and d.tag_ == "VBN")
                    for t in a.subtree} if d.dep_ == "acl" else set()
            cut |= {t.i for t in d.subtree} - keep
    return [t for t in root.subtree if t.i not in cut]


def _is_place_phrase_actor(actor: Actor, doc) -> bool:
    """Whether an actor was named as a place, in an "in/at/near" phrase."""
    if actor.start is None or actor.start < 0:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and _in_place_phrase(span.root)


def _doer_of_condemned_act(tok, target: Resolved, earlier: list[Event], own: set,
                           resolver: ActorResolver) -> Resolved | None:
    """The doer of a hostile act noun `tok` acts on, when the target found is only its victim in
    the noun's "of" phrase ("condemned the arrest *of the British journalist*"), else None."""
    obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    if obj is None or not any(sn.category in _HOSTILE_ACTS for sn in senses_for(obj.lemma_.lower(), "N")):
        return None
    victims = {t.idx for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "of" for t in ch.subtree}
    if target.actor.start not in victims and not any(
            target.actor.start is not None and t <= target.actor.start < t + 40 for t in victims):
        return None
    agents = [g for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "by" for g in ch.children
              if g.dep_ == "pobj"]
    for r in _resolve_many(agents, resolver):
        if r.actor.country and r.actor.country not in own:
            return Resolved(r.actor, rule="doer-of-condemned-act")
    prior = _act_noun_doers(obj, tok, earlier, own)
    if prior:
        return Resolved(prior[0], rule="doer-of-condemned-act")
    place = _nested_place(obj, resolver)
    if place is not None and place.country and place.country not in own and place.country != target.actor.country:
        return Resolved(place, rule="doer-of-condemned-act-place")
    return None


def _nested_place(tok, resolver: ActorResolver) -> Actor | None:
    """A place named in a place phrase inside the trigger's own phrase, a few arcs down ("killed
    in a car bomb explosion in a residential sector of eastern Beirut"), not in a clause of its own."""
    skip = {t.i for ch in tok.children if ch.dep_ in CLAUSE_DEPS for t in ch.subtree}
    for t in tok.subtree:
        if t.i in skip or t.ent_type_ not in ("GPE", "LOC", "FAC") or not _in_place_phrase(t):
            continue
        ent = resolver._entity_of(t)
        name = ent.name if ent is not None else t.text
        iso = (ent.metonym_for or ent.country) if ent is not None else None
        iso = iso or country_for_text(name)
        if iso:
            return Actor(name=name, entity=ent.id if ent else None, country=iso, start=t.idx, end=t.idx + len(t.text))
    return None


def _unplaced_group(tok, resolver: ActorResolver) -> Resolved | None:
    """The subject of an active verb that names a group of people the article places nowhere
    ("Muslim hackers defaced ...", "gunmen killed ..."): an actor of unknown country."""
    heads = _subject_tokens(tok)
    # "MAIDUGURI, March 10 - A suicide bomber killed ...": the parser made the dateline city the
    # subject and the real one its apposition
    heads = [a for h in heads for a in ([c for c in h.children if c.dep_ == "appos"] or [h])
             if not in_dateline(resolver.ctx, a.idx)] if any(in_dateline(resolver.ctx, h.idx) for h in heads) else heads
    for h in heads:
        if h.pos_ == "NOUN" and ((h.lemma_.lower() in GROUP_HEADS or h.lower_ in GROUP_HEADS) and h.tag_ == "NNS"
                                 or h.lemma_.lower() in ATTACKER_NOUNS):  # "a suicide bomber killed ..."
            start = h.left_edge.idx
            return Resolved(Actor(name=tok.doc.text[start:h.idx + len(h.text)], country=None, start=start,
                                  end=h.idx + len(h.text)), rule="unplaced-group", sector="GROUP")
    return None


def _is_party(tok, prep: str) -> bool:
    """Whether the object of a target preposition can be the other side. "with" takes a partner
    ("talks with Seoul", "clashed with rebels"), not a means or a helper's contribution: "with
    Albania's help", "with machetes" name no target."""
    if prep == "for" and _trigger_noun_only(tok):
        return False  # "arrived in Brasilia for a state visit", "called for talks": a purpose, not a side
    if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "PROPN":
        return False  # "the arrest on Monday", "talks in March": a date names no side
    return prep != "with" or tok.lemma_.lower() not in WITH_MEANS_NOUNS


def _agentless_passive(tok) -> bool:
    """A passive verb with no "by" agent ("three civilians were killed")."""
    if tok.pos_ == "ADJ" or tok.lemma_.lower() in STATIVE_PARTICIPLES:
        return False
    passive = any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children)
    return passive and not any(ch.dep_ == "agent" for ch in tok.children)


def _has_office_title(actor: Actor, doc, ctx: Context) -> bool:
    """Whether a person is named with a title of national office ("President X", "Judge X"),
    here or at another mention ("President X announced that he will ...")."""
    ent = ctx.entity_by_id(actor.entity) if actor.entity else None
    places = [(actor.start, actor.end)] + ([(m.start, m.end) for m in ent.mentions] if ent is not None else [])
    for start, end in places:
        if start is None or start < 0:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        words = [t.lower_ for t in doc[max(0, span.start - OFFICE_TITLE_WINDOW):span.end]]
        if any(w.strip(".") in OFFICE_TITLES for w in words):
            return True
    return False


def _other_country_before(ctx: Context, offset: int, country: str) -> bool:
    """Whether the article names a country other than `country` before `offset`."""
    return any((e.metonym_for or e.country) not in (None, country) and any(m.start < offset for m in e.mentions)
               for e in ctx.entities if e.type in ("GPE", "NORP", "LOC"))


def _is_ethnic(actor: Actor, text: str) -> bool:
    """Whether an actor is named as an ethnic group ("ethnic Albanians")."""
    if actor.start is None or actor.start < 0:
        return False
    after = text[actor.end:actor.end + ETHNIC_HEAD_CHARS].split()
    return text[max(0, actor.start - len(ETHNIC_WORD) - 1):actor.start].lower().startswith(ETHNIC_WORD) or \
        text[actor.start:actor.end].lower().startswith(ETHNIC_WORD) or \
        text[actor.start:actor.end].lower() in ETHNIC_GROUP_HEADS or \
        (bool(after) and after[0].lower().strip(".,;") in ETHNIC_GROUP_HEADS)  # "the Albanian population"


def _acts_at_home(tok, actor: Actor, resolver: ActorResolver) -> bool:
    """Whether the trigger's own phrase places its act in the actor's country: a place or a
    modifier after the trigger naming that country ("candidates *Ugandan*", "in *Baku*")."""
    skip = {t.i for ch in tok.children if ch.dep_ == "conj" for t in ch.subtree}
    for t in tok.subtree:
        if t.i <= tok.i or t.i in skip or t.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        if not (_in_place_phrase(t) or (t.dep_ in MODIFIER_DEPS_BACKOFF and t.head.pos_ in ("NOUN", "PROPN"))):
            continue
        if t.idx == actor.start:
            continue
        if resolver._entity_of(t) is not None:
            if any(r.actor.country == actor.country for r in resolver.resolve(t)):
                return True
        elif t.text[:1].isupper() and country_for_text(t.text) == actor.country:
            return True
    return False


def _accusation_head(tok):
    """The accusing verb a participle continues ("accused China of firing ..., *injuring* crew"):
    a subjectless -ing clause on a verb of the ACCUSE category that names an act with "of"."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
        return None
    head = tok.head
    if not any(s.category == "ACCUSE" for s in senses_for(head.lemma_.lower(), "V")):
        return None
    names_act = any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.dep_ == "pcomp" for g in ch.children)
                    for ch in head.children)
    return head if names_act else None


def _in_place_phrase(tok) -> bool:
    """Whether `tok` sits (within a few arcs) in an "in/at/near" phrase."""
    cur = tok
    for _ in range(PLACE_PHRASE_ARCS):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in LOCATION_PREPS:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def _event_anaphor(tok, earlier: list[Event], own: set) -> list[Actor] | None:
    """The doers of the earlier act a definite object names ("condemned *the incident*" after
    a reported attack; "denounced *the agreement*" after one was signed): the latest earlier
    event of a fitting category in the last few sentences, its sources other than `own`."""
    # ("Wednesday's launch was condemned by ...": a passive's subject is what is acted on)
    obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None) or next(
        (ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
    if obj is None:
        return None
    return _act_noun_doers(obj, tok, earlier, own)


def _document_issuer(tok, earlier: list[Event], *, resolver: ActorResolver | None = None
                     ) -> tuple[list[Actor], Event | None]:
    """Who issued the definite document that is `tok`'s subject ("*The note* urged New Delhi"):
    the doers of the act whose trigger lies in (or governs) the document's last earlier mention
    ("officials handed him a *protest note*", "the ministry issued a statement"), told shortly before;
    else the issuer that mention names itself: "a statement *from the Algerian presidency*",
    "*the ministry's* statement", "*the ministry* issued a statement"."""
    subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        speech = report_continued_by(tok)  # "The statement said ... and accused Morocco of ..."
        subj = next((ch for ch in speech.children if ch.dep_ == "nsubj"), None) if speech is not None else None
    if subj is None or subj.lemma_.lower() not in DOCUMENT_NOUNS or not any(
            ch.dep_ == "det" and ch.lower_ in DEFINITE_DETERMINERS for ch in subj.children):
        return [], None
    doc = tok.doc
    lemma = subj.lemma_.lower()
    limit = subj.idx - EVENT_ANAPHOR_MAX_CHARS
    mention = next((t for t in reversed(doc[:subj.sent.start]) if t.idx >= limit and t.lemma_.lower() == lemma
                    and t.pos_ == "NOUN"), None)
    if mention is None:
        return [], None
    lo, hi = mention.left_edge.idx, mention.idx + len(mention.text)
    # (or the verb it is the object of, and the verb that one is conjoined to: "summoned the envoy
    # and handed him a protest note")
    holders = set()
    if mention.dep_ in ("dobj", "nsubjpass"):
        holders = {mention.head.idx} | ({mention.head.head.idx} if mention.head.dep_ == "conj" else set())
    # (or, when that act was not kept, the latest act of the kind the document itself is: "a protest
    # note" is an ACCUSE, the protest "lodged" in the lead however far back)
    kinds = frozenset(s.category for s in senses_for(lemma, "N")
                      if s.object_class is None or _object_in_class(mention, "N", s.object_class))
    for near_only in (True, False):
        for ev in reversed(earlier):
            if (lo <= ev.start < hi or ev.start in holders) if near_only else ev.type in kinds:
                return [a for a in (ev.sources or ((ev.source,) if ev.source else ())) if a.country], ev
    if resolver is None:
        return [], None
    named = [ch for ch in mention.children if ch.dep_ == "poss"] + [
        g for ch in mention.children if ch.dep_ == "prep" and ch.lower_ in NOUN_SOURCE_PREPS
        for g in ch.children if g.dep_ == "pobj"]
    if not named and mention.dep_ == "dobj" and mention.head.lemma_.lower() in ISSUING_VERBS:
        named = [ch for ch in mention.head.children if ch.dep_ == "nsubj"]
    found = [r.actor for t in named for r in resolver.resolve_all(t) if r.actor.country]
    return found[:1], None


def _act_noun_doers(obj, tok, earlier: list[Event], own: set) -> list[Actor] | None:
    """The doers (other than `own`) of the earlier act a definite act noun `obj` names, looking
    back from `tok`'s sentence (see `_event_anaphor`)."""
    lexicon_noun = False
    if obj.lemma_.lower() in TELLING_NOUNS and (
            any(ch.dep_ == "compound" for ch in obj.children)
            or not any(s.category in VERBAL_CATEGORIES for s in senses_for(tok.lemma_.lower(), "V"))):
        return None
    if obj.lemma_.lower() in ANAPHORIC_EVENT_NOUNS:
        fits = ANAPHORIC_EVENT_NOUNS[obj.lemma_.lower()]
    else:
        # an event noun of the lexicon names an act of its own category ("condemned the
        # expulsions" after "Togo expelled two diplomats")
        fits = act_noun_categories(obj)  # ("welcomed the signing" after "X and Y signed")
        lexicon_noun = True
        if not fits:
            return None
        if fits & _HOSTILE_ACTS:
            fits = _HOSTILE_ACTS  # "criticised the expulsions" after "deported 2,000 Haitians"
    if not any(ch.dep_ in ("det", "poss") and (ch.lower_ in DEFINITE_DETERMINERS or (
            ch.dep_ == "poss" and ch.ent_type_ in ("DATE", "TIME"))) for ch in obj.children):
        return None  # ("Wednesday's launch" is as definite as "the launch")
    if names_new_people(obj):
        return None  # "the release of two French citizens": new people, not the release told before
    # a noun of a kind of act ("the launch", "the expulsions") names the latest act of that kind,
    # however far back; "the move", "the decision" only what was just told
    specific = bool(fits)
    for ev in reversed(earlier):
        if ev.sentence is None or (not specific and tok.sent.start_char - ev.sentence.start > EVENT_ANAPHOR_MAX_CHARS):
            break
        if fits and ev.type not in fits:
            continue
        if lexicon_noun and refusal_not_meant(obj, ev):
            continue  # "criticised the veto": an act done, not a refusal stated ("would not amend")
        actors = [a for a in (ev.sources or ((ev.source,) if ev.source else ())) if a.country and a.country not in own]
        if actors:
            return actors
        if ev.type in _FORCE_ACTS and (ev.sources or ev.source) and not any(
                a.country for a in (ev.sources or ((ev.source,) if ev.source else ()))):
            return None  # the act meant was done by someone unplaced ("a suicide bomber"): no older act is meant
        # (an act told with no doer at all, "the missile was launched from ...", is a re-telling: look further)
    return None


def _complement_past_date(tok, ctx: Context, to_date) -> str | None:
    """A date not after publication that the parser attached to `tok`'s complement ("ordered X to
    leave ... on Monday"), within the complement's own phrases."""
    for x in (c for c in tok.children if c.dep_ == "xcomp"):
        for ch in x.children:
            if ch.dep_ not in ("prep", "npadvmod"):
                continue
            sub = list(ch.subtree)
            for t in ctx.timexes_in(sub[0].idx, sub[-1].idx + len(sub[-1].text)):
                if in_dateline(ctx, t.start):
                    continue
                when = _date_of(t, to_date)
                if when and ISO_DATE.match(when) and (ctx.published is None or when[:10] <= ctx.published.date().isoformat()):
                    return when
    return None


def _charge_against(tok, earlier: list[Event], own: set, *, categories: frozenset = CHARGE_CATEGORIES,
                    max_chars: int | None = EVENT_ANAPHOR_MAX_CHARS) -> list[Actor]:
    """The accusers in the latest charge (ACCUSE, REQUEST, THREATEN; or an act of `categories`)
    aimed at `own` countries reported in the last few sentences before `tok` (anywhere before it
    when `max_chars` is None: the act a story is about may be told in its lead)."""
    for ev in reversed(earlier):
        if ev.sentence is None or (max_chars is not None and tok.sent.start_char - ev.sentence.start > max_chars):
            break
        if ev.type not in categories:
            continue
        if any(a.country in own for a in (ev.targets or ((ev.target,) if ev.target else ()))):
            found = [a for a in (ev.sources or ((ev.source,) if ev.source else ())) if a.country
                     and a.country not in own]
            if found:
                return found
    return []


def sent_to_border(tok, category: str) -> bool:
    """Whether a deployment goes to a border ("Lima deployed troops *along the frontier*", "sent 60
    police officers *to the border area*", "had been sent to reinforce positions *along the
    frontier*"): a force massed at a border faces the side across it, found like a border closed
    with no neighbour named (the one other country of the sentence, else of the headline)."""
    if category != "MOBILIZE":
        return False
    # the act's own phrases: what is sent, its purpose clause and their phrases, not a clause of
    # saying or another act coordinated with it
    heads, frontier = [tok], [tok]
    for _ in range(BORDER_GOAL_DEPTH):
        frontier = [c for h in frontier for c in h.children if c.dep_ in BORDER_GOAL_ARCS]
        heads += frontier
    return any(p.dep_ == "prep" and p.lower_ in BORDER_GOAL_PREPS and any(
        g.dep_ == "pobj" and any(w.lemma_.lower() in BORDER_GOAL_NOUNS for w in (g, *g.children)
                                 if w is g or w.dep_ == "compound")
        for g in p.children) for p in heads)


def held_people_asked_for(tok, targets: list[Resolved], own: set) -> bool:
    """Whether a request is made for people held, its named target being none or the asker's own held
    people: "demanded consular access to *the six detained Mozambicans*" (Mozambique's mission),
    "called for the release of *its nationals held* in Harare"; the people are whom it is asked
    for, not of (the holder is, `_holder_of_seized`). People named with no holding word ("urged
    Mozambicans to stay calm") are whom it is asked of."""
    if targets and not all(t.actor.country and t.actor.country in own for t in targets):
        return False
    return any(_is_people_word(t) and any(ch.dep_ in HOLDING_ARCS and ch.lemma_.lower() in HOLDING_LEMMAS
                                          and ch.tag_ == "VBN" for ch in t.children)
               for t in tok.subtree if t.i != tok.i)


def _is_people_word(tok) -> bool:
    """A noun of people: a group head ("nationals", "fishermen") or a nationality in the plural
    ("Mozambicans", "Bangladeshis", which the tagger may take for a place)."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in GROUP_HEADS or tok.lower_ in GROUP_HEADS or (
        tok.text.endswith("s") and country_of_demonym(tok.text[:-1]) is not None))


def _holder_of_seized(tok, earlier: list[Event], own: set) -> list[Actor]:
    """The doers of the latest seizure, detention or kidnapping (COERCE) reported in the last few
    sentences, other than `own`: who holds what a release is asked for."""
    for ev in reversed(earlier):
        if ev.sentence is None or tok.sent.start_char - ev.sentence.start > EVENT_ANAPHOR_MAX_CHARS:
            break
        if ev.type != "COERCE":
            continue
        found = [a for a in (ev.sources or ((ev.source,) if ev.source else ())) if a.country and a.country not in own]
        if found:
            return found
    return []


def _date_shortly_after(verb, earlier: list[Event]) -> str | None:
    """The date of the act a "hours/minutes/shortly after the X" phrase on `verb` names: the
    latest dated act reported before of the noun's category (any act when the noun has none)."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("npadvmod", "advmod") and c.lower_ in SHORTLY_WORDS]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("after", "following")):
        before = verb.doc[prep.i - 1] if prep.i > 0 else None  # "Hours after", however it is parsed
        if not any(m.lower_ in SHORTLY_WORDS or m.lemma_.lower() in SHORTLY_WORDS for m in prep.children
                   if m.dep_ in ("npadvmod", "advmod")) and not (before is not None and before.lower_ in SHORTLY_WORDS):
            continue
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if noun is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
            continue
        fits = frozenset(s.category for s in senses_for(noun.lemma_.lower(), "N")) or ANAPHORIC_EVENT_NOUNS.get(
            noun.lemma_.lower(), frozenset())
        for ev in reversed(earlier):
            if ev.sentence is None or verb.sent.start_char - ev.sentence.start > EVENT_ANAPHOR_MAX_CHARS:
                break
            if ev.date and (not fits or ev.type in fits):
                return ev.date
    return None


def _instrument_agent(tok) -> bool:
    """A passive whose "by" agent is a thing, not someone ("killed by an improvised explosive
    device"), or an active verb whose subject is a blast or a weapon no one is named for ("a
    roadside bombing killed ...", "a minefield explosion killed ..."): as good as agentless,
    its doer is unnamed."""
    if tok.pos_ == "ADJ":
        return False
    if not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in tok.children):
        subj = [ch for ch in tok.children if ch.dep_ == "nsubj"] or (
            _subject_tokens(tok) if tok.dep_ == "conj" else [])  # "... killed one soldier and wounded two"
        return bool(subj) and all(
            s.pos_ == "NOUN" and s.lemma_.lower() in INSTRUMENT_NOUNS and not any(
                m.dep_ in ("poss", "amod", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                for m in s.children) and not any(
                m.dep_ == "prep" and m.lower_ == "by" for m in s.children) for s in subj)
    agents = [g for ch in tok.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]
    return bool(agents) and all(a.pos_ == "NOUN" and a.tag_ == "NN" and not a.ent_type_
                                and a.lemma_.lower() not in GROUP_HEADS for a in agents)


def _actor_is_someone(tok, pos: str) -> bool:
    """Whether the phrase naming the actor names people or a named body ("President Omar
    El Bashir", "militants", "the rebel front"), not a thing ("any action aiding ...") or
    nobody (a reduced passive "when asked to comment": the asker is unnamed)."""
    if pos == "V" and tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl", "conj", "xcomp") and not any(
            ch.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for ch in tok.children) and not _misparsed_main_verb(tok):
        return False
    if pos == "V":
        heads = _subject_tokens(tok)
    else:
        heads = [ch for ch in tok.children if ch.dep_ == "poss" or (
            ch.dep_ == "prep" and ch.lower_ in NOUN_SOURCE_PREPS)]
        heads = [g for h in heads for g in ([h] if h.dep_ == "poss" else h.children) if g.dep_ in ("poss", "pobj")]
        verb = _anchor_verb(tok)
        if not heads and verb is not None and tok.dep_ in ("dobj", "attr"):
            heads = _subject_tokens(verb)
    # ("one of the dams, which it says will cut fish stocks": "which" stands for the thing it
    # follows; "who" stays a person)
    things = [a for h in heads if (a := _relative_antecedent(h)) is not None and not (
        a.pos_ == "PROPN" or a.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or a.lemma_.lower() in GROUP_HEADS)]
    if things and len(things) == len(heads):
        return False
    heads += [c for h in heads for c in h.conjuncts]
    # people, a named body, a pronoun for one ("he would be ready"), or an attack standing
    # for its unnamed doers ("a roadside bombing killed")
    return any(h.pos_ in ("PROPN", "PRON") or h.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
               or h.tag_ == "NNPS" or (h.tag_ == "NNS" and event_precision.someone_noun(h))
               or h.lemma_.lower() in GROUP_HEADS | ATTACKER_NOUNS
               or _trigger_noun_only(h) for h in heads)


def _relative_antecedent(pron):
    """The noun a relative "which/that" subject stands for, also through a reporting verb inside
    the relative clause ("the dams, which it says will cut fish stocks"), else None."""
    if pron.lower_ not in ("which", "that") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pron.head
    for _ in range(2):
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ != "ccomp":
            return None
        verb = verb.head
    return None


def _actor_heads(tok, pos: str) -> list:
    """Head words of the phrase naming the actor (see `_actor_side_tokens`)."""
    side = set(_actor_side_tokens(tok, pos))
    return [t for t in side if t.head not in side or t.head.i == t.i]


def _actor_side_tokens(tok, pos: str) -> list:
    """Words of the phrase that names the actor: the subject (or agent) phrase of a verb,
    the possessor / "by" phrase of a noun, else the subject of the verb it hangs on."""
    heads = []
    if pos == "V":
        if _agentless_passive(tok):
            return []  # the subject is acted on
        heads = _subject_tokens(tok)
    else:
        heads = [ch for ch in tok.children if ch.dep_ == "poss"] + [
            g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in NOUN_SOURCE_PREPS for g in ch.children
            if g.dep_ == "pobj"]
        verb = _anchor_verb(tok)
        if not heads and verb is not None:
            heads = _subject_tokens(verb)
    # (not what the actors carry or do meanwhile: "Thousands of demonstrators, many carrying EU
    # flags, marched": a present participle's words are no side of theirs)
    doing = {t.i for h in heads for x in h.subtree if x.dep_ == "acl" and x.tag_ == "VBG" and x.i != h.i
             for t in x.subtree}
    return [t for h in heads for t in h.subtree if t.i not in doing]


def _backoff_source(tok, pos: str, sources: list[Resolved], targets: list[Resolved], ctx: Context,
                    resolver: ActorResolver, *, agentless: bool, category: str | None = None) -> Resolved | None:
    """A country for an actor the parse could not place, by role: a country word inside the
    actor's own phrase ("Doctors from two *American* aid groups"), else the sentence's first
    country named before the trigger (the agent side in English word order), else one named
    after it (where it happened: "shortened the curfew in *Sudan*"), else the last one named in
    the preceding sentences of the paragraph. The target's countries never count; an agentless
    passive looks only for an agent-side country named before its verb."""
    # the side acted on never places the actor; a "target" that is only where a non-violent act
    # happened ("declared a ceasefire *in south Lebanon*") is a place, and may
    exclude = [t for t in targets if t.actor.country and not (
        category not in VICTIM_PLACE_CATEGORIES and _is_place_phrase_actor(t.actor, tok.doc))]
    if pos == "V" and agentless:
        exclude += resolver.resolve_all(next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), tok))
    named = sources[0].actor if sources else None
    sent = tok.sent

    def found(r: Resolved, rule: str) -> Resolved | None:
        # (a named actor keeps its name and span, gains the country; event_precision.backed_off_actor)
        a = event_precision.backed_off_actor(r.actor, named, own_phrase=rule == "phrase", is_media=is_media)
        return Resolved(a, rule=f"actor-backoff-{rule}") if a is not None else None

    own = _countries_in(_actor_side_tokens(tok, pos), exclude, resolver)
    if own:
        return found(own[0], "phrase")
    mission = next((t for t in tok.subtree if _mission_nationality(t) and _in_place_phrase(t.head)), None) \
        if category == "PROTEST" and not agentless else None
    home = resolver._dateline_country() if mission is not None else None
    if home is not None and home not in {r.actor.country for r in resolver.resolve(mission)}:
        # "Relatives of the detained men gathered outside the Nicaraguan consulate in Choluteca" (a
        # TEGUCIGALPA story): a crowd outside a foreign mission, placed nowhere else, is of the country
        # the story is filed from
        return found(Resolved(Actor(name=named.name if named is not None else tok.text, country=home,
                                    start=named.start if named is not None else tok.idx,
                                    end=named.end if named is not None else tok.idx + len(tok.text)),
                              rule="dateline"), "mission-host")
    host = _where_clause_place(tok if pos == "V" else _anchor_verb(tok), exclude, resolver)
    if host is not None and not agentless:
        # "... was called in to the Department of Foreign Affairs, where officials asked ...":
        # the officials of the place the "where" clause is set in
        return found(host, "where-clause-place")
    if not agentless and not event_precision.backs_off_beyond_phrase(
            _actor_heads(tok, pos), named, is_trigger_noun=_trigger_noun_only):
        return None  # a company or a thing: no country from the story around it
    # (not a side acted on by an earlier verb: "She accused *Lima* of ... and demanded an inquiry")
    # (nor a country in a time or circumstance frame: "Since the attacks in the United States, BA ...")
    framed = {t.i for x in sent if x.dep_ == "prep" and x.lower_ in FRAME_ASIDE_PREPS
              and tok.i not in {y.i for y in x.subtree} for t in x.subtree}
    before = _countries_in((t for t in sent if t.i < tok.i and t.i not in framed and not _object_of_other_verb(t, tok)),
                           exclude, resolver)
    if before and not agentless:
        return found(before[0], "sentence-before")
    if agentless:
        return None  # "killed in Baghdad": the place says who suffered, not who acted
    # after the trigger a place counts ("shortened the curfew *in Sudan*"), then a country
    # word modifying something ("*Haiti's* first elections", "barriers to *U.S.* exports");
    # a country named as a phrase's head there is usually the one acted on ("demanded that
    # Chile release")
    # (a place's name first: "rallied outside the French embassy in Niamey" is in Niger)
    # (a city or country before a facility, which a nationality may name: "outside the Japanese
    # Embassy in Seoul" is in South Korea)
    after = (_countries_in((t for t in sent if t.i > tok.i and _in_place_phrase(t) and t.ent_type_ in (
        "GPE", "LOC")), exclude, resolver) or _countries_in((t for t in sent if t.i > tok.i and _in_place_phrase(t)
                                                            and t.ent_type_ == "FAC"), exclude, resolver) or _countries_in(
        (t for t in sent if t.i > tok.i and _in_place_phrase(t) and not _mission_nationality(t)), exclude, resolver)) \
        if category not in VICTIM_PLACE_CATEGORIES else []
    if after:
        return found(after[0], "place")
    after = _countries_in((t for t in sent if t.i > tok.i and t.dep_ in MODIFIER_DEPS_BACKOFF and not (
        category in VICTIM_PLACE_CATEGORIES and _in_place_phrase(t)) and not _mission_nationality(t)), exclude, resolver)
    if after:
        return found(after[0], "modifier-after")
    if named is not None and _has_office_title(named, tok.doc, ctx):
        # "President Yoweri Museveni banned *Ugandan* opposition candidates": a holder of a
        # national office, with no other country named, holds it in the country his act is
        # located in or whose people or bodies it names (never one named as the other side:
        # "threatened action against Russia", "the president of Armenia")
        # (nor the country of an envoy the act is done with: "raised the matter with Cambodia's
        # ambassador in Hanoi" is Vietnam's minister, in Hanoi)
        home = _countries_in((t for t in sent if t.i != tok.i and (_in_place_phrase(t) or (
            t.dep_ in MODIFIER_DEPS_BACKOFF and t.head.pos_ in ("NOUN", "PROPN")
            and t.head.lemma_.lower() not in ENVOY_HEADS))), [], resolver)
        if home:
            return found(home[0], "office-holder")
    para = next((p for p in ctx.article.paragraphs if p.start <= sent.start_char < p.end), None)
    if para is None or para.start >= sent.start_char:
        return None
    doc = tok.doc
    before_span = doc.char_span(para.start, sent.start_char, alignment_mode="contract")
    prev = list(before_span.sents) if before_span is not None and len(before_span) else []
    toks = [t for s in prev[-BACKOFF_PARAGRAPH_SENTS:] for t in s]
    back = _countries_in(reversed(toks), exclude, resolver)
    if back:
        return found(back[0], "paragraph")
    return None


def _object_of_other_verb(t, trigger) -> bool:
    """Whether `t` is (a conjunct of) the direct object of a verb other than `trigger`."""
    head = t
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "dative") and head.head.pos_ in ("VERB", "AUX") and head.head.i != trigger.i


def _resolve_many(toks, resolver: ActorResolver) -> list[Resolved]:
    out = []
    for t in toks:
        out.extend(resolver.resolve_all(t))
    return out


def _clause_targets(tok, pos: str, sources: list[Resolved], resolver: ActorResolver) -> list[Resolved]:
    """Countries named in the clause a statement reports, other than the speaker's own."""
    own = {s.actor.country for s in sources}
    clause_roots = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "acl", "relcl", "dobj", "prep")
                    and not absolute_clause(c)]  # (who told it where: "with its minister telling ...")
    # "offered on Thursday to mediate between ...": a "to" clause the parser makes an adverbial
    clause_roots += [c for c in tok.children if c.dep_ == "advcl" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if pos == "N" and tok.head.i != tok.i:
        clause_roots += [c for c in tok.head.children if c.dep_ == "ccomp"]
    out = []
    goals = _self_motion_goals(tok.sent)
    for root in clause_roots:
        for t in root.subtree:
            if t.pos_ not in ("PROPN", "NOUN", "ADJ"):
                continue
            if t.i in goals:
                continue  # "warned that Costa Rica would return to The Hague": where a side goes is no side
            ent = resolver._entity_of(t)
            if ent is None and not _is_pair_phrase(t):
                continue  # (a pair phrase counts: "offered to mediate between the two governments")
            res = resolver.resolve(t)
            for r in res:
                if r.actor.country and r.actor.country not in own and r.actor.country not in {o.actor.country for o in out}:
                    out.append(r)
        if out:
            return out
    return out


def _is_pair_phrase(tok) -> bool:
    """ "the two governments", "both sides", "the warring parties" (resolved by `ActorResolver`)."""
    return tok.lemma_.lower() in PAIR_HEADS and any(
        c.lower_ in PAIR_WORDS and c.dep_ in ("nummod", "det", "predet", "amod") for c in tok.children)


def _only_other_country(tok, pos: str, sources: list[Resolved], ctx: Context,
                        resolver: ActorResolver) -> Resolved | None:
    """The one country other than the sources' the trigger's sentence names outside its reporting
    clause, or None (two or more, none, a trigger in a relative clause or inside a quote)."""
    # (nor a country named in a relative clause or a time frame of something else: "MAB, which
    # opposed the war in Iraq, urged Muslims ..."; "Since the attacks in the United States, BA has cut")
    aside = {t.i for x in tok.sent if (x.dep_ in ("relcl", "acl") or (x.dep_ == "prep" and x.lower_ in FRAME_ASIDE_PREPS))
             and tok.i not in {y.i for y in x.subtree} for t in x.subtree} | _self_motion_goals(tok.sent)
    others = _countries_in((t for t in tok.sent if t.i not in _reporting_clause(tok.sent) and t.i not in aside),
                           sources, resolver)
    anchor = tok if pos == "V" else _anchor_verb(tok)
    # (not an act in a relative clause: "X's government, which has backed the mediation, called
    # on Mali to ...": the other country is the main clause's)
    described = anchor is not None and any(a.dep_ in ("relcl", "acl") for a in [anchor, *anchor.ancestors])
    if len({o.actor.country for o in others}) == 1 and not described and not _in_direct_quote(ctx, tok.idx):
        return others[0]
    return None


def _headline_other_country(doc, sources: list[Resolved], ctx: Context, resolver: ActorResolver) -> Resolved | None:
    """The one country other than the sources' the article's headline names, or None (no
    headline, none or two or more others)."""
    span = ctx.article.headline_span
    if span is None:
        return None
    others = _countries_in((t for t in doc if span.start <= t.idx < span.end), sources, resolver)
    return others[0] if len({o.actor.country for o in others}) == 1 else None


def _reporting_clause(sent) -> set:
    """Token indices of the clause reporting the sentence ("..., the Indian Army said in a
    statement"): a verb of saying the parser hangs on the root or makes the root over it."""
    root = sent.root
    if root.lemma_.lower() in SPEECH_VERBS and any(ch.dep_ == "ccomp" for ch in root.children):
        return {t.i for t in sent if t.i not in {x.i for ch in root.children if ch.dep_ == "ccomp" for x in ch.subtree}}
    return {t.i for ch in root.children if ch.dep_ in ("parataxis", "ccomp", "advcl")
            and ch.lemma_.lower() in SPEECH_VERBS and ch.i > root.i for t in ch.subtree}


def _countries_in(tokens, sources: list[Resolved], resolver: ActorResolver) -> list[Resolved]:
    own = {s.actor.country for s in sources}
    out: list[Resolved] = []
    for t in tokens:
        if t.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        if resolver._entity_of(t) is None:
            # a country word the tagger left out ("Croat forces", "Serb civilians")
            # (nor a city naming a treaty: "violating the Vienna Convention")
            iso = country_for_text(t.text) if t.text[:1].isupper() and not (
                t.i >= 2 and t.doc[t.i - 1].text == "-") and not names_document_place(t) else None
            if iso and iso not in own and iso not in {o.actor.country for o in out}:
                out.append(Resolved(Actor(name=t.text, country=iso, start=t.idx, end=t.idx + len(t.text)),
                                    rule="country-word"))
            continue
        for r in resolver.resolve(t):
            if r.actor.country and r.actor.country not in own and r.actor.country not in {o.actor.country for o in out}:
                out.append(r)
    return out


def _location(tok, pos: str, resolver: ActorResolver) -> Actor | None:
    verb = tok if pos == "V" else _anchor_verb(tok)
    for head in [h for h in (tok, verb) if h is not None]:
        for ch in head.children:
            if ch.dep_ == "prep" and ch.lower_ in LOCATION_PREPS:
                for g in ch.children:
                    if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC"):
                        ent = resolver._entity_of(g)
                        # the gazetteer's country for a town ("Arusha"), else the name's own
                        iso = country_for_text(ent.name if ent else g.text) or (
                            (ent.metonym_for or ent.country) if ent is not None else None)
                        return Actor(name=ent.name if ent else g.text, entity=ent.id if ent else None,
                                     country=iso, start=g.idx, end=g.idx + len(g.text))
    return None


CONTEXT_WORDS = {
    "military": {"military", "army", "troops", "defense", "defence", "missile", "weapon", "arms", "war", "navy",
                 "soldier", "nuclear", "security"},
    "diplomatic": {"diplomatic", "ambassador", "embassy", "treaty", "summit", "talks", "minister", "envoy", "relations"},
    "economic": {"economic", "trade", "tariff", "sanctions", "investment", "economy", "oil", "gas", "export", "import"},
    "humanitarian": {"humanitarian", "refugee", "refugees", "food", "relief", "medical"},
    "legal": {"court", "law", "legal", "prosecutor", "trial", "crime", "resolution", "resolutions"},
}


def _contexts(tok, base: str | None) -> tuple[str, ...]:
    out = [base] if base else []
    words = {t.lower_ for t in tok.subtree} | {t.lower_ for t in tok.children}
    if tok.head.i != tok.i:
        words |= {t.lower_ for t in tok.head.children}
    for name, cues in CONTEXT_WORDS.items():
        if words & cues and name not in out:
            out.append(name)
    return tuple(out)
