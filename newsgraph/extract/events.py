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

This module is the orchestration (`extract_events`, `_build_event`, status, reported speakers);
the stages it calls live in `event_triggers` (1-2), `event_pairing` (3, 7, location),
`event_timing` (4, one act's date) and `event_merge` (6, merging and display duplicates).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date

from newsgraph.extract import event_precision, event_statements
from newsgraph.extract.actors import (
    GROUP_HEADS, THIRD_PERSON, ActorResolver, Resolved, country_as_of, country_for_text, is_media,
)
from newsgraph.extract.context import Context
from newsgraph.extract.event_dates import redate_events
from newsgraph.extract.event_discourse import (
    ACCUSABLE_CATEGORIES, GENERIC_ACT_NOUNS, charges, deverbal_act, evaluations, same_stem, incident_sentence,
    reported_main_act, incident_target, report_continued_by,
    speaker_is_target, weakly_dated,
)
from newsgraph.extract.event_merge import ONE_SIDED_CATEGORIES, _drop_display_duplicates, _merge
from newsgraph.extract.event_pairing import (
    ANAPHORIC_EVENT_NOUNS, CHARGE_CATEGORIES, EVENT_ANAPHOR_MAX_CHARS, PLACE_TARGET_CATEGORIES, RECEIVING_VERBS,
    VICTIM_PLACE_CATEGORIES, _FORCE_ACTS, _accusation_head, _act_noun_doers, _actor_heads, _actor_is_someone,
    _actor_side_tokens, _actors,
    _acts_at_home, _agentless_passive, _backoff_source, _charge_against, _clause_targets, _complement_past_date,
    _contexts, _countries_in, _date_shortly_after, _document_issuer, _doer_of_condemned_act, _event_anaphor,
    _headline_other_country, _holder_of_seized, _in_place_phrase, _instrument_agent, _is_ethnic, _location,
    _mediators_met, _nested_place, _only_other_country, _other_country_before, _pronoun_cue_speaker, _resolve_many,
    _retold_at_venue, _self_motion_goals, _speech_head, _subject_actors, _unplaced_group, held_people_asked_for,
    sent_to_border,
)
from newsgraph.extract.event_timing import (
    CARRIED_DATE_RULES, HYPOTHETICAL_AUX, _dated_by_next, _elaborates, _event_date, _is_past, _main_date,
    _main_event_date, _past_dating_timexes, _period, _reaction_same_day, _same_actor_episode, _subject_named_in,
    _timex_functions,
)
from newsgraph.extract.event_triggers import (
    DECLINED_TELLING, FAILURE_HEADS, FUTURE_AUX, OBLIGATION_AUX, _Candidate, _absorb, _anchor_verb, _confronted_side,
    _gathering_purpose, _in_direct_quote, _noun_modifiers, _obligation_clause, _quote_at, _quoted_obligation,
    _refusal_clause, _stance_adjective, _trigger, _wrongdoing_clause,
)
from newsgraph.extract.plover_lexicon import (
    COOPERATIVE_CATEGORIES, HOSTILE_CATEGORIES, RECIPROCAL_LEMMAS, SPEECH_VERBS, VERBAL_CATEGORIES, in_class,
    senses_for,
)
from newsgraph.records import Actor, Event, Evidence, Span

REQUIRES = ("doc.sents", "token.dep", "token.lemma", "ctx.entities", "ctx.timexes", "ctx.quotes")
# A reaction reported undated takes the day of the act it answers when that act is this recent
# (days before publication): wire stories report an act and the reactions to it together.
REACTION_DAYS = 2
# People held by a side: what is asked for them is asked of whoever holds them.
DETAINED_NOUNS = frozenset({"detainee", "detainees", "prisoner", "prisoners", "hostage", "hostages", "captive",
                            "captives"})
# Craft and weapons that act for their owner once named with it ("a Malian drone ... the drone had
# violated Algerian airspace").
CRAFT_NOUNS = frozenset({"drone", "aircraft", "plane", "jet", "helicopter", "ship", "vessel", "boat", "tanker",
                         "submarine", "warship", "frigate", "trawler", "missile", "rocket", "balloon"})
# Verbs of deciding: a hostile measure in their clause ("X will keep the border closed, the
# government decided") is taken, not threatened.
DECISION_VERBS = frozenset({"decide", "vote", "resolve", "rule", "approve"})
# Heads whose complement is an intention, not a fact ("plans to visit", "is willing to send").
INTENT_HEADS = frozenset({"willing", "ready", "prepared", "plan", "intend", "want", "hope", "expect", "aim",
                          "prepare", "seek", "decide", "vow", "promise", "pledge", "offer", "agree"})
# Heads that make their complement hypothetical ("considering sanctions").
HYPOTHETICAL_HEADS = frozenset({"consider", "mull", "weigh", "threaten", "warn", "propose", "suggest", "urge",
                                "demand", "ask", "call", "possible", "likely", "able"})
# An event dated more than this many days before publication is background, not news.
HISTORICAL_DAYS = 365
# Acts with no other side named are domestic: the source's own country is the target.
# Attacks whose victims, when unplaced ("killed two people"), are placed by where the attack
# happened, a place named anywhere in the act's own phrases (subject included).
ATTACK_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
DOMESTIC_CATEGORIES = frozenset({"PROTEST", "COERCE", "CONCEDE"})
# The lexicon's mode for violent repression of a crowd (tear gas, water cannon, dispersal).
REPRESSION_MODE = "repression"
# Nouns of military exercises: held jointly, they are COOPERATE (military), else MOBILIZE.
EXERCISE_NOUNS = frozenset({"exercise", "drill", "game", "maneuver", "manoeuvre", "wargame"})
# Nouns of activities forces carry out (exercises, patrols, operations): marked "joint" or held by
# two sides together they are COOPERATE between those sides (issue 6, fresh-articles types round 2).
JOINT_ACTIVITY_NOUNS = EXERCISE_NOUNS | {"patrol", "operation"}
# Modifiers that mark an activity as done together ("joint patrols", "combined exercises").
JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral", "coordinated"})
# Categories whose noun triggers stand without a target ("a general strike", "a
# withdrawal", "a mobilisation"); other event nouns need one to be reported.
TARGETLESS_NOUN_CATEGORIES = frozenset({"PROTEST", "MOBILIZE", "RETREAT", "CONCEDE"})
# Prepositions that name what a side withdraws from or to ("withdrew from the area", "pulled back to
# its base"): a place of its own, no side left.
WITHDRAWN_FROM_PREPS = frozenset({"from", "to", "into", "behind", "across", "out"})
# Object classes of acts at or across a border ("entered Estonian airspace", "turned back a patrol"):
# an act on another side only, never the domestic act PLOVER gives a one-sided act with no other
# side named.
INCURSION_CLASSES = frozenset({"territory", "border-installation", "turned-back"})
# Object classes of things on a border ("closed two crossings", "removed navigation buoys", "turned
# away a ship carrying Libyan migrants"): with no neighbour named in the phrase, the one other
# country of the sentence (or headline) is acted on.
BORDER_CLASSES = frozenset({"border", "border-installation", "turned-back"})
# Acts that "both sides" / "the two armies" do as one towards each other when no other side is
# named ("both armies pulled back troops", "the two navies exchanged fire"); a sanction or a
# request by both is aimed at someone else and keeps its own target search.
MUTUAL_CATEGORIES = frozenset({"RETREAT", "CONCEDE", "ASSAULT", "MOBILIZE", "COOPERATE", "AGREE", "CONSULT"})
# Stance nouns a possessive side holds that are aimed at the sentence's one other country ("Japan's
# refusal to apologise"); a demand, threat or charge named by a noun is mostly a thing told of ("the
# Soviet demand", in the GSR sentences) and keeps its own target search.
REFUSAL_NOUN_CATEGORIES = frozenset({"REJECT"})
# The nouns of a refusal ("Japan's refusal to apologise"); not "veto" (a precision audit on real news:
# "Reagan's veto of a water projects bill" was aimed at a country of the sentence), and only when the
# possessor is the side that refuses (not a meeting place the back-off found).
REFUSAL_NOUNS = frozenset({"refusal", "rejection"})
# Verbs of denying: a denial with no object side answers the latest charge against the denier.
DENIAL_LEMMAS = frozenset({"deny", "refute", "dismiss", "rebut"})
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
# Acts done to one other side, whose target may be the only other country a sentence names when
# the grammar names none (not joint acts: "the committee met in Naqoura" may name its members).
SENTENCE_TARGET_CATEGORIES = frozenset({"ASSAULT", "SANCTION", "ACCUSE", "REJECT", "THREATEN", "REQUEST", "AID",
                                        "SUPPORT"})
# Acts of one side against another: "both sides" or "the two governments" after them may mean those two.
CONFLICT_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# One-sided acts short of force: their two sides are "both sides" only when nothing says more.
DISPUTE_CATEGORIES = frozenset({"SANCTION", "ACCUSE", "THREATEN", "REJECT"})
# Refusing to say something is no PLOVER event ("declined to comment", "refused to elaborate").
NON_EVENT_COMPLEMENTS = frozenset({"comment", "elaborate", "disclose", "confirm", "provide", "give", "say",
                                   "specify", "reveal", "answer", "respond", "discuss", "detail", "identify", "name"})
# Acts that an agentless passive reports with its victim named ("three civilians were
# killed in Baghdad"): kept with no source, the victim's (or the place's) country as target.
AGENTLESS_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# Acts that, with no other side named in the sentence, are done within the actor's own
# country (PLOVER codes them domestic: "rebels demanded the removal of the president").
DOMESTIC_DEFAULT_CATEGORIES = frozenset({"REQUEST", "REJECT", "THREATEN", "ASSAULT", "ACCUSE", "SANCTION", "AGREE"})


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
        for verb, subj, word in (charges(sent, quote_cue=lambda t: _quote_cue(ctx, t)) if zone == "body" else []):
            ev = _charge_event(verb, subj, word, ctx, resolver, governing, to_date,
                               inherited=inherited, inherited_rule=inherited_rule)
            if ev is not None:
                events.append(ev)
    # what quoted statements do, typed from their content, where no event covers them (event_statements.py)
    events += event_statements.statement_events(doc, ctx, events, resolver, date_of=lambda v: _event_date(
        v, "V", ctx, governing, to_date, inherited=sent_dates.get(v.sent.start)), build=_statement_event)
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
    ent = resolver.ctx.entity_by_id(spk[0].actor.entity) if spk[0].actor.entity else None
    if ent is not None and event_statements.private_person(ent):
        return None  # "Zhou Lan, a lawyer, said ...": a person of no office speaks for no side
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
    # "the removal of the buoys" (a noun of no act kind, made from a verb, no country named on it) names
    # the act told with that verb, and only that ("his country's achievement of ..." names no act)
    deverbal = not fits and lemma not in GENERIC_ACT_NOUNS and deverbal_act(noun) and not any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)
    if deverbal:
        doers = []
    for ev in ([] if doers else reversed(earlier)):
        how = "target-event-anaphor"
        if ev.sentence is None or (not fits and verb.sent.start_char - ev.sentence.start > EVENT_ANAPHOR_MAX_CHARS):
            break  # "the move" points at what was just told; "the deal" at the latest deal, however far
        if (fits and ev.type not in fits) or ctx.article.zone_of(ev.start) != "body":
            continue  # a headline or caption sums up; the act meant was told in the body
        if deverbal and not same_stem(lemma, ev.trigger):
            continue
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
    return _statement_event(verb, speaker, doers, category, mode, when, [f"evaluation{polarity}", date_rule],
                            (f"evaluated:{noun.text}={word.text}", f"source:{speaker.rule}", how))


