"""`newsgraph eval extraction`: body extraction on the Zyte/Scrapinghub
article-extraction-benchmark (181 HTML pages with a hand-checked article body).

Metric, as the benchmark's own evaluation: texts are cut into `\\w+` tokens;
per page, true positives, false positives and false negatives are the
multiset overlap of the token n-grams (n=1: token level; n=4: the benchmark's
"shingles"), normalised to sum to 1 so long pages do not weigh more; precision,
recall and F1 come from the sums over pages. A page with no extraction counts
every gold token as missed.

Both systems run in the same process on the same decoded pages: trafilatura
alone (`trafilatura.extract` with its defaults) and newsgraph's `clean_html`
(trafilatura with our options, then our refinements), scored on `article.body`.
"""
from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.evaluation import shared_dir

DATA_NAME = "article-extraction-benchmark"
# trafilatura alone (its defaults); trafilatura with the options clean_html passes
# (no comments), before our refinements; newsgraph's clean_html body.
SYSTEMS = ("trafilatura", "trafilatura-options", "newsgraph")
TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Score:
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0
    pages: int = 0
    per_page: list = field(default_factory=list)

    def add(self, gold: str, pred: str | None, *, n: int) -> float:
        tp, fp, fn = overlap(gold, pred or "", n=n)
        self.tp, self.fp, self.fn, self.pages = self.tp + tp, self.fp + fp, self.fn + fn, self.pages + 1
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        self.per_page.append(f)
        return f

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "pages": self.pages}


def ngrams(text: str, n: int) -> Counter:
    toks = TOKEN.findall(text)
    if n == 1:
        return Counter(toks)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


def overlap(gold: str, pred: str, *, n: int = 1) -> tuple[float, float, float]:
    """(tp, fp, fn) of the n-gram multisets, normalised to sum to 1 (all 0 when both are empty)."""
    g, p = ngrams(gold, n), ngrams(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def load_pages(data: Path, *, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(key, html, gold body) for each page, in sorted key order (a deterministic subset with --limit)."""
    from newsgraph.ingest.decode import decode_bytes

    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit] if limit else sorted(truth)
    pages = []
    for k in keys:
        path = data / "html" / f"{k}.html.gz"
        if not path.exists():
            continue
        html = decode_bytes(gzip.decompress(path.read_bytes()), str(path))
        pages.append((k, html, truth[k].get("articleBody") or ""))
    return pages


def evaluate(data: Path, *, limit: int | None = None) -> dict:
    """Scores of trafilatura alone and of newsgraph, token level (n=1) and 4-shingles, same pages."""
    import trafilatura

    from newsgraph.clean.html import clean_html, extract_with_trafilatura

    pages = load_pages(data, limit=limit)
    scores = {name: {1: Score(), 4: Score()} for name in SYSTEMS}
    worst = []
    timing = {"trafilatura": 0.0, "newsgraph": 0.0}
    for key, html, gold in pages:
        t0 = time.perf_counter()
        base = trafilatura.extract(html)
        t1 = time.perf_counter()
        doc = extract_with_trafilatura(html)
        ours = clean_html(html, doc=doc).body
        t2 = time.perf_counter()
        timing["trafilatura"] += t1 - t0
        timing["newsgraph"] += t2 - t1
        for n in (1, 4):
            fb = scores["trafilatura"][n].add(gold, base, n=n)
            scores["trafilatura-options"][n].add(gold, doc.text if doc is not None else "", n=n)
            fo = scores["newsgraph"][n].add(gold, ours, n=n)
            if n == 1:
                worst.append((fo - fb, key, fb, fo))
    worst.sort()
    return {
        "pages": len(pages),
        "token": {name: s[1].as_dict() for name, s in scores.items()},
        "shingle4": {name: s[4].as_dict() for name, s in scores.items()},
        "seconds": {k: round(v, 1) for k, v in timing.items()},
        "largest_losses": [{"page": k, "trafilatura_f1": round(b, 3), "newsgraph_f1": round(o, 3)} for d, k, b, o in worst[:5] if d < 0],
    }


def register(eval_app) -> None:
    import typer

    @eval_app.command("extraction")
    def extraction_command(
        data: Path = typer.Option(None, "--data", help=f"The benchmark folder (default: ../shared/data/{DATA_NAME})."),
        limit: int = typer.Option(None, "--limit", help="Score only the first N pages (sorted by key)."),
        json_out: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    ):
        """Body extraction from HTML: token-level P/R/F1 of trafilatura alone and of newsgraph, same run."""
        from newsgraph.cli import fail_line

        folder = data or shared_dir() / "data" / DATA_NAME
        if not (folder / "ground-truth.json").is_file():
            fail_line(str(folder), "no ground-truth.json here (give --data DIR)")
            raise typer.Exit(2)
        result = evaluate(folder, limit=limit)
        if json_out:
            typer.echo(json.dumps(result, indent=2))
            return
        typer.echo(f"article-extraction-benchmark: {result['pages']} pages")
        typer.echo(f"{'system':<21}{'level':<10}{'precision':>10}{'recall':>9}{'F1':>8}")
        for level in ("token", "shingle4"):
            for name in SYSTEMS:
                s = result[level][name]
                typer.echo(f"{name:<21}{level:<10}{s['precision']:>10.4f}{s['recall']:>9.4f}{s['f1']:>8.4f}")
        typer.echo(f"seconds: trafilatura {result['seconds']['trafilatura']}, newsgraph {result['seconds']['newsgraph']}")
        for w in result["largest_losses"]:
            typer.echo(f"  newsgraph below trafilatura on {w['page'][:16]}: {w['newsgraph_f1']} vs {w['trafilatura_f1']}")
