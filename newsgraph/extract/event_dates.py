"""When an act took place when no time expression hangs on it: dates from the statement that
reports it, from the act or meeting it is measured from, from the speaker who goes on.

Pure functions over the spaCy parse, the time expressions and the events `events.extract_events`
built (issue 6: on unseen wire articles about a quarter of the acts found with the right type
and sides had a wrong or missing date). `redate_events` runs once, after every other date rule;
it only fills an act that is undated or dated by a neighbouring sentence (never the publication
date silently), except the measured clause, which also corrects the main clause's date leaking
into an after/before clause. Each rule names itself in the evidence (`date:<rule>`, note
`dated-by:<words>@<offset>`):

- `date:statement-frame`: "In a statement *read on state television on Monday night*, the
  minister said his government 'does not recognise' the court": the time expression hangs on the
  statement noun (or a clause on it) that frames the verb of saying; the verb and what it
  reports (a charge, a refusal, an act in the present perfect or simple past) take its date.
  Also "at his weekly news conference on Tuesday", "told a briefing on Thursday".
- `date:announced-act`: "On Sunday, the defence ministry *announced* that it had deployed troops":
  an act announced (announce, confirm, report, disclose, reveal) in the past perfect with no time
  of its own is news of that day; after a plain "said" a past perfect stays undated (older).
- `date:measured-clause`: "met in Luanda on Thursday, *three days after* rebels seized the town":
  an act (verb or event noun) inside a clause or phrase opened by a measured after/before is that
  far from its main clause's own date (days, weeks; hours and minutes are the same day).
- `date:measured-from-named`: "*Two days after the talks*, Pakistan accused India ...", "*Hours
  after the news conference*, the spokesman urged Japan ...": the main clause is dated from the
  act or meeting the phrase names: the latest dated event of that noun reported before, else the
  latest earlier mention of that noun whose clause a time expression dates.
- `date:next-sentence-same-speaker`: "Mbuyi accused Rwanda of ... / '...,' Mbuyi told a news
  conference on Tuesday": a statement summed up first takes the date of the dated report of it
  that follows in the paragraph by the same speaker (the same entity, a pronoun, "its/their X", or
  a speaker of the same country), also after a quotation's opening sentences, or told by a dated
  statement act ("In a joint statement on Wednesday they condemned ...").
- `date:same-clash`: "Pakistan gave a different account. Two civilians were killed by Indian
  shelling, ..." an attack told in the simple past with no time expression takes the day of the
  latest attack reported a little before between the same sides, when its own time expression
  dated it.
- `date:act-named-next`: "Iran has withdrawn the accreditation of two inspectors, ... / *The
  decision* was communicated to the agency *on Tuesday*": the next sentence names the act by a
  definite act noun (decision, move, step, measure, action) and dates it by its own clause.
- `date:result-participle` also looks past a year that names a thing ("ended the 2015 agreement
  ... in January 2024, accusing ...": January 2024).
- `date:coordinated-verb`: "was *shot* and wounded near the border *on Monday night*".
- `date:when-clause`: "since last month, *when* Guyana said Venezuelan soldiers had detained ...".
- `date:dateline`: "LIMA, March 13 (Reuters) - Peru has expelled a Chilean diplomat, the ministry
  said": the lead's act in the present perfect (or a statement its undated "said" reports) with
  no time expression of its own is news of the dateline's day; a simple past stays undated.
- `date:retold-later`: "..., days after delegations from the two countries met under US
  mediation. / ... The committee met in Naqoura on Thursday": an act summed up in the past with
  no date takes the date of the act the article retells further on by the same verb or noun
  and category, with a side in common, dated there by its own time expression.
- `date:speaker-continues`: "In a statement read on Monday night, Ibarra said ... / *He* accused
  Guyana of ...": the next sentence of the paragraph, with no time expression, whose subject is a
  pronoun or the same speaker, goes on with the statement's date (one sentence at a time, so a
  run of "He ... He ..." keeps it while the speaker does).
  After a report dated by its own time ("Tembo *told parliament on Wednesday* that ... / She
  accused ..."), a time of another clause of the sentence does not stop the speaker's act.
- `date:participle-frame`: "*Speaking at a news conference on Wednesday*, X accused ...".
- `date:joint-act-episode`: "the two sides agreed ..." after the sides' dated meeting.
- `date:same-source-continues`: "..., Bolivia's army said. / Two soldiers were detained ..., the
  army said.": the same source's report goes on with the date its act had, also in a new paragraph.
- `date:result-participle`: "carried out strikes on the positions on Wednesday morning, *killing*".
- `date:reported-in-progress`: "The EU said *on Friday* it *was suspending* 120 million euros":
  an act a dated statement reports as under way (progressive or present) is of the statement's day.
- `date:retold-by-noun`: "nine civilians were killed ... / nothing to do with *Thursday's attack*",
  "announced *the suspension* late on Wednesday": a later definite noun of the act's kind, dated.
- `date:report-not-thing-year`: a year naming another noun ("violated the 1904 treaty") does not
  date the act (note `not-dated-by:year-of-another-thing`); its report's date does, if any.
- `date:quoted-performative`: '"*We demand* that the Chinese side release the fishermen"': a
  first-person present statement in a direct quotation is of the quotation's day.
- `date:began-later`: "a blockade by truck drivers ... / *The blockade began on Sunday*", "*The
  ban, which took effect on Wednesday*": the day the act named again by a definite noun started.
- `date:document-named-before`: "sent a protest note on Wednesday / *In the note*, Chile asked".
- `date:narration-past-relative-time`: a time in a relative clause ("which Vilnius has refused
  since 2020") does not stop the narration going on in the sentence before's episode.
- `date:place-phrase-day`: "staged a sit-in on the highway leading to *the crossing last
  Wednesday*": a day the parser hung on a place is the act's.
- `date:same-day-as-named`: "The raid ... was condemned. Mexico broke off relations *the same
  day*": the day of the act the sentence before is about.
- An act dated only by its report (`:speech`) or the dateline takes an earlier day of its own
  named next (`date:act-named-next`), retold later (`date:retold-later`, also for a
  present-perfect lead: "Peru has expelled ... / The ministry expelled the diplomat on Tuesday")
  or begun later (`date:began-later`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.extract.plover_lexicon import SPEECH_VERBS, VERBAL_CATEGORIES, senses_for
from newsgraph.records import Event

# Arcs of a year that names a thing ("the 1904 treaty", "its 2019 report"), not when an act was done.
THING_YEAR_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
# Arcs of a noun that takes part in an act (its object, a clause's subject, what it is called): a
# possessive day on it ("condemned *Sunday's* killing", "said *Sunday's* agreement was a deal")
# tells when that thing was, not when the act was done; a setting ("killed *in* Sunday's attack",
# "agreed *at* Sunday's meeting") is not among them, its day is the act's.
THING_DAY_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "appos", "oprd"})
# Prepositions whose object is what an act is about, not its setting ("protested over Sunday's raid").
THING_DAY_PREPS = frozenset({"for", "over", "about", "against"})
# Adverbs saying that an act came after the time its coordinated first act names ("broke off relations
# the same day and *later* took Ecuador to court"): the first act's time does not date it.
LATER_ADVERBS = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})
# Paragraphs at most back from "He accused ..." to the same speaker's dated statement: the statement's
# paragraph and one of the speaker's quotes between (a wire story's statement-quote-paraphrase run).
SPEAKER_RUN_MAX_BLOCKS = 2
# Pronouns that continue a person speaker's run across paragraphs ("it"/"they" may be a body or a
# crowd the next paragraph turns to).
PERSON_PRONOUNS = frozenset({"he", "she"})
# Nouns of the occasion a statement is made at or in: a time expression on them dates what is said.
FRAME_NOUNS = frozenset({"statement", "briefing", "conference", "address", "interview", "speech", "note",
                         "communique", "communiqué", "broadcast", "session", "remark", "remarks", "comment",
                         "comments", "post", "tweet", "video", "message", "letter", "declaration", "appearance",
                         "meeting", "hearing", "summit", "debate"})
# Documents whose relative clause tells what they say ("a communique in which both sides agreed").
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "note", "report",
                            "resolution", "memorandum", "agreement", "decision", "ruling", "order", "decree"})
# Prepositions that put a statement in its occasion ("in a statement", "at a briefing", "during a
# visit"); an object also does ("told a news conference", "addressed a rally").
FRAME_PREPS = frozenset({"in", "at", "during", "on", "via", "through"})
# Prepositions by which an act's object may carry the document the act was made in ("demanded their
# release in a note", "conveyed its protest through a letter"); "on"/"at" there name a topic or place
DOCUMENT_FRAME_PREPS = frozenset({"in", "via", "through"})
DOCUMENT_FRAME_NOUNS = frozenset({"statement", "note", "letter", "communique", "communiqué", "declaration",
                                  "message", "memorandum"})
# Arcs at most from a reported act up to the verb of saying (ccomp, conj, xcomp).
REPORT_MAX_ARCS = 3
# Dependency arcs of a reported clause under its verb of saying.
REPORT_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis"})
# Verbs that make a completed act public: what they announce in the past perfect is that day's news.
ANNOUNCE_VERBS = frozenset({"announce", "confirm", "report", "disclose", "reveal"})
# Subordinators of a measured clause ("three days after", "a week before").
OFFSET_WORDS = frozenset({"after", "before"})
# Units of a measured clause in days; hours and minutes keep the same day.
UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0, "minute": 0, "minutes": 0,
             "moment": 0, "moments": 0}
# Hours that make a day ("48 hours after" is two days after).
HOURS_PER_DAY = 24
# Days after which a dated act is history (the events layer's `HISTORICAL_DAYS`: a year).
HISTORICAL_DAYS = 365
# Tokens at most between two coordinated verbs sharing a closing time expression ("shot and wounded").
COORDINATION_MAX_TOKENS = 4
# Tokens at most between two coordinated verbs in the simple past whose objects stand between them
# ("arrested 14 Indian fishermen and seized"): one operation, dated by the time closing the second.
COORDINATED_OBJECT_MAX_TOKENS = 12
# Adverbs that place a clause after what the story told last ("hours later", "shortly afterwards").
LATER_WORDS = frozenset({"later", "afterwards", "afterward"})
# Parts of a day that, after "that", place a clause on the day told last ("that evening").
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day"})
# How far back (characters, about four news sentences) the time expression they count from may be.
LATER_MAX_CHARS = 900
# Words that put an act right after another with no count ("shortly after", "soon after").
SHORTLY_WORDS = frozenset({"shortly", "soon", "immediately", "just", "hours", "minutes", "moments"})
# Number words a measure may use (wire copy spells out one to ten).
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Verbs that only say an act named as their subject took place or began ("the talks opened").
START_VERBS = frozenset({"open", "begin", "start", "take", "happen", "occur"})
# Verbs that say an act named as their subject began ("the blockade began on Sunday"), and those
# that do so with a noun ("the ban took effect", "the curfew came into force", "went into effect").
BEGAN_VERBS = frozenset({"begin", "start", "commence", "erupt"})
BEGAN_PHRASES = {"take": frozenset({"effect", "hold"}), "come": frozenset({"force", "effect"}),
                 "go": frozenset({"force", "effect"}), "break": frozenset({"out"})}
# How many arcs up from a trigger the act noun whose phrase holds it is looked for ("a *blockade*
# by truck drivers *protesting* against ...": the participle, its noun, "by", the act noun).
ACT_NOUN_ARCS = 3
# Nouns by which a story names again the body or state it just named ("the bloc's commission",
# "the country's foreign ministry"), as a possessive of the next speaker.
BODY_ANAPHORS = frozenset({"bloc", "alliance", "union", "organisation", "organization", "group", "body",
                           "country", "government", "kingdom", "republic", "state"})
# Words that make a later telling another act of the kind, not this one retold.
OTHER_ACT_WORDS = frozenset({"another", "other", "separate", "second", "third", "new", "further", "earlier"})
# Time words that date an act to the day of the act told just before.
SAME_DAY = re.compile(r"(?:the\s+same|that)\s+(?:day|night|evening|morning|afternoon)", re.IGNORECASE)
# How far back (characters, about eight news sentences: the paragraphs that told the story so far) a
# named act or meeting ("the talks", "the news conference") is looked for.
NAMED_MAX_CHARS = 2500
# Joint acts: "the two sides agreed/signed/held ..." goes on with the sides' dated meeting.
JOINT_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# How far back (characters, about three news sentences) that meeting is looked for.
JOINT_EPISODE_MAX_CHARS = 700
# Verbs by which an act noun is placed in time after another ("The move came two days after ...").
CAME_VERBS = frozenset({"come", "follow"})
# Sentences of a quotation at most between a statement summed up and the report that dates it
# (wire copy opens a quote with one or two sentences before the attribution).
QUOTED_SENTS_SKIPPED = 2
# Marks that open a direct quotation.
OPENING_QUOTES = "\"'\u201c\u2018"
# Characters around a quoted sentence that are not its words.
QUOTE_EDGE_CHARS = " \t\n\"'\u201c\u201d\u2018\u2019"
# How far on (characters, about eight news sentences: a lead and the paragraphs that tell it) an act
# summed up with no date may be retold with its date.
RETOLD_MAX_CHARS = 2500
# Subordinators of a clause whose act had not happened when its main clause's did ("until they
# agreed", "if Chile attacked", "before the talks began").
NOT_YET_MARKS = frozenset({"until", "unless", "if", "before", "once", "whether", "lest"})
# Subordinators of a clause that places its act relative to another.
TIME_CLAUSE_MARKS = frozenset({"after", "before", "since", "until", "when", "while", "once", "as"})
# Nouns that name the act the sentence before told, whatever it was ("The decision was communicated on
# Tuesday", "The move came on Monday").
ACT_ANAPHORS = frozenset({"decision", "move", "step", "measure", "action"})
# Nouns for what an act of a category sends or puts in place, naming that act again ("Rwanda has
# deployed 1,000 more soldiers ... / The reinforcements landed in Pemba on Saturday").
ACT_RESULT_NOUNS = {"MOBILIZE": frozenset({"reinforcement", "reinforcements", "contingent", "deployment"})}
# Verbs whose object does the act of their "to" clause ("prompting Kampala to send troops"): told
# as done when the causing verb is.
CAUSATIVE_VERBS = frozenset({"prompt", "force", "lead", "push", "spur", "compel", "drive"})
# Determiners of a noun naming again an act told before ("the note", "this decision").
DEFINITE_WORDS = frozenset({"the", "this", "that"})
# How old (days before publication) the day of a retelling may be: an act summed up in a report is
# its news, and "In early 1986, Gencorp agreed to sell WOR-TV" retells another, older deal.
RETOLD_MAX_DAYS = 31
# Categories one act may be retold in: "shot down a drone" (ASSAULT) is "destroyed the drone" (COERCE).
RETELLING_FAMILY = {"ASSAULT": "force", "COERCE": "force"}
# Acts of a clash whose undated retelling (the other side's account) is of the same day.
CLASH_CATEGORIES = frozenset({"ASSAULT"})
# Arcs of a word used as a noun: a gerund there ("killed by shelling") is no clause of its own.
NOMINAL_DEPS = frozenset({"pobj", "pcomp", "nsubj", "nsubjpass", "dobj"})
# How far back (characters, about five news sentences) the dated account of the clash is looked for.
CLASH_MAX_CHARS = 1500
# Words of an official's title: a quoted official of no known country named right after a side's
# statement speaks for that side ("Norway rejected the protest. Foreign Minister X said ...").
OFFICIAL_WORDS = frozenset({"minister", "spokesman", "spokeswoman", "spokesperson", "secretary", "president",
                            "ambassador", "envoy", "commander", "general", "official", "premier", "chancellor",
                            "prime", "deputy", "director", "chief", "governor", "colonel", "admiral", "diplomat"})
# Verbs of an act that begins a state lasting to the time of writing: "since <a day>" with one of
# them in a perfect is the day it began ("have blocked the crossing since Wednesday"); with other
# verbs "since" counts acts over a span ("have complained twice since Jan. 22").
STATE_BEGUN_LEMMAS = frozenset({"block", "blockade", "close", "shut", "seal", "halt", "suspend", "occupy",
                                "barricade", "cordon"})
# Adverbs of repetition: a repeated act has no one day.
REPEAT_WORDS = frozenset({"twice", "repeatedly", "again", "thrice", "often", "frequently"})
# Nouns of a rough quantity whose "of" phrase names the things acted on ("turned back dozens of
# boats", "detained hundreds of migrants").
QUANTITY_HEADS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"})
# Statuses of an act told as done (by the narrator, or by a source the narrator reports).
TOLD_AS_DONE_STATUSES = frozenset({"asserted", "alleged"})
# How many sentences before an act placed "at the time" the act whose time that is may be told.
AT_THE_TIME_BACK_SENTS = 2
# Prepositions naming the body an official speaks for ("a spokesperson for the ministry", "an
# official of the government", "a diplomat at the embassy").
OFFICIAL_FOR_PREPS = frozenset({"for", "of", "at"})
# Personal pronouns that go on with the subject of the sentence before.
# How many sentences back a document named again ("In the note, ...") is looked for: the
# sentence before and the one before it (a lead and the next paragraph's first sentence).
DOCUMENT_BACK_SENTS = 2
# A speaker's own words for the day they speak ('"Today we took a first step," he said').
SPEAKING_DAY_WORDS = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})
# Subjects of a statement made by saying it (a performative: "We demand", "I urge").
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
CONTINUING_PRONOUNS = frozenset({"he", "she", "they", "it"})
# Date rules a neighbouring sentence gave: a date of the act's own sentence replaces them.
CARRIED_RULES = ("date:previous-sentence", "date:narration-continues", "date:previous-paragraph-same-actor",
                 "date:same-actor-episode", "date:reaction-same-day", "date:reaction-to-act")
# The events layer's "hours after the X" rule dates by the latest act of X's category (any act when
# X names none: "the recall"); the act named by X's own verb or noun, when reported, is the better date.
SHORTLY_AFTER_RULE = "date:shortly-after-act"
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def redate_events(events: list[Event], doc, ctx, *, own_date, block_of) -> list[Event]:
    """`events` with the dates the rules of this module give (see the module docstring).

    `own_date(token)` is the date a time expression gives the clause of `token` (None if none);
    `block_of(offset)` the paragraph number of an offset."""
    if not events or not len(doc):
        return events
    out = list(events)
    published = ctx.published.date().isoformat() if ctx.published is not None else None
    toks = [_trigger_token(doc, ev) for ev in out]
    for i, ev in enumerate(out):
        tok = toks[i]
        if tok is None:
            continue
        if _since_span(tok, ev, ctx):
            if _since_day_begun(tok, ev):
                # "have blocked the main crossing since Wednesday": a state begun that day
                out[i] = ev = _dated(ev, ev.date, "date:since-day-begun", tok)
            else:
                out[i] = ev = _undated(ev, "since-span")
        if _dated_by_a_things_year(tok, ev, ctx):
            # "said Chile had violated the 1904 treaty": the treaty's year, not the act's
            when = _report_date(tok, ev, own_date)
            if ev.status == "historical":  # only the thing was old: its act's status is told again below
                ev = replace(ev, status="asserted")
            out[i] = ev = _undated(ev) if when is None else _dated(ev, when, "date:report-not-thing-year", tok)
        when = _report_date(tok, ev, own_date) if _dated_by_a_things_day(tok, ev, ctx) else None
        if when is not None and when != ev.date:
            # "said on Monday that Sunday's agreement was ... and called on the UN": the report's day.
            # With no report the thing's day stays: a reaction to it ("Wednesday's launch was
            # condemned by ...") is most often told the same day (one of one such act in the 78
            # development articles; undating it lost that event)
            out[i] = ev = _dated(ev, when, "date:report-not-thing-day", tok)
        if _later_than_first_conjunct(tok, ev, ctx):
            # its clause's time is the first act's: no rule below that reads that clause may date it
            out[i] = _undated(ev, "later-than-first-conjunct")
            continue
        found = _measured_clause(tok, ev, own_date, out[:i]) or (
            _measured_from_named(tok, ev, out[:i], own_date, ctx)
            if _replaceable(ev, SHORTLY_AFTER_RULE) else None) or (
            _statement_frame(tok, ev, ctx, own_date) if _replaceable(ev) else None) or (
            _later_than_before(tok, ctx) if _replaceable(ev) else None) or (
            _announced_act(tok, own_date) if ev.date is None else None) or (
            _coordinated_date(tok, own_date, ctx) if ev.date is None else None) or (
            _reported_in_progress(tok, own_date, ctx) if ev.date is None else None) or (
            _purpose_clause_date(tok, ctx, published) if ev.date is None else None) or (
            _place_phrase_day(tok, ctx, published) if ev.date is None else None) or (
            _goal_in_relative_clause_day(tok, ctx, published) if ev.date is None else None) or (
            _dated_when_clause(tok, own_date) if ev.date is None else None) or (
            _when_clause(tok, ctx) if ev.date is None else None) or (
            _result_participle(tok, own_date, ctx) if ev.date is None else None)
        if found is not None and _not_after(found[0], published):
            out[i] = _dated(ev, *found)
    # a statement summed up first, then reported with its date by the same speaker
    statement_verbs = frozenset(t.i for t, e in zip(toks, out) if t is not None and e.type in VERBAL_CATEGORIES)
    # (also over a date carried from a neighbouring sentence or paragraph: "Romania summoned Ukraine's
    # ambassador on Tuesday. / Ukraine's foreign ministry rejected the criticism. The ministry's
    # spokesperson said on Wednesday ...": the report of the statement itself is the better evidence)
    _date_where_found(out, toks, published, lambda i, ev: _next_sentence_same_speaker(
        toks[i], ev, ctx, own_date, block_of, statement_verbs), verbal=True, carried=True)
    # '"We expect Russia to return them without delay," the minister said on Wednesday': the quote's day
    _date_where_found(out, toks, published, lambda i, ev: _quoted_performative(toks[i], ev, ctx), verbal=True)
    # "Chile sent a protest note to Argentina on Wednesday ... / In the note, Chile asked ...": the note's day
    _date_where_found(out, toks, published, lambda i, ev: _document_named_before(toks[i], ev, ctx, own_date))
    # "Norway rejected the protest. / Foreign Minister X said ... / '...,' he said on Tuesday."
    _date_where_found(out, toks, published, lambda i, ev: _quoted_later(toks[i], ev, ctx, block_of), verbal=True)
    # "the two sides agreed to ..." after their dated meeting: the meeting's day
    _date_where_found(out, toks, published, lambda i, ev: _joint_act_episode(toks[i], ev, out[:i]))
    # "..., Pakistan's army said. / Two civilians were killed ..., the army said.": the same source
    _date_where_found(out, toks, published, lambda i, ev: _same_source_continues(toks[i], out[:i], ctx))
    # "LIMA, March 13 (Reuters) - Peru has expelled a Chilean diplomat, the ministry said": the dateline
    _date_where_found(out, toks, published, lambda i, ev: _dateline_lead(toks[i], ev, ctx))
    # "... days after delegations of the two countries met ... / The committee met on Thursday": retold
    # (or dated only by a year or month: "shot down a drone, the second such incident this year")
    for i, ev in enumerate(out):
        # (also a lead in the present perfect dated only by its report or the dateline: "LIMA, March 13 -
        # Peru has expelled a Chilean diplomat ... / The ministry expelled the diplomat on Tuesday")
        by_report = _dated_by_its_report(ev)
        if (ev.date is None or not FULL_DATE.fullmatch(ev.date) or by_report) and toks[i] is not None:
            found = _retold_later(toks[i], ev, out[i + 1:], ctx, own_date)
            if found is not None and _not_after(found[0], published) and (
                    found[0] < ev.date if by_report else found[0].startswith(ev.date or "")) \
                    and FULL_DATE.fullmatch(found[0]) and _recent(found[0], published):
                out[i] = _dated(ev, *found)
    # "At least nine civilians were killed ... / ... nothing to do with Thursday's attack": named again
    for i, ev in enumerate(out):
        if ev.date is None and toks[i] is not None:
            found = _retold_by_noun(toks[i], ev, out, ctx, own_date)
            if found is not None and _not_after(found[0], published) and _recent(found[0], published):
                out[i] = _dated(ev, *found)
    # "The raid ... was condemned across the region. Mexico broke off relations the same day": the raid's
    _date_where_found(out, toks, published, lambda i, ev: _same_day_as_named(toks[i], ev, out[:i], ctx), dated=True)
    # "a blockade by truck drivers protesting ... / The blockade began on Sunday": the day it started
    # (also over the report's own day: "Zambia has barred ... / The ban, which took effect on Wednesday")
    for i, ev in enumerate(out):
        if toks[i] is not None and (ev.date is None or _dated_by_its_report(ev)
                                    or _head_dated_by_report(toks[i], ev, events, toks)):
            found = _began_later(toks[i], ev, ctx, own_date)
            if found is not None and _not_after(found[0], published) and _recent(found[0], published) and (
                    ev.date is None or found[0] < ev.date):
                out[i] = _dated(ev, *found)
    # "Iran has withdrawn the accreditation of two inspectors, ... / The decision was communicated to the
    # agency on Tuesday": the act the next sentence names by a definite act noun, dated there
    # (also an act dated only by the report of it: "Uzbekistan has asked the Taliban to halt ...,
    # officials said on Wednesday. / The request was delivered on Tuesday": the act's own day)
    for i, ev in enumerate(out):
        if toks[i] is not None and (ev.date is None or _dated_by_its_report(ev)
                                    or _head_dated_by_report(toks[i], ev, events, toks)):
            found = _named_next(toks[i], ev, out, own_date)
            if found is not None and _not_after(found[0], published) and (
                    ev.date is None or found[0] < ev.date):
                out[i] = _dated(ev, *found)
    # "Traders protested on Wednesday ... / Several hundred people blocked the road for about two
    # hours, and police fired tear gas": a duration dates nothing, the narration goes on
    _date_where_found(out, toks, published,
                      lambda i, ev: _narration_past_duration(toks[i], out[:i], ctx, block_of, own_date))
    # "Kovalchuk said on Thursday that ... / He also repeated Minsk's call for talks, which Vilnius has
    # refused since 2020": a time in a relative clause dates that clause, the narration goes on
    _date_where_found(out, toks, published,
                      lambda i, ev: _narration_past_relative_time(toks[i], out[:i], ctx, own_date, block_of))
    # "Pakistan gave a different account. Two civilians were killed by Indian shelling, ..." the clash
    _date_where_found(out, toks, published, lambda i, ev: _same_clash(toks[i], ev, out[:i], ctx))
    # the speaker goes on in the next sentence (in text order, so a run of "He ..." carries on)
    sent_date = {}
    for i, ev in enumerate(out):
        tok = toks[i]
        if tok is None:
            continue
        sent = tok.sent
        if ev.date is None:
            prev = _previous_sentence(sent)
            when, by_report = None, False
            if prev is not None:
                framed = _frame_timex(prev.root, ctx)
                when = sent_date.get(prev.start) or (framed[0] if framed else None)
                verb = verb_of(tok)
                if when is None and verb is not None and not _past_perfect(verb):
                    when = _reported_day(prev.root, own_date)
                    by_report = when is not None
            # (after a report dated by its own time, a time of another clause of this sentence - "and
            # said it had recorded four incidents since January" - does not stop the speaker's act)
            if when and block_of(prev.start_char) == block_of(sent.start_char) and _continues_speaker(sent, prev, ctx) \
                    and (not _has_dating_timex(sent, ctx) or (by_report and own_date(verb) is None)) \
                    and _past_or_reported(tok):
                out[i] = ev = _dated(ev, when, "date:speaker-continues", prev.root)
        if ev.date and _on_main_clause(tok) and any(r in ev.evidence[0].rule for r in (
                "date:statement-frame", "date:speaker-continues")):
            sent_date.setdefault(sent.start, ev.date)
    # "The two ships exchanged radio warnings for about five hours before the vessel withdrew": the
    # measure counts from the main clause's act however the rules above dated it
    _date_where_found(out, toks, published, lambda i, ev: _measured_from_main_act(toks[i], ev, out, toks))
    # "Last month, Pena accused Brazil of ... / The ministry rejected the accusation at the time": the
    # time of the act just told
    _date_where_found(out, toks, published, lambda i, ev: _at_the_time(toks[i], ev, out[:i]))
    # "X dismissed those concerns on Thursday. ... / '...,' X said. / He accused some media of ...":
    # the same speaker's run goes on past a paragraph of quotes
    _date_where_found(out, toks, published,
                      lambda i, ev: _speaker_run(toks[i], ev, out[:i], ctx, own_date, block_of), verbal=True)
    # "Rama, speaking in parliament on Wednesday afternoon, said ... '...,' Rama said. / He accused
    # ...": the same person's run goes on from a quotation dated in its own sentence
    _date_where_found(out, toks, published,
                      lambda i, ev: _speaker_run_from_quote(toks[i], ev, out, ctx, own_date, block_of), verbal=True)
    # an act these rules dated long before publication is history, as the events layer tells it
    return [_historical(ev, ctx.published.date()) if ctx.published is not None and ev is not events[i] else ev
            for i, ev in enumerate(out)]


def _measured_from_main_act(tok, ev: Event, events: list[Event], toks: list):
    """(date, rule, cue) for an act inside a measured after/before clause ("five hours before the
    vessel withdrew", "two days after talks ended") whose main clause's act (its verb, or the
    verb's object or subject noun: "exchanged radio *warnings*") is an event dated to a day by a
    rule that carried it (the main clause has no time expression of its own)."""
    found = _offset_marker(tok)
    if found is None:
        return None
    marker, region, main, days = found
    if tok.i not in region:
        return None
    for e, t in zip(events, toks):
        if e is ev or t is None or not e.date or not FULL_DATE.fullmatch(e.date):
            continue
        if t.i == main.i or (t.head.i == main.i and t.dep_ in ("dobj", "nsubj", "nsubjpass")):
            shifted = _shift(e.date, days, marker.lower_)
            return (shifted, "date:measured-from-main-act", marker) if shifted else None
    return None


def _pronoun_opens_paragraph(tok, own_date, block_of):
    """(subject, paragraph index) when `tok`'s sentence opens its paragraph with "He"/"She" as the
    subject of its root verb in the simple past, that verb having no time of its own clause
    (`own_date`), and the sentence before lies in an earlier paragraph (within a paragraph the
    speaker-continues rule decides); otherwise None. The opening both speaker-run rules
    (`_speaker_run`, `_speaker_run_from_quote`) look for."""
    sent = tok.sent
    verb = verb_of(tok)
    if verb is None or verb.i != sent.root.i or not _simple_past(verb) or own_date(verb) is not None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in PERSON_PRONOUNS or subj.i != sent.start:
        return None
    block = block_of(sent.start_char)
    prev = _previous_sentence(sent)
    if prev is None or block_of(prev.start_char) == block:
        return None
    return subj, block


def _pronoun_run(tok, ev: Event, own_date, block_of):
    """(pronoun subject, its paragraph, the sentence, the event's source names) for a statement
    opening its paragraph with "He"/"She" (`_pronoun_opens_paragraph`), else None: what the two
    speaker-run rules start from."""
    opening = _pronoun_opens_paragraph(tok, own_date, block_of)
    if opening is None:
        return None
    subj, block = opening
    return subj, block, tok.sent, {a.name for a in ev.sources}


def _speaker_run(tok, ev: Event, earlier: list[Event], ctx, own_date, block_of):
    """The day of the same speaker's statement a paragraph or two before, for a statement opening
    its paragraph with "He"/"She" in the simple past and no time of its own clause ("Hun Manet
    dismissed the concerns on Thursday. / '...,' Hun Manet said. / He accused some media of ..."),
    when no other speaker's statement or quote comes between."""
    run = _pronoun_run(tok, ev, own_date, block_of)
    if run is None:
        return None
    subj, block, sent, names = run
    if not names:
        return None
    for e in reversed(earlier):
        if block_of(e.start) < block - SPEAKER_RUN_MAX_BLOCKS:
            return None
        if e.type not in VERBAL_CATEGORIES or e.start >= sent.start_char \
                or any(q.start <= e.start < q.end for q in ctx.quotes):
            continue  # (an act told inside the speaker's quote is no statement of its own)
        if not names & {a.name for a in e.sources}:
            return None  # another speaker's statement between
        if not e.date or not FULL_DATE.fullmatch(e.date) or not any(r in e.evidence[0].rule for r in (
                "date:timex_governing", "date:governing-timex", "date:statement-frame")):
            return None
        between = [q for q in ctx.quotes if e.start < q.start < sent.start_char]
        if any(q.speaker is None or q.speaker.name not in names for q in between):
            return None
        return e.date, "date:speaker-run", subj
    return None


def _at_the_time(tok, ev: Event, earlier: list[Event]):
    """(date, rule, cue) for an act placed "at the time" (bare: not "at the time of ...", not "at the
    time it was sent") in its clause: the time of the act just told, the latest dated event before
    it in its sentence or the `AT_THE_TIME_BACK_SENTS` before; one of the category the act answers
    when it names one ("rejected the accusation at the time": the accusation's), else the latest."""
    verb = verb_of(tok)
    if verb is None:
        return None
    cue = next((t for p in verb.children if p.dep_ == "prep" and p.lower_ == "at"
                for t in p.children if t.dep_ == "pobj" and t.lower_ == "time"
                and [c.lower_ for c in t.children] == ["the"]), None)
    if cue is None:
        return None
    first = tok.sent
    for _ in range(AT_THE_TIME_BACK_SENTS):
        first = _previous_sentence(first) or first
    answered = {n.split(":")[2] for n in ev.evidence[0].notes if n.startswith("content:") and n.count(":") == 2}
    before = [e for e in earlier if e.date and first.start_char <= e.start < tok.idx and _calendar(e.date)]
    pick = [e for e in before if e.type in answered] or before
    if not pick:
        return None
    return pick[-1].date, "date:at-the-time", cue


def _speaker_run_from_quote(tok, ev: Event, events: list[Event], ctx, own_date, block_of):
    """The day of the same person's quotation a paragraph or two before, dated by a time expression
    of its own sentence, for a statement opening its paragraph with "He"/"She" in the simple past
    and no time of its own clause ("Prime Minister Edi Rama, speaking in parliament on Wednesday
    afternoon, said the takeover was lawful. '...,' Rama said. / He accused some politicians in
    Athens of ..."): `_speaker_run` when the speaker's dated statement is a quotation, not an event.
    Every quotation between is that person's and no statement of another side comes between."""
    run = _pronoun_run(tok, ev, own_date, block_of)
    if run is None:
        return None
    subj, block, sent, names = run
    before = sorted((q for q in ctx.quotes if q.start < sent.start_char and q.cue_start is not None),
                    key=lambda q: q.start)
    for q in reversed(before):
        if block_of(q.start) < block - SPEAKER_RUN_MAX_BLOCKS or q.speaker is None or q.speaker.name not in names:
            return None
        if not q.date or not FULL_DATE.fullmatch(q.date) or not _dated_in_its_sentence(q, tok.doc, ctx):
            continue
        if any(e.type in VERBAL_CATEGORIES and q.start < e.start < sent.start_char
               and not names & {a.name for a in e.sources} for e in events):
            return None  # another side's statement between
        return q.date, "date:speaker-run-quote", subj
    return None


def _goal_in_relative_clause_day(tok, ctx, published: str | None):
    """(date, rule, cue) for a verb sending its object "back" whose "back" and day the parser hung
    on a past-perfect relative clause of that object ("sent about 600 people *who had fled fighting
    in Myanmar* back across the Moei River on Saturday": "back" is the sending's, and so is the day
    after it). Only a day after "back" inside that clause, not after publication."""
    if tok.pos_ != "VERB":
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        for rel in (c for c in obj.children if c.dep_ == "relcl" and _past_perfect(c)):
            back = next((t for t in rel.subtree if t.lower_ == "back" and t.dep_ in ("advmod", "prt")), None)
            if back is None:
                continue
            end = max(t.idx + len(t.text) for t in rel.subtree)
            for tx in ctx.timexes_in(back.idx, end):
                when = _calendar(tx.value)
                if when and FULL_DATE.fullmatch(when) and _not_after(when, published):
                    return when, "date:goal-in-relative-clause", back
    return None


def _historical(ev: Event, published: date) -> Event:
    """`ev` with status `historical` when it was asserted and its date's period ended more than
    `HISTORICAL_DAYS` before `published`."""
    if ev.status != "asserted" or not ev.date:
        return ev
    m = PARTIAL_DATE.fullmatch(ev.date)
    if m is None:
        return ev
    parts = [int(x) for x in ev.date.split("-")]
    try:
        if len(parts) == 3:
            end = date(*parts)
        elif len(parts) == 2:
            end = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - timedelta(days=1)
        else:
            end = date(parts[0], 12, 31)
    except ValueError:
        return ev
    return replace(ev, status="historical") if (published - end).days > HISTORICAL_DAYS else ev


# -- the rules ------------------------------------------------------------------------------------
def _statement_frame(tok, ev: Event, ctx, own_date):
    """(date, rule, cue) from a time expression on the statement noun framing the act's verb or its
    verb of saying."""
    verb = verb_of(tok)
    if verb is None:
        return None
    chain = [verb]
    cur = verb
    for _ in range(REPORT_MAX_ARCS):
        if cur.dep_ not in REPORT_DEPS or cur.head.i == cur.i:
            break
        cur = cur.head
        chain.append(cur)
        if cur.lemma_.lower() in SPEECH_VERBS:
            break
    # "a communique in which both sides agreed to ...": an act told inside a document is of the
    # document's date, which its own clause gives ("Thursday's meeting ended with a communique");
    # so is the answer to an act named in its own sentence ("Eritrea on Tuesday released four
    # soldiers, in a move that Djibouti welcomed": the reaction the report gives with the act)
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in DOCUMENT_NOUNS | ACT_ANAPHORS \
            and _told_as_done(verb):
        when = own_date(verb.head)
        if when:
            return when, "date:statement-frame", verb.head
    root = verb.sent.root
    if ev.type in VERBAL_CATEGORIES and verb.dep_ == "conj" and root.lemma_.lower() in SPEECH_VERBS \
            and root.i not in {v.i for v in chain} and root.i < verb.i and _told_as_done(verb) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and verb.doc[verb.i - 1].lower_ in ("and", "but"):
        # "In a statement issued late on Monday, the ministry said the filling was 'a routine
        # operation' that caused no harm ..., *and accused* Cairo of ...": a statement act with no
        # subject of its own, coordinated after what the root reports, goes with the root's
        # statement (the parser may hang it on any verb of the report)
        chain.append(root)
    for n, v in enumerate(chain):
        if n > 0 and v.lemma_.lower() not in SPEECH_VERBS:
            continue
        if n > 0 and not (ev.type in VERBAL_CATEGORIES or _told_as_done(verb)):
            return None  # a future or planned act reported is not done when it is said
        found = _frame_timex(v, ctx)
        if found is not None:
            when, noun = found
            return when, "date:statement-frame", noun
        found = _participle_frame(v, own_date)
        if found is not None:
            return found
    return None


def _participle_frame(verb, own_date):
    """(date, rule, cue) from a present participle clause framing `verb` ("*Speaking at a news
    conference on Wednesday*, the minister accused ...", "*Addressing parliament on Tuesday*, ..."):
    told at the same time as its main clause, its own date is the main clause's."""
    for ch in verb.children:
        if ch.dep_ != "advcl" or ch.tag_ != "VBG" or ch.i > verb.i:
            continue  # (a participle after its verb may tell what followed: "..., prompting X to ...")
        if any(c.dep_ in ("mark", "aux") or (c.dep_ == "prep" and c.i < ch.i) for c in ch.children) or (
                ch.i > 0 and ch.doc[ch.i - 1].lower_ in OFFSET_WORDS | {"since", "until", "while", "when"}):
            continue  # "after meeting ...", "since taking office": not at the same time
        when = own_date(ch)
        if when:
            return when, "date:participle-frame", ch
    return None


def _frame_timex(verb, ctx):
    """(date, frame noun) of a time expression on a statement noun `verb` is said in or at."""
    for frame in _frame_nouns(verb):
        heads = {frame.i} | {c.i for c in frame.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")}
        # "demanded their release in a note *delivered the same day*": the parser may hang the
        # participle that follows the noun on the verb; right after the noun it is the noun's
        # (tagged VBN or, as often there, VBD; never with a subject of its own)
        heads |= {c.i for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.tag_ in ("VBN", "VBD") and c.i == frame.i + 1
                  and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
        for t in ctx.timexes_in(frame.sent.start_char, frame.sent.end_char):
            when = _calendar(t.value)
            span = frame.doc.char_span(t.start, t.end, alignment_mode="expand") if when else None
            if span is None:
                continue
            r = span.root
            # "*Tuesday's* briefing", "a briefing *Tuesday*", "a statement read *on Monday*"; not a
            # date inside what the statement is about ("a statement on the 2019 agreement")
            if (r.dep_ in ("poss", "npadvmod") and r.head.i in heads) or (
                    r.dep_ == "pobj" and r.head.dep_ == "prep" and r.head.head.i in heads):
                return when, frame
    return None


def _frame_nouns(verb) -> list:
    out = []
    for ch in verb.children:
        if ch.dep_ == "nsubj" and ch.lemma_.lower() in FRAME_NOUNS and verb.lemma_.lower() in SPEECH_VERBS:
            out.append(ch)  # "The ministry's statement, issued late on Monday, said ..."
        elif ch.dep_ == "prep" and ch.lower_ in FRAME_PREPS:
            out += [g for g in ch.children if g.dep_ == "pobj" and (g.lemma_.lower() in FRAME_NOUNS or (
                ch.lower_ == "in" and g.lemma_.lower() in ACT_ANAPHORS))]  # "In a move announced on Monday, ..."
        elif ch.dep_ == "dobj" and ch.lemma_.lower() in FRAME_NOUNS and verb.lemma_.lower() in SPEECH_VERBS | {"address"}:
            out.append(ch)
        elif ch.dep_ == "dobj":
            # "demanded their release *in a diplomatic note* ...": the parser hangs the frame on the object
            out += [g for p in ch.children if p.dep_ == "prep" and p.lower_ in DOCUMENT_FRAME_PREPS
                    for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_FRAME_NOUNS]
    return out


def _result_participle(tok, own_date, ctx):
    """(date, rule, cue) for an act told by a participle after its verb ("carried out strikes on the
    group's positions on Wednesday morning, *killing* dozens"): of its verb's day, when a time
    expression deep in that verb's phrases dates it."""
    verb = verb_of(tok)
    if verb is None or verb.i != tok.i or verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None
    if any(c.dep_ == "mark" for c in verb.children) or verb.doc[verb.i - 1].lower_ in OFFSET_WORDS | {
            "since", "until", "before", "while", "when"}:
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    when = own_date(head)
    if when and re.fullmatch(r"\d{4}", when) and _only_a_things_year(head, when, ctx):
        # "ended *the 2015 Algiers agreement* ... in January 2024, accusing ...": the verb's own time
        when = next((c for t in ctx.timexes_in(head.sent.start_char, head.sent.end_char)
                     if (c := _calendar(t.value)) and c != when and _in_phrases_of(head, t)), None)
    return (when, "date:result-participle", head) if when else None


def _in_phrases_of(verb, timex) -> bool:
    """Whether a time expression hangs in `verb`'s own phrases (not in a clause of its own)."""
    span = verb.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cur = span.root
    while cur.i != verb.i:
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _coordinated_date(tok, own_date, ctx):
    """(date, rule, cue) for a verb coordinated with another of the same subject whose time
    expression closes the coordination ("a police officer was shot and wounded near the border *on
    Monday night*": shot on Monday night too; "the navy *arrested* 14 fishermen and seized two
    trawlers off Delft *on Monday*": two acts of one operation, in the same tense, the day told
    after the second one's own phrases)."""
    verb = verb_of(tok)
    if verb is None or verb.i != tok.i:
        return None
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i <= verb.i or any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            continue
        near = c.i - verb.i <= COORDINATION_MAX_TOKENS
        if not near and not (c.i - verb.i <= COORDINATED_OBJECT_MAX_TOKENS and c.tag_ == verb.tag_ == "VBD"
                             and _closing_timex(c, ctx)):
            continue
        when = own_date(c)
        if when:
            return when, "date:coordinated-verb", c
    return None


def _closing_timex(verb, ctx) -> bool:
    """Whether a calendar time expression hangs in `verb`'s own phrases after it ("seized two
    trawlers off Delft *on Monday*"), not before it ("and *on Monday* seized": a later step)."""
    return any(t.start > verb.idx and _calendar(t.value) and _in_phrases_of(verb, t)
               for t in ctx.timexes_in(verb.sent.start_char, verb.sent.end_char))


def _dated_when_clause(tok, own_date):
    """(date, rule, cue) for an act told as done whose "when" clause is dated by its own time
    expression ("Two soldiers were killed and three wounded *when* Azerbaijani troops opened fire
    on Armenian positions *on Tuesday*"): the two happened together. Not a "when" clause of what
    had not happened yet ("will respond when ...")."""
    verb = verb_of(tok)
    if verb is None or verb.i != tok.i or _future_aux(verb) or not _told_as_done(verb) or _past_perfect(verb):
        return None
    # (the clause may close a coordination: "were killed and three were wounded when ...")
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and _told_as_done(c))]
    for x in (x for h in heads for x in h.children):
        if x.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < x.i for c in x.children) \
                and _told_as_done(x):
            when = own_date(x)
            if when and FULL_DATE.fullmatch(when):
                return when, "date:when-clause-act", x
    return None


def _purpose_clause_date(tok, ctx, published: str | None):
    """(date, rule, cue) for an act whose closing time expression the parser hung on its purpose
    clause ("Chadian troops had been sent to reinforce positions along the frontier *on Tuesday*",
    "flew 200 officers to Haiti to join the mission on Monday"), or one standing before the clause's
    "to" ("telephoned his counterpart *on Monday* to offer condolences"): a past day ending the
    sentence, or told before the clause begins, is the act's (the aim of an act lies after it, never before publication's past). Not a planned
    act ("will send ... to monitor the vote on Sunday")."""
    verb = verb_of(tok)
    if verb is None or verb.i != tok.i or _future_aux(verb) or not _told_as_done(verb):
        return None
    for x in verb.children:
        if x.dep_ not in ("advcl", "xcomp") or x.tag_ != "VB" or x.i < verb.i or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            continue
        to = next(c for c in x.children if c.dep_ == "aux" and c.lower_ == "to")
        for t in ctx.timexes_in(verb.idx, to.idx):
            # "telephoned his counterpart *on Monday* to offer condolences": a day before the "to"
            # the parser hung on the clause is the act's (the clause has not begun)
            when = _calendar(t.value)
            span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
            if when and FULL_DATE.fullmatch(when) and span is not None and span.root.head.i in (
                    x.i, *(c.i for c in x.children if c.dep_ == "prep")) and (published is None or when <= published):
                return when, "date:purpose-clause-closing", span.root
        words = [t for t in x.subtree if not t.is_punct and not t.is_space]
        last = words[-1] if words else None
        if last is None or any(t.i > last.i and not (t.is_punct or t.is_space) for t in x.sent):
            continue  # the clause ends the sentence: its last time words close the whole act
        for t in ctx.timexes_in(x.sent.start_char, x.sent.end_char):
            when = _calendar(t.value)
            if when and FULL_DATE.fullmatch(when) and t.end == last.idx + len(last.text) \
                    and _in_phrases_of(x, t) and (published is None or when <= published):
                cue = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
                return when, "date:purpose-clause-closing", cue.root if cue is not None and len(cue) else x
    return None


def _place_phrase_day(tok, ctx, published: str | None):
    """(date, rule, cue) for an act whose day the parser hung on a place noun of its own phrases
    ("staged a sit-in on the highway leading to *the crossing last Wednesday*, blocking traffic";
    "fired on a patrol near *the border village Monday*"): a place has no day of its own, so the
    day is the act's. The path from the day up to the act's verb runs only through nouns that name
    no act, prepositions and participles in "-ing" with no subject ("leading to"); not through a
    clause of its own ("the town that rebels seized on Monday", "the town seized on Monday"). A
    participle telling what the act did ("..., blocking traffic") takes its verb's day."""
    verb = verb_of(tok)
    if verb is None or verb.i != tok.i:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("mark", "nsubj") for c in verb.children):
        verb = verb.head  # "staged a sit-in ..., *blocking* traffic": the verb's day
    if _future_aux(verb) or not _simple_past(verb):
        return None
    for t in ctx.timexes_in(verb.sent.start_char, verb.sent.end_char):
        when = _calendar(t.value)
        span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
        if not when or not FULL_DATE.fullmatch(when) or span is None or (published and when > published):
            continue
        root, places = span.root, 0
        if root.dep_ not in ("npadvmod", "pobj", "compound") or root.pos_ not in ("PROPN", "NOUN"):
            continue
        cur = root.head if root.dep_ != "pobj" else root.head.head
        while cur.i != verb.i and cur.head.i != cur.i:
            if cur.pos_ in ("NOUN", "PROPN"):
                if senses_for(cur.lemma_.lower(), "N") or cur.lemma_.lower() in FRAME_NOUNS | DOCUMENT_NOUNS:
                    break  # "the attack on Monday": the day of an act named there
                places += 1
            elif cur.pos_ == "VERB":
                if cur.tag_ != "VBG" or cur.dep_ not in ("acl", "advcl") or any(
                        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in cur.children):
                    break  # (not the act a charge names: "accused X of shelling its positions on May 9")
                places += 1  # "the highway *leading* to the bridge last Wednesday": the road's participle
            elif cur.pos_ != "ADP":
                break
            cur = cur.head
        if cur.i == verb.i and places:
            return when, "date:place-phrase-day", root
    return None


def _reported_in_progress(tok, own_date, ctx):
    """(date, rule, cue) for an act a dated statement reports as under way ("The European Union said
    *on Friday* it *was suspending* 120 million euros in funding", "the ministry announced on Monday
    that it *is closing* the crossing"): the progressive (or a present) tells the act as begun when
    it is said, so the statement's day is the act's. Not a planned act ("would suspend"), nor one
    told as done before (a past perfect is older than its report)."""
    verb = verb_of(tok)
    if verb is None or verb.i != tok.i or verb.dep_ not in ("ccomp", "conj"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = verb.tag_ == "VBG" and len(aux) == 1 and aux[0].lemma_.lower() == "be"
    present = verb.tag_ in ("VBZ", "VBP") and not aux
    if not (progressive or present) or any(c.dep_ == "mark" and c.lower_ in NOT_YET_MARKS for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "conj":  # "said it was suspending funds and *recalling* its envoy"
        if head.dep_ != "ccomp":
            return None
        head = head.head
    if head.lemma_.lower() not in SPEECH_VERBS | ANNOUNCE_VERBS:
        return None
    framed = _frame_timex(head, ctx)
    when = own_date(head) or (framed[0] if framed else None)
    if not when or not FULL_DATE.fullmatch(when):
        return None
    return when, "date:reported-in-progress", head


def _up_the_clauses(verb, find, deps):
    """`find(v)` for the verb and then, while it hangs on its head by one of `deps`, for the
    verbs above it (at most REPORT_MAX_ARCS steps); the first token found, else None."""
    cur = verb
    for _ in range(REPORT_MAX_ARCS + 1):
        if cur is None:
            return None
        hit = find(cur)
        if hit is not None:
            return hit
        if cur.dep_ not in deps or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _when_clause(tok, ctx):
    """(date, rule, cue) for an act in a "when" clause that a time expression right before opens
    ("Tensions have risen *since last month, when* Guyana said Venezuelan soldiers had detained
    ..."; "since October 2025, when Pakistani air strikes ..."): that time, for the clause's verb
    and what it reports."""
    when_word = _up_the_clauses(
        verb_of(tok), lambda v: next((c for c in v.children if c.dep_ == "advmod" and c.lower_ == "when"
                                      and c.i < v.i), None), ("ccomp", "conj"))
    if when_word is None:
        return None
    prev = when_word.i - 1
    doc = tok.doc
    while prev >= 0 and doc[prev].is_punct:
        prev -= 1
    if prev < 0 or prev == when_word.i - 1:
        return None  # no comma: "when" asks or conditions ("said when asked")
    end = doc[prev].idx + len(doc[prev].text)
    for t in ctx.timexes_in(doc[prev].sent.start_char, end):
        value = _calendar(t.value)
        if value and t.end == end:
            return value, "date:when-clause", doc[prev]
    return None


def _announced_act(tok, own_date):
    """(date, rule, cue) for a past perfect act announced on a dated day."""
    verb = verb_of(tok)
    if verb is None or verb.dep_ not in ("ccomp", "conj") or not _past_perfect(verb):
        return None
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "ccomp":
        head = head.head
    if head.lemma_.lower() not in ANNOUNCE_VERBS:
        return None
    when = own_date(head)
    return (when, "date:announced-act", head) if when else None


def _measured_clause(tok, ev: Event, own_date, earlier: list[Event]):
    """(date, rule, cue) for an act inside a measured after/before clause whose main clause is dated
    by its own time expression: undated, carried, or dated by the main clause's time (leaked in
    by the parse) when the clause has none of its own."""
    found = _offset_marker(tok)
    if found is None:
        return None
    marker, region, main, days = found
    if tok.i not in region:
        return None
    main_date = own_date(main) or _came_after_date(main, earlier)
    if not main_date or not FULL_DATE.fullmatch(main_date):
        return None
    if ev.date is not None and not _replaceable(ev) and ev.date != main_date:
        return None  # the clause's own time expression dated it
    shifted = _shift(main_date, days, marker.lower_)
    if shifted is None or shifted == ev.date:
        return None
    return shifted, "date:measured-clause", marker


def _later_than_before(tok, ctx):
    """(date, rule, cue) for an act whose clause is placed "hours later" (minutes, moments, "a day
    later", "shortly afterwards") with no time expression of its own: that far after the day the
    last time expression told before it names ("Sheinbaum responded on Thursday morning ... /
    *Hours later*, Mexico ordered Peru's charge d'affaires to leave"); "that evening" (a part of
    the day the time module leaves undated) is that same day."""
    verb = verb_of(tok)
    def later_word(v):
        near = [*v.children, *(g for c in v.children if c.dep_ == "xcomp" for g in c.children)]
        return next((c for c in near if (c.dep_ == "advmod" and c.lower_ in LATER_WORDS) or (
            c.dep_ in ("npadvmod", "dobj") and c.lower_ in DAY_PARTS and any(
                d.dep_ == "det" and d.lower_ == "that" for d in c.children))), None)

    # "Hours later, the ministry announced it was recalling its ambassador": the act announced
    # is the announcement's (not one it reports as done before: "said it had recalled")
    reported_now = verb is not None and not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    later = _up_the_clauses(verb, later_word, ("conj", "xcomp", "ccomp") if reported_now else ("conj", "xcomp"))
    if later is None:
        return None
    # "that evening", "that night": the day told last; else the measure before "later"
    days = 0 if later.lower_ in DAY_PARTS else _measure_days(later)
    if days is None:
        return None
    if any(t.start <= later.idx < t.end for t in ctx.timexes_in(tok.sent.start_char, tok.sent.end_char)):
        return None  # the time module dated it: its own time expression does
    sent = tok.sent
    before = [t for t in ctx.timexes_in(max(0, sent.start_char - LATER_MAX_CHARS), sent.start_char)
              if t.end <= sent.start_char and FULL_DATE.fullmatch(_calendar(t.value) or "")]
    if not before:
        return None
    last = max(before, key=lambda t: t.start)
    day = _shift(_calendar(last.value), days, "before")  # "before" counts forward: N days after it
    cue = tok.doc.char_span(last.start, last.end, alignment_mode="expand")
    return (day, "date:later-than-before", cue.root if cue is not None and len(cue) else later) if day else None


def _came_after_date(main, earlier: list[Event]) -> str | None:
    """"Chile recalled its ambassador on Monday. *The move came* two days after ...": the date of the
    act a definite act noun as the subject of come/follow points back at, the main act of the
    sentence before dated by its own time expression."""
    if main.lemma_.lower() not in CAME_VERBS:
        return None
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                      for c in subj.children):
        return None
    sent = main.sent
    prev = _previous_sentence(sent)
    if prev is None:
        return None
    for ev in reversed(earlier):
        if ev.sentence is None or ev.sentence.start < prev.start_char:
            break
        if ev.sentence.start == prev.start_char and ev.date and _dated_by_own_timex(ev):
            return ev.date
    # "Tuesday's drone strike killed two sailors ... / Greece condemned ... / *The attack came* a day
    # after ...": the latest act of the noun (its word, or the category the noun names) told further
    # back and dated by its own time expression
    lemma = subj.lemma_.lower()
    kinds = frozenset(k.category for k in senses_for(lemma, "N"))
    for ev in sorted(earlier, key=lambda e: -e.start):
        if ev.sentence is None or ev.sentence.start >= sent.start_char:
            continue
        if sent.start_char - ev.sentence.start > NAMED_MAX_CHARS:
            break
        trig = _trigger_token(main.doc, ev)
        if trig is None or not (trig.lemma_.lower() == lemma or ev.type in kinds):
            continue
        if ev.date and FULL_DATE.fullmatch(ev.date) and _dated_by_own_timex(ev):
            return ev.date
        return None  # the latest such act is undated: no day to count from
    return None


def _measured_from_named(tok, ev: Event, earlier: list[Event], own_date, ctx):
    """(date, rule, cue) for a main clause opened by "N days after the talks" / "hours after the
    news conference": the named act's or meeting's date, shifted."""
    verb = verb_of(tok)
    if verb is None:
        return None
    for marker in verb.sent:
        if marker.lower_ not in OFFSET_WORDS:
            continue
        found = _offset_marker_at(marker)
        if found is None:
            continue
        _, region, main, days = found
        if tok.i in region or not _clause_of_main(verb, main, ev):
            continue
        noun = next((t for t in marker.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None and marker.dep_ == "mark" and marker.head.lemma_.lower() in START_VERBS:
            # "Two days before *the talks opened*": the act's noun is the clause's subject
            noun = next((t for t in marker.head.children if t.dep_ == "nsubj" and t.pos_ == "NOUN"), None)
        if noun is None or not any(c.dep_ in ("det", "poss") for c in noun.children):
            continue  # only a definite act or meeting named before ("the talks", "Tuesday's meeting")
        when, cue = _named_date(noun, earlier, own_date, ctx)
        if when and FULL_DATE.fullmatch(when):
            # the main clause is that far after (before) the act named: the other way round
            shifted = _shift(when, days, "before" if marker.lower_ == "after" else "after")
            if shifted is not None:
                return shifted, "date:measured-from-named", cue
    return None


def _clause_of_main(verb, main, ev: Event) -> bool:
    """Whether `verb` is the main clause's verb `main`, a verb coordinated with it ("said ... and
    urged Japan"), or, for a statement, what that verb of saying reports ("said it regretted the
    remarks and urged Ecuador": said when it is said)."""
    cur = verb
    for _ in range(REPORT_MAX_ARCS + 1):
        if cur.i == main.i:
            return True
        if cur.dep_ == "conj" or (cur.dep_ == "ccomp" and ev.type in VERBAL_CATEGORIES and _told_as_done(cur)
                                  and cur.head.lemma_.lower() in SPEECH_VERBS):
            cur = cur.head
            continue
        return False
    return False


def _named_date(noun, earlier: list[Event], own_date, ctx):
    """The date of the act or meeting `noun` names: the latest dated event of its lemma reported
    before, else the latest earlier mention of the noun that a time expression dates, or that is
    the occasion of a dated quotation ('"...," Kang told a joint news conference after the talks':
    the quote's date, which the quotes stage took from the text)."""
    lemma = noun.lemma_.lower()
    start = noun.sent.start_char
    for ev in reversed(earlier):
        if ev.sentence is None or ev.sentence.start >= start or start - ev.sentence.start > NAMED_MAX_CHARS:
            continue
        trig = _trigger_token(noun.doc, ev)
        if ev.date and trig is not None and trig.lemma_.lower() == lemma:
            return ev.date, trig
    for t in reversed(noun.doc[:noun.sent.start]):
        if start - t.idx > NAMED_MAX_CHARS:
            break
        if t.lemma_.lower() == lemma and t.pos_ == noun.pos_:
            when = own_date(t) or _occasion_quote_date(t, ctx)
            if when:
                return when, t
    return None, None


def _occasion_quote_date(noun, ctx) -> str | None:
    """The date of a quotation said at or to the occasion `noun` ("told *a news conference*", "said
    at *the briefing*"), when the quotes stage dated it."""
    if noun.lemma_.lower() not in FRAME_NOUNS:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((q.date for q in ctx.quotes if q.cue_start == verb.idx and q.date), None)


def _same_source_continues(tok, earlier: list[Event], ctx):
    """(date, rule, cue) for an act in a sentence with no time expression whose reporting clause
    names the source the sentence before named in its own ("Indian troops opened fire on
    Wednesday, Pakistan's army said. / Two civilians were killed by Indian shelling, the army
    said."): the same report goes on, also into the next paragraph, with the date that sentence
    gave its act by its own time expression. Only the act the clause reports, told in the past."""
    sent = tok.sent
    if _has_dating_timex(sent, ctx):
        return None
    speech = _reporting_verb(sent)
    prev = _previous_sentence(sent)
    if speech is None or prev is None or speech.tag_ != "VBD":
        return None
    told = speech.head if speech.dep_ != "ROOT" else next(
        (c for c in speech.children if c.dep_ in ("ccomp", "parataxis") and c.i < speech.i), None)
    if told is None or tok.i not in {t.i for t in told.subtree} or not _told_as_done(told):
        return None
    before = _reporting_verb(prev)
    if before is None or not _same_source(speech, before, ctx):
        return None
    ev = _act_dated_in(prev, earlier)
    return (ev.date, "date:same-source-continues", before) if ev is not None else None


def _narration_past_duration(tok, earlier: list[Event], ctx, block_of, own_date):
    """(date, rule, cue) for an act told in the simple past in a sentence whose only time
    expressions are durations ("blocked the main road *for about two hours*, and police fired tear
    gas"), right after a sentence of the same paragraph whose act its own time expression dated
    ("Traders protested on Wednesday ..."): the narration goes on in that episode, as it does
    after a sentence with no time expression at all (the events layer's `date:previous-sentence`,
    which a duration stops)."""
    sent = tok.sent
    found = list(ctx.timexes_in(sent.start_char, sent.end_char))
    if not found or not all(str(t.value or "").startswith("P") for t in found):
        return None
    verb = verb_of(tok)
    if verb is None or not _simple_past(verb) or _in_time_clause(tok):
        return None
    prev = _previous_sentence(sent)
    if prev is None or block_of(prev.start_char) != block_of(sent.start_char):
        return None
    ev = _act_dated_in(prev, earlier)
    if ev is None:
        # "The standoff began on Sunday morning, when ... / The two ships exchanged radio warnings for
        # about five hours": the episode the sentence before dated on its main clause, event or not
        when = own_date(prev.root) if prev.root.pos_ in ("VERB", "AUX") and _simple_past(prev.root) \
            and prev.root.lemma_.lower() not in SPEECH_VERBS else None
        return (when, "date:narration-past-duration", prev.root) if when and FULL_DATE.fullmatch(when) else None
    cue = _trigger_token(tok.doc, ev)
    return ev.date, "date:narration-past-duration", cue if cue is not None else tok


def _narration_past_relative_time(tok, earlier: list[Event], ctx, own_date, block_of):
    """(date, rule, cue) for an act told in the simple past on the main clause of a sentence whose
    only calendar time expressions sit in relative clauses ("He also repeated Minsk's call for
    talks, *which Vilnius has refused since 2020*"), right after a sentence of the same paragraph
    dated by its own time expression: the narration goes on in that episode (the events layer's
    `date:previous-sentence` stops at any time expression of the sentence). The episode's date is
    the act its own time dated there, or the day of its statement when the sentence goes on with
    the same speaker ("Its spokesman said on Thursday that ... / He also repeated ...")."""
    sent = tok.sent
    if not _has_dating_timex(sent, ctx) or _has_clause_timex(sent, ctx):
        return None
    verb = verb_of(tok)
    if verb is None or not _simple_past(verb) or _in_time_clause(tok) or not _on_main_clause(tok) or any(
            a.dep_ == "relcl" for a in (verb, *verb.ancestors)):
        return None
    prev = _previous_sentence(sent)
    if prev is None or block_of(prev.start_char) != block_of(sent.start_char):
        return None
    ev = _act_dated_in(prev, earlier)
    if ev is not None:
        cue = _trigger_token(tok.doc, ev)
        return ev.date, "date:narration-past-relative-time", cue if cue is not None else tok
    if prev.root.lemma_.lower() in SPEECH_VERBS and _simple_past(prev.root) and _continues_speaker(sent, prev, ctx):
        when = own_date(prev.root)
        if when and FULL_DATE.fullmatch(when):
            return when, "date:narration-past-relative-time", prev.root
    return None


def _act_dated_in(sent, earlier: list[Event]) -> Event | None:
    """The last of `earlier` told in `sent` that a time expression of its own (not of the
    statement reporting it) dated to a full day, or None."""
    for ev in reversed(earlier):
        if ev.sentence is None or ev.sentence.start < sent.start_char:
            break
        if ev.sentence.start == sent.start_char and ev.date and FULL_DATE.fullmatch(ev.date) \
                and _dated_by_own_timex(ev) and ":speech" not in ev.evidence[0].rule:
            return ev
    return None


def _same_clash(tok, ev: Event, earlier: list[Event], ctx):
    """(date, rule, cue) for an attack told as done with no time expression in its sentence, between
    the sides of the latest attack reported a little before and dated by its own time expression:
    the other side's account of the same clash ("Pakistani troops opened fire late on Tuesday
    night, the Indian Army said. / Pakistan gave a different account. Two civilians were killed by
    Indian shelling, the military said."). Not an act of the past perfect or a modal, nor one of
    other sides."""
    if ev.type not in CLASH_CATEGORIES or ev.status not in ("asserted", "alleged") or _has_clause_timex(tok.sent, ctx):
        return None
    verb = verb_of(tok)
    if verb is not None and verb.dep_ in NOMINAL_DEPS:  # "killed by Indian *shelling*": a gerund as noun
        verb = verb_of(verb.head)
    if verb is None or not _simple_past(verb) or any(c.dep_ == "mark" and c.lower_ in NOT_YET_MARKS
                                                      for c in verb.children):
        return None
    sides = _sides(ev)
    if not sides:
        return None
    start = tok.sent.start_char
    told = None  # the sentence that told the latest attack between these sides
    for prior in sorted((e for e in earlier if e.sentence is not None and e.sentence.start < start
                         and e.type in CLASH_CATEGORIES), key=lambda e: -e.sentence.start):
        if start - prior.sentence.start > CLASH_MAX_CHARS or (told is not None and prior.sentence != told):
            break
        theirs = _sides(prior)
        if not theirs or not (theirs & sides):
            continue
        if not theirs <= sides and len(theirs | sides) > 2:
            return None  # the latest attack is between other sides: a different clash
        told = prior.sentence
        if prior.date and FULL_DATE.fullmatch(prior.date) and _dated_by_own_timex(prior):
            cue = _trigger_token(tok.doc, prior)
            return prior.date, "date:same-clash", cue if cue is not None else tok
    return None  # none, or the latest attack between them is undated (or carried): no day to share


def _retold_later(tok, ev: Event, later: list[Event], ctx, own_date=None):
    """(date, rule, cue) for an act told in the past with no time expression of its own (a lead
    sums up what the body tells: "Lebanon accused Israel on Sunday ..., days after delegations from
    the two countries met under US mediation"), retold further on by the same verb or noun of the
    same category, dated there by its own time expression and with a side in common ("The
    committee ... met in Naqoura on Thursday"), or told in detail by the very next sentence with
    an act of its category among its sides ("Seven villagers were killed by gunmen ..., officials
    said. / The victims were shot dead early on Sunday in ..."; "shot down a drone" / "destroyed
    the drone late on Saturday": `RETELLING_FAMILY`). The nearest such retelling, within
    `RETOLD_MAX_CHARS`; only an act whose sides the retelling does not contradict. (The caller
    also lets it refine a year or month the act had: "..., the second such incident this year".)"""
    if ev.status != "asserted":
        return None
    verb = verb_of(tok)
    if verb is not None and verb.i != tok.i and verb.dep_ in NOMINAL_DEPS:
        verb = verb_of(verb.head)
    if verb is None or any(c.dep_ == "mark" and c.lower_ in NOT_YET_MARKS for c in verb.children):
        return None  # "halt the transfers until the two governments agreed on a procedure": not done
    if tok.pos_ == "NOUN" and _told_as_done(verb):
        # "Bolivia has sent a formal protest note to Chile ... / The note, delivered on Monday, says"
        found = _noun_retold(tok, ctx)
        if found is not None:
            return found
    if not (_simple_past(verb) or _present_perfect(verb)):
        return None
    sides = _sides(ev)
    lemma = tok.lemma_.lower()
    end = tok.sent.end_char
    nxt_sent = _next_sentence(tok.sent)
    for nxt in sorted(later, key=lambda e: e.start):
        if nxt.sentence is None or nxt.sentence.start < end:
            continue
        if nxt.sentence.start - end > RETOLD_MAX_CHARS:
            break
        trig = _trigger_token(tok.doc, nxt)
        if trig is None or RETELLING_FAMILY.get(nxt.type, nxt.type) != RETELLING_FAMILY.get(ev.type, ev.type):
            continue
        dated_own = nxt.date and _dated_by_own_timex(nxt)
        if not dated_own and nxt.date and trig.lemma_.lower() == lemma:
            # "Vietnam has demanded that China release ... / '*We demand* that the Chinese side release
            # the fishermen,' she said [on Tuesday]": the statement made again, by saying it, that day
            said = _quoted_performative(trig, nxt, ctx)
            dated_own = said is not None and said[0] == nxt.date and bool(_countries(ev.sources)) and \
                _countries(nxt.sources or ((nxt.source,) if nxt.source else ())) == _countries(ev.sources)
            # (the same side saying it: not '"We demand that the Bolivian side ...," a Chilean officer said')
        if trig.lemma_.lower() != lemma:
            theirs = _sides(nxt)
            if dated_own and ev.type not in VERBAL_CATEGORIES and nxt_sent is not None \
                    and nxt.sentence.start == nxt_sent.start_char and theirs \
                    and theirs <= sides and FULL_DATE.fullmatch(nxt.date) and _same_doer_and_done_to(ev, nxt) \
                    and not _in_time_clause(trig):
                return nxt.date, "date:retold-later", trig  # the next sentence tells the act in detail
            continue
        if "not-dated-by:since-span" in nxt.evidence[0].notes or (dated_own and not FULL_DATE.fullmatch(nxt.date)):
            continue  # "at least 25 had been killed since January": a count over months, no retelling
        if not dated_own:
            return None  # the act retold with no date of its own (or only a carried one)
        doers = _countries(nxt.sources or ((nxt.source,) if nxt.source else ()))
        if sides and (not (sides & _sides(nxt)) or not doers <= sides):
            return None  # the same verb for an act of other sides ("The EU on Wednesday called on ...")
        if not doers and ev.source is not None and (nxt.source is None or nxt.source.entity != ev.source.entity):
            return None  # a doer of no country, not this act's ("The African Union Commission welcomed ...")
        return nxt.date, "date:retold-later", trig
    if ev.type in VERBAL_CATEGORIES or own_date is None:
        return None
    return _thing_retold(verb, ev, later, own_date)


def _thing_retold(verb, ev: Event, later: list[Event], own_date):
    """(date, rule, cue) for a material act whose object the next sentence takes up as the subject
    of a passive with a day of its own ("the Coast Guard detained a Russian fishing trawler ... /
    *The trawler* Kapitan Lukin ... *was boarded* by inspectors ... *on Sunday*"): the act told in
    detail, unless that passive is itself an act of another kind ("The trawler was released on
    Tuesday"). The one acted on may also be taken up by its surname ("Britain freed Kamran
    Tavakoli ... / *Tavakoli was released* from a prison in Kent *on Friday*") or, with its count,
    by another noun ("two villagers were killed by border guards ... / *The two men* ... *were shot
    dead early on Sunday*"); then the passive must tell an act of the same kind."""
    obj = None
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and any(a.dep_ == "auxpass" for a in _auxiliaries(verb)):
        # "a trawler was boarded and *detained*": the coordination's passive subject (a passive has
        # no object: "detained by a patrol vessel" is misparsed with the vessel as one)
        obj = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
    obj = obj or next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None and verb.tag_ == "VBN":  # "two villagers were killed": the passive's subject
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")), None)
    counted = _things_counted(obj)
    obj = counted if counted is not None else obj
    nxt = _next_sentence(verb.sent)
    if obj is None or nxt is None:
        return None
    root = nxt.root
    if root.lemma_.lower() in SPEECH_VERBS:  # "..., was boarded ... on Sunday, the Coast Guard said"
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), root)
    if root.tag_ != "VBN" or not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    before = [t for t in subj.subtree if t.i <= subj.i]
    definite = any(t.dep_ == "det" and t.lower_ in DEFINITE_WORDS for t in before)
    same_word = definite and obj.pos_ == "NOUN" and any(
        t.lemma_.lower() == obj.lemma_.lower() or t.lower_ == obj.lower_ for t in before)
    name = {t.lower_ for t in obj.subtree if t.pos_ == "PROPN" and (t.i == obj.i or t.dep_ == "compound")}
    by_name = obj.pos_ == "PROPN" and subj.pos_ == "PROPN" and subj.lower_ in name
    count = {t.lower_ for t in obj.children if t.dep_ == "nummod"}
    by_count = definite and subj.pos_ == "NOUN" and bool(count) and any(
        t.dep_ == "nummod" and t.lower_ in count for t in subj.children)
    # "turned back dozens of boats ... / *About 40 small boats* ... were stopped ... on Sunday": the
    # same things, counted now (a number on the same noun, after a rough quantity or a number)
    same_word = same_word or _same_things_counted(obj, subj, counted is not None)
    if not (same_word or by_name or by_count):
        return None
    if any(e.start == root.idx for e in later):
        return None  # the passive is an act of its own
    if not same_word and ev.type not in {k.category for k in senses_for(root.lemma_.lower(), "V")}:
        return None  # "Tavakoli was flown home": another step, not the act retold
    when = own_date(root)
    if not when or not FULL_DATE.fullmatch(when):
        return None
    return when, "date:retold-later", root


def _things_counted(obj):
    """The things a rough quantity counts ("*dozens* of boats": boats), else None."""
    if obj is None or obj.lemma_.lower() not in QUANTITY_HEADS:
        return None
    return next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)


def _same_things_counted(obj, subj, counted: bool) -> bool:
    """Whether a passive's subject takes up the things an act was done to by a number ("turned back
    dozens of boats ... / *About 40 small boats* ... were stopped ... on Sunday"): the same noun,
    counted now by a number, counted before by a rough quantity or a number."""
    return subj.pos_ == "NOUN" and obj.pos_ == "NOUN" and subj.lemma_.lower() == obj.lemma_.lower() \
        and (counted or any(t.dep_ == "nummod" for t in obj.children)) \
        and any(t.dep_ == "nummod" and t.like_num for t in subj.children)


def _named_next(tok, ev: Event, events: list[Event], own_date):
    """(date, rule, cue) for a sentence's main act, told as done with no time expression, that the
    next sentence names as its subject by a definite act noun ("the decision", "the move", "this
    step"; a noun of the act's own category, "the deployment"; what such an act sends, "the
    reinforcements": `ACT_RESULT_NOUNS`) and dates by a time expression of its own clause ("Iran
    has withdrawn the accreditation of two inspectors, the watchdog said. / *The decision was
    communicated* to the agency *on Tuesday*"; "Rwanda has deployed 1,000 more soldiers ... / *The
    reinforcements landed* in Pemba *on Saturday* ..., a spokesman said")."""
    verb = _summed_up_verb(tok)
    if verb is None:
        return None
    if verb.lemma_.lower() in SPEECH_VERBS:  # the statement's own act: what "said" reports
        verb = verb_of(tok)
    if verb is None or not _told_as_done(verb) or _future_aux(verb) or _past_perfect(verb):
        return None
    nxt = _next_sentence(tok.sent)
    if nxt is None:
        return None
    root = nxt.root
    if root.lemma_.lower() in SPEECH_VERBS:  # "The reinforcements landed ... on Saturday, X told reporters"
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), root)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    word = subj.lemma_.lower() if subj is not None else ""
    of_kind = subj is not None and (word in ACT_RESULT_NOUNS.get(ev.type, ()) or (
        subj.pos_ == "NOUN" and ev.type in {k.category for k in senses_for(word, "N")}))
    if subj is None or not (word in ACT_ANAPHORS or of_kind) or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in subj.children):
        return None
    if of_kind and word not in ACT_ANAPHORS and any(e.start == root.idx and e.type != ev.type for e in events):
        return None  # "The note was rejected by Chile on Tuesday": another act, done to it later
    when = own_date(root)
    if not when or not FULL_DATE.fullmatch(when) or _in_time_clause(root):
        return None
    return when, "date:act-named-next", subj


