"""Calendar dates written out: "Nov. 19", "19 November 2024", "November 19th", "2024-11-19", "Feb 24, 2022".

A date without a year takes the year that puts it nearest the publication date (the next one when the
sentence speaks of the future, the one after or before publication when "next" or "last" precedes it); with no
publication date its value stays ``None``. A date that does not exist ("Feb 30 2019") has no value. A weekday written before a
date ("Monday, January 12th, 2016") joins the span, unless the year was inferred and the weekday disagrees
with the inferred date ("this Friday June 23" is two expressions when June 23 is a Saturday).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from claimledger.extract.times_calendar import Candidate, Context, add_months, safe_date
from claimledger.extract.times_words import (
    DAY_AFTER_MONTH,
    DAY_ORDINAL,
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    WORD_YEAR,
    YEAR,
    word_year,
)
from claimledger.extract.times_words import word_day as _word_day

_LEAD_PREP = re.compile(r"\b(?:in|on|since|by|until|till|during|throughout|as\s+of|from|at)\s+\Z")
_LEAD_WEEKDAY = re.compile(
    rf"\b(?:(?:this|next|last|past)\s+)?(?P<wd>{WEEKDAY})\.?,?[\s-]*(?P<paren>\()?\s*\Z"
)
_YEAR_TAIL = rf"(?:\.?\s*[,/-]?\s*(?:(?:of|in)\s+)?(?P<year>{YEAR})|,?\s+(?P<wyear>{WORD_YEAR})|,?\s+(?:of\s+)?(?P<ryear>this|next|last)\s+year)?"

_MONTH_DAY = re.compile(
    rf"\b(?=[adfjmnos])(?P<mon>{MONTH})(?![a-z])\.?,?[\s/-]*(?P<the>the\s+)?(?P<day>{DAY_AFTER_MONTH})\b"
    + _YEAR_TAIL
)
_DAY_MONTH = re.compile(
    rf"(?=[\defnst])(?<![\d.,$£€/])(?<!\d:)(?<![$£€]\s)\b(?P<the>the\s+)?(?P<day>{DAY_ORDINAL})\.?[\s/-]*"
    rf"(?P<of>of\s+)?(?P<mon>{MONTH})\b(?:\.(?=\s*\d))?"
    rf"(?:[.,/-]?\s*(?:(?:of|in)\s+)?(?P<year>{YEAR})|,?\s+(?P<wyear>{WORD_YEAR})|,?\s+(?:of\s+)?(?P<ryear>this|next|last)\s+year)?"
)
_ISO = re.compile(
    rf"(?=\d)(?<![\d.,/])(?<!\d-)\b(?P<year>1\d{{3}}|20\d{{2}})(?P<sep>[-/.])"
    rf"(?P<mon>1[0-2]|0?[1-9]|{MONTH})(?P=sep)(?P<day>3[01]|[12]\d|0?[1-9])(?![\d]|[/.-]\d)"
)
_NUMERIC = re.compile(
    r"(?=\d)(?<![\d.,/-])\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})"
    r"(?:(?P=sep)|,)(?P<y>\d{4}|\d{2})(?![\d]|[/.-]\d)"
)
_WEEKDAY_NUMERIC = re.compile(
    rf"\b(?=[fmstw])(?P<wd>{WEEKDAY})\.?,?\s+(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?![\d]|[/.-]\d)"
)
_WEEKDAY_THE_DAY = re.compile(
    rf"\b(?=[fmstw])(?P<wd>{WEEKDAY})\.?,?\s+(?:the\s+(?P<day>{DAY_AFTER_MONTH})|(?P<nth>{DAY_ORDINAL}))\b"
)
_DAY_ONLY = re.compile(
    rf"\b(?=[bfosu])(?P<prep>on|for|until|by|since)\s+(?P<the>the\s+)?(?P<day>{DAY_AFTER_MONTH})"
    r"(?![\w%$/-]|[.,:]\d|\s+[\w$%(])"
)
_RANGE_LINK = r"\s*(?:-|–|—|to|and|through|until|till)\s*"
_MONTH_DAYS = re.compile(
    rf"\b(?=[adfjmnos])(?P<mon>{MONTH})(?![a-z])\.?\s*(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_RANGE_LINK}"
    rf"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d.,]\d|\s*(?:%|[a-z]))(?:,?\s*(?P<year>{YEAR}))?"
)
_DAYS_MONTH = re.compile(
    rf"(?=\d)(?<![\d.,$£€/])\b(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?{_RANGE_LINK}"
    rf"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})(?![a-z])(?:\.(?=\s*\d))?"
    rf"(?:,?\s*(?P<year>{YEAR}))?"
)
_NOUN_AFTER = re.compile(
    r"\s+(?:people|men|women|children|personnel|police|(?!(?:was|is|has|as|this|his|its|us|yes|less)\b)[a-z]+s)\b"
)
_DATE_MOD = re.compile(r"\b(next|last)\s+\Z")
_WEEKDAY_MOD = re.compile(r"\b(?:this|next|last)\s+\Z")
#: Lower-case "may" and "march" are verbs far more often than months.
_VERB_MONTHS = ("may", "march")
#: A date up to a week after publication is read as upcoming even when the sentence does not say "will".
_SLACK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class _Lead:
    """What precedes a date's core: a preposition and a weekday ("on Monday, January 12")."""

    start: int
    weekday: int | None
    weekday_start: int
    end: int


