"""Shared fixtures: the parsed pipeline once per session, ../shared when present."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared evaluation folder; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not here (it exists only on developer and CI machines)")
    return SHARED


def run_cli(*args: str, input: str | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run `python -m newsgraph ARGS` the way a user would."""
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True,
                          input=input, timeout=timeout, cwd=ROOT)


def analyze_json(*args: str) -> list[dict]:
    p = run_cli("analyze", *args, "--json")
    assert p.returncode == 0, p.stderr
    return [json.loads(ln) for ln in p.stdout.splitlines() if ln.strip()]


def entity_named(analysis, name: str):
    """The entity called `name`; fails listing the entities there are."""
    hits = [e for e in analysis.entities if e.name == name]
    assert hits, [(e.name, e.type) for e in analysis.entities]
    return hits[0]


def pasted_events(header: str, body: str, *, published: str) -> list:
    """The events of an article pasted as `header` (with a {published} slot) then `body`."""
    from newsgraph.pipeline import analyze

    return list(analyze(header.format(published=published) + body).events)


def body_quotes(text: str, *, published: str) -> tuple:
    """The quotes of `text` analysed as a body-only article published on `published`."""
    from newsgraph import analyze

    return analyze(text, body_only=True, published=published).quotes


def quote_by_cue(text: str, cue: str, *, published: str):
    """The one quote of `text` whose cue is `cue`; fails listing the quotes there are."""
    qs = [q for q in body_quotes(text, published=published) if q.cue == cue]
    assert len(qs) == 1, [(q.cue, q.text) for q in body_quotes(text, published=published)]
    return qs[0]


def body_timexes(nlp, text: str, published: str | None = "2024-07-09", *, doc=None) -> list:
    """The time expressions of `text` (parsed as `doc` when given) read as one body paragraph
    published on `published`."""
    from datetime import datetime

    from newsgraph.extract.context import Context
    from newsgraph.extract.timexes import extract_timexes
    from newsgraph.records import Article, Span

    art = Article(text=text, paragraphs=(Span(0, len(text)),), body_only=True)
    ctx = Context(article=art, published=datetime.fromisoformat(published) if published else None)
    return extract_timexes(doc if doc is not None else nlp(text), ctx)


def ledger_events(body: str, *, topic: str, headline: str, published: str = "14 March 2025, 09:00") -> list:
    """The events of a "Border Ledger" article pasted with `headline`, then `body`, then a second
    paragraph about `topic` naming no side (so that a one-sentence lead is kept as the body)."""
    header = f"Border Ledger\n\n{headline}\n\nBy Ana Ferreira\n\nPublished {{published}}\n\n"
    tail = (f"\n\nThe dispute over {topic} has simmered for years, with officials trading accusations "
            "about smuggling, customs delays and the treatment of traders who cross each day to sell goods in the "
            "markets on either side.\n")
    return pasted_events(header, body + tail, published=published)


def frontier_events(body: str, *, published: str = "14 March 2025, 09:00") -> list:
    """`ledger_events` of a story headlined "Neighbours trade words over the frontier" (the second
    paragraph about the frontier): the article the types and actors round-6/7 tests write."""
    return ledger_events(body, topic="the frontier", headline="Neighbours trade words over the frontier",
                         published=published)


def events_by_trigger(events, trigger: str) -> list:
    """Every event whose trigger is `trigger` (may be none)."""
    return [e for e in events if e.trigger == trigger]


def event_by_trigger(events, trigger: str):
    """The first event whose trigger is `trigger`; fails listing the events there are."""
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.type, e.trigger, e.date) for e in events]
    return found[0]


def event_rule(ev) -> str:
    """The evidence rule of an event (trigger, actor and date rules joined by "+")."""
    return ev.evidence[0].rule


def actor_countries(actors) -> set:
    """The countries of a list of actors."""
    return {a.country for a in actors}
