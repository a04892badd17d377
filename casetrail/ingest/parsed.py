"""What every format reader returns: readable text plus whatever metadata it found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ParsedReport:
    """A report reduced to text, before it is stored."""

    text: str
    media_type: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: date | None = None
    source_url: str | None = None
    language: str | None = None
    # [[text_offset, original_offset], ...] back into the decoded original; see markdown.py
    offset_map: list[list[int]] = field(default_factory=list)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