def find_dates(ctx: Context) -> Iterator[Candidate]:
    """Every written-out calendar date of ``ctx.text``, with overlaps left to the caller."""
    for pattern, month_first in ((_MONTH_DAY, True), (_DAY_MONTH, False)):
        for match in pattern.finditer(ctx.lower):
            if _month_is_verb(ctx, match, month_first=month_first) or _counts_a_noun(ctx, match):
                continue
            day = _word_day(match.group("day"))
            month = MONTHS[match.group("mon")]
            if day is not None:
                yield from _dated(ctx, match, month, day, _year_of(match, ctx.published))
    for match in _ISO.finditer(ctx.lower):
        mon = match.group("mon")
        month = int(mon) if mon.isdigit() else MONTHS[mon]
        yield from _dated(ctx, match, month, int(match.group("day")), int(match.group("year")))
    for match in _NUMERIC.finditer(ctx.lower):
        yield from _numeric(ctx, match)
    yield from _weekday_numeric(ctx)
    yield from _weekday_the_day(ctx)
    yield from _days_only(ctx)
    yield from _day_ranges(ctx)


def _lead(ctx: Context, start: int, end: int) -> _Lead:
    """The lead-in before ``start``: a weekday (kept only with its closing bracket) and a preposition."""
    weekday, weekday_start = None, start
    found = ctx.before(_LEAD_WEEKDAY, start, 32)
    if found is not None:
        close = re.match(r"\s*\)", ctx.lower[end : end + 4]) if found.group("paren") else None
        if close is not None or not found.group("paren"):
            weekday, weekday_start = WEEKDAYS[found.group("wd")], found.start()
            end += close.end() if close is not None else 0
    prep = ctx.before(_LEAD_PREP, weekday_start, 16)
    return _Lead(prep.start() if prep is not None else weekday_start, weekday, weekday_start, end)


def _month_is_verb(ctx: Context, match: re.Match[str], *, month_first: bool) -> bool:
    """Lower-case "may" and "march" count as months only in unmistakable shapes ("May 5", "4th of march")."""
    written = ctx.text[match.start("mon") : match.end("mon")]
    if written not in _VERB_MONTHS or match.group("year") or match.group("wyear"):
        return False
    if month_first:
        day = match.group("day")
        return not (day[0].isdigit() or match.group("the") or re.search(r"[- ]", day))
    return not match.group("of")


