"""Text pasted from a browser -> Article (first cut: every non-blank line is body)."""
from __future__ import annotations

from newsgraph.clean.assemble import assemble_article
from newsgraph.records import Article


def clean_pasted(text: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return assemble_article(headline=None, paragraphs=lines)
