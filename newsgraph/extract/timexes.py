"""TIMEX3 time expressions, normalised against the publication date.

`extract_timexes(doc, ctx)` runs the grammar of `newsgraph.time` over
`article.text`, takes the tense of each expression's clause from the parse
(so "departed on Monday" is last Monday and "will meet on Monday" next Monday),
and vetoes matches inside names ("Cyber Monday", "Black Friday" stay, being
names of days, but "Friday" in "Friday Harbor" or "May" in "Theresa May" go).

Two functions date the statements and events of other extractors:

- `timex_governing(doc, token_i, timexes)`: the timex that dates the
  event/statement whose head is `doc[token_i]`.
- `timex_date(timex)`: an ISO calendar value for a fact's `date` field.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Sequence

from newsgraph.extract.context import Context
from newsgraph.records import Evidence, Timex
from newsgraph.time import find_timexes
from newsgraph.time.lexicon import GENERIC_ERA_NOUNS, MONTHS

REQUIRES = ("doc.ents", "doc.sents", "token.dep", "token.tag", "token.morph")

# How far up the dependency tree to look for the verb whose tense dates a timex:
# prep -> pobj -> verb is two steps; possessive and compound add two more.
MAX_HEAD_STEPS = 6
# A month and day recur on the same weekday after 5, 6 or 11 years: searching 11 years after
# the latest year an article names always finds one (and the first is the likeliest).
DATELINE_YEAR_SEARCH = 11
# A wire dateline around a yearless day: the place line opening the paragraph ("NEMURO, Japan,"),
# then after the day an optional agency and the dash ("(HSE) -"). Only a day in such a dateline is
# the story's day; a "Christmas" or "Dec. 25" in a story's first lines is not.
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}"
                             r"(?:,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}){0,2},?[ \t]*$")
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-\u2013\u2014]")
# Words before a year that put it ahead of the story ("by 2030", "until 2028", "2025-2030"):
# such years do not bound the publication year from below.
_FORWARD_YEAR_CUE = re.compile(r"(?:\b(?:by|until|till|through|to|before)\s+(?:early\s+|late\s+|mid-?)?|[-\u2013])$",
                               re.I)
# Verbs whose complement points to the future ("plans to meet on Monday").
FUTURE_GOVERNORS = {"plan", "expect", "schedule", "set", "due", "hope", "intend", "aim", "prepare", "go", "vow",
                    "promise", "pledge", "threaten", "seek", "want", "propose", "slate"}
# Plural nouns a year often modifies without a determiner ("1990 earnings", "2024 elections").
YEAR_MODIFIED_NOUNS = {"earning", "result", "sale", "election", "level", "price", "figure", "estimate", "revenue",
                       "profit", "loss", "forecast", "budget", "payment", "number", "rate", "model", "olympics",
                       "game", "championship", "census", "statistic", "dollar", "term"}
# Participles that put what they modify ahead: "the talks, scheduled for Tuesday".
SCHEDULE_VERBS = {"schedule", "slate", "plan", "due"}
FUTURE_AUX = {"will", "'ll", "shall", "wo"}
# Events a day is called for ("announced a march for Friday", "called a strike for Monday")
CALLED_EVENT_NOUNS = {"march", "rally", "protest", "strike", "vote", "meeting", "talks", "summit", "session",
                      "hearing", "election", "referendum", "demonstration", "ceremony", "walkout", "sit-in",
                      "shutdown", "boycott", "debate", "deadline"}
# Verbs that fix a day for something to come: "a day of mourning has been declared for Saturday",
# "the vote was set for Sunday", "called for Monday" (a weekday after "for" on such a verb).
SCHEDULE_FOR_VERBS = {"declare", "set", "schedule", "slate", "call", "fix", "plan", "book", "reschedule", "postpone",
                      "move", "bring", "push"}
# Verbs that summon someone to an event: "called both sides to talks on Thursday", "invited
# them to a meeting on Monday": the event is after the summons.
SUMMONING_VERBS = {"call", "invite", "summon", "convene", "urge"}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Verbs whose dated object or complement is an event after the planning, whatever their own
# tense: "planned a rally on Saturday", "has scheduled a briefing Thursday", "postponed until
# Tuesday". ("set", "expect" stay out: "set a record Monday", "expected on Monday" are past as often.)
PLANNING_VERBS = {"plan", "schedule", "slate", "intend", "postpone", "delay", "defer", "adjourn", "reschedule"}
# Rate adjectives that annotators mark as a SET before a noun ("a daily rally", "his weekly
# address": TimeBank + AQUAINT 10 of 16); "quarterly"/"annually" before a noun are not (1 of 11).
ATTRIBUTIVE_SET_WORDS = {"daily", "weekly", "hourly", "nightly", "monthly", "biweekly"}
# Words before such an adjective that make the phrase a per-unit measure, not a recurrence
# ("average daily volume", "average hourly earnings" is a wage figure).
PER_UNIT_MEASURE_WORDS = {"average", "avg", "mean", "median"}
# Entity labels that make a weekday/month word part of a name, not a date.
NAME_LABELS = {"PERSON", "ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "EVENT", "NORP", "LAW"}
# Clausal dependencies: crossing one of these means another verb governs the timex.
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj", "pcomp"}

# Where to look for a date line when the article carries no publication date: the
# headline, byline and date line of a pasted article fit in its first 600 characters.
HEADER_CHARS = 600

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER_LIKE = re.compile(r"^(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$")


def _span_root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governing_verb(tok):
    t = tok
    for _ in range(MAX_HEAD_STEPS):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _is_past_form(tok) -> bool:
    """'planned', 'had been due', 'was expected': a governor that is itself in the past."""
    if tok.tag_ == "VBD":
        return True
    around = list(tok.children)
    if tok.dep_ in ("acomp", "attr"):  # "had been due": the copula and its auxiliaries
        around += [tok.head] + list(tok.head.children)
    return any((t.tag_ == "VBD" or t.lower_ in ("had", "'d")) and t.dep_ in ("aux", "auxpass", "ROOT", "ccomp", "conj",
                                                                            "advcl", "relcl") or t.tag_ == "VBD"
               for t in around if t.i != tok.i)


def tense_of_verb(verb) -> str | None:
    """PAST, PRESENT or FUTURE for a verb token, from its auxiliaries and tag (None: can't tell).

    "will meet" / "'ll meet" / "is going to meet" / "is scheduled to meet" are FUTURE;
    "met", "has met", "may have met" PAST; "meets", "is meeting" PRESENT; other
    modals ("could meet", "would meet") None.
    """
    if verb is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    has_have = any(a.lemma_ == "have" for a in auxes)
    if verb.tag_ == "VBN" and has_have:
        return "PAST"
    if aux_words & FUTURE_AUX:
        return "FUTURE"
    if verb.tag_ == "VBG" and has_have and "been" in aux_words:
        return "PAST"  # "have been searching since the Oct. 23 slaying": begun before now, like "has met"
    if any(a.tag_ == "MD" for a in auxes):
        return None
    # "is going to meet", "plans to meet", "is scheduled to meet", "is due to meet"
    infinitive = verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    if (verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and infinitive)) and verb.head.lemma_ in FUTURE_GOVERNORS \
            and not _is_past_form(verb.head):
        return "FUTURE"
    if verb.tag_ == "VBN" and not auxes and verb.lemma_ in SCHEDULE_VERBS and verb.dep_ in ("acl", "relcl", "amod"):
        # "the talks, scheduled for Tuesday, ..." -- unless the clause around them is past
        # ("a service planned for Saturday was canceled")
        outer = _governing_verb(verb.head)
        return "PAST" if outer is not None and tense_of_verb(outer) == "PAST" else "FUTURE"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP") \
            and any(c.lower_ == "to" for c in verb.children):
        return "FUTURE"  # "is to resume trading Tuesday"
    if verb.lemma_ in FUTURE_GOVERNORS and verb.tag_ in ("VBN", "VBZ", "VBP", "VBG") \
            and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "FUTURE"  # "is scheduled for Monday", "are set for Friday"
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if "VBD" in tags:
        return "PAST"
    if verb.tag_ == "VBN" and not auxes:
        return "PAST"  # a reduced relative: "the decision, announced Wednesday"
    if tags & {"VBZ", "VBP"} or (verb.tag_ == "VBG" and auxes):
        return "PRESENT"
    return None


def _is_pluperfect(verb) -> bool:
    """'had planned': a plan the story reports as given up or overtaken."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _planned_ahead(verb, timex_root) -> bool:
    """The timex dates a planned or postponed event, which lies after the planning: "planned a
    rally on Saturday", "has scheduled a news conference Thursday", "were planning to drive
    ... on Monday", "postponed until Tuesday", "On Tuesday, the group plans to ...".

    Not after "had planned" (given up), not for a participle ("a service planned for Saturday
    was canceled": the clause around decides), and not for a date put before a past planning
    verb ("On Friday, the government planned to pay ...": the day of the planning)."""
    if verb is None:
        return False
    planner = verb
    if verb.lemma_ not in PLANNING_VERBS:
        head = verb.head
        if not (verb.dep_ in ("xcomp", "ccomp") and head.i != verb.i and (head.lemma_ in PLANNING_VERBS or head.lower_ == "due")
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)):
            return False
        planner = head
    if _is_pluperfect(planner) or (planner.tag_ == "VBN" and planner.dep_ in ("acl", "relcl", "amod")):
        return False
    if planner.lower_ == "due" and planner.head.i != planner.i and _is_pluperfect(planner.head):
        return False  # "It had been due to expire Friday evening": overtaken, dated by the story
    return not (timex_root.i < planner.i and tense_of_verb(planner) == "PAST")


