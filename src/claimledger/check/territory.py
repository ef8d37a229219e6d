"""Shares of Ukraine under Russian control against the ISW-based series, and Oryx counts against Oryx.

Territory: a percentage or a fraction ("nearly a fifth", "about 19.8 percent") in a sentence that speaks of
Ukraine's territory under Russian control or occupation, is held against the ISW-based share on the day before and
the day of publication (or over the month or year the sentence names), widened by
:data:`~claimledger.check.tolerance.MAP_SPREAD` since maps differ. Shares of a region ("Donetsk region"), and
changes ("gained 0.5 percent this year"), are left alone.

Oryx: a count in a sentence citing Oryx or visually confirmed losses is held against Oryx's cumulative count of
that equipment type for that side over the week before publication, or before the one date the sentence names
("by 19 July 2025"), since Oryx's pages trail events by days.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from claimledger.check import context, tables
from claimledger.check.refdata import datasets, evidence
from claimledger.check.series import time_window
from claimledger.check.tolerance import MAP_SPREAD, Interval, compare, interval, widen
from claimledger.models import Check, Extraction, Quantity, Verdict

TERRITORY_SHARE = "territory_share.v1"
ORYX_COUNT = "oryx_count.v1"

_UKRAINE = re.compile(r"\bUkrain(?:e|e's|e’s|ian)\b", re.IGNORECASE)
_LAND = re.compile(r"\b(?:territory|territories|land|landmass|the country)\b", re.IGNORECASE)
_CONTROL = re.compile(
    r"\b(?:control(?:s|led)?|occup(?:y|ies|ied|ation)|holds?|held|seized|annexed)\b", re.IGNORECASE
)
_RUSSIA = re.compile(r"\bRussia(?:n|'s|’s)?\b|\bMoscow\b|\boccup(?:ied|ation|ying)\b", re.IGNORECASE)
_REGION = re.compile(
    r"\b(?:region|regions|oblast|province|Donetsk|Luhansk|Zaporizhzhia|Kherson|Donbas|Crimea)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\b(?:gained|gains?|additional|another|increase[sd]?|rose|grew|percentage points?|more than (?:in|at)|"
    r"since|in the past|over the past|so far this year|lost|recaptured|liberated)\b",
    re.IGNORECASE,
)
_FRACTION = re.compile(r"\b(?:half|third|quarter|fifth|sixth|tenth)s?\b", re.IGNORECASE)


def _share(q: Quantity) -> Interval | None:
    """A stated share as a percent interval: "about 19.8 percent", "nearly a fifth" (fractions as percent)."""
    if q.unit == "percent" or q.kind == "percent":
        return interval(q)
    if _FRACTION.search(q.text) and q.high <= 1:
        stated = interval(q)
        high = None if stated.high is None else stated.high * 100
        return Interval(stated.low * 100, high)
    return None


def _days(extraction: Extraction, q: Quantity, published: date) -> tuple[date, date, str] | None:
    windows = {
        w
        for t in extraction.times
        if t.sentence == q.sentence and (w := time_window(t, published)) is not None
    }
    if len(windows) > 1:
        return None
    if windows:
        w = windows.pop()
        return w.start, min(w.end, published), w.label
    return published - timedelta(days=1), published, "the day before and the day of publication"


def _territory_values(start: date, end: date) -> list[Decimal]:
    series = tables.territory()
    return [
        series[d] for d in (start + timedelta(days=n) for n in range((end - start).days + 1)) if d in series
    ]


def territory_share(extraction: Extraction) -> list[Check]:
    """Compare a stated share of Ukraine under Russian control with the ISW-based series."""
    checks: list[Check] = []
    published = extraction.document.published
    for q in extraction.quantities:
        stated = _share(q)
        sentence = context.sentence_text(extraction, q.sentence)
        if stated is None or not _is_territory(sentence):
            continue
        times = tuple(t.id for t in extraction.times if t.sentence == q.sentence)
        if published is None:
            why = f"'{q.text}' of Ukraine: the publication date is unknown, so the day of the map is too"
            checks.append(Check("", TERRITORY_SHARE, (q.id,), times, "unverifiable", why))
            continue
        span = _days(extraction, q, published)
        values = _territory_values(span[0], span[1]) if span else []
        if span is None or not values:
            why = f"the ISW-based series has no value for the day '{q.text}' refers to"
            checks.append(Check("", TERRITORY_SHARE, (q.id,), times, "unverifiable", why))
            continue
        series = Interval(min(values), max(values))
        verdict: Verdict = compare(stated, widen(series, MAP_SPREAD))  # type: ignore[assignment]
        words = {"consistent": "which matches", "inconsistent": "which does not match"}.get(
            verdict, "close to"
        )
        shown = _percent(series)
        explanation = (
            f"ISW maps put {shown}% of Ukraine under Russian control over {span[2]} "
            f"({span[0]} to {span[1]}; maps differ by up to {MAP_SPREAD} point), {words} '{q.text}'"
        )
        proof = (evidence("isw_territory", shown, span[0], span[1]),)
        checks.append(Check("", TERRITORY_SHARE, (q.id,), times, verdict, explanation, proof))
    return checks


def _percent(series: Interval) -> str:
    """A share range to two decimals.

    >>> _percent(Interval(Decimal("19.766"), Decimal("19.768")))
    '19.77'
    """
    low = series.low.quantize(Decimal("0.01"))
    high = (series.high or series.low).quantize(Decimal("0.01"))
    return f"{low}" if low == high else f"{low} to {high}"


def _is_territory(sentence: str) -> bool:
    return bool(
        _UKRAINE.search(sentence)
        and _LAND.search(sentence)
        and _CONTROL.search(sentence)
        and _RUSSIA.search(sentence)
        and not _REGION.search(sentence)
        and not _CHANGE.search(sentence)
    )


_ORYX = re.compile(r"\bOryx\b|visually confirmed|photographic(?:ally)? (?:evidence|confirmed)", re.IGNORECASE)
_ORYX_TYPES = (
    ("tank", re.compile(r"^(?:russian |ukrainian )?(?:main battle )?tanks$")),
    ("ifv", re.compile(r"^(?:russian |ukrainian )?infantry fighting vehicles$")),
    ("apc", re.compile(r"^(?:russian |ukrainian )?armou?red personnel carriers$")),
    ("aircraft", re.compile(r"^(?:russian |ukrainian )?(?:aircraft|warplanes|planes|jets)$")),
    ("helicopter", re.compile(r"^(?:russian |ukrainian )?helicopters$")),
)
ORYX_WINDOW_DAYS = 7


def _oryx_type(entity: str | None) -> str | None:
    word = " ".join((entity or "").lower().split())
    return next((kind for kind, pattern in _ORYX_TYPES if pattern.match(word)), None)


def oryx_count(extraction: Extraction) -> list[Check]:
    """Compare an equipment count attributed to Oryx with Oryx's cumulative count for that side and type."""
    checks: list[Check] = []
    published = extraction.document.published
    for q in extraction.quantities:
        kind = _oryx_type(q.entity)
        sentence = context.sentence_text(extraction, q.sentence)
        if kind is None or q.per or not _ORYX.search(sentence):
            continue
        side = context.side_of(sentence, q.start - context.sentence_start(extraction, q.sentence))
        if side is None:
            continue
        if published is None:
            why = f"'{q.text}' (Oryx): the publication date is unknown"
            checks.append(Check("", ORYX_COUNT, (q.id,), (), "unverifiable", why))
            continue
        dated = [
            t
            for t in extraction.times
            if t.sentence == q.sentence and t.kind == "date" and t.precision == "day"
        ]
        as_of = date.fromisoformat(dated[0].value or "") if len(dated) == 1 and dated[0].value else published
        checks.append(_oryx_check(q, side, kind, min(as_of, published)))
    return checks


