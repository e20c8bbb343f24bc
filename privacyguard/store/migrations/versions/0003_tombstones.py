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
        sa.Column("conversation_key", sa.String(32), nullable=False),
        sa.Column("conversation_ref", sa.String(32), nullable=False),
        sa.Column("message_keys", sa.LargeBinary, nullable=False),
        sa.Column("content_keys", sa.LargeBinary, nullable=False),
        sa.Column("messages", sa.Integer, nullable=False),
        sa.Column("cause", sa.String(20), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(200)),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_tombstones_conversation_key", "tombstones", ["conversation_key"])
    op.create_index("ix_tombstones_conversation_ref", "tombstones", ["conversation_ref"])


def downgrade() -> None:
    op.drop_index("ix_tombstones_conversation_ref", "tombstones")
    op.drop_index("ix_tombstones_conversation_key", "tombstones")
    op.drop_table("tombstones")
