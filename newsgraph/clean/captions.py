"""Photo captions in pasted text: a caption pasted twice, and its credit.

A browser paste repeats a caption when the page prints it both as the image's
alt text and below the image; the two copies land on one line or on two. The
credit ("(Yonhap)", "Photo: X", "/ AFP", "REUTERS/Name", "AFP via Getty
Images", "(c) Outlet / Name") ends the caption and is kept apart from its text.
"""
from __future__ import annotations

import re

from newsgraph.clean.lexicons import outlets

# Words that, in a credit, say it is one (agency names are in outlets.tsv).
CREDIT_WORDS = frozenset(
    "photo photos photograph photographer image images picture pictures pic credit credits courtesy handout file "
    "pool getty shutterstock alamy epa efe ap afp reuters yonhap kyodo jiji xinhua news1 newsis ani pti aap "
    "bloomberg via illustration graphic screenshot captured supplied provided ministry office agency kcna".split()
)
# A credit is short: "AP Photo/Ahn Young-joon" is 4 words; 8 leaves room for "Photo by X for The Y".
MAX_CREDIT_WORDS = 8
# A caption is a sentence or two; shorter than this it is a label, not a caption.
MIN_CAPTION_WORDS = 4
# Longer than this, a line ending in a credit is a paragraph that names an agency.
MAX_CAPTION_WORDS = 80
# White space allowed between the two copies of a doubled caption.
MAX_DOUBLING_GAP = 4

FILE_NOTE = re.compile(r"\s*[(\[/]?\b(?:file(?: photo)?|handout|pool photo|archive photo|yonhap file)[)\]]?\s*$", re.I)
CREDIT_BETWEEN = re.compile(r"^(.{10,}?)\s*[(\[]([^()\[\]]{2,60})[)\]]\s*(.{10,})$")
SENTENCE_STOP = re.compile(r"[.!?][\"'”’]?$")
TRAILING_PAREN = re.compile(r"\s*[(\[]\s*(?P<credit>[^()\[\]]{2,80}?)\s*[)\]]\s*$")
TRAILING_LABEL = re.compile(
    r"(?:^|(?<=[\s.|,;—–-]))\s*(?:[A-Z]{2,8}\s+)?(?:photo(?:graph(?:er)?)?s?|images?|pictures?|pic|credit|source|illustration|graphic)s?\s*(?:by|:|/|\.{2,}|…)\s*(?P<credit>[^:|]{2,80}?)\s*$",
    re.I,
)
TRAILING_SLASH = re.compile(r"(?:\s[/|]\s*|\s)(?P<credit>(?:[A-Z][A-Za-z]+ )?(?:AFP|AP|EPA|REUTERS|Reuters|Getty Images|Xinhua|Yonhap|Kyodo|Bloomberg)(?:\s?/\s?[A-Z][\w .'\-/]{1,40})?(?: via Getty Images)?)\s*\.?$")
NAME_SLASH = re.compile(r"\s(?P<credit>(?:(?:[A-Z][A-Za-z'\-]+|[A-Z]\.) ){0,3}[A-Z][A-Za-z'\-]+\s?/\s?(?:Getty Images|AFP|AP|EPA|Reuters|REUTERS|Bloomberg|Xinhua|Yonhap|Kyodo|Shutterstock|Alamy)(?:/(?:Getty Images|AFP|EPA))?(?: via Getty Images)?)\s*\.?$")
# "... region. (c) Steppe Review / Nurlan Abdrakhmanov", "... © AFP": a copyright mark opens the credit.
TRAILING_COPYRIGHT = re.compile(r"(?:^|(?<=[\s.]))(?:©|\([cC]\)|Copyright\b)\s*(?P<credit>[^©()]{2,80}?)\s*$")
VIA_GETTY = re.compile(r"\s(?P<credit>(?:(?:[A-Z][A-Za-z'\-]+|[A-Z]\.) ){0,4}(?:via|for) Getty Images|Getty Images)\s*\.?$")


def undouble(line: str) -> tuple[str, bool]:
    """A line made of one text twice ("X X") -> (X, True); else (line, False)."""
    n = len(line)
    for gap in range(MAX_DOUBLING_GAP + 1):
        k = (n - gap) // 2
        if k < 10 or 2 * k + gap != n:
            continue
        a, b = line[:k], line[n - k:]
        if a == b and not line[k:n - k].strip():
            return a.strip(), True
    return line, False


