"""The packaged anchor-date table: loadable, sourced, consistent, and war days numbered as the General Staff does."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from claimledger.extract.anchors import load_anchors, war_day_date, war_day_number

TABLE = load_anchors()


def test_version_is_recorded() -> None:
    assert TABLE.version
    assert len(TABLE.anchors) >= 10


@pytest.mark.parametrize("anchor_id", sorted(TABLE.anchors))
def test_every_anchor_is_sourced_and_ordered(anchor_id: str) -> None:
    anchor = TABLE.anchors[anchor_id]
    assert anchor.label
    assert anchor.sources, f"{anchor_id} has no source"
    assert all(source.url.startswith("https://") and source.title for source in anchor.sources)
    assert anchor.end is None or anchor.start <= anchor.end


@pytest.mark.parametrize(
    ("anchor_id", "start", "end"),
    [
        ("full_scale_invasion", date(2022, 2, 24), None),
        ("world_war_two", date(1939, 9, 1), date(1945, 9, 2)),
        ("great_patriotic_war", date(1941, 6, 22), date(1945, 5, 9)),
        ("world_war_one", date(1914, 7, 28), date(1918, 11, 11)),
    ],
)
def test_key_dates(anchor_id: str, start: date, end: date | None) -> None:
    anchor = TABLE.anchors[anchor_id]
    assert (anchor.start, anchor.end) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "anchor_id"),
    [
        ("World War II", "world_war_two"),
        ("the Second World War", "world_war_two"),
        ("WWII", "world_war_two"),
        ("the full-scale invasion", "full_scale_invasion"),
        ("the Great Patriotic War", "great_patriotic_war"),
    ],
)
def test_aliases(phrase: str, anchor_id: str) -> None:
    found = TABLE.by_alias(phrase)
    assert found is not None
    assert found.id == anchor_id


def test_aliases_are_unique() -> None:
    aliases = [alias.lower() for anchor in TABLE.anchors.values() for alias in anchor.aliases]
    assert len(aliases) == len(set(aliases))


@pytest.mark.parametrize(
    ("number", "day"),
    [(1, date(2022, 2, 24)), (2, date(2022, 2, 25)), (1000, date(2024, 11, 19)), (365, date(2023, 2, 23))],
)
def test_war_day_numbering(number: int, day: date) -> None:
    assert war_day_date(number) == day
    assert war_day_number(day) == number


def test_war_days_match_the_general_staff_series(shared_dir: Path) -> None:
    """Every dated record of the General Staff loss series carries the day number our anchor gives."""
    path = shared_dir / "data" / "reference" / "gs_losses" / "russia_losses_personnel.json"
    if not path.is_file():
        pytest.skip(f"General Staff series not found at {path}")
    records = json.loads(path.read_text(encoding="utf-8"))
    mismatched = [r for r in records if war_day_number(date.fromisoformat(r["date"])) != int(r["day"])]
    assert records
    assert mismatched == []
