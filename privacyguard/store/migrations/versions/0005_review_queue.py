"""review_queue: findings below the review threshold, waiting for a person's decision

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_queue",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "finding_id", sa.Integer, sa.ForeignKey("findings.id", ondelete="CASCADE"),
            nullable=False, unique=True,
        ),  # fmt: skip
        sa.Column(
            "message_id", sa.Integer, sa.ForeignKey("messages.id", ondelete="CASCADE"),
            nullable=False,
        ),  # fmt: skip
        sa.Column("entity_type", sa.String(100), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("recognizer", sa.String(200)),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("decision", sa.String(20)),
        sa.Column("new_type", sa.String(100)),
        sa.Column("reviewer", sa.String(200)),
    )
    op.create_index("ix_review_queue_message_id", "review_queue", ["message_id"])
    op.create_index("ix_review_queue_decided_at", "review_queue", ["decided_at"])


def downgrade() -> None:
    op.drop_index("ix_review_queue_decided_at", "review_queue")
    op.drop_index("ix_review_queue_message_id", "review_queue")
    op.drop_table("review_queue")
