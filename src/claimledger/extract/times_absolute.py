"""Calendar dates written out: "Nov. 19", "19 November 2024", "November 19th", "2024-11-19", "Feb 24, 2022".

A date without a year takes the year that puts it nearest the publication date (the next one when the
sentence speaks of the future); with no publication date its value stays ``None``. A weekday written before a
date ("Monday, January 12th, 2016") joins the span, unless the year was inferred and the weekday disagrees
with the inferred date ("this Friday June 23" is two expressions when June 23 is a Saturday).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from claimledger.extract.times_calendar import Candidate, Context, safe_date
from claimledger.extract.times_words import (
    DAY_AFTER_MONTH,
    DAY_ORDINAL,
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)
from claimledger.extract.times_words import word_day as _word_day

PREP = r"(?:(?P<prep>in|on|since|by|until|till|during|throughout|as\s+of|from)\s+)?"
_WD_PREFIX = rf"(?:(?P<wd_all>(?:(?:this|next|last|past)\s+)?(?P<wd>{WEEKDAY}))\.?,?[\s-]*(?P<paren>\()?\s*)?"
_YEAR_TAIL = rf"(?:\.?,?\s*(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<ryear>this|next|last)\s+year)?"
_CLOSE = r"(?(paren)\s*\))"

_MONTH_DAY = re.compile(
    rf"\b{PREP}{_WD_PREFIX}(?P<body>(?P<mon>{MONTH})(?![a-z])\.?,?[\s/-]*(?P<the>the\s+)?(?P<day>{DAY_AFTER_MONTH})\b"
    rf"{_YEAR_TAIL}){_CLOSE}",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    rf"\b{PREP}{_WD_PREFIX}(?P<body>(?:the\s+)?(?<![\d.,$£€:/])(?P<day>{DAY_ORDINAL})\.?[\s-]*"
    rf"(?P<of>of\s+)?(?P<mon>{MONTH})\b(?:\.(?=\s*\d))?"
    rf"(?:[.,]?[\s-]*(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<ryear>this|next|last)\s+year)?){_CLOSE}",
    re.IGNORECASE,
)
_ISO = re.compile(
    rf"\b{PREP}{_WD_PREFIX}(?P<body>(?<![\d.,/-])(?P<year>{YEAR})(?P<sep>[-/.])"
    rf"(?P<mon>1[0-2]|0?[1-9]|{MONTH})(?P=sep)(?P<day>3[01]|[12]\d|0?[1-9])(?![\d]|[/.-]\d)){_CLOSE}",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    rf"\b{PREP}{_WD_PREFIX}(?P<body>(?<![\d.,/-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})"
    r"(?:(?P=sep)|,)(?P<y>\d{4}|\d{2})(?![\d]|[/.-]\d))" + _CLOSE,
    re.IGNORECASE,
)
_WEEKDAY_NUMERIC = re.compile(
    rf"\b{PREP}(?P<wd_all>(?:(?:this|next|last)\s+)?(?P<wd>{WEEKDAY}))\.?,?\s+"
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?![\d]|[/.-]\d)",
    re.IGNORECASE,
)
_WEEKDAY_THE_DAY = re.compile(
    rf"\b{PREP}(?P<wd_all>(?P<wd>{WEEKDAY}))\.?,?\s+the\s+(?P<day>{DAY_AFTER_MONTH})\b",
    re.IGNORECASE,
)
#: Lower-case "may" and "march" are verbs far more often than months.
_VERB_MONTHS = ("may", "march")
#: A date may sit a few days after publication without the sentence saying "will".
_SLACK = timedelta(days=7)


def find_dates(ctx: Context) -> Iterator[Candidate]:
    """Every written-out calendar date of ``ctx.text``, with overlaps left to the caller."""
    for pattern, month_first in ((_MONTH_DAY, True), (_DAY_MONTH, False)):
        for match in pattern.finditer(ctx.text):
            if _month_is_verb(match, month_first=month_first):
                continue
            day = _word_day(match.group("day"))
            month = MONTHS[match.group("mon").lower().rstrip(".")]
            if day is not None:
                yield from _dated(ctx, match, month, day, _year_of(match, ctx.published))
    for match in _ISO.finditer(ctx.text):
        mon = match.group("mon")
        month = int(mon) if mon.isdigit() else MONTHS[mon.lower()]
        yield from _dated(ctx, match, month, int(match.group("day")), int(match.group("year")))
    for match in _NUMERIC.finditer(ctx.text):
        yield from _numeric(ctx, match)
    yield from _weekday_numeric(ctx)
    yield from _weekday_the_day(ctx)


def _month_is_verb(match: re.Match[str], *, month_first: bool) -> bool:
    mon = match.group("mon")
    if mon not in _VERB_MONTHS or match.group("year"):
        return False
    if month_first:
        day = match.group("day")
        return not (day[0].isdigit() or match.group("the") or re.search(r"[- ]", day))
    return not match.group("of")


def _year_of(match: re.Match[str], published: date | None) -> int | None:
    if match.group("year"):
        return int(match.group("year"))
    relative = match.group("ryear")
    if relative and published is not None:
        return published.year + {"this": 0, "next": 1, "last": -1}[relative.lower()]
    return None


def _start(match: re.Match[str]) -> int:
    return match.start("prep") if match.group("prep") else match.start("body")


def _dated(ctx: Context, match: re.Match[str], month: int, day: int, year: int | None) -> Iterator[Candidate]:
    """A candidate for a matched day and month; the weekday prefix joins when it agrees with the date."""
    if safe_date(year or 2024, month, day) is None:
        return
    resolved = _resolve(ctx, match.start(), month, day, year)
    start, end = _start(match), match.end()
    weekday = match.group("wd")
    if weekday is not None:
        agrees = (
            year is not None
            or resolved is None
            or resolved.weekday() == WEEKDAYS[weekday.lower().rstrip(".")]
        )
        if not agrees:
            start, end = match.start("body"), match.end("body")
        elif not match.group("prep"):
            start = match.start("wd_all")
    value = resolved.isoformat() if resolved is not None else None
    yield Candidate(start, end, value, "day", "date")


def _resolve(ctx: Context, position: int, month: int, day: int, year: int | None) -> date | None:
    """The date of ``day``/``month``, taking the year nearest publication when the text gives none."""
    if year is not None:
        return safe_date(year, month, day)
    published = ctx.published
    if published is None:
        return None
    future = ctx.future(position)
    for offset in (0, 1, 2, 3, 4) if future else (0, -1, -2, -3, -4):
        found = safe_date(published.year + offset, month, day)
        if found is None:
            continue
        if future and found >= published:
            return found
        if not future and found <= published + _SLACK:
            return found
    return None


def _two_digit_year(text: str) -> int:
    value = int(text)
    if len(text) == 4:
        return value
    return 2000 + value if value < 50 else 1900 + value


def _numeric(ctx: Context, match: re.Match[str]) -> Iterator[Candidate]:
    """ "21/04/2016", "02/22/2016", "13.5.2015": day and month are told apart when one is above 12."""
    first, second, year = int(match.group("a")), int(match.group("b")), _two_digit_year(match.group("y"))
    options = {(m, d) for m, d in ((first, second), (second, first)) if safe_date(year, m, d) is not None}
    weekday = match.group("wd")
    if weekday is not None:
        wanted = WEEKDAYS[weekday.lower()]
        agreeing = {(m, d) for m, d in options if date(year, m, d).weekday() == wanted}
        options = agreeing or options
    if not options:
        return
    start = match.start("wd_all") if weekday and len(options) == 1 else match.start("body")
    if match.group("prep"):
        start = match.start("prep")
    if len(options) == 1:
        month, day = options.pop()
        yield Candidate(start, match.end(), date(year, month, day).isoformat(), "day", "date")
    else:
        yield Candidate(start, match.end(), f"{year:04d}", "year", "date")


def _weekday_numeric(ctx: Context) -> Iterator[Candidate]:
    """ "friday 7/6": a month and day after a weekday, read whichever way agrees with the weekday."""
    for match in _WEEKDAY_NUMERIC.finditer(ctx.text):
        first, second = int(match.group("a")), int(match.group("b"))
        wanted = WEEKDAYS[match.group("wd").lower()]
        value: str | None = None
        if ctx.published is not None:
            for month, day in ((first, second), (second, first)):
                found = _resolve(ctx, match.start(), month, day, None)
                if found is not None and found.weekday() == wanted:
                    value = found.isoformat()
                    break
        elif not (1 <= first <= 12 or 1 <= second <= 12):
            continue
        yield Candidate(_start(match) if match.group("prep") else match.start("wd_all"), match.end(), value, "day",
                        "date")  # fmt: skip


def _weekday_the_day(ctx: Context) -> Iterator[Candidate]:
    """ "Saturday the second": the nearest month in which that day falls on that weekday."""
    for match in _WEEKDAY_THE_DAY.finditer(ctx.text):
        day = _word_day(match.group("day"))
        if day is None:
            continue
        wanted = WEEKDAYS[match.group("wd").lower()]
        value: str | None = None
        published = ctx.published
        if published is not None:
            for offset in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
                index = published.year * 12 + published.month - 1 + offset
                found = safe_date(index // 12, index % 12 + 1, day)
                if found is not None and found.weekday() == wanted:
                    value = found.isoformat()
                    break
        start = match.start("prep") if match.group("prep") else match.start("wd_all")
        yield Candidate(start, match.end(), value, "day", "date")
