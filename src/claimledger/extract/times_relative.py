"""Expressions that count from the publication date: "yesterday", "last week", "18 months ago", "next year",
"will arrive in two weeks".

Without a publication date they are still found, with ``value`` ``None``: the tool never guesses a date.
Expressions that count from another event in the story ("two days later", "the next day") are found here with
``value`` ``None``; ``times_story`` resolves them from the date before them when there is one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from claimledger.extract.times_calendar import (
    FUTURE,
    Candidate,
    Context,
    add_months,
    at_precision,
    month_value,
    shift_by_unit,
    span,
    week_span,
)
from claimledger.extract.times_words import (
    AMOUNT,
    amount_value,
)
from claimledger.models import Precision

_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|decades?|hours?)"
AMOUNTS = rf"(?:{AMOUNT})\s+{_UNIT}(?:,?\s+(?:and\s+)?(?:{AMOUNT})\s+{_UNIT})*(?:\s+and\s+a\s+half)?"
_DEICTIC = re.compile(
    r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+(?:tomorrow|tmrw)|yesterday|today|tonight"
    r"|tomorrow|tmrw|last\s+night|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_DEICTICSHIFT = {"yesterday": -1, "last night": -1, "tomorrow": 1, "tmrw": 1, "the day before yesterday": -2}
_NOT_DEICTIC = re.compile(r"(?:russia|usa|ukraine|africa|kyiv|moscow)\s+$", re.IGNORECASE)
_AGO = re.compile(
    rf"\b(?P<amounts>{AMOUNTS})\s+(?P<dir>ago|from\s+now|from\s+today|from\s+(?:tomorrow|tmrw)|after\s+today"
    r"|before\s+today|before\s+yesterday|after\s+(?:tomorrow|tmrw)|later|earlier|before|after)\b",
    re.IGNORECASE,
)
_AMOUNT_UNIT = re.compile(rf"(?P<amount>{AMOUNT})\s+(?P<unit>{_UNIT})", re.IGNORECASE)
_CALENDAR_UNIT = re.compile(
    r"\b(?:(?P<prep>in|on|during|since|by|until|over|throughout)\s+)?(?P<the>the\s+)?"
    r"(?:(?P<edge>end|beginning|start|middle)\s+of\s+(?:the\s+)?)?"
    r"(?P<mod>last|this|next|past|previous|coming|current|following)\s+(?P<unit>weekend|week|month|year|day)\b"
    r"(?!\s*(?:'s|’s)?\s*(?:\d|of\b))",
    re.IGNORECASE,
)
_THE_UNIT = re.compile(
    r"\b(?:(?P<prep>by|until|at|before)\s+)?the\s+(?P<edge>end|beginning|start)\s+of\s+the\s+(?P<unit>year|month)\b",
    re.IGNORECASE,
)
_PAST_N = re.compile(
    rf"\b(?:(?P<prep>in|over|during|for|within)\s+)?the\s+(?P<mod>past|last|previous)\s+(?P<amounts>{AMOUNTS})\b",
    re.IGNORECASE,
)
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
_THE_WEEKEND = re.compile(r"\b(?:(?P<prep>over|by|at|during|on|for)\s+)?the\s+weekend\b")
_TRIGGER_NEXT = re.compile(r"\b(?:next|coming)\s")
_NEXT_N = re.compile(
    rf"\b(?:(?:in|over|during|within|for)\s+)?the\s+(?:next|coming)\s+(?:(?P<near>{AMOUNT})\s+(?:to|or|-)\s+)?"
    rf"(?P<far>{AMOUNT})\s+(?P<unit>{_UNIT})\b"
)
_IN_N = re.compile(
    rf"\bin\s+(?P<amounts>{AMOUNTS})(?P<time>['’]s?\s+time\b)?(?![\w'’-]|\s+(?:of|in|to|from|after|before|when|where|which|that|during)\b)"
)
_TRIGGER_AGO = re.compile(r"\b(?:ago|now|today|tomorrow|tmrw|yesterday|after|before|later|earlier)\b")
_TRIGGER_UNIT = re.compile(
    r"\b(?=[lntpcf])(?:last|this|next|past|previous|coming|current|following)\s+(?:weekend|week|month|year|day)\b"
)
_TRIGGER_THE_UNIT = re.compile(r"\bthe\s+(?:end|beginning|start)\s+of\s+the\s+(?:year|month)\b")
_TRIGGER_PAST = re.compile(r"\bthe\s+(?:past|last|previous)\s")
SHIFT = {
    "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1,
}  # fmt: skip
_UNIT_PRECISION: dict[str, Precision] = {
    "day": "day",
    "hour": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "year": "year",
    "decade": "year",
}
_CALENDAR_PRECISION: dict[str, Precision] = {
    "week": "week",
    "weekend": "day",
    "month": "month",
    "year": "year",
}
_STORY_DIRECTIONS = ("later", "earlier", "before", "after")


def find_relative(ctx: Context) -> Iterator[Candidate]:
    """Every expression of ``ctx.text`` that counts from publication (or from the story, unresolved)."""
    yield from _deictic(ctx)
    yield from _ago(ctx)
    yield from _calendar_units(ctx)
    yield from _end_of_the_unit(ctx)
    yield from _weekends(ctx)
    yield from _next_n(ctx)
    yield from _past_n(ctx)
    yield from _in_n(ctx)


def _deictic(ctx: Context) -> Iterator[Candidate]:
    for match in _DEICTIC.finditer(ctx.lower):
        word = re.sub(r"\s+", " ", match.group("word").lower())
        if word == "today" and _NOT_DEICTIC.search(ctx.text, max(0, match.start() - 10), match.start()):
            continue
        shift = _DEICTICSHIFT.get(word, 2 if word.startswith("the day after") else 0)
        value = (ctx.published + timedelta(days=shift)).isoformat() if ctx.published else None
        yield Candidate(match.start(), match.end(), value, "day", "relative")


def amount_units(text: str) -> list[tuple[Decimal | None, str]]:
    """The (amount, unit) pairs of "2 years 1 month 21 days"; vague amounts give ``None``.

    >>> amount_units("18 months"), amount_units("a few days")
    ([(Decimal('18'), 'month')], [(None, 'day')])
    """
    pairs: list[tuple[Decimal | None, str]] = []
    for match in _AMOUNT_UNIT.finditer(text):
        unit = match.group("unit").lower().rstrip("s")
        pairs.append((amount_value(match.group("amount")), unit))
    if pairs and re.search(r"and\s+a\s+half\s*$", text, re.IGNORECASE):
        amount, unit = pairs[-1]
        pairs[-1] = (amount + Decimal("0.5") if amount is not None else None, unit)
    return pairs


def shifted(day: date, pairs: list[tuple[Decimal | None, str]], sign: int) -> date | None:
    """``day`` moved by every (amount, unit) pair, or ``None`` when an amount is vague or fractional."""
    for amount, unit in pairs:
        if amount is None:
            return None
        if unit == "hour":
            amount, unit = amount / 24, "day"
        if amount != amount.to_integral_value():
            if unit not in ("year", "week"):
                return None
            amount, unit = (amount * 12, "month") if unit == "year" else (amount * 7, "day")
            if amount != amount.to_integral_value():
                return None
        day = shift_by_unit(day, sign * int(amount), unit)
    return day


def _ago(ctx: Context) -> Iterator[Candidate]:
    for match in ctx.scan(_TRIGGER_AGO, _AGO, back=96, ahead=24):
        direction = re.sub(r"\s+", " ", match.group("dir").lower())
        pairs = amount_units(match.group("amounts"))
        if not pairs:
            continue
        precision: Precision | None = _UNIT_PRECISION[pairs[-1][1]]
        if any(amount is None for amount, _ in pairs):
            precision = None
        if direction in _STORY_DIRECTIONS:
            if direction in ("later", "earlier"):
                yield Candidate(match.start(), match.end(), None, precision, "relative")
            continue
        if direction != "ago" and precision is not None:
            precision = "day"
        value = None
        if ctx.published is not None and precision is not None:
            base = ctx.published + timedelta(days=_base_shift(direction))
            sign = -1 if direction == "ago" or direction.startswith("before") else 1
            moved = shifted(base, pairs, sign)
            value = at_precision(moved, precision) if moved is not None else None
        yield Candidate(match.start(), match.end(), value, precision, "relative")


def _base_shift(direction: str) -> int:
    if direction.endswith("yesterday"):
        return -1
    if direction.endswith(("tomorrow", "tmrw")):
        return 1
    return 0


def _calendar_units(ctx: Context) -> Iterator[Candidate]:
    """Calendar units counted from publication: "last week", "by the end of next month", "the past week"."""
    for match in ctx.scan(_TRIGGER_UNIT, _CALENDAR_UNIT):
        mod, unit = match.group("mod").lower(), match.group("unit").lower()
        the, edge = match.group("the"), (match.group("edge") or "").lower()
        if mod in ("previous", "following") or (unit == "day" and mod in ("next", "last", "past")):
            if the or (unit == "day" and mod in ("next", "last")):
                precision = _UNIT_PRECISION.get(unit, "day")
                yield Candidate(match.start(), match.end(), None, precision, "relative")
            continue
        if unit == "day":
            continue
        published = ctx.published
        if the and not edge and mod in ("past", "last") and unit != "weekend":
            value = span(shift_by_unit(published, -1, unit), published) if published else None
            yield Candidate(match.start(), match.end(), value, "day", "span")
            continue
        value, precision = _calendar_value(published, unit, SHIFT[mod], edge=edge)
        yield Candidate(match.start(), match.end(), value, precision, "relative")


def _calendar_value(
    published: date | None, unit: str, shift: int, *, edge: str = "", year: int | None = None
) -> tuple[str | None, Precision]:
    """The week, weekend, month or year ``shift`` units from publication; "the end of" a year is its December."""
    precision: Precision = _CALENDAR_PRECISION[unit]
    if published is None:
        return None, precision
    if unit in ("week", "weekend"):
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        if unit == "weekend":
            return span(monday + timedelta(days=5), monday + timedelta(days=6)), precision
        return week_span(monday), precision
    if unit == "month":
        moved = add_months(published.replace(day=1), shift)
        return month_value(moved.year, moved.month), precision
    year = (year if year is not None else published.year) + shift
    if edge == "end":
        return month_value(year, 12), "month"
    if edge in ("beginning", "start"):
        return month_value(year, 1), "month"
    return f"{year:04d}", precision


def _end_of_the_unit(ctx: Context) -> Iterator[Candidate]:
    """The end or start of the year or month; the year is the one the sentence names, else publication's."""
    for match in ctx.scan(_TRIGGER_THE_UNIT, _THE_UNIT):
        unit, edge = match.group("unit"), match.group("edge")
        framed = _sentence_year(ctx, match.start()) if unit == "year" else None
        value, precision = _calendar_value(ctx.published, unit, 0, edge=edge, year=framed)
        if framed is not None and ctx.published is None:
            value, precision = _calendar_value(date(framed, 1, 1), unit, 0, edge=edge, year=framed)
        # Framed by a written year it is that year's month, like "the end of 2022"; else it counts from publication.
        yield Candidate(
            match.start(), match.end(), value, precision, "month" if framed is not None else "relative"
        )


