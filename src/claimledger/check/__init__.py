"""Check: each rule is a named, versioned function of an extraction that returns verdicts.

A failed check is a verdict (``inconsistent`` or ``unverifiable``), never an exception.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from claimledger.check.arithmetic import RATE_TIMES_PERIOD, rate_times_period
from claimledger.check.dates import WAR_DAY_DATE, war_day_date
from claimledger.models import Check, Extraction

__all__ = ["RULES", "check", "reference_versions"]

Rule = Callable[[Extraction], list[Check]]

RULES: dict[str, Rule] = {
    RATE_TIMES_PERIOD: rate_times_period,
    WAR_DAY_DATE: war_day_date,
}


def reference_versions() -> dict[str, str]:
    """Versions of the reference data the rules use, stored with every run."""
    return {"anchors/full-scale-invasion": "1"}


def check(extraction: Extraction) -> Extraction:
    """Run every rule over ``extraction``; the result carries its checks numbered k1, k2, ... in rule order."""
    found: list[Check] = []
    for rule in RULES.values():
        found.extend(rule(extraction))
    numbered = tuple(replace(k, id=f"k{n}") for n, k in enumerate(found, start=1))
    return replace(
        extraction, checks=numbered, components={**extraction.components, "checks": ",".join(RULES)}
    )
