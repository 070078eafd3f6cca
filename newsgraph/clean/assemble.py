"""Build an Article's text from its parts, so that every offset lines up.

`Article.text` = headline, then each caption, then each body paragraph,
separated by blank lines. Both the pasted-text and the HTML cleaners end here.
"""
from __future__ import annotations

from newsgraph.records import Article, Caption, Removed, Span

SEPARATOR = "\n\n"


def assemble_article(
    *,
    headline: str | None,
    paragraphs: list[str],
    captions: list[tuple[str, str | None]] = (),
    outlet: str | None = None,
    authors: list[str] = (),
    published: str | None = None,
    published_source: str | None = None,
    language: str | None = "en",
    dateline: str | None = None,
    url: str | None = None,
    removed: list[Removed] = (),
) -> Article:
    parts: list[str] = []
    pos = 0

    def add(piece: str) -> Span:
        nonlocal pos
        if parts:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        start = pos
        parts.append(piece)
        pos += len(piece)
        return Span(start, pos)

    headline_span = add(headline) if headline else None
    caps = []
    for text, credit in captions:
        sp = add(text)
        caps.append(Caption(text=text, start=sp.start, end=sp.end, credit=credit))
    paras = [add(p) for p in paragraphs if p.strip()]
    text = "".join(parts)
    dateline_span = None
    if dateline and paras and text[paras[0].start:paras[0].end].startswith(dateline):
        dateline_span = Span(paras[0].start, paras[0].start + len(dateline))
    return Article(
        text=text, paragraphs=tuple(paras), outlet=outlet, headline=headline, headline_span=headline_span,
        authors=tuple(authors), published=published, published_source=published_source, language=language,
        dateline=dateline, dateline_span=dateline_span, url=url, captions=tuple(caps), removed=tuple(removed),
    )
