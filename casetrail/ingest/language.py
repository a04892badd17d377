"""Language identification with a model that ships inside its PyPI package."""

from __future__ import annotations

import re

import py3langid

SAMPLE_CHARS = 2000  # ~300 words: the classifier is sure long before; its cost grows with it
# English words no other language the classifier knows writes often: where they are
# a good share of the sample (some 9% in the sparest English report of the gold set,
# none in French, Spanish or German news) the text is English without asking the model
_ENGLISH_MARKERS = frozenset(
    {"the", "and", "said", "was", "were", "that", "with", "has", "have", "been", "which"}
)
_ENGLISH_SHARE = 0.06
_WORD = re.compile(r"[a-z]+")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language, or None when there is too little text."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    if len(sample) < 20:
        return None
    words = _WORD.findall(sample.lower())
    if len(words) >= 40 and sum(w in _ENGLISH_MARKERS for w in words) >= _ENGLISH_SHARE * len(
        words
    ):
        return "en"  # (about a millisecond a report saved: the classifier is not needed)
    code, _score = py3langid.classify(sample)
    return str(code)