def _sentence_year(ctx: Context, position: int) -> int | None:
    """The last year written earlier in the sentence ("In 2022, ... at the end of the year")."""
    starts = ctx.starts
    index = bisect_right(starts, position) - 1
    begin = ctx.sentences[index].start if index >= 0 else max(0, position - 300)
    years = _YEAR_IN_TEXT.findall(ctx.lower, begin, position)
    return int(years[-1]) if years else None


def _weekends(ctx: Context) -> Iterator[Candidate]:
    """The weekend: "over the weekend" is the last one, "by the weekend" the coming one."""
    for match in _THE_WEEKEND.finditer(ctx.lower):
        published = ctx.published
        value = None
        if published is not None:
            future = match.group("prep") == "by" or ctx.future(match.start())
            saturday = published + timedelta(days=5 - published.weekday())
            if published.weekday() < 5 and not future:
                saturday -= timedelta(weeks=1)
            value = span(saturday, saturday + timedelta(days=1))
        yield Candidate(match.start(), match.end(), value, "day", "relative")


def _next_n(ctx: Context) -> Iterator[Candidate]:
    """A span from publication to its far end: "the next six months", "in the next three to six months"."""
    for match in ctx.scan(_TRIGGER_NEXT, _NEXT_N):
        pairs = amount_units(f"{match.group('far')} {match.group('unit')}")
        if not pairs:
            continue
        unit = pairs[-1][1]
        value = None
        if ctx.published is not None and pairs[-1][0] is not None:
            last = shifted(ctx.published, pairs, 1)
            value = span(ctx.published, last) if last is not None else None
        yield Candidate(match.start(), match.end(), value, _UNIT_PRECISION[unit], "span")


