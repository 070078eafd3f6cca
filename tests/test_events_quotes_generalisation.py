"""Events and quotes on articles the event and quote layers were not developed on (issues 6 and 5).

`tests/generalisation/events-quotes/` holds three synthetic pasted articles (a Caucasus border
clash with casualties, US sanctions on Sudanese commanders, an Indonesia-Vietnam state visit
with a boundary agreement) and their hand-written gold, written before the system was run on
them. They are scored with the rules of `score_events` and `score_quotes` in
../shared/eval/score_analysis.py (re-implemented in tests/goldscore.py so the test does not
need ../shared).

The second half checks the mechanisms the articles exposed, on sentences of their own.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from goldscore import score
from newsgraph.pipeline import analyze
from newsgraph.records import to_json

HERE = Path(__file__).resolve().parent / "generalisation" / "events-quotes"
ARTICLES = sorted(p.name.removesuffix(".gold.json") for p in HERE.glob("*.gold.json"))
# The floors the lead checks unseen articles against.
MIN_EVENT_RECALL, MIN_ATTRIBUTION = 0.75, 0.8
# At most this many events emitted per gold event (required or optional): more is noise.
MAX_EVENTS_PER_GOLD = 2.0
# Where an article stays under a floor, the value reached (and the miss, named below).
REACHED: dict = {}


@pytest.fixture(scope="module", params=ARTICLES)
def scored(request):
    gold = json.loads((HERE / f"{request.param}.gold.json").read_text(encoding="utf-8"))
    text = (HERE / f"{request.param}.txt").read_text(encoding="utf-8")
    return request.param, score(gold, to_json(analyze(text)))


def test_events_quotes_generalisation_articles_present():
    assert len(ARTICLES) >= 3
    for name in ARTICLES:
        gold = json.loads((HERE / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert (HERE / f"{name}.txt").is_file() and gold["events"] and gold["quotes"]


def test_events_quotes_generalisation_meets_floors(scored):
    name, (metrics, misses) = scored
    assert metrics["event_recall"] >= REACHED.get((name, "event_recall"), MIN_EVENT_RECALL), (name, metrics, misses)
    assert metrics["attribution"] >= REACHED.get((name, "attribution"), MIN_ATTRIBUTION), (name, metrics, misses)
    assert metrics["events_per_gold"] <= MAX_EVENTS_PER_GOLD, (name, metrics)


def test_events_quotes_generalisation_scorer_counts_misses():
    gold = {"events": [{"what": "a", "type": ["ACCUSE"], "source": ["AZE"], "target": ["ARM"], "date": "2025-05-13"},
                       {"what": "b", "type": ["SANCTION"], "source": ["USA"], "target": ["SDN"]}],
            "quotes": [{"contains": "we will respond", "speaker": ["Ann Lee"], "kind": ["direct"]},
                       {"contains": "talks would go on", "speaker": ["Ann Lee"], "kind": ["indirect"],
                        "date": "2025-05-14"}]}
    an = {"entities": [{"id": "e1", "name": "Ann Lee", "country": "ARM"}],
          "events": [{"type": "ACCUSE", "source": {"name": "Azerbaijan", "country": "AZE"},
                      "target": {"name": "Armenia", "country": "ARM"}, "date": "2025-05-13"},
                     {"type": "SANCTION", "source": {"name": "Kenya", "country": "KEN"},
                      "target": {"name": "Sudan", "country": "SDN"}, "date": None}],
          "quotes": [{"text": "\u201cWe will respond,\u201d", "speaker": {"name": "Ann Lee", "entity": "e1"},
                      "kind": "direct", "date": None},
                     {"text": "talks would go on", "speaker": {"name": "Ann Lee", "entity": "e1"},
                      "kind": "indirect", "date": None}]}
    metrics, misses = score(gold, an)
    assert metrics["event_recall"] == 0.5 and metrics["attribution"] == 0.5
    assert misses == ["event b", "quote 'talks would go on': 'Ann Lee' indirect None"]


# --- mechanisms, on sentences written for these tests ---------------------------------

DATELINED = ("Lakeside Courier\n\nTalks stall\n\nBy Ana Ruiz\n\nPublished 4 April 2025, 10:00\n\n"
             "LIMA, April 4 - Peru expelled two Bolivian diplomats on Thursday, accusing them of spying. "
             "Bolivia said the claim was false.")


def test_events_quotes_generalisation_dateline_city_is_no_actor_or_speaker():
    res = analyze(DATELINED)
    assert res.article.dateline_span is not None
    cut = res.article.dateline_span.end
    for q in res.quotes:
        assert q.start >= cut, q.text
        assert q.speaker is None or q.speaker.start is None or q.speaker.start >= cut, q.speaker
    for v in res.events:
        for a in (*v.sources, *v.targets):
            assert a.start is None or a.start >= cut, (v.type, a)


def test_events_quotes_generalisation_mutual_accusations_stay_two_events():
    res = analyze("Azerbaijan accused Armenia on Tuesday of shelling a village. Armenia condemned Azerbaijan "
                  "on Tuesday for the attack.", body_only=True, published="2025-05-14")
    pairs = {(v.source.country, v.target.country) for v in res.events if v.type == "ACCUSE" and v.target}
    assert {("AZE", "ARM"), ("ARM", "AZE")} <= pairs, [(v.type, v.source, v.target) for v in res.events]


def test_events_quotes_generalisation_he_is_never_a_city_subject():
    res = analyze("Foreign Minister Ali Youssef said on Sunday that Khartoum had asked other countries to act. "
                  "\u201cThe world must stop the killing now,\u201d he told reporters.",
                  body_only=True, published="2025-03-03")
    q = next(q for q in res.quotes if "stop the killing" in q.text)
    assert q.speaker.name == "Ali Youssef", q.speaker
