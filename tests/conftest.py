"""Fixtures shared by the whole suite."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "war-news-2022-2024" / "articles.jsonl"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder of data and peer suites; skips the test when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}: peer suites and the test corpus live there")
    return SHARED


@pytest.fixture(scope="session")
def corpus_path(shared_dir: Path) -> Path:
    if not CORPUS.is_file():
        pytest.skip(f"test corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_records(corpus_path: Path) -> list[dict[str, Any]]:
    """The 447 war-news records (test-only data, never copied into the repository)."""
    with corpus_path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite ledger in a temporary folder."""
    return f"sqlite:///{tmp_path / 'ledger.db'}"


PG_URL = os.environ.get("CLAIMLEDGER_TEST_PG_URL")


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty ledger on each backend: SQLite always, PostgreSQL when CLAIMLEDGER_TEST_PG_URL is set."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    if not PG_URL:
        pytest.skip("CLAIMLEDGER_TEST_PG_URL is not set: .ci/run starts a PostgreSQL server and sets it")
    _reset_postgres(PG_URL)
    yield PG_URL
    _reset_postgres(PG_URL)
