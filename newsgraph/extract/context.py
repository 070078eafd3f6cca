"""What an extractor may read besides the Doc: the article, the reference time,
and the records of the extractors that ran before it."""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from datetime import datetime

from newsgraph.records import Article, Entity, Quote, Timex


@dataclass(frozen=True)
class Context:
    article: Article
    published: datetime | None = None  # the reference time (document creation time)
    timexes: tuple[Timex, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def replace(self, **changes) -> "Context":
        return dataclasses.replace(self, **changes)

    @property
    def anchor_date(self) -> str | None:
        return self.published.date().isoformat() if self.published else None

    # -- lookups other extractors share -------------------------------------------------
    def entity_by_id(self, eid: str | None) -> Entity | None:
        if eid is None:
            return None
        return self._entity_index().get(eid)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end), preferring the longest overlap."""
        starts, mentions = self._mention_index()
        best, best_ov = None, 0
        i = bisect.bisect_right(starts, end) - 1
        while i >= 0:
            m_start, m_end, ent = mentions[i]
            if m_end <= start and m_start < start - 400:  # mentions are short; stop scanning far left
                break
            ov = min(end, m_end) - max(start, m_start)
            if ov > best_ov:
                best, best_ov = ent, ov
            i -= 1
        return best

    def timexes_in(self, start: int, end: int) -> list[Timex]:
        return [t for t in self.timexes if t.start >= start and t.end <= end]

    # -- caches (the dataclass is frozen; caches live in __dict__) -------------------------
    def _entity_index(self) -> dict:
        idx = self.__dict__.get("_eidx")
        if idx is None:
            idx = {e.id: e for e in self.entities}
            object.__setattr__(self, "_eidx", idx)
        return idx

    def _mention_index(self):
        idx = self.__dict__.get("_midx")
        if idx is None:
            ms = sorted(((m.start, m.end, e) for e in self.entities for m in e.mentions), key=lambda x: (x[0], x[1]))
            idx = ([m[0] for m in ms], ms)
            object.__setattr__(self, "_midx", idx)
        return idx
