"""Bad input: one line `newsgraph: error: PATH: reason`, exit 2, the batch goes on."""
from __future__ import annotations

import json

from conftest import ROOT, run_cli

SAMPLE = str(ROOT / "samples" / "sample-article.txt")


def _error_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("newsgraph: error: ")]


def test_cli_missing_file_one_line_exit_2(tmp_path):
    p = run_cli("analyze", str(tmp_path / "nope.txt"), "--json")
    assert p.returncode == 2
    assert _error_lines(p.stderr) == [f"newsgraph: error: {tmp_path / 'nope.txt'}: no such file or directory"]
    assert "Traceback" not in p.stderr


def test_cli_batch_continues_past_bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\t\n")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    big = tmp_path / "big.txt"
    big.write_text("word " * (1_100_000 + 10))
    p = run_cli("analyze", str(empty), SAMPLE, str(binary), str(big), "--json")
    assert p.returncode == 2
    errs = _error_lines(p.stderr)
    assert len(errs) == 3, p.stderr
    assert "empty" in errs[0] and str(empty) in errs[0]
    assert "binary" in errs[1]
    assert "5 MB" in errs[2]
    out = [json.loads(ln) for ln in p.stdout.splitlines()]
    assert len(out) == 1 and out[0]["source"]["path"] == SAMPLE
    assert "1 failed" not in p.stderr and "3 failed" in p.stderr


def test_cli_directory_without_articles(tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    p = run_cli("analyze", str(tmp_path))
    assert p.returncode == 2
    assert "directory holds no articles" in p.stderr


def test_cli_jsonl_names_each_source(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "Ann Lee said on Monday that talks would resume.", "published": "2024-07-09", "body_only": True},
        {"id": "b"},
        "not json",
        {"id": "c", "text": "Officials in Seoul met on Tuesday.", "body_only": True},
    ]
    src.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    p = run_cli("analyze", str(src), "--json")
    assert p.returncode == 2
    out = [json.loads(ln) for ln in p.stdout.splitlines()]
    assert [o["source"]["id"] for o in out] == ["a", "c"]
    assert [o["source"]["line"] for o in out] == [1, 4]
    assert out[0]["article"]["text"] == rows[0]["text"]
    assert out[0]["article"]["published"].startswith("2024-07-09")
    errs = _error_lines(p.stderr)
    assert errs[0].startswith(f"newsgraph: error: {src}:2: ") and "neither 'text' nor 'html'" in errs[0]
    assert errs[1].startswith(f"newsgraph: error: {src}:3: ") and "JSON" in errs[1]


def test_cli_bad_published_option():
    p = run_cli("analyze", SAMPLE, "--published", "next tuesday", "--json")
    assert p.returncode == 2
    assert _error_lines(p.stderr)[0].startswith("newsgraph: error: --published: cannot read the date")
