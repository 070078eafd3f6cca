"""Bytes -> str: BOMs, UTF-8, UTF-16, then detected legacy encodings; refuse binary."""
from __future__ import annotations

import codecs

from newsgraph.errors import InputError, Reasons

# Share of control characters (other than tab/newline/CR/form feed) above which a
# file is binary. Real text has essentially none; 1% leaves room for stray bytes.
MAX_CONTROL_SHARE = 0.01
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def is_binary_text(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    ctrl = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\x7f")
    return "\x00" in sample or ctrl / len(sample) > MAX_CONTROL_SHARE


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte NUL in mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a file's bytes, or raise InputError naming why it cannot be read."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(path, Reasons.UNDECODABLE) from e
            return _checked(text, path)
    enc16 = _looks_utf16(data)
    if enc16:
        try:
            return _checked(data.decode(enc16), path)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise InputError(path, Reasons.BINARY)
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    legacy = _best_legacy_decoding(data)
    if legacy is not None:
        return _checked(legacy, path)
    from charset_normalizer import from_bytes  # imported late: only odd legacy files need it

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, Reasons.UNDECODABLE)
    return _checked(str(best), path)


# Legacy encodings a news page pasted into a file is likely to be in, in order of
# prior likelihood (ties go to the earlier one). The strict national standards come
# before their vendor supersets, which accept almost any byte pair: Western European, Korean,
# Japanese, Simplified and Traditional Chinese, Cyrillic, Central European.
LEGACY_ENCODINGS = ("cp1252", "euc-kr", "gb2312", "shift_jis", "big5", "cp949", "cp932", "gb18030", "cp1251", "cp1250")
# A Latin-script text has at most this many accented letters in a row ("ñã");
# longer runs of them are another script decoded wrongly.
MAX_LATIN_ACCENT_RUN = 2
# Above this share of implausible non-ASCII characters no decoding is trusted,
# and the generic detector gets a try.
MAX_IMPLAUSIBLE_SHARE = 0.3


def _implausibility(text: str) -> tuple[int, int]:
    """(implausible non-ASCII characters, all non-ASCII characters) of a candidate decoding.

    Implausible: control, private-use or unassigned characters; symbols; runs of
    accented Latin letters longer than a word carries; scripts mixed at random.
    """
    import unicodedata

    bad = total = 0
    scripts: dict[str, int] = {}
    run: list[str] = []

    def close_run():
        nonlocal bad
        latin = [c for c in run if unicodedata.name(c, "").startswith("LATIN")]
        if len(latin) > MAX_LATIN_ACCENT_RUN:
            bad += len(latin)
        run.clear()

    for ch in text:
        if ord(ch) < 128:
            if run:
                close_run()
            continue
        total += 1
        cat = unicodedata.category(ch)
        if cat[0] == "C" or cat in ("So", "Sk", "Sm", "No", "Lm"):
            bad += 1
        if cat[0] == "L":
            script = unicodedata.name(ch, "?").split(" ")[0]
            scripts[script] = scripts.get(script, 0) + 1
            run.append(ch)
        elif run:
            close_run()
    if run:
        close_run()
    if scripts:
        main = max(scripts.values())
        bad += sum(scripts.values()) - main  # letters outside the dominant script
    return bad, total


def _best_legacy_decoding(data: bytes) -> str | None:
    import unicodedata

    best: tuple[tuple[int, int], str] | None = None
    for rank, enc in enumerate(LEGACY_ENCODINGS):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        bad, total = _implausibility(text)
        if total and bad / total > MAX_IMPLAUSIBLE_SHARE:
            continue
        # Positive evidence: kana only come out of a Japanese decoding of Japanese
        # bytes, and Hangul of a Korean one; Chinese decodings of either give Han.
        prefixes = SIGNATURE_SCRIPTS.get(enc, ())
        evidence = sum(1 for ch in text if ord(ch) > 127 and unicodedata.name(ch, "").startswith(prefixes)) if prefixes else 0
        key = (bad - evidence, rank)
        if best is None or key < best[0]:
            best = (key, text)
    return best[1] if best else None


SIGNATURE_SCRIPTS = {
    "shift_jis": ("HIRAGANA", "KATAKANA "), "cp932": ("HIRAGANA", "KATAKANA "),
    "euc-kr": ("HANGUL",),  # not cp949: it turns almost any byte pair into a rare syllable
}


def _checked(text: str, path: str) -> str:
    if is_binary_text(text):
        raise InputError(path, Reasons.BINARY)
    return text  # newlines are left alone: --body-only promises the text unchanged