def _retold_by_noun(tok, ev: Event, events: list[Event], ctx, own_date):
    """(date, rule, cue) for a material act told by a verb with no time expression, that the article
    names again further on by a definite noun of its kind (its own word or a noun of its category),
    dated in that noun's own phrase ("At least nine civilians were killed by gunmen ... / Kigali had
    nothing to do with *Thursday's attack*"; "the arrests on Monday") or as what an announcement
    made public ("Beijing suspended imports of Japanese seafood ... / Customs *announced the
    suspension late on Wednesday*"). The first such mention within `RETOLD_MAX_CHARS` decides:
    undated, or an act of other sides, it dates nothing. A passive of its kind with no doer named
    and no event of its own also retells it ("..., prompting Kampala to send troops to the area /
    He said an additional battalion *had been deployed* to Koboko *on Monday*"); a verb does not
    stop the search."""
    if ev.status != "asserted" or ev.type in VERBAL_CATEGORIES:
        return None
    verb = verb_of(tok)
    caused = verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CAUSATIVE_VERBS and (
        verb.head.tag_ == "VBG" or _told_as_done(verb.head))  # "prompting Kampala to send troops": sent
    if verb is None or verb.i != tok.i or not (_told_as_done(verb) or caused) \
            or _future_aux(verb) or any(c.dep_ == "mark" and c.lower_ in NOT_YET_MARKS for c in verb.children):
        return None
    # (an act a report tells in the past perfect, "Marchuk said Ukraine *had reinforced* its units",
    # is older than the report: only the very next sentence telling it in detail dates it, "Additional
    # anti-drone teams *were sent* to Volyn *on Wednesday*, he said")
    perfect = _past_perfect(verb)
    doc, lemma, end = tok.doc, tok.lemma_.lower(), tok.sent.end_char
    for t in doc[tok.sent.end:]:
        if t.idx - end > RETOLD_MAX_CHARS or (perfect and t.sent.start != tok.sent.end):
            return None
        word = t.lemma_.lower()
        if t.pos_ == "VERB":
            found = _retold_by_passive(t, ev, lemma, events, ctx, own_date)
            if found is not None:
                return found
            continue
        if perfect:
            continue  # (only a passive telling it in detail: "..., announcing the closure" is another act)
        if t.pos_ != "NOUN" or not (word == lemma or _noun_of_its_kind(word, ev)):
            continue
        if not _definite(t):
            continue  # "an attack", "attacks": another act of the kind, not this one named again
        if _in_direct_quotation(t, ctx):
            continue  # a speaker's own words name it with the speaker's time words
        named = next((e for e in events if e.start <= t.idx < e.end), None)
        if named is not None and not _same_doer_and_done_to(ev, named):
            return None  # an act of other sides
        when = next((c for tx in ctx.timexes_in(t.sent.start_char, t.sent.end_char)
                     if (c := _calendar(tx.value)) and (span := doc.char_span(tx.start, tx.end, alignment_mode="expand"))
                     is not None and _names_day_of(span.root, t)), None)
        if when is None and t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in ANNOUNCE_VERBS:
            when = own_date(t.head)
        if when and FULL_DATE.fullmatch(when):
            return when, "date:retold-by-noun", t
        return None
    return None


