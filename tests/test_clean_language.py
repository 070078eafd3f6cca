"""Language check: English passes; other languages are named (the analysis warns)."""
from __future__ import annotations

import pytest

from newsgraph.clean.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("The government said on Tuesday that talks with the unions would resume next week, the minister said.", "en"),
    ("Le gouvernement a annoncé mardi que les négociations avec les syndicats reprendraient la semaine prochaine.", "fr"),
    ("Die Regierung hat am Dienstag angekündigt, dass die Verhandlungen mit den Gewerkschaften fortgesetzt werden.", "de"),
    ("El gobierno anunció el martes que las negociaciones con los sindicatos se reanudarán la próxima semana.", "es"),
    ("북한이 러시아에 군사 대표단을 파견했다고 조선중앙통신이 화요일 보도했다", "ko"),
    ("日本の首相は火曜日、東京で記者会見を開き、新しい経済対策を発表した。", "ja"),
    ("Москва заявила во вторник, что переговоры продолжатся на следующей неделе.", "ru"),
])
def test_clean_language_detected(text, lang):
    assert detect_language(text) == lang


def test_clean_language_too_short_to_tell():
    assert detect_language("12345 !!!") is None
