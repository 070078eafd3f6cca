"""Named entities merged within the article (first cut: spaCy's entities grouped by text)."""
from __future__ import annotations

from collections import OrderedDict

from newsgraph.extract.context import Context
from newsgraph.records import Entity, Evidence, Mention

REQUIRES = ("doc.ents",)
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


def extract_entities(doc, ctx: Context) -> list[Entity]:
    groups: "OrderedDict[tuple[str, str], list]" = OrderedDict()
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        groups.setdefault((ent.text, ent.label_), []).append(ent)
    out = []
    for i, ((text, label), ents) in enumerate(groups.items(), 1):
        out.append(Entity(
            id=f"e{i}", name=text, type=label,
            mentions=tuple(Mention(e.start_char, e.end_char, e.text) for e in ents),
            evidence=(Evidence(rule="spacy-ner"),),
        ))
    return out
