"""Metadata from the layout of wire copy: title line, "By" byline, date line, URL footer."""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

_BYLINE = re.compile(r"^\s*By\s+(?P<who>\S.{0,150}?)\s*$")
_URL_FOOTER = re.compile(
    r"^\s*(?:original\s+url|source\s+url|source|url|link)\s*:\s*<?(?P<url>https?://[^\s>]+)?>?\s*$",
    re.IGNORECASE,
)
_BARE_URL = re.compile(r"^\s*<?(?P<url>https?://[^\s>]+)>?\s*$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LANGUAGES = ["en", "ru", "uk", "fr", "es", "de", "ar", "tr", "pt"]
_DATE_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
HEADER_LINES = 8
_FAST_LAYOUTS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%A %d %B %Y")
FOOTER_LINES = 8


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_date_line(line: str) -> date | None:
    """A publication date from a short stand-alone date line (or a "Place, date" dateline)."""
    if len(line) > 60 or not _YEAR.search(line):
        return None
    candidates = [line]
    if "," in line:
        candidates.append(line.split(",", 1)[1].strip())
    for candidate in candidates:  # common English layouts first: far cheaper than dateparser
        for layout in _FAST_LAYOUTS:
            try:
                return datetime.strptime(candidate.replace(".", ""), layout).date()
            except ValueError:
                continue
    for candidate in candidates:
        parsed = dateparser.parse(candidate, languages=_LANGUAGES, settings=_DATE_SETTINGS)
        if parsed is not None:
            found: date = parsed.date()
            return found
    return None


def title_of(text: str) -> str | None:
    """The first line, if it is short enough to be a headline."""
    lines = _lines(text)
    if lines and len(lines[0]) <= 300:
        return lines[0].lstrip("#").strip() or None
    return None


def byline_of(text: str) -> str | None:
    for line in _lines(text)[:HEADER_LINES]:
        match = _BYLINE.match(line)
        if match:
            return match.group("who").strip()
    return None


def published_of(text: str) -> date | None:
    for line in _lines(text)[1:HEADER_LINES]:
        found = parse_date_line(line)
        if found is not None:
            return found
    return None


def source_url_of(text: str) -> str | None:
    """The URL named in a footer such as "Original url:" (same or next line)."""
    lines = _lines(text)[-FOOTER_LINES:]
    for index, line in enumerate(lines):
        match = _URL_FOOTER.match(line)
        if not match:
            continue
        if match.group("url"):
            return match.group("url")
        if index + 1 < len(lines):
            following = _BARE_URL.match(lines[index + 1])
            if following:
                return following.group("url")
    return None
