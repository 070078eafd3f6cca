"""Every span in every analysis indexes article.text exactly."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.pipeline import analyze
from newsgraph.records import iter_spans

from conftest import GOLDEN, ROOT, SHARED

CASES = sorted(GOLDEN.glob("*.txt")) + [ROOT / "samples" / "sample-article.txt"]
if SHARED.is_dir():
    CASES += sorted((SHARED / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: Path(p).name)
def test_offsets_every_span_matches_text(path):
    analysis = analyze(Path(path).read_text(encoding="utf-8"))
    text = analysis.article.text
    n = 0
    for where, start, end, expected in iter_spans(analysis):
        assert 0 <= start <= end <= len(text), f"{where} out of range"
        if expected is not None:
            assert text[start:end] == expected, f"{where}: {text[start:end]!r} != {expected!r}"
        n += 1
    assert n > 0
    assert analysis.article.body.strip()


def test_offsets_body_only_keeps_text_unchanged():
    text = "  First paragraph, said Ann Lee on Monday.\r\n\r\nSecond one.\n"
    analysis = analyze(text, body_only=True, published="2024-07-09")
    assert analysis.article.text == text
    assert [text[p.start:p.end] for p in analysis.article.paragraphs] == ["First paragraph, said Ann Lee on Monday.", "Second one."]
