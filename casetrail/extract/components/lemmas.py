"""The model's rule lemmatizer, with every answer remembered.

spaCy's English rule lemmatizer caches only the words it had to inflect; base forms
(most tokens) are re-checked every time through ``token.morph.to_dict()``. A lemma is a
function of the word, its POS and its morphology, so this component looks each triple up
once and reuses the answer; a triple not seen before is lemmatised from the string store
by the same rules, without building a Token and its morphology dict.
``tests/test_extract_speed.py`` checks that the lemmas are identical to the model's.
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
        self.tables: tuple[Any, ...] = ({}, {}, {})
        self.known_lemmas: dict[str, frozenset[str]] = {}

    def take_over(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.overwrite or lemmatizer.mode != "rule":
            raise ValueError("only a rule lemmatizer that keeps existing lemmas is supported")
        self.lemmatizer = lemmatizer
        lookups = lemmatizer.lookups
        self.tables = tuple(
            lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc", "lemma_rules")
        )
        self.known_lemmas = {}

    def english_words(self) -> frozenset[str]:
        """Every lemma the model knows as a noun, verb, adjective or adverb: a word of
        English ("Patrol"), as against a name ("Terre")."""
        return frozenset(word for words in self.tables[0].values() for word in words)

    def _known_lemmas(self, univ_pos: str) -> frozenset[str]:
        """The model's known lemmas of one part of speech as a set: it ships them as a
        list (57,000 nouns) that spaCy searches word by word for every candidate form."""
        known = self.known_lemmas.get(univ_pos)
        if known is None:
            known = self.known_lemmas[univ_pos] = frozenset(self.tables[0].get(univ_pos, ()))
        return known

    def _lemma(self, orth: int, pos: int, morph: int) -> str:
        """The English rule lemmatizer's first answer (``EnglishLemmatizer.rule_lemmatize``
        and its ``is_base_form``), read from the string store instead of a Token: that
        path cost ~70 µs a word, most of it building the token's morphology dict."""
        text = self.strings[orth]
        univ_pos = self.strings[pos].lower() if pos else ""
        if univ_pos in ("", "eol", "space"):
            return text.lower()
        features = self.strings[morph] if morph else ""
        morphology = dict(f.split("=", 1) for f in features.split("|") if "=" in f)
        if _is_base_form(univ_pos, morphology):
            return text.lower()
        index_table, exc_table, rules_table = self.tables
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return text if univ_pos == "propn" else text.lower()
        index = self._known_lemmas(univ_pos)
        exceptions = exc_table.get(univ_pos, {})
        string = text.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules_table.get(univ_pos, {}):
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [text])[0]

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
                known = self.strings.add(self._lemma(orth, pos, morph))
                remembered[key] = known
            lemmas[i, 0] = known
        doc.from_array(["LEMMA"], lemmas)
        return doc


def _is_base_form(univ_pos: str, morphology: dict[str, str]) -> bool:
    """``EnglishLemmatizer.is_base_form``: an uninflected word is its own lemma."""
    if univ_pos == "noun" and morphology.get("Number") == "Sing":
        return True
    if univ_pos == "verb" and morphology.get("VerbForm") == "Inf":
        return True
    if univ_pos == "verb" and (
        morphology.get("VerbForm") == "Fin"
        and morphology.get("Tense") == "Pres"
        and morphology.get("Number") is None
    ):
        return True
    if univ_pos == "adj" and morphology.get("Degree") == "Pos":
        return True
    return morphology.get("VerbForm") in {"Inf", "None"} or morphology.get("Degree") == "Pos"
