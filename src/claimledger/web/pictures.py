"""Pictures drawn on the server as SVG (no map tiles or scripts to fetch): a map of place mentions and a timeline
of verdicts. Pure functions of their inputs, so they are easy to test and to cache."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

OUTLINES = Path(__file__).resolve().parent.parent / "data" / "outlines" / "ukraine-adm1.json"
# The frame: Ukraine with a margin (lon 21.5-41, lat 43.8-53); places outside are counted, not drawn.
WEST, EAST, SOUTH, NORTH = 21.5, 41.0, 43.8, 53.0
SCALE = 52.0  # pixels per degree of longitude at the frame's middle latitude
VERDICT_COLOURS = {"consistent": "#2e7d32", "inconsistent": "#c62828", "unverifiable": "#f9a825"}


@dataclass(frozen=True, slots=True)
class MapPoint:
    """One place mention to draw, with the link and label it carries."""

    lat: float
    lon: float
    label: str
    href: str


@lru_cache(maxsize=1)
def _outlines() -> list[dict[str, Any]]:
    regions: list[dict[str, Any]] = json.loads(OUTLINES.read_text(encoding="utf-8"))["regions"]
    return regions


def _project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection around the frame's middle latitude.

    >>> _project(WEST, NORTH)
    (0.0, 0.0)
    """
    squeeze = math.cos(math.radians((NORTH + SOUTH) / 2))
    return round((lon - WEST) * SCALE, 1), round((NORTH - lat) * SCALE / squeeze, 1)


def map_svg(points: Sequence[MapPoint]) -> tuple[str, int]:
    """An SVG map of Ukraine's oblasts with a dot per point; also the number of points outside the frame."""
    width, height = _project(EAST, SOUTH)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="map" role="img">'
    ]
    parts.append("<title>Place mentions in the ledger</title>")
    for region in _outlines():
        for ring in region["rings"]:
            path = " ".join(f"{x},{y}" for x, y in (_project(lon, lat) for lon, lat in ring))
            parts.append(
                f'<polygon points="{path}" class="region"><title>{escape(region["name"])}</title></polygon>'
            )
    outside = 0
    counts = Counter((round(p.lat, 3), round(p.lon, 3)) for p in points)
    drawn: set[tuple[float, float]] = set()
    for point in points:
        if not (WEST <= point.lon <= EAST and SOUTH <= point.lat <= NORTH):
            outside += 1
            continue
        key = (round(point.lat, 3), round(point.lon, 3))
        if key in drawn:
            continue
        drawn.add(key)
        x, y = _project(point.lon, point.lat)
        radius = 3 + 2 * math.log2(counts[key])
        label = f"{point.label} ({counts[key]} mention{'s' if counts[key] > 1 else ''})"
        parts.append(
            f'<a href="{escape(point.href)}"><circle cx="{x}" cy="{y}" r="{radius:.1f}" class="place">'
            f"<title>{escape(label)}</title></circle></a>"
        )
    parts.append("</svg>")
    return "".join(parts), outside


def _month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), so that empty months show as gaps.

    >>> _month_range("2024-11", "2025-02")
    ['2024-11', '2024-12', '2025-01', '2025-02']
    """
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def timeline_svg(rows: Iterable[tuple[str, str]]) -> str:
    """Stacked bars of verdicts per publication month, from (``YYYY-MM``, verdict) pairs."""
    by_month: dict[str, Counter[str]] = {}
    for month, verdict in rows:
        by_month.setdefault(month, Counter())[verdict] += 1
    if not by_month:
        return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 40"><text x="10" y="25">no verdicts yet</text></svg>'
    months = _month_range(min(by_month), max(by_month))
    tallest = max(sum(c.values()) for c in by_month.values())
    step = max(4.0, min(24.0, 900 / len(months)))
    bar, height, base = step * 0.75, 200, 220
    width = max(960, 40 + len(months) * step)
    label_every = max(1, round(40 / step))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {base + 50}" class="timeline" role="img">'
    ]
    parts.append("<title>Verdicts by publication month</title>")
    for n, month in enumerate(months):
        x, y = 30 + n * step, float(base)
        for verdict, colour in VERDICT_COLOURS.items():
            count = by_month.get(month, Counter())[verdict]
            if not count:
                continue
            h = count / tallest * height
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                f"<title>{month}: {count} {verdict}</title></rect>"
            )
        if n % label_every == 0:
            parts.append(
                f'<text x="{x:.1f}" y="{base + 14}" transform="rotate(45 {x:.1f} {base + 14})" font-size="10">{month}</text>'
            )
    parts.append(f'<line x1="25" y1="{base}" x2="{width:.0f}" y2="{base}" stroke="#555"/>')
    parts.append(f'<text x="0" y="{base - height + 4}" font-size="10">{tallest}</text></svg>')
    return "".join(parts)
