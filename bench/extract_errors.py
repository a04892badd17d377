"""What extraction got wrong on the dev split: per document, the gold items it missed and
the items it proposed that the gold file does not have.

    python bench/extract_errors.py [--field entities|acts|claims|roles|dates] [NAME ...]

Only the dev split and the fixture: the test split is kept aside for measuring, so this
script refuses to show its errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from casetrail.extract import extract_text
from casetrail.extract.evaluation import (
    comparable_items,
    date_text_match,
    load_gold,
    same_date_value,
    unmatched,
)
from casetrail.extract.results import Extraction
from casetrail.ingest.formats import parse

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def _pairs(extraction: Extraction, gold: dict[str, Any], field: str) -> tuple[list[Any], list[Any]]:
    """(gold items missed, predicted items the gold file lacks) for one field."""
    if field == "acts":
        found = {a.act_type: a.cue.text for a in extraction.acts}
        missed = [t for t in gold["acts"] if t not in found]
        return missed, [(t, cue) for t, cue in found.items() if t not in gold["acts"]]
    if field == "dates":
        predicted = [(d.text, d.value.value) for d in extraction.dates]
        return unmatched(
            predicted,
            [tuple(d) for d in gold["dates"]],
            lambda p, g: (
                date_text_match(p[0], g[0]) and (g[1] is None or same_date_value(p[1], g[1]))
            ),
        )
    items = comparable_items(extraction, gold)
    if field != "entities":
        return unmatched(*items[field])
    names_missed, names_extra = unmatched(*items["names"])
    places_missed, places_extra = unmatched(*items["places"])
    return (
        [*names_missed, *(("place", name) for name in places_missed)],
        [*names_extra, *(("place", *place) for place in places_extra)],
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
