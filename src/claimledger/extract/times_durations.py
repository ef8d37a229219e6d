"""Durations ("three years", "48-hour", "an hour and a half", "several days") and their link to a time.

Durations are quantities in the contract (the quantities layer emits them); the time layer finds them to
link a count of days to the date it counts from or to ("1,000 days since the invasion", "1,000 days on
Nov. 19").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from claimledger.extract.times_words import AMOUNT, amount_value
from claimledger.models import Quantity, TimeMention

_UNITS: dict[str, tuple[str, int]] = {
    "h": ("hour", 1), "hr": ("hour", 1), "hrs": ("hour", 1), "hour": ("hour", 1), "hours": ("hour", 1),
    "min": ("minute", 1), "mins": ("minute", 1), "minute": ("minute", 1), "minutes": ("minute", 1),
    "sec": ("second", 1), "secs": ("second", 1), "second": ("second", 1), "seconds": ("second", 1),
    "day": ("day", 1), "days": ("day", 1), "week": ("week", 1), "weeks": ("week", 1),
    "fortnight": ("week", 2), "fortnights": ("week", 2), "month": ("month", 1), "months": ("month", 1),
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10),
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD_UNIT = r"hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|fortnights?|months?|years?|decades?"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_HALF = r"(?:\s+and\s+(?:a\s+)?half)"
_DURATION = re.compile(
    rf"(?<![\w.,])(?P<digits>{_DIGITS})(?:\s*|-)(?P<dunit>{_UNIT})(?![\w-])"
    rf"|\b(?P<words>(?:{AMOUNT}){_HALF}?)[\s-]+(?P<wunit>{_WORD_UNIT})(?P<half>{_HALF})?\b(?!-)"
    rf"|\b(?P<halfpre>(?:a\s+)?half(?:\s+an?)?)\s+(?P<hunit>{_WORD_UNIT}|business\s+days?)\b"
    rf"|\b(?P<whole>all|full|another)[\s-](?P<aunit>day|week|month|year)\b",
    re.IGNORECASE,
)
_COMPOUND_GAP = re.compile(r",?\s+(?:and\s+)?$")
#: "a day" right after a count is a rate ("1,000 soldiers a day"), not a duration.
_ARTICLE_CONTEXT = re.compile(
    r"(?:^|\b(?:for|in|within|over|after|than|about|nearly|almost|just|only|least|of|around|roughly|past|last"
    r"|once|once\s+in|lasted|last|spent|took|takes|wait|another|up\s+to)\s+)$",
    re.IGNORECASE,
)
_LINK_GAP = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:full[- ]scale\s+)?(?:war|fighting|invasion|occupation|siege)\s*)?,?\s*"
    r"(?P<word>since|after|from|before|until|till|to|by|on|as\s+of)\s*$",
    re.IGNORECASE,
)
_LINK_RELATION = {"since": "from", "after": "from", "from": "from"}


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time: ``low``/``high`` ``None`` when vague ("several days"); ``unit`` as in the contract."""

    start: int
    end: int
    text: str
    low: Decimal | None
    high: Decimal | None
    unit: str


def find_durations(text: str) -> list[Duration]:
    """Every duration of ``text``, adjacent parts joined ("2 years 1 month 21 days" is one duration).

    >>> [(d.text, d.low, d.unit) for d in find_durations("for 3.5 years, then a 48-hour truce")]
    [('3.5 years', Decimal('3.5'), 'year'), ('48-hour', Decimal('48'), 'hour')]
    """
    found: list[Duration] = []
    for match in _DURATION.finditer(text):
        duration = _duration(text, match)
        if duration is None:
            continue
        if found and _COMPOUND_GAP.fullmatch(text[found[-1].end : duration.start] + " "):
            previous = found.pop()
            duration = Duration(previous.start, duration.end, text[previous.start : duration.end], None, None,
                                duration.unit)  # fmt: skip
        found.append(duration)
    return found


def _duration(text: str, match: re.Match[str]) -> Duration | None:
    amount: Decimal | None
    if match.group("digits"):
        amount, (unit, factor) = (
            Decimal(match.group("digits").replace(",", "")),
            _UNITS[match.group("dunit").lower()],
        )
    elif match.group("words"):
        words = match.group("words")
        unit, factor = _UNITS[match.group("wunit").lower()]
        amount = amount_value(re.sub(_HALF, "", words, flags=re.IGNORECASE))
        if words.lower() in ("a", "an") and not _ARTICLE_CONTEXT.search(
            text[max(0, match.start() - 20) : match.start()]
        ):
            return None
        if amount is not None and (match.group("half") or re.search(_HALF, words, re.IGNORECASE)):
            amount += Decimal("0.5")
    elif match.group("halfpre"):
        if "business" in match.group("hunit").lower():
            return None
        amount, (unit, factor) = Decimal("0.5"), _UNITS[match.group("hunit").lower()]
    else:
        amount, (unit, factor) = Decimal(1), _UNITS[match.group("aunit").lower()]
    value = amount * factor if amount is not None else None
    return Duration(match.start(), match.end(), match.group(), value, value, unit)


def link_durations(
    text: str, quantities: Sequence[Quantity], times: Sequence[TimeMention]
) -> list[tuple[str, str, str]]:
    """(quantity id, time id, "from" or "to") for each duration the text ties to a time that follows it.

    "1,000 days since the invasion" counts from the time; "1,000 days on Nov. 19" counts to it.

    >>> q = Quantity("q1", 4, 14, "1,000 days", Decimal(1000), Decimal(1000), unit="day", kind="duration")
    >>> t = TimeMention("t1", 15, 25, "on Nov. 19", "2024-11-19", "day", "date")
    >>> link_durations("War 1,000 days on Nov. 19", [q], [t])
    [('q1', 't1', 'to')]
    """
    links: list[tuple[str, str, str]] = []
    for quantity in quantities:
        if quantity.kind != "duration":
            continue
        for time in times:
            if time.start < quantity.end or time.start - quantity.end > 60:
                continue
            gap = text[quantity.end : time.start] + text[time.start : time.end].split(" ", 1)[0]
            linked = _LINK_GAP.match(gap) or _LINK_GAP.match(text[quantity.end : time.start])
            if linked:
                links.append((quantity.id, time.id, _LINK_RELATION.get(linked.group("word").lower(), "to")))
                break
    return links
