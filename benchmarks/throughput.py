#!/usr/bin/env python3
"""Throughput of the whole analysis against raw spaCy, measured in the same run.

Usage: .venv/bin/python benchmarks/throughput.py [--articles N] [--repeat R]

Articles are the bundled sample and the golden test articles (repeated to N).
Prints words/s for spaCy alone (nlp.pipe) and for newsgraph's full analysis
(clean + parse + all extractors), and the ratio of the two: this machine is
noisy, so compare ratios, not absolute numbers. Peak memory (RSS) is printed too.
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_texts(n: int) -> list[str]:
    files = [ROOT / "samples" / "sample-article.txt"] + sorted((ROOT / "tests" / "golden").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    return [texts[i % len(texts)] for i in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()
    from newsgraph.pipeline import analyze_raw_many
    from newsgraph.ingest import RawDocument
    from newsgraph.nlp import load_nlp

    nlp = load_nlp()
    texts = load_texts(a.articles)
    words = sum(len(t.split()) for t in texts)
    nlp("warm up")
    best_spacy = best_full = float("inf")
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        best_spacy = min(best_spacy, time.perf_counter() - t0)
        raws = [RawDocument(content=t, path=f"bench-{i}") for i, t in enumerate(texts)]
        t0 = time.perf_counter()
        n = sum(1 for _ in analyze_raw_many(raws, published="2025-03-12"))
        best_full = min(best_full, time.perf_counter() - t0)
        if n != len(texts):
            raise SystemExit(f"analysed {n} of {len(texts)} articles")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles={len(texts)} words={words}")
    print(f"spacy_only_words_per_s={words / best_spacy:.0f}")
    print(f"newsgraph_words_per_s={words / best_full:.0f}")
    print(f"ratio_newsgraph_to_spacy={best_spacy / best_full:.2f}")
    print(f"peak_rss_mb={rss_mb:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