_ADJECTIVE = {"russia": "Russian", "ukraine": "Ukrainian"}
_KIND_WORDS = {
    "tank": "tanks",
    "ifv": "infantry fighting vehicles",
    "apc": "armoured personnel carriers",
    "aircraft": "aircraft",
    "helicopter": "helicopters",
}


def _oryx_check(q: Quantity, side: str, kind: str, published: date) -> Check:
    kind_words = _KIND_WORDS[kind]
    start = published - timedelta(days=ORYX_WINDOW_DAYS)
    found = [tables.oryx_on(side, kind, d) for d in (start, published)]
    if any(f is None for f in found):
        covers = datasets()["oryx"]
        why = f"the Oryx series covers {covers.from_} to {covers.to}, not {start} to {published}"
        return Check("", ORYX_COUNT, (q.id,), (), "unverifiable", why)
    counts = [n for f in found if f is not None for n in [f[1]]]
    series = Interval(Decimal(min(counts)), Decimal(max(counts)))
    verdict: Verdict = compare(interval(q), series)  # type: ignore[assignment]
    words = {"consistent": "which matches", "inconsistent": "which does not match"}.get(verdict, "close to")
    explanation = (
        f"Oryx had visually confirmed {series.describe()} {_ADJECTIVE[side]} {kind_words} lost in the week to "
        f"{published}, {words} '{q.text}'"
    )
    proof = (evidence("oryx", series.describe(), start, published),)
    return Check("", ORYX_COUNT, (q.id,), (), verdict, explanation, proof)
