"""tombstones: what erasure and retention removed, so that a re-import does not bring it back

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tombstones",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("message_key", sa.String(64), nullable=False),
        sa.Column("content_key", sa.String(64), nullable=False),
        sa.Column("conversation_key", sa.String(64), nullable=False),
        sa.Column("cause", sa.String(20), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(200)),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_tombstones_message_key", "tombstones", ["message_key"])
    op.create_index("ix_tombstones_content_key", "tombstones", ["content_key"])


def downgrade() -> None:
    op.drop_index("ix_tombstones_content_key", "tombstones")
    op.drop_index("ix_tombstones_message_key", "tombstones")
    op.drop_table("tombstones")