def _retold_by_passive(t, ev: Event, lemma: str, events: list[Event], ctx, own_date):
    """(date, rule, cue) when `t` is a passive of `ev`'s kind (its verb or its category) with no
    doer named ("by ..."), no event of its own and its own full date, outside direct quotation."""
    if t.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in t.children) or any(c.dep_ == "agent" for c in t.children):
        return None
    word = t.lemma_.lower()
    if not (word == lemma or ev.type in {k.category for k in senses_for(word, "V")}):
        return None
    if any(e.start == t.idx for e in events) or _in_direct_quotation(t, ctx):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and any(c.lower_ in OTHER_ACT_WORDS for c in subj.children if c.dep_ in ("det", "amod")) or any(
            c.lower_ in OTHER_ACT_WORDS for c in t.subtree if c.dep_ == "amod" and c.head.lemma_.lower() in (
                "attack", "incident", "raid", "operation")):
        return None  # "*Another* man was killed on Monday in *a separate* attack": another act
    when = own_date(t)
    if when and FULL_DATE.fullmatch(when):
        return when, "date:retold-by-passive", t
    return None


def _same_day_as_named(tok, ev: Event, earlier: list[Event], ctx):
    """(date, rule, cue) for an act dated by "the same day" ("that night", "the same evening") right
    after a sentence about an earlier act: its subject a definite noun of that act's kind ("*The
    raid*, in which police scaled the embassy walls, was condemned across the region. Mexico broke
    off diplomatic relations *the same day*"), or an act its own time dated there. The day is that
    act's (the time words count from the story's last day, which may be another one: the raid was
    in April 2024, the story is of 2026). Only when the two differ; the act named is the latest of
    its kind (`RETELLING_FAMILY`) dated by its own time expression."""
    sent = tok.sent
    same = next((t for t in ctx.timexes_in(sent.start_char, sent.end_char)
                 if SAME_DAY.fullmatch(t.text.strip()) and _calendar(t.value) == ev.date), None)
    prev = _previous_sentence(sent)
    verb = verb_of(tok)
    if same is None or prev is None or verb is None or not _in_phrases_of(verb, same):
        return None  # (only the act the words hang on: not "... and later took Ecuador to court")
    named = _act_dated_in(prev, earlier)
    cue = _trigger_token(tok.doc, named) if named is not None else None
    if named is None:
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        kinds = {RETELLING_FAMILY.get(k.category, k.category) for k in senses_for(subj.lemma_.lower(), "N")} \
            if subj is not None and subj.pos_ == "NOUN" and _definite(subj) else set()
        named = next((e for e in reversed(earlier) if e.start < prev.start_char and e.date
                      and RETELLING_FAMILY.get(e.type, e.type) in kinds and _dated_by_own_timex(e)), None)
        cue = subj
    if named is None or named.date == ev.date or named.date.startswith(ev.date):
        return None
    return named.date, "date:same-day-as-named", cue if cue is not None else tok


