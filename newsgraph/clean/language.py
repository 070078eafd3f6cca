"""Is this text English? A cheap test from script and function words.

The analysis runs an English pipeline; for other languages the cleaned record
is still returned, with a warning. Detection uses two signals that need no
model: the share of Latin letters among all letters, and the share of the most
common English function words among the words.
"""
from __future__ import annotations

import re
import unicodedata

# Function words cover ~25-40% of running English text; well under 10% means not English.
MIN_FUNCTION_WORD_SHARE = 0.08
# Under 60% Latin letters: mostly another script (Hangul, CJK, Cyrillic, Arabic, ...).
MIN_LATIN_SHARE = 0.6
# Japanese text is 30-40% kana; Chinese has none.
MIN_KANA_SHARE = 0.1
# Below this many words the test is not worth making.
MIN_WORDS = 12
FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it on was with as by he at be this are from his an have has had "
    "not but or they which were their said will would its been who we more than also after one when "
    "there all about up out can i you she her him them our into over new could no".split()
)
# The commonest function words of other languages written in Latin script, to name
# the language in the warning (no model needed: a page is long enough to tell).
OTHER_FUNCTION_WORDS = {
    lang: frozenset(words.split())
    for lang, words in {
        "fr": "le la les de des du un une et est en que qui dans pour pas sur au aux avec il elle ce se ne plus par sont",
        "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als wird sie er",
        "es": "el la los las de del y en que un una es por con para no se su al lo como más pero sus fue",
        "pt": "o a os as de do da dos das e em que um uma é para com não se por no na mais foi ao",
        "it": "il la lo gli le di del della e è che un una per con non si da in al sono anche come",
        "nl": "de het een en van in is op te dat niet met voor zijn die er aan ook als bij",
        "id": "yang dan di ini itu dengan untuk dari tidak ada akan pada juga dalam adalah ke oleh",
        "tr": "ve bir bu da de için ile olarak çok daha gibi olan en ama ne var",
        "vi": "và của là có được trong cho không những người một các với này đã",
    }.items()
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def script_of(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split(" ")[0]


def detect_language(text: str) -> str | None:
    """'en', or a best guess of another language/script code, or None when too short to tell."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return None
    latin = sum(1 for ch in letters if script_of(ch) == "LATIN")
    if latin / len(letters) < MIN_LATIN_SHARE:
        scripts: dict[str, int] = {}
        for ch in letters:
            s = script_of(ch)
            scripts[s] = scripts.get(s, 0) + 1
        # Japanese mixes kanji (CJK) with kana: any real share of kana makes it Japanese.
        if scripts.get("HIRAGANA", 0) + scripts.get("KATAKANA", 0) >= MIN_KANA_SHARE * len(letters):
            return "ja"
        top = max(scripts, key=scripts.get)
        return {"HANGUL": "ko", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "CYRILLIC": "ru",
                "ARABIC": "ar", "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi", "THAI": "th"}.get(top, "und")
    words = [w.lower() for w in WORD.findall(text[:20000])]
    if len(words) < MIN_WORDS:
        return "en" if any(w in FUNCTION_WORDS for w in words) else None
    share = sum(1 for w in words if w in FUNCTION_WORDS) / len(words)
    if share >= MIN_FUNCTION_WORD_SHARE:
        return "en"
    # Another Latin-script language: the one whose function words cover most of the text.
    shares = {lang: sum(1 for w in words if w in table) / len(words) for lang, table in OTHER_FUNCTION_WORDS.items()}
    best = max(shares, key=shares.get)
    return best if shares[best] >= MIN_FUNCTION_WORD_SHARE else "und"
