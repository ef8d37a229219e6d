"""The first ledger: runs, documents and what is extracted and checked in them.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _owned(name: str, *columns: sa.Column[object] | sa.Constraint) -> None:
    op.create_table(
        name,
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("id", sa.String(16), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=f"fk_{name}_document_id_documents", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("document_id", "id", name=f"pk_{name}"),
    )


def _span() -> list[sa.Column[object]]:
    return [
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("command", sa.String(64), nullable=False),
        sa.Column("tool_version", sa.String(32), nullable=False),
        sa.Column("components", sa.JSON, nullable=False),
        sa.Column("reference_data", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_runs"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_from", sa.String(16)),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("chars", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_documents_run_id_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_index("ix_documents_run_id", "documents", ["run_id"])
    _owned(
        "quantities",
        *_span(),
        sa.Column("low", sa.String(64), nullable=False),
        sa.Column("high", sa.String(64), nullable=False),
        sa.Column("approx", sa.String(16)),
        sa.Column("unit", sa.String(32)),
        sa.Column("entity", sa.Text),
        sa.Column("per", sa.String(16)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
    )
    _owned(
        "times",
        *_span(),
        sa.Column("value", sa.String(32)),
        sa.Column("precision", sa.String(16)),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
    )
    _owned(
        "places",
        *_span(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(8)),
        sa.Column("admin1", sa.Text),
        sa.Column("precision", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
    )
    _owned(
        "claims",
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("quantities", sa.JSON, nullable=False),
        sa.Column("places", sa.JSON, nullable=False),
        sa.Column("times", sa.JSON, nullable=False),
        sa.Column("source_name", sa.Text, nullable=False),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("side", sa.String(32)),
        sa.Column("type", sa.String(48)),
        sa.Column("checkworthy", sa.Float, nullable=False),
    )
    _owned(
        "checks",
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("quantities", sa.JSON, nullable=False),
        sa.Column("times", sa.JSON, nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("explanation", sa.Text, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("run_id", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_checks_run_id_runs"),
    )


def downgrade() -> None:
    for name in ("checks", "claims", "places", "times", "quantities", "documents", "runs"):
        op.drop_table(name)
