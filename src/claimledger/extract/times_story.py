"""Times counted from another time in the text: "Three days later", "The day before", "2 weeks before May 13".

The publication date is not their anchor. A count before a found day ("three days after Feb 24, 2022") is
resolved from that day; a story-relative time is resolved from the last written date shortly before it, and
only for counts of days and weeks ("Eight years later" usually counts from a year the text does not repeat).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from claimledger.extract.times_calendar import Candidate, Context, at_precision
from claimledger.extract.times_relative import AMOUNTS, amount_units, shifted

_STORY_DAY = re.compile(r"\b(?:the\s+)?(?:day|night)\s+(?P<dir>before|after)(?=\s*[,.;:!?)])")
_STORY_SHIFT = re.compile(
    rf"^(?:the\s+)?(?:(?:day|night)\s+(?P<dir>before|after)|(?P<mod>next|following|previous)\s+day"
    rf"|(?P<amounts>{AMOUNTS})\s+(?P<way>later|earlier))$"
)
_OFFSET_BEFORE = re.compile(rf"(?<![\d,.])\b(?P<amounts>{AMOUNTS})\s+(?:(?P<dir>before|after|from)\s+)?\Z")


def offset_from(ctx: Context, time: Candidate) -> Candidate | None:
    """A count of units before or after a found day: "2 weeks before May 13 1999", "3 days from Tuesday".

    ``time`` is a found day (with its preposition when it has one, as in "from January 15"); the result spans
    the count too, or is ``None`` when no count of units stands right before it.
    """
    written = ctx.lower[time.start : time.end]
    lead = "from" if written.startswith("from ") else None
    found = ctx.before(_OFFSET_BEFORE, time.start, 96)
    if found is None or (found.group("dir") is None) == (lead is None):
        return None
    direction = found.group("dir") or lead
    pairs = amount_units(found.group("amounts"))
    value = None
    if pairs and time.value is not None and time.precision == "day" and len(time.value) == 10:
        moved = shifted(date.fromisoformat(time.value), pairs, -1 if direction == "before" else 1)
        value = moved.isoformat() if moved is not None else None
    return Candidate(found.start(), time.end, value, "day", "relative")


def find_story(ctx: Context) -> Iterator[Candidate]:
    """A day counted from the story ("The day before," / "the day after."), anchored later to its last date."""
    for match in _STORY_DAY.finditer(ctx.lower):
        yield Candidate(match.start(), match.end(), None, "day", "relative")


def story_offset(ctx: Context, time: Candidate, anchor: Candidate) -> Candidate | None:
    """A story-relative time ("Three days later", "The day before") resolved from the day found before it.

    ``anchor`` is the last day-precision time before ``time``; the result is ``None`` when ``time`` is no
    story-relative expression or its count is vague.
    """
    found = _STORY_SHIFT.match(ctx.lower[time.start : time.end])
    if found is None or anchor.value is None or len(anchor.value) != 10:
        return None
    if found.group("amounts"):
        pairs = amount_units(found.group("amounts"))
        sign = 1 if found.group("way") == "later" else -1
    else:
        pairs = [(Decimal(1), "day")]
        sign = -1 if (found.group("dir") == "before" or found.group("mod") == "previous") else 1
    if (
        not pairs
        or time.precision is None
        or any(unit not in ("day", "week", "fortnight") for _, unit in pairs)
    ):
        return None
    moved = shifted(date.fromisoformat(anchor.value), pairs, sign)
    if moved is None:
        return None
    return Candidate(time.start, time.end, at_precision(moved, time.precision), time.precision, "relative")
