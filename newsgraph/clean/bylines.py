"""Bylines -> author names: "By A and B, Senior Correspondent" -> ["A", "B"]."""
from __future__ import annotations

import re

from newsgraph.clean.lexicons import outlets

BYLINE_LEAD = re.compile(
    r"^\s*(?:[•·|\-–—]\s*)?(?:by|written by|words by|story by|text by|reported by|posted by|authors?\s*:|reporter\s*:|writer\s*:)\s*:?\s+(?=\S)",
    re.I,
)
# Words that make a byline piece a job title, not a name.
ROLE_WORDS = frozenset(
    "correspondent correspondents reporter reporters writer writers editor editors staff contributor contributors "
    "columnist columnists bureau chief senior junior analyst producer journalist journalists photographer intern "
    "fellow host anchor associate deputy managing diplomatic political politics economics economy business science "
    "tech technology health sports culture desk team special international national foreign global asia europe "
    "news digital online newsroom agency agencies wire wires service services reporting contributing investigative "
    "visiting independent freelance freelancer researcher professor lecturer director president founder ceo "
    "officer manager head commentator critic blogger author authors guest opinion published updated posted modified "
    "date photo photos".split()
)
# Lower-case pieces a name may carry (von der Leyen, bin Salman, da Silva).
NAME_PARTICLES = frozenset("de da das dos du del della der den di la le van von bin binti al el ibn ter ten y".split())
# Month and weekday names end a name run: a date follows the byline.
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed "
    "thu thur thurs fri sat sun today yesterday updated published posted".split()
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.|Mc\w+|O'\w+)$")
# A person's name has 1 to 6 words ("Ji Da-gyum", "Maria de la Cruz Ortega").
MAX_NAME_WORDS = 6
# A line this long ending like a sentence is prose, not a byline.
PROSE_WORDS = 8
SPLITTERS = re.compile(r"\s+(?:and|&|with)\s+|\s*;\s*|\s*\|\s*|\s*/\s*", re.I)


# A job title is a short phrase ("Senior Correspondent for North Korean Affairs").
MAX_ROLE_WORDS = 7


def is_role(piece: str) -> bool:
    words = re.findall(r"[a-z]+", piece.lower())
    if not words or len(piece.split()) > MAX_ROLE_WORDS or piece.rstrip().endswith((".", "!", "?")) and len(words) > 3:
        return False
    return any(w in ROLE_WORDS for w in words) and not _looks_like_name(piece, strict=True)


def _looks_like_name(piece: str, *, strict: bool = False) -> bool:
    toks = piece.split()
    if not 1 <= len(toks) <= MAX_NAME_WORDS:
        return False
    if any(t.lower().strip(".,") in CALENDAR_WORDS for t in toks[1:]) or (len(toks) == 1 and toks[0].lower() in CALENDAR_WORDS):
        return False
    if strict and any(t.lower().strip(".,") in ROLE_WORDS for t in toks):
        return False
    caps = [t for t in toks if t.lower() not in NAME_PARTICLES]
    return bool(caps) and all(NAME_TOKEN.match(t) for t in caps) and not any(ch.isdigit() for ch in piece)


def _leading_name(piece: str) -> str | None:
    """The run of name words at the start of a piece ("Jane Doe in Seoul" -> "Jane Doe")."""
    out = []
    for tok in piece.split():
        if out and tok.lower().strip(".,") in CALENDAR_WORDS:
            break  # "Malcolm Owen Monday, November 18": the date starts (but "May Kim", "June Park" are names)
        if NAME_TOKEN.match(tok) or (out and tok.lower() in NAME_PARTICLES):
            out.append(tok)
        else:
            break
    while out and out[-1].lower() in NAME_PARTICLES:
        out.pop()
    name = " ".join(out).strip(" ,.;:")
    if len(out) == 1 and name.lower() in CALENDAR_WORDS:
        return None  # "November 18, 2019"
    return name if name and len(out) <= MAX_NAME_WORDS else None


def _strip_outlet_suffix(piece: str) -> str:
    """"ANN LEE Associated Press" -> "ANN LEE": an outlet named after the name, without a comma."""
    toks = piece.split()
    for k in range(min(4, len(toks) - 2), 0, -1):  # a person's name keeps two words at least
        if outlets().lookup(" ".join(toks[-k:])):
            return " ".join(toks[:-k])
    return piece


def parse_names(text: str) -> list[str]:
    """Names from the part of a byline after "By"; roles, outlets and e-mails dropped."""
    text = EMAIL.sub(" ", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;|-–—")
    names: list[str] = []
    for chunk in SPLITTERS.split(text):
        for piece in chunk.split(","):
            piece = _strip_outlet_suffix(piece.strip(" .;:-–—()[]"))
            if not piece or is_role(piece) or outlets().lookup(piece):
                continue
            name = piece if _looks_like_name(piece) else _leading_name(piece)
            if not name or outlets().lookup(name) or is_role(name):
                continue
            if name.lower() in {"the", "staff", "admin"}:
                continue
            if name not in names:
                names.append(name)
    return names


def parse_byline(line: str) -> list[str] | None:
    """Author names when `line` is a "By ..." byline, else None."""
    m = BYLINE_LEAD.match(line)
    if not m:
        return None
    rest = line[m.end():]
    first = rest.split()[0] if rest.split() else ""
    if not first[:1].isupper() or (len(line.split()) >= PROSE_WORDS and line.rstrip().endswith((".", "!", "?"))):
        return None  # "By any measure, ...", "By the end of 2004 Microsoft aims ...": a sentence
    names = parse_names(rest)
    if names:
        return names
    # "By Yonhap", "By AFP": the byline names an agency, and that is who the page credits.
    agency = rest.strip(" .")
    if outlets().lookup(agency) and len(agency.split()) <= MAX_NAME_WORDS:
        return [agency]
    return [] if is_role(rest) else None


def parse_name_line(line: str) -> list[str] | None:
    """A byline without "By": "Jane Doe, Staff Writer" / "Kim Arin (arin@x.com)" / "Jane Doe | Reporter"."""
    if len(line.split()) >= PROSE_WORDS and line.rstrip().endswith((".", "!", "?", '"', "”")):
        return None  # a sentence of the story that happens to name someone and a job
    had_email = bool(EMAIL.search(line))
    core = EMAIL.sub(" ", line)
    core = re.sub(r"[()\[\]<>]", " ", core)
    core = re.sub(r"\s+", " ", core).strip(" ,;|-–—")
    if not core or len(core.split()) > 3 * MAX_NAME_WORDS:
        return None
    pieces = [p.strip(" .") for p in re.split(r"\s*[,|–—]\s*|\s+-\s+", core) if p.strip(" .")]
    has_role = any(is_role(p) for p in pieces)
    if not (had_email or has_role):
        return None
    names = []
    for p in pieces:
        if is_role(p) or outlets().lookup(p):
            continue
        for part in re.split(r"\s+(?:and|&)\s+", p):
            # a byline without "By" names people in full: two words at least
            if _looks_like_name(part, strict=True) and len(part.split()) >= 2:
                names.append(part)
            else:
                return None
    return names or None


def parse_bare_names(line: str) -> list[str] | None:
    """Names on a line of their own, as printed beside a date: "Anna de Vries in Amsterdam"."""
    core = re.sub(r"\s+(?:in|from|at)\s+[A-Z][\w .'\-]*$", "", line.strip())
    names = []
    for part in re.split(r"\s+(?:and|&)\s+|\s*,\s*", core):
        if not part or not _looks_like_name(part, strict=True) or outlets().lookup(part) or len(part.split()) < 2:
            return None
        names.append(part)
    return names or None
