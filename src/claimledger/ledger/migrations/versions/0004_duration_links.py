"""Duration links: a duration quantity tied to the time it counts from or to.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duration_links",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("quantity", sa.String(16), nullable=False),
        sa.Column("time", sa.String(16), nullable=False),
        sa.Column("relation", sa.String(8), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_duration_links_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "quantity", "time", name="pk_duration_links"),
    )


def downgrade() -> None:
    op.drop_table("duration_links")
