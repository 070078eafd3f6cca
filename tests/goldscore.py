"""Scoring of hand-written gold for whole articles, with the rules of score_events,
score_quotes and score_timexes in ../shared/eval/score_analysis.py, re-implemented in a few
lines so the generalisation tests do not need ../shared:

- a gold event is found when a system event has an accepted type, its first source and first
  target have accepted countries, and its date starts with the gold date;
- a gold quote is attributed when the system quote containing it names an accepted speaker with
  an accepted kind and a date starting with the gold date;
- a gold time expression is found when a system one's text contains it or is contained in it
  (near the gold context when one is given), and valued when its value is one accepted.
"""
from __future__ import annotations

import re

QUOTE_CHARS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                             "\u2014": "-", "\u00a0": " "})


def _norm(s) -> str:
    return re.sub(r"\s+", " ", (s or "").translate(QUOTE_CHARS)).strip().casefold()


def _frag(s: str) -> str:
    return _norm(s).strip("\"' ")


def _country(ref, ents: dict) -> str:
    if not ref:
        return ""
    if isinstance(ref, dict):
        iso = ref.get("country") or (ents.get(ref.get("entity"), {}).get("country"))
        return str(iso or "").upper()
    return str(ents.get(ref, {}).get("country") or "").upper()


def _speaker(ref, ents: dict) -> str:
    if isinstance(ref, dict):
        return ref.get("name") or ents.get(ref.get("entity"), {}).get("name") or ""
    return ents.get(ref, {}).get("name", "") if ref else ""


def score(gold: dict, an: dict) -> tuple[dict, list[str]]:
    """(metrics, misses) with the rules of score_analysis.py's score_events and score_quotes."""
    ents = {e["id"]: e for e in an["entities"]}
    misses = []
    ge = [g for g in gold["events"] if not g.get("optional")]
    hits = 0
    for g in ge:
        ok = any(v["type"] in g["type"] and _country(v["source"], ents) in g["source"]
                 and _country(v["target"], ents) in g["target"]
                 and (not g.get("date") or str(v.get("date") or "").startswith(g["date"])) for v in an["events"])
        hits += ok
        if not ok:
            misses.append(f"event {g['what']}")
    gq = [q for q in gold["quotes"] if not q.get("optional")]
    attributed = 0
    for q in gq:
        cands = [s for s in an["quotes"] if _frag(q["contains"]) in _norm(s["text"])]
        if not cands:
            misses.append(f"quote {q['contains'][:40]!r} not extracted")
            continue
        s = cands[0]
        ok = (_norm(_speaker(s["speaker"], ents)) in {_norm(n) for n in q["speaker"]}
              and ("kind" not in q or s["kind"] in q["kind"])
              and ("date" not in q or str(s.get("date") or "").startswith(q["date"])))
        attributed += ok
        if not ok:
            misses.append(f"quote {q['contains'][:40]!r}: {_speaker(s['speaker'], ents)!r} {s['kind']} {s.get('date')}")
    metrics = {"event_recall": hits / len(ge) if ge else 1.0, "attribution": attributed / len(gq) if gq else 1.0,
               "events_per_gold": len(an["events"]) / len(gold["events"]) if gold["events"] else 0.0}
    return metrics, misses


def score_timexes(gold: dict, an: dict) -> tuple[dict, list[str]]:
    """(timex_recall, timex_value) over the gold's required time expressions, and the misses."""
    text = an["article"]["text"]
    syst = sorted(an["timexes"], key=lambda t: t["start"])
    used: set = set()
    found = valued = required = 0
    misses = []
    for t in gold.get("timexes", []):
        gtext = _norm(t["text"])
        cands = [i for i, s in enumerate(syst) if i not in used and _norm(s["text"])
                 and (gtext in _norm(s["text"]) or _norm(s["text"]) in gtext)
                 and (not t.get("context") or _norm(t["context"]) in _norm(text[max(0, s["start"] - 160):s["end"] + 160]))]
        if t.get("optional"):
            used.update(cands[:1])
            continue
        required += 1
        if not cands:
            misses.append(f"timex {t['text']!r} not found")
            continue
        used.add(cands[0])
        found += 1
        ok = str(syst[cands[0]]["value"] or "").upper() in {v.upper() for v in t["values"]}
        valued += ok
        if not ok:
            misses.append(f"timex {t['text']!r}: {syst[cands[0]]['value']!r} want {t['values']}")
    metrics = {"timex_recall": found / required if required else 1.0,
               "timex_value": valued / required if required else 1.0}
    return metrics, misses
