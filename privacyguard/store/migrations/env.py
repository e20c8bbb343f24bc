"""Alembic environment: runs on the connection privacyguard.store.sql hands over."""

from __future__ import annotations

from alembic import context

from privacyguard.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata)
with context.begin_transaction():
    context.run_migrations()
