"""Evaluation gate for quotes: PolNeAR dev subset and the sample article, against eval/floors/polnear.json."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "eval" / "floors" / "polnear.json").read_text(encoding="utf-8"))
SAMPLE = "korea-herald-2024-07-09-nk-delegation"


@pytest.mark.shared
def test_eval_gate_polnear_dev_subset_meets_floors(shared):
    from newsgraph.evaluation.polnear import evaluate, read_split

    sub = FLOORS["subset"]
    root = shared / "data" / "polnear" / sub["split"]
    if not (root / "text").is_dir():
        pytest.skip("PolNeAR is not in ../shared/data")
    docs = read_split(root)[:: sub["every"]]
    ours, _, _ = evaluate(docs, baseline=False)
    m = ours.metrics()
    low = {k: (round(m[k], 3), v) for k, v in FLOORS["polnear"].items() if m[k] < v}
    assert not low, f"below floor (measured, floor): {low}"


@pytest.mark.shared
def test_eval_gate_polnear_sample_quotes_meet_floors(shared, tmp_path):
    from newsgraph.pipeline import analyze
    from newsgraph.records import to_json

    seed = shared / "seeds" / f"{SAMPLE}.txt"
    gold = shared / "gold" / f"{SAMPLE}.gold.json"
    scorer = shared / "eval" / "score_analysis.py"
    if not (seed.exists() and gold.exists() and scorer.exists()):
        pytest.skip("the sample article or its gold is not in ../shared")
    out = tmp_path / "sample.json"
    out.write_text(json.dumps(to_json(analyze(seed.read_text(encoding="utf-8")))), encoding="utf-8")
    p = subprocess.run([sys.executable, str(scorer), str(gold), str(out)], capture_output=True, text=True, timeout=300)
    last = [ln for ln in p.stdout.splitlines() if "quote_precision=" in ln]
    assert last, p.stdout + p.stderr
    metrics = dict(kv.split("=") for kv in last[-1].split() if "=" in kv)
    low = {k: (metrics.get(k), v) for k, v in FLOORS["sample"].items() if float(metrics.get(k, 0)) < v}
    assert not low, f"below floor (measured, floor): {low}\n" + "\n".join(
        ln for ln in p.stdout.splitlines() if "quote" in ln)
