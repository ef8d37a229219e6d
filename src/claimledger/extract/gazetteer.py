"""The packaged gazetteer: GeoNames Ukraine in detail, countries, first-level regions and the world's towns.

Built by ``scripts/build_gazetteer.py`` from ``../shared/data/geo`` and GeoNames' city lists (towns of 5,000
people or more, 1,000 in English-speaking countries), with the counties of the US, the UK and Ireland,
continents and a few regions made of whole countries (the European Union, the Korean Peninsula), into ``data/gazetteer/gazetteer.json.gz`` (GeoNames
CC BY 4.0; see ``data/SOURCES.md``). Names are stored folded (:func:`fold`), so that lookup is one
dict access per candidate token sequence. Distances and bearings between places are great-circle figures.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

logger = logging.getLogger(__name__)

VERSION = "geonames-ua-20260729.7"
DATA = "data/gazetteer/gazetteer.json.gz"
EARTH_RADIUS_KM = 6371.0088
TOKEN = re.compile(r"[^\W_]+(?:['’ʼ](?!s\b)[^\W_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


class HasPoint(Protocol):
    @property
    def lat(self) -> float | None: ...

    @property
    def lon(self) -> float | None: ...


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``geonames_id`` is None for the few hand-entered points without a known id."""

    geonames_id: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str
    admin1: str
    admin2: str
    fcode: str
    population: int

    @property
    def is_town(self) -> bool:
        return self.fcode.startswith("PPL")

    @property
    def is_region(self) -> bool:
        return self.fcode in {"ADM1", "ADM2", "PCLI", "RGN", "CONT", "SEA", "PEN"}


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """All entries with an index from folded name to entry positions.

    A position ``p >= 0`` means the key is the entry's own name or a spelling of it; ``~p`` (negative) means an
    alternate or former name ("Rabotino", "Artemivsk"), which weighs less and needs a stronger cue. A key of
    one entry maps to the bare position, others to a list. ``max_tokens`` gives, for a first token that starts
    a name of several tokens, the longest such name. ``common`` holds one-token keys that are also common
    English words and name only small towns ("Commerce", "Bell", "Orange"): they need a cue. ``wordlike``
    holds one-token keys of bigger places that are English words too ("Mobile", "Reading", "Independence"):
    in capitals or at a sentence start they need a cue. ``counties`` maps a folded US county or parish name
    ("anderson county") to the states that have one so named: no point, only evidence of where a local
    newspaper's towns lie. ``demonyms`` maps a folded adjective of a country or continent ("chinese",
    "european") to that entry's position. Entries are built from their rows when first asked for: a document
    touches a few hundred of the hundred thousand.
    """

    rows: list[list[Any]]
    index: dict[str, int | list[int]]
    max_tokens: dict[str, int]
    common: frozenset[str] = frozenset()
    wordlike: frozenset[str] = frozenset()
    counties: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, int] = field(default_factory=dict)
    _built: dict[int, Place] = field(default_factory=dict)

    @property
    def places(self) -> tuple[Place, ...]:
        """Every entry, in file order."""
        return tuple(self.place(i) for i in range(len(self.rows)))

    def place(self, position: int) -> Place:
        """The entry at ``position``."""
        built = self._built.get(position)
        if built is None:
            built = self._built[position] = Place(*self.rows[position])
        return built

    def positions(self, key: str) -> list[int]:
        """Signed positions of a folded key (see the class docstring)."""
        found = self.index.get(key)
        if found is None:
            return []
        return [found] if isinstance(found, int) else found

    def candidates(self, key: str) -> list[tuple[Place, bool]]:
        """Entries of a folded key, each with whether it was reached through an alternate name."""
        return [(self.place(~i), True) if i < 0 else (self.place(i), False) for i in self.positions(key)]

    def lookup(self, name: str) -> list[Place]:
        """Entries whose names fold to ``fold(name)``.

        >>> [p.name for p in load().lookup("Kupiansk")]
        ['Kupyansk']
        """
        return [place for place, _ in self.candidates(fold(name))]


def fold(name: str) -> str:
    """The lookup key of a name: tokens lower-cased, without diacritics or apostrophes, joined by spaces.

    >>> fold("Kup'yans'k"), fold("Rostov-on-Don"), fold("Zaporizhzhia's"), fold("Kyïv")
    ('kupyansk', 'rostov on don', 'zaporizhzhia s', 'kyiv')
    """
    return " ".join(fold_token(token) for token in TOKEN.findall(name))


def fold_token(token: str) -> str:
    """One token folded; the ASCII fast path skips Unicode decomposition."""
    if token.isascii():
        return token.lower().translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(_APOSTROPHES)


def _parse(payload: bytes) -> Gazetteer:
    document = json.loads(payload)
    return Gazetteer(
        document["places"],
        document["names"],
        document["max_tokens"],
        frozenset(document.get("common", ())),
        frozenset(document.get("wordlike", ())),
        document.get("counties", {}),
        document.get("demonyms", {}),
    )


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The packaged gazetteer, parsed once per process."""
    data = resources.files("claimledger").joinpath(DATA).read_bytes()
    gazetteer = _parse(gzip.decompress(data))
    logger.debug("gazetteer %s: %d places, %d names", VERSION, len(gazetteer.rows), len(gazetteer.index))
    return gazetteer


def distance_km(a: HasPoint, b: HasPoint) -> float | None:
    """Great-circle distance between two located things; None when either lacks coordinates.

    >>> from claimledger.extract.gazetteer import load
    >>> kharkiv, kupiansk = load().lookup("Kharkiv")[0], load().lookup("Kupiansk")[0]
    >>> round(distance_km(kharkiv, kupiansk))
    102
    """
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(0.0, 0.0, 0.0, 1.0), 1)
    111.2
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def bearing_deg(a: HasPoint, b: HasPoint) -> float | None:
    """Initial compass bearing from ``a`` to ``b`` in degrees (0 = north, 90 = east).

    >>> kharkiv, kupiansk = load().lookup("Kharkiv")[0], load().lookup("Kupiansk")[0]
    >>> compass(bearing_deg(kharkiv, kupiansk))
    'E'
    """
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


def compass(bearing: float | None) -> str | None:
    """Eight-point compass direction of a bearing.

    >>> compass(0.0), compass(100.0), compass(226.0), compass(None)
    ('N', 'E', 'SW', None)
    """
    if bearing is None:
        return None
    return COMPASS[int(((bearing % 360.0) + 22.5) // 45.0) % 8]
