"""Word tables of the time grammar: month and weekday names, number words, units."""
from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Month names that are also common English words: accepted alone only after a cue
# ("in May", "last March") or beside a day/year number ("May 5", "March 2024").
AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "dec", "jun", "aug", "sep"}

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

NUMBER_WORDS = {
    "a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "half": 0.5, "single": 1,
}
# Quantity words with no number: "several years" is PXY in TimeML.
# ("a couple of years" is P2Y in TimeBank/AQUAINT, 2 of 2, so "couple" is a number, not vague.)
VAGUE_QUANTITIES = {"several", "few", "a few", "many", "some", "numerous"}

# A fractional amount of a unit is written in the next smaller unit, as TimeML does
# ("2 1/2 years" P2Y6M, "a minute and a half" PT1M30S): unit letter -> (smaller letter,
# how many of it make one, whether the smaller unit is a time-of-day unit).
SMALLER_UNIT = {
    "Y": ("M", 12, False), "D": ("H", 24, True), "H": ("M", 60, True), "M_TIME": ("S", 60, True),
}

# unit word -> (TIMEX3 duration letter, is a time-of-day unit)
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W2", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False),
}

# Words before a duration and the TIMEX3 mod they give ("less than a month" -> LESS_THAN).
DURATION_MODS = {
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "some of": "APPROX",
}

# Single words that TimeBank marks as references to the present, past or future.
DEICTIC_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF", "these days": "PRESENT_REF",
}

# Words that make a weekday part of the name of a special day ("Black Friday",
# "Super Tuesday", "Bloody Sunday"): such names are not resolved as plain weekdays.
NAMED_DAY_PREFIXES = {"cyber", "black", "good", "super", "ash", "bloody", "easter", "palm", "holy", "maundy", "blue",
                      "giving", "shrove", "whit", "fat", "clean", "great", "low", "trinity", "mad", "manic", "bloodless"}

# Capitalised words before a 4-digit number that make it a label, not a year
# ("Article 2024", "Flight 1549", "Resolution 2231").
LABEL_WORDS = {"article", "resolution", "flight", "route", "room", "no", "number", "highway", "model", "section",
               "chapter", "page", "vol", "volume", "issue", "code", "item", "unit", "lot", "gate", "platform",
               "bus", "train", "line", "paragraph", "rule", "form", "patent", "squadron", "battalion", "regiment",
               "brigade", "division", "hangar", "apartment", "suite", "box", "exit", "pier", "berth"}

# Ordinal words as days of the month ("the fourth of July").
ORDINAL_DAYS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

# Nouns that "today's"/"tomorrow's" describe as an era, not a day ("today's youth",
# "today's world", "many of today's personal computers"): TimeBank and AQUAINT leave such
# phrases unmarked (0 of 4) while "today's vote"/"today's editions" are dates (4 of 4).
GENERIC_ERA_NOUNS = {
    "world", "society", "youth", "generation", "age", "era", "child", "kid", "teenager", "teen", "youngster",
    "parent", "family", "student", "consumer", "computer", "technology", "culture", "standard", "woman", "man",
    "people", "worker", "workforce", "economy", "politics", "politician", "leader", "medicine", "science", "art",
    "music", "media", "car", "machine", "device", "phone", "soldier", "army", "warfare", "climate",
}
