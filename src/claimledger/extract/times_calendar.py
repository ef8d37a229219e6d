"""Calendar arithmetic and the candidate record shared by the time recognizers.

Values follow the contract: ``"YYYY-MM-DD"``, ``"YYYY-MM"``, ``"YYYY"`` or a span ``"START/END"`` of ISO dates.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from claimledger.models import Precision, Sentence, TimeKind

#: Meteorological seasons (northern hemisphere): first month and length in months.
SEASON_START: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

#: Words that put a sentence in the future ("will", "plans to", "is due").
FUTURE = re.compile(
    r"\b(?:will|shall|going\s+to|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming"
    r"|(?:is|are)\s+(?:due|expected|scheduled|set|to)\b)\b|'ll\b"
)
_REPORTED = re.compile(r"\b(?:said|says|told|added|announced|wrote|stated|reported|declared)\b")
_CLAUSE_BREAK = re.compile(r"[,;:—–“”\"()]")
#: Lower-casing ASCII only keeps every offset: patterns run case-sensitively over this copy, which is fast.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recognized time expression before ids and sentences are assigned."""

    start: int
    end: int
    value: str | None
    precision: Precision | None
    kind: TimeKind


@dataclass(frozen=True)
class Context:
    """What a recognizer needs to resolve an expression: the text, its sentences and the publication date."""

    text: str
    sentences: tuple[Sentence, ...]
    published: date | None
    starts: tuple[int, ...] = field(init=False, repr=False)
    lower: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(s.start for s in self.sentences))
        object.__setattr__(self, "lower", self.text.translate(_ASCII_LOWER))

    def before(self, pattern: re.Pattern[str], position: int, window: int = 48) -> re.Match[str] | None:
        """The longest match of ``pattern`` (which ends in ``$``) that ends right at ``position``.

        Recognizers match their core words first and look back here for optional lead-ins ("in", "last",
        "Monday,"), which keeps every whole-text scan anchored on a rare token.
        """
        return pattern.search(self.lower, max(0, position - window), position)

    def scan(
        self, trigger: re.Pattern[str], pattern: re.Pattern[str], back: int = 64, ahead: int = 96
    ) -> Iterator[re.Match[str]]:
        """Matches of ``pattern`` around each hit of the cheap ``trigger`` (a word the pattern must contain).

        Running a pattern with optional lead-ins over the whole text tries it at every word; running it only
        in a window around its one required word is several times faster and finds the same matches.
        """
        reach = -1
        for hit in trigger.finditer(self.lower):
            low, high = max(0, hit.start() - back), min(len(self.lower), hit.end() + ahead)
            for match in pattern.finditer(self.lower, low, high):
                whole = match.end() < high or high == len(self.lower)
                if match.start() <= hit.start() < match.end() and match.start() >= reach and whole:
                    reach = match.end()
                    yield match
                    break

    def future(self, position: int) -> bool:
        """Whether the sentence around ``position`` speaks of the future ("will", "plans to", "is due").

        A clause that reports ("..., said Ben Hodges on Jan. 21") stays in the past even when the sentence it
        quotes says "will"; the clause runs between the nearest commas, dashes, brackets or quotes.
        """
        index = bisect_right(self.starts, position) - 1
        if index < 0 or self.sentences[index].end < position:
            first, last = max(0, position - 200), min(len(self.lower), position + 200)
        else:
            first, last = self.sentences[index].start, self.sentences[index].end
        if FUTURE.search(self.lower, first, last) is None:
            return False
        before = _CLAUSE_BREAK.findall(self.lower, first, position)
        opening = self.lower.rfind(before[-1], first, position) + 1 if before else first
        after = _CLAUSE_BREAK.search(self.lower, position, last)
        closing = after.start() if after else last
        reported = _REPORTED.search(self.lower, opening, closing) is not None
        return not reported or FUTURE.search(self.lower, opening, closing) is not None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's length.

    >>> add_months(date(2024, 3, 31), -1), add_months(date(2025, 11, 3), -18)
    (datetime.date(2024, 2, 29), datetime.date(2024, 5, 3))
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def month_end(year: int, month: int) -> date:
    """The last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or ``None`` when that day does not exist.

    >>> safe_date(2023, 2, 29) is None
    True
    """
    try:
        return date(year, month, day)
    except ValueError:
        return None


def span(first: date, last: date) -> str:
    """A contract span value.

    >>> span(date(2024, 3, 1), date(2024, 5, 31))
    '2024-03-01/2024-05-31'
    """
    return f"{first.isoformat()}/{last.isoformat()}"


