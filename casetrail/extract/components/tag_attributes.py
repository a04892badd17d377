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
_FEATURE_IDS: list[int | str] = list(_FEATURES)
MAX_REMEMBERED = 200_000  # distinct tokens before starting over
Features = tuple[str, str, str, bool]
Key = tuple[int, ...]  # a token's features as string ids
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
        self.strings = nlp.vocab.strings
        self.remembered: dict[Key, tuple[list[int], list[_Rule]]] = {}
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
                if len(pattern) > 2:
                    raise ValueError("attribute-ruler patterns longer than two tokens")
                rule = _Rule(order, predicates, entry["index"])
                if key is None:
                    self.general.append(rule)
                    continue
                table = self.tables[_FEATURES.index(key)]
                for value in _index_values(first[key]) or []:
                    table.setdefault(value, []).append(rule)

    def __call__(self, doc: Doc) -> Doc:
        # One C call reads every token's features as string ids. What a token's own
        # features decide (its one-token rules, which two-token rules it may start) is
        # worked out once per distinct token and remembered.
        keys: list[Key] = [tuple(row) for row in doc.to_array(_FEATURE_IDS).tolist()]
        remembered = self.remembered
        if len(remembered) > MAX_REMEMBERED:
            remembered.clear()
        matches: list[tuple[int, int]] = []  # (rule order, token the rule sets)
        for i, key in enumerate(keys):
            start = remembered.get(key)
            if start is None:
                start = remembered[key] = self._starting_at(key)
            singles, pairs = start
            matches += [(order, i) for order in singles]
            if pairs and i + 1 < len(keys):
                second = self._features(keys[i + 1])
                for rule in pairs:
                    test = rule.predicates[1]
                    if test is None or test(second):
                        offset = rule.index if rule.index >= 0 else 2 + rule.index
                        matches.append((rule.order, i + offset))
        matches.sort()  # later rules win, as in the attribute ruler
        settings: dict[int, dict[int, Any]] = {}
        for order, target in matches:
            settings.setdefault(target, {}).update(self.attrs[order])
        for target in settings:
            set_token_attrs(doc[target], settings[target])
        return doc

    def _starting_at(self, key: Key) -> tuple[list[int], list[_Rule]]:
        """The orders of the one-token rules a token with these features meets, and the
        two-token rules whose first token it matches."""
        own = self._features(key)
        candidates = [table.get(own[position], []) for position, table in enumerate(self.tables)]
        singles: list[int] = []
        pairs: list[_Rule] = []
        for rule in [*(r for rules in candidates for r in rules), *self.general]:
            first = rule.predicates[0]
            if first is not None and not first(own):
                continue
            if len(rule.predicates) == 1:
                singles.append(rule.order)
            else:
                pairs.append(rule)
        return sorted(singles), pairs

    def _features(self, key: Key) -> Features:
        tag, lower, dep, is_space = key
        return (self.strings[tag], self.strings[lower], self.strings[dep], bool(is_space))
