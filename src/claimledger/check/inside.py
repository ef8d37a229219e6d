"""Arithmetic inside the article: a percent change against its two values, parts against their sum.

* ``percent_change.v1``: "rose from 300 to 450, a 50% increase": a percentage in the same sentence as a
  "from A to B" figure and a word of direction (rose, fell, up, down, ...) is held against (B - A) / A for a rise
  and (A - B) / A for a fall. A sentence without a word of direction is left alone.
* ``parts_sum.v1``: "1,200 casualties, including 400 killed and 800 wounded" or "400 killed and 800 wounded, a
  total of 1,200": parts listed with "and" against the total. "Including" admits parts not listed, so only parts
  adding up to more than the total are called wrong; "of whom", "comprising", "a total of" and a colon list every
  part, so the sum must match.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimledger.check import context
from claimledger.check.tolerance import Interval, compare, interval
from claimledger.models import Check, Extraction, Quantity, Verdict

PERCENT_CHANGE = "percent_change.v1"
PARTS_SUM = "parts_sum.v1"

_D = Decimal
_FROM_TO = re.compile(r"^from\s+", re.IGNORECASE)
RISE = re.compile(
    r"\b(?:rose|rise|rises|rising|risen|increase[sd]?|increasing|up|grew|grown|grow|jump(?:ed|s)?|"
    r"surge[sd]?|climb(?:ed|s)?|more|higher|soar(?:ed|s)?)\b",
    re.IGNORECASE,
)
FALL = re.compile(
    r"\b(?:fell|fall|falls|falling|fallen|decrease[sd]?|decreasing|down|dropp?(?:ed|s)?|declined?|declines|"
    r"fewer|less|lower|shr[au]nk|plunged?|cut|reduced?)\b",
    re.IGNORECASE,
)
_WORDS = {"consistent": "which matches", "inconsistent": "which does not match"}


def change(before: Interval, after: Interval) -> Interval:
    """The percent change from ``before`` to ``after`` (both positive, bounded), as an interval.

    >>> change(Interval(Decimal(300), Decimal(300)), Interval(Decimal(450), Decimal(450)))
    Interval(low=Decimal('50.0'), high=Decimal('50.0'))
    """
    assert before.high is not None
    assert after.high is not None
    low = (after.low - before.high) / before.high * 100
    high = (after.high - before.low) / before.low * 100
    return Interval(low, high)


def _point(value: Decimal, like: Quantity) -> Interval:
    return interval(Quantity(like.id, like.start, like.end, like.text, value, value, approx=like.approx))


def percent_change(extraction: Extraction) -> list[Check]:
    """Compare "a 50% increase" with "from 300 to 450" in the same sentence."""
    checks: list[Check] = []
    for q in extraction.quantities:
        if q.kind != "percent":
            continue
        sentence = context.sentence_text(extraction, q.sentence)
        ranges = [
            r
            for r in extraction.quantities
            if r.sentence == q.sentence and _FROM_TO.match(r.text) and r.kind in ("count", "money", "measure")
        ]
        rise, fall = bool(RISE.search(sentence)), bool(FALL.search(sentence))
        if len(ranges) != 1 or rise == fall or ranges[0].low <= 0:
            continue
        checks.append(_change_check(q, ranges[0], rise))
    return checks


def _change_check(q: Quantity, pair: Quantity, rise: bool) -> Check:
    low, high = _point(pair.low, pair), _point(pair.high, pair)
    expected = change(low, high) if rise else change(high, low)
    if not rise:
        expected = Interval(-(expected.high or _D(0)), -expected.low)
    stated = interval(q)
    verdict: Verdict = compare(stated, expected)  # type: ignore[assignment]
    start, end = (pair.low, pair.high) if rise else (pair.high, pair.low)
    direction = "rise" if rise else "fall"
    explanation = (
        f"from {start:,} to {end:,} is a {direction} of {expected.describe()}%, {_WORDS.get(verdict, 'close to')} "
        f"'{q.text}'"
    )
    return Check("", PERCENT_CHANGE, (pair.id, q.id), (), verdict, explanation)


_EXHAUSTIVE_BEFORE = re.compile(
    r"(?::|\bof whom\b|\bof which\b|\bcomprising\b|\bmade up of\b)", re.IGNORECASE
)
_TOTAL_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?[\w-]*\s*(?:,|—|–)?\s*"
    r"(?:a total of|in total|totall?ing|altogether|adding up to|for a total of)\s*$",
    re.IGNORECASE,
)


def _joined_by_and(gap: str) -> bool:
    """Whether the words between two listed parts join them: "killed and", ", ", "wounded, plus".

    >>> _joined_by_and(" killed and "), _joined_by_and(" soldiers were sent to fight "), _joined_by_and(", ")
    (True, False, True)
    """
    words = re.findall(r"[\w'-]+|,", gap)
    joiners = [w for w in words if w.lower() in ("and", "plus", ",")]
    return len(gap) <= 40 and bool(joiners) and len(words) - len(joiners) <= 3


_PEOPLE = frozenset(
    [
        "casualties",
        "people",
        "soldiers",
        "troops",
        "civilians",
        "persons",
        "servicemen",
        "personnel",
        "killed",
        "wounded",
        "dead",
        "injured",
        "missing",
        "captured",
        "children",
        "women",
        "men",
        "adults",
    ]
)


def _head(entity: str | None) -> str | None:
    return entity.lower().split()[-1] if entity else None


def part_fits(total: Quantity, part: Quantity) -> bool:
    """Whether ``part`` can be a part of ``total``: it names nothing, the same thing, or people among people.

    >>> from decimal import Decimal as D
    >>> vehicles = Quantity("q1", 0, 1, "", D(400), D(400), entity="vehicles")
    >>> part_fits(vehicles, Quantity("q2", 0, 1, "", D(9), D(9), entity="armoured vehicles"))
    True
    >>> part_fits(vehicles, Quantity("q3", 0, 1, "", D(9), D(9), entity="boats"))
    False
    """
    part_head, total_head = _head(part.entity), _head(total.entity)
    if part_head is None or part_head == total_head:
        return True
    return total_head in _PEOPLE and part_head in _PEOPLE


def _parts_after(extraction: Extraction, total: Quantity, following: list[Quantity]) -> list[Quantity]:
    text = extraction.document.text
    parts: list[Quantity] = []
    for q in following:
        if not part_fits(total, q):
            break
        gap = text[(parts[-1].end if parts else total.end) : q.start]
        if not parts:
            if not re.search(r"\b(?:including|among them|of whom|of which|comprising|made up of)\b|:", gap):
                return []
            gap = re.sub(r"^.*?(?:including|among them|of whom|of which|comprising|made up of|:)", "", gap)
            if len(gap) > 30:
                return []
        elif not _joined_by_and(gap):
            break
        parts.append(q)
    return parts


def _parts_before(extraction: Extraction, total: Quantity, preceding: list[Quantity]) -> list[Quantity]:
    text = extraction.document.text
    if not preceding or not _TOTAL_AFTER.match(text[preceding[-1].end : total.start]):
        return []
    parts = [preceding[-1]]
    for q in reversed(preceding[:-1]):
        gap = text[q.end : parts[0].start]
        if not _joined_by_and(gap) or not part_fits(total, q):
            break
        parts.insert(0, q)
    return parts


def parts_sum(extraction: Extraction) -> list[Check]:
    """Compare parts listed with "including ... and ..." (or followed by "a total of") with their total."""
    checks: list[Check] = []
    counts = [q for q in extraction.quantities if q.kind == "count" and q.unit is None and q.per is None]
    used: set[str] = set()
    for total in counts:
        same = [q for q in counts if q.sentence == total.sentence and q.id not in used]
        following = [q for q in same if q.start >= total.end]
        parts = _parts_after(extraction, total, following)
        exhaustive = bool(parts) and bool(
            _EXHAUSTIVE_BEFORE.search(extraction.document.text[total.end : parts[0].start])
        )
        if len(parts) < 2:
            parts, exhaustive = (
                _parts_before(extraction, total, [q for q in same if q.end <= total.start]),
                True,
            )
        if len(parts) >= 2 and total.id not in used:
            used.update({total.id, *(p.id for p in parts)})
            checks.append(_sum_check(total, parts, exhaustive))
    return checks


def _sum_check(total: Quantity, parts: list[Quantity], exhaustive: bool) -> Check:
    pieces = [interval(p) for p in parts]
    highs = [p.high for p in pieces]
    summed = Interval(
        sum((p.low for p in pieces), _D(0)),
        None if any(h is None for h in highs) else sum((h for h in highs if h is not None), _D(0)),
    )
    stated = interval(total)
    verdict: Verdict = compare(summed, stated)  # type: ignore[assignment]
    if not exhaustive:
        # Parts not listed may make up the rest: only parts adding up to more than the total are wrong.
        verdict = compare(summed, Interval(_D(0), stated.high))  # type: ignore[assignment]
    listed = " + ".join(f"'{p.text}'" for p in parts)
    note = "" if exhaustive else " ('including' allows parts not listed)"
    explanation = (
        f"{listed} add up to {summed.describe()}, {_WORDS.get(verdict, 'close to')} '{total.text}'{note}"
    )
    return Check("", PARTS_SUM, (total.id, *(p.id for p in parts)), (), verdict, explanation)
