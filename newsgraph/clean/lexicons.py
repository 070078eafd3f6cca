"""The cleaner's lexicons, loaded once from `newsgraph/data/` (plain files).

- `furniture.json`: page furniture by removal reason (whole lines, prefixes),
  the words of share/save/comment toolbars, and headers that open a page's tail.
- `outlets.tsv`: a curated list of news outlets and wire agencies with aliases.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

# Characters that decorate a furniture line without changing what it is:
# bullets, arrows, pipes, dashes and colons at either end.
EDGE_DECORATION = " \t\u00a0\u200b\ufeff•·*▶►▸■□◆●○|>»›‣-–—:~#_=!"
WHITESPACE = re.compile(r"\s+")


def normalize_line(line: str) -> str:
    """Lower-cased, white space collapsed, decoration stripped at both ends."""
    return WHITESPACE.sub(" ", line).strip(EDGE_DECORATION).strip().lower()


@dataclass(frozen=True)
class Furniture:
    lines: dict  # normalized line -> reason
    prefixes: tuple  # (prefix, reason), longest first
    widget_words: frozenset
    tail_headers: frozenset


@functools.lru_cache(maxsize=1)
def furniture() -> Furniture:
    data = json.loads(resources.files("newsgraph").joinpath("data/furniture.json").read_text(encoding="utf-8"))
    lines: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for reason, table in data["reasons"].items():
        for ln in table.get("lines", []):
            lines.setdefault(normalize_line(ln) or ln, reason)
        for p in table.get("prefixes", []):
            prefixes.append((p.lower(), reason))
    prefixes.sort(key=lambda x: -len(x[0]))
    return Furniture(
        lines=lines, prefixes=tuple(prefixes), widget_words=frozenset(data["widget_words"]),
        tail_headers=frozenset(normalize_line(h) for h in data["tail_headers"]),
    )


@dataclass(frozen=True)
class Outlets:
    by_form: dict  # casefolded form (name or alias) -> canonical name

    compact: dict  # letters and digits only, without a leading "the" -> canonical name

    def lookup(self, text: str) -> str | None:
        """The canonical outlet a whole string names, or None."""
        key = _outlet_key(text) if text else ""
        return self.by_form.get(key) if key else None

    def lookup_domain(self, text: str) -> str | None:
        """The outlet a site address names: "TIMESOFINDIA.COM", "www.koreaherald.com"."""
        m = DOMAIN.fullmatch(text.strip().lower())
        if not m:
            return None
        return self.compact.get(_compact(m.group("name")))


DOMAIN = re.compile(r"(?:https?://)?(?:www\.|english\.|en\.)?(?P<name>[a-z0-9-]+)\.(?:com|net|org|co|info|news)(?:\.[a-z]{2})?/?")


def _compact(text: str) -> str:
    s = re.sub(r"[^0-9a-z]", "", text.casefold())
    return s[3:] if s.startswith("the") and len(s) > 6 else s


def _outlet_key(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip(" .,;:|-–—()[]").casefold()


@functools.lru_cache(maxsize=1)
def outlets() -> Outlets:
    raw = resources.files("newsgraph").joinpath("data/outlets.tsv").read_text(encoding="utf-8")
    by_form: dict[str, str] = {}
    compact: dict[str, str] = {}
    for ln in raw.splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        name, _, aliases = ln.partition("\t")
        name = name.strip()
        for form in [name] + [a for a in aliases.split(";") if a.strip()]:
            by_form.setdefault(_outlet_key(form), name)
            if len(_compact(form)) > 3:
                compact.setdefault(_compact(form), name)
            # "Korea Herald" names The Korea Herald; but "Hill", "Times", "Age" alone are words
            if form.lower().startswith("the ") and len(form.split()) > 2:
                by_form.setdefault(_outlet_key(form[4:]), name)
    return Outlets(by_form=by_form, compact=compact)
