"""Date arithmetic: a war-day count against the calendar date the same sentence (or the dateline) gives."""

from __future__ import annotations

from datetime import date

from claimledger.extract.anchors import load_anchors, war_day_number
from claimledger.extract.anchors import war_day_date as calendar_date
from claimledger.models import Check, Evidence, Extraction, TimeMention, Verdict

WAR_DAY_DATE = "war_day_date.v1"


def _anchor_evidence() -> Evidence:
    """The war-day numbering these checks rest on, with the anchor table's version."""
    table = load_anchors()
    return Evidence(
        dataset="anchors/war_day_general_staff",
        version=table.version,
        value=calendar_date(1).isoformat(),
        from_=None,
        to=None,
    )


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
                    (_anchor_evidence(),),
                )
            )
            continue
        actual = war_day_number(anchor)
        expected_date = calendar_date(number)
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
        checks.append(Check("", WAR_DAY_DATE, (), times, verdict, explanation, (_anchor_evidence(),)))
    return checks
