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


@pytest.mark.shared
def test_eval_gate_extraction_pasted_bbc_corpus(shared):
    """Real articles laid out as a paste (headline line, then paragraphs): the cleaner
    keeps the headline and every paragraph (the few misses are sports fact boxes)."""
    from newsgraph.clean.paste import clean_pasted

    files = sorted((shared / "data" / "bbc-news-2225").glob("*/*.txt"))[::2]  # every other file: half the time
    if not files:
        pytest.skip("bbc-news-2225 is not in ../shared/data")
    headline = exact = 0
    for f in files:
        raw = f.read_text(encoding="utf-8", errors="replace")
        lines = raw.split("\n")
        article = clean_pasted(raw)
        headline += article.headline == lines[0].strip()
        exact += article.body.split("\n\n") == [ln.strip() for ln in lines[1:] if ln.strip()]
    assert headline / len(files) >= FLOORS["bbc_headline_accuracy"]
    assert exact / len(files) >= FLOORS["bbc_body_exact"]


@pytest.mark.shared
def test_eval_gate_extraction_pasted_news_cluster_titles(shared):
    """Crawled page text (with its furniture) under its title: the title is the headline
    and a body is left."""
    from newsgraph.clean.paste import clean_pasted

    files = sorted((shared / "data" / "news-cluster").glob("*.json"))
    if not files:
        pytest.skip("news-cluster is not in ../shared/data")
    good = n = 0
    for f in files:
        rec = json.loads(f.read_text(encoding="utf-8"))
        if not (rec.get("text") or "").strip() or not (rec.get("title") or "").strip():
            continue
        n += 1
        article = clean_pasted(rec["title"] + "\n\n" + rec["text"])
        good += article.headline == rec["title"].strip() and bool(article.body)
    assert good / n >= FLOORS["news_cluster_headline_and_body"]


@pytest.mark.shared
def test_eval_gate_extraction_pasted_wire_copy(shared):
    """Reuters-21578 stories pasted as headline + dateline + hard-wrapped, indented body:
    the headline, the dateline and the paragraphs (indented first lines) come back."""
    import html

    from newsgraph.clean.paste import clean_pasted

    path = shared / "data" / "reuters21578" / "reut2-000.json"
    if not path.is_file():
        pytest.skip("reuters21578 is not in ../shared/data")
    n = headline = dateline = paragraphs = 0
    for rec in json.loads(path.read_text(encoding="utf-8")):
        body, title, dl = rec.get("body") or "", rec.get("title") or "", (rec.get("dateline") or "").strip()
        if len(body.split()) < 60 or not title:
            continue
        n += 1
        article = clean_pasted(html.unescape(title) + "\n\n" + dl + " " + html.unescape(body))
        expected = 1 + sum(1 for ln in body.split("\n")[1:] if ln.startswith("    ") and ln.strip() not in ("", "Reuter"))
        headline += article.headline == html.unescape(title).strip()
        dateline += bool(article.dateline) and article.dateline.startswith(dl.split(",")[0])
        paragraphs += len(article.paragraphs) == expected
    assert headline / n >= FLOORS["wire_headline"]
    assert dateline / n >= FLOORS["wire_dateline"]
    assert paragraphs / n >= FLOORS["wire_paragraph_count"]
