"""Budget years and year-ends: "this financial year", "fiscal year 2024", "year end 24'", "year-end 2023".

A financial year follows its government's calendar, so the country is read from the words around it: the
UK's runs from 1 April to 31 March ("2024-04-01/2025-03-31"), the US federal one from 1 October to 30
September (fiscal year 2024 starts on 2023-10-01). With neither country in sight the value stays ``None``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, timedelta

from claimledger.extract.times_calendar import Candidate, Context, month_value, span

_FISCAL = re.compile(
    r"\b(?:(?P<mod>this|current|last|previous|past|next|coming)\s+)?(?:financial|fiscal|budget)\s+year"
    r"(?:\s+(?P<year>20\d\d)(?:\s*[-/–]\s*(?P<y2>\d\d|20\d\d))?)?\b"
)
_TRIGGER = re.compile(r"\b(?=[fb])(?:financial|fiscal|budget)\s+year\b")
_FISCAL_LEAD = re.compile(r"\b(?:in|during)\s+(?:the\s+)?\Z")
_YEAR_END = re.compile(
    r"\byear[- ]end\s+(?:of\s+)?(?:(?P<full>(?:19|20)\d\d)\b|['’](?P<lead>\d\d)\b|(?P<tail>\d\d)['’])"
)
_TRIGGER_END = re.compile(r"\byear[- ]end\b")
_SHIFTS = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}
#: Matched case-sensitively on the original text: "US" is a country, "us" a pronoun.
_UK = re.compile(r"£|\b(?:UK|U\.K\.|Britain|British|England|London|Whitehall|MoD)\b")
_US = re.compile(r"\b(?:US|U\.S\.|USA|America|American|Pentagon|Congress|Washington)\b")
#: First month of the financial year: the UK's April, the US federal October.
_FIRST_MONTH = {"uk": 4, "us": 10}


def find_fiscal(ctx: Context) -> Iterator[Candidate]:
    """Financial years and year-ends in ``ctx.text``."""
    for match in ctx.scan(_TRIGGER, _FISCAL, back=16, ahead=24):
        if match.group("mod") is None and match.group("year") is None:
            continue
        lead = ctx.before(_FISCAL_LEAD, match.start(), 12)
        start = lead.start() if lead is not None else match.start()
        value = _fiscal_value(ctx, match)
        yield Candidate(start, match.end(), value, "month", "relative" if match.group("mod") else "span")
    for match in ctx.scan(_TRIGGER_END, _YEAR_END, back=0, ahead=16):
        written = match.group("full") or match.group("lead") or match.group("tail")
        year = int(written) if len(written) == 4 else 2000 + int(written)
        yield Candidate(match.start(), match.end(), month_value(year, 12), "month", "month")


def _fiscal_value(ctx: Context, match: re.Match[str]) -> str | None:
    country = _country(ctx, match.start())
    if country is None:
        return None
    first_month = _FIRST_MONTH[country]
    if match.group("year"):
        return _written_year(int(match.group("year")), match.group("y2"), country)
    published = ctx.published
    if published is None:
        return None
    first_year = published.year if published.month >= first_month else published.year - 1
    return _budget_year(first_year + _SHIFTS[match.group("mod")], first_month)


def _written_year(year: int, second: str | None, country: str) -> str | None:
    """ "fiscal year 2024" (US: ends in 2024) or "financial year 2024-25" (UK: starts in 2024).

    >>> _written_year(2024, None, "us"), _written_year(2024, "25", "uk"), _written_year(2024, None, "uk")
    ('2023-10-01/2024-09-30', '2024-04-01/2025-03-31', None)
    """
    if country == "us":
        return _budget_year(year - 1, 10)
    if second is None or int(second[-2:]) != (year + 1) % 100:
        return None
    return _budget_year(year, 4)


def _budget_year(first_year: int, first_month: int) -> str:
    """The twelve months from ``first_month`` of ``first_year``.

    >>> _budget_year(2024, 4)
    '2024-04-01/2025-03-31'
    """
    return span(date(first_year, first_month, 1), date(first_year + 1, first_month, 1) - timedelta(days=1))


def _country(ctx: Context, position: int) -> str | None:
    """Whose budget year the sentence around ``position`` speaks of: "uk", "us" or ``None`` (neither or both)."""
    index = bisect_right(ctx.starts, position) - 1
    if index >= 0 and position < ctx.sentences[index].end:
        first, last = ctx.sentences[index].start, ctx.sentences[index].end
    else:
        first, last = max(0, position - 200), position + 100
    uk = _UK.search(ctx.text, first, last) is not None
    us = _US.search(ctx.text, first, last) is not None
    if uk == us:
        return None
    return "uk" if uk else "us"
