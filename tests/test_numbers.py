"""Number parsing: digits, words, fractions and vague magnitudes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.extract.numbers import parse_digits, parse_words, scale_value, vague_range
from claimledger.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,090", "1090"),
        ("70 000", "70000"),
        ("1\u202f234\u202f567", "1234567"),
        ("2.4", "2.4"),
        (".08", "0.08"),
        ("1.3x10^6", "1300000"),
    ],
)
def test_parse_digits(text: str, value: str) -> None:
    assert parse_digits(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", "3"),
        ("twenty-five", "25"),
        ("fifty - two", "52"),
        ("one hundred and sixty-one", "161"),
        ("two hundred and two thousand", "202000"),
        ("a dozen", "12"),
        ("three dozens", "36"),
        ("half a dozen", "6"),
        ("three hundred and two dozens", "324"),
        ("two thousand million", "2000000000"),
        ("three lakh crore", "3000000000000"),
        ("one twenty-fifth", "0.04"),
        ("twenty twenty fifths", "0.8"),
        ("one hundred and thirty fifths", "26"),
        ("one hundred and three quarters", "100.75"),
        ("twenty fifths", "4"),
        ("a half", "0.5"),
        ("three quarters", "0.75"),
        ("one and a half", "1.5"),
        ("twenty and three fifths", "20.6"),
        ("five and a half million", "5500000"),
        ("one million and a half", "1500000"),
        ("two hundred point zero three", "200.03"),
        ("nought point five", "0.5"),
    ],
)
def test_parse_words(text: str, value: str) -> None:
    assert parse_words(text) == Decimal(value)


@pytest.mark.parametrize("text", ["tanks", "", "and", "point", "twenty-first", "fifty-fifth"])
def test_parse_words_rejects(text: str) -> None:
    assert parse_words(text) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens", 12, 120),
        ("hundreds", 100, 1000),
        ("thousands", 1000, 10000),
        ("tens of thousands", 10000, 100000),
        ("hundreds of thousands", 100000, 1000000),
        ("millions", 1000000, 10000000),
    ],
)
def test_vague_range(text: str, low: int, high: int) -> None:
    assert vague_range(text) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(("word", "value"), [("k", 1000), ("bn", 10**9), ("Million", 10**6), ("tn", 10**12)])
def test_scale_value(word: str, value: int) -> None:
    assert scale_value(word) == value


@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_digits_round_trip(value: int) -> None:
    assert parse_digits(f"{value:,}") == value
    assert parse_digits(f"{value:,}".replace(",", " ")) == value


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1))
def test_million_equals_digits(value: Decimal) -> None:
    """ "1.2 million" and "1,200,000" are the same number."""
    written = extract_quantities(f"Aid of {value} million", [])
    spelled = extract_quantities(f"Aid of {int(value * 1_000_000):,}", [])
    assert written[0].low == spelled[0].low == value * 1_000_000
