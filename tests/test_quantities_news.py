"""Quantity shapes met in news text (many first seen in the NewsQuant peer suite), each read by a general rule.

Designations by model number ("12 Ka-52 helicopters"), changes "from X <qualifier> to Y", unit and currency forms
("~45g", "61.4 MPa", "S$1mil", "$5/month"), and what stays two values or is not a quantity at all.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimledger.extract.quantities import extract_quantities


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "approx", "unit", "entity"),
    [
        (
            "Russia lost 12 Ka-52 helicopters.",
            "12 Ka-52 helicopters",
            "12",
            "12",
            None,
            None,
            "Ka-52 helicopters",
        ),
        (
            "Berlin sends 14 German Leopard 2 tanks",
            "14 German Leopard 2 tanks",
            "14",
            "14",
            None,
            None,
            "Leopard 2 tanks",
        ),
        ("It sent 8,500 U.S. troops.", "8,500 U.S. troops", "8500", "8500", None, None, "troops"),
        ("They sent 300 US troops.", "300 US troops", "300", "300", None, None, "troops"),
        (
            "sizes from 450 sq ft up to 900 sq ft.",
            "from 450 sq ft up to 900 sq ft",
            "450",
            "900",
            None,
            "foot2",
            None,
        ),
        (
            "rose from 24.2 to 33-35 billion euros",
            "from 24.2 to 33-35 billion euros",
            "24.2e9",
            "35e9",
            None,
            "eur",
            None,
        ),
        (
            "climbed from 21 mpg combined to 23 for",
            "from 21 mpg combined to 23",
            "21",
            "23",
            None,
            "mile_per_gallon",
            None,
        ),
        (
            "fell from $75 U.S. per barrel to $45.88 on",
            "from $75 U.S. per barrel to $45.88",
            "45.88",
            "75",
            None,
            "usd",
            None,
        ),
        (
            "range went from up to 252 miles to 287 miles.",
            "from up to 252 miles to 287 miles",
            "252",
            "287",
            None,
            "mile",
            None,
        ),
        (
            "a 200,000 to-260,000 year-old skull",
            "200,000 to-260,000 year",
            "200000",
            "260000",
            None,
            "year",
            None,
        ),
        ("samples of only ~45g each", "~45g", "45", "45", "about", "g", None),
        ("lower than 8.90 ksi (61.4 MPa).", "61.4 MPa", "61.4", "61.4", "less_than", "mpa", None),
        ("laundered almost S$1mil from victims", "almost S$1mil", "1e6", "1e6", "about", "sgd", None),
        ("He paid $5/month for it", "$5/month", "5", "5", None, "usd", None),
    ],
)
def test_news_shapes(
    text: str, span: str, low: str, high: str, approx: str | None, unit: str | None, entity: str | None
) -> None:
    """Shapes met in news text (NewsQuant), each read by a general rule; the last quantity of ``text`` is checked."""
    q = extract_quantities(text, [])[-1]
    assert (q.text, q.low, q.high, q.approx, q.unit, q.entity) == (
        span,
        Decimal(low),
        Decimal(high),
        approx,
        unit,
        entity,
    )


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("around 25k or 40k cheaper than its rivals respectively", ["around 25k", "40k"]),
        ("the stock is $7/$9 and", ["$7", "$9"]),
        ("from $36,040 at 10.45pm last night to $34,935 at 5am", ["$36,040", "$34,935"]),
        ("from 3 km north to 5 km south", ["3 km", "5 km"]),
        ("grounding two new 737 Max jets.", ["two"]),
        ("slipped towards the bottom three during a run", []),
        ("a six-speed gearbox in a three-bed flat with a two-door car", []),
        ("a 185-hp four-cylinder engine", ["185-hp", "four-cylinder"]),
        ("5G and 4G networks", []),
        ("the 90049 ZIP Code and 49 Zorro Ranch Road", []),
        ("“One need not destroy one’s enemy.", []),
        ("in the twenty-first century, the seventy-fifth anniversary", []),
        ("3 hundred and 2 hundred are two valid numbers", ["3 hundred", "2 hundred", "two valid numbers"]),
        ("The result is 12,34,567.89", ["12,34,567.89"]),
        ("a thirty-second video", ["thirty-second"]),
    ],
)
def test_news_spans(text: str, spans: list[str]) -> None:
    assert [q.text for q in extract_quantities(text, [])] == spans


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Nick Hague 44 has spent 200 days in space.", "44", "44", "44", "year"),
        ("a current density of 1.3 A/cm2 to 0.03 A/cm2.", "1.3 A/cm2 to 0.03", "0.03", "1.3", None),
        ("one thirty-third of the money", "one thirty-third", "0.0303", "0.0303", "ratio"),
        ("drones that weigh 15½ pounds", "15½ pounds", "15.5", "15.5", "pound"),
        ("Kyiv is outnumbered 1-7 in artillery", "1-7", "0.1429", "0.1429", "ratio"),
        ("an advantage over the 300-400 tanks", "300-400 tanks", "300", "400", None),
    ],
)
def test_news_values(text: str, span: str, low: str, high: str, unit: str | None) -> None:
    """Ages written without commas, a compound unit symbol on both ends of a range, compound ordinal fractions."""
    q = extract_quantities(text, [])[0]
    assert (q.text, round(q.low, 4), round(q.high, 4), q.unit) == (span, Decimal(low), Decimal(high), unit)
