"""Evaluation commands (`newsgraph eval NAME`): each scores newsgraph on a public
data set in ../shared/data and prints a baseline measured in the same run.

Each module defines `register(eval_app)` adding one Typer command. Shared data is
read where it lies (never copied into the repository); `--data` points elsewhere.
"""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def shared_dir() -> Path:
    """../shared beside the checkout, or $NEWSGRAPH_SHARED."""
    return Path(os.environ.get("NEWSGRAPH_SHARED", DEFAULT_SHARED))
