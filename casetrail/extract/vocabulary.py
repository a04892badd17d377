"""The controlled vocabularies shipped as data under ``casetrail/data``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class ActType:
    id: str
    label: str
    huridocs: str
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...] = ()
    frames: tuple[Frame, ...] = ()
    # "set … on fire": a verb and the words that complete it a few tokens later
    split_cues: tuple[tuple[str, str], ...] = ()
    # "next time … would": two phrases, the second up to three words after the first
    gapped_cues: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Frame:
    """An act told by who is kept from what, wherever the words fall in the clause:
    a *holder* ("lawyers", "the family") under a verb that bars them ("were barred from
    visiting") or under a negated one ("were not allowed to visit")."""

    holders: frozenset[str]
    predicates: frozenset[str] = frozenset()
    negated: frozenset[str] = frozenset()
    refused: frozenset[str] = frozenset()  # "refused to tell the family": refused + tell
    # words in the verb's clause that make it another act ("relatives were not allowed
    # into the courtroom" is a closed trial, not silence about a detainee)
    unless: frozenset[str] = frozenset()


def _load(name: str) -> Any:
    return json.loads((resources.files("casetrail") / "data" / name).read_text("utf-8"))


@lru_cache(maxsize=1)
def act_types() -> dict[str, ActType]:
    """Violation act types by id."""
    return {
        entry["id"]: ActType(
            entry["id"],
            entry["label"],
            entry["huridocs"],
            tuple(entry["cues"]),
            tuple(entry.get("weak_cues", [])),
            tuple(
                Frame(
                    frozenset(frame["holders"]),
                    frozenset(frame.get("predicates", [])),
                    frozenset(frame.get("negated", [])),
                    frozenset(frame.get("refused", [])),
                    frozenset(frame.get("unless", [])),
                )
                for frame in entry.get("frames", [])
            ),
            tuple((verb, rest) for verb, rest in entry.get("split_cues", [])),
            tuple((first, then) for first, then in entry.get("gapped_cues", [])),
        )
        for entry in _load("acts.json")["acts"]
    }


@dataclass(frozen=True)
class ActorWords:
    media: frozenset[str]
    rights_group_words: frozenset[str]
    state_words: frozenset[str]
    court_words: frozenset[str]
    force_nouns: frozenset[str]
    intervening_descriptors: frozenset[str]
    official_descriptors: frozenset[str]
    titles: frozenset[str]
    person_nouns: frozenset[str]
    international_prefixes: tuple[str, ...]
    known_bodies: tuple[str, ...]  # as written: "Memorial" the group, not a memorial
    peoples: frozenset[str]  # "Tamil", "Haratine": peoples and communities, not bodies
    # a body's short name and the descriptions wire copy gives it ("UNHCR": "UN refugee
    # agency"): one body where a report uses both
    described_as: dict[str, tuple[str, ...]]
    ombudsman_titles: tuple[str, ...]  # "People's Advocate", "Provedor": the ombudsman
    vehicles: frozenset[str]  # "a black SUV", "a grey Toyota": a car, no actor or place
    scriptures: frozenset[str]  # "desecrating the Koran": a holy book, no actor or place
    observances: frozenset[str]  # "marching to mark Arbaeen": a holy day, no actor or place


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    data = _load("actors.json")
    return ActorWords(
        media=frozenset(w.casefold() for w in data["media"]),
        rights_group_words=frozenset(data["rights_group_words"]),
        state_words=frozenset(data["state_words"]),
        court_words=frozenset(data["court_words"]),
        force_nouns=frozenset(data["force_nouns"]),
        intervening_descriptors=frozenset(data["intervening_descriptors"]),
        official_descriptors=frozenset(data["official_descriptors"]),
        titles=frozenset(data["titles"]),
        person_nouns=frozenset(data["person_nouns"]),
        international_prefixes=tuple(p.casefold() for p in data["international_prefixes"]),
        known_bodies=tuple(data["known_bodies"]),
        peoples=frozenset(data["peoples"]),
        described_as={
            name: tuple(d.casefold() for d in descriptions)
            for name, descriptions in data["described_as"].items()
        },
        ombudsman_titles=tuple(t.casefold() for t in data["ombudsman_titles"]),
        vehicles=frozenset(v.casefold() for v in data["vehicles"]),
        scriptures=frozenset(v.casefold() for v in data["scriptures"]),
        observances=frozenset(v.casefold() for v in data["observances"]),
    )
