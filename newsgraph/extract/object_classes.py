"""Classes of things states own, stop, seize or hand back (newsgraph/data/object_classes.json).

Loaded once at import into immutable tables (data, not state), and written once: the actor rules
(`actors.OWNED_THING_HEADS`) and the PLOVER object classes (an entry "@vessels" in
plover_objects.json stands for the whole class) read the same lists.
"""
from __future__ import annotations

import json
from importlib import resources
from types import MappingProxyType

# Prefix of an entry naming a whole shared class inside another word list ("@vessels").
CLASS_REFERENCE = "@"


def _read() -> MappingProxyType:
    raw = json.loads(resources.files("newsgraph.data").joinpath("object_classes.json").read_text(encoding="utf-8"))
    return MappingProxyType({k: frozenset(v) for k, v in raw.items() if not k.startswith("_")})


OBJECT_WORDS = _read()


def words_of(*names: str) -> frozenset:
    """The words of the named classes together; an unknown name is a data error (ValueError)."""
    unknown = [n for n in names if n not in OBJECT_WORDS]
    if unknown:
        raise ValueError(f"unknown object class {unknown} (newsgraph/data/object_classes.json)")
    return frozenset().union(*(OBJECT_WORDS[n] for n in names))


def expand(entries) -> frozenset:
    """A word list with "@class" entries replaced by that class's words."""
    words = [e for e in entries if not e.startswith(CLASS_REFERENCE)]
    return frozenset(words) | words_of(*(e[len(CLASS_REFERENCE):] for e in entries if e.startswith(CLASS_REFERENCE)))
