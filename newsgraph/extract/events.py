"""PLOVER events: who did what to whom, when and where, each tied to its trigger words.

How an event is found (every step is named in the event's evidence):

1. **Trigger**: a verb or an event noun of the PLOVER lexicon
   (``newsgraph/data/plover_triggers.tsv``), with the sense its object picks
   ("send troops" MOBILIZE, "send a delegation" CONSULT, "send aid" AID).
2. **Embedding**: a trigger inside the complement of another trigger is the content
   of that statement ("threatened to *ban*", "agreed that ... should *cooperate*") and
   is absorbed by it; an intended cooperative act under a verb of saying or intent
   is coded AGREE ("said they will release"), an intended hostile act THREATEN, and
   what the speaker says another side must do REQUEST, as PLOVER codes them.
3. **Actors** from the dependency parse: subject / passive agent / possessor /
   "by" and "from" phrases for the source; object, "to", "with", "against", "on"
   phrases and, for statements, the countries named in the reported clause for the
   target; resolved to countries by `actors.ActorResolver`. Coordinated actors of a
   symmetric act ("Kim and Putin signed") are one reciprocal event.
4. **Date** from the time expression governing the trigger (the timexes module's
   `timex_governing` when present); a sentence without one inherits the date of
   the previous sentence's main clause. **Location**: a place after "in"/"at".
5. **Status**: negated, hypothetical (could, might, if), future (will, plans to),
   historical (dated over a year before publication); **claimed_by** the speaker
   of the quote the trigger sits in.
6. Only events with a trigger AND a source resolvable to a country (or a
   supranational body) are kept; duplicates (same type, source, target,
   compatible date) are merged, and headline/caption events repeating a body
   event are dropped.
7. **Back-off** (`_backoff_source`, evidence ``actor-backoff-*``): an actor the parse
   names but cannot place takes a country from its own phrase, the sentence (agent
   side before the trigger, a place after it), an office it holds, or the paragraph,
   never from the target; agentless passives of attacks keep no source and the
   victim's country as target; targets back off likewise (the phrase acted on, the
   act a definite noun points back at, the actor's own country for a domestic act).
"""
from __future__ import annotations

import bisect
import calendar
import importlib
import re
from dataclasses import dataclass, field, replace
from datetime import date

from newsgraph.extract.actors import (
    GROUP_HEADS, PAIR_HEADS, PAIR_WORDS, QUANTITY_HEADS, ActorResolver, Resolved, absolute_clause, country_as_of,
    country_for_text, in_dateline, is_media, names_document_place, names_new_people,
)
from newsgraph.extract.context import Context
from newsgraph.extract.event_dates import redate_events, verb_of
from newsgraph.extract import event_precision
from newsgraph.extract.event_discourse import (
    ACCUSABLE_CATEGORIES, GENERIC_ACT_NOUNS, act_noun_categories, evaluations, incident_sentence, reported_main_act,
    refusal_not_meant,
    split_lead_subject, incident_target, report_continued_by, speaker_is_target,
    temporal_shift_clause, weakly_dated,
)
from newsgraph.extract.plover_lexicon import (
    COOPERATIVE_CATEGORIES, HOSTILE_CATEGORIES, LIGHT_VERBS, RECIPROCAL_LEMMAS, SPEECH_VERBS, VERBAL_CATEGORIES,
    Sense, in_class, senses_for,
)
from newsgraph.records import Actor, Event, Evidence, Span

REQUIRES = ("doc.sents", "token.dep", "token.lemma", "ctx.entities", "ctx.timexes", "ctx.quotes")

# Dependency labels through which a trigger is the content of the trigger above it
# ("threatened [xcomp] to ban", "demanded [ccomp] that ... refuse", "rejected [dobj] calls").
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "compound", "nmod", "attr", "oprd",
                            "pcomp", "amod", "advcl"})
# A reaction reported undated takes the day of the act it answers when that act is this recent
# (days before publication): wire stories report an act and the reactions to it together.
REACTION_DAYS = 2
# People held by a side: what is asked for them is asked of whoever holds them.
DETAINED_NOUNS = frozenset({"detainee", "detainees", "prisoner", "prisoners", "hostage", "hostages", "captive",
                            "captives"})
# Verbs of calling envoys home: the post they leave ("from Algiers") is the side acted on.
RECALL_LEMMAS = frozenset({"recall", "withdraw", "summon"})
# Craft and weapons that act for their owner once named with it ("a Malian drone ... the drone had
# violated Algerian airspace").
CRAFT_NOUNS = frozenset({"drone", "aircraft", "plane", "jet", "helicopter", "ship", "vessel", "boat", "tanker",
                         "submarine", "warship", "frigate", "trawler", "missile", "rocket", "balloon"})
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
# Nouns for a third party brokering talks: met with them, the sides are consulted by them.
MEDIATOR_NOUNS = frozenset({"mediator", "mediators", "facilitator", "facilitators", "intermediary",
                            "intermediaries", "go-between", "go-betweens", "broker", "brokers"})
# Verbs of deciding: a hostile measure in their clause ("X will keep the border closed, the
# government decided") is taken, not threatened.
DECISION_VERBS = frozenset({"decide", "vote", "resolve", "rule", "approve"})
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
FRAME_PREPS = frozenset({"at", "during", "after", "before", "amid", "following", "since", "until", "in", "on"})
# How far up the tree a trigger looks for the trigger that embeds it: complements of
# complements ("agreed [that they] should cooperate to encourage") sit 2-4 arcs deep;
# further up, the link is usually a separate clause.
MAX_EMBEDDING_ARCS = 4
# Prepositions introducing the target of a verb, in order of preference.
TARGET_PREPS = ("against", "on", "to", "with", "toward", "towards", "into", "at", "upon", "over", "for", "from", "in")
# For verbs of travel the object is where they left from, the target is where they go.
TRAVEL_LEMMAS = frozenset({"depart", "leave", "fly", "travel", "arrive", "head"})
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
TRAVEL_TARGET_PREPS = ("for", "to", "in", "at")
# Prepositions introducing the source of an event noun ("a visit by X", "warnings from X").
NOUN_SOURCE_PREPS = frozenset({"by", "from"})
# Prepositions introducing the target of an event noun.
NOUN_TARGET_PREPS = ("against", "on", "to", "with", "toward", "towards", "of", "for", "in", "into", "at")
# Auxiliaries and verbs of modality.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "can", "should", "must", "ought"})
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
# Heads whose complement is an intention, not a fact ("plans to visit", "is willing to send").
INTENT_HEADS = frozenset({"willing", "ready", "prepared", "plan", "intend", "want", "hope", "expect", "aim",
                          "prepare", "seek", "decide", "vow", "promise", "pledge", "offer", "agree"})
# Heads that make their complement hypothetical ("considering sanctions").
HYPOTHETICAL_HEADS = frozenset({"consider", "mull", "weigh", "threaten", "warn", "propose", "suggest", "urge",
                                "demand", "ask", "call", "possible", "likely", "able"})
# Heads that say their complement did not happen ("failed to reach agreement").
FAILURE_HEADS = frozenset({"fail"})
# An event dated more than this many days before publication is background, not news.
HISTORICAL_DAYS = 365
# A sentence with no time expression inherits the previous sentence's date only when
# that sentence's date is attached to its main clause: reported news runs on in the
# same time frame; a date buried in a subordinate clause does not carry over.
CARRY_OVER_MAX_ARCS = 2
# Dependencies by which a time expression modifies a noun ("the 1923 treaty", "the 2020 deal", "the
# February 2021 understanding"): it dates that thing, not the act the sentence tells
THING_DATE_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
# Arcs between a time expression's head and the verb it dates, walking up; beyond this
# the expression modifies something else.
MAX_TIMEX_ARCS = 3
# Dependency arcs a trigger's anchor verb may climb to find the time expression dating it
# ("signed ... on June 19 to elevate ... during Putin's visit": the visit climbs to "signed").
# Prepositions of a relative "at which" / "during which" that set the clause at its noun's occasion
OCCASION_RELATIVE_PREPS = frozenset({"at", "during"})
TIMEX_CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "prep", "pobj", "pcomp", "acl", "dobj"})
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
ANTI_PREFIX = re.compile(r"\banti-\s*([A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)")
# Places of an event: GPE/LOC/FAC after these prepositions.
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
# Senses whose object is what is sent or given (a delegation, troops, aid), not the target.
THEME_OBJECT_CLASSES = frozenset({"envoy", "forces", "aid", "weapon", "weapon-fire", "agreement"})
# ... for the acts of sending and giving (a SANCTION "expelled two diplomats" acts on them).
THEME_CATEGORIES = frozenset({"CONSULT", "MOBILIZE", "AID", "AGREE"})
# Acts on the ground: without a named target, the country where they happen is the target.
PLACE_TARGET_CATEGORIES = frozenset({"ASSAULT", "COERCE", "PROTEST", "CONCEDE", "MOBILIZE", "RETREAT"})
# Acts with no other side named are domestic: the source's own country is the target.
# Attacks whose victims, when unplaced ("killed two people"), are placed by where the attack
# happened, a place named anywhere in the act's own phrases (subject included).
ATTACK_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
DOMESTIC_CATEGORIES = frozenset({"PROTEST", "COERCE", "CONCEDE"})
# The lexicon's mode for violent repression of a crowd (tear gas, water cannon, dispersal).
REPRESSION_MODE = "repression"
# Participles that describe the subject's stance, not something done to it ("Israel is
# opposed to", "is committed to", "is prepared to").
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "prepare", "determine", "dedicate", "resolve", "inclined",
                                 "engage"})
# Nouns of military exercises: held jointly, they are COOPERATE (military), else MOBILIZE.
EXERCISE_NOUNS = frozenset({"exercise", "drill", "game", "maneuver", "manoeuvre", "wargame"})
# Nouns of activities forces carry out (exercises, patrols, operations): marked "joint" or held by
# two sides together they are COOPERATE between those sides (issue 6, fresh-articles types round 2).
JOINT_ACTIVITY_NOUNS = EXERCISE_NOUNS | {"patrol", "operation"}
# Modifiers that mark an activity as done together ("joint patrols", "combined exercises").
JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral", "coordinated"})
# Dependency labels of a noun's modifiers read for its sense ("naval drills", "joint patrols").
NOUN_MODIFIER_DEPS = ("compound", "amod", "nmod")
# How many nouns down an "of" chain under a verb's object still name what it acts on: the
# opening -> of a cluster -> of talks (three covers "the start of the next round of talks"; deeper
# chains are rare and drift away from the object).
OF_CHAIN_DEPTH = 3
# Verbs that are PLOVER acts only without an object or clause ("protesters demonstrated").
INTRANSITIVE_SENSES = frozenset({"demonstrate", "march", "rally"})
# Categories whose noun triggers stand without a target ("a general strike", "a
# withdrawal", "a mobilisation"); other event nouns need one to be reported.
TARGETLESS_NOUN_CATEGORIES = frozenset({"PROTEST", "MOBILIZE", "RETREAT", "CONCEDE"})
# Verbs that are verbs of saying when they take a clause ("conceded that ...").
ADMISSION_VERBS = frozenset({"concede", "admit", "acknowledge", "insist"})
# one side's act against the other: "A accused B" and "B condemned A" are two events (mutual
# blame), never one reciprocal event, unlike a meeting or an agreement the two sides share
ONE_SIDED_CATEGORIES = frozenset({"ACCUSE", "DISAPPROVE", "THREATEN", "DEMAND", "REQUEST", "REJECT", "SANCTION"})
# Nouns a "with" phrase names as a means or a helper's part, not as the other side ("with
# Albania's help", "with machetes", "with the approval of parliament").
WITH_MEANS_NOUNS = frozenset({"help", "assistance", "support", "backing", "aid", "consent", "approval", "permission",
                              "blessing", "participation", "involvement", "machete", "gun", "rifle", "knife", "stone",
                              "rock", "weapon", "bomb", "grenade", "tank", "missile", "rocket", "stick", "club",
                              "baton", "bullet", "gas", "means", "force"})
# Prepositions naming what a statement is about ("complained to the UN *over* Israeli raids").
MATTER_PREPS = frozenset({"over", "about", "against", "regarding"})
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
# Participles that make an act happen: their "by" agent on an act noun is its doer ("an inspection
# ordered by Lukashenko", "an offensive launched by the army", "talks hosted by Oman" stay with
# their own sense where the verb is a trigger).
CAUSING_PARTICIPLES = frozenset({"order", "launch", "conduct", "carry", "stage", "mount", "organise", "organize",
                                 "lead", "wage", "initiate", "begin", "start",
                                 # "the sanctions imposed by the United States", "a curfew declared by the
                                 # army", "the ban introduced by Ankara": the measure's maker (types round 5b;
                                 # not "announce": "the truce announced by Qatar" is the mediator's word)
                                 "impose", "introduce", "declare", "enact", "reimpose"})