def _began_later(tok, ev: Event, ctx, own_date):
    """(date, rule, cue) for an act the article names again further on by a definite noun as what
    began, took effect or came into force on a day of its own ("a blockade by truck drivers
    protesting against ... / *The blockade began on Sunday*, when ..."; "Zambia has barred Congolese
    traders ... / *The ban, which took effect on Wednesday*, was announced ..."): the day it started.
    The noun is the act's own word, the act noun whose phrase holds the trigger, or a noun of the
    act's category; the first definite mention of it within `RETOLD_MAX_CHARS` decides, outside
    direct quotation. An act told as a source's report ("Russia has suspended ..., officials said":
    alleged) is dated the same way: the day it took effect is told as fact."""
    if ev.status not in TOLD_AS_DONE_STATUSES or ev.type in VERBAL_CATEGORIES:
        return None
    verb = verb_of(tok)
    if verb is not None and (_future_aux(verb) or any(c.dep_ == "mark" and c.lower_ in NOT_YET_MARKS
                                                      for c in verb.children)):
        return None
    words = {tok.lemma_.lower()}
    cur = tok
    for _ in range(ACT_NOUN_ARCS):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ == "NOUN" and senses_for(cur.lemma_.lower(), "N"):
            words.add(cur.lemma_.lower())  # "a blockade by drivers protesting": the blockade
            break
    doc, end = tok.doc, tok.sent.end_char
    for t in doc[tok.sent.end:]:
        if t.idx - end > RETOLD_MAX_CHARS:
            return None
        word = t.lemma_.lower()
        if t.pos_ != "NOUN" or not (word in words or _noun_of_its_kind(word, ev)):
            continue
        if not _definite(t) or _in_direct_quotation(t, ctx):
            continue
        began = t.head if t.dep_ == "nsubj" else next(
            (c for c in t.children if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that")
                                                                for g in c.children)), None)
        if began is None or not _says_began(began):
            continue
        when = own_date(began)
        if when and FULL_DATE.fullmatch(when) and not _in_time_clause(began):
            return when, "date:began-later", t
        return None
    return None