def month_value(year: int, month: int) -> str:
    """A month as the contract writes it.

    >>> month_value(2025, 3)
    '2025-03'
    """
    return f"{year:04d}-{month:02d}"


def week_span(day: date) -> str:
    """The Monday-to-Sunday week holding ``day``.

    >>> week_span(date(2025, 11, 3))
    '2025-11-03/2025-11-09'
    """
    monday = day - timedelta(days=day.weekday())
    return span(monday, monday + timedelta(days=6))


def season_span(season: str, year: int) -> str:
    """The meteorological season starting in ``year`` (winter 2024 runs from December 2024 to February 2025).

    >>> season_span("spring", 2024), season_span("winter", 2023)
    ('2024-03-01/2024-05-31', '2023-12-01/2024-02-29')
    """
    first = date(year, SEASON_START[season], 1)
    last_month = add_months(first, 2)
    return span(first, month_end(last_month.year, last_month.month))


def season_year(season: str, day: date, shift: int) -> int:
    """The starting year of the season ``shift`` occurrences away from the one holding or next after ``day``.

    ``shift`` 0 is "this", -1 "last", 1 "next". A season counts as "last" only once it is over.

    >>> season_year("spring", date(2025, 11, 3), -1), season_year("winter", date(2025, 11, 3), 0)
    (2025, 2025)
    >>> season_year("winter", date(2023, 1, 10), 0), season_year("summer", date(2024, 7, 1), -1)
    (2022, 2023)
    """
    start_month = SEASON_START[season]
    year = day.year - 1 if season == "winter" and day.month < 3 else day.year
    first = date(year, start_month, 1)
    end = add_months(first, 3) - timedelta(days=1)
    if shift < 0:
        return year - 1 if end >= day else year
    if shift > 0:
        return year + 1 if first <= day else year
    return year


def span_start(value: str) -> date:
    """The first day a contract value covers.

    >>> span_start("2022-02"), span_start("2014"), span_start("2024-03-01/2024-05-31")
    (datetime.date(2022, 2, 1), datetime.date(2014, 1, 1), datetime.date(2024, 3, 1))
    """
    head = value.split("/")[0]
    parts = [int(p) for p in head.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def span_end(value: str) -> date:
    """The last day a contract value covers.

    >>> span_end("2022-02"), span_end("2014"), span_end("2024-03-01/2024-05-31")
    (datetime.date(2022, 2, 28), datetime.date(2014, 12, 31), datetime.date(2024, 5, 31))
    """
    tail = value.split("/")[-1]
    parts = [int(p) for p in tail.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return month_end(parts[0], parts[1])
    return date(parts[0], parts[1], parts[2])


def nearest_month(month: int, published: date, *, future: bool) -> int:
    """The year of the named month nearest publication: the last one so far, or the next one in future talk.

    >>> nearest_month(10, date(2025, 11, 3), future=False), nearest_month(12, date(2025, 11, 3), future=False)
    (2025, 2024)
    >>> nearest_month(3, date(2025, 11, 3), future=True)
    2026
    """
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def weekday_near(weekday: int, published: date, *, future: bool) -> date:
    """The named weekday nearest publication: on or before it, or after it in future talk.

    >>> weekday_near(6, date(2025, 11, 3), future=False), weekday_near(4, date(2025, 11, 3), future=True)
    (datetime.date(2025, 11, 2), datetime.date(2025, 11, 7))
    """
    if future:
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def shift_by_unit(day: date, amount: int, unit: str) -> date:
    """``day`` moved by ``amount`` calendar units (day, week, fortnight, month, year, decade).

    >>> shift_by_unit(date(2025, 11, 3), -3, "year"), shift_by_unit(date(2025, 11, 3), 2, "week")
    (datetime.date(2022, 11, 3), datetime.date(2025, 11, 17))
    """
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    if unit == "month":
        return add_months(day, amount)
    factor = {"year": 12, "decade": 120}[unit]
    return add_months(day, amount * factor)


def at_precision(day: date, precision: Precision) -> str:
    """``day`` written at a precision: a week as its Monday-Sunday span.

    >>> at_precision(date(2024, 5, 3), "month"), at_precision(date(2024, 5, 3), "week")
    ('2024-05', '2024-04-29/2024-05-05')
    """
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return month_value(day.year, day.month)
    if precision == "week":
        return week_span(day)
    if precision == "decade":
        first = day.year - day.year % 10
        return span(date(first, 1, 1), date(first + 9, 12, 31))
    return day.isoformat()