# A withdrawal with nothing named it leaves ("before the Malaysian vessel withdrew") leaves the side
# of the latest of these acts between it and another country (types round 5b): a stand-off, a
# warning exchanged, a clash, a deployment against it.
CONFRONTATION_CATEGORIES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})
# Prepositions that name what a side withdraws from or to ("withdrew from the area", "pulled back to
# its base"): a place of its own, no side left.
WITHDRAWN_FROM_PREPS = frozenset({"from", "to", "into", "behind", "across", "out"})
# Participles that make a measure its noun names: "the sanctions *imposed* by the US", "the ban
# *introduced* by Poland", "a curfew *declared* by the army". The verb's own sense is generic (COERCE
# restrict for "impose"), the noun says which act it is (types round 5b).
MEASURE_PARTICIPLES = frozenset({"impose", "reimpose", "introduce", "declare", "enact"})
# Object classes of acts at or across a border ("entered Estonian airspace", "turned back a patrol"):
# an act on another side only, never the domestic act PLOVER gives a one-sided act with no other
# side named.
INCURSION_CLASSES = frozenset({"territory", "border-installation", "turned-back"})
# Object classes of things on a border ("closed two crossings", "removed navigation buoys", "turned
# away a ship carrying Libyan migrants"): with no neighbour named in the phrase, the one other
# country of the sentence (or headline) is acted on.
BORDER_CLASSES = frozenset({"border", "border-installation", "turned-back"})
# The object class of armed forces (plover_objects.json).
FORCES_CLASS = "forces"
# Verbs of a side moving itself: where it goes ("return to The Hague", "go to Brussels") is a place,
# not a side a statement is aimed at ("send troops to Ukraine" moves others: not listed).
SELF_MOTION_LEMMAS = TRAVEL_LEMMAS | {"return", "go", "come"}
# Acts that "both sides" / "the two armies" do as one towards each other when no other side is
# named ("both armies pulled back troops", "the two navies exchanged fire"); a sanction or a
# request by both is aimed at someone else and keeps its own target search.
MUTUAL_CATEGORIES = frozenset({"RETREAT", "CONCEDE", "ASSAULT", "MOBILIZE", "COOPERATE", "AGREE", "CONSULT"})
# Nouns of a span of time or effort over an act ("months of mediation", "years of talks", "rounds of
# negotiation"): a "by" phrase on them names the act's doer.
SPAN_HEADS = frozenset({"day", "week", "month", "year", "decade", "hour", "round", "series", "weeks", "months"})
# Stance nouns a possessive side holds that are aimed at the sentence's one other country ("Japan's
# refusal to apologise"); a demand, threat or charge named by a noun is mostly a thing told of ("the
# Soviet demand", in the GSR sentences) and keeps its own target search.
REFUSAL_NOUN_CATEGORIES = frozenset({"REJECT"})
# The nouns of a refusal ("Japan's refusal to apologise"); not "veto" (a precision audit on real news:
# "Reagan's veto of a water projects bill" was aimed at a country of the sentence), and only when the
# possessor is the side that refuses (not a meeting place the back-off found).
REFUSAL_NOUNS = frozenset({"refusal", "rejection"})
# Personal pronouns whose referent the quotes layer resolves for a cue it opens ("He denied ...").
SPEAKER_PRONOUNS = frozenset({"he", "she"})
# A state's missions abroad: their nationality word names the state represented, not the host.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "chancery", "chancellery"})
# Measures against a side: a participle of one after another restates it ("..., barring them from")
RESTRICTION_CATEGORIES = frozenset({"SANCTION", "COERCE"})
# Categories of a purpose that makes a gathering a protest (to demand, to denounce, to protest, to reject)
PROTEST_PURPOSE_CATEGORIES = frozenset({"REQUEST", "ACCUSE", "PROTEST", "REJECT"})
# The one mark that opens a "to" clause with its own subject ("called for Qatar to leave"): a
# verb's "for" particle there (only "for" opens a subject-to-infinitive clause in English).
FOR_TO_MARKS = frozenset({"for"})
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
# Date rules that carry a date from another sentence (weaker than a report of the act itself).
CARRIED_DATE_RULES = ("date:previous-sentence", "date:previous-paragraph-same-actor", "date:narration-continues",
                      "date:same-actor-episode")
# Categories whose noun's "in/at" phrase names a venue, not a side ("held talks in Geneva").
VENUE_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# How far back (characters, about three news sentences) an actor's dated act is looked for
# when a new paragraph names that actor again.
EPISODE_MAX_CHARS = 700
# Characters of two triggers compared to tell a re-mention of the same act ("signed"/"signing").
MERGE_STEM_CHARS = 4
# Verbs of denying: a denial with no object side answers the latest charge against the denier.
DENIAL_LEMMAS = frozenset({"deny", "refute", "dismiss", "rebut"})
# Acts that charge a side (what a denial answers).
CHARGE_CATEGORIES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
# Statements about another side's act ("condemned the arrest of ..."): aimed at the act's doer.
STANCE_CATEGORIES = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST", "THREATEN"})
# Hostile acts a denial with no charge told before answers ("closed the crossings ... / Belarus
# denied any involvement"): the side that acted against the denier.
# Moves of forces a side reports of itself in the passive with no doer ("troops were deployed",
# "a battalion was withdrawn"): the speaker's side moved them.
OWN_FORCES_CATEGORIES = frozenset({"MOBILIZE", "RETREAT"})
# Modes of a taking into custody that a later release undoes ("detained ... / was released").
SEIZURE_MODES = frozenset({"detain", "seize", "arrest", "abduct", "kidnap", "confiscate", "capture"})
DENIED_ACT_CATEGORIES = CHARGE_CATEGORIES | {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "REJECT"}
# Words that put an act close after another ("hours after the swap", "shortly after the meeting").
SHORTLY_WORDS = frozenset({"hour", "hours", "minute", "minutes", "shortly", "soon", "moments", "moment",
                           "immediately", "just"})
# Acts that stay two when each side does one to the other ("Israeli strikes killed 25 people in
# Gaza" / "Hamas fired rockets at Israel"; "A accused B" / "B condemned A"), unlike a meeting.
MIRROR_APART_CATEGORIES = ONE_SIDED_CATEGORIES | {"ASSAULT", "COERCE"}
# Acts two sides do together: "A met B" and "B met A" told apart are one event; for every other
# category one side's act and the other side's act of the same kind are two.
JOINT_ACT_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Prepositions of a time or circumstance frame around an act ("since the attacks in the US"): a
# country named there is no side of the act.
FRAME_ASIDE_PREPS = frozenset({"since", "after", "before", "following", "amid", "despite", "during"})
# Acts done to one other side, whose target may be the only other country a sentence names when
# the grammar names none (not joint acts: "the committee met in Naqoura" may name its members).
SENTENCE_TARGET_CATEGORIES = frozenset({"ASSAULT", "SANCTION", "ACCUSE", "REJECT", "THREATEN", "REQUEST", "AID",
                                        "SUPPORT"})
# Acts of one side against another: "both sides" or "the two governments" after them may mean those two.
CONFLICT_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# One-sided acts short of force: their two sides are "both sides" only when nothing says more.
DISPUTE_CATEGORIES = frozenset({"SANCTION", "ACCUSE", "THREATEN", "REJECT"})
# Prepositions of a verb's object that name the other side ("a delegation to Russia", "its border
# with Iran", "sanctions against Minsk").
OBJECT_TARGET_PREPS = ("to", "against", "on", "with")
# Senses that hold only with a complement saying what is demanded ("ordered X to leave").
COMPLEMENT_SENSES = frozenset({("order", "REQUEST")})
# Senses that hold only when the verb's "to" complement has its own doer ("expected Yerevan to
# amend its constitution" is a demand on Yerevan; "expects to sign" an intent, not an event).
OTHER_DOER_SENSES = frozenset({("expect", "REQUEST"), ("tell", "REQUEST")})
# Dependency labels of a predicate adjective that tells a stance ("is grateful to", "was critical of").
STANCE_ADJECTIVE_DEPS = frozenset({"acomp", "conj"})
# One person named by the attack they carried out ("a suicide bomber", "a gunman"): an actor the
# article may place nowhere.
ATTACKER_NOUNS = frozenset({"bomber", "gunman", "attacker", "assailant", "sniper", "militant", "insurgent",
                            "kidnapper", "hijacker", "shooter"})
# Acts that answer another side's act ("condemned", "lodged a protest", "urged ... to stop").
REACTION_CATEGORIES = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST", "THREATEN", "SANCTION", "SUPPORT"})
# How far back (characters, about two news sentences) the act a reaction answers is looked for.
REACTION_MAX_CHARS = 600
# Nouns whose "of" phrase is the norm broken, not an actor ("a violation of UN resolutions").
NORM_NOUNS = frozenset({"violation", "breach"})
# Verbs through which a noun's source arrives in a "from" phrase ("drew warnings from Seoul").
RECEIVING_VERBS = frozenset({"draw", "receive", "attract", "face", "earn", "get", "meet", "prompt", "spark", "trigger"})
# Refusing to say something is no PLOVER event ("declined to comment", "refused to elaborate").
NON_EVENT_COMPLEMENTS = frozenset({"comment", "elaborate", "disclose", "confirm", "provide", "give", "say",
                                   "specify", "reveal", "answer", "respond", "discuss", "detail", "identify", "name"})


# Acts that an agentless passive reports with its victim named ("three civilians were
# killed in Baghdad"): kept with no source, the victim's (or the place's) country as target.
AGENTLESS_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
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
# Verbs by which a side puts out a document ("the ministry issued a statement"): their subject issued it.
ISSUING_VERBS = frozenset({"issue", "release", "publish", "send", "deliver", "hand", "circulate", "post"})
DOCUMENT_NOUNS = frozenset({"note", "letter", "statement", "communique", "communiqué", "memorandum", "message",
                            "declaration", "resolution"})
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
# Acts that, with no other side named in the sentence, are done within the actor's own
# country (PLOVER codes them domestic: "rebels demanded the removal of the president").
DOMESTIC_DEFAULT_CATEGORIES = frozenset({"REQUEST", "REJECT", "THREATEN", "ASSAULT", "ACCUSE", "SANCTION", "AGREE"})


@dataclass
class _Candidate:
    tok: object
    sense: Sense
    pos: str  # "V" or "N"
    absorbed_by: int | None = None
    notes: list = field(default_factory=list)


