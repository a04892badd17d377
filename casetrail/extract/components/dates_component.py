"""Date component: the model's DATE/TIME spans, widened by "since"/"between", normalised
against the publication date (``doc.user_data["published"]``)."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from casetrail.extract.components.registry import Registry, doc_text
from casetrail.extract.dates import (
    MONTHS,
    UNRESOLVED,
    WEEKDAYS,
    DateValue,
    is_duration,
    normalise_date,
)
from casetrail.extract.results import DateMention

DATES_KEY = "casetrail_dates"
_DATEISH = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r"|today|yesterday|tonight|ago|week|month|year|\d{4}s?|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|weekend|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b",
    re.IGNORECASE,
)
_WIDEN = {"since", "between", "from"}
_BARE_WEEKDAY = re.compile(r"^(on )?(" + "|".join(WEEKDAYS) + r")$", re.IGNORECASE)
_FUTURE_AUX = {"will", "shall", "'ll"}
_SCHEDULED = {"due", "schedule", "expect", "set", "plan"}
# what may stand beside the date on a dateline: "NAIROBI, Kenya —", "Published … by X"
_DATELINE_REST = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)? ?[—–-]?|"
    r"(?i:(?:first )?(?:published|updated|posted)(?: on)?)|"
    r"(?i:(?:(?:published|posted) )?by) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)?$"
)


# a line that is nothing but a date: "September 2, 2025", "12 March 2025", "2025-03-12"
_DATE_LINE = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


# time expressions the model seldom tags or that name no calendar date: they anchor
# to an event ("two days later"), a clock ("at 4 a.m.") or a vague period ("in recent
# years"); kept as mentions with no value, never guessed
_UNANCHORED = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(?:days?|weeks?|months?|years?) (?:later|earlier)|"
    r"(?:the|a) (?:next|following) (?:day|morning|evening|night|week)|"
    r"the same (?:day|morning|afternoon|evening|night)|"
    r"(?:at )?(?:around |about )?\d{1,2}(?::\d{2})? ?(?:a\.m\.|p\.m\.)|"
    r"in recent (?:years|months|weeks)|"
    r"(?:in|over) the (?:past|last) (?:(?:few|several|two|three|four|five|six|\d{1,2}) )?"
    r"(?:days|weeks|months|years)|"
    r"last (?:spring|summer|autumn|fall|winter))(?!\w)",
    re.IGNORECASE,
)


# relative dates the model sometimes leaves untagged ("in Riyadh last month"): read by
# the same rules as the model's spans
_RELATIVE = re.compile(
    r"\b(?:(?:earlier|later) this|last|this) (?:week|month|year)(?!\w)|"
    r"\blast (?:mon|tues|wednes|thurs|fri|satur|sun)day(?!\w)",
    re.IGNORECASE,
)


def _future(span: Span) -> bool:
    """ "will be arraigned on Monday", "is due to appear on Friday": a coming day."""
    verb = span.root.head
    if verb.dep_ == "prep":
        verb = verb.head
    for _ in range(4):  # "is due to hear an appeal against the order on Thursday"
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in {"pobj", "prep", "dobj"}:
            break
        verb = verb.head
    for _ in range(3):
        if any(c.lower_ in _FUTURE_AUX for c in verb.children if c.dep_ == "aux"):
            return True
        if verb.lemma_.lower() in _SCHEDULED and any(c.dep_ == "xcomp" for c in verb.children):
            return True
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


_NOT_A_DATE = re.compile(r"(\d+|[a-z]+)-year-old|^every\b", re.IGNORECASE)


def _is_publication_weekday(text: str, published: date | None) -> bool:
    """'due to meet on Thursday' in a Thursday report: today, not next week."""
    weekday = WEEKDAYS.get(text.split()[-1].lower())
    return published is not None and weekday == published.weekday()


def _joined_ranges(spans: tuple[Span, ...] | list[Span]) -> list[Span]:
    """ "between July 2020 and November 2021" when the model made two dates of it."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == span.label_ == "DATE"
            and last[0].lower_ in {"between", "from"}
            and span.start - last.end == 1
            and span.doc[last.end].lower_ in {"and", "to"}
        ):
            joined[-1] = Span(span.doc, last.start, span.end, label="DATE")
            continue
        joined.append(span)
    return joined


def _trimmed(span: Span) -> Span:
    """Without the blank lines or spaces the model sometimes takes into a span."""
    start, end = span.start, span.end
    while end > start + 1 and (span.doc[end - 1].is_space or span.doc[end - 1].text == ","):
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