def is_credit(text: str, *, outlet: str | None = None) -> bool:
    """Does this (parenthesised or labelled) text name a photo credit?"""
    words = text.split()
    if not words or len(words) > MAX_CREDIT_WORDS:
        return False
    if outlets().lookup(text):
        return True
    if outlet and _outlet_core(text) == _outlet_core(outlet):
        return True
    low = {w.strip(".,;:/").lower() for w in re.split(r"[\s/]+", text)}
    return bool(low & CREDIT_WORDS)


def _outlet_core(name: str) -> str:
    name = name.casefold().strip(" .")
    return name[4:] if name.startswith("the ") else name


def split_credit(line: str, *, outlet: str | None = None, doubled: bool = False) -> tuple[str, str | None]:
    """(caption text, credit) when the line ends with a credit, else (line, None).

    A doubled caption is already known to be a caption, so any short capitalised
    parenthesis at its end is taken as the credit.
    """
    for pat in (TRAILING_COPYRIGHT, TRAILING_PAREN, TRAILING_LABEL, NAME_SLASH, VIA_GETTY, TRAILING_SLASH):
        m = pat.search(line)
        if not m:
            continue
        credit = FILE_NOTE.sub("", m.group("credit")).strip(" ./")
        if not credit:
            continue  # "(file photo)" alone says what the picture is, not who took it
        text = line[:m.start()].rstrip(" |/—–-")
        if len(text.split()) < MIN_CAPTION_WORDS:
            continue
        if pat is TRAILING_PAREN:
            inner = re.sub(r"^(?:photo|image|picture|credit)s?\s*(?:by|:|/)\s*", "", credit, flags=re.I)
            short_name = len(credit.split()) <= MAX_CREDIT_WORDS and (credit[:1].isupper() or credit[:1].isdigit()
                                                                       or credit.lower().startswith("courtesy"))
            # "... on Tuesday. (Yonhap)" / "... [SAMSUNG ELECTRONICS]": a name in brackets
            # after a full stop is a credit; inside a sentence it would come before the stop.
            after_stop = bool(SENTENCE_STOP.search(text))
            ok = is_credit(credit, outlet=outlet) or (short_name and (doubled or after_stop))
            if ok:
                return text, inner if inner else credit
            continue
        between = line[len(text):m.start("credit")]
        if not (SENTENCE_STOP.search(text) or re.search(r"[/|—–]", between) or doubled):
            continue  # "... told Reuters": a sentence that names an agency, not a credit
        return text, credit
    return line, None


def clean_caption(line: str, *, outlet: str | None = None) -> tuple[str, str | None, bool] | None:
    """(text, credit, doubled) when `line` is a caption, else None."""
    text, doubled = undouble(line)
    if not doubled:
        # the alt text and the caption differ by the credit: "X X (Yonhap)" or "X (Yonhap) X"
        m = CREDIT_BETWEEN.match(line)
        if m and m.group(1).strip() == m.group(3).strip() and len(m.group(1).split()) >= MIN_CAPTION_WORDS:
            return m.group(1).strip(), m.group(2).strip(), True
    body, credit = split_credit(text, outlet=outlet, doubled=doubled)
    if credit is not None and not doubled:
        twice, again = undouble(body)
        if again and len(twice.split()) >= MIN_CAPTION_WORDS:
            return twice, credit, True
    if doubled and len(text.split()) >= MIN_CAPTION_WORDS:
        return body, credit, True
    if credit is not None and len(body.split()) <= MAX_CAPTION_WORDS:
        return body, credit, False
    return None


CREDIT_LABEL = re.compile(r"^(?:photo(?:graph(?:er)?)?s?|images?|pictures?|credit|illustration)\s*(?:by|:|/)\s*(?P<credit>.{2,80})$", re.I)
AGENCY_SLASH = re.compile(r"^[A-Z][\w .'\-]{0,40}/[A-Z][\w .'\-]{0,40}$")


def credit_only(line: str) -> str | None:
    """The credit when a whole line is one ("Getty Images", "Photo: Ann Lee", "(Yonhap)", "EPA/Jeon Heon-kyun")."""
    text = line.strip().strip("()[]").strip()
    if not text or len(text.split()) > MAX_CREDIT_WORDS:
        return None
    m = CREDIT_LABEL.match(text)
    if m:
        return m.group("credit").strip(" .")
    if outlets().lookup(text) or re.search(r"\bGetty Images$|\bAP Photo\b", text):
        return text
    if AGENCY_SLASH.match(text) and {w.lower() for w in re.split(r"[\s/]+", text)} & CREDIT_WORDS:
        return text
    return None