def _counts_a_noun(ctx: Context, match: re.Match[str]) -> bool:
    """A cardinal word that starts a sentence or counts a plural noun is no day ("In March nineteen soldiers
    died" has no March 19)."""
    written = match.group("day")
    if written[0].isdigit() or written.endswith(("th", "st", "nd", "rd")):
        return False
    full = len(match.group("mon")) > 4 or match.group("mon") in ("may", "june", "july")
    if full and "." in ctx.lower[match.end("mon") : match.start("day")]:
        return True  # "in February. Four months on": a new sentence, not "February 4"
    if match.group("year") or match.group("wyear") or match.group("ryear"):
        return False
    return _NOUN_AFTER.match(ctx.lower, match.end()) is not None


def _year_of(match: re.Match[str], published: date | None) -> int | None:
    if match.group("year"):
        return int(match.group("year"))
    if match.group("wyear"):
        return word_year(match.group("wyear"))
    relative = match.group("ryear")
    if relative and published is not None:
        return published.year + {"this": 0, "next": 1, "last": -1}[relative]
    return None


def _dated(ctx: Context, match: re.Match[str], month: int, day: int, year: int | None) -> Iterator[Candidate]:
    """A candidate for a matched day and month; a weekday before it joins when it agrees with the date."""
    if safe_date(year or 2024, month, day) is None:
        if year is not None:
            # "Feb 30 2019" is no day: a mention without a value, rather than its year alone.
            yield Candidate(match.start(), match.end(), None, "day", "date")
        return
    shift = ctx.before(_DATE_MOD, match.start(), 8)
    resolved = _resolve(ctx, match.start(), month, day, year, shift=shift.group(1) if shift else None)
    lead = _lead(ctx, match.start(), match.end())
    if shift is not None and lead.weekday is None:
        lead = _Lead(shift.start(), None, shift.start(), lead.end)
    start, end = lead.start, lead.end
    if (
        lead.weekday is not None
        and year is None
        and resolved is not None
        and resolved.weekday() != lead.weekday
    ):
        prep = ctx.before(_LEAD_PREP, match.start(), 16)
        start, end = (prep.start() if prep is not None else match.start()), match.end()
    value = resolved.isoformat() if resolved is not None else None
    yield Candidate(start, end, value, "day", "date")


def _resolve(
    ctx: Context, position: int, month: int, day: int, year: int | None, *, shift: str | None = None
) -> date | None:
    """The date of ``day``/``month``, taking the year nearest publication when the text gives none.

    ``shift`` is a "next" or "last" written before the date: the next one after publication, or the last one
    before it, whatever the tense.
    """
    if year is not None:
        return safe_date(year, month, day)
    published = ctx.published
    if published is None:
        return None
    if shift is not None:
        step = 1 if shift == "next" else -1
        for offset in range(0, 5 * step, step):
            found = safe_date(published.year + offset, month, day)
            if found is not None and (found > published if step > 0 else found < published):
                return found
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


def _two_digit_year(text: str, published: date | None) -> int:
    """A year written with two digits: this century unless that lies more than ten years ahead.

    >>> _two_digit_year("40", date(2016, 11, 7)), _two_digit_year("16", None), _two_digit_year("2016", None)
    (1940, 2016, 2016)
    """
    value = int(text)
    if len(text) == 4:
        return value
    horizon = (published.year if published else 2025) + 10
    return 2000 + value if 2000 + value <= horizon else 1900 + value


def _numeric(ctx: Context, match: re.Match[str]) -> Iterator[Candidate]:
    """Numeric dates ("21/04/2016", "02/22/2016"): day and month are told apart when one is above 12."""
    first, second, year = (
        int(match.group("a")),
        int(match.group("b")),
        _two_digit_year(match.group("y"), ctx.published),
    )
    options = {(m, d) for m, d in ((first, second), (second, first)) if safe_date(year, m, d) is not None}
    lead = _lead(ctx, match.start(), match.end())
    if lead.weekday is not None:
        agreeing = {(m, d) for m, d in options if date(year, m, d).weekday() == lead.weekday}
        options = agreeing or options
    if not options:
        return
    if len(options) == 1:
        month, day = options.pop()
        yield Candidate(lead.start, lead.end, date(year, month, day).isoformat(), "day", "date")
    else:
        yield Candidate(lead.start, lead.end, f"{year:04d}", "year", "date")


