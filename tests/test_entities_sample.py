"""The reference article: entities, roles and geo all right under the shared scorer."""
from __future__ import annotations

import importlib.util
import json

import pytest

from newsgraph.pipeline import analyze
from newsgraph.records import to_json


@pytest.mark.shared
def test_entities_sample_scores_full_marks(shared):
    spec = importlib.util.spec_from_file_location("score_analysis", shared / "eval" / "score_analysis.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    for gold_path in sorted((shared / "gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        seed = shared / "seeds" / (gold_path.name.removesuffix(".gold.json") + ".txt")
        if not seed.is_file():
            continue
        an = to_json(analyze(seed.read_text(encoding="utf-8")))
        rep = scorer.Report()
        scorer.score_entities(gold, an, rep)
        misses = [ln for ln in rep.lines if ln.startswith("MISS")]
        assert rep.metrics["entities"] == 1.0, misses
        assert rep.metrics["roles"] == 1.0, misses
        assert rep.metrics["geo"] == 1.0, misses
