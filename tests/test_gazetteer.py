"""The packaged gazetteer: names, former names, spellings, namesakes, distances and bearings."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from claimledger.extract.gazetteer import (
    DATA,
    VERSION,
    Place,
    bearing_deg,
    compass,
    distance_km,
    fold,
    haversine_km,
    load,
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kup'yans'k", "kupyansk"),
        ("Kup’yans’k", "kupyansk"),
        ("Zaporizhzhia", "zaporizhzhia"),
        ("Rostov-on-Don", "rostov on don"),
        ("St. Petersburg", "st petersburg"),
        ("Kyïv", "kyiv"),
        ("Chișinău", "chisinau"),
        ("  the  Kharkiv   region ", "the kharkiv region"),
    ],
)
def test_fold(name: str, key: str) -> None:
    assert fold(name) == key


@pytest.mark.parametrize(
    ("written", "geonames_id"),
    [
        ("Kupiansk", 703656),
        ("Kupyansk", 703656),
        ("Kupjansk", 703656),
        ("Kyiv", 703448),
        ("Kiev", 703448),
        ("Kharkiv", 706483),
        ("Kharkov", 706483),
        ("Zaporizhzhia", 687700),
        ("Zaporozhye", 687700),
        ("Dzerzhynsk", 709354),
        ("Toretsk", 709354),
        ("Rabotino", 695586),
        ("Robotyne", 695586),
        ("Zhovti Vody", 687196),
        ("Dnipropetrovsk", 709930),
        ("Dnipro", 709930),
        ("Artemivsk", 713174),
        ("Severodonetsk", 691999),
        ("Ugledar", 690823),
        ("Seversk", 694403),
        ("Donbas", 709718),
        ("Crimea", 703884),
        ("Kharkiv region", 706482),
        ("Kharkiv Oblast", 706482),
        ("Donetsk Oblast", 709716),
        ("Kursk region", 538555),
        ("Texas", 4736286),
        ("Belgium", 2802361),
        ("Moscow", 524901),
        ("Belgorod", 578072),
        ("Edmonton", 5946768),
        ("Cottonport", 4320874),
        ("Alberta", 5883102),
        ("Munich", 2867714),
    ],
)
def test_lookup_finds_names_old_names_and_spellings(written: str, geonames_id: int) -> None:
    assert geonames_id in {p.geonames_id for p in load().lookup(written)}


@pytest.mark.parametrize(
    "name", ["Belgorod", "Bryansk", "Rostov-on-Don", "Minsk", "Warsaw", "Washington", "London"]
)
def test_cities_outside_ukraine_have_coordinates(name: str) -> None:
    places = [p for p in load().lookup(name) if p.lat is not None and p.country != "UA"]
    assert places, name


@pytest.mark.parametrize(
    ("name", "country", "point"),
    [
        # GeoNames' own country points, which GeoNames-based gold and tools use.
        ("United States", "US", (39.76, -98.5)),
        ("Canada", "CA", (60.10867, -113.64258)),
        ("India", "IN", (22.0, 79.0)),
    ],
)
def test_countries_have_geonames_points(name: str, country: str, point: tuple[float, float]) -> None:
    place = next(p for p in load().lookup(name) if p.fcode == "PCLI")
    assert place.country == country
    assert (place.lat, place.lon) == pytest.approx(point, abs=0.01)


def _inside(lat: float, lon: float, geometry: dict[str, Any]) -> bool:
    """Whether a point lies inside a GeoJSON (multi)polygon, by the even-odd rule."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    inside = False
    for ring in (ring for polygon in polygons for ring in polygon):
        for (x0, y0), (x1, y1) in pairwise(ring):
            if (y0 <= lat) != (y1 <= lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


@pytest.mark.shared
def test_hand_entered_country_points_lie_inside_their_country(shared_dir: Path) -> None:
    """The country points entered by hand (``GEONAMES_COUNTRY_POINTS`` of scripts/gazetteer_world.py) lie
    inside the country's Natural Earth outline: a typing slip would put one in the sea or next door."""
    path = shared_dir / "data" / "geo" / "ne_50m_admin_0_countries.json"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    # Natural Earth codes France "-99" in ISO_A2; the World Bank code stands in.
    fallback = {
        f["properties"]["WB_A2"]: f["geometry"] for f in features if f["properties"]["ISO_A2"] == "-99"
    }
    outlines = fallback | {f["properties"]["ISO_A2"]: f["geometry"] for f in features}
    countries = {p.country: p for p in load().places if p.fcode == "PCLI"}
    hand = (
        "US",
        "CA",
        "IN",
        "JP",
        "LY",
        "AU",
        "GB",
        "RU",
        "CN",
        "FR",
        "DE",
        "UA",
        "IT",
        "ES",
        "MX",
        "BR",
        "TR",
    )
    outside = [c for c in hand if not _inside(countries[c].lat, countries[c].lon, outlines[c])]
    assert outside == []


def test_world_namesakes_are_kept_with_their_regions() -> None:
    londons = {(p.country, p.admin1) for p in load().lookup("London") if p.is_town}
    assert {("GB", "England"), ("CA", "Ontario"), ("US", "Kentucky")} <= londons


def test_every_entry_has_a_point() -> None:
    gazetteer = load()
    assert all(row[2] is not None and row[3] is not None for row in gazetteer.rows)


@pytest.mark.parametrize(("name", "at_least"), [("Kostiantynivka", 20), ("Novoselivka", 70)])
def test_namesakes_are_all_kept(name: str, at_least: int) -> None:
    assert len(load().lookup(name)) >= at_least


@pytest.mark.parametrize("word", ["russian", "ukrainian", "german", "americans"])
def test_demonyms_are_not_names(word: str) -> None:
    assert load().lookup(word) == []


def test_kharkiv_to_kupiansk_is_about_a_hundred_km_east() -> None:
    kharkiv, kupiansk = load().lookup("Kharkiv")[0], load().lookup("Kupiansk")[0]
    assert distance_km(kharkiv, kupiansk) == pytest.approx(102, abs=3)
    assert compass(bearing_deg(kharkiv, kupiansk)) == "E"


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 1.0), 111.2),
        ((50.45, 30.52), (50.45, 30.52), 0.0),
        ((0.0, 0.0), (0.0, 180.0), 20015.1),
    ],
)
def test_haversine(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=0.1)


def test_missing_coordinates_give_no_distance() -> None:
    texas = load().lookup("Texas")[0]
    no_point = Place(None, "Nowhere", None, None, "", "", "", "RGN", 0)
    assert distance_km(texas, no_point) is None
    assert bearing_deg(no_point, texas) is None


def test_packaged_file_is_compact_and_attributed() -> None:
    raw = resources.files("claimledger").joinpath(DATA).read_bytes()
    # 4.04 MB since session 3 added the counties of the US, the UK and Ireland
    assert len(raw) < 4_200_000
    document = json.loads(gzip.decompress(raw))
    assert document["version"] == VERSION
    assert "GeoNames" in document["attribution"]
    assert "CC BY 4.0" in document["attribution"]
    assert len(document["places"]) > 100_000
