"""Whole-article check on synthetic wire articles written as an UNSEEN set (issues 3-6).

`tests/generalisation/unseen/` holds articles written by someone who had not run the system
and did not read its code, each with its gold (events, quotes, time expressions) written
before any system run. Six were used as development articles after a first measurement, six
were kept held out for the day, and two sets of six more were written at its end and each
measured once before joining (eval/floors/unseen.json's `_measured` block says which, with the
numbers before and after). A later session added three groups: two fresh development sets of
eight (`sixth_dev`, `sixth_dev2`, first runs recorded) and twelve articles held out for the
whole session (`sixth_held_out`), whose floors record where a rule-based coder stands on
articles nobody tuned it on; eight more written at the session's end were run once
(`seventh_held_out`). The session after read those twenty for development (renamed `sixth_dev3`
and `seventh_dev`) and held out twelve new ones instead (measured at its start and before its last
short round, which then read them: `eighth_dev`); six written during that last round were never
read (`ninth_held_out`, read by the next session: `ninth_dev`). That next session wrote twelve for
development (`tenth_dev`, first run recorded) and twenty-four it never read (`tenth_held_out`,
measured at its start and end). Floors are per group of articles, on the group's means. Scored with the rules of
../shared/eval/score_analysis.py (re-implemented in tests/goldscore.py).

One article can be far below its group's floors (its gold
asks for things the system does not do yet: see the misses printed on failure).
"""
from __future__ import annotations

import json
from pathlib import Path
from statistics import mean

import pytest

from goldscore import score, score_timexes
from newsgraph.pipeline import analyze
from newsgraph.records import to_json

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "tests" / "generalisation" / "unseen"
FLOORS = json.loads((ROOT / "eval" / "floors" / "unseen.json").read_text(encoding="utf-8"))
ARTICLES = sorted(p.name.removesuffix(".gold.json") for p in HERE.glob("*.gold.json"))
# At most this many events emitted per gold event (required or optional): more is noise.
MAX_EVENTS_PER_GOLD = 2.0


@pytest.fixture(scope="module")
def results() -> dict:
    out = {}
    for name in ARTICLES:
        gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
        an = to_json(analyze((HERE / f"{name}.txt").read_text(encoding="utf-8")))
        m, misses = score(gold, an)
        t, tmisses = score_timexes(gold, an)
        out[name] = ({**m, **t}, misses + tmisses)
    return out


def test_unseen_articles_present_with_full_gold():
    assert len(ARTICLES) >= 24
    grouped = [n for g in FLOORS["groups"].values() for n in g["articles"]]
    assert sorted(grouped) == ARTICLES  # every article is in exactly one group
    for name in ARTICLES:
        gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        assert gold["events"] and gold["quotes"] and gold["timexes"], name
        for q in gold["quotes"]:
            assert q["contains"] in text, (name, q["contains"])


@pytest.mark.parametrize("group", sorted(FLOORS["groups"]))
@pytest.mark.parametrize("metric", ["event_recall", "attribution", "timex_recall", "timex_value"])
def test_unseen_articles_mean_meets_floor(results, group, metric):
    names = FLOORS["groups"][group]["articles"]
    values = {name: results[name][0][metric] for name in names}
    misses = {name: results[name][1] for name in names if results[name][0][metric] < 1.0}
    assert mean(values.values()) >= FLOORS["groups"][group][metric], (values, misses)


def test_unseen_articles_do_not_flood_events(results):
    for name, (m, _) in results.items():
        assert m["events_per_gold"] <= MAX_EVENTS_PER_GOLD, (name, m)
