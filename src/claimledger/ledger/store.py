"""The ledger: one SQLite file by default, any SQLAlchemy URL (PostgreSQL for a shared newsroom).

Each document is written with everything extracted and checked in it in one transaction, so the ledger never
holds half a document, and adding a document that is already there is a no-op.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from claimledger.errors import LedgerError
from claimledger.ledger import corrections, tables
from claimledger.models import (
    Check,
    Claim,
    ClaimSource,
    Document,
    DurationLink,
    Evidence,
    Extraction,
    PlaceMention,
    Quantity,
    TimeMention,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger(__name__)

T = TypeVar("T", bound="DataclassInstance")

DEFAULT_URL = "sqlite:///claimledger.db"
MIGRATIONS = Path(__file__).parent / "migrations"


def default_url() -> str:
    """The ledger URL from ``CLAIMLEDGER_DB``, else ``./claimledger.db``."""
    return os.environ.get("CLAIMLEDGER_DB", DEFAULT_URL)


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of ``claimledger ls``."""

    id: str
    source: str
    title: str | None
    published: str | None
    quantities: int
    claims: int
    verdicts: dict[str, int]


ReviewStatus = Literal["agree", "disagree", "unsure"]
REVIEW_STATUSES: tuple[ReviewStatus, ...] = ("agree", "disagree", "unsure")


