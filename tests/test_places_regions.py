"""Counties of the US, the UK and Ireland, continents and regions made of whole countries (session 3)."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import Place, distance_km, load
from claimledger.extract.places import extract_places
from claimledger.extract.places_world import Conventions
from claimledger.extract.sentences import split_sentences
from claimledger.models import PlaceMention


def places(text: str, conventions: Conventions = "world") -> list[PlaceMention]:
    return extract_places(text, split_sentences(text), conventions=conventions)


def entry(name: str, fcode: str, country: str = "") -> Place:
    return next(p for p in load().lookup(name) if p.fcode == fcode and (not country or p.country == country))


def town(name: str, country: str, admin1: str) -> Place:
    return next(p for p in load().lookup(name) if p.is_town and (p.country, p.admin1) == (country, admin1))


@pytest.mark.parametrize(
    ("county", "country", "seat", "admin1", "km"),
    [
        ("Kent", "GB", "Maidstone", "England", 20),
        ("Norfolk", "GB", "Norwich", "England", 40),
        ("Cuyahoga County", "US", "Cleveland", "Ohio", 25),
        ("Miami-Dade County", "US", "Miami", "Florida", 40),
        ("County Cork", "IE", "Cork", "Munster", 40),
        # split into parts named by the compass, placed among the towns of all of them
        ("Northamptonshire", "GB", "Northampton", "England", 25),
        ("Sussex", "GB", "Brighton", "England", 40),
        ("Lanarkshire", "GB", "Hamilton", "Scotland", 30),
    ],
)
def test_counties_lie_among_their_towns(county: str, country: str, seat: str, admin1: str, km: int) -> None:
    found = distance_km(entry(county, "ADM2", country), town(seat, country, admin1))
    assert found is not None and found < km


@pytest.mark.parametrize(
    ("key", "is_county"),
    [
        ("kent", True),
        ("cheshire", True),
        ("county cavan", True),
        ("orleans parish", True),
        ("highland", False),  # an English word, and no two-tier county
        ("dublin city", False),  # the city's council: Dublin itself stands for it
        ("reading", False),  # a town inside the unitary authority of that name
        ("northamptonshire", True),  # North and West Northamptonshire since 2021
        ("ayrshire", True),  # North, South and East Ayrshire
        ("berkshire", False),  # only West Berkshire is named by the compass
        ("baton rouge parish", False),  # East and West Baton Rouge Parish: British counties only
    ],
)
def test_county_names(key: str, is_county: bool) -> None:
    assert any(p.fcode == "ADM2" and p.country != "UA" for p, _ in load().candidates(key)) == is_county


def test_a_county_in_a_british_article_is_the_county() -> None:
    text = "The race moves from Brands Hatch in Kent to Snetterton in Norfolk and Thruxton in Hampshire."
    found = {p.text: (p.country, p.name) for p in places(text)}
    assert found["Kent"] == ("GB", "Kent")
    assert found["Norfolk"] == ("GB", "Norfolk")


def test_a_split_county_in_a_british_article_is_the_county() -> None:
    text = "The tour stops at Rockingham, Northamptonshire, and then in Brighton, Sussex."
    found = {p.text: (p.country, p.name) for p in places(text)}
    assert found["Northamptonshire"] == ("GB", "Northamptonshire")
    assert found["Sussex"] == ("GB", "Sussex")


def test_a_county_pairs_with_a_town_beside_it() -> None:
    """Walker County lies in Alabama, Georgia and Texas; Huntsville beside it only in Texas."""
    text = (
        "The burn ban issued for Walker County was lifted on Monday. Residents living within Huntsville "
        "city limits need a permit from the Huntsville fire department."
    )
    found = {p.text: (p.country, p.admin1) for p in places(text)}
    assert found["Walker County"] == ("US", "Texas")
    assert found["Huntsville"] == ("US", "Texas")


def test_a_county_named_inside_an_organisation_counts_in_world_news() -> None:
    text = "Cuyahoga County Executive Armond Budish said the levy was vital."
    assert [(p.text, p.admin1) for p in places(text)] == [("Cuyahoga County", "Ohio")]


@pytest.mark.parametrize(
    ("text", "world", "war"),
    [
        ("Ministers of the EU met on Monday.", ["European Union"], []),
        ("Leaders of the European Union met in Paris.", ["European Union", "Paris"], ["Paris"]),
    ],
)
def test_the_european_union_is_a_place_in_world_news_only(
    text: str, world: list[str], war: list[str]
) -> None:
    assert [p.name for p in places(text)] == world
    assert [p.name for p in places(text, "war")] == war


def test_the_european_union_takes_europes_point() -> None:
    union, europe = entry("European Union", "RGN"), entry("Europe", "CONT")
    assert (union.lat, union.lon) == (europe.lat, europe.lon)


def test_the_korean_peninsula_lies_between_the_two_capitals() -> None:
    peninsula = entry("Korean Peninsula", "PEN")
    for capital, country in (("Pyongyang", "KP"), ("Seoul", "KR")):
        found = distance_km(peninsula, next(p for p in load().lookup(capital) if p.country == country))
        assert found is not None and found < 250


@pytest.mark.parametrize(
    ("name", "has_entry"),
    [
        ("Europe", True),
        ("Africa", True),
        ("Oceania", True),
        ("South America", True),
        ("North America", False),
    ],
)
def test_continents(name: str, has_entry: bool) -> None:
    assert any(p.fcode == "CONT" for p in load().lookup(name)) == has_entry


def test_dc_is_washington_in_world_news() -> None:
    assert [(p.text, p.name) for p in places("In D.C., we had a problem.")] == [("D.C", "Washington")]
