"""Shared pieces of the gazetteer build: the package's ``fold``, the entry row and name filters.

Used by ``build_gazetteer.py`` and ``gazetteer_world.py`` beside it (build time only).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def _load_fold() -> Callable[[str], str]:
    """The package's own ``fold``, loaded from its file so that the build does not import the package."""
    path = Path(__file__).resolve().parent.parent / "src" / "claimledger" / "extract" / "gazetteer.py"
    spec = importlib.util.spec_from_file_location("_claimledger_gazetteer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    function: Callable[[str], str] = module.fold
    return function


fold = _load_fold()


# Alternate names that are English words or too short to be safe as place names.
UNSAFE = {"yama", "grim", "civ", "ko", "bar", "kief", "ice", "mir", "peace", "pravda", "lenin", "victory"}
LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f'’ʼ\-. ]+$")


@dataclass
class Entry:
    """One gazetteer row before writing."""

    gid: str
    name: str
    lat: float | None
    lon: float | None
    country: str
    admin1: str
    admin2: str
    fcode: str
    population: int
    names: set[str] = field(default_factory=set)
    alternates: set[str] = field(default_factory=set)

    def row(self) -> list[object]:
        gid = int(self.gid) if self.gid.isdigit() else None
        lat = None if self.lat is None else round(self.lat, 4)
        lon = None if self.lon is None else round(self.lon, 4)
        return [gid, self.name, lat, lon, self.country, self.admin1, self.admin2, self.fcode, self.population]

    def is_near(self, other: Entry, km: float) -> bool:
        if self.lat is None or self.lon is None or other.lat is None or other.lon is None:
            return False
        return abs(self.lat - other.lat) < km / 111 and abs(self.lon - other.lon) < km / 60

    def keys(self) -> tuple[set[str], set[str]]:
        """Folded own names and folded alternate names (former names, other languages)."""
        primary = {fold(n) for n in self.names} - BLOCKED_KEYS
        return primary, {fold(n) for n in self.alternates} - primary - BLOCKED_KEYS


BLOCKED_KEYS: set[str] = {""}


def ascii_fold(name: str) -> str:
    """Lower-case ASCII form used to spot unsafe names."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def latin_names(primary: str, ascii_name: str, alternates: str) -> set[str]:
    """The Latin-script names of a GeoNames row that are safe to match in English text."""
    names = {primary, ascii_name}
    names.update(a.strip() for a in alternates.split(",") if a.strip())
    return {
        n for n in names if LATIN.match(n) and len(n) >= 3 and not n.isupper() and ascii_fold(n) not in UNSAFE
    }


GENERIC = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "centre",
    "center",
    "capital",
    "northern",
    "southern",
    "eastern",
    "western",
    "coast",
    "west coast",
    "islands",
    "lakes",
    "city",
    "upper",
    "lower",
    "federal district",
}


ADMIN1_COUNTRIES = {"RU", "BY", "US", "PL", "MD", "GE", "RO", "SK", "HU", "LT", "LV", "EE", "FI", "KZ"}
