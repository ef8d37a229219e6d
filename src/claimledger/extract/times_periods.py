"""Months, years, decades and seasons: "in March", "March 2022", "mid-2023", "2022-23", "the 1990s", "last spring".

"The end of 2022" is its last month ("2022-12"), "the first half of 2023" a span. A month or season without
a year resolves against the publication date: the last one so far, or the next
one when the sentence speaks of the future ("will", "plans"). Seasons are meteorological and northern:
winter 2023 runs from December 2023 to February 2024.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
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
    span_end,
    span_start,
)
from claimledger.extract.times_words import MONTH, MONTHS, SEASON, WORD_YEAR, YEAR, word_year

_MOD = (
    r"(?P<mod>early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of"
    r"|last|this|next|past|previous|coming)"
)
_LEAD = re.compile(
    rf"(?:\b(?P<prep>in|on|since|by|until|till|during|throughout|as\s+of|from|at)\s+)?(?:\b{_MOD}[\s-]+)?\Z"
)
_MONTH = re.compile(
    rf"\b(?=[adfjmnos])(?P<mon>{MONTH})(?![a-z])"
    rf"(?:\.?,?\s*(?:of\s+)?(?P<year>{YEAR})|,?\s+(?P<wyear>{WORD_YEAR})|,?\s+(?:of\s+)?(?P<ryear>this|next|last)\s+year)?"
)
_UNIT_AFTER = (
    r"(?!\s*(?:%|percent|per\s*cent|km|kilomet|metres|meters|miles|tons|tonnes|people|persons|troops|soldiers"
    r"|civilians|servicemen|units|tanks|vehicles|drones|missiles|shells|rounds|dollars|euros|hryvnias?"
    r"|rubles?|roubles?|\$))"
)
_YEAR = re.compile(
    rf"(?=[12])(?<![\w$£€#,./+])(?P<y1>{YEAR})"
    r"(?:\s*(?:-|–|—|/|\s+to\s+|\s+through\s+)\s*(?P<y2>1\d{3}|20\d{2}|\d{2})(?![\d]|[,.]\d|-\d))?"
    rf"(?![\w-]){_UNIT_AFTER}"
)
_APPROX_BEFORE = re.compile(
    r"(?:about|some|around|nearly|almost|over|more\s+than|up\s+to|at\s+least|roughly|approximately|than)\s+\Z"
)
_DECADE = re.compile(
    r"(?=[\d'’])(?<![\w$£€#,./+])(?:(?P<full>1[5-9]\d0|20\d0)s|(?P<apo>['’])?(?P<short>\d0)s)\b"
)
_DECADE_LEAD = re.compile(
    r"(?:\b(?P<prep>in|on|since|by|until|till|during|throughout|from)\s+)?(?P<the>\bthe\s+)?"
    r"(?:\b(?P<mod>early|mid|late)[\s-]+)?\Z"
)
_SEASON = re.compile(
    rf"\b(?=[afsw])(?P<season>{SEASON})(?![a-z])"
    rf"(?:\s*,?\s+(?:of\s+)?(?P<year>{YEAR})(?:\s*[-/–]\s*(?P<y2>1\d{{3}}|20\d{{2}}|\d{{2}})(?!\d))?"
    r"|(?=\s+(?P<noun>campaign|offensive|counteroffensive|counter-offensive|months|fighting|assault|attacks?"
    r"|season|break|lull|stalemate)\b))?"
)
_SEASON_LEAD = re.compile(
    r"(?:\b(?P<prep>in|since|by|until|till|during|throughout|over|through|before|after)\s+)?(?P<the>\bthe\s+)?"
    r"(?:\b(?P<mod>this|last|next|past|coming|previous|early|late|mid)[\s-]+)?\Z"
)
_OPERATIONS = ("campaign", "offensive", "counteroffensive", "counter-offensive", "assault")
_TRIGGER_WORD_YEAR = re.compile(r"\b(?=[snte])(?:two\s+thousand|seventeen|eighteen|nineteen|twenty)\s")
_IN_WORD_YEAR = re.compile(rf"\b(?:in|since|until|by)\s+(?P<wyear>{WORD_YEAR})")
_PROSPECT = re.compile(
    r"\b(?:launch|mount|prepar\w*|plan\w*|expect\w*|need\w*|upcoming|anticipated|looming|awaited|possible|potential"
    r"|may|might|could|would)\b[^.;:!?]*\Z"
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
    yield from _word_years(ctx)


@dataclass(frozen=True, slots=True)
class _Lead:
    """The words before a period's core: a preposition ("in", "by") and a modifier ("last", "the end of")."""

    start: int
    prep: str
    mod: str
    the: bool = False


def _lead(ctx: Context, pattern: re.Pattern[str], position: int) -> _Lead:
    found = ctx.before(pattern, position, 32)
    if found is None or found.start() == position:
        return _Lead(position, "", "")
    groups = found.groupdict()
    prep, mod = groups.get("prep") or "", groups.get("mod") or ""
    return _Lead(found.start(), re.sub(r"\s+", " ", prep), re.sub(r"\s+", " ", mod), bool(groups.get("the")))


def _months(ctx: Context) -> Iterator[Candidate]:
    for match in _MONTH.finditer(ctx.lower):
        lower = match.group("mon")
        written = ctx.text[match.start("mon") : match.end("mon")]
        lead = _lead(ctx, _LEAD, match.start())
        if not (
            match.group("year")
            or match.group("wyear")
            or match.group("ryear")
            or _bare_month_ok(written, lead)
        ):
            continue
        month = MONTHS[lower]
        year = _month_year(ctx, match, lead, month)
        value = month_value(year, month) if year is not None else None
        yield Candidate(lead.start, match.end(), value, "month", "month")


