"""Converting upstream files to the shipped formats, and ``refdata update``: fetching the daily series anew.

The conversions are shared with ``scripts/build_refdata.py``, so that an update produces exactly the files a
release would ship. Fetching is the only network access in claimledger, and happens only when a user runs
``claimledger refdata update``; the fetched files go through :func:`~claimledger.check.refdata.import_file`, which
validates them.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import tempfile
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from claimledger.check.refdata import GS_COLUMNS, Dataset, import_file, validate
from claimledger.errors import CheckError

logger = logging.getLogger(__name__)

GS_KEYS = {
    "personnel": "personnel", "tank": "tank", "apc": "APC", "artillery": "field artillery", "mlrs": "MRL",
    "air_defence": "anti-aircraft warfare", "aircraft": "aircraft", "helicopter": "helicopter", "drone": "drone",
    "cruise_missile": "cruise missiles", "naval_ship": "naval ship", "vehicles": "vehicles and fuel tanks",
}  # fmt: skip
"""Shipped column -> upstream key; ``vehicles`` before mid-2022 is ``military auto`` plus ``fuel tank``."""

PETRO = "https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/"
ECONOMIST = (
    "https://raw.githubusercontent.com/TheEconomist/the-economist-war-casualties-tracker/main/"
    "source-data/area_assessed_as_controlled.csv"
)
TIMEOUT_SECONDS = 60


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Rows as CSV text with ``\\n`` line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _gs_value(record: dict[str, Any], column: str) -> object:
    if column == "vehicles" and "vehicles and fuel tanks" not in record:
        return int(record.get("military auto", 0)) + int(record.get("fuel tank", 0))
    return record.get(GS_KEYS[column], "")


def convert_gs(personnel: str, equipment: str, corrections: str) -> tuple[str, str]:
    """The three upstream JSON files -> (``gs_losses.csv``, ``gs_corrections.csv``) texts."""
    people = {r["date"]: r for r in json.loads(personnel)}
    kit = {r["date"]: r for r in json.loads(equipment)}
    header = ["date", *GS_COLUMNS]
    rows = []
    for day in sorted(people):
        record = {**kit.get(day, {}), "personnel": people[day]["personnel"]}
        rows.append([day, *(_gs_value(record, c) for c in GS_COLUMNS)])
    fixes = sorted([c["date"], *(c.get(GS_KEYS[k], 0) for k in GS_COLUMNS)] for c in json.loads(corrections))
    return csv_text(header, rows), csv_text(header, fixes)


def convert_territory(content: str) -> str:
    """The Economist's ``area_assessed_as_controlled*.csv`` -> ``isw_territory.csv`` text (one row a day)."""
    by_day: dict[str, str] = {}
    for r in csv.DictReader(io.StringIO(content)):
        if r.get("area_assessed_as_russia_controlled_percent"):
            by_day[r["date"]] = f"{float(r['area_assessed_as_russia_controlled_percent']):.3f}"
    return csv_text(["date", "percent"], sorted(by_day.items()))


Fetch = Callable[[str], str]


def _fetch(url: str) -> str:
    logger.info("fetching %s", url)
    with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
        body: bytes = response.read()
    return body.decode("utf-8-sig")


def update(*, fetch: Fetch = _fetch) -> list[Dataset]:
    """Fetch the General Staff series and the ISW-based territory series, validate and import them.

    :param fetch: URL -> text; the default uses the network
    :raises CheckError: when a download fails or a file does not validate (nothing is imported then)
    """
    try:
        gs, corrections = convert_gs(
            fetch(PETRO + "russia_losses_personnel.json"),
            fetch(PETRO + "russia_losses_equipment.json"),
            fetch(PETRO + "russia_losses_equipment_correction.json"),
        )
        territory = convert_territory(fetch(ECONOMIST))
    except (OSError, ValueError, KeyError) as error:
        raise CheckError(f"cannot update reference data ({error}); the shipped data stays in use") from error
    files = {"gs_losses": gs, "gs_corrections": corrections, "isw_territory": territory}
    for name, content in files.items():
        validate(name, content)
    with tempfile.TemporaryDirectory() as folder:
        imported = []
        for name, content in files.items():
            path = Path(folder) / f"{name}.csv"
            path.write_text(content, encoding="utf-8")
            imported.append(import_file(path, name=name, source="fetched by `claimledger refdata update`"))
        return imported
