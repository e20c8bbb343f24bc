"""subject_keys: a key per data subject, wrapped by the master key; erasure destroys it

Revision ID: 0004
Revises: 0003
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
        "subject_keys",
        sa.Column("key_id", sa.String(32), primary_key=True),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("wrapped", sa.LargeBinary),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("destroyed_at", sa.DateTime(timezone=True)),
        sa.Column("destroyed_by", sa.String(200)),
    )
    op.create_index("ix_subject_keys_subject", "subject_keys", ["subject"])


def downgrade() -> None:
    op.drop_index("ix_subject_keys_subject", "subject_keys")
    op.drop_table("subject_keys")
