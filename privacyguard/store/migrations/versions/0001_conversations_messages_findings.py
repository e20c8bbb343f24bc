"""conversations, messages and findings

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.String(1000), nullable=False),
        sa.Column("external_id", sa.String(500), nullable=False),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("customer", sa.String(500)),
        sa.Column("last_activity", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("source", "external_id", name="uq_conversations_source_external_id"),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "conversation_id",
            sa.Integer,
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("external_id", sa.String(500), nullable=False),
        sa.Column("sender", sa.String(500)),
        sa.Column("sender_role", sa.String(50)),
        sa.Column("sent_at", sa.DateTime(timezone=True)),
        sa.Column("lang", sa.String(20)),
        sa.Column("kind", sa.String(50)),
        sa.Column("text", sa.Text, nullable=False),
        sa.UniqueConstraint(
            "conversation_id", "external_id", name="uq_messages_conversation_external"
        ),
    )
    op.create_index("ix_messages_conversation_id", "messages", ["conversation_id"])
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "message_id",
            sa.Integer,
            sa.ForeignKey("messages.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("entity_type", sa.String(100), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("recognizer", sa.String(200)),
        sa.Column("rule", sa.String(200)),
    )
    op.create_index("ix_findings_message_id", "findings", ["message_id"])


def downgrade() -> None:
    op.drop_table("findings")
    op.drop_table("messages")
    op.drop_table("conversations")
