"""Durations against the calendar: "longer than the First World War lasted", "18 months since the fall of Avdiivka".

* ``duration_comparison.v1``: a sentence about the war (or the invasion) that says it has lasted longer than (or
  as long as) a historical war or battle in the facts table is held against the days from 24 February 2022 to the
  publication date;
* ``elapsed_since.v1``: a duration followed by "since"/"after" and a key war date of the facts table ("two years
  since the full-scale invasion") is held against the calendar from that date to the publication date.

Both need the publication date; without it they say ``unverifiable``.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from claimledger.check import context, tables
from claimledger.check.refdata import evidence
from claimledger.check.tolerance import Interval, compare, interval
from claimledger.models import Check, Extraction, Quantity, Verdict

DURATION_COMPARISON = "duration_comparison.v1"
ELAPSED_SINCE = "elapsed_since.v1"

_D = Decimal
_WAR = re.compile(
    r"\b(?:the |this |russia's |russia’s )?(?:full[- ]scale )?(?:war|invasion|conflict)\b", re.I
)
_LONGER = re.compile(
    r"\b(?:(lasted |gone on |run |been going on |now )?longer than|outlast(?:ed|s|ing)?|as long as|"
    r"(?:surpass|exceed)(?:ed|es|ing)? the (?:length|duration) of)\s+(?:the\s+)?(?:whole\s+|entire\s+)?",
    re.IGNORECASE,
)
_UNIT_DAYS = {
    "day": Interval(_D(1), _D(1)),
    "week": Interval(_D(7), _D(7)),
    "month": Interval(_D("28"), _D("31")),
    "year": Interval(_D(365), _D(366)),
}


def _event_after(sentence: str, start: int) -> dict[str, Any] | None:
    tail = sentence[start : start + 60].lower()
    for row in tables.facts()["durations"]:
        if any(tail.startswith((alias, "soviet union's " + alias)) for alias in row["aliases"]):
            return row
    return None


def _days(row: dict[str, Any]) -> int:
    return (date.fromisoformat(row["to"]) - date.fromisoformat(row["from"])).days + 1


def duration_comparison(extraction: Extraction) -> list[Check]:
    """Compare "the war has lasted longer than the First World War" with the calendar."""
    checks: list[Check] = []
    published = extraction.document.published
    for index in range(len(extraction.sentences)):
        sentence = context.sentence_text(extraction, index)
        for match in _LONGER.finditer(sentence):
            event = _event_after(sentence, match.end())
            if event is None or not _WAR.search(sentence[: match.start()]):
                continue
            times = tuple(t.id for t in extraction.times if t.sentence == index)
            checks.append(_comparison(event, match.group(0).strip().lower(), published, times))
    return checks


def _comparison(event: dict[str, Any], phrase: str, published: date | None, times: tuple[str, ...]) -> Check:
    proof = (evidence("facts", f"durations/{event['key']}", event["from"], event["to"]),)
    lasted = _days(event)
    if published is None:
        why = (
            f"{event['name']} lasted {lasted:,} days; without a publication date the war's length is unknown"
        )
        return Check("", DURATION_COMPARISON, (), times, "unverifiable", why, proof)
    war = (published - tables.INVASION).days + 1
    verdict: Verdict
    if abs(war - lasted) <= 1:
        verdict = "unverifiable"
    elif phrase.startswith("as long as"):
        verdict = "consistent" if war >= lasted else "inconsistent"
    else:
        verdict = "consistent" if war > lasted else "inconsistent"
    relation = "longer than" if war > lasted else "shorter than" if war < lasted else "as long as"
    why = (
        f"by {published} the full-scale war had lasted {war:,} days, {relation} {event['name']} "
        f"({event['from']} to {event['to']}, {lasted:,} days)"
    )
    return Check("", DURATION_COMPARISON, (), times, verdict, why, proof)


_SINCE = re.compile(r"^\s*(?:have passed |has passed |on |in )?(?:since|after)\s+(?:the\s+)?", re.IGNORECASE)


def _war_date_after(tail: str) -> dict[str, Any] | None:
    lowered = tail.lower()
    for row in tables.facts()["war_dates"]:
        aliases = [a.removeprefix("the ") for a in row["aliases"]]
        if any(lowered.startswith(alias) for alias in aliases):
            return row
    return None


def elapsed_since(extraction: Extraction) -> list[Check]:
    """Compare "two years since the full-scale invasion" with the calendar up to the publication date."""
    text = extraction.document.text
    checks: list[Check] = []
    for q in extraction.quantities:
        if q.kind != "duration" or q.unit not in _UNIT_DAYS:
            continue
        link = _SINCE.match(text[q.end : q.end + 40])
        event = _war_date_after(text[q.end + link.end() : q.end + link.end() + 60]) if link else None
        if event is None:
            continue
        checks.append(_elapsed(extraction, q, event))
    return checks


def _anchor(extraction: Extraction, q: Quantity) -> tuple[date, str] | None:
    """The day a duration is counted to: a single calendar date in its sentence, else the publication date."""
    dates = [
        t
        for t in extraction.times
        if t.sentence == q.sentence and t.kind == "date" and t.precision == "day" and t.value
    ]
    if len(dates) == 1:
        return date.fromisoformat(dates[0].value or ""), f"'{dates[0].text}'"
    if dates or extraction.document.published is None:
        return None
    return extraction.document.published, "publication"


def _elapsed(extraction: Extraction, q: Quantity, event: dict[str, Any]) -> Check:
    proof = (evidence("facts", f"war_dates/{event['key']}", event["date"], event["date"]),)
    times = tuple(t.id for t in extraction.times if t.sentence == q.sentence)
    anchor = _anchor(extraction, q)
    if anchor is None:
        why = f"{event['name']} was on {event['date']}; the day '{q.text}' is counted to is unknown"
        return Check("", ELAPSED_SINCE, (q.id,), times, "unverifiable", why, proof)
    day, label = anchor
    days = (day - date.fromisoformat(event["date"])).days
    if days < 0:
        why = f"{label} ({day}) falls before {event['name']} ({event['date']}): the date is probably misread"
        return Check("", ELAPSED_SINCE, (q.id,), times, "unverifiable", why, proof)
    unit = q.unit or "day"
    elapsed = Interval(_D(days), _D(days)) / _UNIT_DAYS[unit]
    stated = interval(q)
    if q.approx is None and unit in ("month", "year"):
        # "two years since" is said from the anniversary until the next one: a whole count means at least that.
        stated = Interval(q.low, q.high + 1)
    verdict: Verdict = compare(stated, elapsed)  # type: ignore[assignment]
    why = f"{event['name']} was on {event['date']}, {days:,} days ({elapsed.describe()} {unit}s) before {label} ({day})"
    words = {"consistent": "which matches", "inconsistent": "which does not match"}.get(verdict, "close to")
    return Check("", ELAPSED_SINCE, (q.id,), times, verdict, f"{why}, {words} '{q.text}'", proof)
