"""Quotes with speakers (first cut: none yet; the quotes issue builds this module)."""
from __future__ import annotations

from newsgraph.extract.context import Context
from newsgraph.records import Quote

REQUIRES = ("doc.sents", "token.dep", "ctx.entities", "ctx.timexes")


def extract_quotes(doc, ctx: Context) -> list[Quote]:
    return []
