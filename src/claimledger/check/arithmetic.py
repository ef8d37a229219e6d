"""Arithmetic inside one article: a rate against its restatement or against a total over a period.

Only figures the text itself ties together are compared: the second figure must follow the first with a
restatement cue ("or", "that's", "which is", "equivalent to", ...) in the same or the next sentence, and count the
same thing (or nothing named). Anything looser stays unchecked rather than risk a confident wrong verdict.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from claimledger.check.tolerance import Interval, compare, interval
from claimledger.models import Check, Extraction, Quantity, TimeMention, Verdict

RATE_TIMES_PERIOD = "rate_times_period.v1"

_D = Decimal
PERIOD_DAYS: dict[str, Interval] = {
    "day": Interval(_D(1), _D(1)),
    "week": Interval(_D(7), _D(7)),
    "month": Interval(_D(28), _D(31)),
    "year": Interval(_D(365), _D(366)),
}
_CUE = re.compile(
    r"\b(?:or|that'?s|that is|this is|which is|which means|meaning|equivalent to|amounting to|"
    r"in other words|i\.e\.|adding up to|a total of|totalling|totaling)\b",
    re.IGNORECASE,
)
_GAP_LIMIT = 160
_GENERIC = frozenset({"vehicles", "pieces of equipment", "equipment", "losses", "units", "items", "weapons"})


@dataclass(frozen=True, slots=True)
class _Reading:
    rates: tuple[Quantity, ...]
    period: Interval
    period_text: str


def _stem(entity: str | None) -> str | None:
    if entity is None:
        return None
    word = entity.lower().strip()
    return word[:-1] if word.endswith("s") else word


def _compatible(rate: Quantity, total: Quantity) -> bool:
    if rate.kind != "count" or total.kind != "count" or rate.unit or total.unit:
        return False
    a, b = _stem(rate.entity), _stem(total.entity)
    return a is None or b is None or a == b or (total.entity or "").lower() in _GENERIC


def _restates(text: str, first: Quantity, second: Quantity) -> bool:
    gap = text[first.end : second.start]
    return 0 <= len(gap) <= _GAP_LIMIT and second.sentence - first.sentence <= 1 and bool(_CUE.search(gap))


def _month_days(times: Sequence[TimeMention], sentence: int) -> tuple[Interval, str] | None:
    for t in times:
        if t.sentence == sentence and t.precision == "month" and t.value and len(t.value) == 7:
            year, month = int(t.value[:4]), int(t.value[5:7])
            days = calendar.monthrange(year, month)[1]
            name = calendar.month_name[month]
            return Interval(_D(days), _D(days)), f"{name}'s {days} days"
    return None


def _period_of_total(extraction: Extraction, rate: Quantity, total: Quantity) -> tuple[Interval, str] | None:
    """How long a total (no rate of its own) runs: a duration beside it, or the month the sentence names."""
    for q in extraction.quantities:
        if (
            q.kind == "duration"
            and q.sentence == total.sentence
            and q.unit in PERIOD_DAYS
            and q.low == q.high
            and q.approx is None
        ):
            return PERIOD_DAYS[q.unit] * Interval(q.low, q.low), f"'{q.text}'"
    if re.search(
        r"\bover the (?:past |last )?month\b|\bthat month\b|\bthis month\b",
        extraction.document.text[rate.end : total.end + 40],
    ):
        return _month_days(extraction.times, rate.sentence) or (PERIOD_DAYS["month"], "a month of 28-31 days")
    return None


def _explain(reading: _Reading, expected: Interval, total: Quantity, verdict: Verdict) -> str:
    rates = " plus ".join(f"'{r.text}'" for r in reading.rates)
    joined = {
        "consistent": "which matches",
        "inconsistent": "which does not match",
        "unverifiable": "too close to call against",
    }[verdict]
    return f"{rates} over {reading.period_text} gives {expected.describe()}, {joined} '{total.text}'"


def _readings(extraction: Extraction, total: Quantity, candidates: Sequence[Quantity]) -> list[_Reading]:
    readings: list[_Reading] = []
    for rate in candidates:
        if total.per:
            days = PERIOD_DAYS[total.per] / PERIOD_DAYS[rate.per or "day"]
            readings.append(_Reading((rate,), days, f"a {total.per} ({total.per} / {rate.per})"))
            continue
        period = _period_of_total(extraction, rate, total)
        if period is not None:
            days, label = period
            readings.append(_Reading((rate,), days / PERIOD_DAYS[rate.per or "day"], label))
    if len(candidates) > 1 and readings and len(readings) == len(candidates):
        readings.append(_Reading(tuple(candidates), readings[0].period, readings[0].period_text))
    return readings


def rate_times_period(extraction: Extraction) -> list[Check]:
    """Compare each rate with a restated rate or total: "40 tanks a week. That's over 200 a month"."""
    text = extraction.document.text
    rates = [q for q in extraction.quantities if q.per in PERIOD_DAYS]
    checks: list[Check] = []
    used: set[str] = set()
    for total in extraction.quantities:
        before = [r for r in rates if r.end <= total.start and r.id not in used and _compatible(r, total)]
        before = [r for r in before if r.per != total.per and _restates(text, r, total)]
        if total.id in used or not before:
            continue
        # Rates listed together ("40-50 tanks and 90-110 trucks a week") share one per and one sentence.
        group = [r for r in before if r.sentence == before[-1].sentence and r.per == before[-1].per]
        readings = _readings(extraction, total, group)
        if not readings:
            continue
        stated = interval(total)
        results = []
        for reading in readings:
            expected = interval(reading.rates[0]) if len(reading.rates) == 1 else _sum(reading.rates)
            expected = expected * reading.period
            results.append((compare(expected, stated), reading, expected))
        verdict, reading, expected = _pick(results)
        explanation = _explain(reading, expected, total, verdict)
        if len(results) > 1:
            explanation += _which_reading(results)
        ids = (*(r.id for r in group), total.id)
        used.update(ids)
        times = tuple(t.id for t in extraction.times if t.sentence in {group[0].sentence, total.sentence})
        checks.append(Check("", RATE_TIMES_PERIOD, ids, times, verdict, explanation))
    return checks


def _sum(rates: Sequence[Quantity]) -> Interval:
    parts = [interval(r) for r in rates]
    low = sum((p.low for p in parts), _D(0))
    highs = [p.high for p in parts]
    high = None if any(h is None for h in highs) else sum((h for h in highs if h is not None), _D(0))
    return Interval(low, high)


def _pick(results: list[tuple[str, _Reading, Interval]]) -> tuple[Verdict, _Reading, Interval]:
    for wanted in ("consistent", "unverifiable", "inconsistent"):
        for verdict, reading, expected in results:
            if verdict == wanted:
                return wanted, reading, expected
    raise AssertionError("no reading")


def _which_reading(results: list[tuple[str, _Reading, Interval]]) -> str:
    holding = [r for v, r, _e in results if v == "consistent"]
    if not holding:
        return "; no reading of the listed rates (each alone or all together) matches"
    names = [" plus ".join(q.text for q in r.rates) for r in holding]
    return "; the reading that holds: " + " | ".join(names)
