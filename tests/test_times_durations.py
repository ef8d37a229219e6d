"""Durations found by the time layer, and their link to the time they count from or to."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claimledger.extract.times import extract_times
from claimledger.extract.times_durations import find_durations, link_durations
from claimledger.models import Quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war has lasted three years.", [("three years", Decimal(3), "year")]),
        ("a 48-hour ceasefire", [("48-hour", Decimal(48), "hour")]),
        ("for an hour and a half", [("an hour and a half", Decimal("1.5"), "hour")]),
        ("within two and a half hours", [("two and a half hours", Decimal("2.5"), "hour")]),
        ("for half an hour", [("half an hour", Decimal("0.5"), "hour")]),
        ("over two decades", [("two decades", Decimal(20), "year")]),
        ("for a fortnight", [("a fortnight", Decimal(2), "week")]),
        ("after 1,000 days of war", [("1,000 days", Decimal(1000), "day")]),
        ("for several days", [("several days", None, "day")]),
        ("held out for 2 years 1 month 21 days", [("2 years 1 month 21 days", None, "day")]),
    ],
)
def test_find_durations(text: str, expected: list[tuple[str, Decimal | None, str]]) -> None:
    assert [(d.text, d.low, d.unit) for d in find_durations(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Russia lost 1,090 soldiers a day.", "Shahed-136 drones", "a two-storey building", "the 47th Brigade"],
)
def test_no_duration(text: str) -> None:
    assert find_durations(text) == []


def _duration(text: str, phrase: str) -> Quantity:
    start = text.index(phrase)
    return Quantity("q1", start, start + len(phrase), phrase, Decimal(1000), Decimal(1000), unit="day",
                    kind="duration")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("The war reached 1,000 days on Nov. 19, officials said.", "to"),
        ("It is 1,000 days since the full-scale invasion.", "from"),
        ("Ukraine marked 1,000 days of the war on 19 November 2024.", "to"),
        ("1,000 days. On Nov. 19 nothing happened.", None),
    ],
)
def test_link_durations(text: str, relation: str | None) -> None:
    times = extract_times(text, (), published=date(2024, 11, 20))
    links = link_durations(text, [_duration(text, "1,000 days")], times)
    if relation is None:
        assert links == []
    else:
        assert links == [("q1", times[0].id, relation)]