def _noun_of_its_kind(word: str, ev: Event) -> bool:
    """Whether the noun `word` names an act of `ev`'s category and, where both say, of its mode
    ("Thursday's *attack*" for a killing; not "the *closure*", a restriction, for houses set on
    fire, though both are COERCE)."""
    return any(k.category == ev.type and (not ev.mode or not k.mode or k.mode == ev.mode)
               for k in senses_for(word, "N"))


def _says_began(verb) -> bool:
    """Whether `verb` says its subject began ("began", "took effect", "came into force")."""
    lemma = verb.lemma_.lower()
    if lemma in BEGAN_VERBS:
        return True
    words = BEGAN_PHRASES.get(lemma, frozenset())
    return any(c.lower_ in words or (c.dep_ == "prep" and any(g.lower_ in words for g in c.children))
               for c in verb.children)


def _names_day_of(day, noun) -> bool:
    """Whether a time expression's head `day` dates `noun` itself: its possessive or modifier
    ("*Thursday's* attack", "the *Monday* raid"), or a phrase on a noun that is no verb's object
    ("the arrests *on Monday* drew protests"); "condemned the attack *on Wednesday*" dates the
    condemnation (the parser may hang the phrase on either)."""
    if day.head.i != noun.i and not (day.dep_ == "pobj" and day.head.dep_ == "prep" and day.head.head.i == noun.i):
        return False
    if day.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod"):
        return True
    return day.dep_ == "pobj" and noun.dep_ in ("nsubj", "nsubjpass")


