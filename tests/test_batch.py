"""Batch runs on a local Dask cluster make the same ledger as `add`, and resume without redoing work."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.batch import open_client, run_batch
from claimledger.extract.serialize import to_contract
from claimledger.ledger import Ledger
from claimledger.pipeline import add_to_ledger

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "frontline-report.txt"

TEXTS = [
    "Russia lost about 1,000 soldiers a day in October, or roughly 31,000 over the month, Kyiv said.",
    "Some 40 tanks a week were destroyed near Kupiansk. That's over 200 a month, officials claimed.",
    "Ukraine marked day 1,000 of the full-scale invasion on 19 November 2024.",
    "The town's pre-war population of 27,000 has fallen to fewer than 1,000, the governor said.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with open_client(workers=2) as dask_client:
        yield dask_client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"text": t, "published": "2025-11-03"}) for t in TEXTS]
    lines.insert(2, "{broken json")
    lines.append(json.dumps({"text": TEXTS[0], "published": "2025-11-03"}))  # the same text again
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_batch_matches_add_and_resumes(client: Any, corpus: Path, tmp_path: Path) -> None:
    with Ledger(f"sqlite:///{tmp_path / 'batch.db'}") as batch_ledger:
        outcomes = list(run_batch([corpus, EXAMPLE], batch_ledger, client=client, chunk_size=2, in_flight=2))
        statuses = sorted(o.status for o in outcomes)
        assert statuses == ["added"] * 5 + ["failed", "present"]
        again = [o.status for o in run_batch([corpus], batch_ledger, client=client)]
        assert sorted(again) == ["failed"] + ["present"] * 5
        batch_contracts = {e.document.id: to_contract(e) for e in batch_ledger.iter_extractions()}
    with Ledger(f"sqlite:///{tmp_path / 'add.db'}") as add_ledger:
        list(add_to_ledger([corpus, EXAMPLE], add_ledger, command="add"))
        add_contracts = {e.document.id: to_contract(e) for e in add_ledger.iter_extractions()}
    assert batch_contracts == add_contracts
