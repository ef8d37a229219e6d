"""Claim detail from the claim layer (claims.v1): opinion and prediction marks, actor, scope, ACLED event type,
restatement and equivalence links.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("opinion", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("prediction", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("actor", sa.Text))
        batch.add_column(sa.Column("scope", sa.Text))
        batch.add_column(sa.Column("event_type", sa.String(64)))
        batch.add_column(sa.Column("sub_event_type", sa.String(64)))
        batch.add_column(sa.Column("restates", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("equivalences", sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        for name in (
            "equivalences",
            "restates",
            "sub_event_type",
            "event_type",
            "scope",
            "actor",
            "prediction",
            "opinion",
        ):
            batch.drop_column(name)
