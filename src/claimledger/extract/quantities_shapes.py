"""Shapes a quantity takes beyond "number + noun": factors, ages, compound durations, "over" as "during".

:func:`claimledger.extract.quantities.extract_quantities` grows every number atom into a :class:`Draft`; the
helpers here recognise the shapes that change its unit or kind ("three times as many" is a ratio, "Ivanov, 48,"
an age in years, "an hour and 46 minutes" 106 minutes) so that the main module stays a readable pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from claimledger.extract.numbers import parse_words
from claimledger.extract.quantities_atoms import UNIT, Number, is_multiplier
from claimledger.models import Approx, QuantityKind

_TIMES = re.compile(
    r"\s+times\b(?=\s+(?:as|more|less|fewer|higher|lower|larger|bigger|greater|smaller|longer|the|that|than|"
    r"over|what|its|their)\b)",
    re.IGNORECASE,
)
_FOLD = re.compile(r"-?fold\b", re.IGNORECASE)
_A_UNIT = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s+(?:ago|after|later|earlier|before)\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages?\s+of|age\s+of|younger\s+than|older\s+than)\s+(?:between\s+)?$", re.IGNORECASE
)
_AGE_AFTER = re.compile(r"\s+(?:and|or)\s+(?:older|over)\b|\s*-?\s*years?[\s-]old\b", re.IGNORECASE)
_NAME_COMMA = re.compile(r"\b[A-Z][\w’'.-]+,\s*$")
# A first name and a surname, then an age, then a verb: an age written without its commas.
_FULL_NAME = re.compile(r"(?<![\w.])(?-i:[A-Z][a-z]+\s+[A-Z][a-z’'-]+)\s+$")
_VERB_AFTER = re.compile(r"\s+(?:has|had|is|was|who|said|says|will|would|died|lives|became)\b")
_COMMA_AFTER = re.compile(r"\s*,\s+(?!and\b|or\b|\d)")
_VAGUE_OF = re.compile(r"\s+of(?=\s)", re.IGNORECASE)
_DURING = re.compile(
    r"\b(?:for|of|after|than|lasting|lasted|lasts|took|takes|spent|spend|been|be|is|are|was|were|just|well|in)\s+$",
    re.IGNORECASE,
)
_HOURS_AND = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+)?hours?\s+and\s+$", re.IGNORECASE
)


@dataclass(slots=True)
class Draft:
    """A quantity being grown around its number atom; offsets into the text."""

    start: int
    end: int
    low: Decimal
    high: Decimal
    approx: Approx | None = None
    unit: str | None = None
    entity: str | None = None
    per: str | None = None
    kind: QuantityKind = "count"


def anchored_duration(text: str, first: Number) -> bool:
    """ "a year after the outbreak", "an hour later": a duration measured from an event."""
    unit = UNIT.match(text, first.end)
    if unit is None or (unit.group("dur") or unit.group("dur2") or "").lower() == "second":
        return False  # "a second missile" is an ordinal
    return bool(_RELATIVE_AFTER.match(text, unit.end()))


def grow_multiplier(text: str, draft: Draft, first: Number) -> bool:
    """ "three times as many", "sixfold", "twice as high": a factor, kind ratio (grown in place)."""
    said = _TIMES.match(text, draft.end) or _FOLD.match(text, draft.end)
    if draft.kind != "count" or (said is None and not is_multiplier(first)):
        return False
    draft.kind, draft.unit = "ratio", "ratio"
    if said is not None:
        draft.end = said.end()
    return True


def mark_age(text: str, draft: Draft, first: Number) -> None:
    """ "Ivanov, 48, is", "aged 65 and older", "younger than 40": an age in years."""
    if draft.kind != "count" or draft.entity is not None or draft.high > 120 or draft.low < 1:
        return
    if draft.low != draft.low.to_integral_value():
        return
    before = max(0, first.start - 24)
    worded = _AGE_BEFORE.search(text, before, first.start) or _AGE_AFTER.match(text, first.end)
    if worded is None and draft.approx is None and draft.start == first.start:
        named = _NAME_COMMA.search(text, before, first.start)
        worded = named if named and _COMMA_AFTER.match(text, draft.end) else None
    if worded is None and draft.approx is None and draft.start == first.start and 15 <= draft.low < 100:
        named = _FULL_NAME.search(text, max(0, first.start - 40), first.start)  # "Nick Hague 44 has spent"
        worded = named if named and _VERB_AFTER.match(text, draft.end) else None
    if worded is not None:
        draft.unit, draft.kind = "year", "duration"


def over_means_during(text: str, hedge: re.Match[str], draft: Draft) -> bool:
    """ "over" before a duration is "during" unless a verb or preposition asks for a length ("for over a year")."""
    if hedge.group().strip().lower() != "over":
        return False
    unit = UNIT.match(text, draft.end)
    if unit is None or not (unit.group("dur") or unit.group("dur2")):
        return False
    return not _DURING.search(text, max(0, hedge.start() - 12), hedge.start())


def vague_unit(text: str, draft: Draft) -> re.Match[str] | None:
    """ "thousands of kilometers", "hundreds of hours": a vague magnitude of a unit."""
    of = _VAGUE_OF.match(text, draft.end) if draft.approx == "vague" else None
    return None if of is None else UNIT.match(text, of.end())


def add_hours(text: str, draft: Draft) -> None:
    """ "an hour and 46 minutes" = 106 minutes: a compound duration in its smallest unit."""
    if draft.unit != "minute" or draft.low != draft.high:
        return
    hours = _HOURS_AND.search(text, max(0, draft.start - 24), draft.start)
    if hours is None:
        return
    count = hours.group("n")
    value = parse_words(count) if count and count.lower() not in ("a", "an") else Decimal(1)
    if value is not None:
        draft.low = draft.high = draft.low + 60 * value
        draft.start = hours.start()


def part_of_duration(text: str, end: int) -> re.Match[str] | None:
    """The time unit of "half a year", "a third of an hour": a fraction of one unit is a duration.

    >>> part_of_duration("half a year ago", 4).group().strip()
    'year'
    >>> part_of_duration("half a million", 4) is None
    True
    """
    article = _A_UNIT.match(text, end)
    unit = UNIT.match(text, article.end()) if article else None
    return unit if unit is not None and (unit.group("dur") or unit.group("dur2")) else None