def _called_for_day(root) -> bool:
    """ "announced a march to the border for Friday", "called a strike for Monday": a weekday
    after "for" that dates an event noun is the day the event is called for, after the call."""
    prep = root.head
    if root.dep_ != "pobj" or root.lower_ not in WEEKDAY_WORDS:
        return False
    if prep.lower_ == "on":
        # "called both sides to talks on Thursday": an event noun the verb summons someone to
        noun = prep.head
        return noun.pos_ == "NOUN" and (noun.lemma_ in CALLED_EVENT_NOUNS or noun.lower_ in CALLED_EVENT_NOUNS) \
            and noun.dep_ == "pobj" \
            and noun.head.lower_ in ("to", "for") and noun.head.head.lemma_ in SUMMONING_VERBS
    if prep.lower_ != "for":
        return False
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):  # the parser hangs "for Friday" on the verb of calling
        if head.lemma_ in SCHEDULE_FOR_VERBS and not (head.tag_ == "VBN" and head.dep_ in ("acl", "relcl", "amod")):
            return True  # "declared for Saturday", "set for Sunday" (not a participle: "a rally set for
            # Saturday was cancelled" is dated by the clause around it)
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in CALLED_EVENT_NOUNS for c in head.children)
    while head.dep_ == "prep" or (head.pos_ == "NOUN" and head.dep_ == "pobj" and head.lemma_ not in CALLED_EVENT_NOUNS):
        head = head.head  # "a march to the border crossing at X for Friday"
    return head.pos_ == "NOUN" and head.lemma_ in CALLED_EVENT_NOUNS


