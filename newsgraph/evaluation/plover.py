"""`newsgraph eval plover`: PLOVER event coding on the PLOVER gold standard records.

Data: ``../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json`` (322 sentences from the
CAMEO manual re-coded in PLOVER v0.5; read where it lies, never copied). Each
sentence is analysed as body text; the system event compared with the gold one is
the event whose trigger is one of the gold event words, else the first event.

Metrics (every gold record counts; a sentence with no event is wrong on all three):

- ``category_accuracy``: the compared event's type equals the gold type, after mapping
  the older names (DEMAND->REQUEST, DISAPPROVE and INVESTIGATE->ACCUSE, FIGHT->ASSAULT);
- ``source_country_accuracy`` / ``target_country_accuracy``: over records whose gold
  source (target) has a country code, the event's first source (target) country is
  one of them (CAMEO's JAP/ITL/VTN read as JPN/ITA/VNM; IGO, NGO and other sector
  codes have no country and are not counted);
- ``events_per_gold``: events emitted per gold record; ``coverage``: share of
  records with at least one event.

Baselines from the same run and the same parses: ``majority`` (every record coded as
the most frequent gold category) and ``lexicon-only``: the first word of the
sentence whose lemma is in the trigger lexicon (any sense, no parse), with the first
and second countries named in the sentence as source and target.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from newsgraph.evaluation import shared_dir

DATA_FILE = Path("data/plover-gsr/PLOVER_GSR_CAMEO.json")
# CAMEO actor codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# CAMEO sector codes: actors without a country (not counted in country accuracy).
NON_COUNTRY_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UIS", "REB", "GOV", ""})
# Characters of a trigger and a gold event word compared (a crude stem: "agreed"~"agree").
STEM_CHARS = 5


def read_records(path: Path) -> list[dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in rows if r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def gold_category(rec: dict) -> str:
    from newsgraph.extract.plover_lexicon import normalize_category

    return normalize_category(rec["event"])


def gold_countries(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    out = set()
    for a in actors:
        code = str(a.get("code") or "").strip().upper() if isinstance(a, dict) else ""
        code = CAMEO_TO_ISO.get(code, code)
        if len(code) == 3 and code not in NON_COUNTRY_CODES:
            out.add(code)
    return out


def _stem(word: str) -> str:
    return word.lower().strip(".,'\"`")[:STEM_CHARS]


def pick_event(events: list[dict], rec: dict) -> dict | None:
    """The system event to compare with the gold record."""
    if not events:
        return None
    words = {_stem(w) for w in str(rec.get("eventText") or "").split() if len(w) > 2}
    for e in events:
        if _stem(e.get("trigger") or "") in words:
            return e
    return events[0]


def _country(actor) -> str | None:
    return actor.get("country") if isinstance(actor, dict) else None


def score(records: list[dict], predicted: list[list[dict]]) -> dict:
    """Metrics over gold records and the events predicted for each (same order)."""
    n = len(records)
    cat_ok = covered = n_src = src_ok = n_tgt = tgt_ok = emitted = 0
    for rec, events in zip(records, predicted):
        emitted += len(events)
        ev = pick_event(events, rec)
        covered += ev is not None
        cat_ok += ev is not None and ev.get("type") == gold_category(rec)
        gs, gt = gold_countries(rec.get("source")), gold_countries(rec.get("target"))
        if gs:
            n_src += 1
            src_ok += ev is not None and _country(ev.get("source")) in gs
        if gt:
            n_tgt += 1
            tgt_ok += ev is not None and _country(ev.get("target")) in gt
    return {
        "records": n,
        "category_accuracy": cat_ok / n if n else 0.0,
        "source_country_accuracy": src_ok / n_src if n_src else 0.0,
        "target_country_accuracy": tgt_ok / n_tgt if n_tgt else 0.0,
        "events_per_gold": emitted / n if n else 0.0,
        "coverage": covered / n if n else 0.0,
        "category_accuracy_when_emitted": cat_ok / covered if covered else 0.0,
    }


def lexicon_only_events(doc, analysis) -> list[dict]:
    """The baseline: first lexicon word of the sentence (no parse), first two countries named."""
    from newsgraph.extract.actors import country_for_text
    from newsgraph.extract.plover_lexicon import SENSES

    trigger = None
    for tok in doc:
        for pos in ("V", "N"):
            senses = SENSES.get((tok.lemma_.lower(), pos))
            if senses:
                trigger = (tok, senses[-1].category)  # the general sense (specific ones need the parse)
                break
        if trigger:
            break
    if trigger is None:
        return []
    countries = []
    for ent in analysis.entities:
        c = ent.country or ent.metonym_for or country_for_text(ent.name)
        if c and c not in countries:
            countries.append((ent.mentions[0].start if ent.mentions else 0, c))
    countries = [c for _, c in sorted(countries)]
    if not countries:
        return []
    return [{"type": trigger[1], "trigger": trigger[0].text, "source": {"country": countries[0]},
             "target": {"country": countries[1]} if len(countries) > 1 else None}]


def run(records: list[dict]) -> tuple[list[list[dict]], list[list[dict]]]:
    """Analyse each record's sentence; return (system events, lexicon-only events) per record."""
    from newsgraph.pipeline import build_analysis, prepare
    from newsgraph.ingest import RawDocument
    from newsgraph.nlp import load_nlp
    from newsgraph.records import to_json

    nlp = load_nlp()
    prepared = []
    for i, rec in enumerate(records):
        raw = RawDocument(content=rec["text"], path="plover-gsr", id=rec.get("id"), line=i + 1, body_only=True,
                          published=rec.get("date") or None)
        prepared.append(prepare(raw))
    system, baseline = [], []
    docs = nlp.pipe([a.text for a, _, _ in prepared], batch_size=32)
    for (article, when, warnings), doc in zip(prepared, docs):
        an = build_analysis(doc, article, when, source={}, warnings=warnings)
        system.append([to_json(e) for e in an.events])
        baseline.append(lexicon_only_events(doc, an))
    return system, baseline


