"""The surface grammar of English time expressions: one regular expression per rule.

Each rule is `(name, pattern)`. A match's extent is its group ``x`` when the
pattern has one (so a cue such as "in" before "May" can be required without
becoming part of the TIMEX3), else the whole match. Patterns are compiled
case-insensitively; month and weekday names are checked for a capital letter
afterwards (normalize.py), so "may" and "march" the verbs never match.

TimeML extents: determiners and modifiers are inside ("the third quarter",
"less than a month", "early next year"); prepositions are outside ("on Monday"
-> "Monday").
"""
from __future__ import annotations

import re

NUM = (r"(?:\d+\s+[13]/[24](?!\d)|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
       r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
       r"|seventeen|eighteen|nineteen|a\s+dozen|a\s+couple\s+of|(?<=next\s)couple\s+of|(?<=past\s)couple\s+of|(?<=last\s)couple\s+of|a\s+few|several|few|many|some|numerous|single|an?)")
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
MONTH = (r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
         r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b))")
WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
ORD_DAY = (r"(?P<day>(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second"
           r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
           r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
# The ordinals of a run of days ("a third straight day"); "first" starts no run.
ORD_RUN = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:[2-9]|[1-9]\d)(?:st|nd|rd|th)"
YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)\b(?!-\d|\.\d|,\d)"
POD = r"(?P<pod>morning|afternoon|evening|night)"
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
# "early", "mid-", "late", "the end of" ... before a date (mods START/MID/END).
DMOD = (r"(?:(?P<dmod>early|late|mid|the\s+(?:very\s+)?(?:beginning|start|middle|end|close|turn)\s+of"
        r"|the\s+(?:early|latter)\s+part\s+of|earlier|later)(?:\s*-\s*|\s+))?")
QMOD = (r"(?:(?P<qmod>less\s+than|fewer\s+than|more\s+than|just\s+(?:over|under)|no\s+(?:more|less)\s+than"
        r"|at\s+(?:least|most)|up\s+to|nearly|almost|roughly|approximately"
        # "over the past five years": the preposition, outside the TIMEX3 (gold never starts "over the")
        r"|(?:about|around|over|under|some)(?!\s+the\b))\s+)?")
REL = r"(?P<rel>this|last|next|past|previous|coming|following|same|current|that|the\s+(?:past|previous|next|coming|following|same|last|current))"
# A year spelled out in a transcript ("nineteen ninety-four", "two thousand and one").
SPELLED_YEAR = r"(?P<spelled>nineteen[- ](?:hundred[- ](?:and[- ])?)?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two[- ]thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?\b)"
CLOCK = (r"(?:(?P<hh>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]m\b)"
         r"|(?P<hh24>[01]?\d|2[0-3]):?(?P<mi24>[0-5]\d)(?=\s*(?:UTC|GMT|Z\b|hours?\b|hrs\b|local\s+time)))"
         r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|KST|JST)\b(?![+-]\d))?")

