"""Language identification with a model that ships inside its PyPI package."""

from __future__ import annotations

import py3langid

SAMPLE_CHARS = 2000  # ~300 words: the classifier is sure long before; its cost grows with it


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little text."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < 20:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)
