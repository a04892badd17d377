"""The demo: the whole flow on the shipped sample reports, in a fresh database.

ingest → extract → accept high-confidence proposals (as a reviewer's shortcut, and said
so) → merge people the resolver is sure of → open cases for documents that share
victims → one case's timeline with its contested claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from casetrail.cases.service import cases_from_shared_victims, list_cases
from casetrail.extract import extract_document
from casetrail.ingest import IngestResult, ingest_one
from casetrail.review import accept_all_above, merge, merge_candidates
from casetrail.store import Store
from casetrail.store.documents import list_documents

ACCEPT_AT = 0.75
MERGE_AT = 0.9
DEMO_ACTOR = "casetrail-demo"


def sample_reports() -> list[Path]:
    """The sample reports shipped inside the package."""
    root = resources.files("casetrail") / "data" / "samples"
    return sorted(Path(str(item)) for item in root.iterdir() if item.name.endswith(".md"))


@dataclass
class DemoRun:
    ingested: list[IngestResult] = field(default_factory=list)
    proposals: dict[int, int] = field(default_factory=dict)
    accepted: int = 0
    merges: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    showcase_case: int | None = None


def run_demo(store: Store, samples: list[Path] | None = None) -> DemoRun:
    run = DemoRun()
    for path in samples or sample_reports():
        run.ingested.append(ingest_one(store, str(path), actor=DEMO_ACTOR))
    for row in list_documents(store, limit=10_000):
        _, run.proposals[row.id] = extract_document(store, row.id, actor=DEMO_ACTOR)
        run.accepted += len(accept_all_above(store, row.id, ACCEPT_AT, actor=DEMO_ACTOR))
    for candidate in merge_candidates(store, threshold=MERGE_AT):
        merge(
            store,
            candidate.right_id,
            candidate.left_id,
            actor=DEMO_ACTOR,
            score=candidate.score,
            evidence=candidate.evidence,
        )
        run.merges.append(candidate.as_dict())
    cases_from_shared_victims(store, actor=DEMO_ACTOR)
    run.cases = list_cases(store)
    if run.cases:
        run.showcase_case = max(run.cases, key=lambda c: (c["documents"], c["acts"]))["id"]
    return run