def extract_events(doc, ctx: Context) -> list[Event]:
    """PLOVER events of the article with actors, date, location, status and evidence."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    resolver = ActorResolver(doc, ctx)
    governing, to_date = _timex_functions()
    block_of = _block_index(ctx.article)
    events: list[Event] = []
    sent_dates: dict[int, str | None] = {}
    carried: set[int] = set()  # sentences whose date was carried from the one before
    prev_sent = None
    for sent in doc.sents:
        zone = ctx.article.zone_of(sent.start_char)
        _remember_groups(sent, resolver)
        cands = [c for tok in sent if (c := _trigger(tok)) is not None]
        by_i = {c.tok.i: c for c in cands}
        cands += [c for tok in sent if tok.i not in by_i and (
            c := _obligation_clause(tok) or _quoted_obligation(tok, ctx) or _wrongdoing_clause(tok, ctx)
            or _refusal_clause(tok)) is not None]
        by_i = {c.tok.i: c for c in cands}
        for c in cands:
            _absorb(c, by_i, block_of=block_of)
        main_date = _main_date(sent, ctx, governing, to_date)
        sent_dates[sent.start] = main_date
        if main_date is not None and prev_sent is not None and block_of(prev_sent.start_char) == block_of(
                sent.start_char) and not ctx.timexes_in(prev_sent.start_char, prev_sent.end_char) \
                and _elaborates(sent, prev_sent, ctx):
            # "Ethiopia denied the charge. Its foreign ministry said on Saturday that ...": the
            # statement summed up first is the one the dated sentence after it reports
            events = [_dated_by_next(e, main_date, prev_sent) for e in events]
        if prev_sent is not None and ctx.published is not None:
            # "North Korea fired a missile on Tuesday morning [published Tuesday]. / Japan lodged
            # a protest with Pyongyang.": a reaction to an act of the publication day is of that day
            events = [_reaction_same_day(e, events, prev_sent, ctx) for e in events]
        if prev_sent is not None and sent_dates.get(prev_sent.start) is None:
            # the sentence before dated its main act by a time expression deeper in the clause
            # ("recalled its ambassador for consultations on Tuesday"): that act's date is the
            # episode's, which the next sentence may carry on
            episode = _main_event_date(prev_sent, events)
            if episode is not None:
                sent_dates[prev_sent.start] = episode
                carried.add(prev_sent.start)
        inherited, inherited_rule = None, "date:previous-sentence"
        if not _past_dating_timexes(sent, ctx) and prev_sent is not None and zone == "body" \
                and ctx.article.zone_of(prev_sent.start_char) == "body":
            if block_of(prev_sent.start_char) == block_of(sent.start_char):
                inherited = sent_dates.get(prev_sent.start)
                if inherited and prev_sent.start in carried:
                    inherited_rule = "date:narration-continues"
            elif _subject_named_in(sent, prev_sent, ctx, events):
                # a new paragraph opens a new report, its date unsaid, unless it goes on with
                # an actor the sentence before just named ("... dismissed Yoon's remarks" /
                # "Yoon said ...")
                inherited = sent_dates.get(prev_sent.start)
                inherited_rule = "date:previous-paragraph-same-actor"
            if inherited is None:
                # "Kenyan police fired tear gas ... on Wednesday. [...] / Police arrested dozens of
                # demonstrators.": the same actor goes on with the episode just told
                episode = _same_actor_episode(sent, events, ctx)
                if episode is not None:
                    inherited, inherited_rule = episode, "date:same-actor-episode"
        if main_date is None and inherited and _is_past(sent.root):
            # "Togo closed its border on Tuesday. It then expelled two diplomats. It also summoned
            # the ambassador.": past narration with no time expression of its own goes on in the
            # dated episode, so the sentence after it may carry the date on
            sent_dates[sent.start] = inherited
            carried.add(sent.start)
        prev_sent = sent
        judged = evaluations(sent, quote_cue=lambda t: _quote_cue(ctx, t)) if zone == "body" else []
        evaluated = {noun.i for _, noun, _, _ in judged}
        for c in cands:
            if c.absorbed_by is not None or c.tok.i in evaluated:
                continue  # "said the deal was good news": the deal is an act told before, not a new one
            ev = _build_event(c, doc, ctx, resolver, governing, to_date, inherited=inherited,
                              inherited_rule=inherited_rule, earlier=events)
            if ev is not None:
                charge = _report_accusation(ev, c, ctx, resolver, governing, to_date, inherited=inherited,
                                            inherited_rule=inherited_rule)
                if charge is not None:
                    # the act is the speaker's claim; the report of it is the speaker's accusation
                    ev = replace(ev, status="alleged", claimed_by=charge.source.name)
                    ev = _victims_of_charged_attack(ev, charge, c)
                    events.append(charge)
                if "wrongdoing-clause" in c.notes:
                    continue  # "said Indian troops had illegally crossed the line": only the charge
                events.append(ev)
                if len(ev.sources) > 1:
                    resolver.remember_pair(c.tok, ev.sources)
                if ev.type in CONFLICT_CATEGORIES | DISPUTE_CATEGORIES and ev.source is not None \
                        and ev.target is not None and ev.status in ("asserted", "alleged") \
                        and "actor-backoff-target-sentence" not in ev.evidence[0].rule:
                    # (a side only guessed from the sentence around the act is no party to a conflict)
                    resolver.remember_conflict(c.tok, ev.source, ev.target, force=ev.type in CONFLICT_CATEGORIES)
                if ev.source is not None and ev.source.country:
                    # "Japan protested ... Beijing rejected the protest": the act stands for its doer
                    resolver.nominal[f"event:{c.tok.lemma_.lower()}"] = (
                        resolver._sent_index(c.tok), Resolved(ev.source, rule="event-coreference"))
        for verb, noun, polarity, word in judged:
            ev = _evaluation_event(verb, noun, polarity, word, events, ctx, resolver, governing, to_date,
                                   inherited=inherited, inherited_rule=inherited_rule)
            if ev is not None:
                events.append(ev)
    if prev_sent is not None and ctx.published is not None:
        events = [_reaction_same_day(e, events, prev_sent, ctx) for e in events]  # the last sentence
    events = _redate_incidents(events, doc, ctx, governing, to_date)
    # dates from a statement's frame, a measured after/before, the speaker going on (event_dates.py)
    events = redate_events(events, doc, ctx, own_date=lambda t: _event_date(
        t, "V", ctx, governing, to_date, inherited=None)[0], block_of=block_of)
    events = _drop_display_duplicates(events, ctx)
    events = [_countries_as_of(e, ctx) for e in events]
    events = _merge(events)
    return [replace(e, id=f"v{i}") for i, e in enumerate(events, 1)]


# Target rules that place a victim by where the act happened or by the sentence around it, not by
# a side named as the one acted on: a report of such an act is no accusation by the victim's side.
PLACED_TARGET_RULES = ("target-location", "target-event-anaphor", "ethnic-group-by-residence")


def _report_accusation(ev: Event, c: _Candidate, ctx: Context, resolver: ActorResolver, governing, to_date, *,
                       inherited: str | None, inherited_rule: str) -> Event | None:
    """The speaker's ACCUSE when a reported hostile act harms the speaker's own side ("Guo said
    the Philippines had violated *China's* sovereignty"; "... injuring *our* crew," Basco told
    reporters): dated and placed at the report (`event_discourse.speaker_is_target`)."""
    if ev.source is None or not ev.source.country or ev.status not in ("asserted", "historical"):
        return None
    if ev.type not in ACCUSABLE_CATEGORIES:
        return None
    tok = c.tok
    speech = _speech_head(tok if c.pos == "V" else _anchor_verb(tok))
    rule = "accusation-in-report"
    if speech is None:
        quote = _quote_at(ctx, tok.idx)
        if quote is None or quote.cue_start is None or quote.cue_end is None:
            return None
        cue = tok.doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if cue is None or cue.root.pos_ not in ("VERB", "AUX"):
            return None
        speech, rule = cue.root, "accusation-in-quote"
    if not reported_main_act(tok if c.pos == "V" else _anchor_verb(tok), speech):
        return None  # an act in a relative or time clause ("a helicopter that was captured") is no charge
    rule_chain, notes = ev.evidence[0].rule, ev.evidence[0].notes
    if any(r in rule_chain for r in PLACED_TARGET_RULES) or any(n.startswith("source:actor-backoff") for n in notes) \
            or "actor-backoff-target-after" in rule_chain or "actor-backoff-target-phrase" in rule_chain \
            or "actor-backoff-agentless" in rule_chain:
        # a doer or a victim only placed by where it happened or by the sentence around it: the
        # report names no side harmed by another
        return None
    # a target only defaulted to the doer's own side ("Belarus had weaponised migration") names no victim
    named = ev.target is not None and any(n.startswith("target:") for n in notes)
    victim = ev.target.country if named or (ev.target is not None and "domestic" not in rule_chain) else None
    placed = _speaker_of(speech, list(ev.sources), resolver)
    if placed is None or not placed.actor.country:
        return None  # a speaker the parse places nowhere ("officials said"): no side to speak for
    spk = [placed]
    speaker = placed.actor
    if not speaker_is_target(ev.type, ev.source.country, victim, speaker.country):
        return None
    when, date_rule = _event_date(speech, "V", ctx, governing, to_date, inherited=inherited,
                                  inherited_rule=inherited_rule)
    rules = ["trigger:V:" + speech.lemma_.lower(), rule] + ([date_rule] if date_rule else [])
    doers = tuple(a for a in (ev.sources or (ev.source,)) if a.country and a.country != speaker.country)
    notes = (f"content:{ev.trigger}:{ev.type}", f"source:{spk[0].rule}", "target:doer-of-reported-act")
    evidence = (Evidence(rule="+".join(rules), text=speech.text, start=speech.idx, end=speech.idx + len(speech.text),
                         anchor=when, notes=notes),)
    sent = speech.sent
    return Event(id="", type="ACCUSE", trigger=speech.text, start=speech.idx, end=speech.idx + len(speech.text),
                 source=speaker, target=doers[0], sources=(speaker,), targets=doers, context=ev.context, date=when,
                 status="asserted", sentence=Span(sent.start_char, sent.end_char), evidence=evidence)


def _quote_cue(ctx: Context, tok):
    """The verb of saying of the direct quote holding `tok` ('"...," the minister *said*'), or None."""
    quote = _quote_at(ctx, tok.idx)
    if quote is None or quote.kind == "indirect" or quote.cue_start is None or quote.cue_end is None:
        return None
    cue = tok.doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if cue is None or cue.root.pos_ not in ("VERB", "AUX"):
        return None
    return cue.root


def _victims_of_charged_attack(ev: Event, charge: Event, c: _Candidate) -> Event:
    """"Azerbaijani forces had shelled the village of Sotk", Armenia's defence ministry said: an
    attack whose victims the article places nowhere, charged by a side, was done to that side
    (rule `target-accuser-side`); a named or placed victim stays, and an attack with no one hit
    ("fired three missiles into the sea", "opened fire") gets none."""
    if ev.type not in ATTACK_CATEGORIES or c.pos != "V":
        return ev
    patients = [ch for ch in c.tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    if not patients or any(in_class([p.lemma_, p.lower_], "weapon") or in_class([p.lemma_, p.lower_], "weapon-fire")
                           for p in patients):
        return ev
    ev0 = ev.evidence[0]
    named = ev.target is not None and bool(ev.target.country) and (
        any(n.startswith("target:") for n in ev0.notes) or "domestic" not in ev0.rule)
    if named or charge.source is None or not charge.source.country:
        return ev
    victim = replace(charge.source)
    return replace(ev, target=victim, targets=(victim,),
                   evidence=(replace(ev0, rule=ev0.rule + "+target-accuser-side"),) + ev.evidence[1:])


def _speaker_of(verb, doers: list[Actor], resolver: ActorResolver) -> Resolved | None:
    """The placed speaker of a verb of saying: its subject, else placed where the verb's own
    phrases say it speaks ("At a briefing *in Beijing*, spokesperson Guo said"), never in what is
    reported; None when the speaker cannot be placed."""
    spk = [r for r in _subject_actors(verb, resolver) if not is_media(r.actor.name)]
    if not spk:
        return None
    if spk[0].actor.country or spk[0].sector == "IGO":
        return spk[0]
    clause = {t.i for ch in verb.children if ch.dep_ in ("ccomp", "conj", "parataxis") for t in ch.subtree}
    here = [t for ch in verb.children if ch.dep_ == "prep" for t in ch.subtree
            if t.i not in clause and _in_place_phrase(t)]
    found = _countries_in(here, [Resolved(a, rule="doer") for a in doers if a.country], resolver)
    if not found:
        return None
    return Resolved(replace(spk[0].actor, country=found[0].actor.country), rule="speaker-place")


def _evaluation_event(verb, noun, polarity: str, word, earlier: list[Event], ctx: Context, resolver: ActorResolver,
                      governing, to_date, *, inherited: str | None, inherited_rule: str) -> Event | None:
    """A statement of what an act is: praise SUPPORT, criticism ACCUSE of its doers ("said the deal
    was good news" after Brazil and Mexico signed it; "called China's drills provocative"): the owner
    the noun's modifiers name, else the doers of the latest fitting act it points back at
    (`event_discourse.evaluations`)."""
    speaker = _speaker_of(verb, [], resolver)
    if speaker is None or not speaker.actor.country:
        return None
    own = {speaker.actor.country}
    lemma = noun.lemma_.lower()
    fits = ANAPHORIC_EVENT_NOUNS.get(lemma)
    if fits is None:
        fits = frozenset(s.category for s in senses_for(lemma, "N"))
    # "Venezuela's actions are reckless": an owner named on the noun is meant first
    doers = [r.actor for r in resolver._from_modifiers(noun) if r.actor.country and r.actor.country not in own]
    how, meant = "target-owner-of-act", None
    if noun.pos_ == "PRON" and noun.sent.start > 0:
        # '"Kenya has chosen to host the militia. This is a hostile act"': the demonstrative
        # points at what the sentence before says a side did (the subject of its reported clause)
        doers = [r.actor for r in _resolve_many(_told_doers(noun.doc[noun.sent.start - 1].sent), resolver)
                 if r.actor.country and r.actor.country not in own][:1]
        how = "target-doer-of-sentence-before"
    for ev in ([] if doers else reversed(earlier)):
        how = "target-event-anaphor"
        if ev.sentence is None or (not fits and verb.sent.start_char - ev.sentence.start > EVENT_ANAPHOR_MAX_CHARS):
            break  # "the move" points at what was just told; "the deal" at the latest deal, however far
        if (fits and ev.type not in fits) or ctx.article.zone_of(ev.start) != "body":
            continue  # a headline or caption sums up; the act meant was told in the body
        doers = [a for a in (ev.sources or ((ev.source,) if ev.source else ())) if a.country and a.country not in own]
        if doers:
            meant = ev
            break
    if not doers:
        return None
    category, mode = ("SUPPORT", "praise") if polarity == "+" else ("ACCUSE", "disapprove")
    when, date_rule = _event_date(verb, "V", ctx, governing, to_date, inherited=inherited,
                                  inherited_rule=inherited_rule)
    if when is None and meant is not None and _recent(meant.date, ctx):
        # "The EU imposed sanctions on Thursday. / Belarus called the sanctions illegitimate.":
        # the reaction reported with a recent act, undated, is of that act's day
        when, date_rule = meant.date, "date:reaction-to-act"
    rules = [f"trigger:V:{verb.lemma_.lower()}", f"evaluation{polarity}"] + ([date_rule] if date_rule else [])
    notes = (f"evaluated:{noun.text}={word.text}", f"source:{speaker.rule}", how)
    evidence = (Evidence(rule="+".join(rules), text=verb.text, start=verb.idx, end=verb.idx + len(verb.text),
                         anchor=when, notes=notes),)
    sent = verb.sent
    return Event(id="", type=category, trigger=verb.text, start=verb.idx, end=verb.idx + len(verb.text),
                 source=speaker.actor, target=doers[0], sources=(speaker.actor,), targets=tuple(doers), mode=mode,
                 context=("diplomatic",), date=when, status="asserted", claimed_by=None,
                 sentence=Span(sent.start_char, sent.end_char), evidence=evidence)


def _told_doers(sent) -> list:
    """The subject of what a sentence tells: its main clause's, or (when that is a verb of saying)
    its reported clause's ('"Kenya has chosen to ...," the ministry said': Kenya)."""
    verb = sent.root
    if verb.lemma_.lower() in SPEECH_VERBS:
        verb = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
    if verb is None:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _recent(day: str | None, ctx: Context) -> bool:
    """Whether `day` is a full date at most REACTION_DAYS before publication (not after it)."""
    if not day or ctx.published is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return False
    try:
        gap = (ctx.published.date() - date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 <= gap <= REACTION_DAYS


def _redate_incidents(events: list[Event], doc, ctx: Context, governing, to_date) -> list[Event]:
    """"The incident happened on Tuesday morning": the latest fitting act reported before
    (undated, or dated only by its report or a neighbouring sentence) took place then
    (`event_discourse.incident_sentence`; rule ``date:incident-anaphor``)."""
    if not events:
        return events
    events = list(events)
    for sent in doc.sents:
        found = incident_sentence(sent)
        if found is None:
            continue
        noun, verb = found
        when, _ = _event_date(verb, "V", ctx, governing, to_date, inherited=None)
        if not when:
            continue
        i = incident_target(events, noun, sent_start=sent.start_char)
        if i is None:
            continue
        # the incident is the episode that sentence told: each fitting act of it, weakly dated
        same = [j for j in range(len(events)) if events[j].sentence == events[i].sentence
                and events[j].type == events[i].type and weakly_dated(events[j])]
        for j in same:
            events[j] = _redated(events[j], when, noun, verb, ctx)
    return events


def _redated(ev: Event, when: str, noun, verb, ctx: Context) -> Event:
    """`ev` dated `when` by "the incident happened ..." (`noun`, `verb`), noted in its evidence."""
    ev0 = ev.evidence[0]
    rule = "+".join(r for r in ev0.rule.split("+") if not r.startswith("date:")) + "+date:incident-anaphor"
    evidence = (replace(ev0, rule=rule, anchor=when,
                        notes=ev0.notes + (f"dated-by:{noun.text} {verb.text}@{verb.idx}",)),) + ev.evidence[1:]
    status = ev.status
    if status == "asserted" and ctx.published is not None:
        period = _period(when)
        if period is not None and (ctx.published.date() - period[1]).days > HISTORICAL_DAYS:
            status = "historical"
    return replace(ev, date=when, status=status, evidence=evidence)


def _countries_as_of(ev: Event, ctx: Context) -> Event:
    """Actors' countries as they were when the article was published: a place of a state that
    split off later belongs to the state it was part of ("Juba" in a 2000 report is Sudan's)."""
    when = ctx.published.date() if ctx.published is not None else None
    if when is None:
        return ev

    def fix(a: Actor | None) -> Actor | None:
        if a is None or a.country is None:
            return a
        iso = country_as_of(a.country, when)
        return a if iso == a.country else replace(a, country=iso)

    fixed = replace(ev, source=fix(ev.source), target=fix(ev.target), sources=tuple(fix(a) for a in ev.sources),
                    targets=tuple(fix(a) for a in ev.targets), location=fix(ev.location))
    if fixed != ev:
        ev0 = fixed.evidence[0]
        fixed = replace(fixed, evidence=(replace(ev0, notes=ev0.notes + ("country-as-of-publication",)),)
                        + fixed.evidence[1:])
    return fixed


def _block_index(article):
    """offset -> number of the headline, caption or paragraph holding it (text blocks the
    parser may run together; -1 outside every block)."""
    spans = sorted([(p.start, p.end) for p in article.paragraphs]
                   + [(c.start, c.end) for c in article.captions]
                   + ([(article.headline_span.start, article.headline_span.end)] if article.headline_span else []))
    starts = [a for a, _ in spans]

    def block_of(offset: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < spans[i][1] else -1
    return block_of


# -- triggers ------------------------------------------------------------------------------------
def _trigger(tok) -> _Candidate | None:
    if tok.pos_ == "VERB" or (tok.pos_ == "ADJ" and tok.tag_ == "VBN" and tok.dep_ in ("acomp", "ROOT", "conj")):
        pos = "V"  # "Israel is opposed to the mediation": the participle is the act
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
        if pos == "V" and s.category == "MOBILIZE" and lemma in ORDER_LEMMAS and any(
                ch.dep_ == "xcomp" and any(k.category != "MOBILIZE" for k in senses_for(ch.lemma_.lower(), "V"))
                for ch in tok.children):
            continue  # "ordered its troops to withdraw / to open fire": the ordered act is told by its own verb
        if not event_precision.sense_fits(tok, pos, s.category, is_trigger_noun=_trigger_noun_only):
            continue  # "exports declined", "struck by the awareness" (event_precision.py)
        if pos == "V" and s.category == "PROTEST" and lemma in INTRANSITIVE_SENSES and any(
                ch.dep_ in ("dobj", "ccomp") for ch in tok.children):
            return None  # "demonstrated restraint", "demonstrated that it could": to show, not to protest
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
        return _Candidate(tok=tok, sense=s, pos=pos)
    return None


def _gathering_purpose(tok):
    """The "to" clause saying why a crowd gathered ("gathered ... to demand their release"), when
    `tok` is a verb of gathering (or "took to the streets") and the clause is a demand, a charge
    or a protest; else None."""
    lemma = tok.lemma_.lower()
    gathering = lemma in GATHERING_LEMMAS or (lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in STREET_NOUNS for g in c.children)
        for c in tok.children))
    if not gathering:
        return None
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
                s.category in PROTEST_PURPOSE_CATEGORIES for s in senses_for(c.lemma_.lower(), "V")):
            return c
    return None


