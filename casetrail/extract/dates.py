"""Normalising date expressions against the publication date, keeping their precision.

In a report dated Monday 2021-02-08: "last Thursday" is 2021-02-04, "on Sunday"
2021-02-07, "June last year" 2020-06, "last month" 2021-01, "since 2017" an open range
from 2017.  An expression that needs an anchor the report does not give stays
unresolved; durations ("up to 15 years") are not dates at all.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from casetrail.model import DatePrecision

WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a few": 3,
    "several": 3,
    "twenty": 20,
    "fifteen": 15,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|night's))?"
_FILLER_WORDS = [
    "on",
    "in",
    "at",
    "during",
    "by",
    "of",
    "the",
    "early",
    "late",
    "mid",
    "mid-",
    "earlier",
    "later",
    "around",
    "about",
    "until",
    "till",
    "before",
    "after",
    "from",
    "night of",
    "early hours of",
    "evening of",
    "morning of",
    "end of",
    "beginning of",
    "start of",
    "the end of",
    "the beginning of",
    "the night of",
    "the early hours of",
    "the morning of",
    "the evening of",
    "the weekend of",
    "the afternoon of",
    "the start of",
]
_FILLER = re.compile(
    r"^(?:"
    + "|".join(re.escape(w) for w in sorted(_FILLER_WORDS, key=len, reverse=True))
    + r")\s+",
    re.IGNORECASE,
)

_DURATION = re.compile(
    rf"^(?:up to|for|about|nearly|almost|more than|over|at least|some|another|"
    rf"the past|the last|the next|a further|within)?\s*{_NUM}\s*(?:-|\s)?{_UNIT}(?:\s+old)?$",
    re.IGNORECASE,
)
_AGO = re.compile(rf"^{_NUM}\s+{_UNIT}\s+ago$", re.IGNORECASE)
_RELATIVE_WEEKDAY = re.compile(
    rf"^(?P<which>last|this|next|past)?\s*{_WEEKDAY}{_PART_OF_DAY}$", re.IGNORECASE
)
_RELATIVE_PERIOD = re.compile(
    r"^(?P<which>last|this|next|past|previous|earlier this|later this)\s+"
    r"(?P<period>week|month|year|weekend)$",
    re.IGNORECASE,
)
_MONTH_RELATIVE_YEAR = re.compile(
    rf"^{_MONTH}\s+(?:of\s+)?(?P<which>last|this|next|the previous|the following)\s+year$",
    re.IGNORECASE,
)
_RELATIVE_MONTH = re.compile(
    rf"^(?P<which>last|this past|past|this|next)\s+{_MONTH}$", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?$",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"^{_MONTH}(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?$", re.IGNORECASE)
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)$")
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_SINCE = re.compile(r"^since\s+(?P<rest>.+)$", re.IGNORECASE)
_YEAR_EDGE = re.compile(
    r"^(?:at\s+|by\s+)?the\s+(?P<edge>start|beginning|end)\s+of\s+(?:the|this)\s+year$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|till|-|–)\s+(?P<b>.+)$", re.IGNORECASE
)
# "in June and July 2021": both months take the year written after the second
_MONTH_PAIR = re.compile(
    rf"^(?P<a>{_MONTH_NAMES})\.?\s+(?:and|to|through|-|–)\s+(?P<b>{_MONTH_NAMES})\.?,?\s+"
    r"(?P<year>\d{4})$",
    re.IGNORECASE,
)
_DECADE = re.compile(
    r"^(?:the\s+)?(?:early\s+|late\s+|mid-)?(?P<decade>(?:19|20)\d0)s$", re.IGNORECASE
)
# "1937-38", "2019–2020": a span of years, the second maybe written with two digits
_YEAR_SPAN = re.compile(r"^(?:in\s+)?(?P<first>(?:19|20)\d\d)\s*[-–/]\s*(?P<second>\d\d(?:\d\d)?)$")
_NAMED_DAY = {"today": 0, "tonight": 0, "yesterday": 1, "the day before yesterday": 2}


@dataclass(frozen=True)
class DateValue:
    """A normalised date: start and end (inclusive) with the precision the text gives."""

    start: date | None
    end: date | None
    precision: DatePrecision

    @property
    def resolved(self) -> bool:
        return self.start is not None

    @property
    def value(self) -> str | None:
        """EDTF-like text: 2021-02-04, 2020-06, 2020, 2021-02-01/2021-02-07, 2017/.."""
        if self.start is None:
            return None
        if self.precision is DatePrecision.DAY:
            return self.start.isoformat()
        if self.precision is DatePrecision.MONTH:
            return self.start.isoformat()[:7]
        if self.precision is DatePrecision.YEAR:
            return str(self.start.year)
        if self.precision is DatePrecision.SINCE:
            return f"{_compact(self.start, self.end)}/.."
        assert self.end is not None
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision.value,
        }


UNRESOLVED = DateValue(None, None, DatePrecision.UNKNOWN)


def _compact(start: date, end: date | None) -> str:
    # for "since": the end field carries the precision of the start, not an end
    if end == date(start.year, 12, 31) and start.month == 1 and start.day == 1:
        return str(start.year)
    if end is not None and end.day == calendar.monthrange(start.year, start.month)[1]:
        return start.isoformat()[:7]
    return start.isoformat()


def _day(value: date) -> DateValue:
    return DateValue(value, value, DatePrecision.DAY)


def _month(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return DateValue(date(year, month, 1), date(year, month, last), DatePrecision.MONTH)


def _year(year: int) -> DateValue:
    return DateValue(date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _number(raw: str) -> int:
    return int(raw) if raw.isdigit() else NUMBERS[raw.lower()]


_ORDINAL_SPELL = re.compile(
    r"^(?:(?:for|over|in|during)\s+)?the\s+(?:first|second|third|following)\s+"
    r"(?:day|week|month|year)s?$",
    re.IGNORECASE,
)


def is_duration(text: str) -> bool:
    """True for lengths of time ("15 days", "up to 15 years", "the first week"), which
    are not dates."""
    text = " ".join(text.split())
    return bool(_DURATION.match(text) or _ORDINAL_SPELL.match(text))


def _clean(text: str) -> str:
    text = " ".join(text.replace("’", "'").split()).strip(" ,.;:")
    text = re.sub(r"'s$", "", text)  # "last month's protests"
    text = re.sub(r"^(?:about|around|roughly)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:in\s+|the\s+)?mid-", "", text, flags=re.IGNORECASE)
    previous = None
    while previous != text:
        previous = text
        text = _FILLER.sub("", text)
    return text


def normalise_date(text: str, published: date | None) -> DateValue | None:
    """Normalise ``text``; None when it is not a date (a duration), UNRESOLVED when it is
    a date that needs an anchor the report lacks or a form not understood."""
    raw = " ".join(text.split())
    if is_duration(raw):
        return None
    since = _SINCE.match(raw)
    if since:
        inner = normalise_date(since.group("rest"), published)
        if inner is None or inner.start is None:
            return UNRESOLVED
        return DateValue(inner.start, inner.end, DatePrecision.SINCE)
    edge = _YEAR_EDGE.match(raw)
    if edge and published is not None:
        # "the start of the year": its first month; "the end of the year": its last
        month = 1 if edge.group("edge").lower() in {"start", "beginning"} else 12
        first = date(published.year, month, 1)
        last = date(published.year, month, calendar.monthrange(published.year, month)[1])
        return DateValue(first, last, DatePrecision.MONTH)
    cleaned = _clean(raw)
    pair = _MONTH_PAIR.match(cleaned)
    if pair:
        year = pair.group("year")
        joined = _range(f"{pair.group('a')} {year}", f"{pair.group('b')} {year}", published)
        if joined is not None:
            return joined
    between = _BETWEEN.match(cleaned)
    if between:
        joined = _range(between.group("a"), between.group("b"), published)
        if joined is not None:
            return joined
    absolute = _absolute(cleaned, published)
    if absolute is not None:
        return absolute
    if published is None:
        return UNRESOLVED
    return _relative(cleaned, published) or UNRESOLVED


def _years_spanned(match: re.Match[str]) -> tuple[int, int] | None:
    """The first and last year of "1937-38" or "2019-2020" (not "2019-08", a month)."""
    first, second = int(match["first"]), match["second"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return (first, last) if first < last <= first + 20 else None


def _range(first_text: str, second_text: str, published: date | None) -> DateValue | None:
    """From the start of the first date to the end of the second, when both resolve in
    that order."""
    first = normalise_date(first_text, published)
    second = normalise_date(second_text, published)
    if first and second and first.start and second.end and first.start <= second.end:
        return DateValue(first.start, second.end, DatePrecision.RANGE)
    return None


def _absolute(text: str, published: date | None) -> DateValue | None:
    if match := _ISO.match(text):
        try:
            return _day(date(int(match["year"]), int(match["month"]), int(match["day"])))
        except ValueError:
            return None
    if match := _YEAR.match(text):
        return _year(int(match["year"]))
    if match := _DECADE.match(text):
        start = int(match["decade"])
        return DateValue(date(start, 1, 1), date(start + 9, 12, 31), DatePrecision.RANGE)
    if (match := _YEAR_SPAN.match(text)) and (years := _years_spanned(match)):
        return DateValue(date(years[0], 1, 1), date(years[1], 12, 31), DatePrecision.RANGE)
    for pattern in (_MONTH_DAY_YEAR, _DAY_MONTH_YEAR):
        if match := pattern.match(text):
            month = MONTHS[match["month"].lower()]
            day = int(match["day"])
            if match["year"]:
                year = int(match["year"])
            elif published is not None:
                year = published.year
                ahead = _days_ahead(published, month, day)
                if ahead is not None and ahead > _NEAR_FUTURE_DAYS:
                    year -= 1  # reports look back: "8 December" in January is last year's
                # … but "remanded until March 18" in a report of March 4 is this year's
            else:
                return UNRESOLVED
            try:
                return _day(date(year, month, day))
            except ValueError:
                return None
    if match := _MONTH_YEAR.match(text):
        month = MONTHS[match["month"].lower()]
        if match["year"]:
            return _month(int(match["year"]), month)
        if published is None:
            return UNRESOLVED
        year = published.year if month <= published.month else published.year - 1
        return _month(year, month)
    return None


_NEAR_FUTURE_DAYS = 31


def _days_ahead(published: date, month: int, day: int) -> int | None:
    """Days from publication to this year's ``month``/``day``; None if no such day."""
    try:
        return (date(published.year, month, day) - published).days
    except ValueError:
        return None


