"""Anchor dates that reporting counts from or compares with, loaded from ``data/anchors.json``.

Each anchor carries its sources; the table's ``version`` goes into check evidence so verdicts can be reproduced.
War-day numbering follows Ukraine's General Staff: 24 February 2022 is day 1.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

DATASET = "anchors"


@dataclass(frozen=True, slots=True)
class AnchorSource:
    """Where an anchor date comes from."""

    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Anchor:
    """One dated event or period; ``end`` is ``None`` for a single day or a period still under way."""

    id: str
    label: str
    start: date
    end: date | None
    aliases: tuple[str, ...]
    sources: tuple[AnchorSource, ...]
    day_one: date | None = None


@dataclass(frozen=True, slots=True)
class AnchorTable:
    """The loaded table: its version and anchors by id."""

    version: str
    anchors: dict[str, Anchor]

    def by_alias(self, phrase: str) -> Anchor | None:
        """The anchor a phrase names ("World War II", "the Second World War"), ignoring case and "the".

        >>> load_anchors().by_alias("the Second World War").id
        'world_war_two'
        """
        wanted = _normal(phrase)
        for anchor in self.anchors.values():
            if any(_normal(alias) == wanted for alias in anchor.aliases):
                return anchor
        return None


def _normal(phrase: str) -> str:
    words = phrase.lower().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _anchor(record: dict[str, Any]) -> Anchor:
    day_one = record.get("day_one")
    return Anchor(
        id=record["id"],
        label=record["label"],
        start=date.fromisoformat(record["start"]),
        end=date.fromisoformat(record["end"]) if record.get("end") else None,
        aliases=tuple(record.get("aliases", ())),
        sources=tuple(AnchorSource(s["title"], s["url"]) for s in record["sources"]),
        day_one=date.fromisoformat(day_one) if day_one else None,
    )


@lru_cache(maxsize=1)
def load_anchors() -> AnchorTable:
    """The packaged anchor table (read once).

    >>> load_anchors().anchors["full_scale_invasion"].start
    datetime.date(2022, 2, 24)
    """
    raw = resources.files("claimledger").joinpath("data", "anchors.json").read_text(encoding="utf-8")
    payload = json.loads(raw)
    anchors = {record["id"]: _anchor(record) for record in payload["anchors"]}
    return AnchorTable(version=payload["version"], anchors=anchors)


def war_day_date(number: int) -> date:
    """The calendar date of General Staff war day ``number`` (day 1 is 24 February 2022).

    >>> war_day_date(1), war_day_date(1000)
    (datetime.date(2022, 2, 24), datetime.date(2024, 11, 19))
    """
    return _day_one() + timedelta(days=number - 1)


def war_day_number(day: date) -> int:
    """The General Staff war-day number of a date.

    >>> war_day_number(date(2025, 11, 3))
    1349
    """
    return (day - _day_one()).days + 1


def _day_one() -> date:
    anchor = load_anchors().anchors["war_day_general_staff"]
    return anchor.day_one or anchor.start
