"""Inputs to verdicts: ingest, extract and check each document, then (optionally) store it in a ledger.

The CLI, the web app and batch runs all go through here, so that every path makes the same rows.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from claimledger.check import RULES, check, reference_versions
from claimledger.extract import components, extract
from claimledger.ingest import DEFAULT_MAX_BYTES, IngestFailure, read_inputs
from claimledger.ledger import Ledger
from claimledger.models import Extraction

log = logging.getLogger(__name__)

Status = Literal["added", "present", "extracted", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input record."""

    origin: str
    status: Status
    extraction: Extraction | None = None
    cause: str | None = None


@dataclass(slots=True)
class Summary:
    """Counts of a run, and the failures with their causes."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Outcome] = field(default_factory=list)

    def record(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == "failed":
            self.failures.append(outcome)

    @property
    def failed(self) -> int:
        return self.counts["failed"]


def analyse(
    paths: Iterable[Path], *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Outcome]:
    """Extract and check every document in ``paths``, touching no ledger."""
    for item in read_inputs(paths, published=published, max_bytes=max_bytes):
        if isinstance(item, IngestFailure):
            yield Outcome(item.origin, "failed", cause=item.cause)
        else:
            yield Outcome(item.source, "extracted", check(extract(item)))


def run_versions() -> tuple[dict[str, str], dict[str, str]]:
    """Component and reference-data versions, as a run records them."""
    return {**components(), "checks": ",".join(RULES)}, reference_versions()


def add_to_ledger(
    paths: Iterable[Path],
    ledger: Ledger,
    *,
    command: str,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    load_present: bool = False,
    cross_source: bool = False,
) -> Iterator[Outcome]:
    """Ingest, extract, check and store each document in its own transaction; present ones are skipped.

    :param load_present: give the stored extraction of documents already in the ledger (for a report)
    :param cross_source: also list the same claims from other documents in the ledger (``other_sources.v1``).
        Off for bulk adds, so that a document's verdicts do not depend on the order documents arrive in.
    """
    names, references = run_versions()
    run_id = ledger.start_run(command, names, references)
    for item in read_inputs(paths, published=published, max_bytes=max_bytes):
        if isinstance(item, IngestFailure):
            yield Outcome(item.origin, "failed", cause=item.cause)
            continue
        if ledger.has(item.id):
            yield Outcome(item.source, "present", ledger.load(item.id) if load_present else None)
            continue
        extraction = check(extract(item), ledger=ledger if cross_source else None)
        added = ledger.add(extraction, run_id=run_id)
        yield Outcome(item.source, "added" if added else "present", extraction)