@dataclass(frozen=True, slots=True)
class Review:
    """A person's word on one verdict."""

    check_id: str
    status: str
    note: str | None
    reviewer: str | None
    reviewed_at: datetime


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the ledger's schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Ledger:
    """A ledger of documents, claims and verdicts behind one SQLAlchemy URL.

    >>> ledger = Ledger("sqlite://")
    >>> ledger.count()
    0
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        try:
            self.engine = create_engine(self.url)
        except Exception as exc:  # bad URL or missing driver: several exception types
            raise LedgerError(f"cannot open ledger {self.url!r}: {exc}") from exc
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            migrate(self.engine)
        except OperationalError as exc:
            raise LedgerError(f"cannot open ledger {self.url!r}: {exc.orig}") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def start_run(
        self, command: str, components: Mapping[str, str], reference_data: Mapping[str, str]
    ) -> int:
        """Record a run (which extractor and reference-data versions made what follows) and return its id."""
        from claimledger import __version__

        with self.engine.begin() as connection:
            result = connection.execute(
                insert(tables.runs).values(
                    started_at=datetime.now(UTC),
                    command=command,
                    tool_version=__version__,
                    components=dict(components),
                    reference_data=dict(reference_data),
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def has(self, document_id: str) -> bool:
        with self.engine.connect() as connection:
            found = connection.execute(
                select(tables.documents.c.id).where(tables.documents.c.id == document_id)
            )
            return found.first() is not None

    def add(self, extraction: Extraction, *, run_id: int) -> bool:
        """Store a document with all its rows in one transaction; False when it was already there.

        The documents table's primary key decides, so two writers adding the same text cannot both succeed.
        """
        try:
            with self.engine.begin() as connection:
                _insert_extraction(connection, extraction, run_id)
        except IntegrityError:
            if self.has(extraction.document.id):  # already stored, by an earlier run or another writer
                return False
            raise
        return True

    def replace_checks(self, document_id: str, checks: Sequence[Check], *, run_id: int) -> None:
        """Re-run checks of a stored document: its old verdicts give way to the new ones atomically."""
        with self.engine.begin() as connection:
            connection.execute(delete(tables.checks).where(tables.checks.c.document_id == document_id))
            _insert_checks(connection, document_id, checks, run_id)

    def review(
        self,
        document_id: str,
        check_id: str,
        status: ReviewStatus,
        *,
        note: str | None = None,
        reviewer: str | None = None,
    ) -> None:
        """Record a person's review of one verdict; the newest review of a check is the one that counts."""
        if status not in REVIEW_STATUSES:
            raise LedgerError(f"unknown review status {status!r}: use one of {', '.join(REVIEW_STATUSES)}")
        with self.engine.begin() as connection:
            known = connection.execute(
                select(tables.checks.c.id).where(
                    tables.checks.c.document_id == document_id, tables.checks.c.id == check_id
                )
            ).first()
            if known is None:
                raise LedgerError(f"no check {check_id!r} in document {document_id[:12]}")
            connection.execute(
                insert(tables.reviews).values(
                    document_id=document_id,
                    check_id=check_id,
                    status=status,
                    note=note,
                    reviewer=reviewer,
                    reviewed_at=datetime.now(UTC),
                )
            )

    def reviews(self, document_id: str) -> dict[str, Review]:
        """The latest review of each check of a document, by check id."""
        r = tables.reviews
        with self.engine.connect() as connection:
            rows = connection.execute(select(r).where(r.c.document_id == document_id).order_by(r.c.id)).all()
        return {
            row.check_id: Review(row.check_id, row.status, row.note, row.reviewer, row.reviewed_at)
            for row in rows
        }

    def correct_claim(
        self,
        document_id: str,
        claim_id: str,
        values: Mapping[str, str],
        *,
        note: str | None = None,
        reviewer: str | None = None,
    ) -> list[str]:
        """Record a person's values for fields of one claim (``side``, ``type``, ``source_kind``, ``opinion``,
        ``prediction``; :mod:`claimledger.ledger.corrections`); returns the fields that changed."""
        return corrections.record(
            self.engine, self.load(document_id), claim_id, values, note=note, reviewer=reviewer
        )

    def claim_corrections(self, document_id: str) -> dict[str, dict[str, corrections.Correction]]:
        """The newest correction of each field of each claim of a document: claim id -> field -> correction."""
        return corrections.latest(self.engine, document_id)

    def search(self, query: str, *, limit: int = 100) -> list[DocumentSummary]:
        """Documents whose text, title or source contains ``query`` (case-insensitive)."""
        d, pattern = tables.documents, f"%{query}%"
        return self.summaries(
            limit=limit, where=d.c.text.ilike(pattern) | d.c.title.ilike(pattern) | d.c.source.ilike(pattern)
        )

    def count(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(tables.documents)).scalar_one())

    def resolve(self, prefix: str) -> str:
        """The full id of the one document whose id starts with ``prefix``."""
        with self.engine.connect() as connection:
            ids = (
                connection.execute(
                    select(tables.documents.c.id).where(tables.documents.c.id.startswith(prefix)).limit(2)
                )
                .scalars()
                .all()
            )
        if not ids:
            raise LedgerError(f"no document with id starting {prefix!r}: see `claimledger ls`")
        if len(ids) > 1:
            raise LedgerError(f"several documents have ids starting {prefix!r}: give more characters")
        return str(ids[0])

    def summaries(
        self, *, limit: int | None = None, where: ColumnElement[bool] | None = None
    ) -> list[DocumentSummary]:
        """Documents in the order they were added, with their quantity, claim and verdict counts."""
        d, q, c, k = tables.documents, tables.quantities, tables.claims, tables.checks
        n_q = select(func.count()).where(q.c.document_id == d.c.id).scalar_subquery()
        n_c = select(func.count()).where(c.c.document_id == d.c.id).scalar_subquery()
        query = select(d.c.id, d.c.source, d.c.title, d.c.published, n_q, n_c).order_by(d.c.added_at, d.c.id)
        if where is not None:
            query = query.where(where)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            counts = select(k.c.document_id, k.c.verdict, func.count()).group_by(k.c.document_id, k.c.verdict)
            if limit is not None or where is not None:  # a page of documents: count only theirs
                counts = counts.where(k.c.document_id.in_([row[0] for row in rows]))
            verdicts: dict[str, dict[str, int]] = {}
            for doc_id, verdict, n in connection.execute(counts):
                verdicts.setdefault(doc_id, {})[verdict] = int(n)
        return [
            DocumentSummary(
                id=row[0],
                source=row[1],
                title=row[2],
                published=row[3].isoformat() if row[3] else None,
                quantities=int(row[4]),
                claims=int(row[5]),
                verdicts=verdicts.get(row[0], {}),
            )
            for row in rows
        ]

    def load(self, document_id: str) -> Extraction:
        """A stored document with everything extracted and checked in it."""
        with self.engine.connect() as connection:
            return _load_extraction(connection, document_id)

    def published_between(
        self, first: date, last: date, *, about: Collection[tuple[str, str]] | None = None
    ) -> Iterator[Extraction]:
        """Stored documents published from ``first`` to ``last`` (inclusive), oldest first.

        :param about: only documents holding a claim of one of these (type, side) pairs; both lookups use an
            index, so the cross-source rule loads the few documents it can use, not a day's whole intake
        """
        d, c = tables.documents, tables.claims
        query = select(d.c.id).where(d.c.published >= first, d.c.published <= last)
        if about is not None:
            if not about:
                return
            pairs = or_(*(and_(c.c.type == kind, c.c.side == side) for kind, side in sorted(about)))
            query = query.where(exists().where(c.c.document_id == d.c.id, pairs))
        query = query.order_by(d.c.published, d.c.id)
        with self.engine.connect() as connection:
            for document_id in connection.execute(query).scalars().all():
                yield _load_extraction(connection, document_id)

    def document_ids(self) -> list[str]:
        """Ids of every stored document, in the order they were added."""
        d = tables.documents
        with self.engine.connect() as connection:
            return list(connection.execute(select(d.c.id).order_by(d.c.added_at, d.c.id)).scalars())

    def iter_extractions(self) -> Iterator[Extraction]:
        """Every stored document, in the order it was added."""
        ids = self.document_ids()
        with self.engine.connect() as connection:
            for document_id in ids:
                yield _load_extraction(connection, document_id)