def _noun_retold(noun, ctx):
    """(date, rule, cue) for an act named by a noun ("a formal protest note") that the article names
    again further on with "the/this" and a time expression of that noun's own phrase ("*The note*,
    delivered to Chile's consulate on Monday, says ..."; "*Monday's* note"): the first such mention
    within `RETOLD_MAX_CHARS`; a date of the mention's clause only ("the note was rejected on
    Tuesday") is the later act's, not the note's."""
    doc = noun.doc
    lemma = noun.lemma_.lower()
    end = noun.sent.end_char
    for t in doc[noun.sent.end:]:
        if t.idx - end > RETOLD_MAX_CHARS:
            return None
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or not _definite(t):
            continue
        if _in_direct_quotation(t, ctx):
            continue  # "'Today's deal proves ...,' he said on Tuesday": the speaker's time words
        inside = {x.i for x in t.subtree}
        for tx in ctx.timexes_in(t.sent.start_char, t.sent.end_char):
            when = _calendar(tx.value)
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if when and FULL_DATE.fullmatch(when) and span is not None and span.root.i in inside:
                return when, "date:retold-later", t
        return None  # the act named again with no date of its own: no later telling dates it
    return None


def _countries(actors) -> frozenset:
    return frozenset(a.country for a in actors if a is not None and a.country)


def _same_doer_and_done_to(ev: Event, other: Event) -> bool:
    """Whether `other` tells `ev`'s act: its doer and the side acted on, where both name one, are
    `ev`'s ("were killed by gunmen believed to be South Sudanese soldiers" / "were shot dead")."""
    mine_src, their_src = _countries(ev.sources or (ev.source,)), _countries(other.sources or (other.source,))
    mine_tgt, their_tgt = _countries(ev.targets or (ev.target,)), _countries(other.targets or (other.target,))
    return (not mine_src or not their_src or their_src <= mine_src) and (
        not mine_tgt or not their_tgt or their_tgt <= mine_tgt)


def _in_time_clause(tok) -> bool:
    """Whether `tok`'s verb is in a clause that places another act in time ("after Myanmar aircraft
    bombed the area"): told as the background of its sentence, not as its news."""
    verb = verb_of(tok)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children)


