"""Reference data: the shipped manifest, validation, user imports overriding shipped files, the CLI group."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.check import refdata, tables
from claimledger.check.refdata_fetch import ECONOMIST, PETRO, update
from claimledger.cli_refdata import refdata as refdata_group
from claimledger.errors import CheckError

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "claimledger" / "data" / "reference"


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty user data directory; the loaded tables are reset before and after."""
    monkeypatch.setenv("CLAIMLEDGER_DATA", str(tmp_path))
    refdata.clear()
    yield tmp_path / "reference"
    monkeypatch.delenv("CLAIMLEDGER_DATA")
    refdata.clear()


def test_every_dataset_is_described_and_versioned() -> None:
    found = refdata.datasets()
    assert set(found) == {*refdata.SCHEMAS, "facts"}
    for dataset in found.values():
        assert dataset.version and dataset.source and dataset.licence and dataset.title
        assert (SHIPPED / dataset.file).is_file()


@pytest.mark.parametrize("name", sorted({*refdata.SCHEMAS, "facts"}))
def test_every_shipped_file_validates(name: str) -> None:
    first, last, count = refdata.validate(name, refdata.text(name))
    assert count > 0
    assert (first, last) == (refdata.datasets()[name].from_, refdata.datasets()[name].to) or first is None


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("isw_territory", "day,percent\n2024-01-01,18.5\n", "header"),
        ("isw_territory", "date,percent\n2024-13-01,18.5\n", "line 2"),
        ("isw_territory", "date,percent\n2024-01-01,lots\n", "not a number"),
        ("isw_territory", "date,percent\n2024-01-02,18.5\n2024-01-01,18.4\n", "ascending"),
        ("isw_territory", "date,percent\n", "no rows"),
        ("facts", "[]", "facts"),
        ("nonsense", "a\n1\n", "unknown dataset"),
    ],
)
def test_validation_names_the_problem(name: str, content: str, problem: str) -> None:
    with pytest.raises(CheckError, match=problem):
        refdata.validate(name, content)


def test_an_import_overrides_the_shipped_file_and_changes_the_version(
    user_data: Path, tmp_path: Path
) -> None:
    shipped_version = refdata.datasets()["isw_territory"].version
    newer = tmp_path / "isw_territory.csv"
    newer.write_text("date,percent\n2025-11-02,25.000\n2025-11-03,25.000\n", encoding="utf-8")
    imported = refdata.import_file(newer)
    assert imported.origin == str(user_data)
    assert imported.version.startswith("import+") and imported.version != shipped_version
    assert (imported.from_, imported.to) == ("2025-11-02", "2025-11-03")
    assert tables.territory()[date(2025, 11, 3)] == 25
    assert refdata.versions()["refdata/isw_territory"] == imported.version


def test_a_bad_import_changes_nothing(user_data: Path, tmp_path: Path) -> None:
    bad = tmp_path / "isw_territory.csv"
    bad.write_text("date,share\n2025-11-02,25\n", encoding="utf-8")
    with pytest.raises(CheckError):
        refdata.import_file(bad)
    assert not user_data.exists()
    assert refdata.datasets()["isw_territory"].origin == "package"


def test_an_unknown_file_needs_a_dataset_name(user_data: Path, tmp_path: Path) -> None:
    other = tmp_path / "mystery.csv"
    other.write_text("date,percent\n2025-11-02,25\n", encoding="utf-8")
    with pytest.raises(CheckError, match="name the dataset"):
        refdata.import_file(other)
    assert refdata.import_file(other, name="isw_territory").name == "isw_territory"


def test_cli_list_and_import(user_data: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(refdata_group, ["list"])
    assert listed.exit_code == 0
    assert "gs_losses" in listed.output and "PetroIvaniuk" in listed.output
    good = tmp_path / "isw_territory.csv"
    good.write_text("date,percent\n2025-11-02,25.000\n", encoding="utf-8")
    imported = runner.invoke(refdata_group, ["import", str(good)])
    assert imported.exit_code == 0, imported.output
    assert "imported isw_territory" in imported.output
    bad = tmp_path / "uk_mod_monthly.csv"
    bad.write_text("month,daily\n2025-10,1\n", encoding="utf-8")
    refused = runner.invoke(refdata_group, ["import", str(bad)])
    assert refused.exit_code == 3


def test_update_converts_and_imports_what_it_fetches(user_data: Path) -> None:
    personnel = [
        {"date": "2025-01-01", "day": 1, "personnel": 10},
        {"date": "2025-01-02", "day": 2, "personnel": 30},
    ]
    equipment = [
        {"date": d, "tank": 1, "military auto": 2, "fuel tank": 1} for d in ("2025-01-01", "2025-01-02")
    ]
    territory = "date,area_assessed_as_russia_controlled_percent\n2025-01-01,18.9\n"
    pages = {
        PETRO + "russia_losses_personnel.json": json.dumps(personnel),
        PETRO + "russia_losses_equipment.json": json.dumps(equipment),
        PETRO + "russia_losses_equipment_correction.json": "[]",
        ECONOMIST: territory,
    }
    found = update(fetch=pages.__getitem__)
    assert [d.name for d in found] == ["gs_losses", "gs_corrections", "isw_territory"]
    gs = tables.general_staff()
    assert gs.cumulative("personnel", date(2025, 1, 2)) == 30
    assert gs.cumulative("vehicles", date(2025, 1, 2)) == 3


def test_update_without_network_keeps_the_shipped_data(user_data: Path) -> None:
    def offline(url: str) -> str:
        raise OSError("network unreachable")

    with pytest.raises(CheckError, match="shipped data stays"):
        update(fetch=offline)
    assert refdata.datasets()["gs_losses"].origin == "package"


def test_the_build_script_reproduces_the_shipped_files(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_refdata", ROOT / "scripts" / "build_refdata.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    files = module.build(shared_dir / "data" / "reference")
    for name, content in files.items():
        assert (SHIPPED / name).read_text(encoding="utf-8") == content, name
    manifest = json.loads((SHIPPED / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["datasets"] == json.loads(json.dumps(module.manifest(files)))