def _relative(text: str, published: date) -> DateValue | None:
    lowered = text.lower()
    if lowered in _NAMED_DAY:
        return _day(published - timedelta(days=_NAMED_DAY[lowered]))
    if match := _RELATIVE_WEEKDAY.match(text):
        target = WEEKDAYS[match["weekday"].lower()]
        back = (published.weekday() - target) % 7
        which = (match["which"] or "").lower()
        if which in {"last", "past"} and back == 0:
            back = 7
        if which == "next":
            ahead = (target - published.weekday()) % 7 or 7
            return _day(published + timedelta(days=ahead))
        return _day(published - timedelta(days=back))
    if match := _RELATIVE_MONTH.match(text):
        month = MONTHS[match["month"].lower()]
        which = match["which"].lower()
        if which in {"last", "this past", "past"}:  # the latest such month before this one
            year = published.year if month < published.month else published.year - 1
        elif which == "next":
            year = published.year if month > published.month else published.year + 1
        else:
            year = published.year
        return _month(year, month)
    if match := _MONTH_RELATIVE_YEAR.match(text):
        which = match["which"].lower()
        offset = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}
        return _month(published.year + offset[which], MONTHS[match["month"].lower()])
    if re.fullmatch(r"(?:(?:over|during|at)\s+)?(?:the\s+)?weekend", lowered):
        # "over the weekend": the latest weekend, this one if the report is of Sat or Sun
        back = (published.weekday() - 5) % 7
        saturday = published - timedelta(days=back)
        return DateValue(saturday, saturday + timedelta(days=1), DatePrecision.RANGE)
    if match := _RELATIVE_PERIOD.match(text):
        which = match["which"].lower()
        period = match["period"].lower()
        delta = -1 if which in {"last", "past", "previous"} else (1 if which == "next" else 0)
        if period in {"week", "weekend"}:
            monday = published - timedelta(days=published.weekday()) + timedelta(weeks=delta)
            if period == "weekend":
                saturday = monday + timedelta(days=5)
                return DateValue(saturday, saturday + timedelta(days=1), DatePrecision.RANGE)
            # "this week" is the calendar week, Monday to Sunday, as "last week" is
            return DateValue(monday, monday + timedelta(days=6), DatePrecision.RANGE)
        if period == "month":
            return _month(*_shift_month(published.year, published.month, delta))
        return _year(published.year + delta)
    if match := _AGO.match(text):
        amount = _number(match["num"])
        unit = match["unit"].lower()
        if unit == "day":
            return _day(published - timedelta(days=amount))
        if unit == "week":
            return _day(published - timedelta(weeks=amount))
        if unit == "month":
            return _month(*_shift_month(published.year, published.month, -amount))
        if unit == "year":
            return _year(published.year - amount)
    return None


_VALUE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VALUE_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_VALUE_YEAR = re.compile(r"^\d{4}$")


def parse_value(value: str) -> DateValue | None:
    """Read a value as written by ``DateValue.value`` (for reviewers' edits)."""
    value = value.strip()
    try:
        if value.endswith("/.."):
            inner = parse_value(value[:-3])
            if inner is None or inner.start is None:
                return None
            return DateValue(inner.start, inner.end, DatePrecision.SINCE)
        if "/" in value:
            first, second = (parse_value(part) for part in value.split("/", 1))
            if first is None or second is None or first.start is None or second.end is None:
                return None
            if second.end < first.start:
                return None
            return DateValue(first.start, second.end, DatePrecision.RANGE)
        if _VALUE_DAY.match(value):
            return _day(date.fromisoformat(value))
        if match := _VALUE_MONTH.match(value):
            return _month(int(match[1]), int(match[2]))
        if _VALUE_YEAR.match(value):
            return _year(int(value))
    except ValueError:
        return None
    return None
