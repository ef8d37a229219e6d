"""Build the simplified oblast outlines the web map draws, from ../shared/data/geo (geoBoundaries, CC BY 4.0).

Run: ``.venv/bin/python scripts/build_outlines.py [SHARED_DIR]``; writes src/claimledger/data/outlines/.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 0.02  # degrees (about 2 km): plenty for a map a few hundred pixels wide


def _perpendicular(point: list[float], start: list[float], end: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return float(((x - x1) ** 2 + (y - y1) ** 2) ** 0.5)
    return float(abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5)


def simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            distance = _perpendicular(points[i], points[first], points[last])
            if distance > best:
                best, index = distance, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack.extend([(first, index), (index, last)])
    return [[round(x, 3), round(y, 3)] for x, y, *_ in (p for p, k in zip(points, keep, strict=True) if k)]


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    source = json.loads(
        (shared / "data" / "geo" / "geoboundaries_ukraine-adm1.geojson").read_text(encoding="utf-8")
    )
    regions = []
    for feature in source["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        rings = [simplify(polygon[0], TOLERANCE) for polygon in polygons]
        rings = [ring for ring in rings if len(ring) >= 4]
        regions.append(
            {
                "name": feature["properties"]["shapeName"],
                "iso": feature["properties"]["shapeISO"],
                "rings": rings,
            }
        )
    target = ROOT / "src" / "claimledger" / "data" / "outlines" / "ukraine-adm1.json"
    target.write_text(
        json.dumps(
            {"source": "geoBoundaries UKR ADM1 (CC BY 4.0), simplified", "regions": regions},
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    print(
        f"wrote {target} ({target.stat().st_size:,} bytes, {sum(len(r) for g in regions for r in g['rings']):,} points)"
    )


if __name__ == "__main__":
    main()
