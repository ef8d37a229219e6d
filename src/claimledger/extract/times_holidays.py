"""Holidays with a known date: "Christmas", "Orthodox Easter", "Victory Day", "next Easter", "Easter 2018".

A holiday resolves like a date without a year: the last one by publication (a week's slack), the next one in a
sentence about the future, or the one its modifier ("last", "next", "this") or year names. Only holidays whose
date does not depend on the reader's country are resolved outright; "Independence Day" takes Ukraine's
(24 August) or the United States' (4 July) when the sentence names the country, and stays ``None`` otherwise.
Lunar holidays (Eid) are not recognized.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from claimledger.extract.times_calendar import Candidate, Context
from claimledger.extract.times_words import YEAR


def western_easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).

    >>> western_easter(2018), western_easter(2019), western_easter(2024)
    (datetime.date(2018, 4, 1), datetime.date(2019, 4, 21), datetime.date(2024, 3, 31))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def orthodox_easter(year: int) -> date:
    """Easter Sunday of the Julian calendar, as a Gregorian date (Meeus; right for 1900-2099).

    >>> orthodox_easter(2023), orthodox_easter(2024)
    (datetime.date(2023, 4, 16), datetime.date(2024, 5, 5))
    """
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def _thanksgiving(year: int) -> date:
    """The fourth Thursday of November (US).

    >>> _thanksgiving(2010)
    datetime.date(2010, 11, 25)
    """
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "orthodox christmas": _fixed(1, 7),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "new year's eve": _fixed(12, 31),
    "new year's day": _fixed(1, 1),
    "new year day": _fixed(1, 1),
    "orthodox easter": orthodox_easter,
    "easter sunday": western_easter,
    "easter monday": lambda year: western_easter(year) + timedelta(days=1),
    "good friday": lambda year: western_easter(year) - timedelta(days=2),
    "easter": western_easter,
    "victory day": _fixed(5, 9),
    "international workers' day": _fixed(5, 1),
    "workers' day": _fixed(5, 1),
    "may day": _fixed(5, 1),
    "earth day": _fixed(4, 22),
    "saint patrick's day": _fixed(3, 17),
    "saint patrick": _fixed(3, 17),
    "st. patrick's day": _fixed(3, 17),
    "st patrick's day": _fixed(3, 17),
    "thanksgiving": _thanksgiving,
    "black friday": lambda year: _thanksgiving(year) + timedelta(days=1),
    "independence day": _fixed(8, 24),
}
_NAMES = "|".join(re.escape(name).replace("'", "['’]?") for name in sorted(_HOLIDAYS, key=len, reverse=True))
_HOLIDAY = re.compile(
    rf"\b(?:(?P<mod>last|previous|this|next|following|coming)\s+)?(?P<name>{_NAMES})\b"
    rf"(?:\s*,?\s*(?P<year>{YEAR})\b|\s+of\s+(?P<ryear>this|next|last)\s+year\b)?"
)
_TRIGGER = re.compile(
    r"\b(?=[cegimnostvwb])(?:christmas|easter|good|victory|workers|may|earth|saint|st|new|thanks|black|indep)"
)
_LEAD = re.compile(r"\b(?:on|at|by|until|since)\s+\Z")
_SHIFTS = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1, "coming": 1}
_RYEAR = {"last": -1, "this": 0, "next": 1}
#: A holiday up to a week after publication is read as upcoming even when the sentence does not say "will".
_SLACK = timedelta(days=7)
_OF_UKRAINE = re.compile(r"ukrain(?:e['’]s|ian)\s+independence|independence\s+day\s+of\s+ukraine")
_GENERIC = re.compile(r"\s+(?:is|was|are|were|has|have|had)\b")
_UKRAINE = re.compile(r"\b(?:Ukraine|Ukrainian|Ukraine['’]s|Kyiv|Zelensky[iy]?)\b")
_USA = re.compile(r"\b(?:US|U\.S\.|USA|America|American|Fourth of July|July 4)\b")


def find_holidays(ctx: Context) -> Iterator[Candidate]:
    """Named holidays in ``ctx.text``; "May Day" must be capitalised ("may day" is a modal and a noun)."""
    for match in ctx.scan(_TRIGGER, _HOLIDAY, back=24, ahead=48):
        name = re.sub(r"['’]", "'", match.group("name"))
        if name == "may day" and ctx.text[match.start("name") : match.start("name") + 3] != "May":
            continue
        rule: Callable[[int], date] | None = _HOLIDAYS[name]
        if name == "independence day":
            rule = _independence(ctx, match)
        lead = ctx.before(_LEAD, match.start(), 8)
        start = lead.start() if lead is not None else match.start()
        value = _resolve(ctx, match, rule) if rule is not None and not _generic(ctx, match, lead) else None
        yield Candidate(start, match.end(), value.isoformat() if value else None, "day", "date")


def _independence(ctx: Context, match: re.Match[str]) -> Callable[[int], date] | None:
    """Ukraine's Independence Day (24 August) or the US one (4 July), by the country it or its sentence names."""
    around = ctx.lower[max(0, match.start() - 12) : match.end() + 12]
    if _OF_UKRAINE.search(around):
        return _fixed(8, 24)
    index = bisect_right(ctx.starts, match.start()) - 1
    if index >= 0 and match.start() < ctx.sentences[index].end:
        first, last = ctx.sentences[index].start, ctx.sentences[index].end
    else:
        first, last = max(0, match.start() - 200), match.end() + 100
    ukraine = _UKRAINE.search(ctx.text, first, last) is not None
    usa = _USA.search(ctx.text, first, last) is not None
    if ukraine == usa:
        return None
    return _fixed(8, 24) if ukraine else _fixed(7, 4)


def _generic(ctx: Context, match: re.Match[str], lead: re.Match[str] | None) -> bool:
    """A bare holiday as the subject of its sentence is talked of in general ("Victory Day is a holiday")."""
    bare = lead is None and not (match.group("mod") or match.group("year") or match.group("ryear"))
    return bare and _GENERIC.match(ctx.lower, match.end()) is not None


def _resolve(ctx: Context, match: re.Match[str], rule: Callable[[int], date]) -> date | None:
    """The holiday's date: written year, "of this year", modifier, or the tense of the sentence."""
    if match.group("year"):
        return rule(int(match.group("year")))
    published = ctx.published
    if published is None:
        return None
    if match.group("ryear"):
        return rule(published.year + _RYEAR[match.group("ryear")])
    mod = match.group("mod")
    shift = _SHIFTS[mod] if mod else (1 if ctx.future(match.start()) else -1)
    if shift == 0:
        return rule(published.year)
    if shift > 0:
        return next(rule(y) for y in range(published.year, published.year + 3) if rule(y) > published)
    limit = published if mod else published + _SLACK
    return next(rule(y) for y in range(published.year, published.year - 3, -1) if rule(y) <= limit)
