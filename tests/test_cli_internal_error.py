"""A bug in an extractor costs only the article it fails on: one line naming the file and the
exception, the rest of the batch analysed, exit status 2; the Python API raises AnalysisError
with the original exception chained."""
import json

import pytest
from typer.testing import CliRunner

import newsgraph.pipeline as pipeline
from newsgraph.cli import app
from newsgraph.errors import AnalysisError

GOOD = "Peru and Chile signed a water agreement in Lima on Tuesday, officials said.\n"
BAD = "The poison word is here: Kestrelvane said on Monday that nothing would change.\n"


def _fragile_quotes(real):
    def extract(doc, ctx):
        if "Kestrelvane" in ctx.article.text:
            raise ZeroDivisionError("a planted bug")
        return real(doc, ctx)
    return extract


@pytest.fixture
def planted_bug(monkeypatch):
    monkeypatch.setattr(pipeline, "extract_quotes", _fragile_quotes(pipeline.extract_quotes))


def test_cli_internal_error_costs_only_its_article(tmp_path, planted_bug):
    for name, text in (("a.txt", GOOD), ("b.txt", BAD), ("c.txt", GOOD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["analyze", str(tmp_path), "--json", "--body-only", "--published", "2024-07-09"])
    assert res.exit_code == 2
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [x["source"]["path"].rsplit("/", 1)[-1] for x in lines] == ["a.txt", "c.txt"]
    errors = [x for x in res.stderr.splitlines() if x.startswith("newsgraph: error:")]
    assert len(errors) == 1 and "b.txt" in errors[0] and "ZeroDivisionError" in errors[0]
    assert "Traceback" not in res.stderr
    assert "analysed 2 articles, 1 failed" in res.stderr


def test_api_internal_error_is_an_analysis_error_with_its_cause(planted_bug):
    with pytest.raises(AnalysisError) as info:
        pipeline.analyze(BAD, body_only=True, published="2024-07-09")
    assert isinstance(info.value.__cause__, ZeroDivisionError)