def _gathers_to_protest(tok) -> bool:
    return _gathering_purpose(tok) is not None


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
        for c in tok.children) or _for_to_clause(tok, particle)


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
    if pos == "V" and object_class == FORCES_CLASS:
        # "sent anti-drone teams and a mechanised battalion": armed forces among the conjuncts
        # make it a deployment ("evacuated its diplomats and their families" keeps its first object)
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

# -- building one event ----------------------------------------------------------------------------
def _build_event(c: _Candidate, doc, ctx: Context, resolver: ActorResolver, governing, to_date, *,
                 inherited: str | None, inherited_rule: str = "date:previous-sentence",
                 earlier: list[Event] = ()) -> Event | None:
    tok, sense = c.tok, c.sense
    category, mode, context = sense.category, sense.mode, sense.context
    rules = [f"trigger:{sense.pos}:{sense.lemma}{'+' + sense.particle if sense.particle else ''}"
             f"{'/' + sense.object_class if sense.object_class else ''}"]
    status, modal_notes = _status(tok, c.pos)
    sources, targets, actor_rules = _actors(c, doc, resolver)
    purpose = _gathering_purpose(tok) if "gathering-purpose" in c.notes and sources else None
    aimed = _countries_in(purpose.subtree, sources, resolver)[:1] if purpose is not None else []
    if aimed:
        # "took to the streets of Yerevan to denounce the deal with Azerbaijan": the side the
        # protest is aimed at is the one its purpose names, not the streets it filled
        targets = aimed
        actor_rules = ["target:gathering-purpose"] + [n for n in actor_rules if not n.startswith("target:")]
    mediators = _mediators_met(targets, doc) if category == "CONSULT" and sources else []
    if mediators:
        # "Saudi and Houthi delegations met separately with Omani mediators": the mediators
        # consult the sides (PLOVER CONSULT, third-party), not the sides a mediator
        sources, targets, mode = mediators, [s for s in sources if s.actor.country], "third-party"
        actor_rules = ["source:mediators-met"] + [n for n in actor_rules if not n.startswith(("source:", "target:"))]
    issued = None  # the act that issued the document speaking here ("The note urged ...")
    if not sources and c.pos == "V" and sense.category in VERBAL_CATEGORIES:
        issuer, issued = _document_issuer(tok, earlier, resolver=resolver)
        if issuer:
            sources = [Resolved(a, rule="document-issuer") for a in issuer]
            actor_rules = ["source:document-issuer"] + [n for n in actor_rules if not n.startswith("source:")]
    if c.pos == "V" and tok.dep_ == "conj" and sense.category in ONE_SIDED_CATEGORIES and sources and targets \
            and sources[0].actor.country and sources[0].actor.country == targets[0].actor.country:
        # "... said Greece had militarised islands and called on Athens to ...": no side calls on
        # (or accuses) itself; the conjunct continues the speaker's report
        speech_up = _speech_head(tok)
        spk = _speaker_of(speech_up, [t.actor for t in targets], resolver) if speech_up is not None else None
        if spk is not None and spk.actor.country and spk.actor.country != targets[0].actor.country:
            sources = [spk]
            actor_rules = ["source:speaker-of-self-directed-conjunct"] + [
                n for n in actor_rules if not n.startswith("source:")]
    accusation = _accusation_head(tok) if c.pos == "V" else None
    alleged_by = None
    if accusation is not None:
        # "X accused Y of firing ..., injuring crew": the participle goes on with the act Y is
        # accused of; Y is its doer, and it is X's claim, not a reported fact
        accused = _resolve_many([ch for ch in accusation.children if ch.dep_ == "dobj"], resolver)
        accuser = _subject_actors(accusation, resolver)
        if accused:
            sources = accused
            actor_rules = [f"source:accused-of:{accusation.lemma_}"] + [
                n for n in actor_rules if not n.startswith("source:")]
            targets = [t for t in targets if t.actor.country != accused[0].actor.country]
            alleged_by = accuser[0].actor.name if accuser else None
            rules.append(f"alleged-under:{accusation.lemma_}")
    joint_marked = c.pos == "N" and any(m.lower_ in JOINT_MODIFIERS for m in _noun_modifiers(tok))
    if category == "MOBILIZE" and tok.lemma_.lower() in JOINT_ACTIVITY_NOUNS and (
            len(sources) > 1 or joint_marked or (targets and tok.lemma_.lower() in EXERCISE_NOUNS)):
        # exercises held together (or with another side) are military cooperation (before the
        # intent rule: "will hold joint exercises" is a plan to cooperate, not a threat); a patrol
        # or operation only when held together ("patrols along the border with X" are one side's)
        category, mode = "COOPERATE", None
        rules.append("joint-exercise")
    # PLOVER codes what a side states it will do: an intention to cooperate AGREE, to harm
    # (or a conditional "will withdraw unless") THREATEN, a refusal ("will not accept") REJECT,
    # and an obligation the speaker puts on another side ("X must drop barriers") REQUEST.
    verb = tok if c.pos == "V" else _anchor_verb(tok)
    speech, path = _speech_path(verb)
    intent = _intent_head(verb)
    path_aux = set().union(*(_aux_lemmas(v) for v in path)) if path else _aux_lemmas(verb)
    # whose plan it is: an intention the actor states (or "will" of the actor itself); a
    # "could" that someone else says of the actor stays that speaker's hypothesis
    speaker_side = intent is not None or (speech is not None and _same_side(speech, sources, resolver)) or (
        speech is None and status in ("future", "hypothetical")) or bool(path_aux & FUTURE_AUX)
    conditional = verb is not None and _is_conditional(verb)
    head = speech if speech is not None else intent
    head_word = head.lemma_ if head is not None else "modal"
    quote_cue = _quote_cue(ctx, tok) if speech is None and path_aux & OBLIGATION_AUX else None
    if quote_cue is not None and sources and not any(r.rule in ("pronoun-speaker", "quote-speaker") for r in sources):
        # '"Turkey must withdraw the vessel," the minister said': what the speaker says another
        # side must do, inside a quote, is the speaker's REQUEST
        spk = _speaker_of(quote_cue, [r.actor for r in sources], resolver)
        if spk is not None and spk.actor.country and spk.actor.country not in {r.actor.country for r in sources}:
            category, mode = "REQUEST", None
            targets, sources = sources, [spk]
            actor_rules = [f"source:{spk.rule}"] + [n for n in actor_rules if not n.startswith("source:")]
            rules.append(f"obligation-in-quote:{quote_cue.lemma_}")
            status = "asserted"
    decision = verb.head if verb is not None and verb.dep_ == "ccomp" and \
        verb.head.lemma_.lower() in DECISION_VERBS else None
    if decision is not None and status == "future" and category in HOSTILE_CATEGORIES and not conditional:
        # "Finland will keep all crossings with Russia closed, the government decided on Thursday":
        # a measure decided is taken (as "decided to keep ... closed"), no threat of it
        status = "asserted"
        rules.append(f"decided-under:{decision.lemma_}")
    if path_aux & OBLIGATION_AUX and speech is not None:
        spk = _subject_actors(speech, resolver)
        own = {(r.actor.start, r.actor.end) for r in spk}
        if spk and not any((r.actor.start, r.actor.end) in own or r.rule in ("pronoun-speaker", "quote-speaker")
                           for r in sources):
            category, mode = "REQUEST", None
            targets, sources = sources, spk
            rules.append(f"obligation-under:{speech.lemma_}")
            status = "asserted"
    elif status == "negated" and category in COOPERATIVE_CATEGORIES | {"AGREE"} and (
            path_aux & (FUTURE_AUX | HYPOTHETICAL_AUX) or any(n.startswith("negated-by:fail") for n in modal_notes)):
        category, mode = "REJECT", None
        rules.append("refusal")
        status = "asserted"
    elif status in ("future", "hypothetical") and speaker_side and (
            speech is not None or intent is not None or path_aux & FUTURE_AUX or conditional):
        if conditional and category in HOSTILE_CATEGORIES | {"RETREAT", "PROTEST"}:
            category, mode = "THREATEN", None
            rules.append(f"conditional-intent-under:{head_word}")
            status = "asserted"
        elif category == "CONSULT" and sense.object_class == "envoy" and intent is None and speech is not None \
                and path_aux & (FUTURE_AUX | {"would"}):
            # "said Japan would send a delegation to Seoul": an announced dispatch of envoys is
            # the planned consultation itself (status future); a promise to visit or meet
            # ("will visit", "would meet") stays AGREE, as PLOVER codes a commitment
            rules.append(f"planned-under:{head_word}")
            status = "future"
        elif category in COOPERATIVE_CATEGORIES | {"AGREE"}:
            # ("said he would accept the invitation": a stated commitment is the AGREE itself)
            category = "AGREE"
            rules.append(f"intent-under:{head_word}")
            status = "asserted" if head is not None else status
        elif category in HOSTILE_CATEGORIES | {"PROTEST"}:
            category = "THREATEN"
            rules.append(f"intent-under:{head_word}")
            status = "asserted" if head is not None else status
    if "refusal-clause" in c.notes:
        own = _subject_actors(tok, resolver)
        said_by = _subject_actors(speech, resolver) if speech is not None else []
        if not ("refusal" in rules and own and said_by and own[0].actor.country
                and own[0].actor.country == said_by[0].actor.country):
            return None  # "officials said the economy would not grow": no side refusing anything
    if "obligation-clause" in c.notes and not any(r.startswith(("obligation-under:", "obligation-in-quote:"))
                                                  for r in rules):
        return None  # the clause's actor is the speaker's own side: no request
    if category == "REJECT" and c.pos == "V" and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in NON_EVENT_COMPLEMENTS for x in tok.children):
        return None  # "declined to comment": no act towards anyone
    if not targets and c.pos == "V" and (ante := event_precision.relative_object(tok)) is not None:
        # "Norway, which he visited": the noun the relative object stands for is acted on
        targets = [r for r in resolver.resolve_all(ante) if r.actor.country or r.sector == "IGO"]
        actor_rules = actor_rules + ["target:relative-object"] if targets else actor_rules
    if "source-modifier" in actor_rules and not targets:
        return None  # "UN sanctions", "military drills" named in passing: no act reported
    sources = [r for r in sources if not is_media(r.actor.name)]
    venue_of = _retold_at_venue(tok, earlier, parties={r.actor.country for r in sources if r.actor.country}) \
        if c.pos == "N" and category == "CONSULT" else None
    if venue_of is not None and not sources:
        # "The agreement was reached on Monday at the 24th round of talks": the talks were held
        # by the parties of the agreement told before, on its day
        sources = [Resolved(a, rule="venue-of-retold-act") for a in venue_of.sources if a.country]
        targets = sources[1:] + sources[:1]
        actor_rules = ["source:venue-of-retold-act"] + [n for n in actor_rules if not n.startswith(("source:", "target:"))]
    agentless = c.pos == "V" and (_agentless_passive(tok) or _instrument_agent(tok))
    if not sources and agentless and sense.object_class == "summoned-envoy":
        # "Bolivia's consul was summoned to the Chilean foreign ministry": whoever an envoy is
        # called to summoned him
        to = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "to" for g in ch.children
              if g.dep_ == "pobj"]
        summoner = [r for g in to for r in resolver.resolve_all(g) if r.actor.country]
        if summoner:
            sources = summoner[:1]
            actor_rules = ["source:summoned-to"] + [n for n in actor_rules if not n.startswith("source:")]
    if not sources and category == "PROTEST" and c.pos == "V" and not agentless:
        crowd = resolver.unplaced_crowd(tok)  # "Thousands of demonstrators marched" (TBILISI -): before
        # a country the sentence names for what they carry or protest about
        if crowd is not None:
            sources = [crowd]
            actor_rules = [f"source:{crowd.rule}"] + [n for n in actor_rules if not n.startswith("source:")]
    if not sources and c.pos == "V" and not agentless and (spoke := _pronoun_cue_speaker(tok, ctx)) is not None:
        # "He denied that troops had crossed into PNG territory": the pronoun the quotes layer resolved
        # as the speaker of this very cue (the colonel quoted just before), not a country guessed
        sources = [spoke]
        actor_rules = ["source:cue-speaker"] + [n for n in actor_rules if not n.startswith("source:")]
    if (not sources or (sources[0].actor.country is None and sources[0].sector != "IGO")) and (
            agentless or _actor_is_someone(tok, c.pos)):
        # the parse names no actor we can place ("President Bill Clinton", "militants", a
        # passive with no agent): back off to the countries the sentence (then the
        # paragraph) names on the actor's side, never to the target's own country
        backed = _backoff_source(tok, c.pos, sources, targets, ctx, resolver, agentless=agentless,
                                 category=sense.category)  # the act itself, not a stance on it
        if backed is not None:
            sources = [backed] + sources[1:]
            actor_rules = [f"source:{backed.rule}"] + [n for n in actor_rules if not n.startswith("source:")]
            rules.append(backed.rule)
            if targets and sense.category in ONE_SIDED_CATEGORIES and "target-in-clause" in actor_rules and all(
                    t.actor.country == backed.actor.country for t in targets):
                # "Saenz warned that Costa Rica would return ...": the speaker's own side, named in the
                # clause before the speaker was placed, is no side the statement is aimed at
                targets = []
                actor_rules = [n for n in actor_rules if n != "target-in-clause"]
            if not targets and sense.category in VERBAL_CATEGORIES:
                # the statement's target, now that its speaker is placed: the countries its
                # reported clause names ("... and offered to host talks between the two governments")
                targets = _clause_targets(tok, c.pos, sources, resolver)
                if targets:
                    actor_rules.append("target-in-clause")
    if not sources and agentless and category in OWN_FORCES_CATEGORIES and c.pos == "V" and any(
            ch.dep_ == "nsubjpass" and in_class([w for g in (ch, *ch.conjuncts) for w in (g.lemma_, g.lower_)], "forces")
            for ch in tok.children):
        # "the army spokesman said an additional battalion had been deployed to the border": a side
        # tells of its own forces moved with no doer named
        speech_v = _speech_head(tok)
        teller = _speaker_of(speech_v, [], resolver) if speech_v is not None else None
        if teller is not None and teller.actor.country:
            sources = [Resolved(replace(teller.actor), rule="own-forces-of-speaker")]
            actor_rules = ["source:own-forces-of-speaker"] + [n for n in actor_rules if not n.startswith("source:")]
        else:
            # "Chadian troops were sent to reinforce the frontier": forces moved with no doer named
            # are moved by the state whose forces they are
            moved = [t for t in targets if t.actor.country and any(
                ch.dep_ == "nsubjpass" and ch.left_edge.idx <= t.actor.start <= ch.idx for ch in tok.children)]
            if moved:
                sources = [Resolved(moved[0].actor, rule="own-forces-named")]
                targets = [t for t in targets if t.actor.country != moved[0].actor.country]
                actor_rules = ["source:own-forces-named"] + [n for n in actor_rules if not n.startswith(("source:", "target:"))]
    if not sources and agentless and category == "RETREAT" and mode == "release":
        # "The trawler was released after its owner paid a fine": whoever seized or detained it
        # (the latest detention told before) lets it go, and whose it was is the other side
        seizure = next((ev for ev in reversed(earlier) if ev.type == "COERCE" and ev.mode in SEIZURE_MODES
                        and ev.source is not None and ev.source.country), None)
        if seizure is not None:
            sources = [Resolved(seizure.source, rule="holder-of-seized")]
            actor_rules = ["source:holder-of-seized"] + [n for n in actor_rules if not n.startswith("source:")]
            if not any(t.actor.country for t in targets) and seizure.target is not None and seizure.target.country:
                targets = [Resolved(seizure.target, rule="owner-of-seized")]
    if not sources and agentless and category in AGENTLESS_CATEGORIES and not any(t.actor.country for t in targets):
        # "a journalist has been killed in Beirut": the place says whose people suffered
        place = _location(tok, c.pos, resolver)
        if place is None or not place.country:
            place = _nested_place(tok, resolver)  # "killed in a car bomb explosion in ... eastern Beirut"
        if place is not None and place.country:
            targets = [Resolved(place, rule="target-location")] + [t for t in targets if t.actor.country]
    if not sources and c.pos == "N" and category == "PROTEST" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Protests erupted in Lagos", "as demonstrations against the bill turned violent": no one
        # named, the place (of its own clause, else of the sentence) says whose people protested
        place = _location(tok, c.pos, resolver) or _nested_place(_anchor_verb(tok) or tok, resolver) or \
            _location(tok.sent.root, "V", resolver) or _nested_place(tok.sent.root, resolver)
        if place is not None and place.country:
            sources = [Resolved(place, rule="protest-by-place")]
            actor_rules = ["source:protest-by-place"] + [n for n in actor_rules if not n.startswith("source:")]
    if not sources and not agentless and c.pos == "V":
        group = _unplaced_group(tok, resolver)
        if group is not None:
            # "Muslim hackers defaced Danish web sites": who acted is named, not placed; the act
            # on a placed target is still reported (kept only when the target is a state, below)
            sources = [group]
            actor_rules = ["source:unplaced-group"] + [n for n in actor_rules if not n.startswith("source:")]
    if not sources and agentless and sense.object_class == "moved-people":
        # "800 inmates were bussed from Ecuadorian jails to the border": people are expelled by
        # the country they are taken from
        origin = [t for ch in tok.children if ch.dep_ == "prep" and ch.lower_ == "from" for t in ch.subtree]
        # (the people moved are the target: "Colombian inmates"; the jails' country is not)
        moved = _countries_in(origin, [t for t in targets[:1] if t.actor.country], resolver)[:1]
        if moved:
            sources = [Resolved(moved[0].actor, rule="expelled-from")]
            targets = [t for t in targets if t.actor.country != moved[0].actor.country]
            actor_rules = ["source:expelled-from"] + [n for n in actor_rules if not n.startswith("source:")]
    if not sources and agentless and category in AGENTLESS_CATEGORIES and c.pos == "V":
        doer = resolver.doer_of_act_on_place(tok)  # "shelled the town of Adre, where three were killed"
        if doer is not None:
            sources = [doer]
            actor_rules = [f"source:{doer.rule}"] + [n for n in actor_rules if not n.startswith("source:")]
    if not sources:
        if not (agentless and category in AGENTLESS_CATEGORIES and any(t.actor.country for t in targets)):
            return None  # no actor at all (or only a news outlet, a reporter)
        rules.append("actor-backoff-agentless")  # "three civilians were killed in Baghdad": done by someone unnamed
    # no source at all (an agentless passive): a placeholder that matches no target below
    src = sources[0] if sources else Resolved(Actor(name="", start=-1, end=-1), rule="none")
    if sources and src.actor.country is None and src.sector is None:
        return None
    if any(t.rule == "the-two-countries" for t in targets) and sources:
        # "the United States praised the two countries": two others than the actor
        pair = resolver._last_two_countries(tok.idx, exclude={r.actor.country for r in sources})
        targets = [Resolved(Actor(name=n, entity=eid, country=iso), rule="the-two-countries") for n, eid, iso in pair]
    # drop a target that is the source itself (same phrase)
    targets = [t for t in targets if not (t.actor.start == src.actor.start and t.actor.end == src.actor.end
                                          and t.actor.country == src.actor.country)]
    # an actor does not act on itself ("Trump ... on his trip": the same entity)
    targets = [t for t in targets if not (t.actor.entity and t.actor.entity == src.actor.entity
                                          and len(sources) == 1)]
    # "recalled *its* ambassador from Algiers": the actor's own people named by its possessive are
    # what it acts with, not whom it acts on, when another side is named
    if any(t.rule == "possessive-antecedent" and t.actor.country in {s.actor.country for s in sources}
           for t in targets) and any(t.actor.country not in {s.actor.country for s in sources} for t in targets):
        targets = [t for t in targets if not (t.rule == "possessive-antecedent"
                                              and t.actor.country in {s.actor.country for s in sources})]
    # a symmetric act by coordinated actors: each acts on the others
    reciprocal_act = sense.lemma in RECIPROCAL_LEMMAS or tok.lemma_.lower() in RECIPROCAL_LEMMAS or (
        category == "CONSULT" and sense.mode == "phone") or (  # "X and Y held a phone call" (not "a call for")
        category == "COOPERATE" and tok.lemma_.lower() in JOINT_ACTIVITY_NOUNS)  # "X and Y began joint patrols"
    if len(sources) > 1 and reciprocal_act and ("target-in-clause" in actor_rules
                                                 or "target-among-dependents" in actor_rules):
        # "Peru and Ecuador signed an agreement that cuts tariffs on Chinese steel": what the
        # agreement is about is no third side of it (nor a mediator named in a loose phrase:
        # "exchanged 150 prisoners each in a swap mediated by the UAE")
        targets = []
        actor_rules = [n for n in actor_rules if not n.startswith("target:") and n not in (
            "target-in-clause", "target-among-dependents")]
    if len(sources) > 1 and {t.actor.country for t in targets} <= {s.actor.country for s in sources}:
        targets = []  # "the two countries held talks in Beijing": the place is not a third side
    if not targets and len(sources) > 1 and reciprocal_act:
        targets = sources[1:] + sources[:1]
        rules.append("reciprocal")
    if not targets and mode == "visit" and sources:
        # "at the end of a two-day visit by Amaral" (the pact signed *in Mexico City*): a visit
        # with no host named is to the country where it takes place
        host = _location(tok, c.pos, resolver)
        if host is not None and host.country and host.country not in {s.actor.country for s in sources}:
            targets = [Resolved(host, rule="visit-host-place")]
            rules.append("visit-host-place")
    if targets and sources and c.pos == "V" and category in STANCE_CATEGORIES:
        # "condemned the arrest of the British journalist in Tehran": an act named with its victim
        # in an "of" phrase is aimed at whoever did it (its "by" phrase, the act told before, the
        # country it happened in), not at the victim's country
        doer = _doer_of_condemned_act(tok, targets[0], earlier, {s.actor.country for s in sources}, resolver)
        if doer is not None:
            targets = [doer]
            rules.append(doer.rule)
    drawer = _anchor_verb(tok) if c.pos == "N" and tok.dep_ == "dobj" else None
    if not targets and sources and drawer is not None and drawer.lemma_.lower() in RECEIVING_VERBS:
        # "Niger closed its border ... / The decision drew condemnation from Benin": the act
        # that drew it, named by a definite noun, points back at its doers
        subj = next((ch for ch in drawer.children if ch.dep_ == "nsubj"), None)
        prior = _act_noun_doers(subj, tok, earlier, {s.actor.country for s in sources}) if subj is not None else None
        if prior:
            targets = [Resolved(a, rule="event-anaphor") for a in prior]
            rules.append("target-event-anaphor")
    if not targets and category in MUTUAL_CATEGORIES and len({r.actor.country for r in sources if r.actor.country}) == 2 \
            and all(r.rule == "the-two-countries" for r in sources):
        # "both armies had pulled back troops from four disputed posts": each side acts towards the other
        targets = sources[1:] + sources[:1]
        rules.append("target-mutual-pair")
    if not targets and mode == "third-party" and sources and src.actor.country:
        # "Their release was the result of months of mediation by Qatar": a mediation with no sides
        # named is between the two countries the article named last (not the mediator)
        pair = resolver._last_two_countries(tok.idx, exclude={src.actor.country})
        if len(pair) == 2:
            targets = [Resolved(Actor(name=name, entity=eid, country=iso, start=tok.idx, end=tok.idx + len(tok.text)),
                                rule="mediated-pair") for name, eid, iso in pair]
            rules.append("target-mediated-pair")
    if c.pos == "N" and not targets and category in REFUSAL_NOUN_CATEGORIES and tok.lemma_.lower() in REFUSAL_NOUNS \
            and sources and src.actor.country and any(
            ch.dep_ == "poss" and src.actor.country in {r.actor.country for r in resolver.resolve(ch)}
            for ch in tok.children) and (
            other := _only_other_country(tok, c.pos, sources, ctx, resolver)) is not None:
        # "overshadowed by a dispute over Japan's refusal to issue a fresh apology" (with South
        # Korea's president named): a side's own stance named by a noun is aimed at the one other
        # country of its sentence, as its verb would be
        targets = [Resolved(other.actor, rule="actor-backoff-target-sentence")]
        rules.append("actor-backoff-target-sentence")
    if c.pos == "N" and not targets and category not in TARGETLESS_NOUN_CATEGORIES and not (
            category in _FORCE_ACTS and any(ch.dep_ == "prep" and ch.lower_ in ("against", "on") and any(
                g.dep_ == "pobj" for g in ch.children) for ch in tok.children)):
        # ("an operation against militant hideouts" is an act on someone, placed or not)
        return None  # "sanctions", "warnings" with no one they are aimed at: too thin to report
    when, date_rule = _event_date(tok, c.pos, ctx, governing, to_date, inherited=inherited,
                                  inherited_rule=inherited_rule)
    if venue_of is not None and venue_of.date and (when is None or date_rule == inherited_rule):
        when, date_rule = venue_of.date, "date:venue-of-retold-act"
    perfect = verb is not None and ((verb.tag_ == "VBN" and any(
        ch.dep_ == "aux" and ch.lemma_.lower() == "have" and ch.tag_ in ("VBZ", "VBP") for ch in verb.children))
        or (verb.tag_ == "VBD" and not any(ch.dep_ == "aux" for ch in verb.children)))
    if when is None and speech is not None and (category in VERBAL_CATEGORIES or perfect):
        # a charge made in a reported clause is made when the speaker says it; an act reported
        # in the present perfect or simple past ("has sent", "fired", a spokesman said Thursday)
        # is dated by the report (a past perfect "had paid" is older and stays undated)
        when, date_rule = _event_date(speech, "V", ctx, governing, to_date, inherited=inherited,
                                      inherited_rule=inherited_rule)
        date_rule = f"{date_rule}:speech" if date_rule else None
    if when is None and decision is not None and any(r.startswith("decided-under:") for r in rules):
        # "..., the government decided on Thursday": the measure is taken when it is decided
        when, date_rule = _event_date(decision, "V", ctx, governing, to_date, inherited=None)
        date_rule = f"{date_rule}:decided" if date_rule else None
    if when is None and c.pos == "V":
        # "ordered seven diplomats to leave ... on Monday [published Tuesday]": a past date the
        # parser hung on the complement dates the order (a departure date would lie ahead)
        when = _complement_past_date(tok, ctx, to_date)
        date_rule = "date:complement-timex" if when else date_rule
    if when is None and c.pos == "V" and tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG":
        # "ordered the diplomats out on Monday, accusing Caracas of spying": the participle's act
        # is told at the time of the act it hangs on
        when = next((e.date for e in reversed(earlier) if e.date and e.start == tok.head.idx), None)
        date_rule = "date:participle-of-dated-act" if when else date_rule
    if when is None and issued is not None and issued.date:
        # "The note urged New Delhi to investigate": what a document says is said when it was issued
        when, date_rule = issued.date, "date:document-issued"
    if when is None or date_rule in CARRIED_DATE_RULES:
        # "Hours after the swap, Russian drones struck ...": dated by the act it follows closely
        # (the sentence's own anchor, before a date carried from the sentence before it)
        after = _date_shortly_after(tok if c.pos == "V" else (_anchor_verb(tok) or tok), earlier)
        if after:
            when, date_rule = after, "date:shortly-after-act"
    if date_rule:
        rules.append(date_rule)
    if status == "asserted" and when and ctx.published is not None:
        period = _period(when)
        if period is not None:
            first, last = period
            if (ctx.published.date() - last).days > HISTORICAL_DAYS:
                status = "historical"
            elif (first - ctx.published.date()).days > 0:
                status = "future"
    quote = _quote_at(ctx, tok.idx)
    claimed = quote.speaker.name if quote is not None and quote.speaker is not None else None
    if alleged_by is not None:
        claimed, status = alleged_by, "alleged"
    if claimed is None:
        speech_v = _speech_head(tok if c.pos == "V" else _anchor_verb(tok))
        if speech_v is not None:
            spk = _subject_actors(speech_v, resolver)
            claimed = spk[0].actor.name if spk else None
    location = _location(tok, c.pos, resolver)
    text = ctx.article.text
    if any(_is_ethnic(r.actor, text) for r in targets):
        # "Serb forces killed three ethnic Albanians in southern Serbia": an ethnic group is
        # placed by where it lives (PLOVER codes its country of residence), not by its name
        home = location.country if location is not None and location.country else next(
            (country_for_text(t.text) for t in tok.subtree
             if t.ent_type_ in ("GPE", "LOC") and _in_place_phrase(t) and country_for_text(t.text)), None)
        fixed = [Resolved(replace(r.actor, country=home), rule="ethnic-group-by-residence")
                 if home and _is_ethnic(r.actor, text) and r.actor.country != home else r for r in targets]
        if fixed != targets:
            targets = fixed
            rules.append("ethnic-group-by-residence")
    if not targets and category == "PROTEST" and src.actor.country:
        # "blocked a road to show their disapproval of the United States' policies": the purpose says whom
        # (a noun's purpose hangs on its verb: "began a hunger strike to protest against X")
        holder = tok if c.pos == "V" else (_anchor_verb(tok) if tok.dep_ in ("dobj", "attr") else None)
        # ("marched ..., *saying* cheaper Brazilian parts would cost jobs": what they say is no purpose;
        # the countries it names are its own clause's actors)
        purpose = [ch for ch in (holder.children if holder is not None else ()) if ch.dep_ in ("advcl", "xcomp", "prep")
                   and ch.lemma_.lower() not in SPEECH_VERBS]
        targets = _countries_in((t for ch in purpose for t in ch.subtree), [src], resolver)[:1]
        if targets:
            rules.append("target-in-purpose")
    if targets and sense.object_class == "border" and src.actor.country and all(
            r.actor.country == src.actor.country for r in targets):
        # "Ghana closed the Aflao crossing": the crossing's own town is on the closer's side; a
        # border is closed to the other side, found below
        targets = []
        rules.append("border-own-side-dropped")
    # no target named: an act on the ground targets the country where it happens, and a
    # protest, crackdown or concession with no other side is domestic (PLOVER's convention)
    if not targets and category in ATTACK_CATEGORIES and c.pos == "V" and (
            location is None or not location.country):
        # "An Israeli drone strike on a car *near the town of Bint Jbeil* killed two people": the
        # place named inside the act's own phrases (its subject's too) says whose people suffered
        nested = _nested_place(tok, resolver)
        if nested is not None and nested.country and nested.country != src.actor.country:
            location = location or nested
            targets = [Resolved(nested, rule="target-location")]
            rules.append("target-location-nested")
    if not targets and category in VICTIM_PLACE_CATEGORIES and (location is None or not location.country) \
            and c.pos == "V":
        # "killed 12 people at a crowded market in Konduga in *Nigeria's* Borno state": the place
        # a few arcs down the act's own phrase
        location = _nested_place(tok, resolver) or location
    if not targets and category in PLACE_TARGET_CATEGORIES and location is not None and location.country:
        targets = [Resolved(location, rule="target-location")]
        rules.append("target-location")
    elif not targets and sense.object_class in BORDER_CLASSES and src.actor.country and (
            other := _only_other_country(tok, c.pos, sources, ctx, resolver)) is not None:
        # "Bolivia expelled a Peruvian diplomat and closed two border crossings": a border closed
        # with no neighbour named is closed to the one other country the sentence names
        targets = [Resolved(other.actor, rule="actor-backoff-target-sentence")]
        rules.append("actor-backoff-target-sentence")
    elif not targets and sense.object_class in BORDER_CLASSES and src.actor.country and (
            other := _headline_other_country(doc, sources, ctx, resolver)) is not None:
        # "On Tuesday, PNG authorities closed the Wutung crossing, the only road link between the two
        # countries": a border has two sides; with none named in the sentence, the other is the one
        # other country the headline names ("PNG summons Indonesian envoy after ...")
        targets = [Resolved(other.actor, rule="actor-backoff-target-headline")]
        rules.append("actor-backoff-target-headline")
    elif not targets and sense.object_class in INCURSION_CLASSES:
        return None  # "entered an offshore block" with no other side's zone named: no incursion to report
    elif not targets and category in DOMESTIC_CATEGORIES and src.actor.country:
        targets = [Resolved(event_precision.home_side(src.actor), rule="domestic")]
        rules.append("domestic")
    # a target named but placed nowhere ("will release Prime Minister X"): it gets a country
    # by the same back-off, keeping its name and span
    unplaced = bool(targets) and targets[0].actor.country is None and targets[0].sector != "IGO"

    def placed(country_actor: Actor, rule: str) -> list[Resolved]:
        if unplaced:
            return [Resolved(replace(targets[0].actor, country=country_actor.country), rule=rule)] + targets[1:]
        return [Resolved(country_actor, rule=rule)]

    if not targets and sources and c.pos == "V":
        # "condemned *the incident*", "denounced *the agreement*": the act reported before is
        # meant, and its doers are the target
        prior = _event_anaphor(tok, earlier, {s.actor.country for s in sources})
        if prior is not None:
            targets = [Resolved(a, rule="event-anaphor") for a in prior]
            rules.append("target-event-anaphor")
    if not targets and sources and category == "THREATEN":
        # "Azerbaijani forces had shelled Sotk ... and [Armenia] warned it would respond to any
        # further attacks": a warning with no one named is aimed at whoever just attacked the side
        own = {s.actor.country for s in sources}
        attacker = next((a for ev in reversed(earlier) if ev.sentence is not None
                         and tok.sent.start_char - ev.sentence.start <= EVENT_ANAPHOR_MAX_CHARS
                         and ev.type in ATTACK_CATEGORIES and (ev.target is None or ev.target.country in own)
                         for a in (ev.sources or ((ev.source,) if ev.source else ()))
                         if a.country and a.country not in own), None)
        if attacker is not None:
            targets = [Resolved(attacker, rule="last-attacker")]
            rules.append("target-last-attacker")
    if not targets and sources and category == "RETREAT" and mode == "withdraw" and c.pos == "V" and not any(
            ch.dep_ in ("dobj", "nsubjpass") or (ch.dep_ == "prep" and ch.lower_ in WITHDRAWN_FROM_PREPS)
            for ch in tok.children):
        # "The two ships exchanged radio warnings for about five hours before the Malaysian vessel
        # withdrew": a side pulling back with nothing named it leaves or withdraws from leaves the
        # side it was just confronting (the latest hostile act between it and another country, in
        # its sentence or the one before)
        opponent = _confronted_side(tok, earlier, {s.actor.country for s in sources})
        if opponent is not None:
            targets = [Resolved(opponent, rule="confronted-side")]
            rules.append("target-confronted-side")
    if not targets and sources and category == "REQUEST" and (
            any(n.endswith(":RETREAT") and n.startswith("content:") for n in c.notes)
            or any(t.lemma_.lower() in DETAINED_NOUNS for t in tok.subtree)):
        # ("demanded consular access *to the detainees*": asked of whoever holds them)
        # "Britain demanded the release of the ship" after "Iran seized a British tanker": the
        # release is asked of whoever holds what was seized
        holders = _holder_of_seized(tok, earlier, {s.actor.country for s in sources})
        if holders:
            targets = [Resolved(a, rule="holder-of-seized") for a in holders]
            rules.append("target-holder-of-seized")
    if not targets and sources and c.pos == "V" and category == "REJECT" and (
            tok.lemma_.lower() in DENIAL_LEMMAS or "refusal" in rules):
        # "Padrino denied any plan to invade" after "Guyana accused Venezuela of ...": a denial
        # answers the latest charge against the denier's side
        accusers = _charge_against(tok, earlier, {s.actor.country for s in sources})
        if not accusers and any(ch.dep_ == "dobj" and ch.pos_ == "NOUN" for ch in tok.children):
            # "Poland closed two border crossings with Belarus ... / Belarus denied any involvement":
            # with no charge told, the denial of a part in something answers the latest hostile act
            # against the denier (not a denial of a claim, "denied that anyone had been forced")
            accusers = _charge_against(tok, earlier, {s.actor.country for s in sources}, categories=DENIED_ACT_CATEGORIES,
                                       max_chars=None)
        if accusers:
            targets = [Resolved(a, rule="denied-charge") for a in accusers]
            rules.append("target-denied-charge")
    if (not targets or unplaced) and sources:
        # "a camp *for Congolese refugees* was attacked": the phrase acted on names its people
        span = doc.char_span(targets[0].actor.start, targets[0].actor.end, alignment_mode="expand") \
            if targets and targets[0].actor.start is not None and targets[0].actor.start >= 0 else None
        patients = [span.root] if span is not None else [
            ch for ch in (tok.children if c.pos == "V" else ()) if ch.dep_ in ("nsubjpass", "dobj")]
        inner = _countries_in((t for p in patients for t in p.subtree), sources, resolver)
        if inner:
            targets = placed(inner[0].actor, "actor-backoff-target-phrase")
            rules.append("actor-backoff-target-phrase")
            unplaced = False
    if (not targets or unplaced) and sources and mode == REPRESSION_MODE and src.actor.country:
        # "police used water cannon to disperse the crowd": a crowd repressed and placed nowhere
        # is the forces' own people (not a country named near it: "protesters outside the Chinese
        # embassy" are locals)
        targets = placed(replace(src.actor), "repressed-crowd-domestic")
        rules.append("repressed-crowd-domestic")
        unplaced = False
    if (not targets or unplaced) and sources and category not in DOMESTIC_CATEGORIES:
        # no target where the grammar puts it: the first other country the sentence names
        # after the trigger (the patient side in English word order)
        # within the trigger's own phrase: not a clause coordinated with it ("condemned the
        # incident and said it stood with the Philippines")
        skip = {t.i for ch in tok.children if ch.dep_ == "conj" for t in ch.subtree}
        # nor the reporting clause the parser hangs on the act ("fired a missile ..., South
        # Korea's military said": the speaker is no target)
        skip |= {t.i for ch in tok.children if ch.dep_ in ("parataxis", "ccomp", "advcl")
                 and ch.lemma_.lower() in SPEECH_VERBS for t in ch.subtree}
        # nor where a side says it will go ("warned that it would return to The Hague")
        skip |= _self_motion_goals(tok.sent)
        after = _countries_in((t for t in tok.subtree if t.i > tok.i and t.i not in skip), sources, resolver)
        if after:
            targets = placed(after[0].actor, "actor-backoff-target-after")
            rules.append("actor-backoff-target-after")
            unplaced = False
    if (not targets or unplaced) and sources and category in SENTENCE_TARGET_CATEGORIES and src.actor.country:
        # no target in the trigger's phrase, and the sentence names one other country only (not in
        # its reporting clause): that country is the other side ("Portugal, one of Guinea-Bissau's
        # largest donors, suspended part of its aid"; "an Indian soldier was killed when Pakistani
        # troops opened fire on forward posts")
        other = _only_other_country(tok, c.pos, sources, ctx, resolver)
        if other is not None:
            targets = placed(other.actor, "actor-backoff-target-sentence")
            rules.append("actor-backoff-target-sentence")
            unplaced = False
    if (not targets or unplaced) and sources and src.actor.country and (
            other := resolver.story_other_side(tok, sources, category=category)) is not None:
        # "Kenya summons Ethiopian envoy ..." / "We demand a transparent investigation," Hajizada said:
        # a one-sided act with no other side in its sentence is aimed at the other side of the story
        targets = placed(other.actor, other.rule)
        rules.append(other.rule)
        unplaced = False
    if (not targets or unplaced) and sources and src.actor.country and (
            category in DOMESTIC_DEFAULT_CATEGORIES or (unplaced and category in DOMESTIC_CATEGORIES)) and not (
            _countries_in(tok.sent, sources, resolver)) and _in_direct_quote(ctx, tok.idx) is False and (
            src.rule != "quote-speaker") and (
            _acts_at_home(tok, src.actor, resolver) or not _other_country_before(ctx, tok.idx, src.actor.country)):
        # no other side named in the sentence, and what is acted on is the actor's own
        # ("banned *Ugandan* candidates", "postpone the rally *in Baku*") or the story so far
        # names no other country: a domestic act ("North Korea denounced the agreement" after
        # paragraphs on a Seoul-Tokyo pact names no side: its target stays unknown)
        targets = placed(event_precision.home_side(src.actor), "domestic-default")
        rules.append("domestic-default")
    own_side = {s.actor.country for s in sources if s.actor.country}
    if targets and (not targets[0].actor.country or targets[0].actor.country in own_side) and \
            targets[0].sector != "IGO" and any(t.actor.country and t.actor.country not in own_side for t in targets[1:]):
        # "closed the Torkham border crossing with Afghanistan": a place of no country (or of the
        # actor's own) named first is not the side acted on when another country is named with it
        first = next(i for i, t in enumerate(targets) if t.actor.country and t.actor.country not in own_side)
        targets = [targets[first]] + targets[:first] + targets[first + 1:]
    if sources and {"domestic", "domestic-default"} & set(rules) and event_precision.is_company(
            _actor_heads(tok, c.pos), src.actor):
        # "NSA Inc is offering to exchange a note for each share": a firm has no home side acted on
        targets = []
        rules = [r for r in rules if r not in ("domestic", "domestic-default")] + ["no-domestic-side:company"]
    if src.actor.country is None and not any(t.actor.country for t in targets):
        # checked after the target back-off ("the Security Council agreed to an extension of
        # the force in Lebanon" acts on a state named further on)
        return None  # a named actor or body of no country acting on no state: not an event newsgraph can place
    contexts = _contexts(tok, context)
    sent = tok.sent
    notes = tuple(modal_notes + c.notes + actor_rules)
    evidence = (Evidence(rule="+".join(rules), text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                         anchor=when, notes=notes),)
    return Event(
        id="", type=category, trigger=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
        source=src.actor if sources else None, target=targets[0].actor if targets else None,
        sources=tuple(s.actor for s in sources), targets=tuple(t.actor for t in targets),
        mode=mode, context=contexts, date=when, location=location, status=status, claimed_by=claimed,
        sentence=Span(sent.start_char, sent.end_char), evidence=evidence,
    )


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of an ISO date, month or year ("2024", "2024-06", "2024-06-19")."""
    m = ISO_DATE.match(value or "")
    if not m:
        return None
    parts = m.group(0).split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return date(y, 1, 1), date(y, 12, 31)
    mo = int(parts[1])
    if not 1 <= mo <= 12:
        return None
    if len(parts) == 2:
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return date(y, mo, 1), date.fromordinal(nxt.toordinal() - 1)
    day = int(parts[2])
    if not 1 <= day <= calendar.monthrange(y, mo)[1]:
        return None  # "2024-02-30" names no day
    d = date(y, mo, day)
    return d, d


def _same_side(speech, sources: list[Resolved], resolver: ActorResolver) -> bool:
    """Whether the actor of a reported clause is the speaker ("Syria says it is willing")."""
    if not sources:
        return False
    if sources[0].rule == "pronoun-speaker":
        return True
    spk = _subject_actors(speech, resolver)
    return bool(spk) and spk[0].actor.country is not None and spk[0].actor.country == sources[0].actor.country


def _aux_lemmas(tok) -> set:
    if tok is None:
        return set()
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")} | \
        {c.lemma_.lower() for c in tok.children if c.dep_ in ("aux", "auxpass")}


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


def _speech_path(verb):
    """The verb of saying above `verb` (through complements) and the verbs on the way."""
    if verb is None:
        return None, []
    cur, path = verb, [verb]
    for _ in range(3):
        if cur.dep_ in ("ccomp", "xcomp", "advcl", "conj") and cur.head.lemma_.lower() in SPEECH_VERBS:
            return cur.head, path
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "acomp"):
            return None, path
        cur = cur.head
        path.append(cur)
    return None, path


def _is_conditional(verb) -> bool:
    """A clause of the verb opens with "if" or "unless" ("will withdraw unless ...")."""
    for ch in verb.children:
        if ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in ch.children):
            return True
    return False


def _intent_head(verb):
    if verb is None:
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_HEADS:
        return verb.head
    return None


def _status(tok, pos: str) -> tuple[str, list]:
    """asserted / negated / hypothetical / future, with the words that say so."""
    verb = tok if pos == "V" else _anchor_verb(tok)
    notes = []
    if pos == "N":
        for c in tok.children:
            if c.dep_ in ("det", "neg") and c.lower_ in ("no", "never"):
                return "negated", [f"negated-by:{c.text}"]
    if verb is None:
        return "asserted", notes
    chain = [verb]
    own_subject = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children)
    if (verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not own_subject and report_continued_by(verb) is None)
            or _stance_adjective(verb)) and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        # "did not sign and ratify" shares the negation; "..., and China could" does not, nor does
        # a verb the parser hangs on the report it goes on from ("said X must ... and offered")
        chain.append(verb.head)
    for v in chain:
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never",)):
                return "negated", [f"negated-by:{c.text}"]
    for v in chain:
        lem = _aux_lemmas(v)
        if lem & FUTURE_AUX:
            return "future", [f"future-by:{'/'.join(sorted(lem & FUTURE_AUX))}"]
        if lem & HYPOTHETICAL_AUX:
            return "hypothetical", [f"modal:{'/'.join(sorted(lem & HYPOTHETICAL_AUX))}"]
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in v.children):
            return "hypothetical", ["conditional"]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILURE_HEADS:
        return "negated", [f"negated-by:{verb.head.lemma_.lower()}"]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_HEADS - {"agree", "decide"}:
        return "future", [f"intent:{verb.head.lemma_}"]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in HYPOTHETICAL_HEADS and verb.i != tok.i:
        return "hypothetical", [f"under:{verb.head.lemma_}"]
    return event_precision.modal_frame(verb, tok) or ("asserted", notes)  # "is to meet", "has to fight"


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
        for ch in tok.children:
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
            for ch in tok.children:
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


def _is_party(tok, prep: str) -> bool:
    """Whether the object of a target preposition can be the other side. "with" takes a partner
    ("talks with Seoul", "clashed with rebels"), not a means or a helper's contribution: "with
    Albania's help", "with machetes" name no target."""
    if prep == "for" and _trigger_noun_only(tok):
        return False  # "arrived in Brasilia for a state visit", "called for talks": a purpose, not a side
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