def _weekday_lead(ctx: Context, match: re.Match[str]) -> int:
    """Where a weekday-led date starts: "next Friday 7/6", "on Friday 7/6"."""
    start = match.start()
    mod = ctx.before(_WEEKDAY_MOD, start, 8)
    start = mod.start() if mod is not None else start
    prep = ctx.before(_LEAD_PREP, start, 16)
    return prep.start() if prep is not None else start


def _weekday_numeric(ctx: Context) -> Iterator[Candidate]:
    """A month and day after a weekday ("friday 7/6"), read whichever way agrees with the weekday."""
    for match in _WEEKDAY_NUMERIC.finditer(ctx.lower):
        first, second = int(match.group("a")), int(match.group("b"))
        wanted = WEEKDAYS[match.group("wd")]
        value: str | None = None
        if ctx.published is not None:
            for month, day in ((first, second), (second, first)):
                found = (
                    _resolve(ctx, match.start(), month, day, None) if safe_date(2024, month, day) else None
                )
                if found is not None and found.weekday() == wanted:
                    value = found.isoformat()
                    break
        elif not (1 <= first <= 12 or 1 <= second <= 12):
            continue
        yield Candidate(_weekday_lead(ctx, match), match.end(), value, "day", "date")


def _weekday_the_day(ctx: Context) -> Iterator[Candidate]:
    """A weekday and a day ("Saturday the second"): the nearest month where they agree."""
    for match in _WEEKDAY_THE_DAY.finditer(ctx.lower):
        written = match.group("day") or match.group("nth")
        if match.group("nth") and written.isdigit():
            continue
        day = _word_day(written)
        if day is None:
            continue
        wanted = WEEKDAYS[match.group("wd")]
        value: str | None = None
        published = ctx.published
        if published is not None:
            for offset in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
                index = published.year * 12 + published.month - 1 + offset
                found = safe_date(index // 12, index % 12 + 1, day)
                if found is not None and found.weekday() == wanted:
                    value = found.isoformat()
                    break
        yield Candidate(_weekday_lead(ctx, match), match.end(), value, "day", "date")


def _days_only(ctx: Context) -> Iterator[Candidate]:
    """A day of the month alone ("on the 27th"), only after a preposition and never before a noun."""
    for match in _DAY_ONLY.finditer(ctx.lower):
        written = match.group("day")
        digits = written[0].isdigit()
        if not digits and not (match.group("the") or re.search(r"[- ]", written)):
            continue
        day = _word_day(written)
        if day is None or (not digits and written in ("one", "two", "three")):
            continue
        yield Candidate(match.start(), match.end(), _day_in_month(ctx, match.start(), day), "day", "date")


def _day_in_month(ctx: Context, position: int, day: int) -> str | None:
    """The nearest such day of a month before publication (after it in future talk)."""
    published = ctx.published
    if published is None:
        return None
    step = 1 if ctx.future(position) else -1
    for offset in range(3):
        month = add_months(published.replace(day=1), step * offset)
        found = safe_date(month.year, month.month, day)
        if found is not None and (found >= published if step > 0 else found <= published):
            return found.isoformat()
    return None


def _day_ranges(ctx: Context) -> Iterator[Candidate]:
    """Days of one month: "March 8 and 15", "14 to 19 February", "Feb. 24-26, 2022" (a span)."""
    for pattern in (_MONTH_DAYS, _DAYS_MONTH):
        for match in pattern.finditer(ctx.lower):
            month = MONTHS[match.group("mon")]
            first, last = int(match.group("d1")), int(match.group("d2"))
            year = int(match.group("year")) if match.group("year") else None
            if first >= last or safe_date(year or 2024, month, last) is None:
                continue
            start_day = _resolve(ctx, match.start(), month, first, year)
            value = None
            if start_day is not None:
                value = f"{start_day.isoformat()}/{start_day.replace(day=last).isoformat()}"
            prep = ctx.before(_LEAD_PREP, match.start(), 16)
            yield Candidate(prep.start() if prep else match.start(), match.end(), value, "day", "span")
