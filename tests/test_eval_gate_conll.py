"""Evaluation gate: newsgraph's entity layer on CoNLL-2003 testb stays above its floors
and above raw spaCy from the same run (floors in eval/floors/conll.json)."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT

FLOORS = json.loads((ROOT / "eval" / "floors" / "conll.json").read_text(encoding="utf-8"))


@pytest.mark.shared
def test_eval_gate_conll_testb_above_floors(shared):
    from newsgraph.evaluation.conll import evaluate

    path = shared / "data" / "conll2003-en" / f"eng.{FLOORS['split']}"
    if not path.is_file():
        pytest.skip(f"{path} is not here")
    res = evaluate(path)
    ours, raw = res["newsgraph"], res["spacy"]
    assert ours["all"]["f1"] >= FLOORS["newsgraph_f1"], res
    assert ours["PER"]["f1"] >= FLOORS["newsgraph_per_f1"], res
    assert ours["ORG"]["f1"] >= FLOORS["newsgraph_org_f1"], res
    assert ours["LOC"]["f1"] >= FLOORS["newsgraph_loc_f1"], res
    assert ours["all"]["f1"] - raw["all"]["f1"] >= FLOORS["f1_gain_over_spacy"], res


def test_eval_gate_conll_reader_builds_offsets(tmp_path):
    from newsgraph.evaluation.conll import read_conll

    f = tmp_path / "eng.mini"
    f.write_text("-DOCSTART- -X- -X- O\n\nAnn NNP I-NP I-PER\nLee NNP I-NP I-PER\nvisited VBD I-VP O\n"
                 "Oslo NNP I-NP I-LOC\n. . O O\n\nThe DT I-NP O\nUN NNP I-NP I-ORG\nB-team NN I-NP I-MISC\n\n"
                 "-DOCSTART- -X- -X- O\n\nParis NNP I-NP I-LOC\nLyon NNP I-NP B-LOC\n", encoding="utf-8")
    docs = read_conll(f)
    assert len(docs) == 2
    text = docs[0].text
    assert text == "Ann Lee visited Oslo .\nThe UN B-team"
    assert sorted((text[s:e], t) for s, e, t in docs[0].gold) == [("Ann Lee", "PER"), ("Oslo", "LOC"), ("UN", "ORG")]
    assert sorted(docs[1].text[s:e] for s, e, _ in docs[1].gold) == ["Lyon", "Paris"]
