"""The command line: every command's help, the extract contract, check reports, ls/show/export, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.ledger import Ledger

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "frontline-report.txt"
SCHEMA = json.loads(
    (ROOT / "src" / "claimledger" / "schemas" / "extract-v1.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

COMMANDS = [
    "extract",
    "check",
    "add",
    "ls",
    "show",
    "export",
    "serve",
    "batch",
    "refdata",
    "recheck",
    "correct",
]


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_complete(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    text = result.output
    assert "Usage: main " + command in text or f"Usage: claimledger {command}" in text or "Usage:" in text
    command_object = main.get_command(None, command)  # type: ignore[arg-type]
    assert command_object is not None and command_object.help
    for param in command_object.params:
        if param.param_type_name == "option":
            assert getattr(param, "help", None), f"{command} {param.name} has no help"
            assert param.opts[0] in text


def test_main_help_lists_every_command() -> None:
    result = run("--help")
    for command in COMMANDS:
        assert command in result.output


def test_extract_prints_contract_json(tmp_path: Path) -> None:
    result = run("extract", str(EXAMPLE), "--published", "2025-11-03", "--include-text")
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    payload = json.loads(lines[0])
    VALIDATOR.validate(payload)
    text = payload["document"]["text"]
    assert payload["document"]["published"] == "2025-11-03"
    assert payload["document"]["published_from"] == "user"
    for item in payload["quantities"] + payload["times"] + payload["places"]:
        assert text[item["start"] : item["end"]] == item["text"]
    assert not list(tmp_path.iterdir()), "extract must touch no ledger"


def test_extract_table_format() -> None:
    result = run("extract", str(EXAMPLE), "--format", "table")
    assert result.exit_code == 0
    assert "1,000" in result.stdout


def test_extract_reports_failures_and_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", str(empty), str(EXAMPLE))
    assert result.exit_code == 1
    assert len(result.stdout.strip().splitlines()) == 1
    assert f"failed: {empty}: empty file" in result.stderr
    assert "1 extracted, 1 failed" in result.stderr


def test_bad_date_is_a_usage_error() -> None:
    result = run("extract", str(EXAMPLE), "--published", "3/11/2025")
    assert result.exit_code == 2
    assert "is not a date like 2025-11-03" in result.output


def test_check_stores_and_reports(db_url: str) -> None:
    result = run("check", str(EXAMPLE), "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "inconsistent" in result.stdout and "consistent" in result.stdout
    assert "rate_times_period.v1" in result.stdout
    assert "1 added" in result.stderr
    again = run("check", str(EXAMPLE), "--db", db_url)
    assert "1 already present" in again.stderr
    assert "rate_times_period.v1" in again.stdout


def test_add_ls_show_export(db_url: str, tmp_path: Path) -> None:
    assert run("add", str(EXAMPLE), "--db", db_url).exit_code == 0
    listing = run("ls", "--db", db_url)
    assert "frontline-report.txt" in listing.stdout
    doc_id = listing.stdout.split("frontline-report.txt")[0].split()[-2]
    shown = run("show", doc_id, "--db", db_url, "--json")
    payload = json.loads(shown.stdout)
    VALIDATOR.validate(payload)
    exported = run("export", "--format", "json", "--db", db_url)
    assert json.loads(exported.stdout.strip()) == payload
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", db_url).stdout)))
    assert len(rows) == len(payload["quantities"])
    assert any(row["verdicts"] == "inconsistent" for row in rows)


def test_show_unknown_document(db_url: str) -> None:
    result = run("show", "deadbeef", "--db", db_url)
    assert result.exit_code == 3
    assert "no document with id starting 'deadbeef'" in result.stderr


def test_export_geojson_and_claimreview(db_url: str) -> None:
    assert run("add", str(EXAMPLE), "--db", db_url).exit_code == 0
    collection = json.loads(run("export", "--format", "geojson", "--db", db_url).stdout)
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["mention"]
    reviews = json.loads(run("export", "--format", "claimreview", "--db", db_url).stdout)
    payload = json.loads(run("export", "--format", "json", "--db", db_url).stdout)
    assert len(reviews) == len(payload["checks"]) > 0
    for review in reviews:
        assert review["@type"] == "ClaimReview"
        assert review["reviewRating"]["alternateName"] in {"consistent", "inconsistent", "unverifiable"}
        assert review["reviewBody"]
    wrong = [r for r in reviews if r["reviewRating"]["alternateName"] == "inconsistent"]
    assert wrong and all(r["reviewRating"]["ratingValue"] == 1 for r in wrong)


def test_correct_and_export_corrections(db_url: str) -> None:
    assert run("add", str(EXAMPLE), "--db", db_url).exit_code == 0
    assert run("export", "--format", "corrections", "--db", db_url).stdout == ""
    with Ledger(db_url) as ledger:
        doc = ledger.document_ids()[0]
        claim = ledger.load(doc).claims[0]
    wanted = "other" if claim.type != "other" else "ratio"
    done = run("correct", doc[:10], claim.id, "--type", wanted, "--reviewer", "ana", "--db", db_url)
    assert done.exit_code == 0 and "corrected: type" in done.stderr
    assert "nothing to correct" in run("correct", doc[:10], claim.id, "--type", wanted, "--db", db_url).stderr
    refused = run("correct", doc[:10], claim.id, "--side", "atlantis", "--db", db_url)
    assert refused.exit_code == 3 and "'atlantis' is no side" in refused.stderr
    assert run("correct", doc[:10], claim.id, "--db", db_url).exit_code == 2  # nothing said
    lines = run("export", "--format", "corrections", "--db", db_url).stdout.splitlines()
    row = json.loads(lines[0])
    assert len(lines) == 1
    assert (row["claim_id"], row["field"], row["machine"]) == (claim.id, "type", claim.type)
    assert row["sentence"] and row["end"] - row["start"] == len(row["sentence"])


@pytest.mark.parametrize("sub", ["list", "import", "update"])
def test_refdata_subcommand_help_is_complete(sub: str) -> None:
    result = run("refdata", sub, "--help")
    assert result.exit_code == 0
    group = main.get_command(None, "refdata")  # type: ignore[arg-type]
    command_object = group.get_command(None, sub)  # type: ignore[union-attr]
    assert command_object is not None and command_object.help
    for param in command_object.params:
        if param.param_type_name == "option":
            assert getattr(param, "help", None), f"refdata {sub} {param.name} has no help"


def test_refdata_list_names_the_datasets() -> None:
    result = run("refdata", "list")
    assert result.exit_code == 0
    assert "gs_losses" in result.stdout


def test_recheck_finds_no_change_then_a_tampered_verdict(db_url: str) -> None:
    import sqlalchemy

    assert run("add", str(EXAMPLE), "--db", db_url).exit_code == 0
    clean = run("recheck", "--db", db_url)
    assert clean.exit_code == 0
    assert "1 documents rechecked, 0 differ" in clean.stderr
    engine = sqlalchemy.create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("UPDATE checks SET verdict = 'unverifiable' WHERE id = 'k1'"))
    engine.dispose()
    tampered = run("recheck", "--db", db_url)
    assert tampered.exit_code == 1
    assert "changed:" in tampered.stderr and "1 differ" in tampered.stderr
    assert run("recheck", "--db", db_url, "--write").exit_code == 0
    assert "0 differ" in run("recheck", "--db", db_url).stderr