def _tense_at(doc, start: int, end: int) -> str | None:
    root = _span_root(doc, start, end)
    if root is None:
        return None
    verb = _governing_verb(root)
    if _planned_ahead(verb, root) or _called_for_day(root):
        return "FUTURE"
    return tense_of_verb(verb)


def _allowed(doc, start: int, end: int, rule: str) -> bool:
    """Vetoes that need the parse: names, and rate words used as adjectives or nouns."""
    if _in_name(doc, start, end, rule):
        return False
    if rule == "year":
        span = doc.char_span(start, end, alignment_mode="expand")
        tok = span[-1] if span is not None and len(span) else None
        # "1800 homes": a count modifying a plural noun, with no determiner before it
        if tok is not None and tok.like_num and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" \
                and tok.head.i == tok.i + 1 and tok.head.lemma_.lower() not in YEAR_MODIFIED_NOUNS \
                and not (tok.i > 0 and doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS")):
            return False
        # "the Russell 2000 Index", "Windows 2000 Server": a number between two capitalised words of a
        # name is part of the name, not a year (a month before it is a date: "March 2000" is one span)
        if tok is not None and len(span) == 1 and 0 < tok.i < len(doc) - 1:
            prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
            if prev.pos_ == "PROPN" and prev.is_title and prev.lower_.rstrip(".") not in MONTHS \
                    and nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and not nxt.is_sent_start:
                return False
    if rule in ("deictic_day", "past_future") and _generic_era(doc, start, end):
        return False
    if rule == "set_adverb":
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) == 1 and not _set_adjective_ok(span[0]):
            return False
    return True