def _in_direct_quote(ctx: Context, offset: int) -> bool:
    """Whether `offset` lies inside quoted words (a direct or mixed quote), not a paraphrase."""
    q = _quote_at(ctx, offset)
    return q is not None and q.kind != "indirect"


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


# -- dates --------------------------------------------------------------------------------------------
def _timex_functions():
    """The timexes module's `timex_governing` and `timex_date` when it has them (else ours)."""
    mod = importlib.import_module("newsgraph.extract.timexes")
    return getattr(mod, "timex_governing", None), getattr(mod, "timex_date", None)


def _datable_timexes(ctx: Context) -> tuple:
    """The time expressions that can date an act: not the wire dateline's ("PODGORICA, April 22 -"
    dates the report, and the parser runs it into the first sentence, whose own "on Monday" dates
    the act)."""
    return tuple(t for t in ctx.timexes if not in_dateline(ctx, t.start))


def _date_of(timex, to_date) -> str | None:
    if timex is None:
        return None
    if to_date is not None:
        return to_date(timex)
    if timex.type != "DATE" or not timex.value:
        return None
    m = ISO_DATE.match(timex.value)
    return m.group(0) if m else None


def _own_governing(doc, tok, ctx: Context):
    """The time expression dating `tok`: one attached (within a few arcs) to the verb `tok` hangs on
    or to a verb above it through complements and adjuncts (not through reported speech)."""
    sent = tok.sent
    # only expressions that name a date can date an act ("a year after ..." cannot)
    timexes = [t for t in ctx.timexes_in(sent.start_char, sent.end_char) if t.value and ISO_DATE.match(t.value)
               and not in_dateline(ctx, t.start)]
    if not timexes:
        return None
    anchors = {}
    for t in timexes:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        cur, verb = head, None
        for _ in range(MAX_TIMEX_ARCS):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") or cur.i == tok.i:
                verb = cur
                break
        if verb is not None:
            anchors.setdefault(verb.i, t)
    if tok.i in anchors:
        return anchors[tok.i]
    occasion = _relative_occasion(tok)
    if occasion is not None:
        # "talks in Abuja on Monday between X and Y, at which the two leaders agreed": the talks' day
        for t in timexes:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            cur = span.root if span is not None else None
            for _ in range(MAX_TIMEX_ARCS if cur is not None else 0):
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                if cur.i == occasion.i:
                    return t
    if tok.pos_ in ("NOUN", "PROPN"):
        # "a visit *that began on Wednesday*", "talks *held on Monday*": a clause on the act noun
        # itself (its subject the noun) dates it
        for ch in tok.children:
            if ch.dep_ in ("relcl", "acl") and ch.i in anchors and (ch.dep_ == "acl" or any(
                    g.dep_ in ("nsubj", "nsubjpass") and g.tag_ == "WDT" for g in ch.children)):
                return anchors[ch.i]
    cur = tok if tok.pos_ in ("VERB", "AUX") else verb_of(tok, or_top=True)
    for _ in range(6):
        if cur.i in anchors:
            return None if temporal_shift_clause(tok, cur) else anchors[cur.i]
        if (cur.dep_ not in TIMEX_CLIMB_DEPS and not _occasion_relative(cur)) or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _relative_occasion(tok):
    """The occasion noun ("talks", "a meeting", "the summit") of the "at which" / "during which"
    relative clause `tok` heads: the clause's antecedent, or, when the parser hung the clause on a
    nearer noun ("talks ... between X and Mauritania's Trade Minister, at which ..."), the last
    consultation noun before it in the sentence."""
    if tok.pos_ not in ("VERB", "AUX") or not _occasion_relative(tok):
        return None
    if any(s.category == "CONSULT" for s in senses_for(tok.head.lemma_.lower(), "N")):
        return tok.head
    return next((t for t in reversed(tok.doc[tok.sent.start:tok.head.i]) if t.pos_ == "NOUN" and any(
        s.category == "CONSULT" for s in senses_for(t.lemma_.lower(), "N"))), None)


