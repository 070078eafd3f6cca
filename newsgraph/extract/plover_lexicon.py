"""The PLOVER trigger lexicon (newsgraph/data/plover_triggers.tsv) and its noun classes.

Loaded once at import into immutable tables (data, not state). A trigger sense is
(lemma, pos, particle) -> Sense(category, mode, context, object class). A sense with
an object class applies only when the trigger's object (verbs) or the noun itself
or its modifiers (nouns) belong to that class.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from newsgraph.extract.object_classes import expand

CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Older PLOVER names (the CAMEO gold standard records use them) -> the 16 current categories.
OLD_NAMES = MappingProxyType({"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
                              "FIGHT": "ASSAULT"})

# Categories that are speech acts or stances: a trigger in their complement is the
# content of the statement ("threatened to ban", "demanded that ... refuse"), not its own event.
VERBAL_CATEGORIES = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
# Cooperative actions: stated as an intention ("said they will release") PLOVER codes AGREE.
COOPERATIVE_CATEGORIES = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
# Hostile material actions: stated as an intention by their actor PLOVER codes THREATEN.
HOSTILE_CATEGORIES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})

# Verbs that only carry an event noun ("joined the sanctions", "staged a protest",
# "held talks"): the noun is the trigger and the verb's subject its source.
LIGHT_VERBS = frozenset({
    "join", "impose", "launch", "stage", "hold", "make", "carry", "conduct", "issue", "reach", "begin", "start",
    "continue", "organize", "organise", "level", "file", "lodge", "express", "voice", "deliver", "mount", "wage",
    "announce", "sign", "resume", "step", "take", "have", "give", "extend", "order", "declare", "call", "lead",
    "undertake", "open", "renew", "intensify", "escalate", "draw", "receive",
    "remain", "stay", "put", "place", "keep",  # "remained on alert", "put troops on alert"
    "hand", "present", "submit",  # "handed a protest note to the ambassador"
    "engage",  # "were engaged in ethnic cleansing", "engaged in talks"
    "stag",  # the small English model lemmatises "staged" as "stag"
})
# Verbs of saying: their clausal complement reports an event (claimed by the speaker).
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "declare", "report", "add", "claim", "note", "stress", "emphasize",
    "emphasise", "insist", "confirm", "reiterate", "write", "explain", "indicate", "argue", "assert", "maintain",
    "suggest", "comment", "respond", "reply", "quote",
})
# Symmetric actions: compound actors act on each other ("Kim and Putin signed a treaty").
RECIPROCAL_LEMMAS = frozenset({
    "agree", "sign", "meet", "talk", "discuss", "negotiate", "cooperate", "collaborate", "clash", "fight", "consult",
    "confer", "partner", "coordinate", "exchange", "treaty", "pact", "agreement", "accord", "deal", "cooperation",
    "collaboration", "partnership", "talks", "talk", "summit", "meeting", "alliance", "negotiation", "consultation",
    "clash", "fighting", "ratify", "conclude", "reach", "exercise", "drill", "game",
    "initial", "initialling", "initialing",  # "X and Y initialled the treaty text": both sides agree
})


@dataclass(frozen=True, slots=True)
class Sense:
    lemma: str
    pos: str  # "V" or "N"
    particle: str | None  # "on" for call+on
    category: str
    mode: str | None
    context: str | None
    object_class: str | None  # None: any object


def _read_senses() -> dict:
    table: dict[tuple[str, str], list[Sense]] = {}
    text = resources.files("newsgraph.data").joinpath("plover_triggers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cols += [""] * (6 - len(cols))
        word, pos, cat, mode, ctxt, ocls = (c.strip() for c in cols[:6])
        lemma, _, particle = word.partition("+")
        sense = Sense(lemma=lemma, pos=pos, particle=particle or None, category=cat, mode=mode or None,
                      context=ctxt or None, object_class=None if ocls in ("", "*") else ocls)
        table.setdefault((lemma, pos), []).append(sense)
    # specific senses (a particle, an object class) are tried before general ones; a particle
    # first: "called on the ambassador to leave" is a request whatever its object; among object
    # classes, armed forces first: "sent anti-drone teams and a mechanised battalion" deploys
    # troops, though a "team" alone may be a delegation
    return {k: tuple(sorted(v, key=lambda s: (s.particle is None, s.object_class is None,
                                              s.object_class != FIRST_OBJECT_CLASS)))
            for k, v in table.items()}


# The object class whose senses are tried before the lexicon's other object classes (see above).
FIRST_OBJECT_CLASS = "forces"


def _read_classes() -> dict:
    raw = json.loads(resources.files("newsgraph.data").joinpath("plover_objects.json").read_text(encoding="utf-8"))
    # an entry "@vessels" stands for a shared class of newsgraph/data/object_classes.json
    return {k: expand(v) for k, v in raw.items() if not k.startswith("_")}


SENSES = MappingProxyType(_read_senses())
OBJECT_CLASSES = MappingProxyType(_read_classes())


def _read_evaluations() -> MappingProxyType:
    """word -> "+" or "-" (newsgraph/data/plover_evaluations.tsv)."""
    text = resources.files("newsgraph.data").joinpath("plover_evaluations.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, polarity = line.split("\t")[:2]
        out[word.strip().lower()] = polarity.strip()
    return MappingProxyType(out)


# What a side says an act is ("good news", "provocative"): + praise (SUPPORT), - criticism (ACCUSE).
EVALUATIONS = _read_evaluations()


def _read_charges() -> frozenset:
    """(lemma, pos) of the charge words of newsgraph/data/plover_charges.tsv."""
    text = resources.files("newsgraph.data").joinpath("plover_charges.tsv").read_text(encoding="utf-8")
    out = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, pos = line.split("\t")[:2]
        out.add((word.strip().lower(), pos.strip()))
    return frozenset(out)


# What a statement says a side does that is a wrong ("intimidate", "the path of intimidation").
CHARGES = _read_charges()


def senses_for(lemma: str, pos: str) -> tuple[Sense, ...]:
    return SENSES.get((lemma.lower(), pos), ())


def in_class(words, object_class: str) -> bool:
    """Whether any word is in the class; a class written "!name" holds when none is."""
    if object_class.startswith("!"):
        members = OBJECT_CLASSES.get(object_class[1:], frozenset())
        return not any(w.lower() in members for w in words)
    members = OBJECT_CLASSES.get(object_class, frozenset())
    return any(w.lower() in members for w in words)


def normalize_category(name: str | None) -> str | None:
    """A category name from any PLOVER version -> one of the 16 current categories."""
    if not name:
        return None
    name = name.strip().upper()
    return OLD_NAMES.get(name, name)
