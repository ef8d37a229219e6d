"""Corrections: a person's value for a claim's side, type, source kind, opinion or prediction mark.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_corrections",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("claim_id", sa.String(16), nullable=False),
        sa.Column("claim_start", sa.Integer, nullable=False),
        sa.Column("claim_end", sa.Integer, nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("value", sa.String(48), nullable=False),
        sa.Column("machine", sa.String(48), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("reviewer", sa.String(64)),
        sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_claim_corrections_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_claim_corrections"),
    )
    op.create_index("ix_claim_corrections_document_id", "claim_corrections", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_claim_corrections_document_id", table_name="claim_corrections")
    op.drop_table("claim_corrections")
