"""Actor dictionary: world knowledge of which country a named person or group stands for.

Reads `newsgraph/data/actors.tsv` (heads of state and government, ministers, armed groups,
parties, institutions). Two kinds of match:

- the full name or an alias ("Vladimir Putin", "Hezbollah", "Rapid Support Forces"), a leading
  "the" and a possessive dropped; a name two entries give different countries is ambiguous
  and gives none (unless the publication year picks one);
- a surname with a title of office ("President Bush", "Prime Minister Major"): only people
  whose role fits the title and, when the article's year is known, whose years of office
  contain it; every candidate left must share one country, else none.

An entry with an empty country (al-Qaeda, Islamic State) is known to be transnational: it
matches, and gives no country. Pure functions over a table read once.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources

__all__ = ["ActorEntry", "lookup_actor", "lookup_titled_surname", "actor_entries"]

# Countries whose people's names are written family name first ("Kim Jong Un", "Xi Jinping"):
# the surname is the first word there, the last word elsewhere.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "MMR", "HUN"})
# Years of slack around a term of office: news of the year after a leader left still calls him
# "President X" in retrospect, and a term's first/last year is shared with the predecessor.
TERM_SLACK_YEARS = 1
# Words of a title that must appear in the entry's role for a titled surname to match
# ("President Bush" is a president, not the Bush who was a vice president).
TITLE_ROLE_WORDS = {
    "president": ("president",), "prime": ("prime minister",), "premier": ("premier", "prime minister"),
    "chancellor": ("chancellor",), "king": ("king", "monarch"), "queen": ("queen", "monarch"),
    "emperor": ("emperor",), "emir": ("emir",), "secretary": ("secretary", "minister"),
    "minister": ("minister", "secretary"), "foreign": ("foreign",), "defence": ("defence", "defense"),
    "defense": ("defence", "defense"), "ayatollah": ("supreme leader", "cleric"), "leader": ("leader",),
    "chairman": ("chairman", "leader"), "sultan": ("sultan",), "sheikh": ("emir", "president", "king"),
}
# Leading words dropped from a phrase before looking it up ("the paramilitary Rapid Support Forces").
LEADING_WORDS = frozenset({"the", "paramilitary", "militant", "rebel", "armed", "group", "Islamist", "Lebanese",
                           "Palestinian", "Sudanese", "Somali", "Afghan", "Yemeni", "Iranian"})

# Trailing words that name the kind of a group, not the group ("the Fatah Party", "Hezbollah
# guerrillas", "Taliban fighters"): tried off when the whole phrase is not in the table.
TRAILING_WORDS = frozenset({"Party", "party", "movement", "Movement", "group", "militia", "militias", "guerrillas",
                            "guerrilla", "rebels", "fighters", "militants", "gunmen", "forces", "leadership"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    aliases: tuple[str, ...]
    type: str  # PERSON or ORG
    country: str | None  # None: transnational or several countries
    role: str
    valid_from: int | None
    valid_to: int | None
    note: str = ""

    def valid_in(self, year: int) -> bool:
        lo = (self.valid_from or -10_000) - TERM_SLACK_YEARS
        hi = (self.valid_to or 10_000) + TERM_SLACK_YEARS
        return lo <= year <= hi

    @property
    def surname(self) -> str:
        words = self.name.replace(".", ". ").split()
        if not words:
            return ""
        return words[0] if self.country in FAMILY_NAME_FIRST else words[-1]


def _fold(text: str) -> str:
    """Accents off, case kept (names are matched case-sensitively: "ETA" is not "eta")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _year(cell: str) -> int | None:
    cell = cell.strip()
    return int(cell) if cell.isdigit() else None


@functools.lru_cache(maxsize=1)
def actor_entries() -> tuple[ActorEntry, ...]:
    text = resources.files("newsgraph.data").joinpath("actors.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        cols = (line.split("\t") + [""] * 8)[:8]
        name, aliases, typ, country, role, vf, vt, note = (c.strip() for c in cols)
        out.append(ActorEntry(name=name, aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                              type=typ, country=country or None, role=role.lower(),
                              valid_from=_year(vf), valid_to=_year(vt), note=note))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[ActorEntry, ...]]:
    index: dict[str, list] = {}
    for e in actor_entries():
        for n in (e.name, *e.aliases):
            index.setdefault(_fold(n), []).append(e)
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=1)
def _by_surname() -> dict[str, tuple[ActorEntry, ...]]:
    index: dict[str, list] = {}
    for e in actor_entries():
        if e.type == "PERSON" and e.surname:
            index.setdefault(_fold(e.surname), []).append(e)
    return {k: tuple(v) for k, v in index.items()}


def _unique(cands, *, year: int | None) -> ActorEntry | None:
    """The one country the candidates agree on (its first entry), after the year filter when needed."""
    if not cands:
        return None
    if len({c.country for c in cands}) > 1 and year is not None:
        cands = [c for c in cands if c.valid_in(year)]
    if cands and len({c.country for c in cands}) == 1:
        return cands[0]
    return None


def _strip(text: str) -> str:
    text = _fold(text.strip().strip(".,;:\"“”").strip())
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    words = text.split()
    while len(words) > 1 and words[0] in LEADING_WORDS | {w.capitalize() for w in ("the",)}:
        words = words[1:]
    return " ".join(words)


def lookup_actor(text: str, *, year: int | None = None, types: frozenset = frozenset({"PERSON", "ORG"})
                 ) -> ActorEntry | None:
    """The entry a full name or alias names (its `country` may be None: transnational), or None."""
    key = _strip(text)
    if not key:
        return None
    cands = [e for e in _by_name().get(key, ()) if e.type in types]
    words = key.split()
    if not cands and len(words) > 1 and words[-1] in TRAILING_WORDS:
        cands = [e for e in _by_name().get(" ".join(words[:-1]), ()) if e.type == "ORG" and "ORG" in types]
    return _unique(cands, year=year)


def lookup_titled_surname(surname: str, titles, *, year: int | None = None) -> ActorEntry | None:
    """The person a title and surname name ("President" + "Bush"), or None when the title fits no
    entry, the year fits none, or the people left are of different countries."""
    key = _fold(surname.strip().strip(".,'’"))
    if key.endswith(("'s", "’s")):
        key = key[:-2]
    cands = _by_surname().get(key, ())
    if not cands:
        return None
    title_words = {w.lower().strip(".,") for t in titles for w in t.replace("-", " ").split()}
    wanted = [r for w in title_words for r in TITLE_ROLE_WORDS.get(w, ())]
    if not wanted:
        return None  # a bare surname is too common a word to trust ("Bush", "Major", "Brown")
    cands = [c for c in cands if any(r in c.role for r in wanted)]
    if year is not None:
        cands = [c for c in cands if c.valid_in(year)]
    if cands and len({c.country for c in cands}) == 1:
        return cands[0]
    return None