def _decimal(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


def _insert_extraction(connection: Connection, extraction: Extraction, run_id: int) -> None:
    doc = extraction.document
    connection.execute(
        insert(tables.documents).values(
            id=doc.id,
            source=doc.source,
            title=doc.title,
            url=doc.url,
            published=doc.published,
            published_from=doc.published_from,
            language=doc.language,
            encoding=doc.encoding,
            chars=doc.chars,
            text=doc.text,
            added_at=datetime.now(UTC),
            run_id=run_id,
        )
    )
    rows: list[tuple[Any, list[dict[str, Any]]]] = [
        (
            tables.quantities,
            [_row(doc.id, q, low=_decimal(q.low), high=_decimal(q.high)) for q in extraction.quantities],
        ),
        (tables.times, [_row(doc.id, t) for t in extraction.times]),
        (tables.duration_links, [_row(doc.id, link) for link in extraction.duration_links]),
        (tables.places, [_row(doc.id, p) for p in extraction.places]),
        (tables.claims, [_claim_row(doc.id, c) for c in extraction.claims]),
    ]
    for table, values in rows:
        if values:
            connection.execute(insert(table), values)
    _insert_checks(connection, doc.id, extraction.checks, run_id)


def _insert_checks(connection: Connection, document_id: str, checks: Sequence[Check], run_id: int) -> None:
    if checks:
        connection.execute(insert(tables.checks), [_check_row(document_id, k, run_id) for k in checks])


def _row(document_id: str, item: Any, **overrides: Any) -> dict[str, Any]:
    """A table row of a span dataclass (quantity, time, place): its fields, keyed by document."""
    return {"document_id": document_id, **{f.name: getattr(item, f.name) for f in fields(item)}, **overrides}


def _build(cls: type[T], row: Any, **overrides: Any) -> T:
    """A span dataclass from its table row (the inverse of :func:`_row`)."""
    mapping = row._mapping
    return cls(**{f.name: mapping[f.name] for f in fields(cls) if f.name not in overrides}, **overrides)


def _claim_row(document_id: str, c: Claim) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "id": c.id,
        "start": c.start,
        "end": c.end,
        "quantities": list(c.quantities),
        "places": list(c.places),
        "times": list(c.times),
        "source_name": c.source.name,
        "source_kind": c.source.kind,
        "side": c.side,
        "type": c.type,
        "checkworthy": c.checkworthy,
        "opinion": c.opinion,
        "prediction": c.prediction,
        "actor": c.actor,
        "scope": c.scope,
        "event_type": c.event_type,
        "sub_event_type": c.sub_event_type,
        "side_basis": c.side_basis,
        "restates": list(c.restates),
        "equivalences": [list(pair) for pair in c.equivalences],
    }


