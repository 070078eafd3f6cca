"""Evaluation gate: PLOVER coding on the PLOVER GSR stays above its floors and above the
lexicon-only baseline on category accuracy when an event is emitted (eval/floors/plover.json)."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT

FLOORS = json.loads((ROOT / "eval" / "floors" / "plover.json").read_text(encoding="utf-8"))


@pytest.mark.shared
def test_eval_gate_plover_gsr_above_floors(shared):
    from newsgraph.evaluation.plover import DATA_FILE, evaluate

    path = shared / DATA_FILE
    if not path.is_file():
        pytest.skip(f"{path} is not here")
    res, _, _ = evaluate(path)
    ours, lex = res["newsgraph"], res["lexicon-only"]
    for key in ("category_accuracy", "source_country_accuracy", "target_country_accuracy",
                "category_accuracy_when_emitted", "coverage"):
        assert ours[key] >= FLOORS[key], (key, res)
    assert ours["events_per_gold"] <= FLOORS["max_events_per_gold"], res
    assert ours["category_accuracy_when_emitted"] > lex["category_accuracy_when_emitted"], res


@pytest.mark.shared
def test_eval_gate_plover_sample_article_recall(shared, tmp_path):
    """The reference article: every gold event found, at most 2 emitted per gold event."""
    from newsgraph.pipeline import analyze
    from newsgraph.records import to_json

    seed = next((shared / "seeds").glob("korea-herald-*.txt"), None)
    gold_path = next((shared / "gold").glob("korea-herald-*.gold.json"), None)
    if seed is None or gold_path is None:
        pytest.skip("sample article not here")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    an = to_json(analyze(seed.read_text(encoding="utf-8")))
    events = an["events"]
    assert len(events) <= 2 * len(gold["events"])
    for g in [e for e in gold["events"] if not e.get("optional")]:
        assert any(v["type"] in g["type"] and (v["source"] or {}).get("country") in g["source"]
                   and (v["target"] or {}).get("country") in g["target"]
                   and str(v["date"] or "").startswith(g["date"]) for v in events), g["what"]


def test_eval_gate_plover_score_counts_missing_events_as_wrong():
    from newsgraph.evaluation.plover import score

    recs = [
        {"event": "DEMAND", "eventText": "demanded", "source": [{"code": "FRA"}], "target": [{"code": "JAP"}]},
        {"event": "FIGHT", "eventText": "shelled", "source": [{"code": "IGO"}], "target": ""},
    ]
    pred = [[{"type": "REQUEST", "trigger": "demanded", "source": {"country": "FRA"},
              "target": {"country": "JPN"}}], []]
    res = score(recs, pred)
    assert res["category_accuracy"] == 0.5
    assert res["source_country_accuracy"] == 1.0  # the IGO record has no country and is not counted
    assert res["target_country_accuracy"] == 1.0  # CAMEO's JAP is Japan
    assert res["coverage"] == 0.5 and res["events_per_gold"] == 0.5
