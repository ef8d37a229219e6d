"""The tolerance policy, written down once and applied by every rule.

A stated figure stands for an interval of values it can honestly mean:

* an exact figure, for the values that round to it: "33,800" is 33,750 to 33,850, "1,090" is 1,085 to 1,095
  (half a unit of its last non-zero digit, since reporters round, but never more than :data:`ROUNDING_CAP` of
  the figure: "1,000" is 950 to 1,050, not 500 to 1,500);
* ``about`` widens that by 10% either way (and ``vague`` keeps its stated range, widened the same way);
* ``at_least`` / ``more_than`` have no upper end, ``at_most`` / ``less_than`` reach down to zero;
* a range "12 to 15" is 12 to 15, widened by the rounding of its ends.

Two figures are *consistent* when their intervals meet, and *inconsistent* only when they are apart by more than
:data:`MARGIN` of the larger one, so that a borderline case is never called wrong. Everything is exact
(``Decimal``); ``None`` stands for an open end.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claimledger.models import Quantity

ABOUT = Decimal("0.10")
ROUNDING_CAP = Decimal("0.05")
MARGIN = Decimal("0.05")


@dataclass(frozen=True, slots=True)
class Interval:
    """Closed interval ``[low, high]``; ``high`` None is unbounded above."""

    low: Decimal
    high: Decimal | None

    def __mul__(self, other: Interval) -> Interval:
        """Product of two non-negative intervals.

        >>> Interval(Decimal(2), Decimal(3)) * Interval(Decimal(7), Decimal(7))
        Interval(low=Decimal('14'), high=Decimal('21'))
        """
        high = None if self.high is None or other.high is None else self.high * other.high
        return Interval(self.low * other.low, high)

    def __truediv__(self, other: Interval) -> Interval:
        """Quotient of two positive intervals.

        >>> Interval(Decimal(14), Decimal(21)) / Interval(Decimal(7), Decimal(7))
        Interval(low=Decimal('2'), high=Decimal('3'))
        """
        high = None if self.high is None or other.low == 0 else self.high / other.low
        low = Decimal(0) if other.high is None else self.low / other.high
        return Interval(low, high)

    def describe(self) -> str:
        """Human-readable form, rounded for reading.

        >>> Interval(Decimal("33750"), Decimal("33850")).describe()
        '33,750 to 33,850'
        """
        if self.high is None:
            return f"{_fmt(self.low)} or more"
        if self.low == self.high:
            return _fmt(self.low)
        return f"{_fmt(self.low)} to {_fmt(self.high)}"


def _fmt(value: Decimal) -> str:
    rounded = value.quantize(Decimal(1)) if abs(value) >= 100 else value.quantize(Decimal("0.1"))
    text = f"{rounded:,}"
    return text[:-2] if text.endswith(".0") else text


def rounding(value: Decimal) -> Decimal:
    """Half a unit of the last non-zero digit: the rounding a stated figure may hide.

    >>> rounding(Decimal("33800")), rounding(Decimal("1090")), rounding(Decimal("2.4")), rounding(Decimal(0))
    (Decimal('50'), Decimal('5'), Decimal('0.05'), Decimal('0'))
    """
    if value == 0:
        return Decimal(0)
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5) * Decimal(10) ** (exponent - 1)


def interval(q: Quantity) -> Interval:
    """What a stated quantity can honestly mean, under the policy above.

    >>> from claimledger.models import Quantity
    >>> q = Quantity("q1", 0, 5, "about 1,000", Decimal(1000), Decimal(1000), approx="about")
    >>> interval(q).describe()
    '855 to 1,155'
    """
    low = q.low - min(rounding(q.low), abs(q.low) * ROUNDING_CAP)
    high = q.high + min(rounding(q.high), abs(q.high) * ROUNDING_CAP)
    if q.approx in ("about", "vague"):
        low, high = low * (1 - ABOUT), high * (1 + ABOUT)
    if q.approx in ("at_least", "more_than"):
        return Interval(q.low, None)
    if q.approx in ("at_most", "less_than"):
        return Interval(Decimal(0), q.high)
    return Interval(max(low, Decimal(0)), high)


def compare(a: Interval, b: Interval) -> str:
    """``"consistent"`` when the intervals meet, ``"inconsistent"`` when clearly apart, else ``"unverifiable"``.

    >>> compare(Interval(Decimal(10), Decimal(12)), Interval(Decimal(11), None))
    'consistent'
    >>> compare(Interval(Decimal(10), Decimal(12)), Interval(Decimal(20), Decimal(25)))
    'inconsistent'
    >>> compare(Interval(Decimal(100), Decimal(100)), Interval(Decimal(103), Decimal(104)))
    'unverifiable'
    """
    if (a.high is None or a.high >= b.low) and (b.high is None or b.high >= a.low):
        return "consistent"
    lower, upper = (a, b) if a.high is not None and a.high < b.low else (b, a)
    assert lower.high is not None
    gap = upper.low - lower.high
    return "inconsistent" if gap > MARGIN * upper.low else "unverifiable"


MAP_SPREAD = Decimal("1.0")
"""Percentage points by which maps of the front differ on the share of Ukraine Russia controls (DeepState's share
runs 0.55 to 0.7 points below ISW's in 2024-2026): a share is held against the ISW series widened by this much."""

DISTANCE_SLACK_KM = Decimal(3)
DISTANCE_SLACK = Decimal("0.05")
ROAD_FACTOR = Decimal("1.35")
"""A place is one point but a town spans kilometres, and a reporter may give the road distance rather than the
straight line; a stated distance is held against ``[d - slack, d * ROAD_FACTOR + slack]`` for a straight-line
distance ``d``, with slack the larger of :data:`DISTANCE_SLACK_KM` and :data:`DISTANCE_SLACK` of ``d``."""


def widen(value: Interval, by: Decimal) -> Interval:
    """``value`` widened by ``by`` at each end (never below zero).

    >>> widen(Interval(Decimal("19.8"), Decimal("19.8")), MAP_SPREAD)
    Interval(low=Decimal('18.8'), high=Decimal('20.8'))
    """
    high = None if value.high is None else value.high + by
    return Interval(max(value.low - by, Decimal(0)), high)


def distance_interval(km: Decimal) -> Interval:
    """What a straight-line distance between two place points allows a stated distance to be.

    >>> distance_interval(Decimal(100))
    Interval(low=Decimal('95.00'), high=Decimal('140.00'))
    """
    slack = max(DISTANCE_SLACK_KM, km * DISTANCE_SLACK)
    return Interval(max(km - slack, Decimal(0)), km * ROAD_FACTOR + slack)


POPULATION_SLACK = Decimal("0.15")
"""Reported town populations come from different years and boundaries (city or municipality, 2001 census or
2022 estimate): a stated population is held against the 1 January 2022 count widened by 15% either way."""

SIZE_OF = Decimal(2)
""""An area the size of Belgium" is a loose comparison: within a factor of two of Belgium's area is consistent."""
