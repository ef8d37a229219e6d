"""The ledger's tables (SQLAlchemy Core), portable across SQLite and PostgreSQL.

Numbers that must stay exact (quantity bounds, evidence values) are stored as decimal text; lists of ids and
evidence as JSON. Every extracted row belongs to a document and is deleted with it.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
)

metadata = MetaData(
    naming_convention={
        "pk": "pk_%(table_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "ix": "ix_%(table_name)s_%(column_0_name)s",
    }
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("command", String(64), nullable=False),
    Column("tool_version", String(32), nullable=False),
    Column("components", JSON, nullable=False),
    Column("reference_data", JSON, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", Date, index=True),
    Column("published_from", String(16)),
    Column("language", String(8), nullable=False),
    Column("encoding", String(32), nullable=False),
    Column("chars", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False, index=True),
)


def _owned(name: str, *columns: Column[object]) -> Table:
    """A table of rows extracted from one document, keyed by (document_id, id)."""
    return Table(
        name,
        metadata,
        Column(
            "document_id",
            String(64),
            ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("id", String(16), primary_key=True),
        *columns,
    )


quantities = _owned(
    "quantities",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("low", String(64), nullable=False),
    Column("high", String(64), nullable=False),
    Column("approx", String(16)),
    Column("unit", String(32)),
    Column("entity", Text),
    Column("per", String(16)),
    Column("kind", String(16), nullable=False),
    Column("sentence", Integer, nullable=False),
)

times = _owned(
    "times",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(32)),
    Column("precision", String(16)),
    Column("kind", String(16), nullable=False),
    Column("sentence", Integer, nullable=False),
)

places = _owned(
    "places",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("geonames_id", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("precision", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("sentence", Integer, nullable=False),
)

claims = _owned(
    "claims",
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quantities", JSON, nullable=False),
    Column("places", JSON, nullable=False),
    Column("times", JSON, nullable=False),
    Column("source_name", Text, nullable=False),
    Column("source_kind", String(16), nullable=False),
    Column("side", String(32)),
    Column("type", String(48)),
    Column("checkworthy", Float, nullable=False),
    Column("opinion", Boolean, nullable=False, server_default=false()),
    Column("prediction", Boolean, nullable=False, server_default=false()),
    Column("actor", Text),
    Column("scope", Text),
    Column("event_type", String(64)),
    Column("sub_event_type", String(64)),
    Column("side_basis", String(32)),
    Column("restates", JSON, nullable=False, server_default="[]"),
    Column("equivalences", JSON, nullable=False, server_default="[]"),
)
# the cross-source rule looks claims up by what they are about
Index("ix_claims_type_side", claims.c.type, claims.c.side)

checks = _owned(
    "checks",
    Column("rule", String(64), nullable=False),
    Column("quantities", JSON, nullable=False),
    Column("times", JSON, nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("explanation", Text, nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("check_id", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("note", Text),
    Column("reviewer", String(64)),
    Column("reviewed_at", DateTime(timezone=True), nullable=False),
)

duration_links = Table(
    "duration_links",
    metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("quantity", String(16), primary_key=True),
    Column("time", String(16), primary_key=True),
    Column("relation", String(8), nullable=False),
)

# A person's value for one field of one claim (claimledger.ledger.corrections); the newest of a field counts.
claim_corrections = Table(
    "claim_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("claim_id", String(16), nullable=False),
    Column("claim_start", Integer, nullable=False),
    Column("claim_end", Integer, nullable=False),
    Column("field", String(16), nullable=False),
    Column("value", String(48), nullable=False),
    Column("machine", String(48), nullable=False),
    Column("note", Text),
    Column("reviewer", String(64)),
    Column("corrected_at", DateTime(timezone=True), nullable=False),
)
