"""PLOVER events, last stage: merging re-mentions and dropping display duplicates.

Pure functions over the finished `Event` records that `events.extract_events` calls at the end:

- `_drop_display_duplicates`: headline and caption events that repeat a body event (same type
  and source, or the same sides) go (reads `ctx.article.zone_of`).
- `_merge`: one event per (type, source, target, compatible date); a re-mention adds its
  evidence to the first, the fuller report (dated, asserted) leads; a joint act and one side's
  own act stay two (`JOINT_ACT_CATEGORIES`, `MIRROR_APART_CATEGORIES`).
- `_key_country`, `_dates_compatible`: the keys compared.

Returns the shortened list of events, in order.
"""
from __future__ import annotations

from dataclasses import replace

from newsgraph.extract.context import Context
from newsgraph.records import Actor, Event

# one side's act against the other: "A accused B" and "B condemned A" are two events (mutual
# blame), never one reciprocal event, unlike a meeting or an agreement the two sides share
ONE_SIDED_CATEGORIES = frozenset({"ACCUSE", "DISAPPROVE", "THREATEN", "DEMAND", "REQUEST", "REJECT", "SANCTION"})
# Characters of two triggers compared to tell a re-mention of the same act ("signed"/"signing").
MERGE_STEM_CHARS = 4
# Acts that stay two when each side does one to the other ("Israeli strikes killed 25 people in
# Gaza" / "Hamas fired rockets at Israel"; "A accused B" / "B condemned A"), unlike a meeting.
MIRROR_APART_CATEGORIES = ONE_SIDED_CATEGORIES | {"ASSAULT", "COERCE"}
# Acts two sides do together: "A met B" and "B met A" told apart are one event; for every other
# category one side's act and the other side's act of the same kind are two.
JOINT_ACT_CATEGORIES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _key_country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _drop_display_duplicates(events: list[Event], ctx: Context) -> list[Event]:
    """Headline and caption events that repeat a body event (same type and source) go."""
    def sides(e: Event) -> frozenset:
        return frozenset(a.country for a in (*e.sources, *e.targets, e.source, e.target) if a is not None)

    body = [e for e in events if ctx.article.zone_of(e.start) == "body"]
    out = []
    for e in events:
        zone = ctx.article.zone_of(e.start)
        if zone in ("headline", "caption") and any(
                (b.type == e.type and _key_country(b.source) == _key_country(e.source)) or sides(b) == sides(e)
                for b in body):  # a headline sums up the body: the same sides are the same story
            continue
        out.append(e)
    return out


def _dates_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _merge(events: list[Event]) -> list[Event]:
    """One event per (type, source, target, date): re-mentions add their evidence to the first.
    An event without a target merges into one of the same type and source."""
    out: list[Event] = []
    for e in events:
        skey = frozenset(a.country for a in e.sources) or {_key_country(e.source)}
        tkey = frozenset(a.country for a in e.targets)
        merged = False
        for i, o in enumerate(out):
            if o.type != e.type:
                continue
            okey = frozenset(a.country for a in o.sources) or {_key_country(o.source)}
            otkey = frozenset(a.country for a in o.targets)
            same_actors = (skey == okey or _key_country(e.source) == _key_country(o.source)) and (
                tkey == otkey or not tkey or not otkey or _key_country(e.target) == _key_country(o.target))
            reciprocal = (skey | tkey) == (okey | otkey) and len(skey | tkey) > 1 and (
                e.type not in MIRROR_APART_CATEGORIES or skey == okey) and (len(skey) > 1) == (len(okey) > 1) and (
                len(skey) > 1 or skey == okey or e.type in JOINT_ACT_CATEGORIES)
            # (one side's act and the other side's answer in kind are two: "Tusk defended the EU's
            # plan" / "the Commission stood in solidarity with Poland"; "A met B" / "B met A" is one)
            # (a joint act and one side's own act are two: "the two leaders signed an agreement" /
            # "Brazil also pledged 20 million dollars to help Bolivia")
            if (len(skey) > 1) != (len(okey) > 1) and e.trigger[:MERGE_STEM_CHARS].lower() != \
                    o.trigger[:MERGE_STEM_CHARS].lower():
                continue  # a joint act and one side's own act ("signed an agreement" / "pledged") are two
            if not (same_actors or reciprocal) or not _dates_compatible(e.date, o.date):
                continue
            if (e.status == "future") != (o.status == "future"):
                continue  # a plan ("would send a delegation") and an act done ("met") are two events
            # the fuller report leads: a dated one over an undated one, an asserted one over a hedged one
            lead_e = (e.date is not None and o.date is None) or (
                (e.date is None) == (o.date is None) and o.status != "asserted" and e.status == "asserted")
            keep = replace(e, evidence=e.evidence + o.evidence) if lead_e else replace(o, evidence=o.evidence + e.evidence)
            if keep.target is None and (e.target or o.target):
                donor = e if e.target else o
                keep = replace(keep, target=donor.target, targets=donor.targets)
            if keep.date is None or (e.date and o.date and len(e.date) != len(o.date)):
                dated = max((x for x in (e.date, o.date) if x), key=len, default=None)
                keep = replace(keep, date=dated)
            out[i] = keep
            merged = True
            break
        if not merged:
            out.append(e)
    return out