def _occasion_relative(clause) -> bool:
    """ "talks in Abuja on Monday, *at which* the two leaders agreed to ...", "a summit *during
    which* they signed ...": a relative clause set at its noun's occasion happened when it did."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ in OCCASION_RELATIVE_PREPS and any(
            g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in clause.children)


def _event_date(tok, pos: str, ctx: Context, governing, to_date, *, inherited: str | None,
                inherited_rule: str = "date:previous-sentence"):
    if governing is not None:
        timex = governing(tok.doc, tok.i, _datable_timexes(ctx))
        when = _date_of(timex, to_date)
        if when and not _dated_apart(tok, timex):
            return when, "date:timex_governing"
    # ours: also when the shared one found only a duration ("a year after ... in March 2023")
    when = _date_of(_own_governing(tok.doc, tok, ctx), to_date)
    if when:
        return when, "date:governing-timex"
    if inherited:
        return inherited, inherited_rule
    return None, None


def _same_actor_episode(sent, events: list[Event], ctx: Context) -> str | None:
    """The date of the latest act dated by its own time expression in the last few sentences
    whose doer `sent`'s past-tense main clause names again as its subject (the same entity, or
    the same group noun: "police"), when that date is not after publication."""
    root = sent.root
    if not _is_past(root):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    ent = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
    key = subj.lemma_.lower()
    if ent is None and key not in GROUP_HEADS:
        return None
    doc = sent.doc
    for ev in reversed(events):
        if ev.sentence is None or ev.sentence.start >= sent.start_char:
            continue
        if sent.start_char - ev.sentence.start > EPISODE_MAX_CHARS:
            break
        if not ev.date or not any(r in ev.evidence[0].rule for r in ("date:timex_governing", "date:governing-timex")):
            continue
        if ctx.published is not None and ev.date[:10] > ctx.published.date().isoformat():
            continue
        for a in ev.sources or ((ev.source,) if ev.source else ()):
            if ent is not None and a.entity == ent.id:
                return ev.date
            span = doc.char_span(a.start, a.end, alignment_mode="expand") if a.start is not None and a.start >= 0 \
                else None
            if ent is None and span is not None and span.root.lemma_.lower() == key:
                return ev.date
    return None


def _reaction_same_day(ev: Event, events: list[Event], sent, ctx: Context) -> Event:
    """`ev` (in `sent`, undated, past) dated on the publication day when it answers an act of
    that day: its target is a side that acted in an event dated the publication day in the two
    sentences before it. A reaction cannot come before what it answers, nor after the report."""
    if ev.date is not None or ev.sentence is None or ev.sentence.start != sent.start_char \
            or ev.type not in REACTION_CATEGORIES or ev.status != "asserted" or not _is_past(sent.root):
        return ev
    day = ctx.published.date().isoformat()
    aimed = {a.country for a in (ev.targets or ((ev.target,) if ev.target else ())) if a.country}
    answered = [e for e in events if e.sentence is not None and e.date and e.date[:10] == day
                and 0 < ev.sentence.start - e.sentence.start <= REACTION_MAX_CHARS
                and any(a.country in aimed for a in (e.sources or ((e.source,) if e.source else ())))]
    if not answered:
        return ev
    ev0 = ev.evidence[0]
    ev0 = replace(ev0, rule=f"{ev0.rule}+date:reaction-same-day", anchor=day)
    return replace(ev, date=day, evidence=(ev0,) + ev.evidence[1:])


def _elaborates(sent, prev_sent, ctx: Context) -> bool:
    """Whether `sent` reports, with a verb of saying, the statement `prev_sent` summed up: its
    subject is "its/their X", a pronoun, or an entity of the same country as the sentence
    before's subject ("Russia rejected the claims. Kremlin spokesman Dmitry Peskov said on
    Monday ...")."""
    root = sent.root
    if root.lemma_.lower() not in SPEECH_VERBS:
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    prev_subj = next((c for c in prev_sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or prev_subj is None:
        return False
    if subj.lower_ in ("it", "they", "he", "she") or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in subj.children):
        return True

    def country(tok):
        ent = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is None:
            ent = next((ctx.entity_at(c.idx, c.idx + len(c.text)) for c in tok.children
                        if c.dep_ in ("poss", "compound", "amod") and ctx.entity_at(c.idx, c.idx + len(c.text))), None)
        return (ent.metonym_for or ent.country) if ent is not None else None

    here, before = country(subj), country(prev_subj)
    return here is not None and here == before


def _dated_by_next(ev: Event, when: str, prev_sent) -> Event:
    """`ev` dated by the sentence after it (`_elaborates`), when it is a statement in `prev_sent`
    with no date of its own."""
    carried = ev.date is not None and any(r in ev.evidence[0].rule for r in CARRIED_DATE_RULES)
    if (ev.date is not None and not carried) or ev.type not in VERBAL_CATEGORIES or ev.sentence is None or \
            ev.sentence.start != prev_sent.start_char:
        return ev
    ev0 = ev.evidence[0]
    # (a date only carried from an earlier sentence gives way to the report of this statement)
    ev0 = replace(ev0, rule=f"{ev0.rule}+date:next-sentence-same-actor", anchor=when)
    return replace(ev, date=when, evidence=(ev0,) + ev.evidence[1:])


def _main_event_date(sent, events: list[Event]) -> str | None:
    """The date a time expression in `sent` gave the event of its main verb (the root, or a noun
    the root carries), when that clause is told in the past."""
    if not _is_past(sent.root):
        return None
    doc = sent.doc
    for ev in events:
        if ev.sentence is None or ev.sentence.start != sent.start_char or not ev.date:
            continue
        if not any(r in ev.evidence[0].rule for r in ("date:timex_governing", "date:governing-timex")) or \
                ":speech" in ev.evidence[0].rule:
            continue
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is not None and (span.root.i == sent.root.i or _anchor_verb(span.root) is sent.root
                                 or _reported_main_act(span.root, sent.root)):
            return ev.date
    return None


def _reported_main_act(tok, root) -> bool:
    """Whether `tok` is the act a sentence reports in its main clause: the past complement of a
    root verb of saying ("On Wednesday, the junta *recalled* its ambassador, its spokesman told
    reporters"), whose date is the episode the next sentence goes on with."""
    return tok.dep_ == "ccomp" and tok.head.i == root.i and root.lemma_.lower() in SPEECH_VERBS \
        and tok.tag_ in ("VBD", "VBN") and _is_past(tok)


def _is_past(verb) -> bool:
    """Whether a clause is told in the past: a simple past ("expelled") or a perfect ("has/had
    expelled"), active or passive ("was expelled"), not a present or a future."""
    if verb.tag_ == "VBD":
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX for a in aux):
        return False
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in aux)


