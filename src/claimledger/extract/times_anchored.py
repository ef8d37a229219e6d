"""Times counted from anchor events: war days ("day 1,000 of the war") and "since the full-scale invasion".

War days follow the General Staff numbering of the anchor table (24 February 2022 is day 1).
"since <event>" spans from the event's start, or from the end of a finished war ("since World War II").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from claimledger.extract.anchors import Anchor, load_anchors, war_day_date
from claimledger.extract.times_calendar import Candidate, Context, span

_WAR = (
    r"(?:the\s+|russia['’]s\s+)?(?:(?:full|large)[- ]scale\s+|russian\s+)?"
    r"(?:war|invasion|aggression|full[- ]scale\s+war)"
)
_WAR_DAY = re.compile(
    rf"\b(?:on\s+)?(?:(?:the\s+)?day\s+(?P<n>\d{{1,3}}(?:,\d{{3}})*|\d+)\s+of\s+{_WAR}"
    rf"|the\s+(?P<n2>\d{{1,3}}(?:,\d{{3}})*|\d+)(?:st|nd|rd|th)\s+day\s+of\s+{_WAR}"
    r"|key\s+events,?\s+(?:on\s+)?(?P<n3>[Dd]ay\s+(?P<n3n>\d{1,3}(?:,\d{3})*|\d+)))\b",
    re.IGNORECASE,
)
_SINCE_INVASION = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outset)\s+of\s+)?(?:the\s+|russia['’]s\s+|moscow['’]s\s+)"
    r"(?:full[- ]scale|large[- ]scale)\s+(?:invasion|war)(?:\s+of\s+ukraine)?"
    r"|\bsince\s+(?:russia|moscow|putin)\s+(?:launched\s+(?:its|a|the)\s+(?:full[- ]scale\s+)?invasion"
    r"|invaded(?:\s+ukraine)?)(?!\s+(?:in|on)\s+\d|\s+crimea|\s+in\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _since_war_pattern() -> re.Pattern[str]:
    aliases = sorted(
        {alias for anchor in load_anchors().anchors.values() for alias in anchor.aliases},
        key=len,
        reverse=True,
    )
    names = "|".join(re.escape(re.sub(r"^the\s+", "", alias, flags=re.IGNORECASE)) for alias in aliases)
    return re.compile(rf"\bsince\s+(?:the\s+end\s+of\s+)?(?P<the>the\s+)?(?P<name>{names})\b",
                      re.IGNORECASE)  # fmt: skip


_SINCE_ANCHOR = _since_war_pattern()


def find_anchored(ctx: Context) -> Iterator[Candidate]:
    """War days and spans since anchor events in ``ctx.text``."""
    for match in _WAR_DAY.finditer(ctx.text):
        written = match.group("n") or match.group("n2") or match.group("n3n")
        number = int(written.replace(",", ""))
        if number < 1 or (match.group("n3") and not match.group("n3")[0].isupper()):
            continue
        start = match.start("n3") if match.group("n3") else match.start()
        yield Candidate(start, match.end(), war_day_date(number).isoformat(), "day", "war_day")
    invasion = load_anchors().anchors["full_scale_invasion"]
    for match in _SINCE_INVASION.finditer(ctx.text):
        yield _since(ctx, match, invasion.start)
    for match in _SINCE_ANCHOR.finditer(ctx.text):
        anchor = load_anchors().by_alias(match.group("name"))
        if anchor is not None:
            yield _since(ctx, match, _since_date(anchor))


def _since_date(anchor: Anchor) -> date:
    """A finished war counts from its end ("the biggest war since WWII"); an event from its start."""
    return anchor.end or anchor.start


def _since(ctx: Context, match: re.Match[str], first: date) -> Candidate:
    published = ctx.published
    value = span(first, published) if published is not None and published >= first else None
    return Candidate(match.start(), match.end(), value, "day", "span")