def _generic_era(doc, start: int, end: int) -> bool:
    """"today"/"tomorrow"/"the future" naming an era or a topic, not a time: "today's youth",
    "the people of tomorrow", "the future of our peoples", "the future looks bleak".

    A day's possessive stays a date ("today's vote", "tomorrow's talks") unless what it
    owns is a generic population or world (GENERIC_ERA_NOUNS); so does "of today"/"of
    tomorrow" unless it follows such a noun ("the people of tomorrow"; "the events of
    today" is a date). "the future" is not a time as the subject of a clause or when
    followed by "of" (its topic).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    word = last.lower_
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if word in ("today", "tomorrow"):
        if nxt is not None and nxt.tag_ == "POS":
            owner = last.head if last.dep_ == "poss" else nxt.head
            return owner.i != last.i and owner.lemma_.lower() in GENERIC_ERA_NOUNS
        prev = doc[span[0].i - 1] if span[0].i > 0 else None
        return prev is not None and prev.lower_ == "of" and prev.head.i < prev.i \
            and prev.head.lemma_.lower() in GENERIC_ERA_NOUNS  # "the people of tomorrow", not "the events of today"
    if word == "future":
        return (nxt is not None and nxt.lower_ == "of") or last.dep_ in ("nsubj", "nsubjpass")
    return False


def _set_adjective_ok(tok) -> bool:
    """Whether a one-word rate ("daily", "quarterly") is a SET here.

    As an adverb it is ("rallies held almost daily"). Before a noun, "daily"/"weekly"/
    "hourly" are SETs as annotators mostly mark them ("his weekly radio address", "a daily
    rally", "on a daily basis"; TimeBank + AQUAINT 10 of 16), but not in a per-day measure
    ("average daily volume") nor naming a newspaper ("the party daily Granma"), and never
    as a noun ("the daily"). "quarterly"/"annual(ly)" before a noun are reporting terms
    ("a quarterly dividend": 1 of 11 marked).
    """
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.pos_ in ("NOUN", "PROPN") or (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
        return False  # "the daily", "the party daily Granma": a newspaper
    if tok.pos_ != "ADJ":
        return True
    if tok.lower_ not in ATTRIBUTIVE_SET_WORDS or tok.head.pos_ == "PROPN" or tok.head.i == tok.i:
        return False
    return not (tok.i > 0 and tok.doc[tok.i - 1].lower_ in PER_UNIT_MEASURE_WORDS)


def _in_name(doc, start: int, end: int, rule: str) -> bool:
    """True when the span sits inside a proper name that is not a date ("Theresa May")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.ent_type_ in NAME_LABELS:
            ent = _entity_of(doc, tok)
            # a name that holds the date words and more ("Theresa May", "Friday Harbor"); a
            # determiner the tagger took in ("the Aug. 7" of "the Aug. 7 embassy bombings") is not more
            if ent is not None and (ent.start_char < start or ent.end_char > end) \
                    and any(not (t.is_stop or t.is_punct) for t in ent if t.idx < start or t.idx >= end):
                if rule == "year" and not any(not (t.is_stop or t.is_punct) for t in ent if t.idx < start):
                    continue  # "the 1975 Algiers Agreement": a year leading a name dates the named thing
                return True
    return False


def _entity_of(doc, tok):
    i = tok.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    for ent in doc.ents:
        if ent.start == i:
            return ent
    return None


def text_anchor(text: str, *, limit: int = HEADER_CHARS) -> date | None:
    """The first full calendar date (day, month and year) in the article's head, if any.

    Used as the reference date only when the article has no publication date: a
    pasted article usually starts with its date line ("July 9, 2024").
    """
    head = find_timexes(text[:limit], anchor=None)
    for f in head:
        if f.norm.granularity == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", f.norm.value):
            return date.fromisoformat(f.norm.value[:10])
    return _dateline_year(text, head)


def _dateline_year(text: str, head) -> date | None:
    """A wire dateline without its year ("NEMURO, Japan, Nov 5 (HSE) - Japan on Wednesday
    demanded ..."): the lead's weekday is the dateline's day, so the year is the first one, from
    the latest year the article names as past onwards, in which that day falls on that weekday
    (a story names years up to its own; the weekday recurs on a date every 5, 6 or 11 years)."""
    day = next((f for f in head if re.fullmatch(r"XXXX-\d{2}-\d{2}", f.norm.value)), None)
    if day is None or not _DATELINE_PLACE.search(text[:day.start]) or not _DATELINE_DASH.match(text, day.end):
        return None  # a day outside a dateline ("before Christmas", "on Dec. 25") is no story day
    para_end = text.find("\n", day.end)
    lead_end = para_end if para_end >= 0 else len(text)
    weekday = next((f for f in head if day.end <= f.start < lead_end
                    and re.fullmatch(r"XXXX-WXX-[1-7]", f.norm.value)), None)
    if weekday is None:
        return None
    years = [int(f.norm.value[:4]) for f in find_timexes(text, anchor=None)
             if re.fullmatch(r"\d{4}(?:-\d{2})?(?:-\d{2})?", f.norm.value)
             and not _FORWARD_YEAR_CUE.search(text[max(0, f.start - 12):f.start])]
    if not years:
        return None
    month, dom, wd = int(day.norm.value[5:7]), int(day.norm.value[8:10]), int(weekday.norm.value[-1]) - 1
    for year in range(max(years), max(years) + DATELINE_YEAR_SEARCH + 1):
        try:
            d = date(year, month, dom)
        except ValueError:
            continue  # February 29 outside a leap year
        if d.weekday() == wd:
            return d
    return None


def extract_timexes(doc, ctx: Context) -> list[Timex]:
    """TIMEX3 expressions of the article, normalised against ctx.published.

    Without a publication date, the first full date in the article's head stands in
    for it (its evidence notes so); without either, relative expressions get
    TIMEX3 values with unknown parts (XXXX-WXX-1).
    """
    text = ctx.article.text
    anchor = ctx.published
    notes: tuple[str, ...] = ()
    if anchor is None:
        anchor = text_anchor(text)
        if anchor is not None:
            notes = ("anchored on the first full date in the article's head",)
    found = find_timexes(
        text, anchor=anchor,
        tense_of=lambda s, e: _tense_at(doc, s, e),
        allow=lambda s, e, rule: _allowed(doc, s, e, rule),
    )
    anchor_iso = ctx.anchor_date or (anchor.isoformat() if anchor is not None else None)
    values = _possessive_days(text, found, anchor=anchor, tense_of=lambda s, e: _tense_at(doc, s, e))
    return [
        Timex(text=f.text, start=f.start, end=f.end, type=f.norm.type, value=values[i], mod=f.norm.mod,
              anchor=anchor_iso,
              evidence=Evidence(rule=f.norm.rule, text=f.text, start=f.start, end=f.end, anchor=anchor_iso,
                                notes=notes))
        for i, f in enumerate(found)
    ]


_BARE_WEEKDAY = re.compile(r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?P<rest>.*)")
_DAY_VALUE = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})(?P<rest>T.*)?")


