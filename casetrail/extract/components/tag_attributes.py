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

import numpy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc


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
MAX_REMEMBERED = 200_000  # distinct lower-case forms before starting over
OTHER = -1  # a lower-case form or dependency label that no rule names or matches
OTHER_TEXT = "\x00other"  # how OTHER reads to a rule: equal to nothing, matched by nothing
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


class _Start:
    """What a token's own features decide: its one-token rules (their orders, and the
    number of the row of values they set, merged in order) and the two-token rules it
    may start."""

    __slots__ = ("number", "pairs", "singles")

    def __init__(self, number: int, singles: list[int], pairs: list[_Rule]) -> None:
        self.number = number
        self.singles = singles
        self.pairs = pairs


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
        self.remembered: dict[Key, _Start] = {}
        self.attrs: list[dict[int, Any]] = []
        self.columns: list[int | str] = []  # the attributes any rule sets
        # per remembered token kind: the values its one-token rules set, in column order,
        # and which of them they set; as arrays once no new kind has come since
        self.rows: list[tuple[int, ...]] = []
        self.masks: list[tuple[bool, ...]] = []
        self.row_table: Any = None
        self.mask_table: Any = None
        # one table per feature: value → rules whose first token needs that value
        self.tables: list[dict[Any, list[_Rule]]] = [{} for _ in _FEATURES]
        self.general: list[_Rule] = []
        # the lower-case forms and dependency labels some rule names or may match; any
        # other value is read as OTHER, so that tokens differing only in words no rule
        # tells apart share one remembered answer
        self.named: dict[str, set[str]] = {"LOWER": set(), "DEP": set()}
        self.patterns: dict[str, list[re.Pattern[str]]] = {"LOWER": [], "DEP": []}
        self.classes: dict[str, dict[int, int]] = {"LOWER": {}, "DEP": {}}

    def copy_rules(self, ruler: AttributeRuler) -> None:
        """Take over every rule of the model's attribute ruler, in its order."""
        self.attrs = list(ruler.attrs)
        if any("_" in attrs for attrs in ruler.attrs):
            raise ValueError("unsupported attribute-ruler rules that set extension attributes")
        self.columns = sorted({column for attrs in self.attrs for column in attrs})
        entries: list[dict[str, Any]] = list(ruler.patterns)
        for order, entry in enumerate(entries):
            patterns: list[list[dict[str, Any]]] = entry["patterns"]
            for pattern in patterns:
                first = pattern[0]
                key = next(
                    (f for f in _FEATURES if f in first and _index_values(first[f]) is not None),
                    None,
                )
                for spec in pattern:
                    self._note_named_values(spec)
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

    def _note_named_values(self, spec: dict[str, Any]) -> None:
        for attribute in self.named:
            if attribute not in spec:
                continue
            value = spec[attribute]
            if isinstance(value, dict):
                (operator, operand), *_ = value.items()
                if operator == "REGEX":
                    self.patterns[attribute].append(re.compile(operand))
                else:
                    self.named[attribute].update(operand)
            else:
                self.named[attribute].add(value)

    def _class_of(self, attribute: str, value: int) -> int:
        """``value`` itself when a rule may tell it apart, else OTHER."""
        text = self.strings[value]
        if text in self.named[attribute] or any(
            pattern.search(text) for pattern in self.patterns[attribute]
        ):
            return value
        return OTHER

    def __call__(self, doc: Doc) -> Doc:
        # One C call reads every token's features as string ids. What a token's own
        # features decide (its one-token rules and their merged settings, which two-token
        # rules it may start) is worked out once per distinct token and remembered; the
        # settings go back in one C call too.
        lowers, deps = self.classes["LOWER"], self.classes["DEP"]
        keys: list[Key] = []
        for tag, lower, dep, is_space in doc.to_array(_FEATURE_IDS).tolist():
            lower_class = lowers.get(lower)
            if lower_class is None:
                lower_class = lowers[lower] = self._class_of("LOWER", lower)
            dep_class = deps.get(dep)
            if dep_class is None:
                dep_class = deps[dep] = self._class_of("DEP", dep)
            keys.append((tag, lower_class, dep_class, is_space))
        remembered = self.remembered  # bounded: tags × named words × named labels
        if len(lowers) > MAX_REMEMBERED:
            lowers.clear()
        starts: list[_Start] = []
        paired: dict[int, list[int]] = {}  # token → orders of the two-token rules setting it
        for i, key in enumerate(keys):
            start = remembered.get(key)
            if start is None:
                start = remembered[key] = self._starting_at(key)
            starts.append(start)
            if start.pairs and i + 1 < len(keys):
                second = self._features(keys[i + 1])
                for rule in start.pairs:
                    test = rule.predicates[1]
                    if test is None or test(second):
                        offset = rule.index if rule.index >= 0 else 2 + rule.index
                        paired.setdefault(i + offset, []).append(rule.order)
        if self.row_table is None:  # a token unlike any before: the table grew
            self.row_table = numpy.array(self.rows, dtype=numpy.uint64)
            self.mask_table = numpy.array(self.masks, dtype=bool)
        numbers = [start.number for start in starts]
        rows, masks = self.row_table[numbers], self.mask_table[numbers]
        for target, orders in paired.items():
            # later rules win, as in the attribute ruler: merge this token's rules again
            settings: dict[int, Any] = {}
            for order in sorted([*starts[target].singles, *orders]):
                settings.update(self.attrs[order])
            rows[target], masks[target] = self._row(settings)
        if not masks.any():
            return doc
        merged: Any = numpy.where(masks, rows, doc.to_array(self.columns))
        doc.from_array(self.columns, merged)
        return doc

    def _row(self, settings: dict[Any, Any]) -> tuple[tuple[int, ...], tuple[bool, ...]]:
        """One token's new values in ``self.columns`` order and which of them are set."""
        row = tuple(int(settings.get(column, 0)) for column in self.columns)
        return row, tuple(column in settings for column in self.columns)

    def _starting_at(self, key: Key) -> _Start:
        """The one-token rules a token with these features meets (their orders and merged
        settings) and the two-token rules whose first token it matches."""
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
        singles.sort()
        settings: dict[int, Any] = {}
        for order in singles:
            settings.update(self.attrs[order])
        row, mask = self._row(settings)
        self.rows.append(row)
        self.masks.append(mask)
        self.row_table = self.mask_table = None
        return _Start(len(self.rows) - 1, singles, pairs)

    def _features(self, key: Key) -> Features:
        tag, lower, dep, is_space = key
        strings = self.strings
        return (
            strings[tag],
            strings[lower] if lower != OTHER else OTHER_TEXT,
            strings[dep] if dep != OTHER else OTHER_TEXT,
            bool(is_space),
        )
