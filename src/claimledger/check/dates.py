"""Date arithmetic: a war-day count against the calendar date the same sentence (or the dateline) gives."""

from __future__ import annotations

from datetime import date, timedelta

from claimledger.models import Check, Evidence, Extraction, TimeMention, Verdict

WAR_DAY_DATE = "war_day_date.v1"

FULL_SCALE_INVASION = date(2022, 2, 24)
"""Day 1 of the war in Ukraine's General Staff numbering (its daily reports count 24 Feb 2022 as day 1)."""

ANCHOR_EVIDENCE = Evidence(
    dataset="anchors/full-scale-invasion",
    version="1",
    value=FULL_SCALE_INVASION.isoformat(),
    from_=None,
    to=None,
)


def war_day_number(day: date) -> int:
    """The General Staff's day number of ``day``.

    >>> war_day_number(date(2024, 11, 19))
    1000
    """
    return (day - FULL_SCALE_INVASION).days + 1


def _stated_day(mention: TimeMention) -> int | None:
    digits = "".join(ch for ch in mention.text if ch.isdigit())
    return int(digits) if digits else None


def war_day_date(extraction: Extraction) -> list[Check]:
    """Compare "day 1,000 of the war" with a calendar date in the same sentence, else the publication date."""
    checks: list[Check] = []
    for mention in extraction.times:
        if mention.kind != "war_day":
            continue
        number = _stated_day(mention)
        if number is None:
            continue
        same = [
            t
            for t in extraction.times
            if t.sentence == mention.sentence and t.kind == "date" and t.precision == "day" and t.value
        ]
        times: tuple[str, ...]
        if same:
            anchor, label, times = (
                date.fromisoformat(same[0].value or ""),
                f"'{same[0].text}'",
                (mention.id, same[0].id),
            )
        elif extraction.document.published is not None:
            anchor, label, times = extraction.document.published, "the publication date", (mention.id,)
        else:
            checks.append(
                Check(
                    "",
                    WAR_DAY_DATE,
                    (),
                    (mention.id,),
                    "unverifiable",
                    f"'{mention.text}' names no date and the publication date is unknown",
                    (ANCHOR_EVIDENCE,),
                )
            )
            continue
        actual = war_day_number(anchor)
        expected_date = FULL_SCALE_INVASION + timedelta(days=number - 1)
        verdict: Verdict
        if abs(actual - number) <= 1:
            verdict = "consistent"
            note = "" if actual == number else " (one day off: some outlets count 24 February 2022 as day 0)"
            explanation = f"{label} ({anchor.isoformat()}) is day {actual:,} of the full-scale war{note}"
        elif same:
            verdict = "inconsistent"
            explanation = (
                f"day {number:,} of the war fell on {expected_date.isoformat()}, but {label} is "
                f"{anchor.isoformat()}, day {actual:,}"
            )
        else:
            verdict = "unverifiable"
            explanation = (
                f"day {number:,} of the war fell on {expected_date.isoformat()}; the article, published "
                f"{anchor.isoformat()} (day {actual:,}), may be looking back, so this is not called wrong"
            )
        checks.append(Check("", WAR_DAY_DATE, (), times, verdict, explanation, (ANCHOR_EVIDENCE,)))
    return checks
