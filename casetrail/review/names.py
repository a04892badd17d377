"""Name folding for resolving people across reports and alphabets.

Isayev, Isaev, Исаев and Isaiev fold to one key; Magamadov and Magamadow too.  The rules
are data (``casetrail/data/transliteration.json``), so a team can add the spellings of
its region without touching code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz
from unidecode import unidecode


@dataclass(frozen=True)
class _Rules:
    word_rules: tuple[tuple[re.Pattern[str], str], ...]
    given: dict[str, str]
    particles: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    path = resources.files("casetrail") / "data" / "transliteration.json"
    data = json.loads(path.read_text("utf-8"))
    given = {variant: group[0] for group in data["given_name_groups"] for variant in group}
    return _Rules(
        tuple((re.compile(p), r) for p, r in data["word_rules"]),
        given,
        frozenset(data["particles"]),
    )


def ascii_words(name: str) -> list[str]:
    """Lower-case ASCII words of a name in any script, particles dropped."""
    plain = unidecode(name).lower().replace("'", "").replace("`", "")
    words = [w for w in re.split(r"[^a-z]+", plain) if w]
    particles = _rules().particles
    return [w for w in words if w not in particles] or words


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """One word's spelling-independent key."""
    rules = _rules()
    folded = rules.given.get(word, word)
    for pattern, replacement in rules.word_rules:
        folded = pattern.sub(replacement, folded)
    return re.sub(r"(.)\1+", r"\1", folded)


@dataclass(frozen=True)
class NameKey:
    """A person's name folded: surname key plus given-name keys."""

    surname: str
    given: tuple[str, ...]
    original: str

    @property
    def block(self) -> str:
        """Blocking key: candidate pairs share it, so resolution is not quadratic."""
        return self.surname[:5]


def name_key(name: str) -> NameKey:
    words = ascii_words(name)
    if not words:
        return NameKey("", (), name)
    return NameKey(fold_word(words[-1]), tuple(fold_word(w) for w in words[:-1]), name)


def name_similarity(left: NameKey, right: NameKey) -> tuple[float, list[str]]:
    """0..1 with the reasons: surnames must agree, given names must not conflict."""
    reasons: list[str] = []
    surname = fuzz.ratio(left.surname, right.surname) / 100
    if surname >= 0.999:
        reasons.append("same surname after transliteration folding")
    elif surname >= 0.85:
        reasons.append(f"similar surname ({surname:.2f})")
    else:
        return surname * 0.5, ["different surnames"]
    if left.given and right.given:
        given = fuzz.ratio(left.given[0], right.given[0]) / 100
        if given >= 0.85:
            reasons.append("same given name")
            return 0.6 * surname + 0.4 * given, reasons
        reasons.append("different given names")
        return 0.3 * surname, reasons
    reasons.append("one spelling lacks the given name")
    return 0.75 * surname, reasons