def _charge_event(verb, subj, word, ctx: Context, resolver: ActorResolver, governing, to_date, *,
                  inherited: str | None, inherited_rule: str) -> Event | None:
    """A statement whose content charges a named side with a wrong is the speaker's ACCUSE of that
    side ('"Venezuela has chosen the path of intimidation," Baptiste told the judges':
    `event_discourse.charges`); none when the speaker's or the side's country is unknown or the two
    are one."""
    speaker = _speaker_of(verb, [], resolver)
    if speaker is None or not speaker.actor.country:
        return None
    accused = [r.actor for r in resolver.resolve_all(subj)
               if r.actor.country and r.actor.country != speaker.actor.country and not is_media(r.actor.name)]
    if not accused:
        return None
    when, date_rule = _event_date(verb, "V", ctx, governing, to_date, inherited=inherited,
                                  inherited_rule=inherited_rule)
    quote = _quote_at(ctx, word.idx)
    if when is None and quote is not None and quote.date:
        when, date_rule = quote.date, "date:quote"  # the statement is of the day its quote was given
    return _statement_event(verb, speaker, accused[:1], "ACCUSE", "disapprove", when,
                            ["charge-in-statement", date_rule],
                            (f"charge:{word.text}", f"charged:{subj.text}", f"source:{speaker.rule}"))