def _bare_month_ok(written: str, lead: _Lead) -> bool:
    """A month name alone must be spelt out and capitalised or led in ("in may"); "May" needs "in May"."""
    lower = written.lower()
    if lower not in _FULL_MONTHS:
        return False
    if lower in _VERB_MONTHS:
        return bool(lead.mod) or lead.prep in ("in", "since", "until", "by", "during", "from", "till")
    return bool(lead.prep or lead.mod) or written[0].isupper()


def _month_year(ctx: Context, match: re.Match[str], lead: _Lead, month: int) -> int | None:
    if match.group("year"):
        return int(match.group("year"))
    if match.group("wyear"):
        return word_year(match.group("wyear"))
    published = ctx.published
    if published is None:
        return None
    if match.group("ryear"):
        return published.year + {"this": 0, "next": 1, "last": -1}[match.group("ryear")]
    shift = _SHIFTS.get(lead.mod)
    if shift == -1:
        return published.year if month < published.month else published.year - 1
    if shift == 1:
        return published.year if month > published.month else published.year + 1
    if shift == 0:
        return published.year
    return nearest_month(month, published, future=ctx.future(match.start()))


def _years(ctx: Context) -> Iterator[Candidate]:
    for match in _YEAR.finditer(ctx.lower):
        first = int(match.group("y1"))
        lead = _lead(ctx, _LEAD, match.start())
        bare = not (lead.prep or lead.mod)
        if bare and (first < 1900 or ctx.before(_APPROX_BEFORE, match.start(), 24) is not None):
            continue
        hyphen = match.start() > 0 and ctx.text[match.start() - 1] == "-"
        if bare and hyphen and not ctx.lower.endswith(("post-", "pre-"), 0, match.start()):
            continue
        last = _range_end(first, match.group("y2"))
        if last is not None:
            value = span(date(first, 1, 1), date(last, 12, 31))
            yield Candidate(lead.start, match.end(), value, "year", "span")
        elif lead.mod.endswith(" of") and not lead.mod.startswith(("the middle", "middle")):
            month = 12 if "end" in lead.mod or "second half" in lead.mod else 1
            if "half" in lead.mod:
                value = span(
                    date(first, 7 if month == 12 else 1, 1), month_end(first, 12 if month == 12 else 6)
                )
                yield Candidate(lead.start, match.end("y1"), value, "month", "span")
            else:
                yield Candidate(lead.start, match.end("y1"), month_value(first, month), "month", "month")
        else:
            yield Candidate(lead.start, match.end("y1"), f"{first:04d}", "year", "year")


def _word_years(ctx: Context) -> Iterator[Candidate]:
    """A year spelt out after a preposition: "in nineteen ninety six", "in two thousand and fifteen"."""
    for match in ctx.scan(_TRIGGER_WORD_YEAR, _IN_WORD_YEAR, back=8, ahead=64):
        year = word_year(match.group("wyear"))
        if year is not None:
            yield Candidate(match.start(), match.end(), f"{year:04d}", "year", "year")


def _range_end(first: int, written: str | None) -> int | None:
    """The last year of "2022-23" or "2014-2022"; ``None`` when the second number is no later year.

    >>> _range_end(2022, "23"), _range_end(2014, "2022"), _range_end(2022, "02")
    (2023, 2022, None)
    """
    if written is None:
        return None
    last = first - first % 100 + int(written) if len(written) == 2 else int(written)
    return last if first < last <= first + 100 else None


def _decades(ctx: Context) -> Iterator[Candidate]:
    for match in _DECADE.finditer(ctx.lower):
        lead = _lead(ctx, _DECADE_LEAD, match.start())
        if match.group("full"):
            first = int(match.group("full"))
        elif match.group("apo") or lead.the:
            short = int(match.group("short"))
            recent = ctx.published.year % 100 if ctx.published else 29
            first = 2000 + short if short <= recent else 1900 + short
        else:
            continue
        value = span(date(first, 1, 1), date(first + 9, 12, 31))
        yield Candidate(lead.start, match.end(), value, "decade", "decade")


def _seasons(ctx: Context) -> Iterator[Candidate]:
    for match in _SEASON.finditer(ctx.lower):
        season = match.group("season")
        lead = _lead(ctx, _SEASON_LEAD, match.start())
        if not _is_season(match, season, lead):
            continue
        value = _season_value(ctx, match, season, lead.mod)
        yield Candidate(lead.start, match.end(), value, "season", "season")


def _is_season(match: re.Match[str], season: str, lead: _Lead) -> bool:
    if match.group("year") or lead.mod in _SHIFTS or match.group("noun"):
        return True
    if not lead.prep:
        return False
    following = match.string[match.end() : match.end() + 4]
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
    if ctx.future(match.start()):
        return season_span(season, season_year(season, published, 1))
    last = season_span(season, season_year(season, published, -1))
    if match.group("noun") in _OPERATIONS and ctx.before(_PROSPECT, match.start(), 64) is not None:
        # "to mount its needed spring counter-offensive" said in January is the coming one: an operation
        # looked forward to is the nearest such season, ahead or behind.
        coming = season_span(season, season_year(season, published, 1))
        if span_start(coming) - published < published - span_end(last):
            return coming
    return last
