"""Date component: the model's DATE/TIME spans, widened by "since"/"between", normalised
against the publication date (``doc.user_data["published"]``)."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from casetrail.extract.components.registry import Registry, doc_text
from casetrail.extract.dates import WEEKDAYS, DateValue, normalise_date
from casetrail.extract.results import DateMention

DATES_KEY = "casetrail_dates"
_DATEISH = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r"|today|yesterday|tonight|ago|week|month|year|\d{4}|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b",
    re.IGNORECASE,
)
_WIDEN = {"since", "between", "from"}
_NOT_A_DATE = re.compile(r"\d+-year-old|^every\b", re.IGNORECASE)


def _trimmed(span: Span) -> Span:
    """Without the blank lines or spaces the model sometimes takes into a span."""
    start, end = span.start, span.end
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def _resolvable_prefix(
    span: Span, published: date | None, value: DateValue
) -> tuple[Span, DateValue]:
    """ "September 2021 to 11 years": the model ran on; keep the part that is a date."""
    for end in range(span.end - 1, span.start, -1):
        shorter = span.doc[span.start : end]
        candidate = normalise_date(shorter.text, published)
        if candidate is not None and candidate.resolved:
            return shorter, candidate
    return span, value


def _widen(span: Span) -> Span:
    doc = span.doc
    start = span.start
    if start > 0 and doc[start - 1].lower_ in _WIDEN:
        start -= 1
    return doc[start : span.end]


@Language.factory("casetrail_dates")
class DateComponent:
    """Collects normalised date mentions in ``doc.user_data[DATES_KEY]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        published: date | None = doc.user_data.get("published")
        registry = Registry.of(doc)
        found: list[DateMention] = []
        text = doc_text(doc)
        for ent in doc.ents:
            if ent.label_ not in {"DATE", "TIME"} or not _DATEISH.search(ent.text):
                continue
            if registry.is_excluded(ent.start_char, ent.end_char):
                continue
            if self._is_dateline(ent, text):
                continue
            if _NOT_A_DATE.search(ent.text):
                continue  # "a 23-year-old", "every week"
            span = _trimmed(_widen(ent))
            value = normalise_date(span.text, published)
            if value is None:  # a duration, not a date
                continue
            if not value.resolved and len(span) > 2:
                span, value = _resolvable_prefix(span, published, value)
            found.append(DateMention(span.start_char, span.end_char, span.text, value))
        doc.user_data[DATES_KEY] = found
        return doc

    @staticmethod
    def _is_dateline(ent: Span, text: str) -> bool:
        """The publication date line at the top is metadata, not an event date."""
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        line_end = text.find("\n", ent.start_char)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        return line.strip() == ent.text.strip() and ent.start_char < 400


def dates_of(doc: Doc) -> list[DateMention]:
    return list(doc.user_data.get(DATES_KEY, []))
