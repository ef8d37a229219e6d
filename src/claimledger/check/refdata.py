"""Reference data: shipped, versioned tables that the check rules hold claims against.

Every dataset is a compact file under ``claimledger/data/reference/`` listed in its ``manifest.json`` with its
source, upstream version, licence and the dates it covers. A user may import a newer file
(:func:`import_file`, ``claimledger refdata import PATH``) into the user data directory (``$CLAIMLEDGER_DATA``,
else ``~/.local/share/claimledger``), which then overrides the shipped one. A dataset's version is its upstream
version plus a content hash of the file, so that every verdict names exactly the data it rests on.

Each table is parsed lazily, once per process, on the first rule that needs it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from claimledger.errors import CheckError
from claimledger.models import Evidence

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
GS_COLUMNS = (
    "personnel", "tank", "apc", "artillery", "mlrs", "air_defence", "aircraft",
    "helicopter", "drone", "cruise_missile", "naval_ship", "vehicles",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Dataset:
    """One reference dataset as the manifest (shipped or user) describes it."""

    name: str
    file: str
    title: str
    source: str
    licence: str
    version: str
    from_: str | None
    to: str | None
    origin: str
    """``"package"`` or the user data directory the file was imported into."""


def user_dir() -> Path:
    """Where imported reference files live: ``$CLAIMLEDGER_DATA/reference`` or ``~/.local/share/claimledger``."""
    base = os.environ.get("CLAIMLEDGER_DATA")
    root = Path(base) if base else Path.home() / ".local" / "share" / "claimledger"
    return root / "reference"


def _package_text(name: str) -> str:
    return resources.files("claimledger").joinpath(f"data/reference/{name}").read_text(encoding="utf-8")


def _user_manifest() -> dict[str, Any]:
    path = user_dir() / MANIFEST
    if not path.is_file():
        return {}
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["datasets"]
    except (ValueError, KeyError) as error:
        raise CheckError(
            f"{path} is not a reference manifest ({error}); delete it to use the shipped data"
        ) from error
    return data


def _dataset(name: str, entry: dict[str, Any], origin: str) -> Dataset:
    return Dataset(
        name=name,
        file=entry["file"],
        title=entry.get("title", ""),
        source=entry.get("source", ""),
        licence=entry.get("licence", ""),
        version=entry["version"],
        from_=entry.get("from"),
        to=entry.get("to"),
        origin=origin,
    )


@cache
def datasets() -> dict[str, Dataset]:
    """Every dataset with the version that this process uses (user imports override shipped files)."""
    shipped: dict[str, Any] = json.loads(_package_text(MANIFEST))["datasets"]
    found = {name: _dataset(name, entry, "package") for name, entry in shipped.items()}
    for name, entry in _user_manifest().items():
        if name in found and (user_dir() / entry["file"]).is_file():
            found[name] = _dataset(name, entry, str(user_dir()))
    return found


def versions() -> dict[str, str]:
    """``{"refdata/<name>": version}`` for every dataset, stored with every run."""
    return {f"refdata/{name}": d.version for name, d in sorted(datasets().items())}


def text(name: str) -> str:
    """The text of dataset ``name``'s file, from the user directory when imported there."""
    dataset = datasets().get(name)
    if dataset is None:
        raise CheckError(f"no reference dataset named {name!r}; `claimledger refdata list` shows them")
    if dataset.origin != "package":
        return (Path(dataset.origin) / dataset.file).read_text(encoding="utf-8")
    return _package_text(dataset.file)


def evidence(
    name: str, value: Decimal | str | None, start: date | str | None, end: date | str | None
) -> Evidence:
    """An :class:`Evidence` entry naming dataset ``name`` at the version in use."""
    return Evidence(f"refdata/{name}", datasets()[name].version, value, _iso(start), _iso(end))


def _iso(day: date | str | None) -> str | None:
    return day.isoformat() if isinstance(day, date) else day


def rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV dataset as dictionaries."""
    return list(csv.DictReader(io.StringIO(text(name))))


def clear() -> None:
    """Forget every loaded table, so that the next rule reads the files again (after an import)."""
    datasets.cache_clear()
    for loader in LOADERS:
        loader.cache_clear()


# --- validation and import -------------------------------------------------------------------------------------

Validator = Callable[[list[dict[str, str]]], None]
SCHEMAS: dict[str, tuple[str, ...]] = {
    "gs_losses": ("date", *GS_COLUMNS),
    "gs_corrections": ("date", *GS_COLUMNS),
    "uk_mod_monthly": ("month", "daily_average", "month_total"),
    "isw_territory": ("date", "percent"),
    "oryx": ("date", "country", "type", "total"),
    "ua_population": ("name", "type", "oblast", "population"),
    "areas": ("kind", "name", "aliases", "area_km2"),
}
_NUMERIC = {"population", "area_km2", "percent", "daily_average", "month_total", "total", *GS_COLUMNS}


def _check_cell(column: str, value: str, line: int) -> None:
    if column == "date":
        date.fromisoformat(value)
    elif column == "month":
        date.fromisoformat(value + "-01")
    elif column in _NUMERIC and value != "":
        try:
            Decimal(value)
        except InvalidOperation as error:
            raise ValueError(f"line {line}: {column} {value!r} is not a number") from error


def validate(name: str, content: str) -> tuple[str | None, str | None, int]:
    """Check that ``content`` is a well-formed file for dataset ``name``; returns (first date, last date, rows).

    :raises CheckError: naming the first problem found
    """
    if name == "facts":
        return _validate_facts(content)
    expected = SCHEMAS.get(name)
    if expected is None:
        raise CheckError(f"unknown dataset {name!r}; expected one of {', '.join(sorted(SCHEMAS))} or facts")
    reader = csv.DictReader(io.StringIO(content))
    if tuple(reader.fieldnames or ()) != expected:
        raise CheckError(
            f"{name}: header must be {','.join(expected)}, found {','.join(reader.fieldnames or ())}"
        )
    dated = [c for c in expected if c in ("date", "month")]
    keys: list[str] = []
    count = 0
    for count, row in enumerate(reader, start=1):
        try:
            for column in expected:
                _check_cell(column, row[column] or "", count + 1)
        except ValueError as error:
            raise CheckError(f"{name}: line {count + 1}: {error}") from error
        if dated:
            keys.append(row[dated[0]])
    if count == 0 and name != "gs_corrections":
        raise CheckError(f"{name}: the file has no rows")
    if dated and name in ("gs_losses", "isw_territory", "uk_mod_monthly") and keys != sorted(set(keys)):
        raise CheckError(f"{name}: dates must be unique and ascending")
    return (min(keys), max(keys), count) if keys else (None, None, count)


def _validate_facts(content: str) -> tuple[None, None, int]:
    try:
        facts = json.loads(content)
        count = sum(len(facts[k]) for k in ("war_dates", "durations", "unit_sizes"))
    except (ValueError, KeyError, TypeError) as error:
        raise CheckError(f"facts: not a facts table ({error})") from error
    return None, None, count


def import_file(path: Path, *, name: str | None = None, source: str | None = None) -> Dataset:
    """Validate ``path`` and copy it into the user data directory, where it overrides the shipped dataset.

    :param path: a file in the shipped format (``claimledger refdata list`` names them)
    :param name: the dataset it replaces; by default the one whose shipped file name matches ``path``'s
    :param source: where the file came from, for ``refdata list`` (default: its path)
    """
    shipped = {d.file: d for d in datasets().values()}
    dataset = datasets().get(name) if name else shipped.get(path.name)
    if dataset is None:
        raise CheckError(f"{path.name}: name the dataset it replaces, one of {', '.join(sorted(datasets()))}")
    content = path.read_text(encoding="utf-8")
    first, last, count = validate(dataset.name, content)
    target = user_dir()
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target / dataset.file)
    entries = _user_manifest()
    entries[dataset.name] = {
        "file": dataset.file,
        "title": dataset.title,
        "source": source or f"imported from {path.resolve()}",
        "licence": dataset.licence,
        "version": f"import+{hashlib.sha256(content.encode('utf-8')).hexdigest()[:12]}",
        "from": first,
        "to": last,
    }
    manifest = json.dumps({"schema": "claimledger/refdata/v1", "datasets": entries}, indent=1, sort_keys=True)
    (target / MANIFEST).write_text(manifest + "\n", encoding="utf-8")
    logger.info("imported %s (%d rows) into %s", dataset.name, count, target)
    clear()
    return datasets()[dataset.name]


F = TypeVar("F", bound=Callable[[], Any])
LOADERS: list[Any] = []
"""Cached table loaders of the rule modules, registered so that :func:`clear` can reset them."""


def loader(function: F) -> F:
    """Cache a table loader once per process and register it with :func:`clear`."""
    cached = cache(function)
    LOADERS.append(cached)
    return cached  # type: ignore[return-value]
