"""Scoring extraction against hand-annotated gold files (see ``tests/gold/README.md``)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from casetrail.extract.dates import parse_value
from casetrail.extract.gazetteer import load_gazetteer
from casetrail.extract.results import Extraction
from casetrail.model import DatePrecision

FIELDS = ("entities", "places", "roles", "act_types", "dates", "claims")
# Breakdowns that say where a field's errors lie: entities by kind, and claim speakers
# found whatever stance was given to them.
BREAKDOWNS = ("persons", "organisations", "claim_speakers")


def name_tokens(name: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"['’]s\b", "", plain)
    tokens = re.findall(r"[\w-]+", plain)
    while tokens and tokens[0] in {"the", "a", "an", "his", "her", "their"}:
        tokens = tokens[1:]
    return tokens


def names_match(left: str, right: str) -> bool:
    """Equal after normalisation, or one's words contain the other's with the same last
    word ("Chechen special police" ~ "police", "Magamadov" ~ "Salekh Magamadov")."""
    a, b = name_tokens(left), name_tokens(right)
    if not a or not b:
        return False
    if a == b:
        return True
    return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


@dataclass
class Counts:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.true_positive += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Same = Callable[[Any, Any], bool]


def unmatched(
    predicted: Iterable[Any], gold: Iterable[Any], same: Same
) -> tuple[list[Any], list[Any]]:
    """One-to-one greedy matching in gold order: the gold items nothing matched, and the
    predicted items left over."""
    remaining = list(predicted)
    missed = []
    for item in gold:
        for index, candidate in enumerate(remaining):
            if same(candidate, item):
                del remaining[index]
                break
        else:
            missed.append(item)
    return missed, remaining


def match_count(predicted: Iterable[Any], gold: Iterable[Any], same: Same) -> int:
    """How many gold items the one-to-one matching finds."""
    wanted = list(gold)
    missed, _ = unmatched(predicted, wanted, same)
    return len(wanted) - len(missed)


@dataclass
class Scores:
    fields: dict[str, Counts] = field(
        default_factory=lambda: {f: Counts() for f in FIELDS + BREAKDOWNS}
    )
    date_values_correct: int = 0
    date_values_scored: int = 0
    # (gold stance, predicted stance) for claims whose speaker matched but stance did not
    stance_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    # per act type: how often found, proposed, annotated
    act_types: dict[str, Counts] = field(default_factory=dict)

    @property
    def date_accuracy(self) -> float:
        return (
            self.date_values_correct / self.date_values_scored if self.date_values_scored else 0.0
        )


def place_match(gold_name: str, predicted: tuple[str, str | None]) -> bool:
    name, place_id = predicted
    resolved = load_gazetteer().resolve(gold_name)
    if resolved is not None and place_id is not None and resolved.id == place_id:
        return True
    return names_match(name, gold_name)


def date_text_match(predicted: str, gold: str) -> bool:
    p, g = predicted.casefold().strip(), gold.casefold().strip()
    return p == g or p in g or g in p


def same_date_value(predicted: str | None, gold: str | None) -> bool:
    """The same span of time however it is written: "1970/1979" (years) is
    "1970-01-01/1979-12-31" (days), "2026-07/2026-10" is "2026-07-01/2026-10-31"; an open
    span ("2017/..") by where it starts."""
    if predicted == gold:
        return True
    bounds = _date_bounds(predicted), _date_bounds(gold)
    return None not in bounds and bounds[0] == bounds[1]


def _date_bounds(value: str | None) -> tuple[date | None, date | None] | None:
    """First and last day of a value as ``DateValue.value`` writes it (the last left open
    for "since"); None for a value not understood."""
    parsed = parse_value(value) if value is not None else None
    if parsed is None:
        return None
    return parsed.start, None if parsed.precision is DatePrecision.SINCE else parsed.end


def _same_named(predicted: tuple[Any, ...], gold: tuple[Any, ...]) -> bool:
    """(name, label …) pairs: the label equal, the names matching."""
    return bool(predicted[1] == gold[1] and names_match(predicted[0], gold[0]))


def comparable_items(
    extraction: Extraction, gold: dict[str, Any]
) -> dict[str, tuple[list[Any], list[Any], Same]]:
    """Per field: (predicted items, gold items, how to match them). Entities other than
    places are (kind, name); places (name, gazetteer id); roles (name, role); claims
    (speaker, stance, cue)."""
    participants = [e for e in extraction.entities if e.is_participant and e.mentions]
    claims = []
    for claim in extraction.claims:
        speaker = extraction.entity(claim.speaker_id)
        claims.append((speaker.name if speaker else claim.speaker_text, claim.stance, claim.cue))
    return {
        "names": (
            [(e.kind, e.name) for e in participants if e.kind != "place"],
            [
                (kind, name)
                for kind in ("person", "organisation")
                for name in gold["entities"].get(kind, [])
            ],
            lambda p, g: p[0] == g[0] and names_match(p[1], g[1]),
        ),
        "places": (
            [(e.name, e.place.id if e.place else None) for e in participants if e.kind == "place"],
            list(gold["entities"].get("place", [])),
            lambda p, g: place_match(g, p),
        ),
        "roles": (
            [
                (extraction.entity(r.entity_id).name, r.role)  # type: ignore[union-attr]
                for r in extraction.roles
            ],
            [tuple(r) for r in gold["roles"]],
            _same_named,
        ),
        "claims": (claims, [tuple(c) for c in gold["claims"]], _same_named),
    }


def _counted(predicted: list[Any], gold: list[Any], same: Same) -> tuple[int, int, int]:
    return match_count(predicted, gold, same), len(predicted), len(gold)


def score_document(extraction: Extraction, gold: dict[str, Any], scores: Scores) -> None:
    """Add one document's counts to ``scores``."""
    items = comparable_items(extraction, gold)
    counted = {
        name: (match_count(*found), len(found[0]), len(found[1])) for name, found in items.items()
    }
    scores.fields["places"].add(*counted["places"])
    scores.fields["entities"].add(
        *(a + b for a, b in zip(counted["names"], counted["places"], strict=True))
    )
    scores.fields["roles"].add(*counted["roles"])
    scores.fields["claims"].add(*counted["claims"])
    predicted_names, gold_names, same_name = items["names"]
    for kind, breakdown in (("person", "persons"), ("organisation", "organisations")):
        scores.fields[breakdown].add(
            *_counted(
                [p for p in predicted_names if p[0] == kind],
                [g for g in gold_names if g[0] == kind],
                same_name,
            )
        )
    predicted_claims, gold_claims, _ = items["claims"]
    scores.fields["claim_speakers"].add(
        *_counted(predicted_claims, gold_claims, lambda p, g: names_match(p[0], g[0]))
    )
    gold_left, predicted_left = unmatched(predicted_claims, gold_claims, _same_named)
    for gold_claim in gold_left:
        for index, candidate in enumerate(predicted_left):
            if names_match(candidate[0], gold_claim[0]):
                scores.stance_confusion[(gold_claim[1], candidate[1])] += 1
                del predicted_left[index]
                break

    types = {a.act_type for a in extraction.acts}
    gold_types = set(gold["acts"])
    scores.fields["act_types"].add(len(types & gold_types), len(types), len(gold_types))
    for act_type in types | gold_types:
        scores.act_types.setdefault(act_type, Counts()).add(
            int(act_type in types and act_type in gold_types),
            int(act_type in types),
            int(act_type in gold_types),
        )

    predicted_dates = [(d.text, d.value.value) for d in extraction.dates]
    remaining = list(predicted_dates)
    found = 0
    for text, value in gold["dates"]:
        for index, (p_text, p_value) in enumerate(remaining):
            if date_text_match(p_text, text):
                found += 1
                if value is not None:
                    scores.date_values_scored += 1
                    scores.date_values_correct += int(same_date_value(p_value, value))
                del remaining[index]
                break
        else:
            if value is not None:
                scores.date_values_scored += 1
    scores.fields["dates"].add(found, len(predicted_dates), len(gold["dates"]))


@dataclass(frozen=True)
class GoldDocument:
    name: str
    text_path: Path
    annotation: dict[str, Any]

    @property
    def published(self) -> date:
        return date.fromisoformat(self.annotation["published"])


def load_gold(folder: Path) -> list[GoldDocument]:
    """Gold documents in a folder: NAME.md with NAME.json, or a JSON naming its source."""
    documents = []
    for annotation_path in sorted(folder.glob("*.json")):
        annotation = json.loads(annotation_path.read_text("utf-8"))
        if "source" in annotation:
            text_path = (annotation_path.parent / annotation["source"]).resolve()
            if not text_path.is_file():
                text_path = (
                    Path(__file__).resolve().parents[2]
                    / ".."
                    / annotation["source"].removeprefix("../")
                ).resolve()
        else:
            text_path = annotation_path.with_suffix(".md")
        documents.append(GoldDocument(annotation_path.stem, text_path, annotation))
    return documents
