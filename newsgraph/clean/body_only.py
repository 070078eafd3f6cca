"""Body-only input: `Article.text` is the input unchanged; paragraphs split at blank lines."""
from __future__ import annotations

import re

from newsgraph.records import Article, Span

BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def split_paragraphs(text: str, offset: int = 0) -> list[Span]:
    """Spans of the non-blank stretches between blank lines, trimmed of white space."""
    spans = []
    pos = 0
    for m in list(BLANK_LINES.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if chunk.strip():
            spans.append(Span(offset + pos + lead, offset + pos + trail))
        if m:
            pos = m.end()
    return spans


def clean_body_only(text: str) -> Article:
    return Article(text=text, paragraphs=tuple(split_paragraphs(text)), body_only=True, language=None)
