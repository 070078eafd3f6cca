"""Evaluation gate for time expressions: TempEval-3 metrics on the whole of TBAQ and
MEANTIME stay above their floors (eval/floors/timeml.json), and well above dateparser's
search_dates on a subset from the same run."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT

FLOORS = json.loads((ROOT / "eval" / "floors" / "timeml.json").read_text(encoding="utf-8"))


def _need(shared, *parts):
    for p in parts:
        if not (shared / "data" / p).is_dir():
            pytest.skip(f"{shared / 'data' / p} is not here")


@pytest.mark.shared
@pytest.mark.parametrize("corpus,folder", [("tbaq", "timeml-tbaq"), ("meantime", "meantime-en")])
def test_eval_gate_timeml_above_floors(shared, corpus, folder):
    from newsgraph.evaluation.timeml import evaluate

    _need(shared, folder)
    res = evaluate(corpus, data=shared / "data", baseline="none")
    m = res["parts"][corpus]["newsgraph"]
    for key, floor in FLOORS[corpus].items():
        assert m[key] >= floor, (corpus, key, m)


@pytest.mark.shared
def test_eval_gate_timeml_beats_dateparser(shared):
    from newsgraph.evaluation.timeml import evaluate

    _need(shared, "timeml-tbaq")
    res = evaluate("tbaq", data=shared / "data", limit=FLOORS["baseline_subset_docs"], baseline="dateparser")
    part = res["parts"]["tbaq"]
    assert part["baseline"]["name"] == "dateparser.search_dates"
    assert part["newsgraph"]["value_f1"] - part["baseline"]["value_f1"] >= FLOORS["min_value_f1_gain_over_dateparser"], part


def test_eval_gate_timeml_readers(tmp_path):
    from newsgraph.evaluation.timeml import read_meantime, read_tml, score

    tml = tmp_path / "a.tml"
    tml.write_text('<?xml version="1.0"?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" '
                   'functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT><TEXT>Prices fell <TIMEX3 tid="t1" '
                   'type="DATE" value="1998-02-05">Thursday</TIMEX3> and <TIMEX3 tid="t2" type="DURATION" '
                   'value="P2D">two days</TIMEX3> later.</TEXT></TimeML>', encoding="utf-8")
    d = read_tml(tml)
    assert d.dct == "1998-02-06" and d.text == "Prices fell Thursday and two days later."
    assert [(d.text[g["start"]:g["end"]], g["value"]) for g in d.gold] == [("Thursday", "1998-02-05"), ("two days", "P2D")]
    m, _ = score([d], [[{"start": 12, "end": 20, "type": "DATE", "value": "1998-02-05", "text": "Thursday"}]])
    assert m["relaxed_r"] == 0.5 and m["relaxed_p"] == 1.0 and m["value_f1"] == pytest.approx(2 / 3)

    cat = tmp_path / "b.xml"
    toks = ["Boeing", "wins", "\n", "March", "01", ",", "2008", "\n", "It", "won", "on", "Friday", ".", "\n",
            "Later", "text", "."]
    sent, xml_toks, tid = 0, [], 0
    for w in toks:
        if w == "\n":
            sent += 1
            continue
        tid += 1
        xml_toks.append(f'<token t_id="{tid}" sentence="{sent}" number="{tid - 1}">{w}</token>')
    cat.write_text('<Document doc_id="1">' + "".join(xml_toks) + '<Markables>'
                   '<TIMEX3 m_id="1" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME">'
                   '<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>'
                   '</TIMEX3><TIMEX3 m_id="2" type="DATE" value="2008-02-29" functionInDocument="NONE">'
                   '<token_anchor t_id="10"/></TIMEX3><EVENT_MENTION m_id="3"><token_anchor t_id="8"/></EVENT_MENTION>'
                   '</Markables></Document>', encoding="utf-8")
    d = read_meantime(cat)
    assert d.text == "Boeing wins\nMarch 01, 2008\nIt won on Friday.\nLater text."
    assert d.dct == "2008-03-01"
    assert [(d.text[g["start"]:g["end"]], g["value"]) for g in d.gold] == [("Friday", "2008-02-29")]
    assert (d.text.index("March"), d.text.index("2008") + 4) in d.ignore  # the DCT's own words
    assert (d.text.index("Later"), len(d.text)) in d.ignore  # after the last annotated sentence
