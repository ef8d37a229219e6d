"""The real war-news corpus (../shared, test-only): contract validity, idempotent adds, a killed ingest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimledger import Ledger
from claimledger.extract.serialize import to_contract
from claimledger.pipeline import add_to_ledger, analyse

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads(
    (ROOT / "src" / "claimledger" / "schemas" / "extract-v1.json").read_text(encoding="utf-8")
)
DISTINCT_TEXTS = 422

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def contracts(corpus_path: Path) -> list[dict[str, Any]]:
    outcomes = list(analyse([corpus_path]))
    assert [o.cause for o in outcomes if o.status == "failed"] == []
    return [to_contract(o.extraction, include_text=True) for o in outcomes if o.extraction is not None]


def test_every_document_validates_against_the_schema(
    contracts: list[dict[str, Any]], corpus_records: list[dict[str, Any]]
) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    assert len(contracts) == len(corpus_records) == 447
    for payload in contracts:
        validator.validate(payload)
        text = payload["document"]["text"]
        for item in payload["quantities"] + payload["times"] + payload["places"]:
            assert 0 <= item["start"] < item["end"] <= len(text)
            assert text[item["start"] : item["end"]] == item["text"]
        for quantity in payload["quantities"]:
            assert quantity["low"] <= quantity["high"]


def test_metadata_comes_through(
    contracts: list[dict[str, Any]], corpus_records: list[dict[str, Any]]
) -> None:
    for payload, record in zip(contracts, corpus_records, strict=True):
        assert payload["document"]["published"] == record["published"]
        assert payload["document"]["published_from"] == "metadata"
        assert payload["document"]["source"] == record["source"]


def test_adding_the_corpus_twice_leaves_each_text_once(corpus_path: Path, tmp_path: Path) -> None:
    with Ledger(f"sqlite:///{tmp_path / 'twice.db'}") as ledger:
        first = [o.status for o in add_to_ledger([corpus_path], ledger, command="test")]
        assert first.count("added") == DISTINCT_TEXTS
        assert first.count("present") == 447 - DISTINCT_TEXTS
        second = [o.status for o in add_to_ledger([corpus_path], ledger, command="test")]
        assert second == ["present"] * 447
        assert ledger.count() == DISTINCT_TEXTS


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # not created or not migrated yet
        return 0


def test_a_killed_ingest_leaves_no_partial_document(corpus_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    url = f"sqlite:///{db}"
    command = [sys.executable, "-m", "claimledger", "add", str(corpus_path), "--db", url]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _count(db) < 60 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    stored = _count(db)
    assert 0 < stored < DISTINCT_TEXTS, "the ingest must be killed midway"

    expected: dict[str, Any] = {}
    for outcome in analyse([corpus_path]):
        if outcome.extraction is not None:  # the first of two records with the same text is the one kept
            expected.setdefault(outcome.extraction.document.id, outcome.extraction)
    with Ledger(url) as ledger:
        for extraction in ledger.iter_extractions():
            assert to_contract(extraction) == to_contract(expected[extraction.document.id])

    rerun = subprocess.run(command, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    with Ledger(url) as ledger:
        assert ledger.count() == DISTINCT_TEXTS
        for extraction in ledger.iter_extractions():
            assert to_contract(extraction) == to_contract(expected[extraction.document.id])


def test_extraction_is_the_same_in_every_process(
    corpus_records: list[dict[str, Any]], tmp_path: Path
) -> None:
    """Re-running gives the same answer: no dependence on hash seeds, set order or process state."""
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(json.dumps(r) for r in corpus_records[::10]) + "\n", encoding="utf-8")
    outputs = []
    for seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-m", "claimledger", "extract", str(sample)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(corpus_records[::10])
