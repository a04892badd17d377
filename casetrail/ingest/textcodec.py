"""Turning bytes into text: encoding detection and the line between text and binary."""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

from casetrail.errors import EmptyInput, UnsupportedInput

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"}
    )
    return bad / len(sample)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode ``data`` as text, returning (text, encoding); refuse binary or empty input."""
    if not data.strip():
        raise EmptyInput("the file is empty")
    has_bom = data.startswith(_BOMS)
    if b"\x00" in data[:65536] and not has_bom:
        raise UnsupportedInput("binary data, not a text report or a supported document format")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data[:2_000_000]).best()
        if best is None or best.encoding is None:
            raise UnsupportedInput(
                "cannot decode the text: its encoding is not recognisable"
            ) from None
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            raise UnsupportedInput(
                f"cannot decode the text as {best.encoding}: it mixes encodings or is damaged"
            ) from None
        encoding = best.encoding
    text = text.lstrip("\ufeff")
    if _control_ratio(text) > 0.01:
        raise UnsupportedInput("binary data, not a text report or a supported document format")
    if not text.strip():
        raise EmptyInput("the file holds only whitespace")
    return text, encoding
