"""Check: each rule is a named, versioned function of an extraction that returns verdicts.

A failed check is a verdict (``inconsistent`` or ``unverifiable``), never an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from claimledger.check.arithmetic import RATE_TIMES_PERIOD, rate_times_period
from claimledger.check.crosssource import OTHER_SOURCES, Documents, other_sources
from claimledger.check.dates import WAR_DAY_DATE, war_day_date
from claimledger.check.durations import DURATION_COMPARISON, ELAPSED_SINCE, duration_comparison, elapsed_since
from claimledger.check.facts import (
    AREA_COMPARISON,
    PLACE_DISTANCE,
    SETTLEMENT_POPULATION,
    UNIT_SIZE,
    area_comparison,
    place_distance,
    settlement_population,
    unit_size,
)
from claimledger.check.inside import PARTS_SUM, PERCENT_CHANGE, parts_sum, percent_change
from claimledger.check.refdata import versions as _refdata_versions
from claimledger.check.series import LOSS_SERIES, loss_series
from claimledger.check.series_change import LOSS_CHANGE, loss_change
from claimledger.check.territory import ORYX_COUNT, TERRITORY_SHARE, oryx_count, territory_share
from claimledger.extract.anchors import load_anchors
from claimledger.models import Check, Extraction

__all__ = ["RULES", "check", "reference_versions"]

Rule = Callable[[Extraction], list[Check]]

RULES: dict[str, Rule] = {
    RATE_TIMES_PERIOD: rate_times_period,
    WAR_DAY_DATE: war_day_date,
    PERCENT_CHANGE: percent_change,
    PARTS_SUM: parts_sum,
    DURATION_COMPARISON: duration_comparison,
    ELAPSED_SINCE: elapsed_since,
    LOSS_SERIES: loss_series,
    LOSS_CHANGE: loss_change,
    ORYX_COUNT: oryx_count,
    TERRITORY_SHARE: territory_share,
    PLACE_DISTANCE: place_distance,
    SETTLEMENT_POPULATION: settlement_population,
    AREA_COMPARISON: area_comparison,
    UNIT_SIZE: unit_size,
}


def reference_versions() -> dict[str, str]:
    """Versions of the reference data the rules use, stored with every run."""
    return {"anchors": load_anchors().version, **_refdata_versions()}


def check(extraction: Extraction, *, ledger: Documents | None = None) -> Extraction:
    """Run every rule over ``extraction``; the result carries its checks numbered k1, k2, ... in rule order.

    :param ledger: a ledger (anything with ``published_between()``) to list the same claims from other documents
        published near the same date (rule ``other_sources.v1``)
    """
    found: list[Check] = []
    for rule in RULES.values():
        found.extend(rule(extraction))
    names = list(RULES)
    if ledger is not None:
        found.extend(other_sources(extraction, ledger))
        names.append(OTHER_SOURCES)
    numbered = tuple(replace(k, id=f"k{n}") for n, k in enumerate(found, start=1))
    return replace(
        extraction, checks=numbered, components={**extraction.components, "checks": ",".join(names)}
    )
