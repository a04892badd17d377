"""What extraction got wrong on the dev split: per document, the gold items it missed and
the items it proposed that the gold file does not have.

    python bench/extract_errors.py [--field entities|acts|claims|roles|dates] [NAME ...]

Only the dev split and the fixture: the test split is kept aside for measuring, so this
script refuses to show its errors.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casetrail.extract import extract_text
from casetrail.extract.evaluation import _place_match, load_gold, names_match
from casetrail.extract.results import Extraction
from casetrail.ingest.formats import parse

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def _unmatched(
    predicted: list[Any], gold: list[Any], same: Callable[[Any, Any], bool]
) -> tuple[list[Any], list[Any]]:
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


def _pairs(extraction: Extraction, gold: dict[str, Any], field: str) -> tuple[list[Any], list[Any]]:
    participants = [e for e in extraction.entities if e.is_participant and e.mentions]
    if field == "entities":
        predicted = [(e.kind, e.name, e.place.id if e.place else None) for e in participants]
        wanted = [(k, n) for k, names in gold["entities"].items() for n in names]

        def same(p: tuple[str, str, str | None], g: tuple[str, str]) -> bool:
            if p[0] != g[0]:
                return False
            return _place_match(g[1], (p[1], p[2])) if p[0] == "place" else names_match(p[1], g[1])

        return _unmatched(predicted, wanted, same)
    if field == "acts":
        found = {a.act_type: a.cue.text for a in extraction.acts}
        missed = [t for t in gold["acts"] if t not in found]
        return missed, [(t, cue) for t, cue in found.items() if t not in gold["acts"]]
    if field == "claims":
        predicted = []
        for claim in extraction.claims:
            speaker = extraction.entity(claim.speaker_id)
            name = speaker.name if speaker else claim.speaker_text
            predicted.append((name, claim.stance, claim.cue))
        return _unmatched(
            predicted, gold["claims"], lambda p, g: p[1] == g[1] and names_match(p[0], g[0])
        )
    if field == "roles":
        predicted = [
            (extraction.entity(r.entity_id).name, r.role)  # type: ignore[union-attr]
            for r in extraction.roles
        ]
        return _unmatched(
            predicted, gold["roles"], lambda p, g: p[1] == g[1] and names_match(p[0], g[0])
        )
    predicted = [(d.text, d.value.value) for d in extraction.dates]
    return _unmatched(
        predicted,
        gold["dates"],
        lambda p, g: (
            (p[0].casefold() in g[0].casefold() or g[0].casefold() in p[0].casefold())
            and (g[1] is None or p[1] == g[1])
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--field", choices=["entities", "acts", "claims", "roles", "dates"], default="entities"
    )
    parser.add_argument("names", nargs="*", help="only these gold documents (file stems)")
    args = parser.parse_args()
    documents = load_gold(GOLD / "dev") + load_gold(GOLD)
    if args.names:
        documents = [d for d in documents if d.name in args.names]
        if not documents:
            raise SystemExit("no such dev document (the test split is not shown here)")
    for document in documents:
        report = parse(document.text_path.read_bytes(), filename=document.text_path.name)
        extraction = extract_text(report.text, report.published or document.published)
        missed, spurious = _pairs(extraction, document.annotation, args.field)
        if not missed and not spurious:
            continue
        print(f"== {document.name}")
        for item in missed:
            print(f"   missed   {item}")
        for item in spurious:
            print(f"   spurious {item}")


if __name__ == "__main__":
    main()
