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
    """The text unchanged; a wire dateline opening the first paragraph ("TRIPOLI, June 17 -")
    is recognised (`dateline`, `dateline_span`) so that it is never read as an actor, a
    speaker or the date of the lead's act."""
    from newsgraph.clean.paste import DATELINE

    paras = tuple(split_paragraphs(text))
    dateline = span = None
    if paras:
        m = DATELINE.match(text, paras[0].start)
        if m:
            dateline = m.group("dateline").strip()
            start = paras[0].start + m.start("dateline") - m.start()
            span = Span(start, start + len(dateline))
    return Article(text=text, paragraphs=paras, body_only=True, language=None, dateline=dateline, dateline_span=span)
