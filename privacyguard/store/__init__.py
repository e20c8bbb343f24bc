"""The store: conversations, messages, findings, legal holds, retention runs and the audit
log, on SQLAlchemy 2 (a SQLite file by default, PostgreSQL for teams). See :mod:`.sql`."""

from __future__ import annotations

from privacyguard.errors import EXIT_BUSY, EXIT_STORE, PrivacyGuardError


class StoreError(PrivacyGuardError):
    """The store cannot be used as asked (schema version, URL, no database there): exit 2."""


class StoreBusy(StoreError):
    """Another retention run holds the store's lock: exit 3."""

    exit_code = EXIT_BUSY


class StoreFailed(StoreError):
    """The database is unreachable or an operation on it failed: exit 4. The message names
    the store (no password) and the database's error class, never a statement's values."""

    exit_code = EXIT_STORE


from privacyguard.store.sql import DEFAULT_DB, Store, open_store  # noqa: E402

__all__ = ["DEFAULT_DB", "Store", "StoreBusy", "StoreError", "StoreFailed", "open_store"]
