"""`newsgraph eval polnear`: quotes and speakers on the PolNeAR attribution corpus.

Reads ../shared/data/polnear/<split>/{text,attributions} where it lies. Each text goes
through the real pipeline as a body-only article dated from metadata.tsv, and the
quotes are scored with the rules of ../shared/eval/score_polnear.py:

- a quote matches a gold Content span when their overlap is at least half of each
  (gold Contents may be discontinuous; the first .ann in name order is the gold);
- attribution: the matched quote's speaker mention overlaps the gold Source span, or
  the speaker's resolved name shares a word (outside a stop list) with it; counted over
  gold relations with a Source and system quotes that name a speaker.

Beside it, on the same parsed documents, a baseline: textacy's ``direct_quotations``
(the eval-only extra ``pip install -e .[eval]``); when textacy is missing the command
says so and scores the nearest honest stand-in: quotation-mark spans attributed to the
nearest PERSON entity in the same paragraph.
"""
from __future__ import annotations

import csv
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer

from newsgraph.evaluation import shared_dir

QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb"
# The scorer's stop list: words too common to show that two names are the same speaker.
STOP = {"the", "a", "an", "of", "he", "she", "they", "it", "his", "her", "their", "we", "i", "you", "who", "said",
        "mr", "mrs", "ms", "and"}
# A system span and a gold Content match when the overlap is at least this share of each.
MATCH_SHARE = 0.5


@dataclass
class GoldRelation:
    frags: list[tuple[int, int]]
    text: str
    source: Optional[dict]
    direct: bool


@dataclass
class Counts:
    g_n: int = 0
    g_src: int = 0
    s_n: int = 0
    s_spk: int = 0
    c_tp: int = 0
    a_tp: int = 0
    g_dir: int = 0
    g_ind: int = 0
    dir_hit: int = 0
    ind_hit: int = 0
    misses: list = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        cp = self.c_tp / self.s_n if self.s_n else 0.0
        cr = self.c_tp / self.g_n if self.g_n else 0.0
        ap = self.a_tp / self.s_spk if self.s_spk else 0.0
        ar = self.a_tp / self.g_src if self.g_src else 0.0
        return {"content_p": cp, "content_r": cr, "content_f1": _f1(cp, cr),
                "attribution_p": ap, "attribution_r": ar, "attribution_f1": _f1(ap, ar),
                "direct_r": self.dir_hit / self.g_dir if self.g_dir else 0.0,
                "indirect_r": self.ind_hit / self.g_ind if self.g_ind else 0.0}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_ann(path: Path) -> list[GoldRelation]:
    """Attribution relations of one brat .ann file (those with a Content)."""
    spans, rels = {}, []
    for ln in path.read_text(encoding="utf-8").splitlines():
        parts = ln.split("\t")
        if ln.startswith("T") and len(parts) >= 3:
            label, _, offs = parts[1].partition(" ")
            frags = [tuple(int(x) for x in f.split()) for f in offs.split(";")]
            spans[parts[0]] = {"label": label, "frags": frags, "text": parts[2]}
        elif ln.startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    out = []
    for r in rels:
        content = [spans[v] for k, v in r.items() if k.startswith("Content") and v in spans]
        if not content:
            continue
        text = " ".join(c["text"] for c in content)
        out.append(GoldRelation([f for c in content for f in c["frags"]], text, spans.get(r.get("Source", "")),
                                any(ch in text for ch in QUOTE_MARKS)))
    return out


def read_split(root: Path, *, limit: int | None = None) -> list[dict]:
    """Documents of a split: id, text, published date and gold relations."""
    dates = {}
    meta = root.parent / "metadata.tsv"
    if meta.exists():
        with meta.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                dates[row["filename"]] = row.get("publication_date")
    texts = sorted((root / "text").glob("*.txt"))
    texts = texts[:limit] if limit else texts
    docs = []
    for t in texts:
        anns = sorted((root / "attributions").glob(t.stem + "_*.ann"))
        if anns:
            docs.append({"id": t.stem, "text": t.read_text(encoding="utf-8"), "published": dates.get(t.stem),
                         "gold": read_ann(anns[0])})
    return docs


def _overlap(frags, start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in frags)


def _words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (s or "").casefold()) if w not in STOP}


def score_document(gold: list[GoldRelation], quotes: list[dict], counts: Counts, *, doc_id: str = "") -> None:
    """Add one document's matches to `counts` (quotes: dicts with start, end, speaker)."""
    counts.s_n += len(quotes)
    counts.s_spk += sum(1 for q in quotes if q.get("speaker"))
    used: set[int] = set()
    for g in gold:
        counts.g_n += 1
        has_src = g.source is not None
        counts.g_src += has_src
        g_len = sum(e - s for s, e in g.frags)
        if g.direct:
            counts.g_dir += 1
        else:
            counts.g_ind += 1
        best, best_ov = None, 0
        for i, q in enumerate(quotes):
            if i in used:
                continue
            ov = _overlap(g.frags, q["start"], q["end"])
            if ov >= MATCH_SHARE * g_len and ov >= MATCH_SHARE * (q["end"] - q["start"]) and ov > best_ov:
                best, best_ov = i, ov
        if best is None:
            counts.misses.append((doc_id, "content", g.text[:80], None))
            continue
        used.add(best)
        counts.c_tp += 1
        counts.dir_hit += g.direct
        counts.ind_hit += not g.direct
        spk = quotes[best].get("speaker") or {}
        if not has_src or not spk:
            continue
        ok = False
        if spk.get("start") is not None and spk.get("end") is not None:
            ok = _overlap(g.source["frags"], spk["start"], spk["end"]) > 0
        if not ok:
            ok = bool(_words(spk.get("name")) & _words(g.source["text"]))
        counts.a_tp += ok
        if not ok:
            counts.misses.append((doc_id, "speaker", g.text[:80], f"{spk.get('name')!r} want {g.source['text']!r}"))


