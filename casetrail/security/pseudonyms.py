"""Pseudonyms for exports: people at risk get a stable label per export, and free text is
scrubbed of their names in every spelling (Latin, Cyrillic, transliteration variants)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from unidecode import unidecode

from casetrail.review.names import ascii_words, fold_word

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def _label(index: int) -> str:
    letters = string.ascii_uppercase
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = letters[rest] + name
    return f"Person {name}"


@dataclass
class Pseudonymiser:
    """Labels people in the order they are registered; scrubs text of their names."""

    labels: dict[int, str] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict)

    def register(self, person_id: int, names: list[str]) -> str:
        label = self.labels.setdefault(person_id, _label(len(self.labels)))
        for name in names:
            for word in ascii_words(name):
                if len(word) >= 3:
                    self._folded[fold_word(word)] = label
        return label

    def label(self, person_id: int) -> str | None:
        return self.labels.get(person_id)

    def _word_label(self, word: str) -> str | None:
        parts = [w for w in re.split(r"[^a-z]+", unidecode(word).lower()) if w]
        for part in parts:
            found = self._folded.get(fold_word(part))
            if found is not None:
                return found
        return None

    def scrub(self, text: str | None) -> str | None:
        """Replace every run of name words of one person by that person's label."""
        if not text or not self._folded:
            return text
        pieces: list[str] = []
        position = 0
        previous_label: str | None = None
        for match in _WORD.finditer(text):
            label = self._word_label(match.group())
            gap = text[position : match.start()]
            if label is not None and label == previous_label and gap.strip() == "":
                position = match.end()  # "Salekh Magamadov": one label for the whole name
                continue
            pieces.append(gap)
            pieces.append(label if label is not None else match.group())
            previous_label = label
            position = match.end()
        pieces.append(text[position:])
        return "".join(pieces)