def _dating_timexes(sent, ctx: Context) -> list:
    """The time expressions of a sentence that can date an act: not those that only modify a
    noun ("the 1923 treaty", "the 2020 deal"), which leave the sentence undated."""
    out = []
    for t in ctx.timexes_in(sent.start_char, sent.end_char):
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        # ("the February 2021 understanding": a month-and-year hangs on its noun as nmod)
        if span is not None and span.root.dep_ in THING_DATE_DEPS and span.root.head.pos_ == "NOUN" \
                and span.root.head.i not in range(span.start, span.end):
            continue
        out.append(t)
    return out


def _past_dating_timexes(sent, ctx: Context) -> list:
    """`_dating_timexes` less those wholly after publication ("warned that they would seek a
    resolution *next month*"): a time still ahead dates a plan, not an act the sentence tells as
    done, so it does not stop the sentence going on in the episode before it."""
    if ctx.published is None:
        return _dating_timexes(sent, ctx)
    day = ctx.published.date()
    out = []
    for t in _dating_timexes(sent, ctx):
        period = _period(t.value or "")
        if str(t.value or "").upper() == "FUTURE_REF" or (period is not None and period[0] > day):
            continue
        out.append(t)
    return out


def _dated_apart(tok, timex) -> bool:
    """Whether `tok` sits in an after/before/since/until clause below the verb `timex` dates
    ("lodged a protest on Thursday after vessels *fired* water cannon": not Thursday)."""
    span = tok.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    if tok.i in range(span.start, span.end):
        return False
    verb = verb_of(span.root.head if span.root.head.i != span.root.i else span.root, or_top=True)
    if verb is None:
        return False
    return temporal_shift_clause(tok if tok.pos_ in ("VERB", "AUX") else verb_of(tok, or_top=True), verb)


