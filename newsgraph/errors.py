"""Errors a user can see. One class per kind, one message each.

The CLI catches `NewsgraphError` in one place and prints
``newsgraph: error: PATH: reason`` with exit status 2 (see `cli.py`).
"""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: anything newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input that cannot be read or analysed: names the file and the reason."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class AnalysisError(InputError):
    """An article the analysis itself failed on (a bug, not the input's fault): names the file
    and the exception; the original is chained as ``__cause__``. The rest of a batch goes on."""


class ModelError(NewsgraphError):
    """The pinned English pipeline is missing or broken."""


# Reasons, kept together so the wording stays consistent (spaCy's errors.py habit).
class Reasons:
    MISSING = "no such file or directory"
    UNREADABLE = "cannot be read ({detail})"
    EMPTY = "empty input: no text to analyse"
    BINARY = "looks like binary data, not text or HTML"
    UNDECODABLE = "cannot decode the text (tried UTF-8, UTF-16 and detected encodings)"
    TOO_LARGE = "larger than the {limit_mb} MB limit for one article ({size_mb:.1f} MB)"
    NO_ARTICLES = "directory holds no articles (.txt, .html, .htm, .jsonl, .csv)"
    BAD_JSONL = "line {line}: not a JSON object ({detail})"
    JSONL_NO_TEXT = "line {line}: has neither 'text' nor 'html'"
    BAD_DATE = "cannot read the date {value!r} (use ISO 8601, e.g. 2024-07-09 or 2024-07-09T17:42+09:00)"
    BAD_CSV = "CSV has no 'text' or 'html' column"
