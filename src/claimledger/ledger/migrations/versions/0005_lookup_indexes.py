"""Indexes for the cross-source rule: documents by publication date, claims by type and side.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_claims_type_side", "claims", ["type", "side"])


def downgrade() -> None:
    op.drop_index("ix_claims_type_side", table_name="claims")
    op.drop_index("ix_documents_published", table_name="documents")
