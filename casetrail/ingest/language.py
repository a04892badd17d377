"""Language identification with a model that ships inside its PyPI package."""

from __future__ import annotations

import py3langid


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little text."""
    sample = " ".join(text[:5000].split())
    if len(sample) < 20:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)
