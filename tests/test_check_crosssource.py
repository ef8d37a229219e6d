"""Other sources in the ledger: the same claim type, side and period in documents near the same date."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from claimledger.check import check
from claimledger.check.crosssource import OTHER_SOURCES, other_sources
from claimledger.ingest.documents import make_document
from claimledger.models import Claim, ClaimSource, Extraction, Quantity, TimeMention


def article(text: str, figure: str, low: str, published: date | None, origin: str) -> Extraction:
    start = text.index(figure)
    q = Quantity(
        "q1", start, start + len(figure), figure, Decimal(low), Decimal(low), None, None, "soldiers", "day"
    )
    t = TimeMention("t1", 0, 1, "in October", "2025-10", "month", "month")
    claim = Claim(
        "c1",
        0,
        len(text),
        ("q1",),
        (),
        ("t1",),
        ClaimSource("author", "author"),
        "russia",
        "casualty_rate",
        0.9,
    )
    document = make_document(
        text, origin=origin, published=published, published_from="user" if published else None
    )
    return Extraction(document, (), (q,), (t,), (), (claim,))


class Shelf:
    """A stand-in for the ledger: a list of stored extractions."""

    def __init__(self, *stored: Extraction) -> None:
        self.stored = stored

    def published_between(
        self, first: date, last: date, *, about: Collection[tuple[str, str]] | None = None
    ) -> Iterator[Extraction]:
        return iter(
            [
                e
                for e in self.stored
                if e.document.published
                and first <= e.document.published <= last
                and (about is None or any((c.type, c.side) in about for c in e.claims))
            ]
        )


MINE = article(
    "Russia lost 1,000 soldiers a day in October.", "1,000 soldiers a day", "1000", date(2025, 11, 3), "a"
)


@pytest.mark.parametrize(
    ("figure", "low", "published", "expected"),
    [
        ("1,010 soldiers a day", "1010", date(2025, 11, 2), "consistent"),
        ("3,000 soldiers a day", "3000", date(2025, 11, 4), "unverifiable"),
    ],
)
def test_listed_with_their_figures(figure: str, low: str, published: date, expected: str) -> None:
    theirs = article(f"Russia lost {figure} in October.", figure, low, published, "b")
    found = other_sources(MINE, Shelf(MINE, theirs))
    assert [k.verdict for k in found] == [expected]
    assert figure in found[0].explanation
    assert found[0].evidence[0].version == theirs.document.id


@pytest.mark.parametrize(
    "change",
    [
        {"published": date(2025, 10, 1)},  # too far apart
        {"side": "ukraine"},  # the other side
        {"period": "2025-09"},  # another month
    ],
)
def test_other_claims_are_not_listed(change: dict[str, object]) -> None:
    theirs = article(
        "Russia lost 1,010 soldiers a day in October.",
        "1,010 soldiers a day",
        "1010",
        change.get("published", date(2025, 11, 2)),
        "b",
    )  # type: ignore[arg-type]
    if "side" in change:
        theirs = replace(theirs, claims=(replace(theirs.claims[0], side=change["side"]),))
    if "period" in change:
        theirs = replace(theirs, times=(replace(theirs.times[0], value=change["period"]),))
    assert other_sources(MINE, Shelf(theirs)) == []


def test_check_takes_the_ledger_as_an_option() -> None:
    theirs = article(
        "Russia lost 1,010 soldiers a day in October.", "1,010 soldiers a day", "1010", date(2025, 11, 2), "b"
    )
    assert OTHER_SOURCES in check(MINE, ledger=Shelf(theirs)).components["checks"]
    assert OTHER_SOURCES not in check(MINE).components["checks"]
    undated = article(
        "Russia lost 1,000 soldiers a day in October.", "1,000 soldiers a day", "1000", None, "c"
    )
    assert other_sources(undated, Shelf(theirs)) == []