def _statement_event(verb, speaker: Resolved, targets: list, category: str, mode: str, when: str | None,
                     rules: list, notes: tuple) -> Event:
    """The asserted diplomatic event of a speaker's statement about other sides, its trigger the verb
    of saying (`_evaluation_event`, `_charge_event`); `rules` after the trigger's, None ones left out."""
    rule = "+".join([f"trigger:V:{verb.lemma_.lower()}"] + [r for r in rules if r])
    evidence = (Evidence(rule=rule, text=verb.text, start=verb.idx, end=verb.idx + len(verb.text),
                         anchor=when, notes=notes),)
    sent = verb.sent
    return Event(id="", type=category, trigger=verb.text, start=verb.idx, end=verb.idx + len(verb.text),
                 source=speaker.actor, target=targets[0], sources=(speaker.actor,), targets=tuple(targets), mode=mode,
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
            path_aux & (FUTURE_AUX | HYPOTHETICAL_AUX) or any(n.startswith("negated-by:fail") for n in modal_notes)) \
            and not (verb is not None and verb.i != tok.i and verb.lemma_.lower() in DECLINED_TELLING):
        # ("would not disclose the terms of the deal": information withheld, no deal refused)
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
    if c.pos == "V" and sense.lemma in event_precision.POLITICAL_DOER_LEMMAS \
            and not _political_doer(tok, sources, actor_rules):
        return None  # "debenture holders who objected to the plan": a business objection, no side's act
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
    elif not targets and (sense.object_class in BORDER_CLASSES or sent_to_border(tok, category)) and (
            src.actor.country) and (other := _only_other_country(tok, c.pos, sources, ctx, resolver)) is not None:
        # "Bolivia expelled a Peruvian diplomat and closed two border crossings": a border closed
        # with no neighbour named is closed to the one other country the sentence names
        targets = [Resolved(other.actor, rule="actor-backoff-target-sentence")]
        rules.append("actor-backoff-target-sentence")
    elif not targets and (sense.object_class in BORDER_CLASSES or sent_to_border(tok, category)) and (
            src.actor.country) and (other := _headline_other_country(doc, sources, ctx, resolver)) is not None:
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
    if sources and category == "REQUEST" and (not targets and (
            any(n.endswith(":RETREAT") and n.startswith("content:") for n in c.notes)
            or any(t.lemma_.lower() in DETAINED_NOUNS for t in tok.subtree))
            or held_people_asked_for(tok, targets, {s.actor.country for s in sources})):
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


