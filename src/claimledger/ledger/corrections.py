"""Corrections: a person's value for a claim's side, type, source kind, opinion or prediction mark.

The claim layer's labels are right about 0.93 (source), 0.69 (side) and 0.90 (type) of the time on text it was
not tuned on (docs/claims.md, Figures), so a reviewer must be able to put a wrong one right. A correction keeps
the claim's span and the machine's value beside the person's, so that corrections exported from a newsroom's
ledger are new hand labels for the next measurement of the claim layer (``claimledger export --format
corrections``). The newest correction of a field is the one that counts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from sqlalchemy import Engine, insert, select

from claimledger.errors import LedgerError
from claimledger.extract.claims_types import CLAIM_TYPES
from claimledger.ledger import tables
from claimledger.models import Claim, Extraction, SourceKind

Field = Literal["side", "type", "source_kind", "opinion", "prediction"]
FIELDS: tuple[Field, ...] = ("side", "type", "source_kind", "opinion", "prediction")
NO_SIDE = "none"  # the figure is about no party (the claim layer's None)
VALUES: dict[str, tuple[str, ...]] = {
    "side": ("russia", "ukraine", "civilian", "other", NO_SIDE),
    "type": tuple(CLAIM_TYPES),
    "source_kind": get_args(SourceKind),
    "opinion": ("true", "false"),
    "prediction": ("true", "false"),
}


@dataclass(frozen=True, slots=True)
class Correction:
    """A person's value for one field of one claim."""

    claim_id: str
    field: str
    value: str
    machine: str
    note: str | None
    reviewer: str | None
    corrected_at: datetime


def machine_value(claim: Claim, field: str) -> str:
    """The claim layer's value of ``field``, written as a correction would write it.

    >>> from claimledger.models import ClaimSource
    >>> claim = Claim("c1", 0, 9, (), (), (), ClaimSource("author", "author"), None, "other", 0.5)
    >>> [machine_value(claim, f) for f in FIELDS]
    ['none', 'other', 'author', 'false', 'false']
    """
    if field == "source_kind":
        return claim.source.kind
    value = getattr(claim, field)
    if isinstance(value, bool):
        return "true" if value else "false"
    return NO_SIDE if value is None else str(value)


def check_value(field: str, value: str) -> str:
    """``value`` if it is one ``field`` may take, else a LedgerError that lists the allowed values.

    >>> check_value("side", "Russia")
    'russia'
    """
    if field not in VALUES:
        raise LedgerError(f"cannot correct {field!r}: choose one of {', '.join(FIELDS)}")
    value = value.strip().lower()
    if value not in VALUES[field]:
        raise LedgerError(f"{value!r} is no {field}: use one of {', '.join(VALUES[field])}")
    return value


def record(
    engine: Engine,
    extraction: Extraction,
    claim_id: str,
    values: Mapping[str, str],
    *,
    note: str | None = None,
    reviewer: str | None = None,
) -> list[str]:
    """Store the fields of ``values`` that differ from what the claim now says (the machine's value or the
    newest correction); returns the fields stored."""
    claim = next((c for c in extraction.claims if c.id == claim_id), None)
    if claim is None:
        raise LedgerError(f"no claim {claim_id!r} in document {extraction.document.id[:12]}")
    checked = {field: check_value(field, value) for field, value in values.items()}
    now = latest(engine, extraction.document.id).get(claim_id, {})
    changed = {
        f: v for f, v in checked.items() if v != (now[f].value if f in now else machine_value(claim, f))
    }
    if changed:
        at = datetime.now(UTC)
        rows = [
            {
                "document_id": extraction.document.id,
                "claim_id": claim_id,
                "claim_start": claim.start,
                "claim_end": claim.end,
                "field": field,
                "value": value,
                "machine": machine_value(claim, field),
                "note": note,
                "reviewer": reviewer,
                "corrected_at": at,
            }
            for field, value in changed.items()
        ]
        with engine.begin() as connection:
            connection.execute(insert(tables.claim_corrections), rows)
    return sorted(changed)


def latest(engine: Engine, document_id: str) -> dict[str, dict[str, Correction]]:
    """The newest correction of each field of each claim of a document: claim id -> field -> correction."""
    t = tables.claim_corrections
    with engine.connect() as connection:
        rows = connection.execute(select(t).where(t.c.document_id == document_id).order_by(t.c.id)).all()
    found: dict[str, dict[str, Correction]] = {}
    for r in rows:
        found.setdefault(r.claim_id, {})[r.field] = Correction(
            r.claim_id, r.field, r.value, r.machine, r.note, r.reviewer, r.corrected_at
        )
    return found


def rows(
    extraction: Extraction, corrections: Mapping[str, Mapping[str, Correction]]
) -> Iterator[dict[str, Any]]:
    """One export row per corrected field: the claim's span and sentence, the machine's and the person's value."""
    doc = extraction.document
    for claim in extraction.claims:
        for field, c in sorted(corrections.get(claim.id, {}).items()):
            yield {
                "document_id": doc.id,
                "source": doc.source,
                "published": doc.published.isoformat() if doc.published else None,
                "claim_id": claim.id,
                "start": claim.start,
                "end": claim.end,
                "sentence": doc.text[claim.start : claim.end],
                "field": field,
                "machine": c.machine,
                "value": c.value,
                "reviewer": c.reviewer,
                "note": c.note,
                "corrected_at": c.corrected_at.isoformat(),
            }
