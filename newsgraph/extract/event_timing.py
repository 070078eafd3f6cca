"""PLOVER events, dating: the date of one act from the time expressions around its trigger.

Pure functions over the spaCy parse and `ctx.timexes` that `events.extract_events` and
`events._build_event` call while events are built (the cross-sentence re-dating that runs after
all events exist is `event_dates.redate_events`):

- `_event_date` / `_main_date`: the time expression governing a trigger (the timexes module's
  `timex_governing` when present, `_timex_functions`), climbing the clause and occasion phrases
  ("at a meeting on Monday") and leaving out timexes dated apart; returns (ISO date, rule).
- `_main_event_date`, `_same_actor_episode`, `_reaction_same_day`, `_elaborates`,
  `_dated_by_next`, `_subject_named_in`: whether a sentence without a date inherits the previous
  sentence's (same actor, a reaction told the same day, an elaboration of the same act).
- `_period`: first and last day of an ISO date, month or year; `_is_past`, `_dating_timexes`,
  `_past_dating_timexes`: the tense and time expressions of a clause.

Returns dates and rule names; the caller writes them into the event's evidence (`date:<rule>`).
"""
from __future__ import annotations

import calendar
import importlib
import re
from dataclasses import replace
from datetime import date

from newsgraph.extract.actors import GROUP_HEADS, in_dateline
from newsgraph.extract.context import Context
from newsgraph.extract.event_dates import verb_of
from newsgraph.extract.event_discourse import temporal_shift_clause
from newsgraph.extract.event_triggers import FUTURE_AUX, _anchor_verb
from newsgraph.extract.plover_lexicon import SPEECH_VERBS, VERBAL_CATEGORIES, senses_for
from newsgraph.records import Event

HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "can", "should", "must", "ought"})
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
# Date rules that carry a date from another sentence (weaker than a report of the act itself).
CARRIED_DATE_RULES = ("date:previous-sentence", "date:previous-paragraph-same-actor", "date:narration-continues",
                      "date:same-actor-episode")
# How far back (characters, about three news sentences) an actor's dated act is looked for
# when a new paragraph names that actor again.
EPISODE_MAX_CHARS = 700
# Acts that answer another side's act ("condemned", "lodged a protest", "urged ... to stop").
REACTION_CATEGORIES = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST", "THREATEN", "SANCTION", "SUPPORT"})
# How far back (characters, about two news sentences) the act a reaction answers is looked for.
REACTION_MAX_CHARS = 600
# Adverbs that tell an act as a habit, of no one day ("have repeatedly warned", "has long demanded"):
# no reaction of the publication day
HABITUAL_WORDS = frozenset({"repeatedly", "long", "often", "frequently", "regularly", "consistently", "always"})
# Marks of a clause whose act is not done (yet) or only supposed ("until Uruguay suspended ...")
NOT_DONE_MARKS = frozenset({"until", "unless", "if", "whether", "once", "before"})
# Clause arcs walked up from a reaction's verb to find a relative clause or such a mark above it
# (the act's own clause and the two above it: "vowed that the protest would continue until ...")
REACTION_CLAUSE_ARCS = 3


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
    if inherited and (verb := verb_of(tok)) is not None and _habitual(verb):
        return None, None  # "Chile's inspectors have repeatedly warned ...": no one day to carry on
    if inherited and ctx.published is not None and inherited[:10] > ctx.published.date().isoformat() and (
            _is_past(tok.sent.root) or ((verb := verb_of(tok)) is not None and _is_past(verb))):
        # "Canada postponed the July 1 deadline. / The minister said Denmark would not accept ...":
        # a day still ahead of the story is a deadline or plan told before, never the day of an act
        # or a statement told in the past
        return None, None
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
    if _background_clause(sent, ev):
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


def _background_clause(sent, ev: Event) -> bool:
    """Whether `ev`'s verb is told as no act of one day: habitual ("have *repeatedly* warned", "has
    *long* demanded"; "Hollis, who has repeatedly called for ...") or not done yet ("*until* Uruguay
    suspended the expansion", "*if* Belgrade rejected ..."). (A relative clause may well be the
    reaction: "a charge that Beijing denied".)"""
    tok = next((t for t in sent if t.idx >= ev.start), None)
    verb = verb_of(tok) if tok is not None else None
    if verb is None:
        return False
    if _habitual(verb):
        return True
    cur = verb
    for _ in range(REACTION_CLAUSE_ARCS):
        if any(c.dep_ == "mark" and c.lower_ in NOT_DONE_MARKS for c in cur.children):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _habitual(verb) -> bool:
    """A perfect or present told as a habit ("have *repeatedly* warned", "has *long* demanded", "*often*
    accuses"); in the simple past ("Police repeatedly fired tear gas") the repetition is of the
    episode's day."""
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_WORDS for c in verb.children) and (
        verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                                           for c in verb.children))


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
