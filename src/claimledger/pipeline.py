"""Inputs to verdicts: ingest, extract and check each document, then (optionally) store it in a ledger.

The CLI, the web app and batch runs all go through here, so that every path makes the same rows.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

from claimledger.check import RULES, check, reference_versions
from claimledger.check.crosssource import OTHER_SOURCES
from claimledger.extract import components, extract
from claimledger.ingest import DEFAULT_MAX_BYTES, IngestFailure, read_inputs
from claimledger.ledger import Ledger
from claimledger.models import Check, Extraction

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


@dataclass(frozen=True, slots=True)
class Recheck:
    """A stored document's verdicts against the ones the current rules and reference data give."""

    document_id: str
    source: str
    stored: tuple[Check, ...]
    current: tuple[Check, ...]

    @property
    def changed(self) -> bool:
        return self.stored != self.current


def recheck(
    ledger: Ledger, document_ids: Iterable[str] | None = None, *, write: bool = False
) -> Iterator[Recheck]:
    """Re-run the checks of stored documents (all when ``document_ids`` is None) and compare the verdicts.

    The same rules and reference data give the same verdicts; a difference shows what an upgrade or a
    ``refdata`` update changed. With ``write``, changed verdicts replace the stored ones under a new run.
    """
    run_id = None
    ids = list(document_ids) if document_ids is not None else ledger.document_ids()
    for document_id in ids:
        stored = ledger.load(document_id)
        cross = any(k.rule == OTHER_SOURCES for k in stored.checks)
        current = check(replace(stored, checks=()), ledger=ledger if cross else None)
        result = Recheck(document_id, stored.document.source, stored.checks, current.checks)
        if write and result.changed:
            if run_id is None:
                names, references = run_versions()
                run_id = ledger.start_run("recheck", names, references)
            ledger.replace_checks(document_id, current.checks, run_id=run_id)
        yield result
