"""Frozen dataclasses shared by every stage: what flows from ingest to the ledger.

The field names follow the extraction contract (``claimledger/extract/v1``) one to one, so that
:func:`claimledger.extract.serialize.to_contract` is a plain mapping and the ledger stores the same fields.
Offsets are Python ``str`` indices into :attr:`Document.text`, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

SCHEMA = "claimledger/extract/v1"

Approx = Literal["about", "at_least", "more_than", "at_most", "less_than", "vague"]
QuantityKind = Literal["count", "measure", "duration", "percent", "ratio", "money"]
Precision = Literal["day", "week", "month", "season", "year", "decade"]
TimeKind = Literal["date", "month", "season", "year", "weekday", "relative", "span", "war_day", "decade"]
PublishedFrom = Literal["user", "metadata", "dateline"]
SourceKind = Literal["author", "official", "institution", "media", "anonymous", "document", "other"]
Verdict = Literal["consistent", "inconsistent", "unverifiable"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence boundary: ``text[start:end]``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested text with its metadata; ``id`` is the SHA-256 hex digest of ``text``."""

    id: str
    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: PublishedFrom | None = None
    language: str = "en"
    encoding: str = "utf-8"

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number-bearing expression. ``low == high`` for a point value."""

    id: str
    start: int
    end: int
    text: str
    low: Decimal
    high: Decimal
    approx: Approx | None = None
    unit: str | None = None
    entity: str | None = None
    per: str | None = None
    kind: QuantityKind = "count"
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A date, month, season, year or span resolved against the publication date.

    ``value`` is ISO-like text at its precision: ``"2025-11-02"``, ``"2025-10"``, ``"2025"``, or a span
    ``"2024-03-01/2024-05-31"``; ``None`` when no anchor allows resolution.
    """

    id: str
    start: int
    end: int
    text: str
    value: str | None
    precision: Precision | None
    kind: TimeKind
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name resolved to a gazetteer entry (or left unresolved with ``geonames_id`` None)."""

    id: str
    start: int
    end: int
    text: str
    name: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: int
    confidence: float
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class ClaimSource:
    """Who makes a claim: the author by default."""

    name: str
    kind: SourceKind


@dataclass(frozen=True, slots=True)
class Claim:
    """Quantities, times and places of one statement, with its source, side and type."""

    id: str
    start: int
    end: int
    quantities: tuple[str, ...]
    places: tuple[str, ...]
    times: tuple[str, ...]
    source: ClaimSource
    side: str | None
    type: str | None
    checkworthy: float
    # Below: claim-layer detail outside the JSON contract; the ledger stores it (migration 0003).
    opinion: bool = False
    prediction: bool = False
    actor: str | None = None
    scope: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    side_basis: str | None = None  # what decided the side (claimledger.extract.claims_sides.BASES)
    restates: tuple[str, ...] = ()
    equivalences: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """One dataset value a verdict rests on, with the dataset's version so it can be reproduced."""

    dataset: str
    version: str
    value: Decimal | str | None
    from_: str | None = None
    to: str | None = None


@dataclass(frozen=True, slots=True)
class Check:
    """A verdict of one versioned rule over some quantities and times."""

    id: str
    rule: str
    quantities: tuple[str, ...]
    times: tuple[str, ...]
    verdict: Verdict
    explanation: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class DurationLink:
    """A duration tied to the time it counts from or to: "1,000 days since the invasion", "... on Nov. 19"."""

    quantity: str
    time: str
    relation: Literal["from", "to"]


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from and checked in one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    checks: tuple[Check, ...] = ()
    components: dict[str, str] = field(default_factory=dict)
    duration_links: tuple[DurationLink, ...] = ()
