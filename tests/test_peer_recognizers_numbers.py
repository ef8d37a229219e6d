"""Peer suite: Microsoft Recognizers-Text English specs (Number, NumberRange, Percent, Dimension).

Every case of ``../shared/eval/recognizers-en/<file>.json`` is one parametrized test. Cases we fail are listed
in ``tests/peer_known_failures/<file>.txt`` (one ``index<TAB>xfail|out<TAB>reason`` a line) and run as
``xfail(strict=True)`` so that fixing one is noticed; ``out`` cases fall outside our contract (the reason says
why) and are skipped and left out of the pass rate. ``test_pass_rate`` asserts the in-scope pass rate.

Regenerate the lists after a change (review the diff): ``.venv/bin/python tests/test_peer_recognizers_numbers.py``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract.quantities import extract_quantities
from claimledger.models import Quantity
from peer_suite import SUITE, case_param, load_cases, load_known, print_rates, write_known

FILES = (
    "Number-NumberModel",
    "Number-NumberRangeModel",
    "Number-PercentModel",
    "NumberWithUnit-DimensionModel",
)
TARGET = 0.90

# Recognizers unit names -> our canonical units (quantities_units.py).
UNITS = {
    "Pound": "pound", "Milliliter": "ml", "Inch": "inch", "Mile": "mile", "Barrel": "barrel", "Foot": "foot",
    "Ounce": "ounce", "Acre": "acre", "Gallon": "gallon", "Cubic foot": "foot3", "Square meter": "m2",
    "Ton": "tonne", "Metric ton": "tonne", "Bit": "bit", "Mile per hour": "mile_per_hour", "Meter": "m",
    "Kilometer": "km", "Millimeter": "mm", "Square kilometer": "km2", "Decimeter": "dm", "Megabit": "mb",
    "Megabyte": "mb", "Picometer": "pm", "Kilometer per hour": "km_per_hour", "Kilogram": "kg",
    "Microgram": "microgram", "Gram": "g", "Degree": "degree", "Tablespoon": "tablespoon", "Cup": "cup",
    "Teaspoon": "teaspoon", "Dram": "dram", "Radian": "radian", "Turn": "turn",
}  # fmt: skip


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= Decimal("1e-9") * max(Decimal(1), abs(b))


def _ours(case: dict[str, Any]) -> list[Quantity]:
    return extract_quantities(case["Input"], [])


def _interval(value: str) -> tuple[Decimal | None, Decimal | None, str]:
    """ "[20,30)" -> (20, 30, "[)")."""
    low, high = value[1:-1].split(",")
    return (Decimal(low) if low else None, Decimal(high) if high else None, value[0] + value[-1])


def _range_ok(expected: str, q: Quantity) -> bool:
    low, high, brackets = _interval(expected)
    if low is not None and high is not None:
        return _close(q.low, low) and _close(q.high, high) and q.approx in (None, "about")
    bound = low if low is not None else high
    assert bound is not None
    wanted = {"(": "more_than", "[": "at_least", ")": "less_than", "]": "at_most"}
    approx = wanted[brackets[0]] if low is not None else wanted[brackets[1]]
    return q.low == q.high and _close(q.low, bound) and q.approx == approx


def _result_ok(name: str, result: dict[str, Any], q: Quantity) -> bool:
    resolution = result["Resolution"]
    if name == "Number-NumberRangeModel":
        return _range_ok(resolution["value"], q)
    value = Decimal(resolution["value"].rstrip("%"))
    # The peer has no ranges: "eight to 10 feet" is right when either end is its value.
    value_ok = _close(q.low, value) or _close(q.high, value)
    if name == "Number-PercentModel":
        return q.kind == "percent" and value_ok
    return q.unit == UNITS.get(resolution["unit"]) and value_ok


def _in_model(name: str, q: Quantity) -> bool:
    """Whether the peer model would report ``q`` at all: each model covers one type of expression."""
    if name == "Number-PercentModel":
        return q.kind == "percent"
    if name == "NumberWithUnit-DimensionModel":
        return q.kind == "measure"
    if name == "Number-NumberRangeModel":  # the peer reports "equal to 20" as the range [20,20]
        return q.low != q.high or q.approx not in (None, "about") or q.text.lower().startswith("equal")
    return True


def _number_values(case: dict[str, Any], ours: list[Quantity]) -> str | None:
    """Number model: the numbers (a range gives two) must equal the expected ones."""
    expected = sorted(Decimal(r["Resolution"]["value"]) for r in case["Results"])
    got = sorted(v for q in ours for v in ((q.low,) if q.low == q.high else (q.low, q.high)))
    if len(got) != len(expected) or not all(_close(a, b) for a, b in zip(got, expected, strict=True)):
        return f"expected {[r['Text'] for r in case['Results']]}, got {[q.text for q in ours]}"
    return None


def check_case(name: str, case: dict[str, Any]) -> str | None:
    """None when our output matches the case, else what differs."""
    expected = [r for r in case["Results"] if r["Resolution"].get("value") not in (None, "null")]
    ours = [q for q in _ours(case) if _in_model(name, q)]
    if name == "Number-NumberModel":
        return _number_values(case, ours)
    if len(ours) != len(expected):
        return f"expected {[r['Text'] for r in expected]}, got {[q.text for q in ours]}"
    for result, q in zip(sorted(expected, key=lambda r: r["Start"]), ours, strict=True):
        overlaps = q.start <= result["End"] and result["Start"] < q.end
        if not overlaps or not _result_ok(name, result, q):
            return f"expected {result['Text']!r} = {result['Resolution']}, got {q.text!r} = {q.low}..{q.high}"
    return None


def _params() -> list[Any]:
    params: list[Any] = []
    if not SUITE.is_dir():
        return [pytest.param(None, None, id="suite-absent")]
    for name in FILES:
        known = load_known(name)
        for index in range(len(load_cases(name))):
            params.append(case_param(name, index, known))
    return params


@pytest.mark.shared
@pytest.mark.parametrize(("name", "index"), _params())
def test_case(shared_dir: Path, name: str | None, index: int | None) -> None:
    assert name is not None
    assert index is not None
    case = load_cases(name)[index]
    assert check_case(name, case) is None


def pass_rates() -> dict[str, tuple[int, int, int]]:
    """Per file: (passed, in-scope cases, out-of-contract cases)."""
    rates: dict[str, tuple[int, int, int]] = {}
    for name in FILES:
        known = load_known(name)
        out = {i for i, (status, _) in known.items() if status == "out"}
        cases = load_cases(name)
        passed = sum(1 for i, c in enumerate(cases) if i not in out and check_case(name, c) is None)
        rates[name] = (passed, len(cases) - len(out), len(out))
    return rates


@pytest.mark.shared
def test_pass_rate(shared_dir: Path) -> None:
    rates = pass_rates()
    passed = sum(p for p, _, _ in rates.values())
    total = sum(t for _, t, _ in rates.values())
    assert passed / total >= TARGET, rates


def _update() -> None:
    """Rewrite the known-failure lists: keep ``out`` entries, list every other failing case as ``xfail``."""
    for name in FILES:
        known = load_known(name)
        entries: list[tuple[int, str, str]] = []
        for index, case in enumerate(load_cases(name)):
            if known.get(index, ("", ""))[0] == "out":
                entries.append((index, "out", known[index][1]))
            elif (problem := check_case(name, case)) is not None:
                entries.append((index, "xfail", problem))
        write_known(name, entries, Path(__file__).name)
    print_rates(pass_rates())


if __name__ == "__main__":
    _update()
