"""Typed views of the reference datasets, each parsed once per process on first use.

The General Staff series is cumulative; losses over a window are the difference of two cumulative values minus
the back-dated corrections booked inside the window (the upstream README: subtract corrections before computing
daily rates), so that a correction of 64 artillery systems on one day does not count as that day's losses.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from claimledger.check.refdata import GS_COLUMNS, loader, rows, text

INVASION = date(2022, 2, 24)


@dataclass(frozen=True, slots=True)
class GeneralStaff:
    """Cumulative Russian losses by day, as Ukraine's General Staff reports them, with its corrections."""

    days: tuple[date, ...]
    columns: dict[str, tuple[int | None, ...]]
    corrections: dict[str, tuple[tuple[date, int], ...]]

    def cumulative(self, column: str, day: date) -> int | None:
        """The cumulative count reported on ``day`` (0 before the invasion; None outside the series)."""
        if day < INVASION:
            return 0
        if not self.days or day > self.days[-1]:
            return None
        if day < self.days[0]:
            return 0 if day == INVASION else None
        index = bisect.bisect_right(self.days, day) - 1
        return self.columns[column][index]

    def window(self, column: str, start: date, end: date) -> int | None:
        """Losses from ``start`` to ``end`` (both included), corrections subtracted; None when not covered."""
        last, first = self.cumulative(column, end), self.cumulative(column, start - timedelta(days=1))
        if last is None or first is None:
            return None
        booked = sum(n for day, n in self.corrections.get(column, ()) if start <= day <= end)
        return last - first - booked


def _int(value: str) -> int | None:
    return int(Decimal(value)) if value.strip() else None


@loader
def general_staff() -> GeneralStaff:
    table = rows("gs_losses")
    columns = {c: tuple(_int(r[c]) for r in table) for c in GS_COLUMNS}
    corrections: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for r in rows("gs_corrections"):
        for c in GS_COLUMNS:
            if _int(r[c]):
                corrections[c].append((date.fromisoformat(r["date"]), _int(r[c]) or 0))
    days = tuple(date.fromisoformat(r["date"]) for r in table)
    return GeneralStaff(days, columns, {c: tuple(v) for c, v in corrections.items()})


@loader
def uk_mod() -> dict[str, tuple[Decimal, Decimal]]:
    """``"YYYY-MM"`` -> (average daily casualties, casualties in the month), UK Ministry of Defence."""
    return {
        r["month"]: (Decimal(r["daily_average"]), Decimal(r["month_total"])) for r in rows("uk_mod_monthly")
    }


@loader
def territory() -> dict[date, Decimal]:
    """Day -> percent of Ukraine assessed as Russia-controlled (ISW maps)."""
    return {date.fromisoformat(r["date"]): Decimal(r["percent"]) for r in rows("isw_territory")}


@loader
def oryx() -> dict[tuple[str, str], tuple[tuple[date, int], ...]]:
    """(country, type) -> cumulative visually confirmed losses on each recorded day."""
    found: dict[tuple[str, str], list[tuple[date, int]]] = defaultdict(list)
    for r in rows("oryx"):
        found[(r["country"], r["type"])].append((date.fromisoformat(r["date"]), int(r["total"])))
    return {k: tuple(sorted(v)) for k, v in found.items()}


def oryx_on(country: str, kind: str, day: date) -> tuple[date, int] | None:
    """The latest Oryx count of ``kind`` for ``country`` recorded on or before ``day``, within the series."""
    series = oryx().get((country, kind), ())
    last_day = max((d for values in oryx().values() for d, _n in values[-1:]), default=None)
    if not series or last_day is None or day > last_day:
        return None
    index = bisect.bisect_right([d for d, _n in series], day) - 1
    return series[index] if index >= 0 else None


@dataclass(frozen=True, slots=True)
class Settlement:
    name: str
    type: str
    oblast: str
    population: int


def fold(name: str) -> str:
    """Case- and apostrophe-insensitive key.

    >>> fold("Kup’yansk") == fold("kupyansk")
    True
    """
    return "".join(ch for ch in name.lower() if ch.isalnum())


@loader
def population() -> dict[str, tuple[Settlement, ...]]:
    """Folded settlement name -> every Ukrainian city or urban-type settlement of that name (1 Jan 2022)."""
    found: dict[str, list[Settlement]] = defaultdict(list)
    for r in rows("ua_population"):
        found[fold(r["name"])].append(Settlement(r["name"], r["type"], r["oblast"], int(r["population"])))
    return {k: tuple(v) for k, v in found.items()}


@dataclass(frozen=True, slots=True)
class Area:
    kind: str
    name: str
    km2: Decimal


@loader
def areas() -> dict[str, Area]:
    """Lower-case name or alias -> area of a country or US state."""
    found: dict[str, Area] = {}
    for r in rows("areas"):
        area = Area(r["kind"], r["name"], Decimal(r["area_km2"]))
        for name in [r["name"], *filter(None, r["aliases"].split("|"))]:
            found.setdefault(name.lower(), area)
    return found


@loader
def facts() -> dict[str, list[dict[str, Any]]]:
    """War dates, historical durations and doctrinal unit sizes."""
    loaded: dict[str, list[dict[str, Any]]] = json.loads(text("facts"))
    return loaded
