"""Docs cannot fall behind: docs/cli.md is what the commands' --help says."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_docs_cli_reference_is_current():
    p = subprocess.run([sys.executable, "scripts/gen_cli_docs.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, "docs/cli.md is stale: run `.venv/bin/python scripts/gen_cli_docs.py`" + p.stderr


def test_docs_every_command_documented():
    text = (ROOT / "docs" / "cli.md").read_text()
    from typer.main import get_command

    from newsgraph.cli import app

    root = get_command(app)
    ctx = root.context_class(root)
    for name in root.list_commands(ctx):
        assert f"`newsgraph {name}`" in text