def _political_doer(tok, sources: list[Resolved], actor_rules: list[str]) -> bool:
    """Whether the doer of `tok` (a verb of `event_precision.POLITICAL_DOER_LEMMAS`) is a political side
    named by its own phrase: placed in a country or an international body, no company, and not lent a country
    by a back-off from the sentence or paragraph around it, nor a speaker or a place nearby."""
    if not sources or (sources[0].actor.country is None and sources[0].sector != "IGO"):
        return False
    heads = _actor_heads(tok, "V")
    if event_precision.is_company(heads, sources[0].actor):
        return False
    # ("objected to by the United States": the parser hangs the agent's "by" on the particle, and the
    # back-off finds the agent's own country name there)
    agents = [b for b in (*tok.children, *(g for c in tok.children for g in c.children))
              if b.dep_ in ("agent", "prep") and b.lower_ == "by"]
    if any(sources[0].actor.name in tok.doc[b.left_edge.i:b.right_edge.i + 1].text for b in agents):
        return True
    if any(n.startswith("source:actor-backoff") for n in actor_rules):
        return False
    # the doer's own phrase ("Argentina ... objected"), or a pronoun standing for a side told before
    # ("it objected")
    side = _actor_side_tokens(tok, "V")
    start = sources[0].actor.start
    return any(h.pos_ == "PRON" and h.lower_ in THIRD_PERSON for h in heads) or (
        start is not None and any(t.idx <= start < t.idx + len(t.text) for t in side))
