"""Time expressions: a TIMEX3 grammar and normaliser usable without spaCy.

    >>> from datetime import date
    >>> normalize_timex("mid-June", anchor=date(2024, 7, 9)).value
    '2024-06'
"""
from newsgraph.time.normalize import TIMEX3_VALUE, Found, Normalized, find_timexes, normalize_timex

__all__ = ["TIMEX3_VALUE", "Found", "Normalized", "find_timexes", "normalize_timex"]
