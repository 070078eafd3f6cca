"""Golden pasted articles (tests/golden/*.txt, written for these tests) against their
expected metadata, with the same checks as ../shared/eval/score_analysis.py's
`score_metadata` (replicated here so the tests run without ../shared)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsgraph.clean.paste import clean_pasted
from newsgraph.records import to_json

from conftest import GOLDEN

CASES = sorted(GOLDEN.glob("*.txt"))
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").translate(FOLD)).strip().casefold()


def metadata_misses(g: dict, art: dict) -> list[str]:
    """The failed checks of score_metadata, by name (empty: all pass)."""
    misses = []

    def check(ok: bool, what: str) -> None:
        if not ok:
            misses.append(what)

    if "outlet" in g:
        check(norm(art.get("outlet")) == norm(g["outlet"]), f"outlet {art.get('outlet')!r}")
    if "headline" in g:
        check(norm(art.get("headline")) == norm(g["headline"]), f"headline {art.get('headline')!r}")
    if "authors" in g:
        check(sorted(norm(a) for a in art.get("authors") or []) == sorted(norm(a) for a in g["authors"]), f"authors {art.get('authors')!r}")
    published = str(art.get("published") or "")
    if "published_date" in g:
        check(published.startswith(g["published_date"]), f"published date {published!r}")
    if "published_time" in g:
        check(g["published_time"] in published, f"published time {published!r}")
    body = art.get("body") or ""
    if "body_paragraphs" in g:
        check(len(art["paragraphs"]) == g["body_paragraphs"], f"paragraphs {len(art['paragraphs'])}")
    if "body_starts_with" in g:
        check(norm(body).startswith(norm(g["body_starts_with"])), f"body start {body[:60]!r}")
    if "body_ends_with" in g:
        check(norm(body).endswith(norm(g["body_ends_with"])), f"body end {body[-60:]!r}")
    caps = art.get("captions") or []
    if "caption_count" in g:
        check(len(caps) == g["caption_count"], f"caption count {len(caps)}")
    for gc in g.get("captions", []):
        hit = [c for c in caps if norm(c["text"]).startswith(norm(gc["starts_with"]))]
        check(bool(hit), f"caption {gc['starts_with'][:30]!r}")
        if hit and "credit" in gc:
            check(norm(hit[0]["credit"]) == norm(gc["credit"]), f"credit {hit[0]['credit']!r}")
        if hit:
            check(norm(hit[0]["text"]).count(norm(gc["starts_with"])) == 1, "caption duplicated")
    visible = " ".join([art.get("headline") or "", body] + [c["text"] for c in caps] + list(art.get("authors") or []))
    for bad in g.get("must_not_appear", []):
        check(norm(bad) not in norm(visible), f"noise {bad!r} left")
    if "dateline" in g:
        check(art.get("dateline") == g["dateline"], f"dateline {art.get('dateline')!r}")
    return misses


def test_clean_golden_has_at_least_twelve_cases():
    assert len(CASES) >= 12
    for case in CASES:
        assert case.with_suffix(".expected.json").exists(), case.name


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_clean_golden_metadata_matches(path: Path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))["metadata"]
    article = to_json(clean_pasted(path.read_text(encoding="utf-8")))
    assert metadata_misses(expected, article) == []


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_clean_golden_every_dropped_line_has_a_reason(path: Path):
    text = path.read_text(encoding="utf-8")
    article = clean_pasted(text)
    lines = text.splitlines()
    kept = set(article.text.split("\n\n"))
    for r in article.removed:
        assert r.reason and r.line is not None
        assert lines[r.line - 1].strip() == r.text
    # every non-blank input line is either kept (headline, caption, paragraph) or listed as removed
    removed_lines = {r.line for r in article.removed}
    for n, ln in enumerate(lines, 1):
        if ln.strip() and n not in removed_lines:
            assert any(ln.strip() in k or k in ln for k in kept), f"line {n} vanished: {ln!r}"


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_clean_golden_body_is_a_fixed_point(path: Path):
    """Cleaning an article's own body again keeps it (the body holds no furniture)."""
    body = clean_pasted(path.read_text(encoding="utf-8")).body
    assert clean_pasted(body).body == body


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_clean_golden_hard_wrapped_paste_gives_same_metadata(path: Path):
    """The same article with its sentences hard-wrapped at 72 columns (pasted from
    e-mail) reads the same. Title-shaped lines stay whole: a wrapped headline directly
    above a capitalised standfirst line is ambiguous even to a reader."""
    import textwrap

    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))["metadata"]
    lines = path.read_text(encoding="utf-8").splitlines()
    sentence_like = re.compile(r"[.!?\"”)\]]$")
    wrapped = "\n".join(textwrap.fill(ln, 72) if len(ln.split()) >= 20 or sentence_like.search(ln.strip()) else ln
                         for ln in lines)
    assert wrapped != path.read_text(encoding="utf-8")
    article = to_json(clean_pasted(wrapped))
    assert metadata_misses(expected, article) == []


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_clean_golden_same_metadata_without_blank_lines_or_with_crlf(path: Path):
    """Browsers paste paragraphs with single or double line breaks, Windows with CRLF."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))["metadata"]
    text = path.read_text(encoding="utf-8")
    for variant in (re.sub(r"\n\s*\n", "\n", text), text.replace("\n", "\r\n")):
        assert metadata_misses(expected, to_json(clean_pasted(variant))) == []