def _evidence_json(e: Evidence) -> dict[str, Any]:
    value = _decimal(e.value) if isinstance(e.value, Decimal) else e.value
    return {
        "dataset": e.dataset,
        "version": e.version,
        "value": value,
        "numeric": isinstance(e.value, Decimal),
        "from": e.from_,
        "to": e.to,
    }


def _check_row(document_id: str, k: Check, run_id: int) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "id": k.id,
        "rule": k.rule,
        "quantities": list(k.quantities),
        "times": list(k.times),
        "verdict": k.verdict,
        "explanation": k.explanation,
        "evidence": [_evidence_json(e) for e in k.evidence],
        "run_id": run_id,
    }


def _by_id(rows: Sequence[Any]) -> list[Any]:
    """Rows in id order: q2 before q10."""
    return sorted(rows, key=lambda row: int(row.id[1:]))


def _load_extraction(connection: Connection, document_id: str) -> Extraction:
    from claimledger.extract.sentences import split_sentences

    row = connection.execute(select(tables.documents).where(tables.documents.c.id == document_id)).first()
    if row is None:
        raise LedgerError(f"no document {document_id!r} in the ledger")
    document = Document(
        id=row.id,
        text=row.text,
        source=row.source,
        title=row.title,
        url=row.url,
        published=row.published,
        published_from=row.published_from,
        language=row.language,
        encoding=row.encoding,
    )

    def owned(table: Any) -> list[Any]:
        return _by_id(connection.execute(select(table).where(table.c.document_id == document_id)).all())

    run = connection.execute(
        select(tables.runs.c.components).where(tables.runs.c.id == row.run_id)
    ).scalar_one()
    return Extraction(
        document=document,
        sentences=split_sentences(document.text),
        quantities=tuple(
            _build(Quantity, r, low=Decimal(r.low), high=Decimal(r.high)) for r in owned(tables.quantities)
        ),
        times=tuple(_build(TimeMention, r) for r in owned(tables.times)),
        duration_links=tuple(
            sorted(
                (
                    _build(DurationLink, r)
                    for r in connection.execute(
                        select(tables.duration_links).where(
                            tables.duration_links.c.document_id == document_id
                        )
                    )
                ),
                key=lambda link: (int(link.quantity[1:]), int(link.time[1:])),
            )
        ),
        places=tuple(_build(PlaceMention, r) for r in owned(tables.places)),
        claims=tuple(
            Claim(
                id=r.id,
                start=r.start,
                end=r.end,
                quantities=tuple(r.quantities),
                places=tuple(r.places),
                times=tuple(r.times),
                source=ClaimSource(r.source_name, r.source_kind),
                side=r.side,
                type=r.type,
                checkworthy=r.checkworthy,
                opinion=r.opinion,
                prediction=r.prediction,
                actor=r.actor,
                scope=r.scope,
                event_type=r.event_type,
                sub_event_type=r.sub_event_type,
                side_basis=r.side_basis,
                restates=tuple(r.restates),
                equivalences=tuple((a, b) for a, b in r.equivalences),
            )
            for r in owned(tables.claims)
        ),
        checks=tuple(
            Check(
                id=r.id,
                rule=r.rule,
                quantities=tuple(r.quantities),
                times=tuple(r.times),
                verdict=r.verdict,
                explanation=r.explanation,
                evidence=tuple(
                    Evidence(
                        dataset=e["dataset"],
                        version=e["version"],
                        value=Decimal(e["value"]) if e.get("numeric") else e["value"],
                        from_=e["from"],
                        to=e["to"],
                    )
                    for e in r.evidence
                ),
            )
            for r in owned(tables.checks)
        ),
        components=dict(run),
    )
