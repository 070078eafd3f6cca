"""Bytes -> text: UTF-8/16 with and without BOM, legacy encodings detected, binary refused."""
from __future__ import annotations

import random

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes

ENGLISH = "The café’s owner said “we’re open” — prices rose 5€ in Zürich on Tuesday.\n" * 3
# An English article with a few characters of another script, as pasted from a Korean site.
KOREAN_UI = ("The Korea Ledger\n\n지나쌤\n\nSeoul to expand subsidies for small firms\n\n"
             "The government will expand subsidies for small firms that hire young workers, the ministry said Tuesday.\n")


@pytest.mark.parametrize("text, encoding", [
    (ENGLISH, "cp1252"),
    (KOREAN_UI, "euc-kr"),
    ("북한이 러시아에 군사 대표단을 파견했다고 조선중앙통신이 화요일 보도했다.\n", "euc-kr"),
    ("日本の首相は火曜日、東京で記者会見を開き、新しい経済対策を発表した。\n", "shift_jis"),
    ("中国外交部发言人周二表示，双方将继续保持沟通。\n", "gb18030"),
    ("中國外交部發言人週二表示，雙方將繼續保持溝通。\n", "big5"),
    ("Москва заявила во вторник, что переговоры продолжатся.\n", "cp1251"),
])
def test_ingest_legacy_encoding_detected(text, encoding):
    assert decode_bytes(text.encode(encoding), "a.txt") == text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"])
def test_ingest_unicode_encodings(encoding):
    assert decode_bytes(KOREAN_UI.encode(encoding), "a.txt").lstrip("\ufeff") == KOREAN_UI


def test_ingest_binary_refused():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "img.txt")


def test_ingest_hopeless_bytes_refused():
    rng = random.Random(7)
    noise = bytes(b for b in rng.randbytes(8192) if b >= 0x80)  # no ASCII at all: no text in any encoding
    with pytest.raises(InputError):
        decode_bytes(noise * 2, "noise.txt")
