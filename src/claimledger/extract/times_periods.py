"""Months, years, decades and seasons: "in March", "March 2022", "mid-2023", "2022-23", "the 1990s", "last spring".

A month or season without a year resolves against the publication date: the last one so far, or the next
one when the sentence speaks of the future ("will", "plans"). Seasons are meteorological and northern:
winter 2023 runs from December 2023 to February 2024.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from claimledger.extract.times_calendar import (
    SEASON_START,
    Candidate,
    Context,
    month_end,
    month_value,
    nearest_month,
    season_span,
    season_year,
    span,
)
from claimledger.extract.times_words import MONTH, MONTHS, SEASON, YEAR

_PREP = r"(?:(?P<prep>in|on|since|by|until|till|during|throughout|as\s+of|from|at)\s+)?"
_MOD = (
    r"(?P<mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of"
    r"|last|this|next|past|previous|coming)"
)
_MONTH = re.compile(
    rf"\b{_PREP}(?:{_MOD}[\s-]+)?(?P<mon>{MONTH})(?![a-z])"
    rf"(?:\.?,?\s*(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<ryear>this|next|last)\s+year)?",
    re.IGNORECASE,
)
_UNIT_AFTER = (
    r"(?!\s*(?:%|percent|per\s*cent|km|kilomet|metres|meters|miles|tons|tonnes|people|persons|troops|soldiers"
    r"|civilians|servicemen|units|tanks|vehicles|drones|missiles|shells|rounds|dollars|euros|hryvnias?"
    r"|rubles?|roubles?|\$))"
)
_YEAR = re.compile(
    rf"\b{_PREP}(?:{_MOD}[\s-]+)?(?<![\w$£€#,./+])(?P<y1>{YEAR})"
    r"(?:\s*(?:-|–|—|/|\s+to\s+|\s+through\s+)\s*(?P<y2>1\d{3}|20\d{2}|\d{2})(?![\d]|[,.]\d|-\d))?"
    rf"(?![\w-]){_UNIT_AFTER}",
    re.IGNORECASE,
)
_APPROX_BEFORE = re.compile(
    r"(?:about|some|around|nearly|almost|over|more\s+than|up\s+to|at\s+least|roughly|approximately|than)\s+$",
    re.IGNORECASE,
)
_DECADE = re.compile(
    rf"\b{_PREP}(?P<the>the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<full>1[5-9]\d0|20\d0)s|(?P<apo>['’])?"
    r"(?P<short>\d0)s)\b",
    re.IGNORECASE,
)
_SEASON = re.compile(
    rf"\b(?:(?P<prep>in|since|by|until|till|during|throughout|over|through|before|after)\s+)?(?P<the>the\s+)?"
    r"(?:(?P<mod>this|last|next|past|coming|previous|early|late|mid)[\s-]+)?"
    rf"(?P<season>{SEASON})(?![a-z])"
    rf"(?:\s*,?\s+(?:of\s+)?(?P<year>{YEAR})(?:\s*[-/–]\s*(?P<y2>1\d{{3}}|20\d{{2}}|\d{{2}})(?!\d))?"
    r"|(?=\s+(?P<noun>campaign|offensive|counteroffensive|counter-offensive|months|fighting|assault|attacks?"
    r"|season|break|lull|stalemate)\b))?",
    re.IGNORECASE,
)
_SHIFTS: dict[str, int] = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
_VERB_MONTHS = ("may", "march")
_FULL_MONTHS = frozenset(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))


def find_periods(ctx: Context) -> Iterator[Candidate]:
    """Every month, year, decade and season expression of ``ctx.text``; overlaps are left to the caller."""
    yield from _months(ctx)
    yield from _years(ctx)
    yield from _decades(ctx)
    yield from _seasons(ctx)


def _start(match: re.Match[str], group: str) -> int:
    return match.start("prep") if match.group("prep") else match.start(group)


def _months(ctx: Context) -> Iterator[Candidate]:
    for match in _MONTH.finditer(ctx.text):
        written = match.group("mon")
        month = MONTHS[written.lower()]
        year = _month_year(ctx, match, month)
        has_year = match.group("year") or match.group("ryear")
        context = match.group("prep") or match.group("mod")
        if not has_year:
            full = written.lower() in _FULL_MONTHS
            if not full or not (context or (written[0].isupper() and written.lower() not in _VERB_MONTHS)):
                continue
            if written == "may" and (match.group("prep") or "").lower() not in ("in", "since", "until", "by"):
                continue
        start = match.start("mod") if match.group("mod") and not match.group("prep") else _start(match, "mon")
        deadline = (match.group("prep") or "").lower() == "by" and "end" in (match.group("mod") or "").lower()
        if year is None:
            yield Candidate(start, match.end(), None, "month", "month")
        elif deadline:
            yield Candidate(start, match.end(), month_end(year, month).isoformat(), "day", "month")
        else:
            yield Candidate(start, match.end(), month_value(year, month), "month", "month")


def _month_year(ctx: Context, match: re.Match[str], month: int) -> int | None:
    if match.group("year"):
        return int(match.group("year"))
    published = ctx.published
    if published is None:
        return None
    if match.group("ryear"):
        return published.year + {"this": 0, "next": 1, "last": -1}[match.group("ryear").lower()]
    shift = _SHIFTS.get((match.group("mod") or "").lower())
    if shift == -1:
        return published.year if month < published.month else published.year - 1
    if shift == 1:
        return published.year if month > published.month else published.year + 1
    if shift == 0:
        return published.year
    return nearest_month(month, published, future=ctx.future(match.start()))


def _years(ctx: Context) -> Iterator[Candidate]:
    for match in _YEAR.finditer(ctx.text):
        first, first_at = int(match.group("y1")), match.start("y1")
        bare = not (match.group("prep") or match.group("mod"))
        if bare and (
            first < 1900 or _APPROX_BEFORE.search(ctx.text, max(0, match.start() - 20), match.start())
        ):
            continue
        if bare and match.start() > 0 and ctx.text[match.start() - 1] == "-":
            continue
        start = (
            match.start("prep")
            if match.group("prep")
            else match.start("mod")
            if match.group("mod")
            else first_at
        )
        last = _range_end(first, match.group("y2"))
        if last is not None:
            yield Candidate(start, match.end(), span(date(first, 1, 1), date(last, 12, 31)), "year", "span")
            continue
        end = match.end("y1")
        deadline = (match.group("prep") or "").lower() == "by" and "end" in (match.group("mod") or "").lower()
        if deadline:
            yield Candidate(start, end, date(first, 12, 31).isoformat(), "day", "year")
        else:
            yield Candidate(start, end, f"{first:04d}", "year", "year")


def _range_end(first: int, written: str | None) -> int | None:
    """The last year of "2022-23" or "2014-2022"; ``None`` when the second number is no later year."""
    if written is None:
        return None
    last = first - first % 100 + int(written) if len(written) == 2 else int(written)
    return last if first < last <= first + 100 else None


def _decades(ctx: Context) -> Iterator[Candidate]:
    for match in _DECADE.finditer(ctx.text):
        if match.group("full"):
            first = int(match.group("full"))
        elif match.group("apo") or match.group("the"):
            short = int(match.group("short"))
            recent = ctx.published.year % 100 if ctx.published else 29
            first = 2000 + short if short <= recent else 1900 + short
        else:
            continue
        start = match.start("prep") if match.group("prep") else match.start()
        value = span(date(first, 1, 1), date(first + 9, 12, 31))
        yield Candidate(start, match.end(), value, "decade", "decade")


def _seasons(ctx: Context) -> Iterator[Candidate]:
    for match in _SEASON.finditer(ctx.text):
        season = match.group("season").lower()
        mod = (match.group("mod") or "").lower()
        if not _is_season(match, season, mod):
            continue
        value = _season_value(ctx, match, season, mod)
        yield Candidate(match.start(), match.end(), value, "season", "season")


def _is_season(match: re.Match[str], season: str, mod: str) -> bool:
    if match.group("year") or mod in _SHIFTS or match.group("noun"):
        return True
    if not match.group("prep"):
        return False
    following = match.string[match.end() : match.end() + 4].lower()
    return not (season == "fall" and following.startswith(" of"))


def _season_value(ctx: Context, match: re.Match[str], season: str, mod: str) -> str | None:
    if match.group("year"):
        return season_span(season, int(match.group("year")))
    published = ctx.published
    if published is None:
        return None
    if mod in _SHIFTS:
        return season_span(season, season_year(season, published, _SHIFTS[mod]))
    current = season_year(season, published, 0)
    first = date(current, SEASON_START[season], 1)
    holding = first <= published <= date.fromisoformat(season_span(season, current).split("/")[1])
    if holding:
        return season_span(season, current)
    shift = 1 if ctx.future(match.start()) else -1
    return season_span(season, season_year(season, published, shift))
