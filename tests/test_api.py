"""The Python API: newsgraph.analyze(text_or_html, *, published=None, body_only=False) -> Analysis."""
from __future__ import annotations

import json

import pytest

import newsgraph
from newsgraph.errors import InputError


def test_api_analyze_stays_callable_after_pipeline_import():
    import newsgraph.pipeline  # noqa: F401 - importing the stage module must not shadow the function

    first = newsgraph.analyze("Ann Lee said on Monday that talks would resume.", published="2024-07-09", body_only=True)
    second = newsgraph.analyze("Ann Lee said on Monday that talks would resume.", published="2024-07-09", body_only=True)
    assert first.id == second.id
    assert isinstance(first, newsgraph.Analysis)
    data = newsgraph.to_json(first)
    assert json.loads(json.dumps(data))["schema"] == "newsgraph.analysis/1"
    assert data["article"]["published"] == "2024-07-09"


def test_api_empty_text_raises_input_error():
    with pytest.raises(InputError) as e:
        newsgraph.analyze("  \n ")
    assert "empty" in str(e.value)


def test_api_foreign_text_returns_cleaned_record_with_warning():
    text = ("Le président de la République a déclaré mardi que le gouvernement ne reculera pas sur la "
            "réforme des retraites, malgré les grèves dans tout le pays et les manifestations.")
    a = newsgraph.analyze(text, body_only=True)
    assert a.article.language == "fr"
    assert a.article.text == text
    assert any("does not look like English" in w for w in a.warnings)
    assert a.entities == () and a.quotes == ()


def test_api_undetermined_latin_text_is_still_analysed():
    a = newsgraph.analyze("Seoul Tokyo Beijing Moscow Washington Paris London Berlin Rome Madrid Lisbon Athens", body_only=True)
    assert a.article.language == "und"
    assert any("could not tell the language" in w for w in a.warnings)
    assert {e.name for e in a.entities} >= {"Seoul", "Moscow"}
