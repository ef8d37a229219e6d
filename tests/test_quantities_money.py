"""Money: currencies by sign, ISO code or name, vague sums of a currency, and which dollar a bare "$" is.

The dollar rule is documented in :mod:`claimledger.extract.quantities_dollars`: the sentence's dollar country,
then the outlet's own dollar when the caller names it, then the document's most named dollar country, else US.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimledger.extract.quantities import extract_quantities
from claimledger.extract.quantities_dollars import DOLLAR_COUNTRIES
from claimledger.extract.sentences import split_sentences


def _money(text: str, *, country: str | None = None) -> list[tuple[str, str, str, str]]:
    found = extract_quantities(text, split_sentences(text), country=country)
    return [(q.text, str(q.low), str(q.high), q.unit or "") for q in found if q.kind == "money"]


@pytest.mark.parametrize(
    ("text", "span", "low", "unit"),
    [
        ("Polish agriculture loses PLN 6.5 billion a year", "PLN 6.5 billion a year", "6500000000", "pln"),
        ("a loss of 6.5 billion zlotys", "6.5 billion zlotys", "6500000000", "pln"),
        ("The ticket costs 40 zł.", "40 zł", "40", "pln"),
        ("Bern froze CHF 7.5 billion of assets", "CHF 7.5 billion", "7500000000", "chf"),
        ("some 5 million Swiss francs", "some 5 million Swiss francs", "5000000", "chf"),
        ("Oslo pledged NOK 75 billion", "NOK 75 billion", "75000000000", "nok"),
        ("2 billion Norwegian kroner", "2 billion Norwegian kroner", "2000000000", "nok"),
        ("Stockholm adds SEK 3 billion", "SEK 3 billion", "3000000000", "sek"),
        ("DKK 1bn in aid", "DKK 1bn", "1000000000", "dkk"),
        ("Prague spent CZK 2 billion", "CZK 2 billion", "2000000000", "czk"),
        ("300 billion forints", "300 billion forints", "300000000000", "huf"),
        ("Tokyo's ¥6.82 trillion budget", "¥6.82 trillion", "6820000000000", "jpy"),
        ("a 10 billion yuan deal", "10 billion yuan", "10000000000", "cny"),
        ("500 million Canadian dollars", "500 million Canadian dollars", "500000000", "cad"),
        ("A$100m in aid", "A$100m", "100000000", "aud"),
        ("5 billion lira", "5 billion lira", "5000000000", "try"),
        ("UAH 1.2 trillion", "UAH 1.2 trillion", "1200000000000", "uah"),
        ("a $61-billion package", "$61-billion", "61000000000", "usd"),
        ("the 2-million-euro fund", "2-million-euro", "2000000", "eur"),
    ],
)
def test_currencies(text: str, span: str, low: str, unit: str) -> None:
    ((found, value, _, currency),) = _money(text)
    assert (found, Decimal(value), currency) == (span, Decimal(low), unit)


@pytest.mark.parametrize("text", ["try 5 times", "Ron 5 scored"])
def test_codes_are_upper_case_only(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        (
            "he asks hundreds of millions of dollars in weapons",
            "hundreds of millions of dollars",
            "1e8",
            "1e9",
            "usd",
        ),
        ("tens of billions of euros a year", "tens of billions of euros a year", "1e10", "1e11", "eur"),
        ("billions of hryvnias", "billions of hryvnias", "1e9", "1e10", "uah"),
        ("millions of roubles", "millions of roubles", "1e6", "1e7", "rub"),
        (
            "The price is several hundred thousand rubles.",
            "several hundred thousand rubles",
            "1e5",
            "1e6",
            "rub",
        ),
        ("it will provide an additional billion dollars", "billion dollars", "1e9", "1e9", "usd"),
    ],
)
def test_vague_and_lone_sums(text: str, span: str, low: str, high: str, unit: str) -> None:
    ((found, first, last, currency),) = _money(text)
    assert (found, Decimal(first), Decimal(last), currency) == (span, Decimal(low), Decimal(high), unit)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Several thousand Ukrainians rallied in Kyiv.", "1000", "10000"),
        ("Russia lost a couple of hundred people there.", "100", "1000"),
        ("two world wars and several dozen local conflicts", "12", "120"),
    ],
)
def test_quantifier_with_a_magnitude_is_vague(text: str, low: str, high: str) -> None:
    vague = [q for q in extract_quantities(text, []) if q.approx == "vague"]
    assert [(q.low, q.high) for q in vague] == [(Decimal(low), Decimal(high))]


def test_vague_guess_then_figure_stay_two() -> None:
    text = "the construction of several hundred or even 1,000 megawatts of capacity"
    assert [q.text for q in extract_quantities(text, [])] == ["several hundred", "1,000 megawatts"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Australia's package will include $50m in military assistance.", ["aud"]),
        ("Canada pledged $500m. Ottawa says more will come.", ["cad"]),
        ("He also announced the US would allocate an extra $713m (£559m) of aid.", ["usd", "gbp"]),
        ("Biden requested $33bn in extra funding.", ["usd"]),
        ("Australia and the US each sent $10m.", ["usd"]),  # both named, nothing else: the default
        ("a fine of 10.5 million Australian dollars ($7.5 million)", ["aud", "usd"]),  # a conversion
        ("Oil rose to $95.46 a barrel.", ["usd"]),
    ],
)
def test_the_sentence_names_the_dollar(text: str, units: list[str]) -> None:
    assert [unit for *_, unit in _money(text)] == units


ARTICLE = (
    "The Australian government has announced a new $100m package for Ukraine. "
    "It will also include $50m in short-range air defence systems.\n\n"
    "Australia's overall support now exceeds $1bn. The government also announced a $50m grant in February."
)


def test_the_document_names_the_dollar() -> None:
    assert [unit for *_, unit in _money(ARTICLE)] == ["aud"] * 4


def test_the_united_states_outweighs_one_mention() -> None:
    text = "Australia sent troops. The US Congress passed the bill. Washington says $61bn will follow."
    assert [unit for *_, unit in _money(text)] == ["usd"]


@pytest.mark.parametrize(("country", "unit"), [(None, "usd"), ("GB", "usd"), ("AU", "aud"), ("ca", "cad")])
def test_the_outlet_names_the_dollar(country: str | None, unit: str) -> None:
    assert [u for *_, u in _money("The aid includes $30m for drones.", country=country)] == [unit]


def test_a_sentence_cue_beats_the_outlet() -> None:
    text = "The US approved $61bn. Australia gave $50m."
    assert [u for *_, u in _money(text, country="AU")] == ["usd", "aud"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("US$50m was sent by Australia.", "usd"),
        ("Australia sent $US5m to Kyiv.", "usd"),
        ("Australia sent 5 million US dollars.", "usd"),
        ("Australia paid C$5m.", "cad"),
        ("Canberra paid AUD 5m.", "aud"),
    ],
)
def test_explicit_signs_are_kept(text: str, unit: str) -> None:
    assert [u for *_, u in _money(text)] == [unit]


def test_dollar_countries_are_iso_codes() -> None:
    assert all(
        len(code) == 2 and code.isupper() and len(unit) == 3 for code, unit in DOLLAR_COUNTRIES.items()
    )