def _dateline_lead(tok, ev: Event, ctx):
    """(date, rule, cue) for the lead's act told as news of the day with no time expression of its
    own, when the wire dateline carries a date ("LIMA, March 13 (Reuters) - Peru *has expelled* a
    Chilean diplomat, the foreign ministry said"): an act in the present perfect, or a statement
    the lead's undated verb of saying reports. A simple past ("Peru expelled ...") may be older
    news and stays undated."""
    span = ctx.article.dateline_span
    if span is None:
        return None
    doc = tok.doc
    first = doc.char_span(span.start, span.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    sent = tok.sent
    lead = next((t for t in doc[first.end:] if t.is_alpha), None)  # the lead's first word
    if lead is None or sent.start != lead.sent.start or tok.idx < span.end:
        return None
    if _has_clause_timex_after(sent, ctx, span.end):
        return None
    when = next((c for t in ctx.timexes_in(span.start, span.end) if (c := _calendar(t.value))
                 and FULL_DATE.fullmatch(c)), None)
    if when is None:
        return None
    verb = verb_of(tok)
    if verb is None or ev.status not in ("asserted", "alleged"):
        return None
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    root = sent.root
    summed = _summed_up_verb(tok)
    reported = ev.type in VERBAL_CATEGORIES and summed is not None and summed.i == root.i \
        and root.lemma_.lower() in SPEECH_VERBS
    if not (perfect or reported):
        return None
    cue = next((doc.char_span(t.start, t.end, alignment_mode="expand")
                for t in ctx.timexes_in(span.start, span.end)), None)
    return when, "date:dateline", cue.root if cue is not None and len(cue) else tok


def _has_clause_timex_after(sent, ctx, start: int) -> bool:
    """A calendar time expression of `sent` after `start` (the dateline's own date aside), outside
    relative clauses."""
    for t in ctx.timexes_in(max(start, sent.start_char), sent.end_char):
        if not _calendar(t.value):
            continue
        span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not any(a.dep_ == "relcl" for a in (span.root, *span.root.ancestors)):
            return True
    return False


def _sides(ev: Event) -> frozenset:
    return frozenset(a.country for a in (*ev.sources, *ev.targets, ev.source, ev.target) if a is not None and a.country)


def _auxiliaries(verb) -> list:
    """`verb`'s auxiliaries; a second verb of a coordination with none of its own and no subject
    shares its first verb's ("was boarded and *detained*", "has seized and *towed*")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        aux = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return aux


def _simple_past(verb) -> bool:
    """A simple past, active ("shelled") or passive ("were killed", "was boarded and detained"),
    with no modal or perfect."""
    aux = _auxiliaries(verb)
    if any(a.lemma_.lower() in ("have", "will", "would", "could", "might", "may", "should", "must", "shall")
           for a in aux):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux)


def _reporting_verb(sent):
    """The verb of saying a sentence's report hangs on: its root, or a clause on its root
    ("..., the army said" parsed either way)."""
    root = sent.root
    if root.lemma_.lower() in SPEECH_VERBS:
        return root
    return next((c for c in root.children if c.dep_ in ("parataxis", "ccomp", "advcl")
                 and c.lemma_.lower() in SPEECH_VERBS and c.i > root.i), None)


def _same_source(speech, before, ctx) -> bool:
    """Whether two verbs of saying have the same subject: the same entity, or the same head noun
    ("Pakistan's army" / "the army")."""
    a = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    b = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if a is None or b is None or a.pos_ == "PRON" or b.pos_ == "PRON":
        return False
    ea, eb = _entity_of(a, ctx), _entity_of(b, ctx)
    if a.pos_ == "PROPN" or b.pos_ == "PROPN":
        return ea is not None and eb is not None and ea.id == eb.id
    return a.lemma_.lower() == b.lemma_.lower()


def _joint_act_episode(tok, ev: Event, earlier: list[Event]):
    """(date, rule, cue) for a joint act told in the past by "the two sides" / "both countries"
    (resolved to the sides of the joint act just reported) with no date: the day of that meeting
    or talks, when a time expression of its own dated it a little before."""
    if ev.type not in JOINT_CATEGORIES or not any(n == "source:the-two-countries" for n in ev.evidence[0].notes):
        return None
    verb = verb_of(tok)
    if verb is None or not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))):
        return None
    sides = {a.country for a in ev.sources if a.country}
    if len(sides) < 2:
        return None
    start = tok.sent.start_char
    for prior in reversed(earlier):
        if prior.sentence is None or prior.sentence.start >= start:
            continue
        if start - prior.sentence.start > JOINT_EPISODE_MAX_CHARS:
            break
        if prior.type not in JOINT_CATEGORIES or not prior.date or not _dated_by_own_timex(prior):
            continue
        met = {a.country for a in (*prior.sources, *prior.targets) if a.country}
        if sides <= met:
            cue = _trigger_token(tok.doc, prior)
            return prior.date, "date:joint-act-episode", cue if cue is not None else tok
    return None


def _next_sentence_same_speaker(tok, ev: Event, ctx, own_date, block_of, statement_verbs=frozenset()):
    """(date, rule, cue) for a statement whose sentence has no time expression (but in a relative
    clause: "X, which left the bloc last year, offered ..."), reported with a date by the same
    speaker in the next sentence of the paragraph, after any sentences that only open the
    speaker's quotation. That report is a verb of saying, or a statement act (the trigger of a
    verbal event: `statement_verbs`, token indices) at the root of the next sentence."""
    sent = tok.sent
    if _has_clause_timex(sent, ctx):
        return None
    nxt = _next_sentence(sent)
    block = block_of(sent.start_char)
    if nxt is not None and block_of(nxt.start_char) == block + 1 and nxt.text.lstrip()[:1] in OPENING_QUOTES:
        # "Fisheries Minister X accused Indian trawlers of stripping the seabed. / '...,' X told
        # parliament on Tuesday.": the next paragraph opens with the speaker's own words
        block += 1
    skipped = 0
    # '"These were not hooligans. / This was an armed group," Kurti told a news conference on
    # Tuesday': the quotation's first sentences stand between the summary and its report
    while nxt is not None and skipped < QUOTED_SENTS_SKIPPED and _inside_direct_quote(nxt, ctx) \
            and block_of(nxt.start_char) == block:
        nxt, skipped = _next_sentence(nxt), skipped + 1
    if nxt is None or block_of(nxt.start_char) != block:
        return None
    speech, when = _report_of(nxt, ctx, own_date, statement_verbs)
    if speech is None:
        return None
    subj = _speech_subject(speech)
    if subj is None:
        return None
    # only what the sentence sums up as its main act ("Mbuyi accused Rwanda of ..."; "The Commission
    # said it stood in full solidarity with Poland": the statement)
    verb = _summed_up_verb(tok)
    if verb is None:
        return None
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not _same_speaker(subj, own, ev, ctx):
        return None
    if not when:
        # "Qatar rejected the protest. A spokesman, X, told reporters that ... '...,' he said on
        # Wednesday": the same speaker's undated report goes on as "he", who dates it
        after = _next_sentence(nxt)
        if after is None or block_of(after.start_char) != block:
            return None
        speech, when = _report_of(after, ctx, own_date, frozenset())
        subj = _speech_subject(speech) if speech is not None else None
        if not when or subj is None or subj.lower_ not in CONTINUING_PRONOUNS:
            return None
    return when, "date:next-sentence-same-speaker", speech


def _report_of(sent, ctx, own_date, statement_verbs):
    """(verb, date) of the report `sent` makes: its first verb of saying (root, or a clause on the
    root) or statement act (`statement_verbs`) that a time expression dates, else its first one
    with no date (date None); (None, None) when it has none."""
    reports = [v for v in (sent.root, *[c for c in sent.root.children if c.dep_ in ("parataxis", "conj")])
               if v.lemma_.lower() in SPEECH_VERBS]
    if sent.root.i in statement_verbs and _told_as_done(sent.root) and not _future_aux(sent.root):
        # "... offered their backing to Bissau. / In a joint statement on Wednesday they condemned ...":
        # the statement the first sentence sums up, told with its date by its own verbal act
        reports.append(sent.root)
    for v in reports:
        framed = _frame_timex(v, ctx)
        when = own_date(v) or (framed[0] if framed else None)
        if when:
            return v, when
    return (reports[0], None) if reports else (None, None)


def _speech_subject(speech):
    subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if subj is None and speech.dep_ == "conj":  # "they condemned ... and said ...": the first verb's
        subj = next((c for c in speech.head.children if c.dep_ == "nsubj"), None)
    return subj


def _document_named_before(tok, ev: Event, ctx, own_date):
    """(date, rule, cue) for an act told inside a document the article named just before by the
    same noun, when the act that issued it there was dated ("Chile sent a formal protest note to
    Argentina on Wednesday ... / *In the note*, which was delivered to the embassy, Chile asked
    Argentina to withdraw the map"; "In its letter, ..."): what a document says is of the day it
    was sent or issued. The document is named definite in an "in" phrase of the act's verb (or of
    the verb reporting it), with no time of its own; the earlier noun within
    `DOCUMENT_BACK_SENTS` sentences, outside direct quotation."""
    if ev.status != "asserted":
        return None
    verb = verb_of(tok)
    if verb is None or not _told_as_done(verb) or _past_perfect(verb):
        return None
    verbs = [verb] + ([verb.head] if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in SPEECH_VERBS
                      else [])
    doc = tok.doc
    for v in verbs:
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "in"):
            noun = next((g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS), None)
            if noun is None or not _definite(noun) or _frame_timex(v, ctx) is not None:
                continue
            sent = tok.sent
            for _ in range(DOCUMENT_BACK_SENTS):
                sent = _previous_sentence(sent)
                if sent is None:
                    break
                for t in reversed(list(sent)):
                    if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN" or _in_direct_quotation(t, ctx):
                        continue
                    issued = verb_of(t)
                    when = own_date(issued) if issued is not None and _told_as_done(issued) else None
                    if when and FULL_DATE.fullmatch(when):
                        return when, "date:document-named-before", t
                    return None  # the document named with no day of its own
    return None


def _quoted_performative(tok, ev: Event, ctx):
    """(date, rule, cue) for a statement the speaker makes by saying it, in a direct quotation: a
    first-person present ("*We demand* that the Chinese side release the fishermen", "*I call on*
    Ankara to withdraw the ship", "*We reject* these accusations"), done when the words were said,
    so on the day the quotation's own report gives (its cue's date). Not a past or planned act
    ("We asked them", "We will demand"), nor one the speaker says others do ("They demand")."""
    if ev.status != "asserted":
        return None
    verb = verb_of(tok)
    if verb is None or verb.tag_ not in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in FIRST_PERSON_SUBJECTS:
        return None
    quote = next((q for q in ctx.quotes if q.kind == "direct" and q.start <= tok.idx < q.end), None)
    if quote is None:
        return None
    when = quote.date
    if not when and quote.cue_start is not None:
        # '"*Today* two families can stop counting the days," X said in a statement. "We are deeply
        # grateful to Qatar"': the speaker's own "today" in the statement (a quotation of the same
        # cue) is the day the words were said
        when = next((c for q in ctx.quotes if q.kind == "direct" and q.cue_start == quote.cue_start
                     for t in ctx.timexes_in(q.start, q.end)
                     if t.text.strip().lower() in SPEAKING_DAY_WORDS and (c := _calendar(t.value))), None)
    if not when or not FULL_DATE.fullmatch(when):
        return None
    return when, "date:quoted-performative", verb


def _quoted_later(tok, ev: Event, ctx, block_of):
    """(date, rule, cue) for a statement summed up with no time expression, whose side the next
    sentence quotes (its first quotation starts there): the first date the quotes stage gave,
    from a time expression of its report, to that speaker's quotations that follow without
    another speaker's between, in this paragraph or the next ("Norway rejected the Russian
    protest. Foreign Minister Espen Barth Eide said the inspection had been lawful. / '...,' he
    said on Tuesday."). The speaker is the act's side: its entity, an entity of its country, or
    an official of no known country ("army spokesman X", "Foreign Minister X"), not an analyst."""
    sent = tok.sent
    if _has_clause_timex(sent, ctx) or _summed_up_verb(tok) is None or ev.source is None:
        return None
    nxt = _next_sentence(sent)
    if nxt is None or block_of(nxt.start_char) != block_of(sent.start_char):
        return None
    after = sorted((q for q in ctx.quotes if q.start >= sent.end_char), key=lambda q: q.start)
    if not after or after[0].start >= nxt.end_char or after[0].speaker is None or after[0].speaker.entity is None:
        return None
    speaker = after[0].speaker
    if not _speaks_for(speaker, ev, ctx, tok.doc):
        return None
    last_block = block_of(sent.start_char) + 1
    for q in after:
        if q.speaker is None or q.speaker.entity != speaker.entity or block_of(q.start) > last_block:
            return None
        if q.date and q.cue_start is not None and _dated_in_its_sentence(q, tok.doc, ctx):
            cue = tok.doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
            return q.date, "date:speaker-quoted-later", cue.root if cue is not None and len(cue) else tok
    return None


def _speaks_for(speaker, ev: Event, ctx, doc) -> bool:
    """Whether a quoted speaker speaks for `ev`'s doer (see `_quoted_later`)."""
    if ev.source.entity is not None and speaker.entity == ev.source.entity:
        return True
    ent = ctx.entity_by_id(speaker.entity)
    if ent is None:
        return False
    iso = ent.metonym_for or ent.country
    if iso is None and ent.affiliation:
        body = ctx.entity_by_id(ent.affiliation)
        iso = (body.metonym_for or body.country) if body is not None else None
    if iso is not None:
        return iso == ev.source.country
    if speaker.start is None:
        return False
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    phrase = [t for t in head.subtree if t.i < span.start or t.i >= span.end] + [
        t for t in head.children if t.dep_ in ("appos", "compound")]
    return any(t.lemma_.lower() in OFFICIAL_WORDS for t in (*phrase, *span))


def _dated_in_its_sentence(q, doc, ctx) -> bool:
    """Whether a quote's date is a time expression of the sentence its cue is in (told there)."""
    span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span.root.sent
    return any(_calendar(t.value) == q.date for t in ctx.timexes_in(sent.start_char, sent.end_char))


def _summed_up_verb(tok):
    """The verb of the act a sentence sums up as its main act (its root, a verb coordinated with
    it, or what its root verb of saying reports), or None."""
    verb = verb_of(tok)
    if verb is None:
        return None
    root = tok.sent.root
    if verb.dep_ == "ccomp" and verb.head.i == root.i and root.lemma_.lower() in SPEECH_VERBS and _told_as_done(verb):
        return root
    if verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i):
        return verb
    return None


def _dated_by_a_things_year(tok, ev: Event, ctx) -> bool:
    """Whether `ev`'s date is only a year that modifies another noun of its sentence ("violated
    *the 1904 treaty*", "a statement on *the 2019 deal*"), not the act ("the 1966 agreement" is the
    agreement's own year)."""
    if not ev.date or not re.fullmatch(r"\d{4}", ev.date) or not _dated_by_own_timex(ev):
        return False
    return _only_a_things_year(tok, ev.date, ctx)



def _dated_by_own_timex(ev: Event) -> bool:
    """Whether `ev`'s date came from a time expression governing its trigger (not a carried date)."""
    return any(r in ev.evidence[0].rule for r in ("date:timex_governing", "date:governing-timex"))


def _sentence_timexes_of(tok, value: str, ctx) -> list:
    """The time expressions of `tok`'s sentence whose calendar value is `value`."""
    sent = tok.sent
    return [t for t in ctx.timexes_in(sent.start_char, sent.end_char) if _calendar(t.value) == value]


def _dated_by_a_things_day(tok, ev: Event, ctx) -> bool:
    """Whether `ev`'s date comes only from a possessive day on a noun taking part in the act
    ("condemned *Sunday's* killing", "said *Sunday's* agreement was ..., and called on the UN"): the
    day that thing was, not the act's (a noun trigger's own day, "*Sunday's* attack", is its own; a
    noun trigger said of that thing, "Sunday's agreement was a deal", is that thing)."""
    if not ev.date or tok.pos_ not in ("VERB", "AUX") or not _dated_by_own_timex(ev):
        return False
    found = _sentence_timexes_of(tok, ev.date, ctx)
    if not found:
        return False
    for t in found:
        span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        r = span.root
        noun = r.head
        if r.dep_ != "poss" or noun.i == tok.i or noun.pos_ not in ("NOUN", "PROPN") \
                or tok.i in range(span.start, span.end):
            return False
        if noun.dep_ == "pobj":
            if noun.head.lower_ not in THING_DAY_PREPS:
                return False
        elif noun.dep_ not in THING_DAY_DEPS:
            return False
    return True


