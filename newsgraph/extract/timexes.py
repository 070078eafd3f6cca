"""TIMEX3 time expressions (first cut: none yet; the time issue builds this module)."""
from __future__ import annotations

from newsgraph.extract.context import Context
from newsgraph.records import Timex

REQUIRES = ("doc.ents", "doc.sents")


def extract_timexes(doc, ctx: Context) -> list[Timex]:
    return []