def _after_duration(span: Span, published: date | None, value: DateValue) -> tuple[Span, DateValue]:
    """ "two days last month": a length of time, then the date it fell in."""
    for start in range(span.start + 1, span.end):
        if not is_duration(span.doc[span.start : start].text):
            continue
        rest = span.doc[start : span.end]
        candidate = normalise_date(rest.text, published)
        if candidate is not None and candidate.resolved:
            return rest, candidate
    return span, value


def _widen(span: Span) -> Span:
    doc = span.doc
    start = span.start
    day = doc[start - 1].text if start > 0 else ""
    if day.isdigit() and 1 <= int(day) <= 31 and span[0].lower_ in MONTHS:
        start -= 1  # "8 February 2024": the model left the day out
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
        for ent in _joined_ranges(registry.model_spans):
            if ent.label_ not in {"DATE", "TIME"} or not _DATEISH.search(ent.text):
                continue
            if registry.is_excluded(ent.start_char, ent.end_char):
                continue
            if ent.end_char <= registry.headline_end:
                continue  # "… Enters Third Month": a Title Case headline, not a date
            if self._is_dateline(ent, text):
                continue
            if _NOT_A_DATE.search(ent.text):
                continue  # "a 23-year-old", "every week"
            span = _trimmed(_widen(ent))
            text_of_date = span.text
            if (
                _BARE_WEEKDAY.match(text_of_date)
                and _future(span)
                and not _is_publication_weekday(text_of_date, published)
            ):
                text_of_date = "next " + text_of_date.split()[-1]
            value = normalise_date(text_of_date, published)
            if value is None:  # a duration, not a date
                continue
            if not value.resolved and len(span) > 2:
                span, value = _resolvable_prefix(span, published, value)
                span = _trimmed(span)
            if not value.resolved and len(span) > 2:
                span, value = _after_duration(span, published, value)
            found.append(DateMention(span.start_char, span.end_char, span.text, value))
        for match in _RELATIVE.finditer(text):
            start, end = match.span()
            if any(d.start < end and start < d.end for d in found):
                continue  # the model's own span
            if registry.is_excluded(start, end) or end <= registry.headline_end:
                continue
            relative = normalise_date(match.group(), published)
            if relative is not None:
                found.append(DateMention(start, end, match.group(), relative))
        for match in _UNANCHORED.finditer(text):
            start, end = match.span()
            if any(d.start < end and start < d.end for d in found):
                continue  # already a date the model found ("over the past month")
            if registry.is_excluded(start, end) or end <= registry.headline_end:
                continue
            value = normalise_date(match.group(), published) or UNRESOLVED
            found.append(DateMention(start, end, match.group(), value))
        found.sort(key=lambda d: d.start)
        doc.user_data[DATES_KEY] = found
        return doc

    @staticmethod
    def _is_dateline(ent: Span, text: str) -> bool:
        """The publication date line at the top is metadata, not an event date: the date
        alone, or with the place it was filed from or who published it."""
        if ent.start_char >= 400:
            return False
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        line_end = text.find("\n", ent.start_char)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if line.strip() == ent.text.strip() or _DATE_LINE.fullmatch(line.strip()):
            return True  # (the model may split "September 2, 2025" into two dates)
        published = ent.doc.user_data.get("published")
        whole = _widen(ent).text  # "21 April 2025", of which the model took "April 2025"
        value = normalise_date(whole, published)
        if (
            published is not None
            and value is not None
            and value.start == value.end == published
            and len(line) < 100
            and line.rstrip(" .").endswith(whole)
        ):
            return True  # "Vyasna Human Rights Centre, 12 March 2025": who issued it, when
        rest = line  # the line without its dates and day numbers, commas spaced evenly
        for other in Registry.of(ent.doc).model_spans:
            inside = line_start <= other.start_char and other.end_char <= line_start + len(line)
            if other.label_ in {"DATE", "TIME"} and inside:
                rest = rest.replace(other.text, " ")
        rest = re.sub(r"\b\d{1,2}\b", " ", rest)
        rest = re.sub(r"\s*,\s*", ", ", " ".join(rest.split())).strip(" ,.")
        return len(line) < 100 and _DATELINE_REST.match(rest) is not None


def dates_of(doc: Doc) -> list[DateMention]:
    return list(doc.user_data.get(DATES_KEY, []))
