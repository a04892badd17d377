"""Ingestion: reports (markdown, text, HTML, PDF, DOCX, URLs) into the store."""

from casetrail.ingest.formats import parse, sniff
from casetrail.ingest.parsed import ParsedReport
from casetrail.ingest.service import (
    IngestResult,
    Outcome,
    expand_sources,
    ingest_bytes,
    ingest_file,
    ingest_one,
    ingest_sources,
    ingest_url,
)

__all__ = [
    "IngestResult",
    "Outcome",
    "ParsedReport",
    "expand_sources",
    "ingest_bytes",
    "ingest_file",
    "ingest_one",
    "ingest_sources",
    "ingest_url",
    "parse",
    "sniff",
]