_RULES_SRC: list[tuple[str, str]] = [
    ("iso_date", r"\b(?P<year>\d{4})-(?P<m>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mi>[0-5]\d))?\b"),
    ("numeric_date", r"\b(?P<m>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d|\d\d)\b(?!/)"),
    ("month_day", r"(?:" + WEEKDAY + r",?[ \t]+)?" + DMOD + MONTH + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?(?![,.]?\d)"),
    # "April 24 and 25", "June 1 or 2": the second day of the same month is a date of its own
    ("month_day_and", r"(?<![\w-])" + MONTH + r"\s+[0-3]?\d(?:st|nd|rd|th)?\s+(?:and|or)\s+(?P<x>(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\b"
     r"(?:,?\s+" + YEAR + r")?(?![,.]?\d)(?=\s*(?:[,.;:)!?'\"\u201d]|$)|\s+(?:in|at|on|when|to|and|or|the|this|next|last|of|for"
     r"|with|from|by|after|before|while|as|it|he|she|they|we|there)\b|\s+(?-i:[A-Z]))"),
    ("day_month", r"\b(?:" + WEEKDAY + r",?[ \t]+)?(?:the\s+)?" + DAY + r"(?:\s+of)?\s+" + MONTH + r"(?:,?\s+" + YEAR + r")?"),
    ("ordinal_day_month", r"\bthe\s+" + ORD_DAY + r"\s+of\s+" + MONTH + r"(?:,?\s+" + YEAR + r")?"),
    ("month_year", DMOD + MONTH + r",?\s+(?:of\s+)?" + YEAR),
    ("month_spelled_year", DMOD + MONTH + r",?\s+(?:of\s+)?" + SPELLED_YEAR),
    ("season_spelled_year", r"\b(?:the\s+)?" + DMOD + SEASON + r"\s+of\s+" + SPELLED_YEAR),
    ("month_relyear", DMOD + MONTH + r",?\s+(?:of\s+)?(?P<yrel>this|last|next|the\s+same|that|the\s+previous|the\s+following)\s+year\b"),
    ("spelled_year", r"\b(?:the\s+year\s+)?(?P<spelled>nineteen[- ](?:hundred[- ](?:and[- ])?)?(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two[- ]thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?)\b(?!\s+(?:" + UNIT + r"|people|dollars|troops|soldiers|members|workers|miles|kilometers|pounds|tons)\b)"),
    ("month", r"\b(?:(?P<rel>this|last|next|past|coming|previous)\s+)?" + DMOD + MONTH + r"(?!\s*\d)"),
    # "the week of March 6", "the last week of March": the calendar week a day (or the n-th
    # or last week) of a month names
    ("week_of", r"\bthe\s+(?:(?P<word>first|second|third|fourth|last|final)\s+)?week\s+of\s+" + MONTH
     + r"(?:\s+" + DAY + r")?(?:,?\s+" + YEAR + r")?(?![,.]?\d)"),
    ("weekday", r"\b(?:(?P<rel>this|last|next|past|coming|previous|early|late|the\s+(?:previous|preceding|following))\s+)?" + WEEKDAY
     + r"(?P<plural>s)?\b(?:\s+" + POD + r"(?P<podplural>s)?\b)?"),
    ("deictic_pod", r"\b(?P<deic>today|yesterday|tomorrow|this|last|late\s+yesterday|early\s+today)\s+" + POD + r"\b"),
    ("deictic_day", r"\b(?:(?P<dmodw>late|early)\s+)?(?P<deic>today|tonight|yesterday|tomorrow|overnight)\b"),
    # "will soon begin", "healthy enough soon": FUTURE_REF (not "as soon as", "soon after")
    ("soon", r"(?<!\bas\s)\b(?P<word>soon)\b(?!\s+(?:as|after|afterwards?|before|thereafter|enough)\b)"),
    ("deictic_word", r"\b(?P<word>now|currently|nowadays|presently|recently|lately|current|these\s+days)\b"),
    ("the_year", r"\b(?P<x>the\s+(?:(?P<full>full|fiscal|whole|entire)\s+)?year)\b(?P<ended>\s+end(?:ed|ing)\b)?(?!\s*(?:-|'s\b|before|after|previous|prior|earlier|ago|to\b|in\b|of\b|when|that|which|\d))"),
    ("past_future", r"\b(?P<pf>the\s+(?:distant\s+|recent\s+|near\s+|not\s+too\s+distant\s+)?(?:past|future))\b(?!\s+(?:" + NUM + r"\s+)?(?:" + UNIT
     + r"|springs|summers|falls|autumns|winters|seasons)\b)"),
    ("clock", r"\b(?:" + CLOCK + r"|(?P<noon>noon|midday|midnight))(?:,?\s+(?:on\s+)?(?:(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)\b|" + MONTH + r"\s+" + DAY + r"))?"),
    # "placed orders in the morning", "by mid afternoon", "in morning trading": a part of the day
    # the story is in (not "in the morning of May 5", "the morning after")
    ("pod_story", r"\b(?:in|by|during|until|till|through|since|from)\s+(?P<x>the\s+(?:(?P<podmod>early|late)\s+)?"
     r"(?P<pod>morning|afternoon|evening)|(?P<podmod2>early|mid|late)(?:-|\s+)?(?P<pod2>morning|afternoon|evening)"
     # without "the", only before trading words or where the phrase ends ("by mid-morning.",
     # "by late morning in London"), not as a modifier ("during early morning cartoon shows")
     r"(?=\s*[,.;:!?)\"'\u201d]|\s*$|\s+(?:trading|trade|dealings|deals|on|in|at|as|when|while|and|but|or|before|after|"
     r"to|with|from|local|the|a|an|he|she|it|they|we|there|some|most|many|(?-i:[A-Z]))\b)"
     r"|(?P<pod3>morning|afternoon)(?=\s+trading\b))\b(?!-|'s\b|\s+(?:of|after|before|when|that|which|hours?|"
     r"news|papers?|shows?|programs?|programmes?|editions?|sessions?|polls?)\b)"),
    # "will leave at 4 in the morning": an hour counted in a part of the day
    ("clock_pod", r"\b(?P<x>(?P<hh>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[:.](?P<mi>[0-5]\d))?\s+(?:o'clock\s+)?in\s+the\s+(?P<pod>morning|afternoon"
     r"|evening|night))\b(?!\s+(?:of|after|before|trading|news|papers?|shows?|polls?|sessions?)\b)"),
    ("pod_day", r"\b(?P<podmod>mid-?|early\s+|late\s+)?(?P<pod>morning|afternoon|evening|night)\s+(?P<deic>yesterday|today|tomorrow)\b"),
    ("rel_unit", r"\b" + DMOD + REL + r"\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century|" + SEASON[11:-1] + r")\b"),
    ("in_the_unit", r"\b(?P<x>(?P<dir>earlier|later)\s+(?:in|that|this)\s+(?:the\s+)?(?P<unit>day|morning|week|month|year))\b"),
    ("the_unit_mod", r"\b(?P<dmod>(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|turn)\s+of)\s+the\s+(?P<unit>day|week|month|year|quarter|decade|century)\b"),
    # "by year-end", "since year end", "by year's end": the end of the year
    ("year_end", r"\b(?P<cue>by|since|at|around|before|until|till|through|from|after)\s+(?P<x>(?:the\s+)?(?:year[- ]end|year's\s+end)(?:\s+(?P<year>(?:19|20)\d\d))?)\b"),
    ("year_period", r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+(?P<unit>period|quarter)\b"),
    ("period_year_ago", r"\bthe\s+(?:(?:same|corresponding|comparable|equivalent)\s+)?(?P<unit>period|month|quarter)\s+"
     r"(?:of\s+)?(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior|last)\s+year)\b"),
    # "ended the day up 2%", "For the day, the index fell": the trading day the story is about
    ("the_day", r"\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|for)\s+(?P<x>the\s+day)\b"
     r"(?!\s*(?:'s|of|when|that|which|before|after|-))"),
    # "sales in the latest period": the reporting period under discussion
    ("the_period", r"\b(?P<x>the\s+(?:latest|most\s+recent|current)\s+(?:reporting\s+)?period)\b"),
    # "on that day", "by that day": the day the story is in
    ("that_day", r"\b(?:on|by|until|till|from|since|for)\s+(?P<x>that\s+day)\b(?!\s+(?:when|of|that|which)\b)"),
    ("the_weekend", r"\b(?P<x>the\s+weekend)\b"),
    # "fell for a third straight day", "gains for the fourth week in a row", "today is the eighth
    # day of the strike": a run counted up to the day (or week) the story is in
    ("ordinal_run", r"\b(?P<x>(?:(?:a|the)\s+)?(?P<ord>" + ORD_RUN + r")\s+(?:(?P<streak>consecutive|straight|successive)\s+)?"
     r"(?:trading\s+)?(?P<unit>day|session|week)(?P<row>\s+in\s+a\s+row)?)\b(?!-|'s\b)"),
    ("unit_relative", r"\b" + QMOD + r"(?P<num>" + NUM + r")\s+(?P<unit>" + UNIT + r")(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|before|after|previously|back)\b(?!\s+(?:the|a|an|his|her|their|its)\b)"),
    ("the_unit_after", r"\b(?P<x>the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|previous|prior))\b(?!\s+(?:the|a|an|his|her|their|its|\w+ed|\w+ing|to)\b)"),
    ("next_day", r"\b(?:the\s+|that\s+)?(?P<rel>next|following|previous|same|preceding|prior)\s+(?P<unit>day|morning|afternoon|evening|night)\b"),
    ("duration", r"\b" + QMOD + r"(?:the\s+)?(?:(?P<drel>past|last|next|previous|coming|first|final|latest|remaining|following|initial|other|entire|full|whole)\s+)?"
     + r"(?P<num>" + NUM + r"|another)(?:\s+(?:more|additional|extra|further)|\s+and\s+a\s+half)?(?:\s+|\s*-\s*)(?:(?:trading|business|working|calendar|straight|consecutive|full)\s+)?(?P<unit>" + UNIT + r")(?P<half>\s+and\s+a\s+half)?(?P<old>[\s-]+old)?\b"
     r"(?!(?:(?<=first two quarters)|(?<=final two quarters)|(?<=last two quarters)|(?<=second two quarters))"
     r"\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d)"),  # "the first two quarters of 1990" is a half (two_quarters)
    # "a decades-long dispute", "a day-long meeting", "a two-week-long strike": how long it lasts
    ("long_compound", r"\b(?:(?P<num>" + NUM + r")-)?(?P<unit>" + UNIT + r")-long\b"),
    ("vague_plural", r"\b(?:(?P<cue>in\s+recent|over\s+the|within|in\s+the\s+past|over\s+recent)\s+)(?P<x>(?:recent\s+|coming\s+|past\s+)?(?P<unit>years|decades|months|weeks|days|hours|minutes|centuries))\b"),
    # "for years", "for weeks", "the first time in years": a measure phrase of an unspecified
    # number of the unit (TimeBank + AQUAINT mark it 8 times of 13; "years of talks", "a matter
    # of months" are left out)
    ("bare_plural", r"\b(?:for|in)\s+(?:(?:just|only|mere)\s+)?(?P<x>(?P<unit>years|decades|months|weeks|days|centuries|hours|minutes))\b"
     r"(?!\s*(?:of|ago|earlier|later|before|after|old|past|to\s+come|-|')|,?\s+(?:now|since)\b)"),
    # "In the years that followed, the guerrillas waged war": an unspecified stretch after an event
    ("followed_plural", r"\b(?:in|during|over|for)\s+the\s+(?P<x>(?P<unit>years|decades|months|weeks|days))\s+(?:that|which)\s+"
     r"(?:immediately\s+)?followed\b"),
    ("recent_plural", r"\b(?P<x>recent\s+(?P<unit>years|decades|months|weeks|days))\b"),
    ("coming_plural", r"\b(?P<x>(?:the\s+)?coming\s+(?P<unit>years|decades|months|weeks|days|quarters)"
     r"|the\s+(?P<unit2>years|decades|months|weeks|days)\s+(?:ahead|to\s+come))\b"),
    ("future_phrase", r"\b(?:in|over|for|of|during|through)\s+(?P<x>the\s+(?:near|short|long)\s+term)\b(?!-)|\b(?P<asap>as\s+soon\s+as\s+possible)\b"),
    # "postponed to a later date", "at a future date": some time ahead
    ("later_date", r"\b(?:at|to|until|till|for)\s+(?P<x>a\s+(?:later|future)\s+date)\b"),
    ("quarter", r"\b(?:the\s+)?(?:(?P<qyear>(?:19|20)\d\d)\s+|(?P<qyrel>this|last|next)\s+year's\s+)?"
     r"(?:(?P<qrel>latest|current|last|previous|past|prior|year-ago|year-earlier|same|next|coming|comparable|year-before|recent)\s+)?"
     r"(?:fiscal\s+)?(?:(?P<qord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?(?P<qh>quarter|half)\b(?!s)"
     r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<qyear2>(?:19|20)\d\d)|(?P<qyrel2>this|last|next|the)\s+(?:fiscal\s+)?year))?"),
    # "the first two quarters of 1990": the first half of that year
    ("two_quarters", r"\bthe\s+(?P<half>first|last|final|second)\s+two\s+(?:fiscal\s+)?quarters\s+of\s+(?:fiscal\s+)?"
     r"(?P<year>(?:19|20)\d\d)\b"),
    ("q_code", r"\b(?P<qcode>Q|H)(?P<qn>[1-4])(?:\s+(?P<qyear>(?:19|20)\d\d))?\b"),
    ("fiscal_year", r"\b(?P<fy>fiscal(?:\s+year)?|FY)\s*(?P<year>(?:19|20)\d\d|'\d\d)\b"),
    ("year_ago", r"\b(?P<x>the\s+year-(?:ago|earlier)\s+period|year-(?:ago|earlier))\b"),
    ("decade", r"\b(?:the\s+)?" + DMOD + r"(?P<dec>(?:1[5-9]|20)\d0s|'\d0s|(?:(?<=the\s)|(?<=mid-)|(?<=early\s)|(?<=late\s)|(?<=mid\s)|(?<=the\s[2-9]0s\sand\s)|(?<=the\s[2-9]0s\sor\s)|(?<=the\s[2-9]0s\sto\s))[2-9]0s|(?:nineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"),
    ("century", r"\b(?:the\s+)?" + DMOD + r"(?P<cent>\d{1,2})(?:st|nd|rd|th)\s+century\b"),
    ("season", r"\b(?:(?P<rel>this|last|next|past|coming)\s+)?" + DMOD + SEASON + r"(?:\s+(?:of\s+)?" + YEAR + r")?\b"),
    # "the post-1959 politics", "pre-2008 levels": a time after (before) the year
    ("prefixed_year", r"(?<![\w-])(?P<pp>pre|post)-" + YEAR + r"(?!\s*(?:%|percent|-\d))"),
    ("year", r"(?<![\d$#.,/-])" + DMOD + r"(?:the\s+year\s+)?" + YEAR + r"(?!\s*(?:%|percent|-\d))"),
    # "levels last seen in '82", "since '98": a two-digit year after a preposition of time
    ("apostrophe_year", r"\b(?:in|since|from|until|till|by|through|before|after)\s+(?P<x>['\u2019](?P<yy>\d\d))\b(?![%\d'\u2019])"),
    ("set_every", r"\b(?P<every>every|each|per)\s+(?:other\s+)?(?:(?P<num>" + NUM + r")\s+)?(?P<unit>" + UNIT + r"|" + WEEKDAY + r"|" + POD + r"|weekend|" + MONTH + r")(?(month)|\b)"),
    ("set_adverb", r"\b(?P<adv>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually|twice\s+a\s+(?:day|week|month|year)|once\s+a\s+(?:day|week|month|year))\b"),
    ("holiday", r"\b(?:(?P<hrel>last|next|this)\s+)?(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?"
     r"|Valentine's\s+Day|Halloween|Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?|Good\s+Friday|Holy\s+Week|Election\s+Day"
     r"|Memorial\s+Day)\b(?!\s+(?:Island|Rising|Uprising|Offensive|eggs?|bunny|bunnies)\b)"),
]

RULES: list[tuple[str, re.Pattern]] = [(name, re.compile(src, re.IGNORECASE)) for name, src in _RULES_SRC]
RULE_ORDER = {name: i for i, (name, _) in enumerate(RULES)}