def _past_n(ctx: Context) -> Iterator[Candidate]:
    """A span ending at publication: "the past 24 hours", "over the last two years"."""
    for match in ctx.scan(_TRIGGER_PAST, _PAST_N):
        pairs = amount_units(match.group("amounts"))
        if not pairs:
            continue
        precision = _UNIT_PRECISION[pairs[-1][1]]
        value = None
        if ctx.published is not None:
            first = shifted(ctx.published, pairs, -1)
            value = span(first, ctx.published) if first is not None else None
        start = match.start("prep") if match.group("prep") else match.start()
        yield Candidate(start, match.end(), value, "day" if precision == "day" else precision, "span")


def _in_n(ctx: Context) -> Iterator[Candidate]:
    """A day counted ahead of publication: "in two weeks' time", "will arrive in three months".

    Only "... time" or a future verb before it in its sentence makes it a date: "captured in three days" is a
    duration, and so is the boast to be "in Kyiv in three days" that "wasn't going to happen".
    """
    for match in _IN_N.finditer(ctx.lower):
        if match.group("time") is None and not _future_before(ctx, match.start()):
            continue
        pairs = amount_units(match.group("amounts"))
        if not pairs or pairs[-1][1] in ("hour", "decade"):
            continue
        exact = all(amount is not None for amount, _ in pairs)
        value = None
        if ctx.published is not None and exact:
            moved = shifted(ctx.published, pairs, 1)
            value = moved.isoformat() if moved is not None else None
        yield Candidate(match.start(), match.end(), value, "day" if exact else None, "relative")


def _future_before(ctx: Context, position: int) -> bool:
    """Whether the sentence speaks of the future before ``position`` ("will arrive in two weeks")."""
    index = bisect_right(ctx.starts, position) - 1
    first = ctx.starts[index] if index >= 0 else max(0, position - 200)
    return ctx.future(position) and FUTURE.search(ctx.lower, first, position) is not None
