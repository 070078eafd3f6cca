"""Publication date-times printed on a page -> ISO 8601.

"Published : July 9, 2024 - 17:42" -> "2024-07-09T17:42:00";
"09 Jul 2024, 10:15 CET" -> "2024-07-09T10:15:00+01:00"; a stated zone gives an
offset, no stated zone gives local time without one, no time gives a date.
Regular expressions rather than a general date parser: a header line is short
and its formats are few, and a parser that guesses ("2 hours ago", "Monday")
would invent dates the page does not state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s+)?"
DATE_PATTERNS = (
    # July 9, 2024 / Jul. 9 2024 / Tuesday, July 9, 2024
    re.compile(_WEEKDAY + _MONTH + r"\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>(?:19|20)\d{2})(?!\d(?!\d?:\d{2}))", re.I),
    # 9 July 2024 / Wed 10 Jul 2024 / 9th of July, 2024
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})(?!\d(?!\d?:\d{2}))", re.I),
    # 2024-07-09 / 2024/07/09 / 2024.07.09 / 2024. 7. 9.
    re.compile(r"(?<!\d)(?P<year>\d{4})\s?[-/.]\s?(?P<mnum>\d{1,2})\s?[-/.]\s?(?P<day>\d{1,2})(?!\d)"),
    # 2024年7月9日 (CJK pages printed in English editions)
    re.compile(r"(?P<year>\d{4})年\s?(?P<mnum>\d{1,2})月\s?(?P<day>\d{1,2})日"),
    # 09.07.2024 (day first) / 07/09/2024 (month first unless the first number is over 12)
    re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})[./](?P<year>\d{4})(?!\d)"),
)
TIME = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})(?:(?P<sep>[:.h])(?P<m>\d{2})(?::(?P<s>\d{2}))?)?\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?(?![\d.:]\d)",
    re.I,
)
TIME_BEFORE = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*(?P<zone>(?:UTC|GMT)\s?[+-−]\s?\d{1,2}(?::?\d{2})?|\b[A-Z]{1,4}T\b|UTC|GMT)?(?:\s*(?:on|,|\||-|–))?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.I,
)
# Zone abbreviations a page may print -> UTC offset in minutes. Ambiguous
# ones take their most common newsroom reading (CST = US Central; IST = India).
ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "TRT": 180, "GST": 240, "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420,
    "HKT": 480, "SGT": 480, "MYT": 480, "PHT": 480, "PST": -480, "PDT": -420, "AWST": 480, "KST": 540, "JST": 540,
    "AEST": 600, "AEDT": 660, "ACST": 570, "NZST": 720, "NZDT": 780, "EST": -300, "EDT": -240,
    "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "AKST": -540, "AKDT": -480, "HST": -600, "AST": -240,
}
US_HINT = re.compile(r"\b(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|ET|PT|AKST|AKDT|HST)\b|\d\s*[ap]\.?m\b", re.I)
# Generic US zones ("ET", "PT") follow daylight saving time: standard offset here.
US_GENERIC_ZONES = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
CITY_ZONES = {
    "beijing time": 480, "china time": 480, "hong kong time": 480, "taipei time": 480, "singapore time": 480,
    "manila time": 480, "seoul time": 540, "korea time": 540, "tokyo time": 540, "japan time": 540,
    "london time": 0, "moscow time": 180, "new delhi time": 330,
}
NUMERIC_ZONE = re.compile(r"(?:\b(?:UTC|GMT)\s?(?P<sign>[+-−])\s?(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?)|(?P<sign2>[+-])(?P<hh2>\d{2}):?(?P<mm2>\d{2})\b")
ZONE_WORD = re.compile(r"\(?\b(?P<z>[A-Z]{1,4}T|UTC|GMT|Z|MEZ|MESZ|WIB)\b\)?")
# Labels that say which date a line gives.
UPDATED_LABEL = re.compile(r"\b(?:last\s+)?(?:updated?|modified|edited|revised|amended)\b\s*(?:on|at)?\s*:?", re.I)
PUBLISHED_LABEL = re.compile(
    r"\b(?:first\s+)?(?:published|posted|publication\s+date|pub(?:lished)?\s+date|date|released|issued|created|uploaded|written)\b\s*(?:on|at)?\s*:?",
    re.I,
)
# "Updated 2 hours ago" / "5 min ago": a relative time is never a publication date.
RELATIVE = re.compile(r"\b\d+\s*(?:sec|secs|seconds?|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|yrs?|years?)\s+ago\b", re.I)
# Years a news page can carry.
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class FoundDate:
    iso: str  # "2024-07-09", "2024-07-09T17:42:00" or "2024-07-09T17:42:00+09:00"
    start: int  # where the date-time stretch lies in the line
    end: int
    has_time: bool
    has_zone: bool


def _offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def find_date(line: str) -> FoundDate | None:
    """The first calendar date in `line`, with the time and zone printed after it."""
    best = None
    for pat in DATE_PATTERNS:
        m = pat.search(line)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    g = best.groupdict()
    try:
        year = int(g["year"])
        if g.get("mon"):
            month = MONTHS[g["mon"].lower().rstrip(".")]
            day = int(g["day"])
        elif g.get("mnum"):
            month, day = int(g["mnum"]), int(g["day"])
        else:
            a, b = int(g["a"]), int(g["b"])
            # Day first unless impossible or the line is American (a US zone or a.m./p.m.):
            # numeric dates with a four-digit year are day-first on most non-US sites.
            if b > 12 or (a <= 12 and US_HINT.search(line)):
                month, day = a, b
            else:
                day, month = a, b
        d = date(year, month, day)
    except (ValueError, KeyError):
        return None
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        return None
    end = best.end()
    rest = line[end:]
    iso = d.isoformat()
    has_time = has_zone = False
    # The time follows the date within a few separator characters ("2024 - 17:42", ", 10:15 a.m.", " at 5 pm").
    tm = TIME.search(rest)
    if tm and re.fullmatch(r"[\s,.\-–—|/·•@T]*(?:at\s+)?", rest[: tm.start()], re.I) and (tm.group("m") or tm.group("ampm")):
        h = int(tm.group("h"))
        mi = int(tm.group("m") or 0)
        s = int(tm.group("s") or 0)
        ampm = (tm.group("ampm") or "").lower().replace(".", "").replace(" ", "")
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h < 24 and mi < 60 and s < 60 and not (tm.group("sep") == "." and not ampm and not _zone_after(rest[tm.end():])):
            has_time = True
            iso = f"{iso}T{h:02d}:{mi:02d}:{s:02d}"
            end += tm.end()
            zone = _zone_after(line[end:], d)
            if zone is not None:
                minutes, zend = zone
                iso += _offset(minutes)
                has_zone = True
                end += zend
    start = best.start()
    if not has_time:
        # "9:15pm, 9 Jul 2024": a time printed before the date.
        before = TIME_BEFORE.search(line[:start])
        if before and (before.group("m") or before.group("ampm")):
            h, mi = int(before.group("h")), int(before.group("m") or 0)
            ampm = (before.group("ampm") or "").lower().replace(".", "").replace(" ", "")
            h = h + 12 if ampm == "pm" and h < 12 else (0 if ampm == "am" and h == 12 else h)
            if h < 24 and mi < 60:
                has_time = True
                start = before.start()
                iso = f"{iso}T{h:02d}:{mi:02d}:00"
                zone = _zone_after(line[end:], d)
                stated = _zone_after(before.group("zone"), d) if before.group("zone") else None
                if stated is not None:
                    iso += _offset(stated[0])
                    has_zone = True
                elif zone is not None:
                    iso += _offset(zone[0])
                    has_zone = True
                    end += zone[1]
    return FoundDate(iso=iso, start=start, end=end, has_time=has_time, has_zone=has_zone)


def us_daylight_time(d: date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    march = date(d.year, 3, 1)
    start = date(d.year, 3, 1 + (6 - march.weekday()) % 7 + 7)
    nov = date(d.year, 11, 1)
    end = date(d.year, 11, 1 + (6 - nov.weekday()) % 7)
    return start <= d < end


def _zone_after(rest: str, on: date | None = None) -> tuple[int, int] | None:
    """(offset minutes, end) of a time zone printed right after a time."""
    lead = len(rest) - len(rest.lstrip(" ,(\u00a0"))
    head = rest[lead:lead + 24]
    m = NUMERIC_ZONE.match(head)
    if m:
        sign = m.group("sign") or m.group("sign2")
        hh = int(m.group("hh") or m.group("hh2"))
        mm = int(m.group("mm") or m.group("mm2") or 0)
        if hh <= 14 and mm < 60:
            minutes = hh * 60 + mm
            return (-minutes if sign in "-−" else minutes), lead + m.end()
    m = ZONE_WORD.match(head)
    if m and m.group("z") in ZONES:
        return ZONES[m.group("z")], lead + m.end()
    m = re.match(r"\(?\b(ET|CT|MT|PT)\b\)?", head)
    if m:
        minutes = US_GENERIC_ZONES[m.group(1)]
        return (minutes + 60 if on and us_daylight_time(on) else minutes), lead + m.end()
    low = head.lower()
    for city, minutes in CITY_ZONES.items():
        if low.startswith(city):
            return minutes, lead + len(city)
    return None


def parse_dated_line(line: str) -> tuple[str | None, str | None]:
    """(published, updated) ISO strings from a header line such as
    "Published : July 9, 2024 - 17:42  Updated : July 9, 2024 - 18:02"."""
    # Cut the line at its labels, so each part is read with its own label.
    cuts = sorted({m.start() for m in UPDATED_LABEL.finditer(line)} | {m.start() for m in PUBLISHED_LABEL.finditer(line)} | {0})
    published = updated = None
    for i, start in enumerate(cuts):
        part = line[start:cuts[i + 1] if i + 1 < len(cuts) else len(line)]
        found = find_date(part)
        if not found:
            continue
        if UPDATED_LABEL.match(part.lstrip()) and not PUBLISHED_LABEL.match(part.lstrip()):
            updated = updated or found.iso
        else:
            published = published or found.iso
    return published, updated


def is_relative_time(line: str) -> bool:
    return bool(RELATIVE.search(line))
