"""Month-over-month changes against the General Staff series: "losses of tanks fell 30% in October from September".

A percentage in a sentence that names exactly two months, a word of direction (rose, fell, ...), one counted thing
of the series ("soldiers", "tanks", ...) and Russia's losses (the side and source cues of
:mod:`claimledger.check.series`) is held against the change between the two months' totals, the earlier month being
the base. The UK MoD's monthly figures are shown beside it for personnel. Months not fully covered by the series, or
not over by the publication date, give ``unverifiable``.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from claimledger.check import context, tables
from claimledger.check.inside import FALL, RISE, change
from claimledger.check.refdata import evidence
from claimledger.check.series import NOUN, about_losses
from claimledger.check.tolerance import Interval, compare, interval
from claimledger.models import Check, Evidence, Extraction, Quantity, TimeMention, Verdict

LOSS_CHANGE = "loss_change.v1"

_D = Decimal
_NOUNS = (
    (
        "personnel",
        re.compile(r"\b(?:soldiers?|troops|personnel|servicem[ae]n|casualt(?:y|ies))\b", re.IGNORECASE),
    ),
    ("tank", re.compile(r"\btanks?\b", re.IGNORECASE)),
    ("artillery", re.compile(r"\bartillery\b", re.IGNORECASE)),
    ("drone", re.compile(r"\b(?:drones?|UAVs?)\b", re.IGNORECASE)),
    (
        "apc",
        re.compile(r"\barmou?red (?:combat |fighting |personnel )?(?:vehicles|carriers)\b", re.IGNORECASE),
    ),
)


def _column(sentence: str) -> str | None:
    found = {column for column, pattern in _NOUNS if pattern.search(sentence)}
    return found.pop() if len(found) == 1 else None


def _months(extraction: Extraction, q: Quantity) -> tuple[TimeMention, TimeMention] | None:
    months = {
        t.value: t
        for t in extraction.times
        if t.sentence == q.sentence
        and t.precision == "month"
        and t.value
        and re.fullmatch(r"\d{4}-\d{2}", t.value)
    }
    if len(months) != 2:
        return None
    first, second = sorted(months)
    return months[first], months[second]


def loss_change(extraction: Extraction) -> list[Check]:
    """Compare "rose 10% in October from September" with the two months of the General Staff series."""
    checks: list[Check] = []
    published = extraction.document.published
    for q in extraction.quantities:
        if q.kind != "percent" or published is None:
            continue
        sentence = context.sentence_text(extraction, q.sentence)
        months = _months(extraction, q)
        column = _column(sentence)
        rise, fall = bool(RISE.search(sentence)), bool(FALL.search(sentence))
        if months is None or column is None or rise == fall:
            continue
        source = context.source_of(sentence)
        offset = q.start - context.sentence_start(extraction, q.sentence)
        side = context.side_of(sentence, offset) or ("russia" if source == "general_staff" else None)
        if side != "russia" or source in ("other", "uk_mod") or not about_losses(sentence, source):
            continue
        checks.append(_change_check(q, months, column, rise, published))
    return checks


def _month_total(column: str, value: str) -> tuple[int | None, date, date]:
    window = context.month_window(int(value[:4]), int(value[5:]), value)
    return tables.general_staff().window(column, window.start, window.end), window.start, window.end


def _change_check(
    q: Quantity, months: tuple[TimeMention, TimeMention], column: str, rise: bool, published: date
) -> Check:
    times = (months[0].id, months[1].id)
    (before, start, _), (after, _, end) = (_month_total(column, m.value or "") for m in months)
    if before is None or after is None or before <= 0 or end >= published:
        why = f"the General Staff series does not cover both whole months {months[0].value} and {months[1].value}"
        return Check("", LOSS_CHANGE, (q.id,), times, "unverifiable", why)
    expected = change(Interval(_D(before), _D(before)), Interval(_D(after), _D(after)))
    verdict: Verdict = compare(_as_multiplier(interval(q), rise), _shift(expected))  # type: ignore[assignment]
    words = {"consistent": "which matches", "inconsistent": "which does not match"}.get(verdict, "close to")
    explanation = (
        f"the General Staff counted {before:,} Russian {NOUN[column]} in {months[0].value} and {after:,} in "
        f"{months[1].value}, a change of {expected.describe()}%, {words} '{q.text}'"
    )
    proof: tuple[Evidence, ...] = (evidence("gs_losses", f"{before} -> {after}", start, end),)
    return Check("", LOSS_CHANGE, (q.id,), times, verdict, explanation, proof)


def _as_multiplier(stated: Interval, rise: bool) -> Interval:
    """A stated rise or fall in percent as the multiplier of the base, in percent ("fell 30%" is 70).

    >>> _as_multiplier(Interval(Decimal(30), Decimal(30)), False), _as_multiplier(Interval(Decimal(30), None), False)
    (Interval(low=Decimal('70'), high=Decimal('70')), Interval(low=Decimal('0'), high=Decimal('70')))
    """
    if rise:
        return _shift(stated)
    low = Decimal(0) if stated.high is None else max(Decimal(0), 100 - stated.high)
    return Interval(low, 100 - stated.low)


def _shift(value: Interval) -> Interval:
    """Percent changes run from -100; compare them as multipliers (0 and up), where the tolerance policy applies.

    >>> _shift(Interval(Decimal(-25), Decimal(-25)))
    Interval(low=Decimal('75'), high=Decimal('75'))
    """
    return Interval(value.low + 100, None if value.high is None else value.high + 100)
