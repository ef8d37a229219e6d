"""Hypothesis properties of the check arithmetic: rates, percent change, dates, units and the tolerance policy."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.check import tables
from claimledger.check.arithmetic import PERIOD_DAYS
from claimledger.check.context import Window, month_window
from claimledger.check.facts import MILE_KM, _km
from claimledger.check.inside import change
from claimledger.check.tolerance import Interval, compare, distance_interval, interval, widen
from claimledger.extract.anchors import war_day_date, war_day_number
from claimledger.models import Quantity

counts = st.integers(min_value=1, max_value=10_000_000).map(Decimal)
small = st.decimals(min_value=Decimal("0.1"), max_value=Decimal(100_000), places=1, allow_nan=False)
approx = st.sampled_from([None, "about", "at_least", "more_than", "at_most", "less_than", "vague"])


def point(value: Decimal) -> Interval:
    return Interval(value, value)


def quantity(value: Decimal, approx_: str | None = None, unit: str | None = None) -> Quantity:
    return Quantity("q1", 0, 1, str(value), value, value, approx_, unit)  # type: ignore[arg-type]


intervals = st.builds(
    lambda low, width, open_: Interval(low, None if open_ else low + width),
    small,
    small,
    st.booleans(),
)


@given(intervals, intervals)
def test_compare_is_symmetric(a: Interval, b: Interval) -> None:
    assert compare(a, b) == compare(b, a)


@given(intervals)
def test_an_interval_is_consistent_with_itself(a: Interval) -> None:
    assert compare(a, a) == "consistent"


@given(counts, approx)
def test_a_stated_figure_is_inside_its_own_interval(value: Decimal, approx_: str | None) -> None:
    stated = interval(quantity(value, approx_))
    assert stated.low <= value
    assert stated.high is None or value <= stated.high


@given(counts, st.sampled_from(["about", "vague"]))
def test_hedges_only_widen(value: Decimal, hedge: str) -> None:
    exact, hedged = interval(quantity(value)), interval(quantity(value, hedge))
    assert hedged.low <= exact.low
    assert exact.high is not None and hedged.high is not None and hedged.high >= exact.high


@given(counts, st.sampled_from(["day", "week"]), st.integers(min_value=1, max_value=52))
def test_a_rate_times_its_period_gives_the_total(rate: Decimal, per: str, periods: int) -> None:
    total = point(rate) * PERIOD_DAYS[per] * point(Decimal(periods))
    assert compare(total, point(rate * PERIOD_DAYS[per].low * periods)) == "consistent"
    # and dividing back gives the rate
    back = total / (PERIOD_DAYS[per] * point(Decimal(periods)))
    assert back.low == rate == back.high


@given(counts, counts)
def test_percent_change_recovers_the_second_value(before: Decimal, after: Decimal) -> None:
    pct = change(point(before), point(after))
    assert pct.low == pct.high
    # exact up to Decimal's 28 significant digits
    assert abs(before + before * pct.low / 100 - after) <= after * Decimal("1e-20")


@given(counts, counts, counts)
def test_percent_change_is_monotone_in_the_second_value(before: Decimal, a: Decimal, b: Decimal) -> None:
    lower, upper = sorted((a, b))
    assert change(point(before), point(lower)).low <= change(point(before), point(upper)).low


@given(
    st.dates(min_value=date(2022, 2, 24), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=3000),
)
def test_war_day_differences_are_date_differences(day: date, later: int) -> None:
    other = day + timedelta(days=later)
    assert war_day_number(other) - war_day_number(day) == later
    assert war_day_date(war_day_number(day)) == day


@given(st.integers(min_value=2000, max_value=2100), st.integers(min_value=1, max_value=12))
def test_month_windows_tile_the_year(year: int, month: int) -> None:
    window = month_window(year, month, "")
    assert window.start.day == 1
    assert (window.end + timedelta(days=1)).day == 1
    assert PERIOD_DAYS["month"].low <= window.days <= (PERIOD_DAYS["month"].high or 0)


@given(small)
def test_miles_convert_to_km(miles: Decimal) -> None:
    as_km = _km(Quantity("q1", 0, 1, "x", miles, miles, None, "mile", None, None, "measure"))
    in_km = _km(
        Quantity("q1", 0, 1, "x", miles * MILE_KM, miles * MILE_KM, None, "km", None, None, "measure")
    )
    assert as_km is not None and in_km is not None
    assert compare(as_km, in_km) == "consistent"


@given(small)
def test_a_straight_line_distance_is_consistent_with_itself(km: Decimal) -> None:
    allowed = distance_interval(km)
    assert allowed.low <= km <= (allowed.high or km)


@given(intervals, small)
def test_widening_keeps_the_interval_inside(a: Interval, by: Decimal) -> None:
    wider = widen(a, by)
    assert wider.low <= a.low
    assert wider.high is None or (a.high is not None and wider.high >= a.high)


gs_days = st.dates(min_value=date(2022, 2, 25), max_value=date(2026, 8, 8))


@settings(max_examples=60)
@given(gs_days, gs_days, gs_days, st.sampled_from(["personnel", "tank", "artillery", "drone", "apc"]))
def test_series_windows_add_up(a: date, b: date, c: date, column: str) -> None:
    first, middle, last = sorted((a, b, c))
    gs = tables.general_staff()
    left = gs.window(column, first, middle)
    right = gs.window(column, middle + timedelta(days=1), last)
    whole = gs.window(column, first, last)
    assert left is not None and whole is not None
    assert whole == left + (right or 0)


@settings(max_examples=30)
@given(gs_days)
def test_a_window_is_its_days_summed(day: date) -> None:
    gs = tables.general_staff()
    week = Window(day - timedelta(days=6), day, "")
    by_day = [gs.window("personnel", d, d) for d in (week.start + timedelta(days=n) for n in range(7))]
    if all(v is not None for v in by_day):
        assert gs.window("personnel", week.start, week.end) == sum(v for v in by_day if v is not None)
