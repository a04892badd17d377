"""A faster stand-in for the model's ``attribute_ruler``.

The small English model maps fine-grained tags to POS, morphology and a few lemmas with
an ``AttributeRuler`` of 179 token patterns run through spaCy's general ``Matcher``; on
600-word reports that costs about a tenth of the whole pipeline. Almost every pattern is
one token keyed on its tag or its lower-case form, so this component indexes the same
rules by those keys and checks only the candidates. It applies the same rules in the same
order ("later rules win"); ``tests/test_extract_speed.py`` checks that the annotations are
identical to the original component's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs


def _value_test(value: Any) -> Callable[[Any], bool]:
    if isinstance(value, dict):
        (operator, operand), *rest = value.items()
        if rest:
            raise ValueError(f"unsupported attribute-ruler operator {value!r}")
        if operator == "IN":
            allowed = set(operand)
            return lambda actual: actual in allowed
        if operator == "NOT_IN":
            banned = set(operand)
            return lambda actual: actual not in banned
        if operator == "REGEX":
            pattern = re.compile(operand)
            return lambda actual: pattern.search(actual) is not None
        raise ValueError(f"unsupported attribute-ruler operator {operator!r}")
    return lambda actual: actual == value


_FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")  # positions in a token's feature tuple
Features = tuple[str, str, str, bool]
Predicate = Callable[[Features], bool]


def _token_predicate(spec: dict[str, Any], known: str | None = None) -> Predicate | None:
    """A test on a token's features, or None when ``known`` (the index key) says it all."""
    checks: list[tuple[int, Callable[[Any], bool]]] = []
    for attribute, value in spec.items():
        if attribute not in _FEATURES:
            raise ValueError(f"unsupported attribute-ruler attribute {attribute!r}")
        if attribute != known:
            checks.append((_FEATURES.index(attribute), _value_test(value)))
    if not checks:
        return None
    if len(checks) == 1:
        position, test = checks[0]
        return lambda features: test(features[position])
    return lambda features: all(test(features[position]) for position, test in checks)


class _Rule:
    __slots__ = ("index", "order", "predicates")

    def __init__(self, order: int, predicates: list[Predicate | None], index: int) -> None:
        self.order = order
        self.predicates = predicates
        self.index = index


def _index_values(value: Any) -> list[Any] | None:
    """The values a constraint allows, when it is a plain value or an IN list."""
    if isinstance(value, dict):
        return list(value["IN"]) if set(value) == {"IN"} else None
    return [value]


@Language.factory("casetrail_tag_attributes")
class TagAttributes:
    """Sets POS, MORPH and LEMMA from tags like ``attribute_ruler``, by indexed lookup."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.attrs: list[dict[int, Any]] = []
        # one table per feature: value → rules whose first token needs that value
        self.tables: list[dict[Any, list[_Rule]]] = [{} for _ in _FEATURES]
        self.general: list[_Rule] = []

    def copy_rules(self, ruler: AttributeRuler) -> None:
        """Take over every rule of the model's attribute ruler, in its order."""
        self.attrs = list(ruler.attrs)
        entries: list[dict[str, Any]] = list(ruler.patterns)
        for order, entry in enumerate(entries):
            patterns: list[list[dict[str, Any]]] = entry["patterns"]
            for pattern in patterns:
                first = pattern[0]
                key = next(
                    (f for f in _FEATURES if f in first and _index_values(first[f]) is not None),
                    None,
                )
                predicates = [_token_predicate(first, key)]
                predicates += [_token_predicate(spec) for spec in pattern[1:]]
                rule = _Rule(order, predicates, entry["index"])
                if key is None:
                    self.general.append(rule)
                    continue
                table = self.tables[_FEATURES.index(key)]
                for value in _index_values(first[key]) or []:
                    table.setdefault(value, []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        features: list[Features] = [
            (token.tag_, token.lower_, token.dep_, token.is_space) for token in doc
        ]
        matches: list[tuple[int, int]] = []  # (rule order, token the rule sets)
        size = len(features)
        for i, own in enumerate(features):
            for position, table in enumerate(self.tables):
                rules = table.get(own[position])
                if rules:
                    self._match(rules, features, i, size, matches)
            self._match(self.general, features, i, size, matches)
        matches.sort()
        for order, target in matches:
            set_token_attrs(doc[target], self.attrs[order])
        return doc

    @staticmethod
    def _match(
        rules: list[_Rule],
        features: list[Features],
        i: int,
        size: int,
        matches: list[tuple[int, int]],
    ) -> None:
        for rule in rules:
            first = rule.predicates[0]
            if first is not None and not first(features[i]):
                continue
            end = i + len(rule.predicates)
            if end > size:
                continue
            if end > i + 1 and not all(
                test is None or test(features[i + k])
                for k, test in enumerate(rule.predicates[1:], start=1)
            ):
                continue
            matches.append((rule.order, i + rule.index if rule.index >= 0 else end + rule.index))
