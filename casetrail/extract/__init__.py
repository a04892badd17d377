"""Extraction: proposals (entities, dates, acts, claims, roles) from stored reports.

Nothing here is fact: every proposal waits for a person's review.
"""

from casetrail.extract.dates import DateValue, normalise_date
from casetrail.extract.results import Extraction
from casetrail.extract.service import (
    extract_document,
    extract_documents,
    extract_text,
    extract_texts,
    proposals_for,
)

__all__ = [
    "DateValue",
    "Extraction",
    "extract_document",
    "extract_documents",
    "extract_text",
    "extract_texts",
    "normalise_date",
    "proposals_for",
]
