"""Is this line page furniture, and why? One line at a time, from lexicons and shape."""
from __future__ import annotations

import re
import unicodedata

from newsgraph.clean.dates import find_date, is_relative_time
from newsgraph.clean.lexicons import EDGE_DECORATION, furniture, normalize_line

# A prefix rule ("Read more: ...", "Sign up for ...") only fires on lines this
# short; a body sentence can start with the same words and run on.
PREFIX_MAX_WORDS = 40
# Toolbars ("Save | Share | Comment", "Share on Facebook Share on X") are short.
WIDGET_MAX_WORDS = 14
# A line of another script this short is UI (a user name, a menu of sections), not text.
STRAY_SCRIPT_MAX_WORDS = 12
# Share of Latin letters under which a line counts as written in another script.
STRAY_SCRIPT_MAX_LATIN = 0.5
# An e-mail line with more words than this is a sentence that quotes an address.
EMAIL_LINE_MAX_WORDS = 12
# "Updated 2 hours ago", "5 min read" are short.
TIMESTAMP_MAX_WORDS = 8
WIDGET_CORE = frozenset(
    "share save comment comments print email e-mail facebook twitter linkedin whatsapp telegram reddit "
    "pinterest copy link copied bookmark gift tweet kakaotalk kakao weibo wechat flipboard".split()
)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
READING_TIME = re.compile(r"^(?:\d+|one|two|three|four|five|ten)[\s-]*(?:min|mins|minute|minutes)(?:\s+read|\s+reading|\s+listen)?$", re.I)
AUDIO_CLOCK = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?$")
HASHTAGS = re.compile(r"^(?:#\w[\w-]*[\s,]*)+$")
USER_HANDLE = re.compile(r"^@?[a-z0-9]+(?:[_.][a-z0-9]+)+$|^@\w+$")
COUNTER = re.compile(r"^\d+\s*(?:comments?|shares?|views?|likes?|reactions?|replies)?$", re.I)
PAGINATION = re.compile(r"^(?:\d+\s*/\s*\d+|page \d+ of \d+|\d+ of \d+)$", re.I)
# Calls to act that a story's own sentences do not make.
PROMPT = re.compile(
    r"^(?:sign up (?:for|to|now|here)|subscribe (?:to|now|for|here)|download (?:our|the) app|follow us on|"
    r"get (?:our|the) newsletter|join (?:our|us))\b"
    r"|\b(?:delivered (?:straight )?to (?:you|your inbox)|(?:telegram|whatsapp) channel|in your inbox|stand to win)\b"
)
# Prompts are a line or two.
PROMPT_MAX_WORDS = 30
CONTRIBUTED = re.compile(r"\bcontributed (?:(?:to )?(?:this|the) (?:report|story|article)|reporting)\b", re.I)
BREADCRUMB_SEPS = re.compile(r"\s*(?:>|›|»|/|\|)\s*")
# A breadcrumb's parts are section names: short.
BREADCRUMB_MAX_PART_WORDS = 4


def latin_share(text: str) -> float | None:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin / len(letters)


def furniture_reason(line: str, *, latin_doc: bool = True) -> str | None:
    """The removal reason when a whole line is page furniture, else None."""
    f = furniture()
    norm = normalize_line(line)
    words = norm.split()
    if not norm:
        return "bullet"
    if norm in f.lines:
        return f.lines[norm]
    # A label starts a line in capitals ("Tags:", "Read more"); a line that starts in
    # lower case is the rest of a wrapped sentence ("tags and ticket printers").
    if len(words) <= PREFIX_MAX_WORDS and not line.lstrip(EDGE_DECORATION)[:1].islower():
        for prefix, reason in f.prefixes:
            if norm.startswith(prefix):
                return reason
    tokens = [t for t in re.split(r"[\s|/·•,]+", norm) if t and not t.isdigit()]
    if tokens and len(tokens) <= WIDGET_MAX_WORDS and all(t in f.widget_words for t in tokens) and WIDGET_CORE & set(tokens):
        return "share/save widget"
    if len(words) <= TIMESTAMP_MAX_WORDS:
        if READING_TIME.match(norm):
            return "reading time"
        if is_relative_time(norm) and len(re.sub(r"[^a-z]", "", norm)) < 40 and find_date(line) is None:
            return "relative timestamp"
        if AUDIO_CLOCK.match(norm):
            return "audio player"
        if COUNTER.match(norm) or PAGINATION.match(norm):
            return "counter"
    if HASHTAGS.match(line.strip()):
        return "tags"
    if len(words) <= EMAIL_LINE_MAX_WORDS and EMAIL.search(line):
        return "reporter e-mail"
    if len(words) == 1 and USER_HANDLE.match(norm) and not norm.replace(".", "").isalpha():
        return "user name"
    if len(words) <= STRAY_SCRIPT_MAX_WORDS and latin_doc:
        share = latin_share(line)
        if share is not None and share < STRAY_SCRIPT_MAX_LATIN:
            return "UI text in another script"
    if len(words) <= PROMPT_MAX_WORDS and PROMPT.search(norm) and not line.lstrip(EDGE_DECORATION)[:1].islower():
        return "newsletter prompt"
    if CONTRIBUTED.search(line) and len(words) <= PREFIX_MAX_WORDS // 2:
        return "reporting credit"
    if is_breadcrumb(line):
        return "breadcrumb"
    return None


def is_breadcrumb(line: str) -> bool:
    """"Home > World > Asia", "News | Politics | North Korea": short parts joined by separators."""
    if not BREADCRUMB_SEPS.search(line):
        return False
    parts = [p for p in BREADCRUMB_SEPS.split(line.strip()) if p.strip()]
    if len(parts) < 2:
        return False
    if any(len(p.split()) > BREADCRUMB_MAX_PART_WORDS or p.rstrip().endswith((".", "?", "!")) for p in parts):
        return False
    if any(ch.isdigit() for ch in line):
        return False
    nav = {line for line, reason in furniture().lines.items() if reason == "navigation"}
    return any(normalize_line(p) in nav for p in parts) or (
        len(parts) >= 3 and all(p.strip()[:1].isupper() for p in parts)
    ) or bool(re.search(r"\s[>›»]\s", line))
