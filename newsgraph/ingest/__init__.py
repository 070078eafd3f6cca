"""Raw input -> RawDocument: pasted text, HTML pages, JSON Lines, CSV, directories.

`read_inputs(paths)` yields one item per article, in input order: a
`RawDocument`, or an `InputError` for an article that cannot be read, so a batch
goes on past a bad file and the caller decides how to report it.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from newsgraph.errors import InputError, Reasons
from newsgraph.ingest.decode import decode_bytes

# One article over this size is refused: real articles are < 200 KB of text; a
# 5 MB "article" is a dump or a wrong file, and would take minutes in the parser.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# A JSON Lines / CSV corpus may be large; each of its articles is held to the limit above.
ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".csv", ".md")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as it came in, before cleaning."""

    content: str
    path: str  # the file it came from, "-" for standard input
    format: str = "text"  # "text" (pasted) or "html"
    id: str | None = None
    line: int | None = None  # 1-based line in a JSON Lines / CSV file
    url: str | None = None
    title: str | None = None
    published: str | None = None
    body_only: bool = False
    meta: dict = field(default_factory=dict)

    @property
    def source(self) -> dict:
        out = {"path": self.path, "id": self.id, "line": self.line}
        if self.url:
            out["url"] = self.url
        return out

    @property
    def label(self) -> str:
        """How errors name this document: the path, plus the line for corpora."""
        return f"{self.path}:{self.line}" if self.line else self.path


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<head" in head or ("<p>" in head and "</p>" in text[:20000].lower())
    )


def _check_size(path: str, n: int) -> None:
    if n > MAX_ARTICLE_BYTES:
        raise InputError(path, Reasons.TOO_LARGE.format(limit_mb=MAX_ARTICLE_BYTES // (1024 * 1024), size_mb=n / 1048576))


def _truthy(v) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in {"1", "true", "yes", "y"}
    return bool(v)


def _from_record(rec: dict, path: str, line: int, *, body_only: bool) -> RawDocument:
    if not isinstance(rec, dict):
        raise InputError(f"{path}:{line}", Reasons.BAD_JSONL.format(line=line, detail="not an object").split(": ", 1)[1])
    text, html = rec.get("text"), rec.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise InputError(f"{path}:{line}", "has neither 'text' nor 'html'" if text is None and html is None else Reasons.EMPTY)
    content = text if isinstance(text, str) and text.strip() else html
    _check_size(f"{path}:{line}", len(content.encode("utf-8", "surrogatepass")))
    fmt = "html" if content is html else "text"
    rid = rec.get("id")
    return RawDocument(
        content=content, path=path, format=fmt, id=None if rid is None else str(rid), line=line,
        url=rec.get("url"), title=rec.get("title"), published=rec.get("published") or None,
        body_only=_truthy(rec.get("body_only")) or body_only,
        meta={k: v for k, v in rec.items() if k not in {"text", "html", "id", "url", "title", "published", "body_only"}},
    )


def read_jsonl(text: str, path: str, *, body_only: bool = False) -> Iterator[RawDocument | InputError]:
    for n, ln in enumerate(text.splitlines(), 1):
        if not ln.strip():
            continue
        try:
            rec = json.loads(ln)
        except json.JSONDecodeError as e:
            yield InputError(f"{path}:{n}", f"not valid JSON ({e.msg})")
            continue
        try:
            yield _from_record(rec, path, n, body_only=body_only)
        except InputError as e:
            yield e


def read_csv(text: str, path: str, *, body_only: bool = False) -> Iterator[RawDocument | InputError]:
    csv.field_size_limit(MAX_ARTICLE_BYTES * 2)
    reader = csv.DictReader(io.StringIO(text))
    cols = {c.strip().lower() for c in (reader.fieldnames or [])}
    if not cols & {"text", "html"}:
        yield InputError(path, Reasons.BAD_CSV)
        return
    for n, row in enumerate(reader, 2):  # line 1 is the header
        rec = {(k or "").strip().lower(): v for k, v in row.items()}
        try:
            yield _from_record(rec, path, n, body_only=body_only)
        except InputError as e:
            yield e


def read_bytes(data: bytes, path: str, *, body_only: bool = False) -> Iterator[RawDocument | InputError]:
    """Decode one file's bytes and yield its article(s)."""
    lower = path.lower()
    is_corpus = lower.endswith((".jsonl", ".ndjson", ".csv"))
    if not is_corpus:
        _check_size(path, len(data))
    text = decode_bytes(data, path)
    if not text.strip():
        raise InputError(path, Reasons.EMPTY)
    if lower.endswith((".jsonl", ".ndjson")):
        yield from read_jsonl(text, path, body_only=body_only)
    elif lower.endswith(".csv"):
        yield from read_csv(text, path, body_only=body_only)
    else:
        fmt = "html" if lower.endswith((".html", ".htm", ".xhtml")) or looks_like_html(text) else "text"
        yield RawDocument(content=text, path=path, format=fmt, body_only=body_only)


def _walk(directory: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and f.lower().endswith(ARTICLE_SUFFIXES):
                found.append(os.path.join(root, f))
    return found


def read_path(path: str, *, body_only: bool = False, stdin: io.BufferedReader | None = None) -> Iterator[RawDocument | InputError]:
    """All articles in one path (a file, a directory, or "-" for standard input)."""
    try:
        if path == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from read_bytes(data, "-", body_only=body_only)
            return
        if os.path.isdir(path):
            files = _walk(path)
            if not files:
                raise InputError(path, Reasons.NO_ARTICLES)
            for f in files:
                yield from read_path(f, body_only=body_only)
            return
        if not os.path.exists(path):
            raise InputError(path, Reasons.MISSING)
        size = os.path.getsize(path)
        if not path.lower().endswith((".jsonl", ".ndjson", ".csv")):
            _check_size(path, size)
        with open(path, "rb") as fh:
            data = fh.read()
        yield from read_bytes(data, path, body_only=body_only)
    except InputError as e:
        yield e
    except (OSError, UnicodeError) as e:
        yield InputError(path, Reasons.UNREADABLE.format(detail=getattr(e, "strerror", None) or str(e)))


def read_inputs(paths: Iterable[str], *, body_only: bool = False) -> Iterator[RawDocument | InputError]:
    for p in paths:
        yield from read_path(p, body_only=body_only)
