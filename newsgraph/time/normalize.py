"""TIMEX3 normalisation: a matched time expression -> (type, value, mod).

`normalize_timex(text, anchor=...)` works on its own (no spaCy); `find_timexes`
scans a whole text with the grammar and resolves each match in reading order,
so "the following day" and "two days later" are anchored on the last day the
text mentioned, while deictic words ("yesterday", "last week") use the anchor
(the publication date, the TimeML document creation time).

Direction of bare weekdays, months, seasons and quarters comes from `tense`
("PAST", "PRESENT", "FUTURE", or None): "departed on Monday" is the Monday
before the anchor, "will meet on Monday" the one after.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from newsgraph.time.grammar import RULE_ORDER, RULES
from newsgraph.time.lexicon import (
    AMBIGUOUS_MONTHS, DEICTIC_WORDS, DURATION_MODS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS,
    LABEL_WORDS, NAMED_DAY_PREFIXES, ORDINAL_DAYS, SMALLER_UNIT, VAGUE_QUANTITIES, WEEKDAYS,
)

# The TIMEX3 value grammar (TimeML 1.2): what every value we emit must match.
TIMEX3_VALUE = re.compile(
    r"^(?:"
    r"(?:\d{1,4}|XXXX|\d{2}XX|\d{3}X?)"  # year, decade (199), century (19)
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?Z?|MO|AF|EV|NI|DT))?"
    r"|FY\d{4}"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|H))+|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XXXX-XX-XX|XXXX"
    r")$"
)

# A month+day with no year and no tense goes to the nearest occurrence: within
# half a year of the anchor either side.
NEAREST_WINDOW_DAYS = 183
# A bare month this many months or more away from the anchor's, with no tense to say,
# is taken across the new year ("October" written in February is last October).
FAR_MONTHS = 8
# A past-tense month+day may still lie this many days ahead ("payable Dec. 1",
# "declared" in late October): tense detection misses such clauses.
FUTURE_GRACE_DAYS = 60
# The same for a bare month: "mid-November" in a past-tense clause written in October.
PAST_GRACE_MONTHS = 2
# A day-level reference date stays the anchor of "the following day" for this
# many characters of text; beyond it a new paragraph's story has usually moved on.
REF_WINDOW_CHARS = 1500
# "a week ago", "two weeks ago" name a day (the same weekday back; TimeBank, AQUAINT and
# MEANTIME annotate day values 3 times, no week value); further back the week is meant.
DAY_LEVEL_WEEKS_AGO = 2
# A clock time takes its day from a date at most this far before it in the same sentence.
NEAR_REF_CHARS = 120



@dataclass(frozen=True, slots=True)
class Normalized:
    type: str
    value: str
    mod: str | None
    rule: str
    granularity: str = ""  # "day", "month", "year" ... for dates; "" otherwise


@dataclass(frozen=True, slots=True)
class Found:
    """A time expression found in a text: its extent and its normalisation."""

    start: int
    end: int
    text: str
    norm: Normalized


# -- date helpers -------------------------------------------------------------------------
def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _as_date(anchor: date | datetime | None) -> date | None:
    if anchor is None:
        return None
    return anchor.date() if isinstance(anchor, datetime) else anchor


def _number(word: str) -> float | None:
    w = re.sub(r"\s+", " ", word.lower().strip())
    if w in VAGUE_QUANTITIES:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in ("a dozen",):
        return 12
    if w in ("a couple of", "couple of"):
        return 2
    frac = re.fullmatch(r"(\d+) ([13])/([24])", w)  # "2 1/2", "3 3/4"
    if frac and int(frac[2]) < int(frac[3]):
        return int(frac[1]) + int(frac[2]) / int(frac[3])
    total, current = 0.0, 0.0
    for part in re.split(r"[- ]", w):
        if part not in NUMBER_WORDS:
            return None
        v = NUMBER_WORDS[part]
        if v in (100, 1000, 1_000_000):  # "a hundred" is 100, "two hundred fifty" 250
            current = max(current, 1) * v
            if v >= 1000:
                total, current = total + current, 0.0
        else:
            current += v
    return total + current


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration_value(num: float | None, unit: str) -> str:
    u = unit.lower().rstrip("s") if not unit.lower().startswith("centur") else "century"
    if u.startswith("centur"):
        u = "century"
    letter, is_time = UNITS.get(u, ("D", False))
    if letter == "W2":  # fortnight
        num, letter = (num * 2 if num is not None else None), "W"
    if letter in ("DE", "CE"):
        # "two decades" is P20Y in TimeBank and AQUAINT (TimeML's DE/CE units are rarely used);
        # "decades-long" PXY
        num, letter = (num * (10 if letter == "DE" else 100) if num is not None else None), "Y"
    if num is not None and not float(num).is_integer():
        key = "M_TIME" if (letter == "M" and is_time) else letter
        if key in SMALLER_UNIT:
            small, per, small_is_time = SMALLER_UNIT[key]
            whole, rest = int(num), (num - int(num)) * per
            if float(rest).is_integer():
                big = f"{whole}{letter}" if whole else ""
                if is_time:
                    return f"PT{big}{int(rest)}{small}"
                return f"P{big}T{int(rest)}{small}" if small_is_time else f"P{big}{int(rest)}{small}"
    n = "X" if num is None else _fmt_num(num)
    return f"PT{n}{letter}" if is_time else f"P{n}{letter}"


def _unit_key(unit: str) -> str:
    u = unit.lower()
    if u.startswith("centur"):
        return "century"
    return u[:-1] if u.endswith("s") else u


# -- direction ----------------------------------------------------------------------------
def _weekday_date(anchor: date, wd: int, *, tense: str | None, rel: str | None) -> date:
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + timedelta(days=fwd or 7)
    if rel == "this":
        return anchor + timedelta(days=fwd) if tense != "PAST" else anchor - timedelta(days=back)
    if tense == "FUTURE":
        # "will meet Monday": the coming day (a present tense, "meets Monday", is as often
        # past as future in TimeBank, so it goes back like the past)
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back)


def _month_year(anchor: date, month: int, *, tense: str | None, rel: str | None) -> int:
    y, m = anchor.year, anchor.month
    if rel in ("last", "past", "previous"):  # the most recent one before this month
        return y if month < m else y - 1
    if rel in ("next", "coming"):
        return y if month > m else y + 1
    if rel == "this":
        return y
    # News speaks of this year's months unless the tense says otherwise ("rose in March"
    # in October is this March; "will open in March", written in October, next March);
    # far across the new year the nearest one wins ("October", written in January).
    diff = month - m
    if tense == "PAST" and diff > PAST_GRACE_MONTHS:
        return y - 1
    if tense == "FUTURE" and diff < 0:
        return y + 1
    if diff >= FAR_MONTHS and tense != "FUTURE":
        return y - 1
    if diff <= -FAR_MONTHS and tense != "PAST":
        return y + 1
    return y


def _month_day_year(anchor: date, month: int, day: int, *, tense: str | None) -> int:
    y = anchor.year
    cands = []
    for yy in (y - 1, y, y + 1):
        try:
            cands.append(date(yy, month, day))
        except ValueError:
            continue
    if not cands:
        return y
    if tense == "FUTURE":
        fut = [c for c in cands if c >= anchor]
        return min(fut).year if fut else y
    if tense == "PAST":
        ok = [c for c in cands if (c - anchor).days <= FUTURE_GRACE_DAYS]
        return max(ok).year if ok else y
    best = min(cands, key=lambda c: abs((c - anchor).days))
    return best.year if abs((best - anchor).days) <= NEAREST_WINDOW_DAYS else y


_SEASON_ORDER = ["WI", "SP", "SU", "FA"]
_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}


def _season_year(anchor: date, season: str, *, tense: str | None, rel: str | None) -> int:
    cur = _SEASON_ORDER.index(_SEASON_OF_MONTH[anchor.month])
    s = _SEASON_ORDER.index(season)
    y = anchor.year
    if rel in ("last", "past", "previous"):
        return y if s < cur else y - 1
    if rel in ("next", "coming"):
        return y if s > cur else y + 1
    if rel == "this" or tense is None or tense == "PRESENT":
        return y
    if tense == "PAST":
        return y if s <= cur else y - 1
    return y if s >= cur else y + 1


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


# -- modifiers ----------------------------------------------------------------------------
def _date_mod(dmod: str | None) -> str | None:
    if not dmod:
        return None
    w = re.sub(r"\s+", " ", dmod.lower()).strip(" -")
    if w.startswith("early") or "beginning" in w or "start" in w or "early part" in w:
        return "START"
    if w.startswith("mid") or "middle" in w:
        return "MID"
    if w.startswith("late") and w != "later" or "end of" in w or "close of" in w or "latter" in w:
        return "END"
    return None


def _dur_mod(qmod: str | None) -> str | None:
    if not qmod:
        return None
    w = re.sub(r"\s+", " ", qmod.lower()).strip()
    return DURATION_MODS.get(w)


def _is_capitalized(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z'-]+)[\s,]*$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


# Words before a weekday that point ahead of the anchor whatever the verb's tense.
_DEADLINE_CUES = {"until", "till", "starting", "beginning", "through", "thru"}
# Words before a date that put it after the anchor whatever the verb: a change takes effect
# ahead ("a new office of the chairman, effective Feb. 1", written in October).
_FORWARD_CUES = {"effective"}
# Words before a date that put it before the anchor whatever the verb ("searching since the Oct. 23 slaying").
_PAST_CUES = {"since"}

# Modal verbs before "one day" that make it "someday" ("will one day be").
_MODALS = {"will", "would", "could", "might", "may", "can", "shall", "should", "must"}

_MONTH_CUES = {"in", "since", "until", "till", "by", "from", "to", "through", "during", "before", "after", "of",
               "between", "and", "or", "early", "late", "mid", "last", "next", "this", "every", "each", "until",
               "throughout", "on", "for", "around", "past", "end", "beginning", "start", "middle"}


# -- the handlers: (match, ctx) -> Normalized | None ---------------------------------------
@dataclass(frozen=True, slots=True)
class _Ctx:
    anchor: date | None
    anchor_time: datetime | None
    tense: str | None
    ref: date | None  # the last day-level date the text mentioned (for "the following day")
    text: str  # the whole text (cues before a match)
    start: int
    period: str | None = None  # the last quarter/half the text mentioned ("a year earlier" compares with it)
    last: tuple[date, str, str] | None = None  # the last calendar date mentioned, its granularity and rule
    near_ref: date | None = None  # a day mentioned just before, in the same sentence (a clock time's day)


def _n(type_: str, value: str, mod: str | None, rule: str, gran: str = "") -> Normalized:
    return Normalized(type=type_, value=value, mod=mod, rule=rule, granularity=gran)


def _h_iso(m, c: _Ctx, rule):
    y, mo, d = int(m["year"]), int(m["m"]), int(m["day"])
    if len(m["year"]) == 2:  # "7/8/07": the century nearest the anchor
        base = (c.anchor.year if c.anchor else 2000) // 100 * 100
        y = min((base - 100 + y, base + y, base + 100 + y), key=lambda yy: abs(yy - (c.anchor.year if c.anchor else 2000)))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    if m.groupdict().get("hh"):
        return _n("TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mi']}", None, rule, "time")
    return _n("DATE", f"{y:04d}-{mo:02d}-{d:02d}", None, rule, "day")


def _month_num(m) -> int | None:
    word = m["month"]
    if not _is_capitalized(word):
        return None
    return MONTHS.get(word.lower().rstrip("."))


def _h_month_day(m, c: _Ctx, rule):
    mo = _month_num(m)
    if mo is None:
        return None
    wd_word = m.groupdict().get("wd")
    if wd_word and not _is_capitalized(wd_word):
        return None
    day_word = m["day"].lower()
    if day_word[0].isdigit():
        day = int(day_word)
    else:  # "the twenty-first of June"
        parts = re.split(r"[- ]", day_word)
        day = ORDINAL_DAYS.get(parts[-1], 0) + (20 if parts[0] == "twenty" and len(parts) > 1 else 0) \
            + (30 if parts[0] == "thirty" and len(parts) > 1 else 0)
    if not 1 <= day <= 31:
        return None
    if m["year"]:
        y = int(m["year"])
    elif c.anchor and wd_word:
        # "Saturday, April 25": the year (near the anchor) in which that date is that weekday
        wd = WEEKDAYS[wd_word.lower()]
        fits = [yy for yy in (c.anchor.year, c.anchor.year - 1, c.anchor.year + 1) if _valid(yy, mo, day)
                and date(yy, mo, day).weekday() == wd]
        y = fits[0] if fits else _month_day_year(c.anchor, mo, day, tense=c.tense)
    elif c.anchor:
        prev = _prev_word(c.text, c.start)
        if prev == "the":
            prev = _prev_word(c.text, max(0, c.start - 4))
        tense = "PAST" if prev in _PAST_CUES else "FUTURE" if prev in _FORWARD_CUES else c.tense
        y = _month_day_year(c.anchor, mo, day, tense=tense)
    else:
        return _n("DATE", f"XXXX-{mo:02d}-{day:02d}", None, rule, "day")
    try:
        date(y, mo, day)
    except ValueError:
        return None
    mod = _date_mod(m.groupdict().get("dmod"))
    return _n("DATE", f"{y:04d}-{mo:02d}-{day:02d}", mod, rule, "day")


def _h_month_year(m, c: _Ctx, rule):
    mo = _month_num(m)
    if mo is None:
        return None
    return _n("DATE", f"{int(m['year']):04d}-{mo:02d}", _date_mod(m["dmod"]), rule, "month")


def _h_month_relyear(m, c: _Ctx, rule):
    mo = _month_num(m)
    if mo is None or c.anchor is None:
        return None
    yrel = re.sub(r"\s+", " ", m["yrel"].lower())
    if yrel in ("this", "last", "next"):
        y = c.anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
    else:
        base = c.last[0].year if c.last else c.anchor.year
        y = base + {"the previous": -1, "the following": 1}.get(yrel, 0)
    return _n("DATE", f"{y:04d}-{mo:02d}", _date_mod(m["dmod"]), rule, "month")


_SPELLED_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                  "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                  "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _spelled_year_value(spelled: str) -> int | None:
    """'nineteen ninety-four' -> 1994, 'two thousand and one' -> 2001."""
    words = [w for w in re.split(r"[- \s]+", spelled.lower()) if w and w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(_SPELLED_UNITS[w] for w in words[2:])
    if len(words) < 2:
        return None
    return 1900 + sum(_SPELLED_UNITS[w] for w in words[1:])


def _h_spelled_year(m, c: _Ctx, rule):
    y = _spelled_year_value(m["spelled"])
    if y is None:
        return None
    if not m[0].lower().startswith("the year") and y < 1910:
        return None  # "nineteen ten-year-olds"
    return _n("DATE", f"{y:04d}", None, rule, "year")


def _h_month_spelled_year(m, c: _Ctx, rule):
    """'January nineteen ninety-seven' (a transcript)."""
    mo, y = _month_num(m), _spelled_year_value(m["spelled"])
    if mo is None or y is None:
        return None
    return _n("DATE", f"{y:04d}-{mo:02d}", _date_mod(m["dmod"]), rule, "month")


def _h_season_spelled_year(m, c: _Ctx, rule):
    """'the winter of nineteen ninety-four'."""
    y = _spelled_year_value(m["spelled"])
    if y is None:
        return None
    return _n("DATE", f"{y:04d}-{SEASONS[m['season'].lower()]}", _date_mod(m["dmod"]), rule, "season")


def _h_the_year(m, c: _Ctx, rule):
    if m["ended"] or c.anchor is None:
        # "the year ended March 31": a twelve-month span (TimeBank: P1Y)
        return _n("DURATION", "P1Y", None, rule)
    # "for the year", "the full year": the year of the period reported ("the fourth quarter of
    # 2005 and ... the entire year"), else the current year
    y = int(c.period[:4]) if c.period else c.anchor.year
    return _n("DATE", f"{y:04d}", None, rule, "year")


def _h_year_end(m, c: _Ctx, rule):
    """'by year-end': this year's end (mod END); 'since year-end': last year's."""
    if c.anchor is None:
        return None
    if m["year"]:
        return _n("DATE", f"{int(m['year']):04d}", "END", rule, "year")  # "since year-end 2023"
    y = c.anchor.year - 1 if m["cue"].lower() in ("since", "after", "from") else c.anchor.year
    return _n("DATE", f"{y:04d}", "END", rule, "year")


# "the March accession", "the Mar. vote": an ambiguous month before a lower-case noun ("the March
# on Washington" is a name; "the May government" is Theresa May's, so "May" keeps needing a cue)
_NOUN_AFTER_MONTH = re.compile(r"\s+(?!(?:on|of|for|to|in|at|against|through|from|by|and|or|was|is|had|has|will|would)\b)[a-z]{3,}\b")


def _h_month(m, c: _Ctx, rule):
    word = m["month"]
    mo = _month_num(m)
    if mo is None:
        return None
    w = word.lower()
    if not w.endswith(".") and w not in MONTHS or (not w.endswith(".") and len(w) <= 4 and w not in ("may", "june", "july")):
        return None  # "Jan" / "Dec" alone: names, not months
    if w.rstrip(".") in AMBIGUOUS_MONTHS and not m["rel"] and not m["dmod"]:
        prev = _prev_word(c.text, c.start + (m.start("month") - m.start()))
        if prev not in _MONTH_CUES and not (prev == "the" and w.rstrip(".") != "may" and _NOUN_AFTER_MONTH.match(
                c.text, c.start + len(m[0]))):
            return None
    mod = _date_mod(m["dmod"])
    if not c.anchor:
        return _n("DATE", f"XXXX-{mo:02d}", mod, rule, "month")
    rel = (m["rel"] or "").lower() or None
    tense = c.tense
    prev = _prev_word(c.text, c.start + (m.start("month") - m.start()))
    if not rel and prev in _PAST_CUES:
        tense = "PAST"  # "since March"
    elif not rel and tense != "PAST" and (prev in _DEADLINE_CUES or (prev == "by" and tense is None)):
        tense = "FUTURE"  # "to pay down the loan by February", "until March"
    y = _month_year(c.anchor, mo, tense=tense, rel=rel)
    return _n("DATE", f"{y:04d}-{mo:02d}", mod, rule, "month")


# "Monday and Tuesday nights": a weekday sharing the plural part of the day after the next one.
_SHARED_PLURAL_POD = re.compile(r"\s+(?:and|or|&)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                                r"(?P<pod>mornings|afternoons|evenings|nights)\b")


def _h_weekday(m, c: _Ctx, rule):
    wd_word = m["wd"]
    if not _is_capitalized(wd_word):
        return None
    wd = WEEKDAYS[wd_word.lower()]
    before = re.search(r"([A-Za-z]+)[ \t]+$", c.text[max(0, c.start - 20):c.start])
    if not m["rel"] and before and before.group(1)[0].isupper() and before.group(1).lower() in NAMED_DAY_PREFIXES:
        return None  # "Black Friday", "Super Tuesday": names of special days
    pod = m["pod"]
    shared = _SHARED_PLURAL_POD.match(c.text, c.start + len(m[0]))
    if shared and not pod and not m["rel"]:
        # "on Monday and Tuesday nights": the plural part of the day is both days'
        return _n("SET", f"XXXX-WXX-{wd + 1}T{PARTS_OF_DAY[shared['pod'].lower().rstrip('s')]}", None, rule)
    if m["plural"] or m["podplural"]:  # "Mondays", "Tuesday nights": every such day
        tod = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
        return _n("SET", f"XXXX-WXX-{wd + 1}{tod}", None, rule)
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower()) or None
    mod = None
    if rel in ("early", "late"):
        mod, rel = ("START" if rel == "early" else "END"), None
    if not c.anchor:
        return _n("DATE", f"XXXX-WXX-{wd + 1}", mod, rule)
    if rel in ("the previous", "the preceding", "the following"):
        # anaphoric: the weekday before/after the day the story is in ("down 4.5% from the
        # previous Friday" in a story about Friday's trading is the Friday a week before)
        base = c.ref or c.anchor
        step = (base.weekday() - wd) % 7 or 7 if rel != "the following" else -((wd - base.weekday()) % 7 or 7)
        return _weekday_value(base - timedelta(days=step), pod, mod, rule)
    tense = c.tense
    prev = _prev_word(c.text, c.start)
    if rel is None and prev in _PAST_CUES:
        tense = "PAST"  # "since Monday"
    elif rel is None and prev in _FORWARD_CUES:
        tense = "FUTURE"  # "effective Monday"
    elif rel is None and tense != "PAST" and (prev in _DEADLINE_CUES or re.search(r"\bas\s+(?:soon|early)\s+as\s+$", c.text[max(0, c.start - 20):c.start])):
        tense = "FUTURE"  # "until 9 a.m. Tuesday", "starting Monday": a deadline or a start ahead
    elif rel is None and tense is None and (wd - c.anchor.weekday()) % 7 == 1:
        tense = "FUTURE"  # the day after the anchor, with no past verb: tomorrow
    return _weekday_value(_weekday_date(c.anchor, wd, tense=tense, rel=rel), pod, mod, rule)


def _weekday_value(d: date, pod: str | None, mod: str | None, rule: str) -> Normalized:
    if pod:  # "Wednesday night": the part of the day as in TimeML; typed DATE as TimeBank mostly does
        return _n("DATE", f"{d.isoformat()}T{PARTS_OF_DAY[pod.lower()]}", mod, rule, "day")
    return _n("DATE", d.isoformat(), mod, rule, "day")


def _deictic_date(word: str, anchor: date) -> date:
    return {"today": anchor, "tonight": anchor, "yesterday": anchor - timedelta(days=1),
            "tomorrow": anchor + timedelta(days=1), "overnight": anchor - timedelta(days=1)}.get(word, anchor)


def _h_deictic_pod(m, c: _Ctx, rule):
    deic = re.sub(r"\s+", " ", m["deic"].lower())
    pod = PARTS_OF_DAY[m["pod"].lower()]
    if not c.anchor:
        return None
    mod = None
    if deic.startswith("late "):
        deic, mod = deic[5:], "END"
    elif deic.startswith("early "):
        deic, mod = deic[6:], "START"
    if deic == "last":
        d = c.anchor - timedelta(days=1) if pod in ("NI", "EV") else c.anchor
    elif deic == "this":
        d = c.anchor
    else:
        d = _deictic_date(deic, c.anchor)
    return _n("TIME", f"{d.isoformat()}T{pod}", mod, rule, "day")


def _h_deictic_day(m, c: _Ctx, rule):
    word = m["deic"].lower()
    if not c.anchor:
        return None
    if m["deic"][0] == "T" and m["deic"][1:].islower() and not m["dmodw"] and re.search(r"(?<![\w.])[A-Z]{2,5}[ \t]+$", c.text[max(0, c.start - 8):c.start]):
        return None  # "USA Today", "VOA Today": a title after an acronym
    mod = {"late": "END", "early": "START"}.get((m["dmodw"] or "").lower())
    d = _deictic_date(word, c.anchor)
    if word == "tonight":
        return _n("TIME", f"{d.isoformat()}TNI", mod, rule, "day")
    if word == "overnight":
        return _n("TIME", f"{d.isoformat()}TNI", mod, rule)  # not a story day for "the following day"
    return _n("DATE", d.isoformat(), mod, rule, "day")


def _h_deictic_word(m, c: _Ctx, rule):
    if m["word"].lower() in ("now", "currently") and c.text[c.start + len(m[0]):c.start + len(m[0]) + 1] == "," and \
            re.search(r"(?:^|[.!?]\s*|[\"\u201c`']\s*|\n\s*)$", c.text[max(0, c.start - 4):c.start]):
        return None  # "Now, he says ...": a discourse marker, not a time
    return _n("DATE", DEICTIC_WORDS[re.sub(r"\s+", " ", m["word"].lower())], None, rule)


def _h_soon(m, c: _Ctx, rule):
    """'soon' is FUTURE_REF in a present or future clause ("will soon begin"); told of the past
    ("was soon released", "soon became a flood") it places nothing (TimeBank + AQUAINT: 4 of 7
    in non-past clauses marked, 0 of 2 in past ones)."""
    if c.tense == "PAST":
        return None
    return _n("DATE", "FUTURE_REF", None, rule)


def _h_past_future(m, c: _Ctx, rule):
    return _n("DATE", "PAST_REF" if m["pf"].lower().endswith("past") else "FUTURE_REF", None, rule)


def _clock_value(hh: int, mi: int, ampm: str | None) -> tuple[int, int] | None:
    if ampm:
        a = ampm.lower().replace(" ", "").replace(".", "")
        if not 1 <= hh <= 12:
            return None
        if a == "pm" and hh != 12:
            hh += 12
        if a == "am" and hh == 12:
            hh = 0
    if not (0 <= hh <= 23 and 0 <= mi <= 59):
        return None
    return hh, mi


_DAY_AFTER_PAREN = re.compile(r"\s*\([^()\n]{1,24}\),?\s+(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


# "7 a.m. the following morning", "noon the next day": a day phrase right after a clock time
_REL_DAY_AFTER = re.compile(r"\s+(?:the\s+|that\s+)?(?P<rel>next|following|previous|preceding|same)\s+"
                            r"(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)


def _h_clock(m, c: _Ctx, rule):
    if m["noon"] and m["noon"][0].isupper() and not re.search(r"(?:^|[.!?\n]\s*|[\"\u201c]\s*)$", c.text[max(0, c.start - 3):c.start]):
        return None  # "High Noon": a title
    if m["noon"] and re.search(r"\bhigh[ \t]+$", c.text[max(0, c.start - 6):c.start], re.IGNORECASE):
        return None  # "high noon comes today": the idiom, not twelve o'clock
    if m["noon"]:
        hm = (24, 0) if m["noon"].lower() == "midnight" else (12, 0)
    elif m["hh24"]:
        hm = _clock_value(int(m["hh24"]), int(m["mi24"]), None)
    else:
        hm = _clock_value(int(m["hh"]), int(m["mi"] or 0), m["ampm"])
    if hm is None:
        return None
    day = c.near_ref or c.anchor
    wd2 = (m["wd2"] or "").lower()
    if not wd2 and not m["month"]:
        # "10:35 a.m. (0735 GMT) Friday": the day after a parenthesised conversion
        after = _DAY_AFTER_PAREN.match(c.text, c.start + len(m[0]))
        if after:
            wd2, m_wd2 = after["wd"].lower(), after["wd"]
            if not _is_capitalized(m_wd2):
                wd2 = ""
    if m["month"]:
        mo = _month_num(m)
        if mo is None or c.anchor is None or not 1 <= int(m["day"]) <= 31:
            return None
        y = _month_day_year(c.anchor, mo, int(m["day"]), tense=c.tense)
        if not _valid(y, mo, int(m["day"])):
            return None
        day = date(y, mo, int(m["day"]))
    elif c.anchor and wd2 in WEEKDAYS:
        if m["wd2"] and not _is_capitalized(m["wd2"]):
            return None
        tense = "FUTURE" if _prev_word(c.text, c.start) in _DEADLINE_CUES else c.tense  # "until 9 a.m. Tuesday"
        day = _weekday_date(c.anchor, WEEKDAYS[wd2], tense=tense, rel=None)
    elif c.anchor and wd2:
        day = _deictic_date(wd2, c.anchor)
    else:
        rel_day = _REL_DAY_AFTER.match(c.text, c.start + len(m[0]))
        if rel_day and (c.ref or c.anchor):
            # "at 7 a.m. the following morning": the day of the phrase after it, counted from the
            # story's day; the phrase is its own expression, so the story's day does not move here
            k = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[rel_day["rel"].lower()]
            day = (c.ref or c.anchor) + timedelta(days=k)
            zone = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT") else ""
            return _n("TIME", f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}{zone}", None, rule)
    zone = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT") else ""  # TimeML marks UTC times with Z
    if day is None:
        return _n("TIME", f"XXXX-XX-XXT{hm[0]:02d}:{hm[1]:02d}{zone}", None, rule)
    return _n("TIME", f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}{zone}", None, rule, "day")


def _h_pod_day(m, c: _Ctx, rule):
    if c.anchor is None:
        return None
    d = _deictic_date(m["deic"].lower(), c.anchor)
    mod = _date_mod((m["podmod"] or "").strip())
    return _n("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[m['pod'].lower()]}", mod, rule, "day")


# The n-th week of a month is the calendar week holding its day 7n - WEEK_MIDPOINT_DAYS, the
# last week the one holding the day WEEK_MIDPOINT_DAYS before the month's end: the week with
# at least four of its days in the month ("the last week of March" 2009 is 2009-W13, as
# MEANTIME has it, not W14, which holds only March 30 and 31).
WEEK_MIDPOINT_DAYS = 3


def _h_week_of(m, c: _Ctx, rule):
    """ "the week of March 6" (the ISO week holding that day), "the last week of March"."""
    mo = _month_num(m)
    if mo is None:
        return None
    word = (m["word"] or "").lower()
    year = int(m["year"]) if m["year"] else None
    if m["day"]:
        if word:
            return None  # "the first week of March 6": no such phrase
        day = int(m["day"])
        if year is None:
            if c.anchor is None:
                return None
            year = _month_day_year(c.anchor, mo, day, tense=c.tense)
        if not _valid(year, mo, day):
            return None
        return _n("DATE", _iso_week(date(year, mo, day)), None, rule, "week")
    if not word:
        return None  # "the week of March": not a week
    if year is None:
        if c.anchor is None:
            return None
        year = _month_year(c.anchor, mo, tense=c.tense, rel=None)
    ny, nm = _add_months(year, mo, 1)
    last = (date(ny, nm, 1) - timedelta(days=1)).day
    day = last - WEEK_MIDPOINT_DAYS if word in ("last", "final") else 7 * ORDINALS[word] - WEEK_MIDPOINT_DAYS
    return _n("DATE", _iso_week(date(year, mo, day)), None, rule, "week")


def _h_pod_story(m, c: _Ctx, rule):
    """ "placed buy orders in the morning", "by mid afternoon": that part of the day the story is
    in (the last day it named, else the anchor)."""
    pod = m["pod"] or m["pod2"] or m["pod3"]
    if pod[0].isupper():
        return None  # "in the Morning Call": a title
    mod = _date_mod(m["podmod"] or m["podmod2"])
    base = c.ref or c.anchor
    if base is None or c.tense not in ("PAST", "FUTURE"):
        # "cannot negotiate in the morning and bomb in the afternoon", "opens in the morning":
        # no day is told (a modal, generic or habitual clause)
        return _n("TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[pod.lower()]}", mod, rule)
    return _n("TIME", f"{base.isoformat()}T{PARTS_OF_DAY[pod.lower()]}", mod, rule)


# A weekday inside a parenthesis right after a time ("at 4 in the morning (4 a.m. EDT Thursday)").
_WEEKDAY_IN_PAREN = re.compile(r"\s*\([^()\n]{0,30}?\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                               r"[^()\n]{0,12}\)")
# ... or right after it ("at nine in the evening on Monday").
_WEEKDAY_AFTER = re.compile(r",?\s+(?:on\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _h_clock_pod(m, c: _Ctx, rule):
    """ "4 in the morning" 04:00, "9 in the evening" 21:00; the day is a weekday in a parenthesis
    or right after it, else a day just named in the sentence, else unknown ("They came with bulldozers at
    six in the morning," in a quote: which day the speaker means is not told)."""
    hh = int(m["hh"]) if m["hh"][0].isdigit() else int(NUMBER_WORDS[m["hh"].lower()])
    mi, pod = int(m["mi"] or 0), m["pod"].lower()
    if pod[0] != m["pod"][0]:
        return None  # capitalised: a title
    ampm = "am" if pod == "morning" or (pod == "night" and (hh == 12 or hh < 6)) else "pm"
    hm = _clock_value(hh, mi, ampm)
    if hm is None:
        return None
    day = c.near_ref
    after = _WEEKDAY_IN_PAREN.match(c.text, c.start + len(m[0])) or _WEEKDAY_AFTER.match(c.text, c.start + len(m[0]))
    if after and c.anchor is not None:
        day = _weekday_date(c.anchor, WEEKDAYS[after["wd"].lower()], tense=c.tense, rel=None)
    if day is None:
        return _n("TIME", f"XXXX-XX-XXT{hm[0]:02d}:{hm[1]:02d}", None, rule)
    return _n("TIME", f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}", None, rule, "day")


def _rel_word(rel: str | None) -> str:
    return re.sub(r"^the\s+", "", (rel or "").lower())


def _h_rel_unit(m, c: _Ctx, rule):
    rel = _rel_word(m["rel"])
    if m["unit"][0].isupper():
        return None  # "This Week", "Next Year": titles
    unit = m["unit"].lower()
    mod = _date_mod(m["dmod"])
    a = c.anchor
    if a is None:
        return None
    if unit in ("year", "quarter") and c.period:
        if unit == "quarter" and rel in ("same", "that") and "-" in c.period:
            return _n("DATE", c.period, mod, rule, "quarter")  # "results for that quarter": the one reported
        if unit == "year" and rel == "last" and not mod and _COMPARISON_CUE.search(_clause_before(c.text, c.start)):
            # "earnings of $24 million, compared with a loss of $3 million last year": the
            # reported period, a year before
            value, gran = _period_back(c.period, 1)
            return _n("DATE", value, None, rule, gran)
    if rel in ("same", "that", "following"):
        base, k = (c.ref or a), (1 if rel == "following" else 0)
        if c.last and unit in ("month", "year") and (unit == "year" or c.last[1] != "year"):
            base = c.last[0]  # "that year", "the following month": the one the story is in
    else:
        base = a
        k = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "week":
        return _n("DATE", _iso_week(base + timedelta(weeks=k)), mod, rule, "week")
    if unit == "weekend":
        d = base + timedelta(weeks=k)
        if k == 0 and c.tense == "PAST" and d.weekday() < 5:
            d -= timedelta(weeks=1)
        return _n("DATE", _iso_week(d) + "-WE", mod, rule, "week")
    if unit == "month":
        y, mo = _add_months(base.year, base.month, k)
        return _n("DATE", f"{y:04d}-{mo:02d}", mod, rule, "month")
    if unit == "year":
        return _n("DATE", f"{base.year + k:04d}", mod, rule, "year")
    if unit == "quarter":
        q = _quarter_of(base) - 1 + k
        return _n("DATE", f"{base.year + q // 4:04d}-Q{q % 4 + 1}", mod, rule, "quarter")
    if unit in ("decade", "century") and rel == "past":
        # "the past decade": the ten years up to now (P10Y in TimeBank and MEANTIME)
        return _n("DURATION", "P10Y" if unit == "decade" else "P100Y", None, rule)
    if unit == "decade":
        return _n("DATE", f"{(base.year // 10 + k):03d}", mod, rule, "decade")
    if unit == "century":
        return _n("DATE", f"{(base.year // 100 + k):02d}", mod, rule, "century")
    if unit in SEASONS:
        s = SEASONS[unit]
        r = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next"}.get(rel, "this")
        y = _season_year(base, s, tense=c.tense, rel=r)
        return _n("DATE", f"{y:04d}-{s}", mod, rule, "season")
    return None


def _h_in_the_unit(m, c: _Ctx, rule):
    base = c.ref or c.anchor
    if base is None:
        return None
    unit = m["unit"].lower()
    if c.last and unit in ("month", "year") and "that" in m[0].lower() and (unit == "year" or c.last[1] != "year"):
        base = c.last[0]
    if unit == "morning":
        return _n("TIME", f"{base.isoformat()}TMO", None, rule, "day")
    s = _shift(base, unit, 0)
    return _n("DATE", s[0], None, rule, s[1]) if s else None


def _h_the_unit_mod(m, c: _Ctx, rule):
    dmod = m["dmod"].lower()
    if not dmod.startswith("the"):
        return None
    base = c.ref or c.anchor
    mod = _date_mod(dmod)
    if base is None:
        return None
    unit = m["unit"].lower()
    if unit == "day":
        return _n("DATE", base.isoformat(), mod, rule, "day")
    if unit == "week":
        return _n("DATE", _iso_week(base), mod, rule, "week")
    if unit == "decade":
        return _n("DATE", f"{base.year // 10:03d}", mod, rule, "decade")
    if unit == "century":
        return _n("DATE", f"{base.year // 100:02d}", mod, rule, "century")
    s = _shift(base, unit, 0)
    return _n("DATE", s[0], mod, rule, s[1]) if s else None


def _h_year_period(m, c: _Ctx, rule):
    """'the 1988 period': the period under discussion (the last quarter named), in that year."""
    y = int(m["year"])
    if c.period and "-" in c.period:
        return _n("DATE", f"{y:04d}-{c.period.split('-', 1)[1]}", None, rule, "quarter")
    return _n("DATE", f"{y:04d}", None, rule, "year")


def _h_period_year_ago(m, c: _Ctx, rule):
    """'the same month a year ago', 'the corresponding period last year': the period just
    discussed (or the latest quarter / this month), a year before."""
    if c.anchor is None:
        return None
    unit = m["unit"].lower()
    if unit in ("quarter", "period") and c.period and (unit == "period" or "-" in c.period):
        value, gran = _period_back(c.period, 1)
        return _n("DATE", value, None, rule, gran)
    if unit in ("month", "period") and c.last and c.last[1] == "month":
        return _n("DATE", f"{c.last[0].year - 1:04d}-{c.last[0].month:02d}", None, rule, "month")
    if unit == "quarter":
        cur = _quarter_of(c.anchor)
        y, q = (c.anchor.year, cur - 1) if cur > 1 else (c.anchor.year - 1, 4)
        return _n("DATE", f"{y - 1:04d}-Q{q}", None, rule, "quarter")
    if unit == "month":
        return _n("DATE", f"{c.anchor.year - 1:04d}-{c.anchor.month:02d}", None, rule, "month")
    return _n("DATE", f"{c.anchor.year - 1:04d}", None, rule, "year")


def _h_the_day(m, c: _Ctx, rule):
    """'ended the day up 2%': the day the story is in (the last day it named, else the anchor)."""
    base = c.ref or c.anchor
    if base is None:
        return None
    if rule == "that_day" and _month_of_story(c):
        return _n("DATE", _month_of_story(c), None, rule)  # "on that day", after a month
    return _n("DATE", base.isoformat(), None, rule, "day")


# A copula or "mark" right before "the third day of ...": the run's day is the one being told.
_RUN_COPULA = re.compile(r"\b(?:is|was|are|were|be|been|'s|marks?|marked|marking)\s+$", re.IGNORECASE)


def _h_ordinal_run(m, c: _Ctx, rule):
    """'for a third straight day', 'the fourth week in a row', 'today is the eighth day of the
    strike': the day (or week) the run has reached, the day the story is in."""
    base = c.ref or c.anchor
    if base is None:
        return None
    streak = m["streak"] or m["row"]
    after = c.text[c.start + len(m[0]):c.start + len(m[0]) + 6]
    told = (m[0].lower().startswith("the") and re.match(r"\s+of\b", after)
            and _RUN_COPULA.search(c.text[max(0, c.start - 12):c.start]))
    if not streak and not told:
        return None  # "the second day of talks" in a list of events: which day is not said
    if m["unit"].lower() == "week":
        return _n("DATE", _iso_week(base), None, rule, "week")
    return _n("DATE", base.isoformat(), None, rule, "day")


def _h_the_period(m, c: _Ctx, rule):
    """'the latest period': the quarter or half the report is about, else the latest quarter."""
    if c.period and "-" in c.period:
        return _n("DATE", c.period, None, rule, "quarter")
    if c.anchor is None:
        return None
    cur = _quarter_of(c.anchor)
    y, q = (c.anchor.year, cur - 1) if cur > 1 else (c.anchor.year - 1, 4)
    return _n("DATE", f"{y:04d}-Q{q}", None, rule, "quarter")


def _h_the_weekend(m, c: _Ctx, rule):
    a = c.anchor
    if a is None:
        return None
    if c.tense == "FUTURE":
        d = a if a.weekday() >= 5 else a + timedelta(days=5 - a.weekday())
    else:
        d = a if a.weekday() >= 5 else a - timedelta(days=a.weekday() + 1)
    return _n("DATE", _iso_week(d) + "-WE", None, rule, "week")


def _shift(base: date, unit: str, k: float) -> tuple[str, str] | None:
    """base shifted by k units, at the unit's granularity: (value, granularity)."""
    if not float(k).is_integer():
        return None
    k = int(k)
    u = _unit_key(unit)
    if u in ("day", "night"):
        return (base + timedelta(days=k)).isoformat(), "day"
    if u == "week":
        return _iso_week(base + timedelta(weeks=k)), "week"
    if u == "fortnight":
        return _iso_week(base + timedelta(weeks=2 * k)), "week"
    if u == "month":
        y, mo = _add_months(base.year, base.month, k)
        return f"{y:04d}-{mo:02d}", "month"
    if u == "quarter":
        q = _quarter_of(base) - 1 + k
        return f"{base.year + q // 4:04d}-Q{q % 4 + 1}", "quarter"
    if u == "year":
        return f"{base.year + k:04d}", "year"
    if u == "decade":
        return f"{base.year + 10 * k:04d}", "year"
    if u == "century":
        return f"{(base.year + 100 * k) // 100:02d}", "century"
    return None


def _h_unit_relative(m, c: _Ctx, rule):
    num = _number(m["num"])
    d = m["dir"].lower()
    unit = m["unit"]
    u = _unit_key(unit)
    if d in ("before", "after"):
        # "two days after the vote" is a duration in TimeML; "two days before" alone ends a clause
        return None
    sign = 1 if d in ("later", "from now", "hence") or d.startswith("from") else -1
    if c.anchor is None:
        return None
    if num is None:
        if d in ("later", "earlier", "previously"):
            # "A few days later, the company announced ...": counted from the story's time, not from
            # now, so neither FUTURE_REF nor PAST_REF; the measure ("A few days", PXD) is marked
            return None
        return _n("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, rule)
    # "two days later" counts from the last date the story mentioned; "a year earlier",
    # "three weeks ago" from the publication date (TimeBank's convention).
    if u == "year" and d in ("earlier", "ago", "before", "previously", "back") and c.period and float(num).is_integer():
        # "third-quarter profit ... up from $X a year earlier": the same quarter a year before
        # ("for the nine months ... a year earlier": the year before)
        value, gran = _period_back(c.period, int(num))
        return _n("DATE", value, None, rule, gran)
    base = c.ref if (d in ("later", "earlier", "before", "previously") and c.ref and u in ("day", "night", "week")) else c.anchor
    if d in ("later", "earlier", "previously") and c.last and c.last[2] in ABSOLUTE_RULES and u in ("year", "month", "decade") \
            and (u != "month" or c.last[1] != "year"):
        base = c.last[0]  # "In 2019 he moved. A year earlier ...": counted from the year the story is in
    if u in ("hour", "minute", "second"):
        return _n("DATE", base.isoformat(), None, rule, "day") if num <= 12 else None
    if u == "week" and d == "ago" and num <= DAY_LEVEL_WEEKS_AGO and float(num).is_integer():
        # "a week ago", "two weeks ago": that day of the week, 7 or 14 days back
        return _n("DATE", (base - timedelta(weeks=int(num))).isoformat(), None, rule, "day")
    s = _shift(base, unit, sign * num)
    if s is None:
        return None
    return _n("DATE", s[0], None, rule, s[1])


def _h_the_unit_after(m, c: _Ctx, rule):
    base = c.ref or c.anchor
    if base is None:
        return None
    sign = 1 if m["dir"].lower() == "after" else -1
    unit = m["unit"].lower()
    if c.last and unit in ("month", "year") and (unit == "year" or c.last[1] != "year"):
        base = c.last[0]  # "costs fell last year, $19.8 billion less than the year previous": 2008
    s = _shift(base, unit, sign)
    return _n("DATE", s[0], None, rule, s[1]) if s else None


def _month_of_story(c: _Ctx) -> str | None:
    """ "YYYY-MM-XX" when the last date the text named is a month ("most recently last October,
    when ... His name was crossed out that same day"): the same day is a day of that month."""
    if c.last is not None and c.last[1] == "month":
        return f"{c.last[0].year:04d}-{c.last[0].month:02d}-XX"
    return None


def _h_next_day(m, c: _Ctx, rule):
    base = c.ref or c.anchor
    if base is None:
        return None
    rel = m["rel"].lower()
    if rel == "same" and m["unit"].lower() == "day" and _month_of_story(c):
        return _n("DATE", _month_of_story(c), None, rule)
    k = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[rel]
    d = base + timedelta(days=k)
    unit = m["unit"].lower()
    if unit == "day":
        return _n("DATE", d.isoformat(), None, rule, "day")
    return _n("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[unit]}", None, rule, "day")


def _h_duration(m, c: _Ctx, rule):
    num_word = m["num"]
    unit = m["unit"]
    if m["old"]:
        return None  # "a 10-year-old boy": an age
    nw = re.sub(r"\s+", " ", num_word.lower())
    num = _number(nw)
    if num is None and nw not in VAGUE_QUANTITIES:
        return None
    if num is not None and re.fullmatch(r"\d+(?:\.\d+)?", nw) and num > 1000:
        return None
    if (m["half"] or re.search(r"\band\s+a\s+half\s", m[0])) and num is not None:
        num += 0.5  # "a minute and a half", "two and a half years"
    u = _unit_key(unit)
    if u == "quarter" and num is not None and num == 1 and not m["drel"]:
        return None  # "a quarter" of something
    if u == "quarter" and re.search(r"\b(?:one|two|three)[-\s]quarters?$", m[0], re.I) and not m["drel"] \
            and not m[0].lower().startswith("the") and re.match(r"\s+of\s+(?!(?:the\s+)?(?:fiscal\s+|calendar\s+)?(?:year|19\d\d|20\d\d)\b)\S",
                         c.text[c.start + len(m[0]):c.start + len(m[0]) + 40]):
        return None  # "three-quarters of its food": a fraction ("two consecutive quarters of" stays)
    if re.match(r"\s+of\s+(?:(?:base|annual|regular|full|their|his|her|its)\s+)?(?:pay|salary|salaries|wages|severance|rent)\b",
                c.text[c.start + len(m[0]):c.start + len(m[0]) + 40], re.IGNORECASE):
        return None  # "a bonus equal to six months of base pay": an amount of money, not a time
    if nw == "one" and u == "day" and not m["qmod"] and not m["drel"] and _prev_word(c.text, c.start) in _MODALS:
        return _n("DATE", "FUTURE_REF", None, rule)  # "Islam will one day be ...": someday, not a day long
    if u == "second" and nw in ("a", "an"):
        return None  # "a second group": the ordinal
    if unit[0].isupper() and nw[0].isdigit():
        return None  # "60 Minutes": a title
    # "$5 a year": a rate, SET P1Y
    if nw in ("a", "an") and re.search(r"(?:\d|illion|percent|%|\bseats|\bflights)\s*$", c.text[max(0, c.start - 25):c.start]):
        return None  # "$5 a year", "four flights a week": a rate, which TimeBank leaves unmarked
    if nw in ("a", "an") and re.search(r"\b(?:minutes|hours|days|weeks|months)\s*$", c.text[max(0, c.start - 12):c.start]):
        return None  # "24 hours a day", "seven days a week": how often, not how long
    if re.match(r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b", c.text[c.start + len(m[0]):c.start + len(m[0]) + 16]) \
            and u in ("minute", "hour", "day", "week", "month"):
        return None  # "24 hours a day", "12 hours per day": a rate (TBAQ leaves it unmarked)
    if nw in ("a", "an", "one") and not m["qmod"] and not m["drel"] and u in ("day", "week", "month", "year") \
            and re.match(r"\s+(?:ago|earlier|later)", c.text[c.start + len(m[0]):c.start + len(m[0]) + 10]):
        return None
    return _n("DURATION", _duration_value(num, unit), _dur_mod(m["qmod"]), rule)


def _h_long_compound(m, c: _Ctx, rule):
    """'decades-long' PXY, 'day-long' P1D, 'two-week-long' P2W."""
    unit = m["unit"]
    if m["num"]:
        num = _number(m["num"])
        if num is None:
            return None
    else:
        num = None if unit.lower().endswith("s") else 1
    return _n("DURATION", _duration_value(num, unit), None, rule)


def _h_vague_plural(m, c: _Ctx, rule):
    unit = m["unit"] or ("unit2" in m.re.groupindex and m["unit2"])  # "the weeks ahead"
    return _n("DURATION", _duration_value(None, unit), None, rule)


def _h_quarter(m, c: _Ctx, rule):
    qh = m["qh"].lower()
    a = c.anchor
    year = m["qyear"] or m["qyear2"]
    yrel = (m["qyrel"] or m["qyrel2"] or "").lower()
    if yrel == "the":  # "the second half of the year": the year the story is in
        year = str(c.last[0].year) if c.last and c.last[2] in ABSOLUTE_RULES else (str(c.anchor.year) if c.anchor else None)
        yrel = ""
    qrel = (m["qrel"] or "").lower()
    if not m["qord"] and not qrel and not year and not yrel and not m[0].lower().startswith("the"):
        return None  # bare "quarter"
    if qh == "half":
        word = (m["qord"] or ("last" if qrel == "last" else "")).lower()
        word = "last" if word == "final" else word
        if word not in ("first", "second", "last", "1st", "2nd"):
            return None
        n = 1 if word in ("first", "1st") else 2
        if year:
            return _n("DATE", f"{int(year):04d}-H{n}", None, rule, "half")
        if a is None:
            return _n("DATE", f"XXXX-H{n}", None, rule, "half")
        y = a.year + {"last": -1, "next": 1}.get(yrel, 0)
        if not yrel and c.tense != "FUTURE" and n == 2 and a.month <= 6:
            y -= 1
        return _n("DATE", f"{y:04d}-H{n}", None, rule, "half")
    n = ORDINALS.get((m["qord"] or "").lower())
    if year and (m["qord"] or "").lower() in ("last", "final"):
        n = 4  # "the final quarter of 2009"
    if year:
        y = int(year)
        if n is None:
            return None
        return _n("DATE", f"{y:04d}-Q{n}", None, rule, "quarter")
    if a is None:
        return _n("DATE", f"XXXX-Q{n}" if n else "XXXX-QX", None, rule, "quarter")
    cur = _quarter_of(a)
    latest_y, latest_q = (a.year, cur - 1) if cur > 1 else (a.year - 1, 4)
    if n is None and yrel in ("last", "next", "this"):
        # "last year's quarter": the quarter being reported, in that year
        return _n("DATE", f"{latest_y + {'last': -1, 'next': 1}.get(yrel, 0):04d}-Q{latest_q}", None, rule, "quarter")
    ended = _QUARTER_ENDED.match(c.text, c.start + len(m[0])) if n is None and not qrel and qh == "quarter" else None
    if ended and _is_capitalized(ended["month"]) and MONTHS.get(ended["month"].lower().rstrip(".")):
        # "the quarter ended July 31": the calendar quarter most of it lies in (May-July: Q2)
        mo, day = MONTHS[ended["month"].lower().rstrip(".")], int(ended["day"])
        y_end = int(ended["year"]) if ended["year"] else _month_day_year(a, mo, day, tense="PAST")
        if 1 <= day <= 31 and _valid(y_end, mo, day):
            mid = date(y_end, mo, day) - timedelta(days=QUARTER_MIDPOINT_DAYS)
            return _n("DATE", f"{mid.year:04d}-Q{_quarter_of(mid)}", None, rule, "quarter")
    if n is None:
        if qrel in ("next", "coming"):
            y, q = (a.year, cur + 1) if cur < 4 else (a.year + 1, 1)
        elif qrel == "current":
            y, q = a.year, cur
        elif qrel in ("year-ago", "year-earlier", "year-before", "comparable"):
            y, q = latest_y - 1, latest_q
        else:
            y, q = latest_y, latest_q
        return _n("DATE", f"{y:04d}-Q{q}", None, rule, "quarter")
    if yrel:
        y = a.year + {"last": -1, "next": 1}.get(yrel, 0)
    elif qrel in ("year-ago", "year-earlier", "year-before", "comparable"):
        y = (a.year if n <= cur - 1 or (n < cur) else a.year - 1) - 1
    elif c.tense == "FUTURE":
        y = a.year  # "will report third-quarter results": this year's, over or not
    elif n > cur and c.tense != "PAST" and n - cur < cur + 4 - n:
        y = a.year  # a quarter not begun yet that is nearer ahead than behind: "the fourth quarter" in August
    else:
        y = a.year if n <= cur else a.year - 1
    return _n("DATE", f"{y:04d}-Q{n}", None, rule, "quarter")


# "the quarter ended Sept. 30": the end date after a quarter with no ordinal.
_QUARTER_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?P<month>[A-Z][a-z]+\.?)\s+(?P<day>[0-3]?\d)\b"
                            r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")
# Days from a quarter's end back to its middle: a fiscal quarter is named after the calendar
# quarter that holds its middle ("the quarter ended July 31", May to July, is Q2).
QUARTER_MIDPOINT_DAYS = 45


def _h_q_code(m, c: _Ctx, rule):
    if m["qcode"] not in ("Q", "H") or (m["qcode"] == "H" and m["qn"] not in "12"):
        return None
    kind = m["qcode"]
    if m["qyear"]:
        return _n("DATE", f"{int(m['qyear']):04d}-{kind}{m['qn']}", None, rule, "quarter")
    if c.anchor is None:
        return _n("DATE", f"XXXX-{kind}{m['qn']}", None, rule, "quarter")
    n = int(m["qn"])
    cur = _quarter_of(c.anchor) if kind == "Q" else (1 if c.anchor.month <= 6 else 2)
    y = c.anchor.year if n <= cur or c.tense == "FUTURE" else c.anchor.year - 1  # Q4 written in January: last year's
    return _n("DATE", f"{y:04d}-{kind}{m['qn']}", None, rule, "quarter")


def _h_fiscal_year(m, c: _Ctx, rule):
    y = m["year"]
    if y.startswith("'"):
        yy = int(y[1:])
        y = str(1900 + yy if yy > 50 else 2000 + yy)
    return _n("DATE", f"{int(y):04d}", None, rule, "year")


def _h_apostrophe_year(m, c: _Ctx, rule):
    """ "in '82": the year with those last two digits nearest the anchor (1982 in 2008, 2009 in 2008)."""
    yy = int(m["yy"])
    ref = c.anchor.year if c.anchor is not None else 2000
    y = min((cent + yy for cent in (ref // 100 * 100 - 100, ref // 100 * 100, ref // 100 * 100 + 100)),
            key=lambda v: (abs(v - ref), -v))
    return _n("DATE", f"{y:04d}", None, rule, "year")


def _h_year_ago(m, c: _Ctx, rule):
    if c.anchor is None:
        return None
    if c.period:
        value, gran = _period_back(c.period, 1)
        return _n("DATE", value, None, rule, gran)
    return _n("DATE", f"{c.anchor.year - 1:04d}", None, rule, "year")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _h_decade(m, c: _Ctx, rule):
    dec = m["dec"].lower()
    if _prev_word(c.text, c.start) in ("his", "her", "their", "my", "our", "your", "its"):
        return None  # "in her late 70s": an age
    mod = _date_mod(m["dmod"])
    if dec[0].isdigit() and len(dec) == 5:
        return _n("DATE", dec[:3], mod, rule, "decade")
    if dec.startswith("'") or len(dec) == 3:
        d = int(dec[-3])
        century = 19 if d >= 3 or c.anchor is None or c.anchor.year < 2000 else 20
        if c.anchor is not None and c.anchor.year >= 2030:
            century = 20
        return _n("DATE", f"{century}{d}", mod, rule, "decade")
    word = dec.split("-")[-1].split(" ")[-1]
    return _n("DATE", f"19{_DECADE_WORDS[word]}", mod, rule, "decade")


def _h_century(m, c: _Ctx, rule):
    n = int(m["cent"])
    if not 1 <= n <= 22:
        return None
    return _n("DATE", f"{n - 1:02d}", _date_mod(m["dmod"]), rule, "century")


_SEASON_CUES = {"in", "during", "by", "until", "since", "through", "this", "last", "next", "the", "early", "late", "into",
                "over",
                "throughout", "before", "after", "mid", "of", "from", "till", "until", "past", "coming"}


def _h_season(m, c: _Ctx, rule):
    season = m["season"].lower()
    s = SEASONS[season]
    rel = (m["rel"] or "").lower() or None
    mod = _date_mod(m["dmod"])
    if m["year"]:
        return _n("DATE", f"{int(m['year']):04d}-{s}", mod, rule, "season")
    prev = _prev_word(c.text, c.start)
    if not rel and not m["dmod"]:
        if prev != "the" or _prev_word(c.text, c.start - 4) not in _SEASON_CUES:
            return None
        if season in ("fall", "spring") and re.match(r"\s+of\b", c.text[c.start + len(m[0]):c.start + len(m[0]) + 5]):
            return None
    if c.anchor is None:
        return _n("DATE", f"XXXX-{s}", mod, rule, "season")
    r = {"past": "last", "coming": "next"}.get(rel or "", rel)
    return _n("DATE", f"{_season_year(c.anchor, s, tense=c.tense, rel=r):04d}-{s}", mod, rule, "season")


def _h_year(m, c: _Ctx, rule):
    y = int(m["year"])
    after = c.text[c.start + len(m[0]):c.start + len(m[0]) + 12]
    # numbers that are not years: "1990 people", "2000 troops" (a count), "1,990", "1990.5"
    if re.match(r"\s+(?:people|persons|troops|soldiers|votes|members|workers|employees|cars|units|shares|tons|"
                r"barrels|pounds|dollars|meters|metres|feet|miles|km|kilometers|kilometres|acres|hectares|rounds|"
                r"points|times)\b", after, re.IGNORECASE):
        return None
    if c.anchor is not None and y > c.anchor.year + 60:
        return None
    label = re.search(r"([A-Za-z]+)\.?[ \t]+(?:the[ \t]+year[ \t]+)?$", c.text[max(0, c.start - 20):c.start])
    dmod = m["dmod"] if "dmod" in m.re.groupindex else None
    if label and label.group(1)[0].isupper() and label.group(1).lower() in LABEL_WORDS and not dmod:
        return None  # "Article 2024", "Flight 1549": a label
    mod = _date_mod(dmod)
    return _n("DATE", f"{y:04d}", mod, rule, "year")


def _h_prefixed_year(m, c: _Ctx, rule):
    """'post-1959' the year with mod AFTER, 'pre-2008' with mod BEFORE."""
    norm = _h_year(m, c, rule)
    if norm is None:
        return None
    return _n("DATE", norm.value, "AFTER" if m["pp"].lower() == "post" else "BEFORE", rule, "year")


def _h_set_every(m, c: _Ctx, rule):
    every = m["every"].lower()
    if m["month"]:
        mo = _month_num(m)
        if mo is None or every == "per":
            return None
        return _n("SET", f"XXXX-{mo:02d}", None, rule)  # "each July"
    if m["wd"]:
        if not _is_capitalized(m["wd"]):
            return None
        return _n("SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", None, rule)
    if m["pod"]:
        return _n("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[m['pod'].lower()]}", None, rule)
    if m[0].lower().endswith("weekend"):
        return _n("SET", "XXXX-WXX-WE", None, rule)
    num = _number(m["num"]) if m["num"] else 1
    if every == "per" and (m["num"] or re.search(r"[A-Za-z0-9%]\s*$", c.text[max(0, c.start - 3):c.start])):
        return None  # "instructions per second", "$5 per day": a unit of a rate, not a recurrence
    if "other" in m[0].lower():
        num = 2
    return _n("SET", _duration_value(num, m["unit"]), None, rule)


_ADVERB_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}


def _h_set_adverb(m, c: _Ctx, rule):
    adv = re.sub(r"\s+", " ", m["adv"].lower())
    if re.search(r"(?:%|\bpercent|\bper\s+cent)\s*$", c.text[max(0, c.start - 20):c.start]):
        return None  # "rise 8.5% annually": a growth rate, which TimeBank leaves unmarked (as "$5 a year")
    if adv in _ADVERB_SET:
        return _n("SET", _ADVERB_SET[adv], None, rule)
    unit = adv.split()[-1]
    return _n("SET", _duration_value(1, unit), None, rule)


def _easter(y: int) -> date:
    """Easter Sunday of year y (Gregorian calendar; the anonymous computus)."""
    a, b, c_ = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c_ // 4, c_ % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m_ = (a + 11 * h + 7 * l_) // 451
    month = (h + l_ - 7 * m_ + 114) // 31
    return date(y, month, (h + l_ - 7 * m_ + 114) % 31 + 1)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    """The n-th weekday `wd` (0 = Monday) of a month; n = -1 the last one."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    ny, nm = _add_months(y, month, 1)
    last = date(ny, nm, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


_FIXED_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1),
                   "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
                   "halloween": (10, 31)}


def _holiday_date(hol: str, y: int) -> date:
    if hol in _FIXED_HOLIDAYS:
        return date(y, *_FIXED_HOLIDAYS[hol])
    if hol.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 3, 4)  # the fourth Thursday of November
    if hol == "election day":
        return _nth_weekday(y, 11, 0, 1) + timedelta(days=1)  # the Tuesday after the first Monday in November
    if hol == "memorial day":
        return _nth_weekday(y, 5, 0, -1)  # the last Monday of May
    easter = _easter(y)
    return easter + timedelta(days={"good friday": -2, "easter monday": 1}.get(hol, 0))


def _h_holiday(m, c: _Ctx, rule):
    """Named days: fixed ones (Christmas), and movable ones (Thanksgiving, Easter and the days and
    week around it, the US Election Day, Memorial Day), in the year the tense or "last"/"next" and
    the anchor point to; "Easter week"/"Holy Week" is the ISO week ending on Easter Sunday."""
    hol = re.sub(r"\s+", " ", m["hol"]).lower()
    if not _is_capitalized(m["hol"]) or (" " in m["hol"] and not m["hol"].split()[-1][0].isupper()
                                         and hol != "easter week"):
        return None  # "election day", "Election day": any country's vote, not the US Election Day
    if hol in ("memorial day", "election day") and re.search(r"(?-i:[A-Z])[\w'-]*[ \t]+$", c.text[max(0, c.start - 30):c.start]) \
            and not re.search(r"(?:^|[.!?\n][\"'\u201d]?)\s*[\w'-]+[ \t]+$", c.text[max(0, c.start - 30):c.start]):
        return None  # "Holocaust Memorial Day", "Kenya's Election Day": another country's day
    if m["hrel"] and m["hrel"][0].isupper() and not re.search(r"(?:^|[.!?\n][\"'\u201d]?\s*|[\"\u201c]\s*)$",
                                                               c.text[max(0, c.start - 4):c.start]):
        return None  # "Wham's Last Christmas": a title
    week = hol in ("easter week", "holy week")
    a = c.anchor
    if a is None:
        if hol in _FIXED_HOLIDAYS:
            mo, day = _FIXED_HOLIDAYS[hol]
            return _n("DATE", f"XXXX-{mo:02d}-{day:02d}", None, rule, "day")
        return None
    cands = [_holiday_date(hol, y) for y in (a.year - 1, a.year, a.year + 1)]
    rel = (m["hrel"] or "").lower()
    if rel == "last":
        d = max(x for x in cands if x < a)
    elif rel == "next":
        d = min(x for x in cands if x > a)
    elif rel == "this":
        d = cands[1]
    elif c.tense == "FUTURE":
        d = min(x for x in cands if x >= a)
    elif c.tense == "PAST":
        d = max(x for x in cands if (x - a).days <= FUTURE_GRACE_DAYS)
    else:
        d = min(cands, key=lambda x: abs((x - a).days))
        if abs((d - a).days) > NEAREST_WINDOW_DAYS:
            d = cands[1]
    if week:
        return _n("DATE", _iso_week(d), None, rule, "week")
    return _n("DATE", d.isoformat(), None, rule, "day")


HANDLERS: dict[str, Callable] = {
    "iso_date": _h_iso, "numeric_date": lambda m, c, r: _h_iso(m, c, r) if m["m"] else None,
    "month_day": _h_month_day, "month_day_and": _h_month_day, "day_month": _h_month_day, "ordinal_day_month": _h_month_day, "month_year": _h_month_year, "month": _h_month,
    "week_of": _h_week_of, "pod_story": _h_pod_story, "clock_pod": _h_clock_pod,
    "weekday": _h_weekday, "deictic_pod": _h_deictic_pod, "deictic_day": _h_deictic_day,
    "deictic_word": _h_deictic_word, "past_future": _h_past_future, "clock": _h_clock, "pod_day": _h_pod_day,
    "rel_unit": _h_rel_unit, "the_weekend": _h_the_weekend, "ordinal_run": _h_ordinal_run, "the_day": _h_the_day, "that_day": _h_the_day, "the_period": _h_the_period, "year_end": _h_year_end,
    "in_the_unit": _h_in_the_unit, "the_unit_mod": _h_the_unit_mod, "period_year_ago": _h_period_year_ago,
    "year_period": _h_year_period, "unit_relative": _h_unit_relative,
    "the_unit_after": _h_the_unit_after, "next_day": _h_next_day, "duration": _h_duration,
    # "recent years" / "the coming weeks": an unspecified number of the unit (PXY, PXW), as
    # TimeBank and AQUAINT annotate them 10 times out of 15 (the rest: PAST_REF/FUTURE_REF)
    "vague_plural": _h_vague_plural, "bare_plural": _h_vague_plural, "soon": _h_soon, "long_compound": _h_long_compound, "recent_plural": _h_vague_plural, "followed_plural": _h_vague_plural, "coming_plural": _h_vague_plural,
    "future_phrase": lambda m, c, r: _n("DATE", "FUTURE_REF", None, r),
    "later_date": lambda m, c, r: _n("DATE", "FUTURE_REF", None, r), "quarter": _h_quarter, "q_code": _h_q_code,
    "two_quarters": lambda m, c, r: _n("DATE", f"{int(m['year']):04d}-H{1 if m['half'].lower() == 'first' else 2}", None, r,
                                       "half"),
    "fiscal_year": _h_fiscal_year, "year_ago": _h_year_ago, "decade": _h_decade, "century": _h_century,
    "season": _h_season, "year": _h_year, "prefixed_year": _h_prefixed_year, "apostrophe_year": _h_apostrophe_year, "set_every": _h_set_every, "set_adverb": _h_set_adverb,
    "holiday": _h_holiday, "month_relyear": _h_month_relyear, "spelled_year": _h_spelled_year, "month_spelled_year": _h_month_spelled_year,
    "season_spelled_year": _h_season_spelled_year,
    "the_year": _h_the_year,
}


def _extent(m) -> tuple[int, int]:
    if "x" in m.re.groupindex and m.group("x") is not None:
        return m.start("x"), m.end("x")
    s, e = m.start(), m.end()
    # trailing spaces/hyphens a pattern may have eaten
    while e > s and m.string[e - 1] in " \t\n-,":
        e -= 1
    return s, e


def find_candidates(text: str) -> list[tuple[int, int, str, re.Match]]:
    """Every grammar match in `text`, overlaps resolved: the longest wins, then rule order."""
    cands = []
    for name, pat in RULES:
        for m in pat.finditer(text):
            s, e = _extent(m)
            if e > s:
                cands.append((s, e, name, m))
    cands = [c for c in cands if "\n\n" not in text[c[0]:c[1]]]  # never across paragraphs
    cands.sort(key=lambda c: (-(c[1] - c[0]), RULE_ORDER[c[2]], c[0]))
    return cands


# A period named relative to another one ("the year-ago quarter", "the same period last
# year"): it is the comparison, not the period the report is about.
_COMPARISON_PERIOD = re.compile(r"year-(?:ago|earlier|before)|\b(?:ago|earlier|before)\b|\b(?:last|previous|prior)\s+year\b"
                                r"|\bcomparable\b|\bcorresponding\b", re.IGNORECASE)
# A year-to-date reporting period ("for the nine months", "in the first six months"):
# compared "a year earlier" it gives the year before (TimeBank annotates 1988, not a quarter).
_YEAR_TO_DATE = re.compile(r"the\s+(?:first\s+|latest\s+|past\s+|last\s+)?(?:nine|six|9|6)\s+months", re.IGNORECASE)


# Words before a quarter or half that look ahead to it ("continue into the fourth quarter",
# "through the first half"): such a period is not the one a report is about.
_FORWARD_PERIOD_CUE = re.compile(r"\b(?:into|through|until|till)\s+$", re.IGNORECASE)


# Words that compare a figure with an earlier one ("up from $3 million last year").
_COMPARISON_CUE = re.compile(r"\b(?:compared\s+(?:with|to)|from|versus|vs\.|than|against)\b", re.IGNORECASE)
# How far back in its sentence a comparison word may stand before "last year".
COMPARISON_WINDOW_CHARS = 80


def _clause_before(text: str, pos: int) -> str:
    """The text of the sentence before `pos`, at most COMPARISON_WINDOW_CHARS long."""
    before = text[max(0, pos - COMPARISON_WINDOW_CHARS):pos]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("; "))
    return before[cut + 1:] if cut >= 0 else before


def _period_of(start: int, found: list[Found], anchor: date | None = None, text: str = "") -> str | None:
    """The reporting period the text is discussing: the last quarter or half it named
    ("2024-Q3"), or a year ("2024") after a year-to-date period ("the nine months") or a
    year ("for the year", "the year ended June 30")."""
    for f in reversed(found):
        if start - f.end > REF_WINDOW_CHARS:
            break
        if f.norm.rule in ("unit_relative", "year_ago", "period_year_ago", "year_period") \
                or _COMPARISON_PERIOD.search(f.text):
            continue  # comparisons ("the 1988 period" names the year-ago one by its year)
        if f.norm.granularity in ("quarter", "half") and re.fullmatch(r"\d{4}-(?:Q[1-4]|H[12])", f.norm.value):
            if anchor is not None and _period_start(f.norm.value) > anchor:
                continue  # a forecast ("through the third quarter of 1990") is not the period reported
            if _FORWARD_PERIOD_CUE.search(text[max(0, f.start - 12):f.start]):
                continue  # "the trend will continue into the fourth quarter": looking ahead, not reported
            return f.norm.value
        if f.norm.rule == "the_year" and f.norm.type == "DATE":
            return f.norm.value  # "for the year": the year reported
        if anchor is not None and f.norm.type == "DURATION" and (_YEAR_TO_DATE.fullmatch(f.text) or f.norm.rule == "the_year"):
            cur = _quarter_of(anchor)
            return f"{anchor.year if cur > 1 else anchor.year - 1:04d}"  # the year of the latest quarter reported
    return None


def _period_start(period: str) -> date:
    """The first day of a quarter or half ("1989-Q3" -> 1989-07-01); fiscal quarters that end
    after the anchor may still be reported, so only a period not yet begun is a forecast."""
    y, kind, n = int(period[:4]), period[5], int(period[6])
    return date(y, (n - 1) * (3 if kind == "Q" else 6) + 1, 1)


def _period_back(period: str, years: int) -> tuple[str, str]:
    """`period` ("1989-Q3" or "1989") `years` years before: (value, granularity)."""
    y, _, rest = period.partition("-")
    if not rest:
        return f"{int(y) - years:04d}", "year"
    return f"{int(y) - years:04d}-{rest}", "quarter"


# Rules whose values come from the words alone (not from the anchor): a date they give
# sets the time the story is in.
ABSOLUTE_RULES = {"iso_date", "numeric_date", "month_day", "month_day_and", "day_month", "month_year", "year", "spelled_year",
                  "month_spelled_year", "season_spelled_year",
                  "fiscal_year", "apostrophe_year"}


def _near_ref_of(start: int, found: list[Found], text: str) -> date | None:
    """The day of a day-level date just before `start` in the same sentence ("Monday ... at 3 p.m.")."""
    if not found:
        return None
    f = found[-1]
    between = text[f.end:start]
    if start - f.end > NEAR_REF_CHARS or re.search(r"[.!?]\s|\n", between):
        return None
    if f.norm.granularity == "day" and re.match(r"\d{4}-\d{2}-\d{2}", f.norm.value):
        return date.fromisoformat(f.norm.value[:10])
    return None


def _last_of(start: int, found: list[Found]) -> tuple[date, str, str] | None:
    """The last calendar date the text mentioned: (date, 'day'|'month'|'year', rule)."""
    for f in reversed(found):
        if start - f.end > REF_WINDOW_CHARS:
            break
        m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", f.norm.value[:10])
        if m and f.norm.type == "DATE":
            y, mo, d = m.groups()
            return date(int(y), int(mo or 1), int(d or 1)), ("day" if d else "month" if mo else "year"), f.norm.rule
    return None


def _resolve_one(cands, *, text: str, tense_of, anchor, anchor_time, ref_of) -> list[Found]:
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, str, re.Match]] = []
    for s, e, name, m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        chosen.append((s, e, name, m))
        taken.append((s, e))
    chosen.sort(key=lambda c: c[0])
    found: list[Found] = []
    for s, e, name, m in chosen:
        c = _Ctx(anchor=anchor, anchor_time=anchor_time, tense=tense_of(s, e) if tense_of else None,
                 ref=ref_of(s, found), text=text, start=m.start(), period=_period_of(s, found, anchor, text),
                 last=_last_of(s, found), near_ref=_near_ref_of(s, found, text))
        norm = HANDLERS[name](m, c, name)
        if norm is None or not TIMEX3_VALUE.match(norm.value):
            continue
        found.append(Found(start=s, end=e, text=text[s:e], norm=norm))
    found = [_apposed_day(f, found[i + 1] if i + 1 < len(found) else None, text) for i, f in enumerate(found)]
    return [_run_day(f, found[i + 1] if i + 1 < len(found) else None, text) for i, f in enumerate(found)]


def _in_quotation(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quotation opened earlier in its paragraph (an odd number of
    straight double quotes, or more opening than closing curly ones, since the paragraph start)."""
    para = text[max(0, text.rfind("\n", 0, pos) + 1):pos]
    return para.count('"') % 2 == 1 or para.count("\u201c") > para.count("\u201d")


# Rules whose day is the publication day's neighbour ("today", "yesterday"): said inside a
# quotation they count from the day of speaking, so they do not set the story's time.
DEICTIC_RULES = {"deictic_day", "deictic_pod"}


def _apposed_day(f: Found, nxt: Found | None, text: str) -> Found:
    """'Two days later, on Wednesday, ...': an offset from the story's time followed at once by the
    day it names takes that day's value (the day is explicit, the count from the reference is not)."""
    if f.norm.rule != "unit_relative" or f.norm.granularity != "day" or nxt is None \
            or not re.search(r"\b(?:later|earlier)$", f.text, re.I) \
            or nxt.norm.granularity != "day" or not re.match(r"\d{4}-\d{2}-\d{2}", nxt.norm.value) \
            or not re.fullmatch(r",\s*(?:on\s+)?", text[f.end:nxt.start]):
        return f
    return Found(start=f.start, end=f.end, text=f.text, norm=Normalized(
        type=f.norm.type, value=nxt.norm.value[:10], mod=f.norm.mod, rule=f.norm.rule, granularity="day"))


def _run_day(f: Found, nxt: Found | None, text: str) -> Found:
    """'fell for a third straight day on Monday': the run reaches the day named right after it."""
    if f.norm.rule != "ordinal_run" or nxt is None or nxt.norm.granularity != "day" \
            or not re.fullmatch(r",?\s*(?:on\s+)?", text[f.end:nxt.start]) \
            or not re.match(r"\d{4}-\d{2}-\d{2}", nxt.norm.value):
        return f
    d = date.fromisoformat(nxt.norm.value[:10])
    value = _iso_week(d) if f.norm.granularity == "week" else d.isoformat()
    return Found(start=f.start, end=f.end, text=f.text, norm=Normalized(
        type=f.norm.type, value=value, mod=f.norm.mod, rule=f.norm.rule, granularity=f.norm.granularity))


def find_timexes(text: str, *, anchor: date | datetime | None, tense_of: Callable[[int, int], str | None] | None = None,
                 allow: Callable[[int, int, str], bool] | None = None) -> list[Found]:
    """All time expressions of `text`, in order, normalised against `anchor`.

    `tense_of(start, end)` gives the tense of the clause a span sits in (from a
    parse); `allow(start, end, rule)` may veto a candidate (e.g. inside a name).
    A candidate the normaliser rejects ("may" the verb) frees its words for a
    shorter reading, so rejection happens before overlap resolution.
    """
    a = _as_date(anchor)
    at = anchor if isinstance(anchor, datetime) else None
    cands = find_candidates(text)
    if allow is not None:
        cands = [c for c in cands if allow(c[0], c[1], c[2])]

    def ref_of(start: int, found: list[Found]) -> date | None:
        for f in reversed(found):
            if start - f.end > REF_WINDOW_CHARS:
                break
            if f.norm.rule in DEICTIC_RULES and _in_quotation(text, f.start):
                continue  # "'today we have taken the final step,' he said": the speaker's day
            if f.norm.granularity == "day" and re.match(r"\d{4}-\d{2}-\d{2}", f.norm.value):
                return date.fromisoformat(f.norm.value[:10])
        return a

    # Pre-check each candidate alone (cheap) so rejected readings do not block shorter ones.
    valid = []
    for s, e, name, m in cands:
        c = _Ctx(anchor=a, anchor_time=at, tense=None, ref=a, text=text, start=m.start())
        if HANDLERS[name](m, c, name) is not None:
            valid.append((s, e, name, m))
    return _resolve_one(valid, text=text, tense_of=tense_of, anchor=a, anchor_time=at, ref_of=ref_of)


def normalize_timex(text: str, *, anchor: date | datetime | None, tense: str | None = None,
                    ref: date | None = None) -> Normalized | None:
    """The TIMEX3 reading of one time expression ("mid-June", "less than a month", "Monday").

    `anchor` is the reference time (publication date); `tense` one of PAST,
    PRESENT, FUTURE or None; `ref` the last date the text mentioned, for
    "the following day". Returns None when `text` is not a time expression.
    """
    a = _as_date(anchor)
    at = anchor if isinstance(anchor, datetime) else None
    best = None
    for name, pat in RULES:
        m = pat.fullmatch(text.strip())
        if m is None:
            continue
        c = _Ctx(anchor=a, anchor_time=at, tense=tense, ref=ref or a, text=text.strip(), start=0)
        norm = HANDLERS[name](m, c, name)
        if norm is not None and TIMEX3_VALUE.match(norm.value):
            best = norm
            break
    if best is None:
        found = find_timexes(text, anchor=anchor, tense_of=(lambda s, e: tense))
        if len(found) == 1 and found[0].text == text.strip():
            best = found[0].norm
    return best
