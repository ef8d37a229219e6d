"""Weekdays: "on Sunday", "last Sunday", "Friday of next week", "the first Friday of July", "two Sundays from now".

A bare weekday is the latest such day on or before publication (publication day itself when it matches), the
next one in future talk; "last Sunday" is the latest before publication; "this"/"next" name the day in the
current or the following Monday-to-Sunday week. Weekdays "of the following week" count from the story and
stay unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from claimledger.extract.times_calendar import (
    Candidate,
    Context,
    add_months,
    month_end,
    safe_date,
    weekday_near,
)
from claimledger.extract.times_relative import SHIFT
from claimledger.extract.times_words import (
    AMOUNT,
    DAY_ORDINAL,
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    amount_value,
)
from claimledger.extract.times_words import word_day as _word_day

_WEEKDAY = re.compile(
    rf"\b(?:(?P<prep>on|by|until|since)\s+)?(?:(?P<mod>this|next|last|past|coming|previous|following)\s+)?"
    rf"(?:(?P<wmod1>this|next|last|previous|following)\s+week\s+(?:on\s+)?)?(?P<wd>{WEEKDAY})(?![a-z])"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?P<wmod2>this|next|last|previous|following)\s+week)?",
    re.IGNORECASE,
)
_NTH_WEEKDAY = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    rf"(?P<wd>{WEEKDAY})(?![a-z])(?:\s+(?:of|in)\s+(?:(?P<rel>this|next|last)\s+month|(?P<mon>{MONTH})"
    rf"(?:\s+(?P<year>{YEAR}))?))?",
    re.IGNORECASE,
)
_DAY_OF_MONTH = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?(?P<day>{DAY_ORDINAL})\s+(?:of\s+)?(?P<rel>this|next|last)\s+month\b",
    re.IGNORECASE,
)
_COUNTED_WEEKDAYS = re.compile(
    rf"\b(?P<amount>{AMOUNT})\s+(?P<wd>{WEEKDAY})s?\s+(?P<dir>from\s+now|from\s+today|ago|later|earlier)\b",
    re.IGNORECASE,
)
_TRIGGER_WEEKDAY = re.compile(rf"\b(?=[fmstw])(?:{WEEKDAY})s?(?![a-z])")
_TRIGGER_MONTH = re.compile(r"\b(?:this|next|last)\s+month\b")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def find_weekdays(ctx: Context) -> Iterator[Candidate]:
    """Every weekday expression of ``ctx.text``, with overlaps left to the caller."""
    yield from _weekdays(ctx)
    yield from _nth_weekdays(ctx)
    yield from _days_of_month(ctx)
    yield from _counted_weekdays(ctx)


def _weekdays(ctx: Context) -> Iterator[Candidate]:
    """Weekdays: "on Sunday", "last Sunday", "this friday", "friday of next week", "next week on friday"."""
    for match in ctx.scan(_TRIGGER_WEEKDAY, _WEEKDAY):
        written = match.group("wd")
        weekday = WEEKDAYS[written.lower()]
        mod = (match.group("mod") or "").lower()
        week = (match.group("wmod1") or match.group("wmod2") or "").lower()
        if written.lower() not in _FULL_WEEKDAYS and not (match.group("prep") or mod or week):
            continue
        if (
            match.group("prep")
            and written.lower() not in _FULL_WEEKDAYS
            and written.lower() in _AMBIGUOUS_ABBR
        ):
            continue
        value = _weekday_value(ctx, match.start(), weekday, mod, week)
        yield Candidate(match.start(), match.end(), value, "day", "date")


_FULL_WEEKDAYS = frozenset(name for name in WEEKDAYS if name.endswith("day"))


#: Abbreviations that are English words too ("sat", "sun", "wed", "mon").


_AMBIGUOUS_ABBR = frozenset({"sat", "sun", "wed", "mon"})


def _weekday_value(ctx: Context, position: int, weekday: int, mod: str, week: str) -> str | None:
    published = ctx.published
    if published is None or week in ("previous", "following") or mod == "following":
        return None
    if week:
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=SHIFT[week])
        return (monday + timedelta(days=weekday)).isoformat()
    if mod in ("last", "past", "previous"):
        return (published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)).isoformat()
    if mod == "this":
        return (published - timedelta(days=published.weekday() - weekday)).isoformat()
    if mod in ("next", "coming"):
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=1)
        return (monday + timedelta(days=weekday)).isoformat()
    if published.weekday() == weekday:
        return published.isoformat()
    return weekday_near(weekday, published, future=ctx.future(position)).isoformat()


def _nth_weekdays(ctx: Context) -> Iterator[Candidate]:
    """The n-th weekday of a month: "the first Friday of July", "the second Sunday"."""
    for match in ctx.scan(_TRIGGER_WEEKDAY, _NTH_WEEKDAY):
        weekday = WEEKDAYS[match.group("wd").lower()]
        month_start = _month_of(ctx, match)
        value = None
        if month_start is not None:
            found = _nth_in_month(month_start, weekday, match.group("nth").lower())
            value = found.isoformat() if found is not None else None
        yield Candidate(match.start(), match.end(), value, "day", "date")


def _month_of(ctx: Context, match: re.Match[str]) -> date | None:
    published = ctx.published
    if match.group("mon"):
        month = MONTHS[match.group("mon").lower()]
        if match.group("year"):
            return date(int(match.group("year")), month, 1)
        return date(published.year, month, 1) if published else None
    if published is None:
        return None
    return add_months(published.replace(day=1), SHIFT.get((match.group("rel") or "this").lower(), 0))


def _nth_in_month(first: date, weekday: int, nth: str) -> date | None:
    """The n-th (or last) ``weekday`` of the month starting at ``first``.

    >>> _nth_in_month(date(2025, 7, 1), 4, "first"), _nth_in_month(date(2025, 7, 1), 4, "last")
    (datetime.date(2025, 7, 4), datetime.date(2025, 7, 25))
    """
    if nth == "last":
        last = month_end(first.year, first.month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (_NTH[nth] - 1))
    return found if found.month == first.month else None


def _days_of_month(ctx: Context) -> Iterator[Candidate]:
    """A day of a relative month: "the 20th of next month", "31st of this month"."""
    for match in ctx.scan(_TRIGGER_MONTH, _DAY_OF_MONTH):
        day = _word_day(match.group("day"))
        if day is None:
            continue
        value = None
        if ctx.published is not None:
            month = add_months(ctx.published.replace(day=1), SHIFT[match.group("rel").lower()])
            found = safe_date(month.year, month.month, day)
            value = found.isoformat() if found is not None else None
        yield Candidate(match.start(), match.end(), value, "day", "date")


def _counted_weekdays(ctx: Context) -> Iterator[Candidate]:
    """The n-th coming (or past) occurrence of a weekday: "two Sundays from now"."""
    for match in ctx.scan(_TRIGGER_WEEKDAY, _COUNTED_WEEKDAYS):
        amount = amount_value(match.group("amount"))
        direction = match.group("dir").lower()
        if amount is None or amount != amount.to_integral_value() or amount < 1:
            continue
        value = None
        published = ctx.published
        if published is not None and direction not in ("later", "earlier"):
            weekday = WEEKDAYS[match.group("wd").lower()]
            future = direction != "ago"
            nearest = weekday_near(weekday, published, future=future)
            if not future and nearest == published:
                nearest -= timedelta(weeks=1)
            value = (nearest + timedelta(weeks=(int(amount) - 1) * (1 if future else -1))).isoformat()
        yield Candidate(match.start(), match.end(), value, "day", "date")
