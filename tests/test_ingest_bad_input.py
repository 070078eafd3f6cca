"""Bad input through the command (issue 2, point 5): one line `newsgraph: error: PATH: reason`,
exit status 2, no traceback; in a batch the other articles are still analysed."""
from __future__ import annotations

import json
import os
import random

import pytest

from conftest import ROOT, run_cli

SAMPLE = str(ROOT / "samples" / "sample-article.txt")
KOREAN = ("연합뉴스\n\n정부, 청년 고용 중소기업 지원금 확대\n\n"
          "정부는 청년을 정규직으로 채용하는 중소기업에 대한 지원금을 확대한다고 고용노동부가 화요일 밝혔다. "
          "지원 대상은 상시 근로자 300명 미만 기업이며, 1인당 최대 1천200만 원을 2년간 지원한다.\n\n"
          "노동부는 올해 이 사업에 4천500억 원을 배정했으며 8월부터 신청을 받는다고 설명했다.\n")


def _errors(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("newsgraph: error: ")]


@pytest.mark.issue(2)
def test_ingest_every_bad_input_kind_in_one_batch(tmp_path):
    (tmp_path / "nodir").mkdir()
    (tmp_path / "nodir" / "notes.bin").write_bytes(b"\x00\x01")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\t \n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (5 * 1024 * 1024 // 5 + 100))
    noise = tmp_path / "noise.txt"
    rng = random.Random(5)
    noise.write_bytes(bytes(b for b in rng.randbytes(20000) if b >= 0x80))  # no encoding makes text of it
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(open(SAMPLE, encoding="utf-8").read().replace("\u2022", "-").encode("cp1252", "replace"))
    paths = [str(tmp_path / "missing.txt"), str(tmp_path / "nodir"), str(empty), str(blank), SAMPLE, str(binary),
             str(big), str(noise), str(legacy)]
    p = run_cli("analyze", *paths, "--json")
    assert p.returncode == 2
    assert "Traceback" not in p.stderr
    errs = _errors(p.stderr)
    assert errs == [
        f"newsgraph: error: {paths[0]}: no such file or directory",
        f"newsgraph: error: {paths[1]}: directory holds no articles (.txt, .html, .htm, .jsonl, .csv)",
        f"newsgraph: error: {empty}: empty input: no text to analyse",
        f"newsgraph: error: {blank}: empty input: no text to analyse",
        f"newsgraph: error: {binary}: looks like binary data, not text or HTML",
        f"newsgraph: error: {big}: larger than the 5 MB limit for one article (5.0 MB)",
        f"newsgraph: error: {noise}: cannot decode the text (tried UTF-8, UTF-16 and detected encodings)",
    ]
    out = [json.loads(ln) for ln in p.stdout.splitlines()]
    assert [o["source"]["path"] for o in out] == [SAMPLE, str(legacy)]
    assert out[0]["article"]["headline"] == out[1]["article"]["headline"]
    assert "analysed 2 articles, 7 failed" in p.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_ingest_unreadable_file(tmp_path):
    f = tmp_path / "locked.txt"
    f.write_text("Some text.")
    f.chmod(0)
    p = run_cli("analyze", str(f), "--json")
    assert p.returncode == 2
    assert _errors(p.stderr)[0].startswith(f"newsgraph: error: {f}: cannot be read")


@pytest.mark.issue(2)
def test_ingest_non_english_warns_but_returns_cleaned_record(tmp_path):
    f = tmp_path / "ko.txt"
    f.write_bytes(KOREAN.encode("euc-kr"))
    p = run_cli("analyze", str(f), "--json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["article"]["language"] == "ko"
    assert any("not look like English" in w for w in out["warnings"])
    assert out["article"]["headline"] == "정부, 청년 고용 중소기업 지원금 확대"
    assert out["article"]["body"].startswith("정부는 청년을")
    assert out["entities"] == [] and out["quotes"] == []
