"""The model's rule lemmatizer, with every answer remembered.

spaCy's English rule lemmatizer caches only the words it had to inflect; base forms
(most tokens) are re-checked every time through ``token.morph.to_dict()``. A lemma is a
function of the word, its POS and its morphology, so this component looks each triple up
once and reuses the answer. ``tests/test_extract_speed.py`` checks that the lemmas are
identical to the model's.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

MAX_REMEMBERED = 200_000  # distinct (word, POS, morphology) triples before starting over


@Language.factory("casetrail_lemmas")
class RememberingLemmatizer:
    """Sets ``token.lemma`` like the model's lemmatizer (no overwrite), memoised."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.strings = nlp.vocab.strings
        self.lemmatizer: Lemmatizer | None = None
        self.remembered: dict[tuple[int, int, int], int] = {}

    def take_over(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.overwrite or lemmatizer.mode != "rule":
            raise ValueError("only a rule lemmatizer that keeps existing lemmas is supported")
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            raise ValueError("casetrail_lemmas has no lemmatizer to take over")
        remembered = self.remembered
        if len(remembered) > MAX_REMEMBERED:
            remembered.clear()
        # one C call reads every token's attributes; Token objects are made only for
        # triples not seen before
        rows = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
        lemmas: Any = rows[:, 3:4].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            known = remembered.get(key)
            if known is None:
                known = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                remembered[key] = known
            lemmas[i, 0] = known
        doc.from_array(["LEMMA"], lemmas)
        return doc