def _possessive_days(text: str, found, *, anchor: date | None, tense_of) -> list[str]:
    """Each timex's value, with a possessive weekday ("Under Friday's agreement, the two sides
    will ...") given the day an earlier bare mention of that weekday resolved to: the possessive
    names a thing of a day the story has already told, whatever the tense of its own clause;
    but a past clause cannot tell of a thing of a day still ahead ("a march called for Friday
    ... charged over Friday's attack" is the Friday before)."""
    values = [f.norm.value for f in found]
    seen: dict[str, str] = {}
    for i, f in enumerate(found):
        wd, day = _BARE_WEEKDAY.fullmatch(f.text), _DAY_VALUE.fullmatch(f.norm.value)
        if f.norm.rule != "weekday" or wd is None or day is None:
            continue
        name = wd["wd"]
        if re.match(r"['\u2019]s\b", text[f.end:f.end + 3]) and name in seen and seen[name] != day["day"] \
                and not (anchor is not None and seen[name] > anchor.isoformat() and tense_of(f.start, f.end) == "PAST"):
            values[i] = seen[name] + (day["rest"] or "")
        else:
            seen.setdefault(name, day["day"])
    return values


# -- the interface quotes and events use to date a statement or an event -------------------
def _attached_to(tok, head_i: int) -> int | None:
    """Steps from `tok` up to doc[head_i] without passing another clause's verb; None if not reached."""
    t = tok
    for steps in range(1, MAX_HEAD_STEPS + 2):
        if t.head.i == t.i:
            return None
        crossing = t.dep_ in CLAUSE_DEPS
        parent = t.head
        if parent.i == head_i:
            return None if (crossing and t.pos_ in ("VERB", "AUX")) else steps
        if parent.pos_ in ("VERB", "AUX") and parent.dep_ != "aux":
            return None  # another verb governs it
        if crossing:
            return None
        t = parent
    return None


