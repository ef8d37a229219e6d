"""What decided a claim's side (``claims.side_basis``), so that a reviewer can weigh it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("side_basis", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("side_basis")