def evaluate(path: Path, *, limit: int | None = None) -> tuple[dict, list[dict], list[list[dict]]]:
    """Scores of newsgraph and the two baselines; also the records and system events scored."""
    records = subset(read_records(path), limit=limit)
    system, lex = run(records)
    majority_cat = Counter(gold_category(r) for r in records).most_common(1)[0][0]
    majority = [[{"type": majority_cat, "trigger": ""}] for _ in records]
    result = {"newsgraph": score(records, system), "lexicon-only": score(records, lex),
              "majority": score(records, majority), "majority_category": majority_cat}
    return result, records, system


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("plover")
    def plover(
        data: Optional[Path] = typer.Option(None, "--data", help="PLOVER_GSR_CAMEO.json (default: ../shared/data/plover-gsr/)."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Score N records spread evenly over the file (it is sorted by category)."),
        show: int = typer.Option(0, "--show", help="Print N records the system got wrong."),
        json_out: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    ):
        """PLOVER event coding on the PLOVER gold standard records: category and actor-country accuracy."""
        path = data or shared_dir() / DATA_FILE
        if not path.is_file():
            typer.echo(f"newsgraph: error: {path}: no such file", err=True)
            raise typer.Exit(2)
        result, records, system = evaluate(path, limit=limit)
        if json_out:
            typer.echo(json.dumps(result, indent=2))
        else:
            keys = [k for k in result["newsgraph"] if k != "records"]
            typer.echo(f"PLOVER GSR: {len(records)} records ({path})")
            typer.echo(f"{'metric':32} {'newsgraph':>10} {'lexicon-only':>13} {'majority':>9}")
            for k in keys:
                typer.echo(f"{k:32} {result['newsgraph'][k]:10.3f} {result['lexicon-only'][k]:13.3f} "
                           f"{result['majority'][k]:9.3f}")
        shown = 0
        for rec, events in zip(records, system):
            if shown >= show:
                break
            ev = pick_event(events, rec)
            gs, gt = gold_countries(rec.get("source")), gold_countries(rec.get("target"))
            if ev and ev.get("type") == gold_category(rec) and (not gs or _country(ev.get("source")) in gs) and (
                    not gt or _country(ev.get("target")) in gt):
                continue
            shown += 1
            got = (f"{ev['type']} '{ev['trigger']}' {_country(ev.get('source'))}->{_country(ev.get('target'))}"
                   if ev else "no event")
            typer.echo(f"- {rec['id']}: want {gold_category(rec)} '{rec.get('eventText')}' "
                       f"{sorted(gs)}->{sorted(gt)}; got {got}\n    {rec['text'][:160]}")


def subset(records: list[dict], *, limit: int | None) -> list[dict]:
    """`limit` records spread evenly over the file (the file is sorted by category)."""
    if not limit or limit >= len(records):
        return records
    step = len(records) / limit
    return [records[int(i * step)] for i in range(limit)]
