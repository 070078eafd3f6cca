"""PLOVER events (first cut: none yet; the events issue builds this module)."""
from __future__ import annotations

from newsgraph.extract.context import Context
from newsgraph.records import Event

REQUIRES = ("doc.sents", "token.dep", "ctx.entities", "ctx.timexes", "ctx.quotes")


def extract_events(doc, ctx: Context) -> list[Event]:
    return []