def _later_than_first_conjunct(tok, ev: Event, ctx) -> bool:
    """Whether `ev`'s date is a time only its coordinated first verb carries while its own verb (or
    the verb it hangs from) says "later" ("broke off relations the same day and *later* took Ecuador
    to court, accusing it ..."): the act came after that time, its day is not told. Only a day: a
    year or month ("cut ties in 2021 and later shut down the pipeline") most often holds both acts."""
    if not ev.date or not FULL_DATE.fullmatch(ev.date) or not _dated_by_own_timex(ev):
        return False
    found = _sentence_timexes_of(tok, ev.date, ctx)
    if not found:
        return False
    cur = verb_of(tok)
    for _ in range(REPORT_MAX_ARCS):
        if cur is None:
            return False
        if cur.dep_ == "conj" and any(c.dep_ == "advmod" and c.lower_ in LATER_ADVERBS for c in cur.children):
            own = range(cur.left_edge.idx, cur.right_edge.idx + len(cur.right_edge))
            # every time of that value lies outside the later verb's own phrase (before the "and")
            return all(t.start not in own for t in found)
        if cur.dep_ not in ("advcl", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _only_a_things_year(tok, year: str, ctx) -> bool:
    """Whether every time expression of `tok`'s sentence giving `year` names another noun's year."""
    found = _sentence_timexes_of(tok, year, ctx)
    if not found:
        return False
    for t in found:
        span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        r = span.root
        if r.dep_ not in THING_YEAR_DEPS or r.head.pos_ not in ("NOUN", "PROPN") or r.head.i == tok.i \
                or r.head.i in range(span.start, span.end):
            return False
    return True


def _report_date(tok, ev: Event, own_date) -> str | None:
    """The date of the verb of saying that reports `ev`'s act, for a statement or an act told as
    done (not a past perfect, older than its report)."""
    verb = verb_of(tok)
    cur = verb
    for _ in range(REPORT_MAX_ARCS):
        if cur is None or cur.dep_ not in REPORT_DEPS or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in SPEECH_VERBS:
            if ev.type in VERBAL_CATEGORIES or (_told_as_done(verb) and not _past_perfect(verb)):
                return own_date(cur)
            return None
    return None


def _undated(ev: Event, reason: str = "year-of-another-thing") -> Event:
    ev0 = ev.evidence[0]
    chain = "+".join(r for r in ev0.rule.split("+") if not r.startswith("date:"))
    return replace(ev, date=None, evidence=(replace(ev0, rule=chain, anchor=None,
                                                    notes=ev0.notes + (f"not-dated-by:{reason}",)),)
                   + ev.evidence[1:])


def _since_span(tok, ev: Event, ctx) -> bool:
    """The act's date came from a "since" time expression in its sentence ("at least 25 people
    had been killed by border guards since January"): a count over a span, not a dated act."""
    if not ev.date or not _dated_by_own_timex(ev):
        return False
    sent, text = tok.sent, tok.doc.text
    return any(tx.value == ev.date and re.search(r"\bsince\s+$", text[max(0, tx.start - 8):tx.start], re.IGNORECASE)
               for tx in ctx.timexes_in(sent.start_char, sent.end_char))


def _since_day_begun(tok, ev: Event) -> bool:
    """Whether an act dated by "since <a day>" began a state that day ("Striking workers have
    blocked the main border crossing since Wednesday", "the mill had halted production since May
    4"): a verb of closing or blocking (`STATE_BEGUN_LEMMAS`) in a perfect, told once (no "twice",
    no count of times), its date a full day. A count over a span ("have complained twice since
    Jan. 22", "40 people have been detained since Monday") stays undated."""
    verb = verb_of(tok)
    if verb is None or not FULL_DATE.fullmatch(ev.date or "") or tok.lemma_.lower() not in STATE_BEGUN_LEMMAS:
        return False
    if not any(a.lemma_ == "have" for a in _auxiliaries(verb)):
        return False
    return not any(c.dep_ in ("advmod", "npadvmod") and (c.lower_ in REPEAT_WORDS or any(
        g.lower_ == "times" for g in c.subtree)) for c in verb.children) and not any(
        c.dep_ == "nummod" for n in verb.children if n.dep_ in ("dobj", "nsubjpass") for c in n.children)


# -- helpers --------------------------------------------------------------------------------------
def _same_speaker(subj, own, ev: Event, ctx) -> bool:
    """Whether `subj` (a later sentence's speaker) is the doer of `ev` (whose subject is `own`)."""
    if subj.lower_ in CONTINUING_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")
                                                 for c in subj.children):
        return True
    if any(c.dep_ == "poss" and c.pos_ == "NOUN" and (c.lemma_.lower() in BODY_ANAPHORS or (
            own is not None and own.pos_ == "NOUN" and c.lemma_.lower() == own.lemma_.lower())) and [
            g.lower_ for g in c.children if g.dep_ in ("det", "amod")] == ["the"] for c in subj.children):
        # "ECOWAS welcomed the decision. / ..., *the bloc's* commission said ...": its own; "Ukraine's
        # foreign ministry rejected ... / *The ministry's* spokesperson said ...": the body named again
        return True
    # "the foreign ministry dismissed ... / ministry spokesman X"; a body named with its article ("The
    # European Commission said ... / A Commission spokesperson"), not a country ("Russia" / "a Russia expert")
    if own is not None and (own.pos_ == "NOUN" or (own.pos_ == "PROPN" and any(
            c.dep_ == "det" for c in own.children))) and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() == own.lemma_.lower() for c in subj.subtree):
        return True
    # "Kyiv rejected the criticism. / ..., *Ukraine's* Foreign Ministry said ...": a body named with
    # its country's possessive speaks for that country, whatever entity its bare name was merged into
    # ("Romania's Foreign Ministry" earlier makes one "Foreign Ministry" entity of both)
    owner = next((e for c in subj.children if c.dep_ == "poss"
                  and (e := ctx.entity_at(c.idx, c.idx + len(c.text))) is not None
                  and (e.metonym_for or e.country)), None)
    if owner is not None and ev.source is not None and ev.source.country:
        return (owner.metonym_for or owner.country) == ev.source.country
    ent = _entity_of(subj, ctx)
    if ent is None:
        return False
    if own is not None:
        own_ent = _entity_of(own, ctx)
        if own_ent is not None and own_ent.id == ent.id:
            return True
    if ev.source is not None and ev.source.entity == ent.id:
        return True
    iso = ent.metonym_for or ent.country
    return bool(iso) and ev.source is not None and ev.source.country == iso


def _entity_of(tok, ctx):
    """The entity a word names: its own, else its possessor's, modifier's or appositive's ("A foreign
    ministry spokesman, Majed al-Ansari, ...")."""
    ent = ctx.entity_at(tok.idx, tok.idx + len(tok.text))
    if ent is None:
        ent = next((e for c in tok.children if c.dep_ in ("poss", "compound", "amod", "appos")
                    and (e := ctx.entity_at(c.idx, c.idx + len(c.text))) is not None), None)
    return ent if ent is not None else _official_body(tok, ctx)


def _official_body(tok, ctx):
    """The entity of the body an official speaks for ("A spokesperson *for the Panamanian foreign
    ministry*", "an official of the Kenyan government"): the body itself or its modifier."""
    if tok.lemma_.lower() not in OFFICIAL_WORDS:
        return None
    return next((e for p in tok.children if p.dep_ == "prep" and p.lower_ in OFFICIAL_FOR_PREPS
                 for body in p.children if body.dep_ == "pobj"
                 for w in (body, *[c for c in body.children if c.dep_ in ("poss", "compound", "amod")])
                 if (e := ctx.entity_at(w.idx, w.idx + len(w.text))) is not None), None)


def _continues_speaker(sent, prev, ctx) -> bool:
    """Whether `sent`'s main subject is a pronoun or the main subject of `prev`."""
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ in CONTINUING_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")
                                                 for c in subj.children):
        return True  # "He accused ...", "Her government also summoned ..."
    before = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    a, b = _entity_of(subj, ctx), (_entity_of(before, ctx) if before is not None else None)
    if a is not None and b is not None and a.id == b.id:
        return True
    # "Peru's foreign minister, *Luis Vega*, said ... / *Vega* urged ...": the person the title's
    # appositive names (the title itself resolves to its possessor, the country)
    named = [c for c in before.children if c.dep_ == "appos"] if before is not None else []
    return a is not None and any((e := ctx.entity_at(c.idx, c.idx + len(c.text))) is not None and e.id == a.id
                                 for c in named)


def _reported_day(root, own_date) -> str | None:
    """The day a sentence's root verb of saying is dated by its own time expression ("Tembo *told
    parliament on Wednesday* that ...", "X said on Monday ..."): the occasion the speaker goes on
    at in the next sentence ("She accused Tanzanian authorities of ..."), when no event of that
    sentence carried it. A month or year is no occasion."""
    if root.lemma_.lower() not in SPEECH_VERBS:
        return None
    when = own_date(root)
    return when if when and FULL_DATE.fullmatch(when) else None


def _on_main_clause(tok) -> bool:
    verb = verb_of(tok)
    cur = verb
    for _ in range(REPORT_MAX_ARCS + 1):
        if cur is None:
            return False
        if cur.i == cur.sent.root.i:
            return True
        if cur.dep_ not in REPORT_DEPS:
            return False
        cur = cur.head
    return False


def _past_or_reported(tok) -> bool:
    """A past clause ("He accused ..."), or an act reported under one."""
    verb = verb_of(tok)
    cur = verb
    for _ in range(REPORT_MAX_ARCS + 1):
        if cur is None:
            return False
        if _told_as_done(cur) and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall")
                                          for c in cur.children):
            return True
        if cur.dep_ not in REPORT_DEPS or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _future_aux(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children)


def _told_as_done(verb) -> bool:
    """A simple past, a present or past perfect, or a present of a standing position ("does not
    recognise", "rejects"): told as done or held when said, not planned."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "would", "shall", "could", "might", "may", "should", "must") for a in aux):
        return False
    return verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP", "VBD") for a in aux)


def _present_perfect(verb) -> bool:
    """"has expelled", "have been detained": told as done, by when unsaid."""
    aux = _auxiliaries(verb)
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("has", "have", "'s", "'ve") for a in aux) \
        and not any(a.lemma_.lower() in ("will", "would", "could", "might", "may", "should", "must", "shall")
                    for a in aux)


def _past_perfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _offset_marker(tok):
    """(marker, region token ids, main verb, days) of the measured after/before `tok` sits under."""
    for marker in tok.sent:
        if marker.lower_ in OFFSET_WORDS:
            found = _offset_marker_at(marker)
            if found is not None and tok.i in found[1]:
                return found
    return None


def _offset_marker_at(marker):
    """(marker, region, main verb, days) for a measured "N days after ..." at `marker`, or None.

    The parser hangs the measure and the clause in several ways: "after" a mark of the clause's
    verb with the measure on it or on "after"; "after" a preposition on the measure word, itself
    on the clause's verb ("a day after talks ended") or on the main verb ("Two days after the
    talks, X accused")."""
    days = _measure_days(marker)
    if days is None:
        return None
    if marker.dep_ == "mark" and marker.head.pos_ in ("VERB", "AUX"):
        clause = marker.head
    elif marker.dep_ == "prep" and marker.head.lower_ in UNIT_DAYS and marker.head.dep_ == "npadvmod" \
            and marker.head.head.pos_ in ("VERB", "AUX") and marker.head.head.i > marker.i:
        clause = marker.head.head  # "a day after a round of talks ended": the measure hangs on "ended"
    elif marker.dep_ == "prep":
        clause = None
    else:
        return None
    if clause is not None and clause.dep_ in ("advcl", "conj", "ccomp", "pcomp") and clause.head.i != clause.i:
        # ("pcomp": "exchanged warnings for about five hours before the vessel withdrew")
        region = {t.i for t in clause.subtree}
        main = verb_of(clause.head)
    else:
        region = {t.i for t in marker.subtree}
        main = verb_of(marker.head)
    if main is None or main.i in region:
        return None
    return marker, region, main, days


def _measure_days(marker) -> int | None:
    """Days the words just before `marker` measure ("three days", "a week", "48 hours", "hours",
    "shortly"), or None when unmeasured."""
    doc = marker.doc
    if marker.i == 0:
        return None
    unit = doc[marker.i - 1]
    word = unit.lower_
    if word in ("shortly", "soon", "immediately", "just"):
        return 0
    if word not in UNIT_DAYS:
        return None
    count_tok = doc[marker.i - 2] if marker.i >= 2 else None
    count = None
    if count_tok is not None:
        if count_tok.like_num and count_tok.text.isdigit():
            count = int(count_tok.text)
        else:
            count = NUMBER_WORDS.get(count_tok.lower_)
    if UNIT_DAYS[word] == 0:
        if count is not None and word.startswith("hour"):
            return count // HOURS_PER_DAY
        return 0
    if count is None:
        return None  # "days after", "several weeks before": no measure to count
    return count * UNIT_DAYS[word]


def _shift(day: str, days: int, marker: str) -> str | None:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return None
    return (d - timedelta(days=days) if marker == "after" else d + timedelta(days=days)).isoformat()


def _dated_by_its_report(ev: Event) -> bool:
    """Whether `ev`'s date is only its report's: the statement that tells it ("has asked ...,
    officials said on Wednesday") or the wire dateline's day."""
    rule = ev.evidence[0].rule
    return bool(ev.date) and (rule.endswith(":speech") or rule.endswith("date:dateline"))


def _head_dated_by_report(tok, ev: Event, events: list[Event], toks: list) -> bool:
    """Whether a participle act has only its report's day through the act it hangs on ("Russia has
    suspended the transit ..., *cutting off* ..., officials said on Wednesday": the participle took
    the day of "suspended", which is the report's; `events` as built, before any redating)."""
    if not ev.date or not ev.evidence[0].rule.endswith("date:participle-of-dated-act"):
        return False
    return any(t is not None and t.i == tok.head.i and e.date == ev.date and _dated_by_its_report(e)
               for t, e in zip(toks, events))


def _replaceable(ev: Event, *also: str) -> bool:
    """Undated, or dated only by a neighbouring sentence (or by one of the rules `also`)."""
    return ev.date is None or any(r in ev.evidence[0].rule for r in CARRIED_RULES + also)


def _dated(ev: Event, when: str, rule: str, cue) -> Event:
    ev0 = ev.evidence[0]
    chain = "+".join(r for r in ev0.rule.split("+") if not r.startswith("date:")) + f"+{rule}"
    notes = ev0.notes + (f"dated-by:{cue.text}@{cue.idx}",)
    return replace(ev, date=when, evidence=(replace(ev0, rule=chain, anchor=when, notes=notes),) + ev.evidence[1:])


def _recent(when: str, published: str | None) -> bool:
    """A day at most `RETOLD_MAX_DAYS` before publication (or no publication date to compare)."""
    if published is None:
        return True
    try:
        return (date.fromisoformat(published) - date.fromisoformat(when[:10])).days <= RETOLD_MAX_DAYS
    except ValueError:
        return False



def _date_where_found(out: list, toks: list, published, find, *, verbal: bool = False, dated: bool = False,
                      carried: bool = False) -> None:
    """One dating pass over `out` in text order, in place: each event with a trigger token (only
    statements when `verbal`; only undated ones, or only dated ones when `dated`; also those dated
    only by a neighbouring sentence when `carried`) takes the (date, rule, anchor) that
    `find(i, ev)` returns, unless that date is after publication. The passes run one after another,
    so a pass sees the dates the earlier ones (and its own earlier events) gave."""
    for i, ev in enumerate(out):
        weak = carried and not dated and ev.date is not None and _replaceable(ev)
        if ((ev.date is not None) != dated and not weak) or toks[i] is None or (
                verbal and ev.type not in VERBAL_CATEGORIES):
            continue
        found = find(i, ev)
        if found is not None and _not_after(found[0], published):
            out[i] = _dated(ev, *found)

def _not_after(when: str, published: str | None) -> bool:
    """A date found for a reported act is not after publication (a misparse, else)."""
    return published is None or when[:10] <= published


def _calendar(value: str | None) -> str | None:
    m = PARTIAL_DATE.match(value or "")
    return m.group(0) if m and value and not value.startswith("P") else None


def _has_dating_timex(sent, ctx) -> bool:
    return any(_calendar(t.value) for t in ctx.timexes_in(sent.start_char, sent.end_char))


def _has_clause_timex(sent, ctx) -> bool:
    """A calendar time expression in `sent` outside its relative clauses ("Mali, which left the bloc
    *last year*, offered ..." has none: the year dates the leaving)."""
    return _has_clause_timex_after(sent, ctx, sent.start_char)


def _in_direct_quotation(tok, ctx) -> bool:
    """Whether `tok` stands inside a direct quotation (a speaker's own words, with the speaker's
    time words)."""
    return any(q.kind == "direct" and q.start <= tok.idx < q.end for q in ctx.quotes)


def _definite(noun) -> bool:
    """Whether a noun is made definite ("the note", "this step", "Monday's attack")."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_WORDS) or c.dep_ == "poss" for c in noun.children)


def _inside_direct_quote(sent, ctx) -> bool:
    """Whether `sent` is only words of one direct quotation (its marks and spaces aside)."""
    text = sent.text
    lead = len(text) - len(text.lstrip(QUOTE_EDGE_CHARS))
    trail = len(text) - len(text.rstrip(QUOTE_EDGE_CHARS + ".!?"))
    start, end = sent.start_char + lead, sent.end_char - trail
    return start < end and any(q.kind == "direct" and q.start <= start and end <= q.end for q in ctx.quotes)


def _trigger_token(doc, ev: Event):
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# How many arcs up from a word its verb may be looked for.
VERB_SEARCH_ARCS = 8


def verb_of(tok, *, or_top: bool = False):
    """The nearest verb (or auxiliary) at or above `tok`; when none is found within
    `VERB_SEARCH_ARCS` arcs, None, or with `or_top` the highest word reached."""
    cur = tok
    for _ in range(VERB_SEARCH_ARCS):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head.i == cur.i:
            return cur if or_top else None
        cur = cur.head
    return cur if or_top else None


def _previous_sentence(sent):
    return sent.doc[sent.start - 1].sent if sent.start > 0 else None


def _next_sentence(sent):
    return sent.doc[sent.end].sent if sent.end < len(sent.doc) else None
