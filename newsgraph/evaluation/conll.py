"""`newsgraph eval conll`: PER/ORG/LOC named entities on CoNLL-2003 English.

Reads ``../shared/data/conll2003-en/eng.<split>`` where it lies (IOB1 tags, one token
a line, ``-DOCSTART-`` between documents; the mirror's misplaced first DOCSTART is
tolerated). Each document becomes one text: tokens joined by single spaces,
sentences by newlines, with every token's character offsets kept. The text is parsed
once by the pinned spaCy pipeline; on the same Doc we score

- **spaCy**: the raw ``doc.ents``;
- **newsgraph**: the mentions of the final entity layer (``extract_entities``),
  each with its entity's type.

Label mapping (OntoNotes -> CoNLL): PERSON -> PER; ORG -> ORG; GPE, LOC, FAC -> LOC.
NORP, MISC and every other label are left out on both sides (CoNLL's MISC mixes
nationalities, events and products, which no OntoNotes label maps onto one-to-one).
Scoring is exact-span entity-level precision/recall/F1 (conlleval's definition),
per type and micro-averaged over PER/ORG/LOC.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer

from newsgraph.evaluation import shared_dir

TYPES = ("PER", "ORG", "LOC")
LABEL_MAP = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


@dataclass
class ConllDoc:
    text: str
    gold: set  # {(start, end, type)}
    tokens: list = field(default_factory=list)  # [(start, end)]


def read_conll(path: Path) -> list[ConllDoc]:
    """Documents of a CoNLL-2003 file, each with its text and gold PER/ORG/LOC spans."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sent: list = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                docs[-1].append(sent)
                sent = []
            if docs[-1]:
                docs.append([])
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        docs[-1].append(sent)
    return [_build(d) for d in docs if d]


def _build(sents) -> ConllDoc:
    pieces, tokens, gold = [], [], set()
    pos = 0
    for si, sent in enumerate(sents):
        if si:
            pieces.append("\n")
            pos += 1
        cur = None  # (start, type)
        last_end = pos
        for ti, (word, tag) in enumerate(sent):
            if ti:
                pieces.append(" ")
                pos += 1
            start, end = pos, pos + len(word)
            pieces.append(word)
            pos = end
            tokens.append((start, end))
            kind = tag[2:] if tag != "O" else None
            begins = tag.startswith("B-") or (kind is not None and (cur is None or cur[1] != kind))
            if cur is not None and (kind is None or begins):
                if cur[1] in TYPES:
                    gold.add((cur[0], last_end, cur[1]))
                cur = None
            if kind is not None and cur is None:
                cur = (start, kind)
            last_end = end
        if cur is not None and cur[1] in TYPES:
            gold.add((cur[0], last_end, cur[1]))
    return ConllDoc(text="".join(pieces), gold=gold, tokens=tokens)


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, gold: set, pred: set) -> None:
        for s in pred:
            (self.tp if s in gold else self.fp)[s[2]] += 1
        for s in gold - pred:
            self.fn[s[2]] += 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        keys = [kind] if kind else list(TYPES)
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict:
        out = {}
        for k in (None,) + TYPES:
            p, r, f = self.prf(k)
            out[k or "all"] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
        return out


def spacy_spans(doc) -> set:
    return {(e.start_char, e.end_char, LABEL_MAP[e.label_]) for e in doc.ents if e.label_ in LABEL_MAP}


def our_spans(doc, text: str) -> set:
    from newsgraph.extract.context import Context
    from newsgraph.extract.entities import extract_entities
    from newsgraph.records import Article, Span

    article = Article(text=text, paragraphs=(Span(0, len(text)),), body_only=True)
    ents = extract_entities(doc, Context(article=article))
    return {(m.start, m.end, LABEL_MAP[e.type]) for e in ents if e.type in LABEL_MAP for m in e.mentions}


def evaluate(path: Path, *, limit: int | None = None, show: int = 0) -> dict:
    """Score raw spaCy and newsgraph's entities on one CoNLL file; returns the numbers."""
    from newsgraph.nlp import load_nlp

    docs = read_conll(path)
    if limit:
        docs = docs[:limit]
    nlp = load_nlp()
    raw, ours = Score(), Score()
    errors = Counter()
    examples = []
    t0 = time.perf_counter()
    for cd, doc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=16)):
        s_pred, o_pred = spacy_spans(doc), our_spans(doc, cd.text)
        raw.add(cd.gold, s_pred)
        ours.add(cd.gold, o_pred)
        for s in o_pred - cd.gold:
            same = [g for g in cd.gold if g[0] == s[0] and g[1] == s[1]]
            kind = "wrong type" if same else ("boundary" if any(g[0] < s[1] and s[0] < g[1] for g in cd.gold)
                                              else "spurious")
            errors[kind] += 1
            if len(examples) < show:
                examples.append(f"{kind}: {cd.text[s[0]:s[1]]!r} as {s[2]}"
                                + (f" (gold {same[0][2]})" if same else ""))
        for g in cd.gold - o_pred:
            if not any(s[0] < g[1] and g[0] < s[1] for s in o_pred):
                errors["missed"] += 1
                if len(examples) < show:
                    examples.append(f"missed: {cd.text[g[0]:g[1]]!r} ({g[2]})")
    return {"data": str(path), "documents": len(docs), "seconds": round(time.perf_counter() - t0, 1),
            "spacy": raw.as_dict(), "newsgraph": ours.as_dict(), "errors": dict(errors), "examples": examples}


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("conll")
    def conll(
        data: Optional[Path] = typer.Option(None, "--data", help="Folder with eng.train/eng.testa/eng.testb "
                                            "(default ../shared/data/conll2003-en)."),
        split: str = typer.Option("testb", "--split", help="train, testa (development) or testb (report)."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N documents."),
        show: int = typer.Option(0, "--show", help="Print N error examples."),
        json_out: bool = typer.Option(False, "--json", help="Print the numbers as JSON."),
    ):
        """Named entities (PER/ORG/LOC) on CoNLL-2003: newsgraph's entity layer vs raw spaCy, same run."""
        folder = data or shared_dir() / "data" / "conll2003-en"
        path = folder / f"eng.{split}"
        if not path.is_file():
            typer.echo(f"newsgraph: error: {path}: no such file", err=True)
            raise typer.Exit(2)
        res = evaluate(path, limit=limit, show=show)
        if json_out:
            typer.echo(json.dumps(res, indent=1))
            return
        typer.echo(f"CoNLL-2003 {split}: {res['documents']} documents, {res['seconds']} s")
        typer.echo(f"{'':8}{'spaCy P/R/F1':>24}{'newsgraph P/R/F1':>26}{'dF1':>8}")
        for k in ("all",) + TYPES:
            s, o = res["spacy"][k], res["newsgraph"][k]
            typer.echo(f"{k:8}{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}  {o['p']:>8.3f}{o['r']:>8.3f}{o['f1']:>8.3f}"
                       f"{(o['f1'] - s['f1']) * 100:>+8.1f}")
        typer.echo("newsgraph errors: " + ", ".join(f"{k} {v}" for k, v in sorted(res["errors"].items())))
        for ex in res["examples"]:
            typer.echo("  " + ex)