def _subject_named_in(sent, prev_sent, ctx: Context, events: list[Event] = ()) -> bool:
    """Whether the subject of `sent`'s main verb is an entity named in `prev_sent`, or the country
    of a side that acted there ("Azerbaijani troops opened fire ..." / "Azerbaijan accused Armenia
    ...": the same side goes on; the side acted on answering is a new report)."""
    acting = {a.country for e in events if e.sentence is not None and e.sentence.start == prev_sent.start_char
              for a in (e.sources or ((e.source,) if e.source else ())) if a.country}
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Somalia's cabinet called ...": a body named by its country's possessor or adjective
    # (also a person named by nationality: "*Colombian* Foreign Minister Luis Murillo travelled")
    subjects += [m for sj in subjects for m in sj.subtree if m.i < sj.i and m.dep_ in ("poss", "amod", "compound")
                 and m.ent_type_ in ("GPE", "NORP")]
    for subj in subjects:
        ent = ctx.entity_at(subj.idx, subj.idx + len(subj.text))
        if ent is None:
            continue
        if any(prev_sent.start_char <= m.start < prev_sent.end_char for m in ent.mentions):
            return True
        iso = ent.metonym_for or ent.country
        if iso and ent.type in ("GPE", "NORP") and iso in acting:
            return True
    return False


def _main_date(sent, ctx: Context, governing, to_date) -> str | None:
    """The date attached to a sentence's main verb (what a following sentence may inherit)."""
    root = sent.root
    if not ctx.timexes_in(sent.start_char, sent.end_char):
        return None
    timex = governing(sent.doc, root.i, _datable_timexes(ctx)) if governing is not None else None
    if timex is None or _date_of(timex, to_date) is None:
        timex = _own_governing(sent.doc, root, ctx)
    if timex is not None:
        # only a date on the main clause carries over ("talks ... on Monday" in a
        # subordinate phrase does not date the next sentence)
        span = sent.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        arcs, cur = 0, span.root if span is not None else root
        while cur.i != root.i and arcs <= CARRY_OVER_MAX_ARCS + 1 and cur.head.i != cur.i:
            cur, arcs = cur.head, arcs + 1
        if arcs > CARRY_OVER_MAX_ARCS:
            return None
    return _date_of(timex, to_date)


# -- the rest -----------------------------------------------------------------------------------------
def _remember_groups(sent, resolver: ActorResolver) -> None:
    """Resolve group nouns with a country modifier so a later "the delegation" finds them; a craft
    or weapon named with its country ("a Malian drone") is remembered so "the drone" is Mali's."""
    for tok in sent:
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in GROUP_HEADS or tok.lower_ in GROUP_HEADS) and any(
                c.dep_ in ("amod", "compound", "poss") for c in tok.children):
            resolver.resolve(tok)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in CRAFT_NOUNS:
            owners = [r for r in resolver._from_modifiers(tok) if r.actor.country]
            if owners:
                resolver.nominal[tok.lemma_.lower()] = (resolver._sent_index(tok), Resolved(
                    replace(owners[0].actor, name=resolver._phrase(tok), start=tok.idx, end=tok.idx + len(tok.text)),
                    rule="craft-owner"))


def _quote_at(ctx: Context, offset: int):
    for q in ctx.quotes:
        if q.start <= offset < q.end:
            return q
    return None


def _key_country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _drop_display_duplicates(events: list[Event], ctx: Context) -> list[Event]:
    """Headline and caption events that repeat a body event (same type and source) go."""
    def sides(e: Event) -> frozenset:
        return frozenset(a.country for a in (*e.sources, *e.targets, e.source, e.target) if a is not None)

    body = [e for e in events if ctx.article.zone_of(e.start) == "body"]
    out = []
    for e in events:
        zone = ctx.article.zone_of(e.start)
        if zone in ("headline", "caption") and any(
                (b.type == e.type and _key_country(b.source) == _key_country(e.source)) or sides(b) == sides(e)
                for b in body):  # a headline sums up the body: the same sides are the same story
            continue
        out.append(e)
    return out


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _merge(events: list[Event]) -> list[Event]:
    """One event per (type, source, target, date): re-mentions add their evidence to the first.
    An event without a target merges into one of the same type and source."""
    out: list[Event] = []
    for e in events:
        skey = frozenset(a.country for a in e.sources) or {_key_country(e.source)}
        tkey = frozenset(a.country for a in e.targets)
        merged = False
        for i, o in enumerate(out):
            if o.type != e.type:
                continue
            okey = frozenset(a.country for a in o.sources) or {_key_country(o.source)}
            otkey = frozenset(a.country for a in o.targets)
            same_actors = (skey == okey or _key_country(e.source) == _key_country(o.source)) and (
                tkey == otkey or not tkey or not otkey or _key_country(e.target) == _key_country(o.target))
            reciprocal = (skey | tkey) == (okey | otkey) and len(skey | tkey) > 1 and (
                e.type not in MIRROR_APART_CATEGORIES or skey == okey) and (len(skey) > 1) == (len(okey) > 1) and (
                len(skey) > 1 or skey == okey or e.type in JOINT_ACT_CATEGORIES)
            # (one side's act and the other side's answer in kind are two: "Tusk defended the EU's
            # plan" / "the Commission stood in solidarity with Poland"; "A met B" / "B met A" is one)
            # (a joint act and one side's own act are two: "the two leaders signed an agreement" /
            # "Brazil also pledged 20 million dollars to help Bolivia")
            if (len(skey) > 1) != (len(okey) > 1) and e.trigger[:MERGE_STEM_CHARS].lower() != \
                    o.trigger[:MERGE_STEM_CHARS].lower():
                continue  # a joint act and one side's own act ("signed an agreement" / "pledged") are two
            if not (same_actors or reciprocal) or not _dates_compatible(e.date, o.date):
                continue
            if (e.status == "future") != (o.status == "future"):
                continue  # a plan ("would send a delegation") and an act done ("met") are two events
            # the fuller report leads: a dated one over an undated one, an asserted one over a hedged one
            lead_e = (e.date is not None and o.date is None) or (
                (e.date is None) == (o.date is None) and o.status != "asserted" and e.status == "asserted")
            keep = replace(e, evidence=e.evidence + o.evidence) if lead_e else replace(o, evidence=o.evidence + e.evidence)
            if keep.target is None and (e.target or o.target):
                donor = e if e.target else o
                keep = replace(keep, target=donor.target, targets=donor.targets)
            if keep.date is None or (e.date and o.date and len(e.date) != len(o.date)):
                dated = max((x for x in (e.date, o.date) if x), key=len, default=None)
                keep = replace(keep, date=dated)
            out[i] = keep
            merged = True
            break
        if not merged:
            out.append(e)
    return out
