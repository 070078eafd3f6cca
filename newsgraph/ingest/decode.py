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
    from charset_normalizer import from_bytes  # imported late: only legacy files need it

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, Reasons.UNDECODABLE)
    return _checked(str(best), path)


def _checked(text: str, path: str) -> str:
    if is_binary_text(text):
        raise InputError(path, Reasons.BINARY)
    return text  # newlines are left alone: --body-only promises the text unchanged