def textacy_quotes(doc) -> list[dict] | None:
    """textacy's direct_quotations as quote dicts; None when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    out = []
    text = doc.text
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, KeyError):  # textacy trips over some unbalanced quotes
        triples = []
    for tr in triples:
        content = tr.content
        spk = sorted(tr.speaker, key=lambda t: t.i)
        speaker = None
        if spk:
            s, e = spk[0].idx, spk[-1].idx + len(spk[-1].text)
            speaker = {"name": text[s:e], "start": s, "end": e}
        out.append({"start": content.start_char, "end": content.end_char, "speaker": speaker})
    return out


def marks_nearest_person_quotes(doc, text: str) -> list[dict]:
    """Stand-in baseline when textacy is missing: each quotation-mark span, attributed to
    the nearest PERSON entity in its paragraph."""
    from newsgraph.clean.body_only import split_paragraphs
    from newsgraph.extract.quotes import find_quote_regions

    regions = find_quote_regions(text, split_paragraphs(text))
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    out = []
    for r in regions:
        best = min(persons, key=lambda e: min(abs(e.start_char - r.outer_end), abs(r.outer_start - e.end_char)),
                   default=None)
        speaker = {"name": best.text, "start": best.start_char, "end": best.end_char} if best else None
        out.append({"start": r.start, "end": r.end, "speaker": speaker})
    return out


def evaluate(docs: list[dict], *, baseline: bool = True) -> tuple[Counts, Counts | None, str]:
    """Run the pipeline (and the baseline on the same docs) and count matches."""
    from newsgraph.pipeline import build_analysis, prepare
    from newsgraph.ingest import RawDocument
    from newsgraph.nlp import load_nlp
    from newsgraph.records import to_json

    nlp = load_nlp()
    ours, base = Counts(), Counts() if baseline else None
    base_name = "textacy direct_quotations"
    prepared = []
    for d in docs:
        raw = RawDocument(content=d["text"], path=d["id"], format="text", body_only=True, published=d["published"])
        article, when, warnings = prepare(raw)
        prepared.append((d, article, when, warnings))
    for (d, article, when, warnings), doc in zip(prepared, nlp.pipe((p[1].text for p in prepared), batch_size=16)):
        analysis = build_analysis(doc, article, when, source={"id": d["id"]}, warnings=warnings)
        quotes = [to_json(q) for q in analysis.quotes]
        score_document(d["gold"], quotes, ours, doc_id=d["id"])
        if base is not None:
            bq = textacy_quotes(doc)
            if bq is None:
                base_name = "quotation marks -> nearest PERSON (textacy not installed)"
                bq = marks_nearest_person_quotes(doc, article.text)
            score_document(d["gold"], bq, base, doc_id=d["id"])
    return ours, base, base_name


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("polnear")
    def polnear(
        split: str = typer.Option("dev", "--split", help="train or dev (develop on train, report on dev)."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N articles (name order)."),
        data: Optional[Path] = typer.Option(None, "--data", help="The PolNeAR folder (default ../shared/data/polnear)."),
        show: int = typer.Option(0, "--show", help="Print N misses (content not found, wrong speaker)."),
        no_baseline: bool = typer.Option(False, "--no-baseline", help="Skip the baseline."),
        json_out: bool = typer.Option(False, "--json", help="Print the metrics as one JSON object."),
    ):
        """Quotes and speakers on PolNeAR: content and attribution P/R/F1, beside textacy."""
        root = (data or shared_dir() / "data" / "polnear") / split
        if not (root / "text").is_dir():
            typer.echo(f"newsgraph: error: {root}: no PolNeAR split here (text/ and attributions/)", err=True)
            raise typer.Exit(2)
        t0 = time.monotonic()
        docs = read_split(root, limit=limit)
        ours, base, base_name = evaluate(docs, baseline=not no_baseline)
        secs = time.monotonic() - t0
        result = {"split": split, "articles": len(docs), "gold_relations": ours.g_n, "with_source": ours.g_src,
                  "newsgraph": ours.metrics(), "system_quotes": ours.s_n, "seconds": round(secs, 1)}
        if base is not None:
            result["baseline"] = {"name": base_name, **base.metrics(), "system_quotes": base.s_n}
        if json_out:
            typer.echo(json.dumps(result))
            return
        typer.echo(f"PolNeAR {split}: articles={len(docs)} gold_relations={ours.g_n} with_source={ours.g_src} "
                   f"({secs:.0f}s)")
        rows = [("newsgraph", ours.metrics(), ours.s_n)]
        if base is not None:
            rows.append((base_name, base.metrics(), base.s_n))
        keys = ["content_p", "content_r", "content_f1", "attribution_p", "attribution_r", "attribution_f1",
                "direct_r", "indirect_r"]
        typer.echo(f"{'system':<40} " + " ".join(f"{k:>14}" for k in keys) + "  quotes")
        for name, m, n in rows:
            typer.echo(f"{name[:40]:<40} " + " ".join(f"{m[k]:>14.3f}" for k in keys) + f"  {n}")
        for doc_id, what, gold_text, detail in ours.misses[:show]:
            typer.echo(f"  {what:<8} {doc_id[:40]}: {gold_text!r}" + (f" speaker {detail}" if detail else ""))
