"""The extraction contract: :class:`Extraction` to the JSON object of ``claimledger/extract/v1`` and back."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any

from claimledger.models import (
    SCHEMA,
    Check,
    Claim,
    Evidence,
    Extraction,
    PlaceMention,
    Quantity,
    TimeMention,
)


def number(value: Decimal | None) -> int | float | None:
    """A JSON number for a Decimal: an int when integral, else a float.

    >>> number(Decimal("1090")), number(Decimal("2.40")), number(Decimal("1.5E+3"))
    (1090, 2.4, 1500)
    """
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _fields(item: Any, *, leave_out: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dataclass's fields in declaration order, which is the contract's key order."""
    return {f.name: getattr(item, f.name) for f in fields(item) if f.name not in leave_out}


def _quantity(q: Quantity) -> dict[str, Any]:
    return {**_fields(q), "low": number(q.low), "high": number(q.high)}


def _time(t: TimeMention) -> dict[str, Any]:
    return _fields(t, leave_out=("sentence",))


def _place(p: PlaceMention) -> dict[str, Any]:
    return _fields(p, leave_out=("sentence",))


def _claim(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "start": c.start,
        "end": c.end,
        "quantities": list(c.quantities),
        "places": list(c.places),
        "times": list(c.times),
        "source": {"name": c.source.name, "kind": c.source.kind},
        "side": c.side,
        "type": c.type,
        "checkworthy": c.checkworthy,
    }


def evidence_json(e: Evidence) -> dict[str, Any]:
    value: Any = number(e.value) if isinstance(e.value, Decimal) else e.value
    return {"dataset": e.dataset, "version": e.version, "value": value, "from": e.from_, "to": e.to}


def _check(k: Check) -> dict[str, Any]:
    return {
        "id": k.id,
        "rule": k.rule,
        "quantities": list(k.quantities),
        "times": list(k.times),
        "verdict": k.verdict,
        "explanation": k.explanation,
        "evidence": [evidence_json(e) for e in k.evidence],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def to_contract(extraction: Extraction, *, include_text: bool = False) -> dict[str, Any]:
    """The contract's JSON object for one document (``text`` added only with ``include_text``)."""
    doc = extraction.document
    document: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "published": _iso(doc.published),
        "published_from": doc.published_from,
        "language": doc.language,
        "chars": doc.chars,
    }
    if include_text:
        document["text"] = doc.text
    return {
        "schema": SCHEMA,
        "document": document,
        "quantities": [_quantity(q) for q in extraction.quantities],
        "times": [_time(t) for t in extraction.times],
        "places": [_place(p) for p in extraction.places],
        "claims": [_claim(c) for c in extraction.claims],
        "checks": [_check(k) for k in extraction.checks],
    }


def dumps(extraction: Extraction, *, include_text: bool = False) -> str:
    """One line of JSON (JSON Lines when several documents are printed)."""
    return json.dumps(to_contract(extraction, include_text=include_text), ensure_ascii=False)