def timex_governing(doc, token_i: int, timexes: Sequence[Timex]) -> Timex | None:
    """The time expression that dates the event/statement whose head token is doc[token_i].

    A timex attached to it (prep "on Monday", npadvmod "said Tuesday", a possessive
    "Tuesday's briefing" inside its object or prepositional phrase, "earlier in the
    day") or within its clause; never one inside an embedded clause governed by
    another verb. For a noun head ("talks") the clause of its verb is also searched, and
    for a coordinated verb ("met ... last month and signed") the first verb's.
    Among several, the nearest in the tree wins, then the nearest in the text.
    """
    if not timexes or not 0 <= token_i < len(doc):
        return None
    head = doc[token_i]
    sent = head.sent
    heads = [token_i]
    if head.pos_ not in ("VERB", "AUX"):
        verb = _governing_verb(head)
        if verb is not None and verb.i != token_i:
            heads.append(verb.i)
    elif head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        heads.append(head.head.i)  # "met Putin last month and signed a treaty": the first verb's time
    best, best_key = None, None
    for tx in timexes:
        if tx.start < sent.start_char or tx.end > sent.end_char:
            continue
        root = _span_root(doc, tx.start, tx.end)
        if root is None:
            continue
        for rank, h in enumerate(heads):
            steps = _attached_to(root, h) if root.i != h else 0
            if steps is None:
                continue
            # "welcomed *Wednesday's* agreement on Thursday": a day naming the act's object (its
            # possessive) tells when that thing was, so any other time of the clause comes first
            names_object = root.dep_ == "poss" and root.head.dep_ == "dobj" and root.head.head.i == h
            key = (rank, names_object, steps, abs(root.i - token_i))
            if best_key is None or key < best_key:
                best, best_key = tx, key
            break
    return best


def timex_date(timex: Timex) -> str | None:
    """An ISO calendar value usable as a fact's date.

    '2024-07-08' (or '2024-06', '2024') from a DATE/TIME value, dropping any time
    of day; a week gives its month when the whole week lies in one month, else its
    year; quarters, halves and seasons give their year. None for durations, sets,
    PRESENT_REF/PAST_REF/FUTURE_REF and values with unknown parts.
    """
    if timex is None or timex.type not in ("DATE", "TIME"):
        return None
    v = timex.value or ""
    m = _CALENDAR.match(v)
    if m:
        y, mo, d = m.groups()
        return "-".join(p for p in (y, mo, d) if p)
    w = _WEEK.match(v)
    if w:
        y, wk = int(w.group(1)), int(w.group(2))
        try:
            monday = date.fromisocalendar(y, wk, 1)
        except ValueError:
            return None
        sunday = monday + timedelta(days=6)
        if monday.month == sunday.month:
            return f"{monday.year:04d}-{monday.month:02d}"
        return f"{monday.year:04d}" if monday.year == sunday.year else None
    q = _QUARTER_LIKE.match(v)
    if q:
        return q.group(1)
    return None
