"""The one place the stage order is written: input -> clean -> nlp -> extractors -> Analysis.

(Named pipeline.py, not analyze.py: a submodule called `analyze` would replace the
public function `newsgraph.analyze` on the package as soon as it is imported.)
"""
from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, datetime, time
from typing import Iterable, Iterator

from newsgraph.clean import clean_raw
from newsgraph.clean.language import detect_language
from newsgraph.errors import AnalysisError, InputError, Reasons
from newsgraph.extract.context import Context
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events import extract_events
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.timexes import extract_timexes
from newsgraph.ingest import RawDocument, looks_like_html
from newsgraph.nlp import load_nlp
from newsgraph.records import Analysis, Article

# spaCy's pipe batch: 16 articles keeps memory flat and the parser busy.
PIPE_BATCH = 16


def parse_datetime(value: str | date | datetime | None, *, path: str = "--published") -> datetime | None:
    """An ISO date or date-time (with or without offset) -> datetime; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    s = str(value).strip()
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        pass
    try:  # TimeML creation times like 19980227T0800 or 1998-02-27T08:00:00
        import re

        m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?)?.*", s)
        if m:
            y, mo, d, hh, mm, ss = m.groups()
            return datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        pass
    raise InputError(path, Reasons.BAD_DATE.format(value=value))


# "und": Latin script, but neither English nor another language's function words
# dominate (tables, lists, headline runs). The English pipeline is the best guess
# there, so facts are extracted; only a positively identified other language is skipped.
UNDETERMINED = "und"


def is_foreign(lang: str | None) -> bool:
    return lang not in (None, "en", UNDETERMINED)


def article_id(article: Article) -> str:
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]


def prepare(raw: RawDocument, *, published: str | None = None) -> tuple[Article, datetime | None, list[str]]:
    """Clean one raw document and settle its reference time. Raises InputError."""
    if not raw.content.strip():
        raise InputError(raw.label, Reasons.EMPTY)
    article = clean_raw(raw)
    warnings: list[str] = []
    # The reference time: --published wins, then the input's own field, then the text's date.
    chosen, source = None, None
    for value, src in ((published, "option"), (raw.published, "input")):
        if value:
            chosen, source = parse_datetime(value, path=raw.label), src
            break
    if chosen is None and article.published:
        chosen, source = parse_datetime(article.published, path=raw.label), article.published_source or "text"
    if chosen is not None and source in {"option", "input"}:
        iso = chosen.isoformat() if (chosen.time() != time() or chosen.tzinfo) else chosen.date().isoformat()
        article = dataclasses.replace(article, published=iso, published_source=source)
    if raw.title and not article.headline:
        article = dataclasses.replace(article, headline=raw.title)
    if raw.url and not article.url:
        article = dataclasses.replace(article, url=raw.url)
    if not article.text.strip():
        raise InputError(raw.label, "no article text left after cleaning")
    lang = detect_language(article.body or article.text)
    if is_foreign(lang):
        warnings.append(f"the text does not look like English (detected: {lang}); facts were not extracted")
    elif lang == UNDETERMINED:
        warnings.append("could not tell the language of the text; analysed it as English")
    article = dataclasses.replace(article, language=lang or article.language)
    if chosen is None:
        warnings.append("no publication date found or given: relative dates are left unresolved")
    return article, chosen, warnings


def build_analysis(doc, article: Article, published: datetime | None, *, source: dict, warnings: list[str]) -> Analysis:
    if is_foreign(article.language):
        return Analysis(id=article_id(article), article=article, source=source, warnings=tuple(warnings))
    ctx = Context(article=article, published=published)
    ctx = ctx.replace(timexes=tuple(extract_timexes(doc, ctx)))
    ctx = ctx.replace(entities=tuple(extract_entities(doc, ctx)))
    ctx = ctx.replace(quotes=tuple(extract_quotes(doc, ctx)))
    events = tuple(extract_events(doc, ctx))
    return Analysis(
        id=article_id(article), article=article, source=source, entities=ctx.entities, quotes=ctx.quotes,
        timexes=ctx.timexes, events=events, warnings=tuple(warnings),
    )


def analyze_raw_many(
    items: Iterable[RawDocument | InputError], *, published: str | None = None
) -> Iterator[Analysis | InputError]:
    """Analyse a stream of raw documents in order; errors pass through, one per bad article."""
    nlp = load_nlp()
    batch: list = []

    def flush():
        ready = [b for b in batch if not isinstance(b, InputError)]
        docs = iter(nlp.pipe([b[0].text for b in ready], batch_size=PIPE_BATCH))
        for b in batch:
            if isinstance(b, InputError):
                yield b
                continue
            article, when, warnings, raw = b
            doc = next(docs)
            try:
                yield build_analysis(doc, article, when, source=raw.source, warnings=warnings)
            except Exception as e:  # a bug in an extractor must not cost the rest of the batch
                err = AnalysisError(raw.label, f"internal error ({type(e).__name__}: {e}); rerun with --debug and report it")
                err.__cause__ = e
                yield err
        batch.clear()

    for item in items:
        if isinstance(item, InputError):
            batch.append(item)
        else:
            try:
                article, when, warnings = prepare(item, published=published)
                batch.append((article, when, warnings, item))
            except InputError as e:
                batch.append(e)
        if len(batch) >= PIPE_BATCH:
            yield from flush()
    if batch:
        yield from flush()


def analyze(
    text_or_html: str, *, published: str | date | datetime | None = None, body_only: bool = False,
    url: str | None = None,
) -> Analysis:
    """Analyse one article given as a string (pasted text or HTML). Raises NewsgraphError."""
    fmt = "html" if not body_only and looks_like_html(text_or_html) else "text"
    raw = RawDocument(content=text_or_html, path="<string>", format=fmt, body_only=body_only, url=url)
    pub = published.isoformat() if isinstance(published, (date, datetime)) else published
    result = next(analyze_raw_many([raw], published=pub))
    if isinstance(result, InputError):
        raise result
    return result
