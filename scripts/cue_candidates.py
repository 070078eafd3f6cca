#!/usr/bin/env python3
"""List reporting-cue candidates learned from PolNeAR's TRAIN split (never dev).

For every verb and noun lemma of the parsed train articles it counts how often a token
of that lemma lies inside a gold Cue span and how often it occurs at all; lemmas missing
from newsgraph/data/cues.tsv with at least --min-support cue tokens and a cue share of at
least --min-share are printed, most frequent first:

    .venv/bin/python scripts/cue_candidates.py [--data ../shared/data/polnear] [--limit N]

The list is a starting point, not the lexicon: the entries of the block "learned from
PolNeAR train" in cues.tsv were those candidates whose quotes, added to the lexicon one
batch at a time, matched PolNeAR train gold at least about half of the time, and that read
as a statement, a judgement or a thought in general news ("offered few details", "read a
statement", "ripped the plan"). Candidates that name acts ("release", "sign", "launch",
"decide", "introduce") were left out whatever their share: PolNeAR's annotators mark acts
as attributions, a news reader does not read them as anyone's words.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POS = {"VERB": "verb", "NOUN": "noun"}


def cue_offsets(ann: Path) -> set[int]:
    """Character offsets covered by the Cue spans that relations of one .ann file use."""
    spans: dict[str, list[tuple[int, int]]] = {}
    used: list[str] = []
    for ln in ann.read_text(encoding="utf-8").splitlines():
        parts = ln.split("\t")
        if ln.startswith("T") and len(parts) >= 3:
            _, _, offs = parts[1].partition(" ")
            spans[parts[0]] = [tuple(int(x) for x in f.split()) for f in offs.split(";")]
        elif ln.startswith("E") and len(parts) >= 2:
            used += [v for k, v in (x.split(":", 1) for x in parts[1].split() if ":" in x) if k.startswith("Cue")]
    return {i for t in used for s, e in spans.get(t, []) for i in range(s, e)}


def main() -> int:
    from newsgraph.evaluation import shared_dir
    from newsgraph.extract.quotes import load_cues
    from newsgraph.nlp import load_nlp

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None, help="the PolNeAR folder (default ../shared/data/polnear)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N train articles")
    ap.add_argument("--min-support", type=int, default=5, help="gold cue tokens a lemma needs")
    ap.add_argument("--min-share", type=float, default=0.2, help="share of its tokens inside gold cues")
    a = ap.parse_args()
    root = (a.data or shared_dir() / "data" / "polnear") / "train"
    texts = sorted((root / "text").glob("*.txt"))[: a.limit]
    items = []
    for t in texts:
        anns = sorted((root / "attributions").glob(t.stem + "_*.ann"))
        if anns:  # the first annotator's file is the gold, as in the scorer
            items.append((t.read_text(encoding="utf-8"), cue_offsets(anns[0])))
    lex = load_cues()
    in_cue: collections.Counter = collections.Counter()
    seen: collections.Counter = collections.Counter()
    for (_, cues), doc in zip(items, load_nlp().pipe((x[0] for x in items), batch_size=16)):
        for tok in doc:
            if tok.pos_ in POS and tok.is_alpha:
                key = (tok.lemma_.lower(), POS[tok.pos_])
                seen[key] += 1
                in_cue[key] += tok.idx in cues
    rows = [(k, n, seen[k]) for k, n in in_cue.items()
            if k not in lex and n >= a.min_support and n / seen[k] >= a.min_share]
    print("lemma\tpos\tcue_tokens\ttokens\tshare")
    for (lemma, pos), n, total in sorted(rows, key=lambda r: -r[1]):
        print(f"{lemma}\t{pos}\t{n}\t{total}\t{n / total:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
