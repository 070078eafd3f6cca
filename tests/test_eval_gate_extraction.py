"""Evaluation gate for the cleaner: HTML body extraction on the benchmark (floors in
eval/floors/extraction.json), never below trafilatura alone from the same run."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT

FLOORS = json.loads((ROOT / "eval" / "floors" / "extraction.json").read_text(encoding="utf-8"))


@pytest.mark.shared
def test_eval_gate_extraction_benchmark_floors(shared):
    from newsgraph.evaluation.extraction import DATA_NAME, evaluate

    data = shared / "data" / DATA_NAME
    if not (data / "ground-truth.json").is_file():
        pytest.skip(f"{DATA_NAME} is not in ../shared/data")
    result = evaluate(data, limit=FLOORS["pages"])
    assert result["pages"] == FLOORS["pages"]
    ours, base = result["token"]["newsgraph"], result["token"]["trafilatura"]
    assert ours["f1"] >= FLOORS["newsgraph_token_f1"], result
    assert result["shingle4"]["newsgraph"]["f1"] >= FLOORS["newsgraph_shingle4_f1"], result
    assert ours["f1"] - base["f1"] >= FLOORS["min_gain_over_trafilatura_token_f1"], result


def test_eval_gate_extraction_metric_counts_overlap():
    from newsgraph.evaluation.extraction import overlap

    assert overlap("a b c d", "a b c d") == (1.0, 0.0, 0.0)
    tp, fp, fn = overlap("a b c d", "a b x")
    assert (tp, fp, fn) == (2 / 5, 1 / 5, 2 / 5)
    assert overlap("a b", "") == (0.0, 0.0, 1.0)
