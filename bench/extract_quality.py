"""Extraction quality against the hand-annotated gold set.

    python bench/extract_quality.py [--split dev|test|fixture|all]

Prints precision, recall and F1 per field (entities, places, roles, act types, dates
found, claims as speaker + stance) and the accuracy of normalised date values.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from casetrail.extract import extract_text
from casetrail.extract.evaluation import BREAKDOWNS, FIELDS, Scores, load_gold, score_document
from casetrail.ingest.formats import parse

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
SPLITS = {
    "dev": [GOLD / "dev"],
    "test": [GOLD / "test"],
    "fixture": [GOLD],
    "all": [GOLD / "dev", GOLD / "test", GOLD],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="test")
    parser.add_argument("--per-doc", action="store_true", help="print each document's scores")
    args = parser.parse_args()
    total = Scores()
    documents = [d for folder in SPLITS[args.split] for d in load_gold(folder)]
    for document in documents:
        report = parse(document.text_path.read_bytes(), filename=document.text_path.name)
        extraction = extract_text(report.text, report.published or document.published)
        if args.per_doc:
            single = Scores()
            score_document(extraction, document.annotation, single)
            print(
                f"{document.name:45s} "
                + " ".join(f"{f[:6]}={single.fields[f].f1:.2f}" for f in FIELDS)
                + f" dateacc={single.date_accuracy:.2f}"
            )
        score_document(extraction, document.annotation, total)
    print(f"split: {args.split} ({len(documents)} documents)")
    print(f"{'field':14s} {'precision':>9s} {'recall':>7s} {'F1':>6s}   (tp/pred/gold)")
    for name in FIELDS + BREAKDOWNS:
        if name == BREAKDOWNS[0]:
            print("breakdown")
        counts = total.fields[name]
        print(
            f"{name:14s} {counts.precision:9.3f} {counts.recall:7.3f} {counts.f1:6.3f}"
            f"   ({counts.true_positive}/{counts.predicted}/{counts.gold})"
        )
    print(
        f"{'date values':14s} accuracy {total.date_accuracy:.3f}"
        f"   ({total.date_values_correct}/{total.date_values_scored})"
    )
    print("act types (found/proposed/annotated):")
    for act_type, counts in sorted(total.act_types.items(), key=lambda kv: -kv[1].gold):
        print(
            f"  {act_type:26s} P {counts.precision:.2f} R {counts.recall:.2f}"
            f"   ({counts.true_positive}/{counts.predicted}/{counts.gold})"
        )
    if total.stance_confusion:
        print("claims with the right speaker and another stance (gold -> predicted):")
        for (gold_stance, predicted_stance), count in total.stance_confusion.most_common():
            print(f"  {count:3d}  {gold_stance} -> {predicted_stance}")


if __name__ == "__main__":
    main()
