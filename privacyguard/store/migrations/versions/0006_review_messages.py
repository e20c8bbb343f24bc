"""review_queue: message items, for messages the detector could not decide

A message item has no finding (``finding_id`` empty, ``entity_type`` "MESSAGE"), the reason
it is undecided (``reason``) and the detector's own words for it (``detail``, no value);
see privacyguard.store.review_queue.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite cannot drop NOT NULL in place: batch mode copies the table (on PostgreSQL these
    # are plain ALTER TABLE statements)
    with op.batch_alter_table("review_queue") as batch:
        batch.alter_column("finding_id", existing_type=sa.Integer, nullable=True)
        batch.add_column(sa.Column("reason", sa.String(40)))
        batch.add_column(sa.Column("detail", sa.String(300)))


def downgrade() -> None:
    op.execute("DELETE FROM review_queue WHERE finding_id IS NULL")
    with op.batch_alter_table("review_queue") as batch:
        batch.drop_column("detail")
        batch.drop_column("reason")
        batch.alter_column("finding_id", existing_type=sa.Integer, nullable=False)
